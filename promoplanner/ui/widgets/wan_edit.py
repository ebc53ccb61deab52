"""Sales targets typed in 万元 (ten-thousands of yuan), as planners think of them."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from promoplanner.core.validation import MAX_AMOUNT

TEN_THOUSAND = Decimal(10_000)
FEN = Decimal("0.01")


# Above what the database keeps (NUMERIC(12,2)) is refused here, before Decimal arithmetic
# on a huge number ("1e30", 26 digits) raises InvalidOperation in a slot run per keystroke.
MAX_YUAN = MAX_AMOUNT
# Thousands grouped by commas: every comma followed by exactly three digits ("1,200").
GROUPED = re.compile(r"\d{1,3}(,\d{3})+(\.\d*)?")


class WanProblem(ValueError):
    """What is wrong with an amount typed in 万元, in the user's language."""


class WanTooLarge(WanProblem):
    """An amount above what the store keeps; shown beside the field as it is typed."""


def wan_text(yuan: Decimal | None) -> str:
    """An amount in yuan written in 万元 without trailing zeros (1200000 -> "120")."""
    if yuan is None:
        return ""
    wan = (yuan / TEN_THOUSAND).normalize()
    return format(wan, "f")


def yuan_text(yuan: Decimal | None) -> str:
    """An amount in yuan with thousands separators (¥1,200,000.00)."""
    return "" if yuan is None else f"¥{yuan:,.2f}"


def parse_wan(text: str) -> Decimal | None:
    """The yuan of an amount typed in 万元 ("120", "85.5", "120万"); None when empty."""
    cleaned = text.strip()
    for unit in ("万元", "萬元", "万", "萬"):
        cleaned = cleaned.removesuffix(unit).strip()
    if not cleaned:
        return None
    # Commas in the 万 field, one rule: a comma followed by exactly three digits groups
    # thousands ("1,200" is 1,200 万, "1,200,000.5" too); a lone comma followed by one, two
    # or four and more digits is a decimal comma ("85,5" is 85.5 万). Any other comma
    # ("1,2,3", "1.200,5") is refused rather than guessed. (core.parse_money reads prices,
    # where "1,200" never means thousands of yuan; a target in 万 is never that small.)
    if "," in cleaned:
        if GROUPED.fullmatch(cleaned):
            cleaned = cleaned.replace(",", "")
        elif re.fullmatch(r"\d+,(\d{1,2}|\d{4,})", cleaned):
            cleaned = cleaned.replace(",", ".")
    try:
        wan = Decimal(cleaned)
    except InvalidOperation:
        wan = None
    if wan is None or not wan.is_finite():
        raise WanProblem(
            QCoreApplication.translate(
                "WanEdit", "“%1” is not an amount in 10,000 yuan; write it like 120 or 85.5."
            ).replace("%1", text.strip())
        )
    if wan < 0:
        raise WanProblem(QCoreApplication.translate("WanEdit", "A target cannot be negative."))
    if wan > MAX_YUAN / TEN_THOUSAND:
        raise WanTooLarge(
            # Said in the field's own unit: the yuan alone read as if typed in yuan.
            QCoreApplication.translate(
                "WanEdit", "Too large: at most %1 (10,000 yuan), that is %2."
            )
            .replace("%1", f"{MAX_YUAN / TEN_THOUSAND:,f}")
            .replace("%2", yuan_text(MAX_YUAN))
        )
    yuan = wan * TEN_THOUSAND
    try:
        exact = yuan == yuan.quantize(FEN)
    except InvalidOperation:  # a tiny fraction with a huge exponent ("1e-999999")
        exact = False
    if not exact:
        raise WanProblem(
            QCoreApplication.translate(
                "WanEdit",
                "“%1”: amounts in 10,000 yuan take at most six decimals (down to the fen).",
            ).replace("%1", text.strip())
        )
    return yuan.quantize(FEN)


class WanEdit(QLineEdit):
    """A target typed in 万元; value() gives yuan, the unit the services take."""

    def __init__(self, field: str, parent=None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(QCoreApplication.translate("WanEdit", "e.g. 120"))

    def value(self) -> Decimal | None:
        """The yuan typed (in 万元), None when empty; WanProblem says what is wrong."""
        return parse_wan(self.text())

    def set_value(self, yuan: Decimal | None) -> None:
        """Show an amount of yuan in 万元."""
        self.setText(wan_text(yuan))
