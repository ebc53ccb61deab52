"""The holidays of a store's year and where each comes from."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "holiday.new_year": ("New Year's Day", "元旦"),
    "holiday.spring_festival": ("Spring Festival", "春节"),
    "holiday.lantern": ("Lantern Festival", "元宵节"),
    "holiday.womens_day": ("Women's Day", "妇女节"),
    "holiday.qingming": ("Qingming Festival", "清明节"),
    "holiday.may_day": ("May Day", "劳动节"),
    "holiday.day_520": ("520 (love day)", "520 表白日"),
    "holiday.mothers_day": ("Mother's Day", "母亲节"),
    "holiday.day_618": ("618 mid-year sale", "618 年中大促"),
    "holiday.qixi": ("Qixi Festival", "七夕节"),
    "holiday.mid_autumn": ("Mid-Autumn Festival", "中秋节"),
    "holiday.national_day": ("National Day", "国庆节"),
    "holiday.double_ninth": ("Double Ninth Festival", "重阳节"),
    "holiday.double_11": ("Double 11", "双十一"),
    "holiday.double_12": ("Double 12", "双十二"),
    "holiday.christmas": ("Christmas", "圣诞节"),
    "holiday.laba": ("Laba Festival", "腊八节"),
    "holiday.anniversary": ("Store anniversary sale", "店庆"),
    "holiday.other": ("Other holiday", "其他节日"),
    "holiday_group.public": ("public holiday", "法定节假日"),
    "holiday_group.traditional": ("traditional festival", "传统节日"),
    "holiday_group.retail": ("retail day", "零售促销日"),
    "holiday_group.store": ("the store's own", "本店节日"),
}
