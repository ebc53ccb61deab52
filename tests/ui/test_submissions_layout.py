"""The dashboard's buyers' lists fit a laptop: every header and every cell can be read."""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import floor_code, phase_of
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from promoplanner.core import i18n
from promoplanner.services.people import person_by_user_name
from promoplanner.services.planning import set_quota
from promoplanner.services.submissions import return_submission, submit_items
from promoplanner.ui.language import install_translators

COMMENT = "请把粽子礼盒换成 500 克装，并补两个敏感商品；照片也要重拍"


@pytest.fixture(params=["en", "zh"])
def language(request, qtbot):
    app = QApplication.instance()
    install_translators(app, request.param)
    yield request.param
    install_translators(app, "en")
    i18n.set_language("en")


def _a_phase_past_its_deadline(session, clock):
    """Phase 1 with a returned list and every buyer short at the deadline: the longest texts."""
    phase = phase_of(session, 1)
    for code in ("1F", "2F", "3F"):
        session.change("planning", set_quota, phase.id, floor_code(session, code).id, 60, 80, 20)
    buyer = session.ctx.acting_as(person_by_user_name(session.ctx, "buyer-food"))
    mine = submit_items(buyer, phase.id)
    session.change("submissions", return_submission, phase.id, mine.buyer_id, COMMENT, {})
    clock.at = datetime(2027, 6, 7, 10, 0)  # the day after the buyers' deadline
    return phase


def _unreadable(table) -> list[str]:
    """Headers narrower than their text, and cells whose text does not fit their cell."""
    header = table.horizontalHeader()
    found = []
    if header.length() > table.viewport().width():
        found.append(f"columns {header.length()} px in a {table.viewport().width()} px table")
    for column in range(table.columnCount()):
        if header.sectionSize(column) < header.sectionSizeHint(column):
            found.append(f"header {table.horizontalHeaderItem(column).text()}")
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            text = table.item(row, column).text()
            room = QRect(0, 0, table.columnWidth(column) - 6, 10_000)
            needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text)
            too_wide = needed.width() > room.width()
            if too_wide or needed.height() > table.rowHeight(row):
                found.append(f"cell {row},{column}: {text}")
    return found


@pytest.mark.parametrize("size", [(1400, 900), (1366, 768)], ids=["1400x900", "1366x768"])
def test_every_header_and_cell_of_the_buyers_lists_can_be_read(
    qtbot, language, gui_session, clock, size
):
    from promoplanner.ui.app import open_window

    phase = _a_phase_past_its_deadline(gui_session, clock)
    window = open_window(gui_session)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    overview = window.show_screen("dashboard").submissions
    overview.phase_picker.choose(phase.id)
    table = overview.panel.table
    qtbot.waitUntil(lambda: table.rowCount() == 5)
    qtbot.wait(20)  # let the layout settle at the window's size
    records = [table.item(r, 4).text() for r in range(table.rowCount())]
    assert all(text and text[0].isalnum() for text in records)  # every buyer short
    assert _unreadable(table) == []
