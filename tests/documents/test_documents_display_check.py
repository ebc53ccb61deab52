"""The daily display check, read back: the day's items of the floor, yesterday's misses,
barcodes that scan, and the pack of a whole phase."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime

import pdfplumber
import pytest
from reportlab.lib.units import mm
from signed_in import as_user

from promoplanner.core.errors import DomainError
from promoplanner.core.i18n import set_language
from promoplanner.documents.barcodes import barcode_drawing
from promoplanner.documents.display_check import BARCODE_ROOM, COLUMNS, display_check
from promoplanner.printing import display_check_pack_pdf, display_check_pdf
from promoplanner.services.display import (
    display_day,
    record_display_check,
)
from promoplanner.services.display_setup import set_item_plu, set_walk_order
from promoplanner.services.documents import display_check_data
from promoplanner.services.items import update_item

SUNDAY = date(2027, 6, 20)


def test_sheet_lists_every_item_of_the_floor_on_sale_that_day(sale_ctx, snapshot, phase, read_pdf):
    p1, p2 = phase(1), phase(2)
    food = snapshot.floors[0]
    pdf = read_pdf(display_check_pdf(sale_ctx, SUNDAY, food.id))
    on_sale = snapshot.items_of(p2.id, food.id)
    assert pdf.has(f"{len(on_sale)} special-price items")
    for item in on_sale:
        assert pdf.has(item.name), item.name
    # Nothing of other floors, nothing of Phase 1 (over by then) that Phase 2 does not repeat.
    names_p2 = {i.name for i in snapshot.items_of(p2.id)}
    for item in snapshot.items_of(p2.id):
        if item.floor_id != food.id and item.name not in {i.name for i in on_sale}:
            assert not pdf.has(item.name), item.name
    for item in snapshot.items_of(p1.id):
        if item.name not in names_p2:
            assert not pdf.has(item.name), item.name
    assert pdf.has("2027-06-20 (Sun) · 1F Food")
    assert pdf.has("Fresh food") and pdf.has("Drinks")  # grouped by department


def test_one_sheet_per_floor_with_items(sale_ctx, snapshot, read_pdf):
    pdf = read_pdf(display_check_pdf(sale_ctx, SUNDAY))
    for floor in snapshot.floors:
        assert pdf.pages_with(f"2027-06-20 (Sun) · {floor.code} {floor.name_en}")
    first_pages = [min(pdf.pages_with(f"· {f.code} {f.name_en}")) for f in snapshot.floors]
    assert first_pages == sorted(first_pages)


def test_required_position_comes_from_display_form_and_zone(sale_ctx, snapshot, phase, read_pdf):
    drinks = next(d for d in snapshot.departments if d.code == "drinks")
    item = next(i for i in snapshot.items_of(phase(2).id) if i.department_id == drinks.id)
    pdf = read_pdf(display_check_pdf(sale_ctx, SUNDAY, item.floor_id))
    page = pdf.pages_with(item.name)[0]
    assert "商品特卖、品尝专区" in pdf.flat[page]  # the zone the drinks stand in


def test_open_fix_tasks_print_on_the_next_days_sheet(sale_ctx, snapshot, phase, read_pdf):
    food = snapshot.floors[0]
    day = display_day(sale_ctx, "2027-06-19", food.id).floors[0]
    missing, wrong_tag, fine = (ln.item for ln in day.lines[:3])
    fm = as_user(sale_ctx, "floor")
    sale_ctx.clock.at = datetime(2027, 6, 19, 17, 0)  # the evening walk of the day before
    record_display_check(fm, "2027-06-19", missing.barcode, placed="no", tag="ok", pop="yes",
                         stock="full", problem="补货中", fixer="李明",
                         due="2027-06-20 08:00")  # fmt: skip
    record_display_check(fm, "2027-06-19", wrong_tag.barcode, placed="yes", tag="wrong",
                         pop="yes", stock="full", fixer="王芳", due="2027-06-20 18:00")  # fmt: skip
    record_display_check(fm, "2027-06-19", fine.barcode, placed="yes", tag="ok", pop="yes",
                         stock="full")  # fmt: skip
    sale_ctx.clock.at = datetime(2027, 6, 20, 9, 0)
    pdf = read_pdf(display_check_pdf(sale_ctx, SUNDAY, food.id))
    assert pdf.has("Open fix tasks to re-check (2)")
    assert pdf.has("补货中 (not at its planned position)") and pdf.has("OVERDUE")
    assert pdf.has("Open task: price tag differs from the flyer")
    assert pdf.text.count("OVERDUE") == 1  # 李明's was due at 08:00; it is 09:00
    listed = len(day.lines)
    assert pdf.has(f"the day before: 3 of {listed} checked, 1 passed (33.3%)")
    assert pdf.has(f"2027-06-20: 0 of {listed} checked")
    assert pdf.has("Round:") and pdf.has("Accompanied by:")


def test_the_foot_says_how_many_were_checked_in_chinese(sale_ctx, snapshot, read_pdf):
    food = snapshot.floors[0]
    lines = display_day(sale_ctx, SUNDAY, food.id).floors[0].lines
    fm = as_user(sale_ctx, "floor")
    record_display_check(fm, SUNDAY, lines[0].item.barcode, placed="yes", tag="ok", pop="yes",
                         stock="full")  # fmt: skip
    restock = {"problem": "补货", "fixer": "王芳", "due": "2027-06-20 11:00"}
    record_display_check(fm, SUNDAY, lines[1].item.barcode, placed="yes", tag="ok", pop="yes",
                         stock="low", **restock)  # fmt: skip
    set_language("zh")
    pdf = read_pdf(display_check_pdf(sale_ctx, SUNDAY, food.id))
    assert pdf.has(f"2027-06-20：已查 2/{len(lines)}，合格 2（100.0%）")
    assert pdf.has(f"前一日：已查 0/{len(lines)}")
    assert pdf.has("补货（库存偏少，需补货）")  # the restock is an open task to re-check


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_head_labels_keep_their_colon_on_their_line(sale_ctx, snapshot, language):
    set_language(language)
    data = display_check_pdf(sale_ctx, SUNDAY, snapshot.floors[0].id)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = pdf.pages[0].chars
    said = "".join(c["text"] for c in chars)
    label = "检查班次：" if language == "zh" else "Round:"
    start = said.index(label)
    tops = {round(c["top"]) for c in chars[start : start + len(label)]}
    assert len(tops) == 1, f"{label!r} wraps over {len(tops)} lines"


def test_a_weighed_item_prints_its_plu(sale_ctx, snapshot, read_pdf):
    food = snapshot.floors[0]
    item = display_day(sale_ctx, SUNDAY, food.id).floors[0].lines[0].item
    set_item_plu(sale_ctx, item.id, "00417")
    pdf = read_pdf(display_check_pdf(sale_ctx, SUNDAY, food.id))
    assert pdf.has("PLU 00417 (sold by weight)")


def test_day_outside_every_phase_is_refused(sale_ctx):
    with pytest.raises(DomainError) as refused:
        display_check_pdf(sale_ctx, date(2027, 6, 15))
    assert refused.value.key == "print.day_outside"
    assert "2027-06-15" in refused.value.message()


def test_pack_has_a_sheet_per_day_and_floor(sale_ctx, snapshot, phase, read_pdf):
    p1 = phase(1)
    pdf = read_pdf(display_check_pack_pdf(sale_ctx, p1.id))
    days = [date.fromordinal(p1.start.toordinal() + n) for n in range(p1.days)]
    for day in days:
        for floor in snapshot.floors:
            assert pdf.pages_with(f"{day.isoformat()} ({day.strftime('%a')}) · {floor.code}")
    assert pdf.text.count("special-price items") == len(days) * len(snapshot.floors)
    assert all("Checked by:" in page and "Floor manager:" in page for page in pdf.pages)


def test_the_sheet_is_in_the_floor_managers_walking_order(sale_ctx, snapshot, read_pdf):
    food = snapshot.floors[0]
    walk = [d for d in snapshot.departments if d.floor_id == food.id][::-1]
    set_walk_order(as_user(sale_ctx, "floor"), food.id, [d.id for d in walk])
    text = read_pdf(display_check_pdf(sale_ctx, SUNDAY, food.id)).text
    shown = [d for d in walk if d.name_en in text]
    at = [text.index(d.name_en) for d in shown]
    assert len(shown) >= 4 and at == sorted(at)


needs_tools = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="pdftoppm and zbarimg (poppler-utils, zbar-tools) read the printed barcodes",
)


def _scan(pdf_bytes: bytes, tmp_path) -> set[str]:
    source = tmp_path / "sheet.pdf"
    source.write_bytes(pdf_bytes)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(source), str(tmp_path / "p")],
        check=True,
    )
    image = next(tmp_path.glob("p-*.png"))
    out = subprocess.run(
        ["zbarimg", "-q", "--raw", "-Supca.enable", str(image)],
        capture_output=True,
        text=True,
        check=False,
    )
    return set(out.stdout.split())


@needs_tools
def test_printed_ean13_barcodes_scan(sale_ctx, snapshot, phase, read_pdf, tmp_path):
    food = snapshot.floors[0]
    data = display_check_pdf(sale_ctx, SUNDAY, food.id)
    page1 = read_pdf(data).flat[0]
    expected = {i.barcode for i in snapshot.items_of(phase(2).id, food.id) if i.barcode in page1}
    assert len(expected) >= 5  # a landscape sheet with room to write: fewer rows a page
    assert _scan(data, tmp_path) == expected


@needs_tools
def test_a_12_digit_store_code_prints_as_upc_a_that_scans(sale_ctx, snapshot, tmp_path):
    clothing = snapshot.floors[2]
    item = display_day(sale_ctx, SUNDAY, clothing.id).floors[0].lines[0].item
    update_item(sale_ctx, item.id, {"barcode": "200000012342"})  # 12 digits: an in-store code
    scanned = _scan(display_check_pdf(sale_ctx, SUNDAY, clothing.id), tmp_path)
    assert "200000012342" in scanned


KINDS = {  # every kind of barcode the program accepts, as a store would have them
    "EAN-13": "6901028075831",
    "EAN-8": "96385074",
    "UPC-A": "036000291452",
    "GTIN-14": "10012345678902",
}


@needs_tools
def test_every_accepted_barcode_prints_inside_its_column_and_scans(sale_ctx, tmp_path):
    data = display_check_data(sale_ctx, SUNDAY, 1)
    floor = data.days[0].floors[0]
    lines = list(floor.lines)
    for n, code in enumerate(KINDS.values()):
        lines[n] = replace(lines[n], item=replace(lines[n].item, barcode=code))
    day = replace(data.days[0], floors=(replace(floor, lines=tuple(lines)),))
    pdf = display_check(replace(data, days=(day,)))
    assert _scan(pdf, tmp_path) >= set(KINDS.values())
    room = COLUMNS[1] * mm - 8  # the column less its padding
    for code in [*KINDS.values(), "200000012342"]:
        assert barcode_drawing(code, BARCODE_ROOM).width <= room, code
    # a long store code is drawn narrower to fit, or printed as text, never into the name
    long_code = barcode_drawing("STORE-CODE-12345678", BARCODE_ROOM)
    assert long_code is None or long_code.width <= room
