"""A new store from an empty folder, in the GUI: File → New database, the first-run
assistant, the Store screen, Campaign → New three ways, phases, quotas and deadlines."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QWizard

from promoplanner.core.rules import check_campaign
from promoplanner.services.campaigns import find_campaign, list_campaigns, load_snapshot
from promoplanner.services.context import connect
from promoplanner.services.reports import status_json
from promoplanner.services.store import store_layout
from promoplanner.services.store_setup import store_info
from promoplanner.ui.app import WindowKeeper, open_window
from promoplanner.ui.campaigns.new_dialog import COPY, TEMPLATE, NewCampaignDialog
from promoplanner.ui.firstrun.assistant import (
    StoreAssistant,
    add_row,
    needs_first_run,
    offer_first_run,
)
from promoplanner.ui.session import AppSession


def type_in(qtbot, widget, text: str) -> None:
    """Type into a field; Chinese arrives whole, as an input method commits it."""
    widget.setFocus()
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def set_cell(table, row: int, col: int, text: str) -> None:
    table.item(row, col).setText(text)


@pytest.fixture
def keeper(qtbot, tmp_path, clock):
    """The program open on an empty database in an empty folder (no store, nobody)."""
    ctx = connect(str(tmp_path / "first.sqlite"), clock=clock)
    window = open_window(AppSession(ctx))  # freed by the keeper when another replaces it
    window.show()
    keeper = WindowKeeper(window, clock)
    yield keeper
    keeper.window.close()
    keeper.window.session.ctx.uow.engine.dispose()


def run_assistant(qtbot, assistant: StoreAssistant) -> None:
    """Answer every page of the assistant as a new store's planner would."""
    type_in(qtbot, assistant.store_name, "新华百货超市")
    type_in(qtbot, assistant.city, "银川")
    assistant.next()
    type_in(qtbot, assistant.user_name, "zhou")
    type_in(qtbot, assistant.display_name, "周敏")
    type_in(qtbot, assistant.password, "secret-1")
    type_in(qtbot, assistant.again, "secret-2")
    assistant.next()
    assert "differ" in assistant.planner_error.text()  # stays on the page
    type_in(qtbot, assistant.again, "secret-1")
    assistant.next()
    floors = assistant.floors
    assert floors.rowCount() == 3  # the suggestion: 1F 食品, 2F 百货, 3F 服装
    set_cell(floors, 0, 4, "生鲜、粮油、休闲食品、酒水")
    set_cell(floors, 1, 4, "洗化，家居")
    set_cell(floors, 2, 4, "男装 女装")
    assistant.next()
    row = add_row(assistant.buyers, ("王建国", "1F"))
    add_row(assistant.buyers, ("张伟", "2F 3F", "2F/洗化"))
    assert row == 0
    assistant.next()
    assert "3 floors, 8 departments, 2 buyers" in assistant.summary.text()


def test_a_new_store_from_an_empty_folder_in_the_gui(qtbot, keeper, tmp_path, monkeypatch):
    window = keeper.window

    class SaveDialog:  # File → New database: the planner names a new file
        @staticmethod
        def getSaveFileName(*_args, **_kwargs):
            return str(tmp_path / "xinhua"), ""

    window.file_dialog = SaveDialog
    opened = []
    monkeypatch.setattr(
        "promoplanner.ui.app.offer_first_run", lambda w: opened.append(offer_first_run(w))
    )
    window.actions_by_name["new_database"].trigger()
    window = keeper.window
    assert window.session.ctx.database.label.endswith("xinhua.sqlite")
    (assistant,) = opened
    assert isinstance(assistant, QWizard) and assistant.isVisible()
    run_assistant(qtbot, assistant)
    made = []

    class FirstCampaign(NewCampaignDialog):  # opened by "Make the first campaign now"
        def exec(self):
            made.append(self)
            return 0

    window.new_campaign_dialog = FirstCampaign
    assistant.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not assistant.isVisible())
    ctx = window.session.ctx
    assert store_info(ctx).name == "新华百货超市"
    assert ctx.actor is not None and ctx.actor.user_name == "zhou"  # acting as the new planner
    layout = store_layout(ctx)
    assert [f.code for f in layout.floors] == ["1F", "2F", "3F"] and len(layout.departments) == 8
    assert made and not needs_first_run(ctx)

    # The Store screen: a fourth floor, a floor code used twice refused in words.
    store = window.show_screen("store")
    type_in(qtbot, store.floor_code, "4F")
    type_in(qtbot, store.floor_name, "家电")
    store.add_floor()
    type_in(qtbot, store.floor_code, "1f")
    store.add_floor()
    assert "1F" in store.status.text() and store.floor_section.errors.marked() == ["code"]
    assert [f.code for f in store_layout(ctx).floors] == ["1F", "2F", "3F", "4F"]
    store.floor_section.choose(store_layout(ctx).floor_by_code("4F").id)
    store.remove_floor()
    assert "deleted" in store.status.text()

    # Campaign → New, blank: the Mid-Autumn campaign.
    dialog = NewCampaignDialog(window.session, window)
    qtbot.addWidget(dialog)
    type_in(qtbot, dialog.name, "2026年中秋")
    dialog.year.setValue(2026)
    dialog.month.setCurrentIndex(8)
    type_in(qtbot, dialog.target, "120")
    assert dialog.create()
    mid_autumn = dialog.made.campaign
    assert window.session.campaign_id == mid_autumn.id
    assert window.campaign_picker.currentData() == mid_autumn.id
    planning = window.show_screen("planning")

    class PhaseDialog:
        def __init__(self, session, campaign_id, parent, *, values):
            from promoplanner.ui.campaigns.phase_dialog import AddPhaseDialog

            self.real = AddPhaseDialog(session, campaign_id, parent)
            self.values = values

        def exec(self):
            name, start, end, target, copies = self.values
            type_in(qtbot, self.real.name, name)
            self.real.start.setDate(QDate.fromString(start, "yyyy-MM-dd"))
            self.real.end.setDate(QDate.fromString(end, "yyyy-MM-dd"))
            type_in(qtbot, self.real.flyer_target, target)
            type_in(qtbot, self.real.print_run, copies)
            return self.real.save()

        @property
        def added(self):
            return self.real.added

    for values in (
        ("中秋特卖", "2026-09-18", "2026-09-25", "80", "3000"),
        ("中秋后", "2026-09-25", "2026-09-30", "40", "2000"),
    ):
        planning.phase_actions.add_dialog = lambda s, c, p, v=values: PhaseDialog(s, c, p, values=v)
        assert planning.phase_actions.add_phase() is not None
    assert "shares days" in planning.phase_note.text()  # allowed, but warned
    snap = load_snapshot(ctx, mid_autumn.id)
    assert [(p.number, p.start) for p in snap.phases] == [
        (1, date(2026, 9, 18)),
        (2, date(2026, 9, 25)),
    ]
    from promoplanner.services.planning import set_deadline, set_quota

    dues = {1: datetime(2026, 9, 10, 12), 2: datetime(2026, 9, 18, 8)}
    for phase in snap.phases:  # quotas and deadlines through the session, as the screen does
        window.session.change("planning", set_quota, phase.id, layout.floors[0].id, 30, 40, 5)
        window.session.change("planning", set_deadline, phase.id, dues[phase.number], "明细", "50")
    snap = load_snapshot(ctx, mid_autumn.id)
    assert len(snap.quotas) == 2 and len(snap.deadlines) == 2
    data = status_json(ctx, snap)
    assert [p["floors"][0]["min_items"] for p in data["phases"]] == [30, 30]
    assert {f.code for f in check_campaign(snap, datetime(2026, 8, 1))} >= {"phases_overlap"}

    # Removing a phase asks first.
    planning.phase_picker.choose(snap.phases[1].id)
    planning.phase_actions.question = lambda *_a: QMessageBox.StandardButton.No
    assert not planning.phase_actions.remove()
    planning.phase_actions.question = lambda *_a: QMessageBox.StandardButton.Yes
    qtbot.wait(10)  # the screen refreshes after the changes
    planning.phase_picker.choose(snap.phases[1].id)
    assert planning.phase_actions.remove(), planning.phase_note.text()
    assert len(load_snapshot(ctx, mid_autumn.id).phases) == 1

    # The June template for 2026, then next year's June copied from it.
    dialog = NewCampaignDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.choose(TEMPLATE)
    type_in(qtbot, dialog.name, "2026年6月")
    dialog.year.setValue(2026)
    dialog.month.setCurrentIndex(5)
    assert dialog.phases.rowCount() == 2 and dialog.note.text() == ""
    assert dialog.create()
    june = dialog.made.campaign
    dialog = NewCampaignDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.choose(COPY)
    dialog.source.setCurrentIndex(dialog.source.findData(june.id))
    type_in(qtbot, dialog.name, "2027年6月")
    dialog.year.setValue(2027)
    dialog.month.setCurrentIndex(5)
    starts = [dialog.phases.cellWidget(r, 2).date().toString("yyyy-MM-dd") for r in range(2)]
    assert starts == ["2027-06-09", "2027-06-19"]
    assert dialog.create()
    copied = load_snapshot(ctx, dialog.made.campaign.id)
    assert [(p.start, p.end) for p in copied.phases] == [
        (date(2027, 6, 9), date(2027, 6, 10)),
        (date(2027, 6, 19), date(2027, 6, 28)),
    ]
    assert window.campaign_picker.count() == 3
    assert window.campaign_picker.currentData() == copied.campaign.id
    dashboard = window.show_screen("dashboard")
    assert "2027年6月" in dashboard.title.text()
    # Choosing another campaign in the tool bar shows it on every screen.
    window.campaign_picker.setCurrentIndex(window.campaign_picker.findData(mid_autumn.id))
    assert "2026年中秋" in dashboard.title.text()
    assert list_campaigns(ctx)[0].name == "2027年6月"


def test_a_copy_to_2028_is_marked_until_the_planner_moves_the_phase(qtbot, window, gui_session):
    from promoplanner.services.campaign_copy import copy_campaign

    ctx = gui_session.ctx
    demo = find_campaign(ctx)  # the 2027 demo
    source = copy_campaign(ctx, demo.id, "2026年6月", 2026).campaign
    dialog = NewCampaignDialog(gui_session, window)
    qtbot.addWidget(dialog)
    dialog.choose(COPY)
    dialog.source.setCurrentIndex(dialog.source.findData(source.id))
    type_in(qtbot, dialog.name, "2028年6月")
    dialog.year.setValue(2028)
    dialog.month.setCurrentIndex(5)
    assert "Dragon Boat" in dialog.note.text() and "2028-05-28" in dialog.note.text()
    assert not dialog.create()
    assert "2028-05-28" in dialog.note.text()
    assert len(list_campaigns(ctx)) == 2
    dialog.phases.cellWidget(0, 2).setDate(QDate(2028, 6, 1))
    assert dialog.note.text() == ""
    assert dialog.create()
    first = load_snapshot(ctx, dialog.made.campaign.id).phases[0]
    assert (first.start, first.end) == (date(2028, 6, 1), date(2028, 6, 2))


def test_a_campaign_name_used_twice_is_refused_beside_the_name(qtbot, window, gui_session):
    dialog = NewCampaignDialog(gui_session, window)
    qtbot.addWidget(dialog)
    type_in(qtbot, dialog.name, find_campaign(gui_session.ctx).name)
    dialog.year.setValue(2027)
    assert not dialog.create()
    assert dialog.errors.marked() == ["name"]
    assert len(list_campaigns(gui_session.ctx)) == 1


def test_a_demo_database_never_asks_for_the_assistant(window):
    assert not needs_first_run(window.session.ctx)
    assert offer_first_run(window) is None


def test_new_database_never_replaces_a_file(qtbot, window, tmp_path):
    existing = tmp_path / "old.sqlite"
    existing.write_bytes(b"something")

    class SaveDialog:
        @staticmethod
        def getSaveFileName(*_args, **_kwargs):
            return str(existing), ""

    asked = []
    window.database_create_requested.connect(asked.append)
    window.file_dialog = SaveDialog
    window.actions_by_name["new_database"].trigger()
    assert asked == [] and existing.read_bytes() == b"something"
    assert "exists already" in window.statusBar().currentMessage()
