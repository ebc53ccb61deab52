"""EAN-13 and EAN-8 barcodes: check digits as the till reads them."""

from __future__ import annotations


def ean_check_digit(body: str) -> int:
    """The check digit for the digits of an EAN code without its last digit."""
    # Weights run 3,1,3,1... from the right of the body, for EAN-8 and EAN-13 alike.
    digits = [ord(char) - 48 for char in body]
    total = 3 * sum(digits[-1::-2]) + sum(digits[-2::-2])
    return (10 - total % 10) % 10


def is_ean(code: str) -> bool:
    """Whether the code looks like an EAN-8 or EAN-13 (digits of that length)."""
    return code.isascii() and code.isdigit() and len(code) in (8, 13)


def ean_is_valid(code: str) -> bool:
    """Whether an EAN-8 or EAN-13 carries the right check digit."""
    return is_ean(code) and ean_check_digit(code[:-1]) == int(code[-1])


def barcode_problem(code: str) -> str | None:
    """Message key for what is wrong with a barcode as typed, or None if fine.

    Store-internal codes (not 8 or 13 digits) are allowed; only EAN-looking codes are
    checked, since a wrong check digit there is almost always a typo.
    """
    code = code.strip()
    if not code:
        return None
    if not (code.isascii() and code.isdigit()):  # full-width ０-９ from an input method too
        return "barcode.not_digits"
    if len(code) in (8, 13) and not ean_is_valid(code):
        return "barcode.check_digit"
    if len(code) not in (8, 12, 13, 14):
        return "barcode.length"
    return None
