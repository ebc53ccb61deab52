"""The DM flyer proof, read back: items by floor, quotas, proof versions, fonts, pages."""

from __future__ import annotations

from datetime import datetime
from math import ceil

import pytest
from sqlalchemy import select

from promoplanner.core.errors import DomainError
from promoplanner.core.i18n import set_language
from promoplanner.core.progress import floor_progress
from promoplanner.printing import flyer_proof_pdf
from promoplanner.services.proofs import list_proofs, record_proof
from promoplanner.storage import tables as t


def test_each_floor_shows_its_own_items_and_no_others(sale_ctx, snapshot, phase, read_pdf):
    p2 = phase(2)
    pdf = read_pdf(flyer_proof_pdf(sale_ctx, p2.id))
    for floor in snapshot.floors:
        banner = f"{floor.code} {floor.name_en}"
        section = set(pdf.pages_with(banner))
        items = snapshot.items_of(p2.id, floor.id)
        assert section, banner
        # A floor's pages run from its banner to the next floor's banner.
        first = min(section)
        others = [min(pdf.pages_with(f"{f.code} {f.name_en}")) for f in snapshot.floors]
        last = min([o for o in others if o > first], default=len(pdf.pages)) - 1
        floor_pages = set(range(first, last + 1))
        for item in items:
            found = set(pdf.pages_with(item.name))
            assert found, item.name
            assert found <= floor_pages, (item.name, found, floor_pages)


def test_footer_counts_items_against_quota(sale_ctx, snapshot, phase, read_pdf):
    p1 = phase(1)
    pdf = read_pdf(flyer_proof_pdf(sale_ctx, p1.id))
    progress = floor_progress(snapshot, p1)
    assert len(progress) == 3
    for fp in progress:
        line = (
            f"{fp.floor.code} {fp.floor.name_en}: {fp.items} items against a quota of "
            f"{fp.quota.min_items}–{fp.quota.max_items} (OK) · sensitive {fp.sensitive} of at "
            f"least {fp.quota.min_sensitive}"
        )
        assert pdf.has(line), line
    assert sum(fp.items for fp in progress) == len(snapshot.items_of(p1.id)) == 90


def test_short_floor_is_reported_short(sale_ctx, snapshot, phase, read_pdf):
    p1 = phase(1)
    floor = snapshot.floors[2]  # 3F: 10–20 items
    with sale_ctx.uow.transaction() as session:
        for row in session.scalars(
            select(t.FlyerItemRow).where(
                t.FlyerItemRow.phase_id == p1.id, t.FlyerItemRow.floor_id == floor.id
            )
        ).all()[3:]:
            session.delete(row)
    pdf = read_pdf(flyer_proof_pdf(sale_ctx, p1.id))
    assert pdf.has("3F Clothing: 3 items against a quota of 10–20 (short)")


def test_proof_versions_count_up_and_record_time_and_items(sale_ctx, phase, read_pdf):
    p2 = phase(2)
    first = read_pdf(flyer_proof_pdf(sale_ctx, p2.id))
    second = read_pdf(flyer_proof_pdf(sale_ctx, p2.id))
    assert first.has("PROOF v1") and not first.has("PROOF v2")
    assert second.has("PROOF v2")
    assert second.has("Proof v2 · made 2027-06-20 09:00 · 180 items")
    proofs = list_proofs(sale_ctx, p2.id)
    assert [(p.version, p.item_count) for p in proofs] == [(1, 180), (2, 180)]
    # Phase 1 has its own numbering.
    assert read_pdf(flyer_proof_pdf(sale_ctx, phase(1).id)).has("PROOF v1")
    # A preview records nothing.
    draft = read_pdf(flyer_proof_pdf(sale_ctx, p2.id, record=False))
    assert draft.has("PROOF · DRAFT")
    assert len(list_proofs(sale_ctx, p2.id)) == 2


def test_page_count_and_page_numbers(sale_ctx, snapshot, phase, read_pdf):
    p2 = phase(2)
    pdf = read_pdf(flyer_proof_pdf(sale_ctx, p2.id))
    expected = sum(ceil(len(snapshot.items_of(p2.id, f.id)) / 20) for f in snapshot.floors)
    assert len(pdf.pages) == expected == 10
    for n, page in enumerate(pdf.pages, 1):
        assert f"Page {n} of {expected}" in page


def test_chinese_proof_text_is_extractable(sale_ctx, phase, read_pdf):
    set_language("zh")
    pdf = read_pdf(flyer_proof_pdf(sale_ctx, phase(1).id))
    assert pdf.has("端午特卖 情系万家")
    assert pdf.has("DM 海报校样")
    assert pdf.has("现包鲜肉大粽")
    assert pdf.has("校样 v1")
    assert pdf.has("第 1 页 / 共")


def test_fonts_are_embedded_subsets_of_the_bundled_truetype(sale_ctx, phase, read_pdf):
    pdf = read_pdf(flyer_proof_pdf(sale_ctx, phase(2).id))
    fonts = {}
    for page in pdf.reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name  # TrueType outlines, embedded
        prefix, _, family = name.lstrip("/").partition("+")
        assert len(prefix) == 6 and prefix.isupper(), name  # a subset, as PDF names them
        assert family.startswith("WenQuanYiMicroHei"), name


def test_a_proof_that_cannot_be_made_uses_up_no_version(sale_ctx, phase, monkeypatch, read_pdf):
    from promoplanner.documents import flyer

    p2 = phase(2)
    real = flyer.flyer_proof

    def broken(data):
        raise ValueError("layout broke")

    monkeypatch.setattr(flyer, "flyer_proof", broken)
    with pytest.raises(ValueError):
        flyer_proof_pdf(sale_ctx, p2.id)
    assert list_proofs(sale_ctx, p2.id) == []
    monkeypatch.setattr(flyer, "flyer_proof", real)
    assert read_pdf(flyer_proof_pdf(sale_ctx, p2.id)).has("PROOF v1")


def test_a_version_can_be_recorded_only_while_it_is_free(sale_ctx, phase):
    p2 = phase(2)
    record_proof(sale_ctx, p2.id, 1, 180, datetime(2027, 6, 20, 9))
    with pytest.raises(DomainError) as refused:
        record_proof(sale_ctx, p2.id, 1, 180, datetime(2027, 6, 20, 9, 5))
    assert "Proof v1 of this phase was recorded by someone else" in refused.value.message()
    assert [p.version for p in list_proofs(sale_ctx, p2.id)] == [1]
