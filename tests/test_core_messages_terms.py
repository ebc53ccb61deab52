"""One Chinese word for one thing: a phase is 阶段 everywhere, as the store's plan says it.

The plan names its periods 第一阶段 and 第二阶段; the trade's other word 档期 must not creep
back into the CLI and document texts, the GUI translations or the compiled .qm files.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import promoplanner.documents.messages  # noqa: F401  (adds the documents' texts)
from promoplanner.core.messages import MESSAGES

TRANSLATIONS = Path(__file__).resolve().parent.parent / "assets" / "translations"
PHASE = "阶段"
NOT_PHASE = ("档期", "檔期")  # simplified and traditional


def translated(ts: Path) -> list[str]:
    """Every Chinese translation in a .ts file, plural forms included."""
    root = ET.parse(ts).getroot()
    return ["".join(node.itertext()) for node in root.iter("translation")]


def test_the_catalogue_calls_a_phase_jieduan():
    assert MESSAGES["object.phase"][1] == PHASE
    assert MESSAGES["doc.phase"][1].startswith("第{number}" + PHASE)


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_no_message_says_dangqi(key):
    zh = MESSAGES[key][1]
    assert [word for word in NOT_PHASE if word in zh] == []


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*_zh_CN.ts")), ids=lambda p: p.name)
def test_no_gui_translation_says_dangqi(ts):
    found = [text for text in translated(ts) if any(word in text for word in NOT_PHASE)]
    assert found == []


@pytest.mark.parametrize("qm", sorted(TRANSLATIONS.glob("*_zh_CN.qm")), ids=lambda p: p.name)
def test_no_compiled_translation_says_dangqi(qm):
    # .qm files hold their strings as UTF-16 (big-endian); a stale file still would show it.
    data = qm.read_bytes()
    assert [word for word in NOT_PHASE if word.encode("utf-16-be") in data] == []


def test_the_gui_calls_a_phase_jieduan_too():
    # Every GUI label naming a phase ("Phase", "Phase:", "Into phase:") uses the word.
    labels = {
        (ts.name, message.findtext("source")): "".join(message.find("translation").itertext())
        for ts in sorted(TRANSLATIONS.glob("*_zh_CN.ts"))
        for message in ET.parse(ts).getroot().iter("message")
        if (message.findtext("source") or "").lower().rstrip(":").endswith("phase")
    }
    assert len(labels) >= 5
    assert {key: text for key, text in labels.items() if PHASE not in text} == {}
