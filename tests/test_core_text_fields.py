"""Text that prints on one line refuses line breaks and control characters, naming the field.

Notes and descriptions are paragraphs: they may hold line breaks, but no other control
characters either.
"""

from __future__ import annotations

import pytest

from promoplanner.cli import main
from promoplanner.core.errors import DomainError
from promoplanner.core.fields import parse_item_field
from promoplanner.core.i18n import Language
from promoplanner.core.validation import clean_text
from promoplanner.services.campaigns import find_campaign, load_snapshot, update_campaign
from promoplanner.services.contest import register_entrant
from promoplanner.services.items import update_item


@pytest.mark.parametrize(
    "value",
    ["冰镇\n啤酒", "冰镇\r啤酒", "冰镇\t啤酒", "冰镇\x07啤酒", "冰镇\u2028啤酒", "冰镇\x85啤酒"],
)
def test_one_line_fields_refuse_breaks_and_control_characters(value):
    with pytest.raises(DomainError) as refused:
        clean_text(value, "name")
    assert refused.value.field == "name"
    assert "name" in refused.value.message(Language.EN)
    assert "名称" in refused.value.message(Language.ZH)


def test_outer_spaces_and_a_trailing_line_break_are_only_trimmed():
    assert clean_text("  青岛啤酒 500ml\n", "name") == "青岛啤酒 500ml"


def test_notes_keep_line_breaks_but_refuse_other_control_characters():
    assert clean_text("第一行\r\n第二行\n", "notes", multiline=True) == "第一行\n第二行"
    with pytest.raises(DomainError) as refused:
        clean_text("第一行\n\x1b[31m第二行", "notes", multiline=True)
    assert refused.value.field == "notes"
    assert "备注" in refused.value.message(Language.ZH)


@pytest.mark.parametrize(("field", "label"), [("spec", "spec"), ("unit", "unit of sale")])
def test_item_fields_name_the_field(field, label):
    with pytest.raises(DomainError) as refused:
        parse_item_field(field, "500ml\n×12")
    assert refused.value.field == field and label in refused.value.message(Language.EN)
    assert parse_item_field("notes", "到货后\n放端架") == "到货后\n放端架"


def test_a_name_with_a_line_break_is_refused_and_check_keeps_its_lines(demo_ctx, capsys):
    snap = load_snapshot(demo_ctx, find_campaign(demo_ctx).id)
    item = snap.items[0]
    with pytest.raises(DomainError):
        update_item(demo_ctx, item.id, {"name": "粽子\nERROR fake-finding"})
    after = load_snapshot(demo_ctx, snap.campaign.id)
    assert next(i for i in after.items if i.id == item.id).name == item.name  # unchanged
    with pytest.raises(DomainError):
        register_entrant(demo_ctx, snap.contests[0].id, "张三\n李四", "13800000000")
    campaign = update_campaign(demo_ctx, snap.campaign.id, {"notes": "第一条\n第二条"})
    assert campaign.notes == "第一条\n第二条"
    db = demo_ctx.database.url.removeprefix("sqlite:///")
    main(["--db", db, "--now", "2027-05-20 09:00", "check"])
    out = capsys.readouterr().out
    assert out.splitlines() == [f"{snap.campaign.name}: every rule is met."]
