"""Every document carries its own font: subsets of the bundled TrueType, nothing else."""

from __future__ import annotations

import pytest

from promoplanner.documents.fonts import font_path, register_fonts
from promoplanner.printing import (
    bracket_pdf,
    calendar_pdf,
    checklist_pdf,
    display_check_pack_pdf,
    display_check_pdf,
    flyer_proof_pdf,
)

MAKERS = {
    "flyer": lambda ctx: flyer_proof_pdf(ctx, 2),
    "checklist": lambda ctx: checklist_pdf(ctx, 1),
    "display-check": lambda ctx: display_check_pdf(ctx, "2027-06-20"),
    "pack": lambda ctx: display_check_pack_pdf(ctx, 1),
    "bracket": lambda ctx: bracket_pdf(ctx),
    "calendar": lambda ctx: calendar_pdf(ctx),
}


def _fonts(resources, found: dict) -> None:
    for ref in resources.get("/Font", {}).values():
        font = ref.get_object()
        found[font["/BaseFont"]] = font
    for ref in resources.get("/XObject", {}).values():
        xobject = ref.get_object()
        if "/Resources" in xobject:  # barcodes are drawn once as forms
            _fonts(xobject["/Resources"], found)


@pytest.mark.parametrize("kind", MAKERS)
def test_only_embedded_subsets_of_the_bundled_font(sale_ctx, read_pdf, kind):
    pdf = read_pdf(MAKERS[kind](sale_ctx))
    found: dict = {}
    for page in pdf.reader.pages:
        _fonts(page["/Resources"], found)
    assert found
    for name, font in found.items():
        prefix, _, family = name.lstrip("/").partition("+")
        assert len(prefix) == 6 and prefix.isupper(), name  # a subset, as PDF names them
        assert family.startswith("WenQuanYiMicroHei"), name
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name  # TrueType, embedded


def test_the_font_ships_with_its_licence():
    assert font_path().is_file()
    licence = font_path().with_name("wqy-microhei-LICENSE.txt").read_text("utf-8")
    assert "Apache License" in licence and "WenQuanYi" in licence
    assert register_fonts() == register_fonts()  # registered once, then cached
