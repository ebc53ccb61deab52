"""GTIN barcodes (EAN-8, UPC-A, EAN-13, GTIN-14): check digits as the till reads them."""

from __future__ import annotations

GTIN_LENGTHS = (8, 12, 13, 14)


def gtin_check_digit(body: str) -> int:
    """The check digit for the digits of a GTIN without its last digit.

    GS1's one mod-10 rule for every length: weights 3,1,3,1... from the right of the body.
    """
    digits = [ord(char) - 48 for char in body]
    total = 3 * sum(digits[-1::-2]) + sum(digits[-2::-2])
    return (10 - total % 10) % 10


ean_check_digit = gtin_check_digit  # the same rule; EAN is what the flyer's codes are called


def is_gtin(code: str) -> bool:
    """Whether the code looks like a GTIN: ASCII digits, 8, 12, 13 or 14 of them."""
    return code.isascii() and code.isdigit() and len(code) in GTIN_LENGTHS


def gtin_is_valid(code: str) -> bool:
    """Whether a GTIN of any length carries the right check digit."""
    return is_gtin(code) and gtin_check_digit(code[:-1]) == int(code[-1])


def is_ean(code: str) -> bool:
    """Whether the code looks like an EAN-8 or EAN-13 (the symbols printed as EAN bars)."""
    return code.isascii() and code.isdigit() and len(code) in (8, 13)


def ean_is_valid(code: str) -> bool:
    """Whether an EAN-8 or EAN-13 carries the right check digit (printable as EAN bars)."""
    return is_ean(code) and gtin_is_valid(code)


def barcode_problem(code: str) -> str | None:
    """Message key for what is wrong with a barcode as typed, or None if fine.

    A barcode is a GTIN of 8, 12, 13 or 14 digits (a store's own codes, prefix 2, are
    GTINs too); every length carries the same check digit, which the till verifies.
    """
    code = code.strip()
    if not code:
        return None
    if not (code.isascii() and code.isdigit()):  # full-width ０-９ from an input method too
        return "barcode.not_digits"
    if len(code) not in GTIN_LENGTHS:
        return "barcode.length"
    if not gtin_is_valid(code):
        return "barcode.check_digit"
    return None
