"""Every GTIN (8, 12, 13 and 14 digits) is checked by GS1's one mod-10 rule, as the till does.

The program's answer is held against python-stdnum's ``ean`` module (a maintained
implementation of the same rule) on many random codes, and against published examples.
"""

from __future__ import annotations

import random

import pytest
from stdnum import ean

from promoplanner.core.barcode import barcode_problem, gtin_check_digit, gtin_is_valid
from promoplanner.core.errors import DomainError
from promoplanner.core.validation import clean_barcode

# Published examples: python-stdnum's own (its ean module's documentation), GS1's check
# digit examples, and the well-known UPC-A / EAN-13 / EAN-8 / GTIN-14 specimens.
VALID = [
    "73513537",  # stdnum: EAN-8
    "9780471117094",  # stdnum: EAN-13 (an ISBN)
    "98412345678908",  # stdnum: GTIN-14
    "96385074",  # EAN-8 specimen
    "4006381333931",  # EAN-13 specimen
    "6291041500213",  # GS1 check digit example (GTIN-13)
    "036000291452",  # UPC-A specimen
    "012345678905",  # UPC-A specimen
    "00012345600012",  # GTIN-14 specimen
    "10614141000415",  # GS1 General Specifications: GTIN-14 with indicator 1
    "200000012342",  # a store's own code (prefix 2) carries the check digit too
]


@pytest.mark.parametrize("code", VALID)
def test_published_codes_are_valid(code):
    assert ean.is_valid(code)  # the vectors themselves are right
    assert gtin_is_valid(code)
    assert barcode_problem(code) is None
    assert clean_barcode(code) == code


@pytest.mark.parametrize("code", VALID)
def test_each_wrong_check_digit_is_refused(code):
    for digit in "0123456789":
        wrong = code[:-1] + digit
        if digit == code[-1]:
            continue
        assert not gtin_is_valid(wrong)
        assert barcode_problem(wrong) == "barcode.check_digit"
        with pytest.raises(DomainError) as refused:
            clean_barcode(wrong)
        assert refused.value.field == "barcode"


def test_program_agrees_with_stdnum_on_random_codes():
    rng = random.Random(20261128)  # fixed: a failure can be reproduced
    disagreements = []
    checked = {8: 0, 12: 0, 13: 0, 14: 0}
    for _ in range(20_000):
        length = rng.choice((8, 12, 13, 14))
        code = "".join(rng.choice("0123456789") for _ in range(length))
        if rng.random() < 0.5:  # half of them right, so both answers are exercised
            code = code[:-1] + ean.calc_check_digit(code[:-1])
        ours = barcode_problem(code) is None
        if ours != ean.is_valid(code):
            disagreements.append(code)
        checked[length] += 1
    assert min(checked.values()) > 4_000
    assert disagreements == []


def test_check_digit_agrees_with_stdnum():
    rng = random.Random(7)
    for _ in range(2_000):
        body = "".join(rng.choice("0123456789") for _ in range(rng.choice((7, 11, 12, 13))))
        assert str(gtin_check_digit(body)) == ean.calc_check_digit(body)


@pytest.mark.parametrize("code", ["1234567", "123456789", "12345678901", "123456789012345"])
def test_other_lengths_are_not_barcodes(code):
    assert barcode_problem(code) == "barcode.length"
