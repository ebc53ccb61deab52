"""Scale labels of goods sold by weight: the store's pattern, the PLU inside a scanned label."""

from __future__ import annotations

import pytest

from promoplanner.core.barcode import ean_check_digit
from promoplanner.core.errors import DomainError
from promoplanner.core.i18n import Language
from promoplanner.core.scale_label import (
    clean_plu,
    is_scale_label,
    parse_scale_pattern,
    plu_key,
    read_scale_label,
)


def label(body: str) -> str:
    """A 13-digit label for a 12-digit body, with its check digit."""
    return body + str(ean_check_digit(body))


def test_the_issues_pattern_reads_a_five_digit_plu_after_the_prefix():
    pattern = parse_scale_pattern("2 PPPPP VVVVV C")
    assert pattern.layout == "2XPPPPPVVVVVC" and pattern.plu_digits == 5
    code = label("2" + "1" + "00123" + "01580")  # prefix 21, PLU 00123, price 15.80
    scanned = read_scale_label(code, pattern)
    assert (scanned.plu, scanned.value, scanned.plu_key) == ("00123", "01580", "123")
    # every pack differs in its value; the PLU stays
    other = read_scale_label(label("2800123" + "00999"), pattern)
    assert other.plu_key == "123"


@pytest.mark.parametrize(
    ("text", "layout", "body", "plu"),
    [
        ("21 PPPPP VVVVV C", "21PPPPPVVVVVC", "214567801234", "45678"),
        ("2X PPPP VVVVVV C", "2XPPPPVVVVVVC", "214567012345", "4567"),
        ("2 PPPPPP VVVVV C", "2PPPPPPVVVVVC", "214567801234", "145678"),  # 13 as written
        ("22 PPPPP X VVVV C", "22PPPPPXVVVVC", "224567801234", "45678"),  # price check digit
        ("2x ppppp vvvvv c", "2XPPPPPVVVVVC", "214567801234", "45678"),
        ("２２PPPPP VVVVV C", "22PPPPPVVVVVC", "224567801234", "45678"),
        ("27 PPPPPPP XXX C", "27PPPPPPPXXXC", "274567801234", "4567801"),  # no value
    ],
)
def test_other_patterns(text, layout, body, plu):
    pattern = parse_scale_pattern(text)
    assert pattern.layout == layout
    assert read_scale_label(label(body), pattern).plu == plu


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("", "scale.pattern_letters"),
        ("2 PPPPP WWWWW C", "scale.pattern_letters"),
        ("2 PPPPP VVVV C", "scale.pattern_length"),
        ("2 PPPPP VVVVVVV C", "scale.pattern_length"),
        ("3X PPPPP VVVVV C", "scale.pattern_prefix"),
        ("2X PPPPP VVVVV 1", "scale.pattern_check"),
        ("2X PPPPP VVVVC C", "scale.pattern_check"),
        ("2X VVVVV VVVVV C", "scale.pattern_plu"),
        ("2X PPP VV PP VVV C", "scale.pattern_plu"),
        ("2X PPPPPPPPP V C", "scale.pattern_plu_long"),
        ("2X VV PPPPP VVV C", "scale.pattern_value"),
    ],
)
def test_bad_patterns_are_refused_in_both_languages(text, key):
    with pytest.raises(DomainError) as caught:
        parse_scale_pattern(text)
    assert caught.value.key == key and caught.value.field == "pattern"
    assert caught.value.message(Language.EN) and caught.value.message(Language.ZH).endswith("。")


def test_codes_that_are_not_scale_labels():
    pattern = parse_scale_pattern("21 PPPPP VVVVV C")
    for code in ("6901028075831", "2200123015805", "96385074", "21001230158"):
        assert not is_scale_label(code, pattern)
        with pytest.raises(DomainError) as caught:
            read_scale_label(code, pattern)
        assert caught.value.key == "scale.not_a_label"
    with pytest.raises(DomainError) as caught:
        read_scale_label("6901028075831", pattern)
    assert caught.value.message(Language.ZH) == (
        "“6901028075831”不是本店的秤签条码（格式 21 PPPPP VVVVV C）。"
    )


def test_a_misread_scale_label_is_refused_by_its_check_digit():
    pattern = parse_scale_pattern("2 PPPPP VVVVV C")
    good = label("210012301580")
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    assert is_scale_label(bad, pattern)  # it looks like one...
    with pytest.raises(DomainError) as caught:
        read_scale_label(bad, pattern)
    assert caught.value.key == "barcode.check_digit"  # ...but was misread


def test_a_scanned_label_with_spaces_or_full_width_digits():
    pattern = parse_scale_pattern("2 PPPPP VVVVV C")
    code = label("210012301580")
    wide = code.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert read_scale_label(f" {code[:7]} {code[7:]} ", pattern).plu == "00123"
    assert read_scale_label(wide, pattern).code == code


def test_plus_as_typed_for_an_item():
    pattern = parse_scale_pattern("2 PPPPP VVVVV C")
    assert clean_plu(" 123 ", pattern) == "123"
    assert clean_plu("") == ""
    assert clean_plu("００１２３", pattern) == "00123"
    assert plu_key("00123") == plu_key("123") == "123" and plu_key("000") == "0"
    for value, key in [("12a", "plu.not_digits"), ("123456", "plu.too_long")]:
        with pytest.raises(DomainError) as caught:
            clean_plu(value, pattern)
        assert caught.value.key == key and caught.value.field == "plu"
    with pytest.raises(DomainError):
        clean_plu("123456789")  # longer than any scale holds
