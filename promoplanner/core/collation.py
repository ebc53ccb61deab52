"""Sorting names as a Chinese reader looks them up: by pinyin, then tone, then the character.

Code-point order puts 刘 before 张 before 李 before 王 before 陈; a Chinese list (a phone
book, a dictionary) runs 陈 李 刘 王 张. ``pinyin_key`` gives that order, with Latin
letters and digits interleaved as a Chinese reader expects (1F, 2F, A, 安 …). Names are
read with pypinyin's phrase dictionary, so 重庆 sorts under chong and 银行 under hang.
pypinyin is loaded on the first name that is not plain ASCII (it takes a few tenths of a
second), so a list of Latin names never pays for it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

CharKey = tuple[str, int, str]  # (letters, tone 0-5, the character itself)


def pinyin_key(text: str) -> tuple[CharKey, ...]:
    """A sort key of the text in pinyin order: sorted(names, key=pinyin_key)."""
    text = text.strip()
    if text.isascii():
        return tuple((ch.lower(), 0, ch) for ch in text)
    return _han_key(text)


@lru_cache(maxsize=65536)
def _han_key(text: str) -> tuple[CharKey, ...]:
    readings = _readings(text)
    if len(readings) != len(text):  # never expected: fall back to one reading per character
        readings = [_readings(ch)[0] for ch in text]
    key = []
    for ch, reading in zip(text, readings, strict=True):
        if reading != ch and reading[-1:].isdigit():
            key.append((reading[:-1], int(reading[-1]), ch))
        else:
            key.append((ch.lower(), 0, ch))
    return tuple(key)


def _readings(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, errors=_each_character)


def _each_character(chars: str) -> Any:
    # One item per character: a run of non-Chinese characters is split, not kept whole
    # (pypinyin takes a list here; its type hints say str).
    return list(chars)


def pinyin_order(text: str) -> str:
    """``pinyin_key`` as one string whose plain code-point (and UTF-8 byte) order is the same.

    What a database can sort by: each character becomes its letters, its tone digit and its
    code point in six hex digits. A tone digit sorts below every letter, so a shorter
    reading sorts first (a before ai), as the tuple does; the fixed-width code point then
    parts two characters of one reading, and the next character starts aligned.
    """
    return "".join(f"{letters}{tone}{ord(ch):06x}" for letters, tone, ch in pinyin_key(text))


def warm_up() -> None:
    """Load pypinyin's dictionaries now (a program may do it in a thread while idle), so the
    first Chinese name typed is not the one that waits for them."""
    pinyin_key("汉字")
