"""After a filter change the rule marks are those of the rows shown, never older ones.

A filter change reads the rows from the database again, so they show what a colleague saved
meanwhile in their own program; the marks must be checked on that data too, and an answer
from a check begun before the change must not be painted over the fresh rows.
"""

# ruff: noqa: F811  (fixtures imported from items_fixtures are used as parameters)

from __future__ import annotations

from items_fixtures import demo_item, demo_session, screen  # noqa: F401
from PySide6.QtCore import QPoint, Qt
from test_items_findings import HeldCheck, held_screen, marked

from promoplanner.services.context import connect
from promoplanner.services.items import update_item
from promoplanner.services.people import person_by_user_name
from promoplanner.ui.items import findings
from promoplanner.ui.items.columns import COLUMN_INDEX


def _colleague_saves(session, item_id: int, changes: dict) -> None:
    """Another planner, in their own program on the same database, saves an item."""
    ctx = connect(str(session.ctx.uow.engine.url.database), clock=session.ctx.clock)
    try:
        colleague = ctx.acting_as(person_by_user_name(ctx, "planner"))
        update_item(colleague, item_id, changes)
    finally:
        ctx.uow.engine.dispose()


def _choose_floor(screen, code: str) -> None:
    """Pick a floor in the filter bar, as a person would in its list."""
    combo = screen.filters.floor
    texts = [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(next(i for i, text in enumerate(texts) if text.startswith(code)))


def _settle(qtbot, screen, check: HeldCheck) -> None:
    """Let every held check answer, those begun meanwhile too, until none is left."""

    def done() -> bool:
        for gate in check.gates:
            gate.set()
        return not screen.findings.busy()

    qtbot.waitUntil(done, timeout=5000)
    qtbot.wait(2 * findings.FindingsJob.POLL_MS)


def test_a_filter_change_marks_what_a_colleague_saved_meanwhile(qtbot, screen, demo_session):
    item = demo_item(demo_session, "新鲜鸡蛋")
    screen.filters.show_phase(item.phase_id)
    qtbot.waitUntil(lambda: not screen.findings.busy(), timeout=5000)
    assert not marked(screen, item.id)

    _colleague_saves(demo_session, item.id, {"promo_price": "2.00"})  # 80 % off: a finding
    _choose_floor(screen, "1F")  # the same phase, another filter: the rows are read again
    assert str(screen.model.item_at(screen.model.row_of(item.id)).promo_price) == "2.00"
    qtbot.waitUntil(lambda: marked(screen, item.id), timeout=5000)


def test_an_answer_begun_before_a_filter_change_is_never_painted(qtbot, demo_session, monkeypatch):
    screen, check, _first, _other = held_screen(qtbot, demo_session, monkeypatch)
    item = demo_item(demo_session, "新鲜鸡蛋")
    screen.filters.show_phase(item.phase_id)
    _settle(qtbot, screen, check)
    asked = len(check.gates)
    check.marks = [()] * asked + [(item.id,)]  # the next check finds something, later ones not
    _colleague_saves(demo_session, item.id, {"notes": "换包装"})
    screen.findings.request(screen.findings.wanted(), soon=True)  # as after an edit
    qtbot.waitUntil(lambda: len(check.gates) == asked + 1)  # under way, on the old data

    _choose_floor(screen, "1F")  # the rows are read again while that check runs
    check.release(asked)  # and then it answers, about data older than the rows
    qtbot.wait(4 * findings.FindingsJob.POLL_MS)
    assert not marked(screen, item.id)
    _settle(qtbot, screen, check)
    assert not marked(screen, item.id)  # the check begun after the change found nothing


def test_sorting_by_a_column_marks_what_a_colleague_saved_meanwhile(qtbot, screen, demo_session):
    item = demo_item(demo_session, "新鲜鸡蛋")
    screen.filters.show_phase(item.phase_id)
    qtbot.waitUntil(lambda: not screen.findings.busy(), timeout=5000)
    assert not marked(screen, item.id)

    _colleague_saves(demo_session, item.id, {"promo_price": "2.00"})
    header = screen.table.horizontalHeader()
    column = COLUMN_INDEX["promo_price"]
    at = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)  # rows read again
    assert str(screen.model.item_at(screen.model.row_of(item.id)).promo_price) == "2.00"
    qtbot.waitUntil(lambda: marked(screen, item.id), timeout=5000)
