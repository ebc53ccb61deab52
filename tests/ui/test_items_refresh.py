"""After an edit only what it changed is read again, on screens that are shown."""

# ruff: noqa: F811  (fixtures imported from items_fixtures are used as parameters)

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import shiboken6
from items_fixtures import (  # noqa: F401
    cell,
    demo_item,
    demo_session,
    phase_id,
    screen,
    type_into_cell,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import event

from promoplanner.core.progress import floor_progress, next_deadline
from promoplanner.services import progress
from promoplanner.services.campaigns import load_snapshot
from promoplanner.services.items import get_item, update_item
from promoplanner.ui.refresh import follow_changes


class Statements:
    """The SQL the GUI thread sends while in the with block."""

    def __init__(self, engine) -> None:
        self.engine, self.sent = engine, []
        self.gui = threading.get_ident()

    def _heard(self, _conn, _cursor, statement, *_args) -> None:
        if threading.get_ident() == self.gui:
            self.sent.append(" ".join(statement.split()))

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._heard)
        return self

    def __exit__(self, *_exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._heard)


def test_a_price_edit_reads_its_row_not_the_campaign(qtbot, screen, demo_session):
    item = demo_item(demo_session, "青岛啤酒经典")
    screen.filters.show_phase(phase_id(demo_session, "2"))
    index = cell(screen, item.id, "promo_price")
    other = screen.model.item_at(0)
    with Statements(demo_session.ctx.uow.engine) as sql:
        type_into_cell(qtbot, screen.table, index, "3.50")
    assert str(get_item(demo_session.ctx, item.id).promo_price) == "3.50"
    assert cell(screen, item.id, "promo_price").data() == "3.50"
    reads = [s for s in sql.sent if s.startswith("SELECT")]
    # No read of every item of the campaign (the snapshot) and no list of the phase's ids:
    # the rule check that needs them runs in its own thread.
    assert not any("flyer_item.phase_id IN" in s for s in reads), reads
    assert not any(s.startswith("SELECT flyer_item.id FROM") for s in reads), reads
    assert len(sql.sent) < 40, sql.sent
    assert screen.model.item_at(0) is other  # the other rows were not read again


def test_the_rule_check_marks_the_row_a_moment_after_the_edit(qtbot, screen, demo_session):
    item = demo_item(demo_session, "新鲜鸡蛋")
    screen.filters.show_phase(item.phase_id)
    index = cell(screen, item.id, "status")
    assert index.data(Qt.ItemDataRole.DecorationRole) is None
    type_into_cell(qtbot, screen.table, cell(screen, item.id, "promo_price"), "2.00")
    qtbot.waitUntil(lambda: index.data(Qt.ItemDataRole.DecorationRole) is not None)
    assert "off, deeper than" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_counters_follow_an_edit_at_once(qtbot, screen, demo_session):
    item = demo_item(demo_session, "散装红心咸鸭蛋")
    screen.filters.show_phase(item.phase_id)

    def sensitive_1f() -> str:
        return next(t for t in screen.filters.counters.chip_texts() if "1F" in t)

    before = sensitive_1f()
    screen.table.setFocus()
    screen.table.setCurrentIndex(cell(screen, item.id, "sensitive"))
    qtbot.keyClick(screen.table, Qt.Key.Key_Space)
    assert get_item(demo_session.ctx, item.id).sensitive
    assert sensitive_1f() != before


def test_a_hidden_screen_catches_up_when_shown_once_per_kind(qtbot, demo_session):
    shown, hidden = QWidget(), QWidget()
    for widget in (shown, hidden):
        qtbot.addWidget(widget)
    heard: dict[str, list[str]] = {"shown": [], "hidden": []}
    follow_changes(demo_session, shown, heard["shown"].append)
    follow_changes(demo_session, hidden, heard["hidden"].append)
    shown.show()
    item = demo_item(demo_session, "新鲜鸡蛋")
    for price in ("5.50", "5.40", "5.30"):
        demo_session.change("items", update_item, item.id, {"promo_price": price})
    assert heard == {"shown": ["items"] * 3, "hidden": []}
    hidden.show()
    assert heard["hidden"] == ["items"]
    hidden.hide()
    demo_session.data_changed.emit("planning")
    hidden.show()
    assert heard["hidden"] == ["items", "planning"]


def test_the_session_tells_what_a_change_touched(demo_session):
    from promoplanner.core.changes import ChangeKind

    item = demo_item(demo_session, "新鲜鸡蛋")
    told = []
    demo_session.data_changed.connect(lambda _k: told.append(demo_session.current_changes()))
    demo_session.change("items", update_item, item.id, {"promo_price": "5.50"})
    assert told[0].ids == {ChangeKind.ITEMS: frozenset({item.id})}
    assert told[0].phase_ids == {item.phase_id}
    demo_session.data_changed.emit("items")  # said by a screen without the services' word
    assert told[1] is None and demo_session.current_changes() is None


def test_counts_and_next_deadline_agree_with_the_snapshot(demo_session, clock):
    snap = load_snapshot(demo_session.ctx, demo_session.campaign_id)
    for phase in snap.phases:
        counted = progress.phase_counters(demo_session.ctx, phase.id)
        assert list(counted.floors) == floor_progress(snap, phase)
        assert [d.id for d in counted.deadlines] == sorted(
            (d.id for d in snap.deadlines if d.phase_id == phase.id),
            key=lambda i: next(d.due for d in snap.deadlines if d.id == i),
        )
    start = min(d.due for d in snap.deadlines) - timedelta(days=3)
    for hours in range(0, 24 * 60, 7):
        now = start + timedelta(hours=hours)
        assert progress.next_deadline(demo_session.ctx, snap.campaign.id, now) == next_deadline(
            snap, now
        )
    assert progress.next_deadline(demo_session.ctx, snap.campaign.id, datetime(2099, 1, 1)) is None


def test_a_rule_check_ending_after_its_screen_is_gone_touches_nothing(
    qtbot, demo_session, monkeypatch
):
    from promoplanner.ui.items import findings

    release = threading.Event()
    real_check = findings._check

    def slow_check(ctx, campaign_id):
        release.wait(10)  # still checking while the screen goes away
        return real_check(ctx, campaign_id)

    monkeypatch.setattr(findings, "_check", slow_check)
    owner = QWidget()
    job = findings.FindingsJob(demo_session, owner)
    heard: list = []
    job.found.connect(heard.append)
    job._start()
    worker = job._job
    assert worker is not None and worker.is_alive()
    owner.deleteLater()  # the screen (and the job with it) is deleted mid-check
    qtbot.waitUntil(lambda: not shiboken6.isValid(job), timeout=2000)
    release.set()
    worker.join(10)
    qtbot.wait(2 * findings.FindingsJob.POLL_MS)  # the program runs on; nobody is told
    assert not worker.is_alive() and heard == []


def test_findings_come_back_to_the_gui_thread(qtbot, demo_session):
    from promoplanner.ui.items import findings

    job = findings.FindingsJob(demo_session)
    threads: list[int] = []
    job.found.connect(lambda _found: threads.append(threading.get_ident()))
    with qtbot.waitSignal(job.found, timeout=10000):
        job.request()
    assert threads == [threading.get_ident()] and not job.busy()
