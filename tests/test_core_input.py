"""Barcodes and typed values: what a person types becomes a typed value or a clear refusal."""

from __future__ import annotations

from decimal import Decimal

import pytest

from promoplanner.core.barcode import barcode_problem, ean_check_digit, ean_is_valid
from promoplanner.core.enums import DisplayForm, PriceTier
from promoplanner.core.errors import DomainError
from promoplanner.core.fields import parse_item_field
from promoplanner.core.validation import check_prices, parse_money


@pytest.mark.parametrize("code", ["6901028075831", "4006381333931", "96385074", "6920202888883"])
def test_valid_eans(code):
    assert ean_is_valid(code)
    assert barcode_problem(code) is None


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        ("6901028075832", "barcode.check_digit"),
        ("96385075", "barcode.check_digit"),
        ("69010280758a1", "barcode.not_digits"),
        ("12345", "barcode.length"),
    ],
)
def test_bad_barcodes(code, problem):
    assert barcode_problem(code) == problem


def test_check_digit_of_body():
    assert ean_check_digit("690102807583") == 1
    assert ean_check_digit("9638507") == 4


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("12.8", Decimal("12.80")),
        ("¥39.90", Decimal("39.90")),
        (" 5 ", Decimal("5.00")),
        ("12,80", Decimal("12.80")),
        ("1,299.00", Decimal("1299.00")),
        ("8元", Decimal("8.00")),
        # A Chinese input method's full-width digits, point, comma and yuan sign.
        ("１９．８", Decimal("19.80")),
        ("￥１２，８０", Decimal("12.80")),
    ],
)
def test_money_as_typed(typed, value):
    assert parse_money(typed) == value


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("abc", "input.money_not_number"),
        ("", "input.money_empty"),
        ("-3", "input.money_negative"),
        ("12.345", "input.money_too_precise"),
        ("NaN", "input.money_not_number"),
        ("1e12", "input.money_too_large"),
    ],
)
def test_money_refused(typed, key):
    with pytest.raises(DomainError) as err:
        parse_money(typed, "promo_price")
    assert err.value.key == key and err.value.field == "promo_price"
    assert err.value.message("zh") and err.value.message("en")


def test_promo_must_be_below_regular():
    with pytest.raises(DomainError) as err:
        check_prices(Decimal("10.00"), Decimal("10.00"))
    assert err.value.field == "promo_price"
    assert "below" in err.value.message("en") and "低于" in err.value.message("zh")


@pytest.mark.parametrize(
    ("field", "typed", "value"),
    [
        ("sensitive", "是", True),
        ("sensitive", "否", False),
        ("sensitive", "x", True),
        ("tier", "b", PriceTier.B),
        ("tier", "", None),
        ("display_form", "堆头", DisplayForm.MASS),
        ("display_form", "端架", DisplayForm.END_CAP),
        ("display_form", "关联陈列", DisplayForm.CROSS),
        ("display_form", "", None),
        ("name", "  五芳斋鲜肉粽 \t", "五芳斋鲜肉粽"),
    ],
)
def test_item_fields_from_pasted_text(field, typed, value):
    assert parse_item_field(field, typed) == value


@pytest.mark.parametrize(
    ("field", "typed"),
    [
        ("tier", "D"),
        ("display_form", "floor"),
        ("sensitive", "maybe"),
        ("name", "   "),
        ("name", "粽" * 201),
        ("barcode", "6901028075832"),
    ],
)
def test_item_fields_refused(field, typed):
    with pytest.raises(DomainError) as err:
        parse_item_field(field, typed)
    assert err.value.field == field


def test_full_width_digits_are_read_as_the_till_reads_them():
    from promoplanner.core.validation import clean_barcode

    assert clean_barcode("６９０１０２８０７５８３１") == "6901028075831"
    assert barcode_problem("６９０１０２８０７５８３１") == "barcode.not_digits"  # stored ASCII
    with pytest.raises(DomainError):
        clean_barcode("690102807583²")
