"""Sales targets typed in 万元 (ten-thousands of yuan), as planners think of them."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

TEN_THOUSAND = Decimal(10_000)
FEN = Decimal("0.01")


class WanProblem(ValueError):
    """What is wrong with an amount typed in 万元, in the user's language."""


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
    # "85,5" is a decimal comma; "1,200" groups thousands.
    if cleaned.count(",") == 1 and "." not in cleaned and len(cleaned.split(",")[1]) != 3:
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        wan = Decimal(cleaned)
    except InvalidOperation:
        wan = None
    if wan is None or not wan.is_finite():
        raise WanProblem(
            QCoreApplication.translate(
                "WanEdit", "“%1” is not an amount in 万元; write it like 120 or 85.5."
            ).replace("%1", text.strip())
        )
    if wan < 0:
        raise WanProblem(QCoreApplication.translate("WanEdit", "A target cannot be negative."))
    yuan = wan * TEN_THOUSAND
    if yuan != yuan.quantize(FEN):
        raise WanProblem(
            QCoreApplication.translate(
                "WanEdit", "“%1”: 万元 take at most six decimals (down to the fen)."
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
