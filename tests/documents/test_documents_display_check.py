"""The daily display check, read back: the day's items of the floor, yesterday's misses,
barcodes that scan, and the pack of a whole phase."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from promoplanner.core.errors import DomainError
from promoplanner.printing import display_check_pack_pdf, display_check_pdf
from promoplanner.services.checks import record_check
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


def test_yesterdays_misses_print_on_todays_sheet(sale_ctx, snapshot, phase, read_pdf):
    food = snapshot.floors[0]
    items = sorted(snapshot.items_of(phase(2).id, food.id), key=lambda i: i.id)
    missing, wrong_tag, fine = items[0], items[1], items[2]
    record_check(sale_ctx, "2027-06-19", missing.id, checker="赵敏", arrived=False, note="补货中")
    record_check(
        sale_ctx,
        "2027-06-19",
        wrong_tag.id,
        checker="赵敏",
        arrived=True,
        golden_position=True,
        price_tag_ok=False,
    )
    record_check(
        sale_ctx,
        "2027-06-19",
        fine.id,
        checker="赵敏",
        arrived=True,
        golden_position=True,
        price_tag_ok=True,
    )
    pdf = read_pdf(display_check_pdf(sale_ctx, SUNDAY, food.id))
    assert pdf.has(f"{missing.name}") and pdf.has("Yesterday: missing — 补货中")
    assert pdf.has("Yesterday: price tag wrong")
    assert pdf.text.count("Yesterday:") == 2
    # The day after, nothing was recorded for the 20th: no warnings.
    later = read_pdf(display_check_pdf(sale_ctx, date(2027, 6, 21), food.id))
    assert "Yesterday:" not in later.text


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
        ["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True, check=False
    )
    return set(out.stdout.split())


@needs_tools
def test_printed_ean13_barcodes_scan(sale_ctx, snapshot, phase, read_pdf, tmp_path):
    food = snapshot.floors[0]
    data = display_check_pdf(sale_ctx, SUNDAY, food.id)
    page1 = read_pdf(data).flat[0]
    expected = {i.barcode for i in snapshot.items_of(phase(2).id, food.id) if i.barcode in page1}
    assert len(expected) >= 10
    assert _scan(data, tmp_path) == expected


@needs_tools
def test_store_codes_print_as_code128_that_scans(sale_ctx, snapshot, phase, tmp_path):
    clothing = snapshot.floors[2]
    item = sorted(snapshot.items_of(phase(2).id, clothing.id), key=lambda i: i.name)[0]
    update_item(sale_ctx, item.id, {"barcode": "200000012342"})  # 12 digits: an in-store code
    scanned = _scan(display_check_pdf(sale_ctx, SUNDAY, clothing.id), tmp_path)
    assert "200000012342" in scanned
