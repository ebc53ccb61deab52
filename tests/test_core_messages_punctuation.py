"""Chinese texts use Chinese (full-width) punctuation: ：，；（）！？ — never inside placeholders,
times like 12:00, ratios like A:B:C or numbers like 10,000, which keep their ASCII marks.
"""

from __future__ import annotations

import re

import pytest

import promoplanner.documents.messages  # noqa: F401  (adds the documents' texts)
from promoplanner.core.messages import MESSAGES

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
ASCII_MARK = re.compile(r"[:,;()!?]")


def ascii_marks(zh: str) -> list[str]:
    """The ASCII punctuation of a Chinese text that should be full-width, with context."""
    found = []
    text = PLACEHOLDER.sub("\u25a1", zh)  # a placeholder stands for some value: not ASCII
    for match in ASCII_MARK.finditer(text):
        i, mark = match.start(), match.group()
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        ascii_both = before.isascii() and after.isascii()
        if mark == ":" and ascii_both and before.isalnum() and after.isalnum():
            continue  # 12:00, A:B:C
        if mark == "," and before.isdigit() and after.isdigit():
            continue  # 10,000
        found.append(text[max(0, i - 8) : i + 8])
    return found


def test_the_scan_finds_what_it_should():
    assert ascii_marks("截止 {due}:{what}") == ["截止 □:□"]
    assert len(ascii_marks("活动名称(默认最新);是否输错?")) == 4
    assert ascii_marks("{time:%H:%M} 12:00 A:B:C 10,000 {n:,}") == []


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_chinese_texts_use_full_width_punctuation(key):
    assert ascii_marks(MESSAGES[key][1]) == []


def test_english_counts_say_one_thing_and_many_things():
    from promoplanner.core.i18n import text

    line = "cli.campaign_line"
    fields = {"name": "June", "first": "06-01", "last": "06-30"}
    assert text(line, "en", **fields, phases=1, items=1).endswith("1 phase, 1 item")
    assert text(line, "en", **fields, phases=2, items=0).endswith("2 phases, 0 items")
    assert text(line, "zh", **fields, phases=1, items=1).endswith("1 个阶段，1 个商品")


def test_no_english_message_counts_in_the_plural_alone():
    import re

    from promoplanner.core.messages import MESSAGES

    # "{n} items" reads "1 items" for one; each count chooses its word ({n:item|items}).
    bare = re.compile(r"\{(\w+)\} (items|phases|entrants|rows|pages|days|heats)\b")
    assert [key for key, (en, _zh) in MESSAGES.items() if bare.search(en)] == []
