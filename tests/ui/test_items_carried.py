"""Items carried over to a new year's campaign show as a draft until their buyer confirms them."""

# ruff: noqa: F811  (fixtures imported from items_fixtures are used as parameters)

from __future__ import annotations

from items_fixtures import demo_session  # noqa: F401
from PySide6.QtCore import Qt
from signed_in import sign_in

from promoplanner.services.campaign_copy import copy_campaign
from promoplanner.services.campaigns import find_campaign
from promoplanner.services.carried import carried_items
from promoplanner.ui.items import ItemsScreen

FONT = Qt.ItemDataRole.FontRole


def test_a_buyer_confirms_carried_items_from_the_grid(qtbot, demo_session):
    demo = find_campaign(demo_session.ctx)
    made = copy_campaign(demo_session.ctx, demo.id, "2029年6月", 2029, carry_items=True)
    demo_session.set_campaign(made.campaign.id)
    sign_in(demo_session, "buyer-food")
    screen = ItemsScreen(demo_session)
    qtbot.addWidget(screen)
    screen.resize(1400, 900)
    screen.show()
    qtbot.waitExposed(screen)
    phase = next(p for p in demo_session.snapshot().phases if p.number == 1)
    screen.filters.show_phase(phase.id)
    model = screen.model
    carried = carried_items(demo_session.ctx, phase.id)
    assert carried and model.carried == carried
    own = next(
        r for r in range(model.rowCount())
        if (i := model.item_at(r)) is not None and i.buyer_id == demo_session.person.buyer_id
    )  # fmt: skip
    item = model.item_at(own)
    index = model.index(own, 1)
    assert model.data(index, FONT).italic()
    assert "confirm" in model.data(index, Qt.ItemDataRole.ToolTipRole).lower()
    screen.table.selectRow(own)
    screen.confirm_carried()
    assert item.id not in carried_items(demo_session.ctx, phase.id)
    assert len(carried_items(demo_session.ctx, phase.id)) == len(carried) - 1
    assert model.data(model.index(model.row_of(item.id), 1), FONT) is None
    said = screen.strip.text()
    assert said.startswith("1 carried item") and "confirmed" in said
