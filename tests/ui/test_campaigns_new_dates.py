"""Campaign → New proposes dates that are not past: the next June, or the copy's next year."""

from __future__ import annotations

from datetime import datetime

import pytest

from promoplanner.core.clock import FixedClock
from promoplanner.services.campaign_copy import copy_campaign
from promoplanner.services.campaigns import find_campaign, load_snapshot
from promoplanner.ui.campaigns.new_dialog import BLANK, COPY, TEMPLATE, NewCampaignDialog


@pytest.fixture
def clock() -> FixedClock:
    """December 2026: this month's June and this year's copy would both be past."""
    return FixedClock(datetime(2026, 12, 2, 9, 0))


def chosen(dialog: NewCampaignDialog) -> tuple[int, int]:
    return dialog.year.value(), int(dialog.month.currentData())


def test_the_june_template_proposes_the_next_june_and_makes_it(qtbot, window, gui_session):
    dialog = NewCampaignDialog(gui_session, window)
    qtbot.addWidget(dialog)
    assert chosen(dialog) == (2026, 12)  # a blank campaign: this month
    dialog.choose(TEMPLATE)
    assert chosen(dialog) == (2027, 6)
    assert dialog.note.text() == ""
    dialog.name.setText("2027年6月（模板）")
    assert dialog.create(), dialog.note.text()
    made = load_snapshot(gui_session.ctx, dialog.made.campaign.id)
    assert (made.campaign.year, made.campaign.month) == (2027, 6)


def test_a_copy_proposes_the_sources_month_in_the_next_year_not_past(qtbot, window, gui_session):
    ctx = gui_session.ctx
    demo = find_campaign(ctx)  # June 2027
    older = copy_campaign(ctx, demo.id, "2030年6月", 2030).campaign
    year_ago = copy_campaign(ctx, demo.id, "2026年6月", 2026).campaign
    dialog = NewCampaignDialog(gui_session, window)
    qtbot.addWidget(dialog)
    dialog.choose(COPY)
    dialog.source.setCurrentIndex(dialog.source.findData(demo.id))
    assert chosen(dialog) == (2028, 6)
    dialog.source.setCurrentIndex(dialog.source.findData(older.id))
    assert chosen(dialog) == (2031, 6)  # the year after its own
    dialog.source.setCurrentIndex(dialog.source.findData(year_ago.id))
    assert chosen(dialog) == (2027, 6)  # not 2026's December, nor its past June
    dialog.choose(BLANK)
    assert chosen(dialog) == (2027, 6)  # going back to blank leaves what was shown
