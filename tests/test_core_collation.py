"""Lists of Chinese names run in pinyin order, as a Chinese reader looks them up."""

from __future__ import annotations

from promoplanner.core.collation import pinyin_key
from promoplanner.services.campaigns import find_campaign, find_phase, load_snapshot
from promoplanner.services.display import display_day
from promoplanner.services.documents import checklist_data

BUYERS = ["张伟", "王建国", "李秀英", "刘芳", "陈静"]


def test_names_sort_by_pinyin_not_by_code_point():
    assert sorted(BUYERS) == ["刘芳", "张伟", "李秀英", "王建国", "陈静"]  # code points
    assert sorted(BUYERS, key=pinyin_key) == ["陈静", "李秀英", "刘芳", "王建国", "张伟"]


def test_phrases_decide_the_reading_and_latin_interleaves():
    # 重庆 is chong qing (not zhong), 银行 is yin hang (not xing): the phrase decides.
    names = ["张三", "重庆小面", "银行卡套", "阿姨", "Amy", "1F 粽子", "中国结"]
    assert sorted(names, key=pinyin_key) == [
        "1F 粽子",
        "Amy",
        "阿姨",
        "重庆小面",
        "银行卡套",
        "张三",
        "中国结",
    ]


def test_tone_then_character_break_ties():
    assert sorted(["马", "妈", "骂", "麻"], key=pinyin_key) == ["妈", "麻", "马", "骂"]
    assert pinyin_key(" 王 ") == pinyin_key("王")


def test_the_checklist_and_the_display_check_run_in_pinyin_order(demo_ctx):
    snap = load_snapshot(demo_ctx, find_campaign(demo_ctx).id)
    phase = find_phase(snap, 2)
    data = checklist_data(demo_ctx, phase.id)
    wang_and_li = [s.buyer.name for s in data.sheets if "1F" in _floors(snap, s.buyer)]
    assert wang_and_li == ["李秀英", "王建国"]
    for sheet in data.sheets:
        by_floor: dict = {}
        for item in sheet.items:
            by_floor.setdefault((item.floor_id, item.department_id), []).append(item.name)
        for names in by_floor.values():
            assert names == sorted(names, key=pinyin_key)
    day = display_day(demo_ctx, phase.start)
    groups: dict = {}
    for line in (line for floor in day.floors for line in floor.lines):
        # The walk goes department by department, each spot of the plan in turn.
        spot = line.zones[0].id if line.zones else None
        where = (line.floor.id, line.department and line.department.id, spot)
        groups.setdefault(where, []).append(line.item.name)
    assert any(names != sorted(names) for names in groups.values())  # the order matters
    for names in groups.values():
        assert names == sorted(names, key=pinyin_key)


def _floors(snap, buyer):
    return {f.code for f in snap.floors if f.id in buyer.floor_ids}
