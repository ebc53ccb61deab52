"""Line edits for yuan amounts and whole numbers that parse like the services do."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLineEdit

from promoplanner.core.validation import parse_count, parse_money


class DecimalEdit(QLineEdit):
    """A yuan amount (¥12.80, 12,8); empty means none when the field is optional."""

    def __init__(self, field: str, *, optional: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.field = field
        self.optional = optional
        self.setPlaceholderText("0.00")

    def value(self) -> Decimal | None:
        """The amount typed, or a DomainError naming this field."""
        if self.optional and not self.text().strip():
            return None
        return parse_money(self.text(), self.field)

    def set_value(self, amount: Decimal | None) -> None:
        """Show an amount with two decimals (empty for none)."""
        self.setText("" if amount is None else f"{amount:.2f}")


class CountEdit(QLineEdit):
    """A whole number within bounds; empty means none when the field is optional."""

    def __init__(
        self, field: str, maximum: int = 10_000_000, *, optional: bool = False, parent=None
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.maximum = maximum
        self.optional = optional

    def value(self) -> int | None:
        """The number typed, or a DomainError naming this field."""
        if self.optional and not self.text().strip():
            return None
        return parse_count(self.text(), self.field, 0, self.maximum)

    def set_value(self, number: int | None) -> None:
        """Show a number (empty for none)."""
        self.setText("" if number is None else str(number))
