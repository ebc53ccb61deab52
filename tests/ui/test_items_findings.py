"""The rule marks of the items grid come off the GUI thread: rows first, marks when checked."""

# ruff: noqa: F811  (fixtures imported from items_fixtures are used as parameters)

from __future__ import annotations

import threading

from items_fixtures import demo_session, phase_id  # noqa: F401
from PySide6.QtCore import Qt

from promoplanner.core.enums import Severity
from promoplanner.core.findings import Finding, Subject, SubjectKind
from promoplanner.services.items import ItemQuery, count_items, list_items
from promoplanner.ui.items import ItemsScreen, findings
from promoplanner.ui.items.columns import COLUMN_INDEX
from promoplanner.ui.items.model import FINDING


class HeldCheck:
    """A rule check that answers only when let go, adding a finding about chosen items."""

    def __init__(self, real) -> None:
        self.real = real
        self.gates: list[threading.Event] = []  # one per check started, in order
        self.marks: list[tuple[int, ...]] = []  # item ids each check adds a finding about

    def __call__(self, ctx, campaign_id):
        number = len(self.gates)
        gate = threading.Event()
        self.gates.append(gate)
        gate.wait(10)
        extra = self.marks[number] if number < len(self.marks) else ()
        found = self.real(ctx, campaign_id) or []
        return [*found, *(about(item_id) for item_id in extra)]

    def release(self, number: int) -> None:
        """Let that check answer."""
        self.gates[number].set()


def about(item_id: int) -> Finding:
    """An error finding about the item."""
    params = (("floor", "1F"), ("phase", "?"))
    return Finding(
        Severity.ERROR, "floor_without_quota", Subject(SubjectKind.ITEM, item_id), params
    )


def marked(screen: ItemsScreen, item_id: int) -> bool:
    """Whether the item's row is painted as having a finding (yellow, with a status icon)."""
    row = screen.model.row_of(item_id)
    assert row is not None
    index = screen.model.index(row, COLUMN_INDEX["status"])
    brush = screen.model.data(index, Qt.ItemDataRole.BackgroundRole)
    icon = screen.model.data(index, Qt.ItemDataRole.DecorationRole)
    return brush is not None and brush.color() == FINDING and icon is not None


def held_screen(qtbot, session, monkeypatch):
    """The items screen shown, its rule checks held; (screen, check, shown phase, other)."""
    check = HeldCheck(findings._check)
    monkeypatch.setattr(findings, "_check", check)
    screen = ItemsScreen(session)
    qtbot.addWidget(screen)
    screen.resize(1400, 900)
    screen.show()
    first = screen.filters.phase_id()
    other = next(phase_id(session, n) for n in ("1", "2") if phase_id(session, n) != first)
    return screen, check, first, other


def test_a_phase_switch_shows_its_rows_before_the_findings(qtbot, demo_session, monkeypatch):
    screen, check, first, other = held_screen(qtbot, demo_session, monkeypatch)
    item = list_items(demo_session.ctx, ItemQuery(phase_id=other))[0]
    check.marks = [(), (item.id,)]
    qtbot.waitUntil(lambda: len(check.gates) == 1)
    assert screen.model.rowCount() == count_items(demo_session.ctx, ItemQuery(phase_id=first))
    check.release(0)
    qtbot.waitUntil(lambda: not screen.findings.busy())

    screen.filters.show_phase(other)  # the check is held: the rows come without it
    assert screen.model.rowCount() == count_items(demo_session.ctx, ItemQuery(phase_id=other))
    assert screen.model.item_at(screen.model.row_of(item.id)).name == item.name
    qtbot.waitUntil(lambda: len(check.gates) == 2)
    qtbot.wait(3 * findings.FindingsJob.POLL_MS)  # the GUI thread runs on meanwhile
    assert screen.findings.running() and not marked(screen, item.id)
    check.release(1)
    qtbot.waitUntil(lambda: marked(screen, item.id), timeout=5000)


def test_a_late_answer_for_the_old_phase_is_never_painted(qtbot, demo_session, monkeypatch):
    screen, check, _first, other = held_screen(qtbot, demo_session, monkeypatch)
    stale, fresh = list_items(demo_session.ctx, ItemQuery(phase_id=other))[:2]
    check.marks = [(stale.id,), (fresh.id,)]
    qtbot.waitUntil(lambda: len(check.gates) == 1)  # checking for the first phase
    screen.filters.show_phase(other)
    check.release(0)  # the first phase's answer comes after the switch
    qtbot.waitUntil(lambda: len(check.gates) == 2)  # the new phase is checked in turn
    qtbot.wait(3 * findings.FindingsJob.POLL_MS)
    assert not marked(screen, stale.id) and not marked(screen, fresh.id)
    check.release(1)
    qtbot.waitUntil(lambda: marked(screen, fresh.id), timeout=5000)
    assert not marked(screen, stale.id)


def test_known_findings_mark_a_switch_at_once_and_the_old_answer_is_dropped(
    qtbot, demo_session, monkeypatch
):
    screen, check, _first, other = held_screen(qtbot, demo_session, monkeypatch)
    stale = list_items(demo_session.ctx, ItemQuery(phase_id=other))[0]
    check.marks = [(stale.id,)]
    qtbot.waitUntil(lambda: len(check.gates) == 1)
    demo_session.findings()  # another screen had the session check the campaign
    screen.filters.show_phase(other)  # marked from the session's findings, nothing asked
    check.release(0)
    qtbot.waitUntil(lambda: not screen.findings.busy(), timeout=5000)
    qtbot.wait(2 * findings.FindingsJob.POLL_MS)
    assert len(check.gates) == 1 and not marked(screen, stale.id)


def test_a_job_tells_only_the_answer_for_the_last_request(qtbot, demo_session, monkeypatch):
    check = HeldCheck(findings._check)
    monkeypatch.setattr(findings, "_check", check)
    job = findings.FindingsJob(demo_session)
    told: list = []
    job.found.connect(told.append)
    job.request("phase 1", soon=True)
    qtbot.waitUntil(lambda: len(check.gates) == 1)
    job.request("phase 2", soon=True)
    check.release(0)
    qtbot.waitUntil(lambda: len(check.gates) == 2)
    assert told == [] and job.wanted() == "phase 2"
    check.release(1)
    qtbot.waitUntil(lambda: not job.busy(), timeout=5000)
    assert len(told) == 1
