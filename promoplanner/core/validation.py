"""Turn what a person typed into typed values, or say clearly what is wrong."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from promoplanner.core.barcode import barcode_problem
from promoplanner.core.errors import DomainError
from promoplanner.core.i18n import Term
from promoplanner.core.printable import SHAPING, unprintable

CENT = Decimal("0.01")
FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
MAX_PRICE = Decimal("9999999.99")
MAX_AMOUNT = Decimal("9999999999.99")  # NUMERIC(12,2): sales targets of a whole store


def parse_money(
    value: str | Decimal | int, field: str = "price", maximum: Decimal = MAX_PRICE
) -> Decimal:
    """Yuan, at most two decimals, not negative; '¥12.8', '12,80' and '１２．８' are read."""
    if isinstance(value, Decimal | int):
        amount = Decimal(value)
    else:
        # A Chinese input method types full-width digits, point and yuan sign (１２．８，￥):
        # read them wherever an amount is typed, pasted or imported, as the till does.
        cleaned = unicodedata.normalize("NFKC", value).strip()
        cleaned = cleaned.replace("¥", "").replace("元", "")
        cleaned = (
            cleaned.replace(",", ".")
            if cleaned.count(",") == 1 and "." not in cleaned
            else cleaned.replace(",", "")
        )
        if not cleaned:
            raise DomainError("input.money_empty", field=field)
        try:
            amount = Decimal(cleaned)
        except InvalidOperation:
            raise DomainError("input.money_not_number", field=field, value=value) from None
    if not amount.is_finite():
        raise DomainError("input.money_not_number", field=field, value=value)
    if amount < 0:
        raise DomainError("input.money_negative", field=field, value=value)
    if amount != amount.quantize(CENT):
        raise DomainError("input.money_too_precise", field=field, value=value)
    if amount > maximum:
        raise DomainError("input.money_too_large", field=field, value=value)
    return amount.quantize(CENT)


def parse_count(value: str | int, field: str, minimum: int = 0, maximum: int = 1_000_000) -> int:
    """A whole number within bounds."""
    if isinstance(value, str):
        try:
            value = int(unicodedata.normalize("NFKC", value).strip())
        except ValueError:
            raise DomainError("input.not_whole_number", field=field, value=value) from None
    if not minimum <= value <= maximum:
        raise DomainError(
            "input.out_of_range", field=field, value=value, minimum=minimum, maximum=maximum
        )
    return value


def parse_day(value: str | date, field: str = "date") -> date:
    """A date written YYYY-MM-DD."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise DomainError("input.not_a_date", field=field, value=value) from None


def parse_moment(value: str | datetime, field: str = "due") -> datetime:
    """A local date and time written YYYY-MM-DD HH:MM."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    try:
        moment = datetime.fromisoformat(value.strip().replace("T", " "))
    except ValueError:
        raise DomainError("input.not_a_moment", field=field, value=value) from None
    if moment.tzinfo is not None:  # times are the store's wall clock; an offset would mislead
        raise DomainError("input.moment_with_zone", field=field, value=value)
    return moment


# What ends a line for str.splitlines(), besides the control characters: a text holding
# one would print as two lines (or a box) where the document has room for one.
LINE_SEPARATORS = frozenset("\u2028\u2029")


def field_label(field: str) -> Term:
    """The field's name as a person reads it (catalogue "field.<name>"), in either language."""
    return Term(f"field.{field}", field.replace("_", " "))


def clean_text(
    value: str, field: str, *, required: bool = False, limit: int = 200, multiline: bool = False
) -> str:
    """Text trimmed of outer spaces, within its length limit; refused if it cannot print.

    Text that prints on one line (names, specs, units …) refuses line breaks and control
    characters; multiline text (notes, descriptions) keeps its line breaks (a Windows
    CR LF becomes one) and refuses the other control characters. Invisible format
    characters (zero-width spaces, a byte-order mark from a paste) are dropped, and a
    character the printed documents' font cannot draw (an emoji) is refused.
    """
    if multiline:
        value = value.replace("\r\n", "\n")
    for ch in value.strip():
        if ch == "\n" and multiline:
            continue
        if ch in "\r\n" or ch in LINE_SEPARATORS or ord(ch) == 0x85:
            raise DomainError("input.line_break", field=field, label=field_label(field))
        if unicodedata.category(ch) == "Cc":
            raise DomainError(
                "input.control_character",
                field=field,
                label=field_label(field),
                code=f"U+{ord(ch):04X}",
            )
    cleaned = "".join(
        ch for ch in value if (ch.isprintable() or ch == "\n") and ord(ch) not in SHAPING
    ).strip()
    missing = unprintable(cleaned)
    if missing:  # it would print as a box on the flyer, the checklist and the sheets
        raise DomainError(
            "input.cannot_print",
            field=field,
            label=field_label(field),
            chars="".join(missing[:5]),
        )
    if required and not cleaned:
        raise DomainError("input.required", field=field)
    if len(cleaned) > limit:
        raise DomainError("input.too_long", field=field, limit=limit, length=len(cleaned))
    return cleaned


def clean_phone(value: str) -> str:
    """A phone number: digits with optional +, spaces and dashes; empty is allowed."""
    phone = clean_text(value, "phone", limit=32)
    if phone and not (
        any(ch.isdigit() for ch in phone) and all(ch.isdigit() or ch in "+- ()" for ch in phone)
    ):
        raise DomainError("input.not_a_phone", field="phone", value=value)
    return phone


def clean_barcode(value: str) -> str:
    """A barcode with spaces removed, refused when its check digit or form is wrong."""
    # A Chinese input method may type full-width digits (０-９): read them as the till does.
    code = "".join(value.split()).translate(FULL_WIDTH_DIGITS)
    problem = barcode_problem(code)
    if problem:
        raise DomainError(problem, field="barcode")
    return code


def check_prices(regular: Decimal, promo: Decimal) -> None:
    """A promotional price must be positive and below the regular price."""
    if regular <= 0:
        raise DomainError("input.price_not_positive", field="regular_price")
    if promo <= 0:
        raise DomainError("input.price_not_positive", field="promo_price")
    if promo >= regular:
        raise DomainError(
            "input.promo_not_below_regular", field="promo_price", promo=promo, regular=regular
        )
