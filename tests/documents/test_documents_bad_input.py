"""User text and files that could break a page: every document stays a valid PDF."""

from __future__ import annotations

from decimal import Decimal

import pytest
from signed_in import as_user
from sqlalchemy import delete

from promoplanner.core.errors import DomainError
from promoplanner.core.i18n import set_language
from promoplanner.printing import (
    bracket_pdf,
    calendar_pdf,
    checklist_pdf,
    display_check_pack_pdf,
    display_check_pdf,
    flyer_proof_pdf,
)
from promoplanner.services.contest import register_entrant
from promoplanner.services.display import record_display_check
from promoplanner.services.items import add_item
from promoplanner.storage import tables as t

NASTY = "Tom & Jerry <b>bold</b> \"quoted\" 'single' 粽子"
EMOJI = "🍺🎉"  # refused when typed now; a database from before may still hold them
LONG = "超长商品名称" * 20 + "Extra-long-name-without-any-spaces-" * 3  # 200 characters


def _add(ctx, phase_id, floor_id, **values):
    base = {"name": "x", "regular_price": "10.00", "promo_price": "8.00", "floor_id": floor_id}
    base.update(values)
    return add_item(ctx, phase_id, base)


@pytest.fixture
def nasty_ctx(sale_ctx, snapshot, phase, tmp_path):
    """The demo with hostile names, a missing photo and a corrupt one on 1F of Phase 2."""
    p2, food = phase(2), snapshot.floors[0]
    corrupt = tmp_path / "corrupt.jpg"
    corrupt.write_bytes(b"\xff\xd8\xff\xe0 this is not really a JPEG" * 10)
    nasty = _add(sale_ctx, p2.id, food.id, name=NASTY, spec="<500g> & more", unit="&", barcode="")
    with sale_ctx.uow.transaction() as session:
        session.get(t.FlyerItemRow, nasty.id).name = f"{NASTY} {EMOJI}"
    _add(sale_ctx, p2.id, food.id, name=LONG[:200], spec=LONG[:200], photo="no/such/photo.png")
    _add(sale_ctx, p2.id, food.id, name="坏照片", photo=str(corrupt), notes=NASTY)
    register_entrant(sale_ctx, snapshot.contests[0].id, NASTY[:100])
    return sale_ctx


def test_hostile_text_prints_escaped_and_shortened(nasty_ctx, phase, read_pdf):
    assert len(LONG[:200]) == 200
    pdf = read_pdf(flyer_proof_pdf(nasty_ctx, phase(2).id))
    assert pdf.has('Tom & Jerry <b>bold</b> "quoted"')  # printed as typed, not as markup
    assert pdf.has("□")  # the emoji the font cannot draw show as a box, not as nothing
    assert pdf.has("超长商品名称超长商品名称")
    assert not pdf.has(LONG[:200])  # cut with an ellipsis on the card …
    assert pdf.has("…")
    check = read_pdf(display_check_pdf(nasty_ctx, "2027-06-20"))
    assert check.has(LONG[:60])  # … and wrapped on the check sheet
    assert check.has('Tom & Jerry <b>bold</b> "quoted"')


def test_a_hostile_check_note_prints_on_the_next_days_sheet(sale_ctx, snapshot, phase, read_pdf):
    item = snapshot.items_of(phase(2).id, snapshot.floors[1].id)[0]
    fm = as_user(sale_ctx, "floor")
    record_display_check(fm, "2027-06-19", item.barcode, placed="no", tag="ok", pop="yes",
                         stock="full", problem=(NASTY * 20)[:200], fixer=NASTY[:100],
                         due="2027-06-21 12:00")  # fmt: skip
    pdf = read_pdf(display_check_pdf(sale_ctx, "2027-06-20", item.floor_id))
    assert pdf.has("Open task: Tom & Jerry <b>bold</b>")
    assert pdf.has("…")  # the long note is cut, the sheet stays one row per item


def test_missing_and_corrupt_photos_become_placeholders(nasty_ctx, phase, read_pdf):
    pdf = read_pdf(flyer_proof_pdf(nasty_ctx, phase(2).id))
    assert pdf.text.count("photo unreadable") == 2  # the missing one and the corrupt one
    assert pdf.has("坏照片")


def test_a_real_photo_is_drawn(sale_ctx, snapshot, phase, tmp_path, read_pdf):
    from PIL import Image

    photo = tmp_path / "zongzi.png"
    Image.new("RGB", (40, 30), (200, 16, 46)).save(photo)
    _add(sale_ctx, phase(2).id, snapshot.floors[0].id, name="有照片的粽子", photo=str(photo))
    pdf = read_pdf(flyer_proof_pdf(sale_ctx, phase(2).id))
    images = [
        x
        for page in pdf.reader.pages
        for x in page["/Resources"].get("/XObject", {}).values()
        if x.get_object()["/Subtype"] == "/Image"
    ]
    assert len(images) == 1


def test_every_document_survives_hostile_input_in_both_languages(nasty_ctx, phase, read_pdf):
    for language in ("en", "zh"):
        set_language(language)
        for pdf in (
            flyer_proof_pdf(nasty_ctx, phase(2).id),
            checklist_pdf(nasty_ctx, phase(2).id),
            display_check_pdf(nasty_ctx, "2027-06-20"),
            bracket_pdf(nasty_ctx),
            calendar_pdf(nasty_ctx),
        ):
            assert len(read_pdf(pdf).pages) >= 1


def test_an_empty_phase_prints_a_valid_page(sale_ctx, phase, read_pdf):
    p1 = phase(1)
    with sale_ctx.uow.transaction() as session:
        session.execute(delete(t.FlyerItemRow).where(t.FlyerItemRow.phase_id == p1.id))
    flyer = read_pdf(flyer_proof_pdf(sale_ctx, p1.id))
    assert flyer.has("0 items against a quota of 40–50 (short)")
    assert flyer.has("PROOF v1")
    checklist = read_pdf(checklist_pdf(sale_ctx, p1.id))
    assert checklist.has("Your items (0)")
    pack = read_pdf(display_check_pack_pdf(sale_ctx, p1.id))
    assert pack.has("No special-price item is on sale on this floor today.")


def test_a_phase_without_quotas_or_items_says_so(sale_ctx, phase, read_pdf):
    p1 = phase(1)
    with sale_ctx.uow.transaction() as session:
        session.execute(delete(t.FlyerItemRow).where(t.FlyerItemRow.phase_id == p1.id))
        session.execute(delete(t.FloorQuotaRow).where(t.FloorQuotaRow.phase_id == p1.id))
    pdf = read_pdf(flyer_proof_pdf(sale_ctx, p1.id))
    assert len(pdf.pages) == 1
    assert pdf.has("This phase has no flyer items yet.")


@pytest.mark.parametrize(("regular", "promo"), [("0.02", "0.01"), ("9999999.99", "9999999.98")])
def test_extreme_prices_fit(sale_ctx, snapshot, phase, read_pdf, regular, promo):
    food = snapshot.floors[0]
    _add(sale_ctx, phase(2).id, food.id, name="价格极端", regular_price=regular, promo_price=promo)
    pdf = read_pdf(flyer_proof_pdf(sale_ctx, phase(2).id))
    assert pdf.has(f"¥{Decimal(promo):,.2f}")


def test_an_emoji_is_refused_where_it_is_typed_and_nothing_is_saved(sale_ctx, snapshot, phase):
    """A trial finding: 端午咸蛋🥚 was saved and printed as a box on the flyer."""
    p2, food = phase(2), snapshot.floors[0]
    before = len(snapshot.items_of(p2.id))
    with pytest.raises(DomainError) as refused:
        _add(sale_ctx, p2.id, food.id, name="端午咸蛋🥚")
    assert refused.value.key == "input.cannot_print"
    assert "🥚" in refused.value.message()
    with pytest.raises(DomainError):
        register_entrant(sale_ctx, snapshot.contests[0].id, "🍺哥")
    from promoplanner.services.campaigns import load_snapshot

    assert len(load_snapshot(sale_ctx, snapshot.campaign.id).items_of(p2.id)) == before
