"""Scale labels: the in-store EAN-13 (prefix 20–29) that a scale prints on goods sold by weight.

Such a label holds the item's PLU and the pack's price or weight, so it differs on every
pack; the store says once which digits are which with a pattern, one letter per digit:

* ``P`` a digit of the PLU (the item's number in the scale), side by side;
* ``V`` a digit of the value (price or weight, as the scale prints it), side by side;
* ``X`` a digit that is neither (a flag, or a price check digit some scales add);
* ``0``–``9`` a digit that is always that one (``21`` at the start: only labels 21…);
* ``C`` the EAN check digit, last.

Spaces only help reading. A label has 13 digits and starts with 2; a lone ``2`` at the
start stands for the whole in-store prefix 20–29 (two digits), as stores write it, so
``2 PPPPP VVVVV C`` reads 2 + any digit, a 5-digit PLU, a 5-digit value and the check digit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from promoplanner.core.barcode import ean_is_valid
from promoplanner.core.errors import DomainError
from promoplanner.core.validation import FULL_WIDTH_DIGITS

LENGTH = 13
MAX_PLU_DIGITS = 8  # no scale keeps more; a longer "PLU" is a barcode typed in the wrong box
_LETTERS = set("0123456789PVXC")


@dataclass(frozen=True)
class ScalePattern:
    """Which digits of the store's scale labels hold the PLU and the value."""

    text: str  # as the store wrote it
    layout: str  # 13 characters, one per digit: 0-9, P, V, X, C

    @property
    def plu_digits(self) -> int:
        """How many digits the PLU has on a label."""
        return self.layout.count("P")

    def _span(self, letter: str) -> slice:
        start = self.layout.find(letter)
        return slice(start, start + self.layout.count(letter)) if start >= 0 else slice(0, 0)

    def matches(self, code: str) -> bool:
        """Whether a code has this pattern's shape: 13 digits and its fixed digits."""
        return (
            len(code) == LENGTH
            and code.isascii()
            and code.isdigit()
            and all(
                want == got for want, got in zip(self.layout, code, strict=True) if want.isdigit()
            )
        )

    def plu_of(self, code: str) -> str:
        """The PLU digits of a code of this shape, as printed (leading zeros kept)."""
        return code[self._span("P")]

    def value_of(self, code: str) -> str:
        """The value digits (price or weight) of a code of this shape; '' if none."""
        return code[self._span("V")]


@dataclass(frozen=True)
class ScaleLabel:
    """A scanned scale label: the code, the PLU inside it and the value digits."""

    code: str
    plu: str
    value: str

    @property
    def plu_key(self) -> str:
        """The PLU as items are matched by it (leading zeros dropped)."""
        return plu_key(self.plu)


def parse_scale_pattern(text: str) -> ScalePattern:
    """The store's pattern, checked: 13 digits, starting with 2, the PLU, the check digit."""
    layout = "".join(text.split()).upper().translate(FULL_WIDTH_DIGITS)
    if not layout or not set(layout) <= _LETTERS:
        raise DomainError("scale.pattern_letters", field="pattern", value=text)
    if len(layout) == LENGTH - 1 and layout[0] == "2" and not layout[1].isdigit():
        layout = "2X" + layout[1:]  # a lone 2 is the whole prefix 20–29
    if len(layout) != LENGTH:
        raise DomainError("scale.pattern_length", field="pattern", value=text, length=len(layout))
    if layout[0] != "2":
        raise DomainError("scale.pattern_prefix", field="pattern", value=text)
    if layout.count("C") != 1 or layout[-1] != "C":
        raise DomainError("scale.pattern_check", field="pattern", value=text)
    if "P" not in layout or not _together(layout, "P"):
        raise DomainError("scale.pattern_plu", field="pattern", value=text)
    if layout.count("P") > MAX_PLU_DIGITS:
        raise DomainError(
            "scale.pattern_plu_long", field="pattern", value=text, limit=MAX_PLU_DIGITS
        )
    if not _together(layout, "V"):
        raise DomainError("scale.pattern_value", field="pattern", value=text)
    return ScalePattern(text.strip(), layout)


def _together(layout: str, letter: str) -> bool:
    return re.fullmatch(f"[^{letter}]*{letter}*[^{letter}]*", layout) is not None


def _clean_code(code: str) -> str:
    return "".join(code.split()).translate(FULL_WIDTH_DIGITS)


def is_scale_label(code: str, pattern: ScalePattern) -> bool:
    """Whether a scanned code is one of the store's scale labels (check digit not looked at)."""
    return pattern.matches(_clean_code(code))


def read_scale_label(code: str, pattern: ScalePattern) -> ScaleLabel:
    """The PLU and value inside a scanned scale label; refused if it is none or misread."""
    cleaned = _clean_code(code)
    if not pattern.matches(cleaned):
        raise DomainError(
            "scale.not_a_label", field="barcode", code=code.strip(), pattern=pattern.text
        )
    if not ean_is_valid(cleaned):
        raise DomainError("barcode.check_digit", field="barcode")
    return ScaleLabel(cleaned, pattern.plu_of(cleaned), pattern.value_of(cleaned))


def plu_key(plu: str) -> str:
    """A PLU as compared: '00123' on a label is the item's PLU 123."""
    return plu.lstrip("0") or "0"


def clean_plu(value: str, pattern: ScalePattern | None = None) -> str:
    """A PLU as typed for an item: digits only, no longer than the labels hold; '' is none."""
    plu = "".join(value.split()).translate(FULL_WIDTH_DIGITS)
    if not plu:
        return ""
    if not (plu.isascii() and plu.isdigit()):
        raise DomainError("plu.not_digits", field="plu", value=value)
    limit = pattern.plu_digits if pattern is not None else MAX_PLU_DIGITS
    if len(plu_key(plu)) > limit:
        raise DomainError("plu.too_long", field="plu", value=value, limit=limit)
    return plu
