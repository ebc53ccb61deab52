"""The parsed font kept between runs: the same tables as a parse, rebuilt when not the file's."""

from __future__ import annotations

import io
import os
import pickle
import shutil

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas

from promoplanner.documents import font_cache
from promoplanner.documents.fonts import font_path

TEXT = "夏日新选择 ¥12.90 南汇8424西瓜 Reg. 500ml×12"


@pytest.fixture
def parses(monkeypatch, tmp_path):
    """The cache in a folder of the test's own; counts the real parses of a font file."""
    count = {"n": 0}

    class CountedFace(TTFontFace):
        def __init__(self, *args, **kwargs):
            count["n"] += 1
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(font_cache, "cache_folder", lambda: tmp_path / "cache")
    monkeypatch.setattr(font_cache, "TTFontFace", CountedFace)
    return count


@pytest.fixture(scope="module")
def parsed() -> TTFontFace:
    return TTFontFace(str(font_path()), subfontIndex=0)


def _stored(tmp_path):
    files = list((tmp_path / "cache").glob("*.pickle"))
    assert len(files) == 1
    return files[0]


def _same_face(face: TTFontFace, parsed: TTFontFace) -> None:
    mine = {k: v for k, v in vars(face).items() if k not in ("_pdfScale", "_pos")}
    theirs = {k: v for k, v in vars(parsed).items() if k not in ("_pdfScale", "_pos")}
    assert mine.keys() == theirs.keys()
    for key, value in theirs.items():
        assert mine[key] == value, key
        assert type(mine[key]) is type(value), key
    assert face.name.ustr == parsed.name.ustr
    for units in (0, 1, 7, 1024, 2048, -256, 3.5):
        assert face._pdfScale(units) == parsed._pdfScale(units)


def test_the_second_run_reads_the_cache_and_gets_the_parsed_tables(parses, parsed, tmp_path):
    first = font_cache.cached_face(font_path())
    assert parses["n"] == 1
    assert _stored(tmp_path).stat().st_size > 100_000
    second = font_cache.cached_face(font_path())
    assert parses["n"] == 1  # not parsed again
    _same_face(first, parsed)
    _same_face(second, parsed)


def test_a_cached_font_is_what_reportlab_would_make(parses):
    font_cache.cached_font("CacheProbe", font_path())
    cached = font_cache.cached_font("CacheProbe", font_path())
    assert parses["n"] == 1
    fresh = TTFont("CacheProbe", str(font_path()), subfontIndex=0)
    # If a ReportLab release sets more in TTFont.__init__, cached_font must set it too.
    assert vars(cached).keys() == vars(fresh).keys()
    for key in ("fontName", "_asciiReadable", "_shapable"):
        assert getattr(cached, key) == getattr(fresh, key)
    assert type(cached.encoding) is type(fresh.encoding)
    assert cached.stringWidth(TEXT, 9) == fresh.stringWidth(TEXT, 9)


def _pdf_fonts(font: TTFont) -> list[tuple]:
    pdfmetrics.registerFont(font)
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    canvas.setFont(font.fontName, 12)
    canvas.drawString(40, 700, TEXT)
    canvas.save()
    found = []
    for ref in PdfReader(io.BytesIO(out.getvalue())).pages[0]["/Resources"]["/Font"].values():
        entry = ref.get_object()
        if entry["/BaseFont"] == "/Helvetica":  # the canvas's initial font, never drawn
            continue
        descriptor = entry["/FontDescriptor"].get_object()
        found.append(
            (
                list(entry["/Widths"]),
                entry["/FirstChar"],
                descriptor["/FontFile2"].get_object().get_data(),
                [float(x) for x in descriptor["/FontBBox"]],
                descriptor["/Ascent"],
                descriptor["/Descent"],
            )
        )
    return found


def test_a_pdf_embeds_the_same_subset_and_widths_from_the_cache(parses):
    font_cache.cached_font("CacheProbeA", font_path())
    cached = font_cache.cached_font("CacheProbeA", font_path())
    assert parses["n"] == 1
    fresh = TTFont("CacheProbeB", str(font_path()), subfontIndex=0)
    mine, theirs = _pdf_fonts(cached), _pdf_fonts(fresh)
    assert mine and mine == theirs


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not a pickle at all",
        "truncated",
        "another format",
        "missing tables",
    ],
)
def test_a_damaged_cache_is_parsed_again_and_rewritten(parses, parsed, tmp_path, damage):
    font_cache.cached_face(font_path())
    store = _stored(tmp_path)
    good = store.read_bytes()
    if damage == "truncated":
        store.write_bytes(good[: len(good) // 2])
    elif damage == "another format":
        key, state = pickle.loads(good)
        store.write_bytes(pickle.dumps(((font_cache.FORMAT + 1, *key[1:]), state)))
    elif damage == "missing tables":
        key, state = pickle.loads(good)
        del state["glyphPos"]
        store.write_bytes(pickle.dumps((key, state)))
    else:
        store.write_bytes(damage)
    face = font_cache.cached_face(font_path())
    assert parses["n"] == 2
    _same_face(face, parsed)
    assert store.read_bytes() != b"" and pickle.loads(store.read_bytes())[0][0] == font_cache.FORMAT
    font_cache.cached_face(font_path())
    assert parses["n"] == 2  # the rewritten cache serves the next run


def test_a_changed_font_file_is_parsed_again(parses, tmp_path):
    font = tmp_path / "font.ttc"
    shutil.copy(font_path(), font)
    font_cache.cached_face(font)
    font_cache.cached_face(font)
    assert parses["n"] == 1
    stat = font.stat()
    os.utime(font, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # the file replaced
    font_cache.cached_face(font)
    assert parses["n"] == 2
    # Another file of another name never reads this file's entry.
    other = tmp_path / "other.ttc"
    shutil.copy(font_path(), other)
    font_cache.cached_face(other)
    assert parses["n"] == 3


def test_a_cache_file_that_would_run_code_is_not_run(parses, parsed, tmp_path):
    font_cache.cached_face(font_path())
    store = _stored(tmp_path)
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self):
            return (os.mkdir, (str(marker),))

    key, _state = pickle.loads(store.read_bytes())
    store.write_bytes(pickle.dumps((key, Evil())))
    face = font_cache.cached_face(font_path())
    assert not marker.exists()
    assert parses["n"] == 2
    _same_face(face, parsed)


def test_a_cache_folder_that_cannot_be_written_costs_only_the_parse(monkeypatch, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    monkeypatch.setattr(font_cache, "cache_folder", lambda: blocked / "fonts")
    face = font_cache.cached_face(font_path())
    assert face.charToGlyph[ord("夏")]
    assert list(tmp_path.iterdir()) == [blocked]  # nothing left behind, no error
