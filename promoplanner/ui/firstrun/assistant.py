"""The first-run assistant: the store's name and city, its first planner, floors with their
departments and golden positions, and its buyers, set up in one go (services/store_setup)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from promoplanner.core.errors import PromoError
from promoplanner.services.campaigns import list_campaigns
from promoplanner.services.context import Context
from promoplanner.services.people import has_people
from promoplanner.services.store_setup import (
    BuyerPlan,
    FloorPlan,
    NewPlanner,
    SetupDone,
    StoreSetup,
    set_up_store,
    store_info,
)
from promoplanner.services.store_setup_checks import (
    SetupProblem,
    buyer_problems,
    floor_problems,
    planner_problems,
    store_problems,
)
from promoplanner.ui.session import AppSession
from promoplanner.ui.widgets.field_error import ERROR_STYLE

if TYPE_CHECKING:
    from promoplanner.ui.main_window import MainWindow

# What the table shows a new store to start from (the source plan's store).
SUGGESTED_FLOORS = (
    ("1F", "食品", "12", "14", "生鲜、粮油副食、休闲食品、酒水饮料"),
    ("2F", "百货", "10", "12", "洗化、家居日用、小家电、季节用品"),
    ("3F", "服装", "6", "4", "男装、女装、童装、鞋袜"),
)
FLOOR_FIELDS = ("code", "name", "end_racks", "pile_spots", "departments")  # the table's columns
BUYER_FIELDS = ("name", "floors", "departments")
BAD_CELL = "#ffd6d6"
SEPARATORS = re.compile(r"[、,，;；\s]+")


def words(value: str) -> list[str]:
    """The names in a cell: 生鲜、粮油 or 1F 2F (any comma, 、 or space between)."""
    return [w for w in SEPARATORS.split(value.strip()) if w]


def needs_first_run(ctx: Context) -> bool:
    """Whether the database asks for the assistant: nobody can sign in, or no store and no
    campaign yet (a demo database has both campaign and people: it never asks)."""
    if not has_people(ctx):
        return True
    return store_info(ctx) is None and not list_campaigns(ctx)


def offer_first_run(window: MainWindow) -> StoreAssistant | None:
    """Open the assistant over the window when its database is new (not blocking)."""
    if not needs_first_run(window.session.ctx):
        return None
    open_already = getattr(window, "first_run_assistant", None)
    if open_already is not None and open_already.isVisible():
        open_already.raise_()  # the banner or the menu asked again
        return open_already
    assistant = StoreAssistant(window.session, window)
    assistant.finished.connect(lambda _result: assistant.apply_to(window))
    assistant.finished.connect(lambda _result: window.update_set_up())  # cancelled: the banner
    window.first_run_assistant = assistant
    assistant.open()
    return assistant


def _table(headers: list[str], rows, name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    for values in rows:
        add_row(table, values)
    return table


def add_row(table: QTableWidget, values=()) -> int:
    """Append a row with those cell texts; its number."""
    row = table.rowCount()
    table.insertRow(row)
    for col in range(table.columnCount()):
        table.setItem(row, col, QTableWidgetItem(values[col] if col < len(values) else ""))
    return row


def cell(table: QTableWidget, row: int, col: int) -> str:
    """A cell's text (empty when none)."""
    item = table.item(row, col)
    return item.text().strip() if item is not None else ""


def start_new_row(table: QTableWidget) -> int:
    """Add a row and put the cursor in its first cell, editing (so typing goes in at once)."""
    row = add_row(table)
    table.setFocus()
    table.setCurrentCell(row, 0)
    table.editItem(table.item(row, 0))
    return row


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _buttons(table: QTableWidget, add_text: str, remove_text: str) -> QHBoxLayout:
    add, remove = QPushButton(add_text), QPushButton(remove_text)
    add.setObjectName(f"{table.objectName()}_add")
    add.clicked.connect(lambda: start_new_row(table))
    remove.clicked.connect(lambda: table.removeRow(table.currentRow()))
    line = QHBoxLayout()
    line.addWidget(add)
    line.addWidget(remove)
    line.addStretch(1)
    return line


class _Page(QWizardPage):
    """A page that asks its assistant before going on (Qt calls these virtuals)."""

    def __init__(self) -> None:
        super().__init__()
        self.check = lambda: True
        self.prepare = lambda: None

    def validatePage(self) -> bool:
        return bool(self.check())

    def initializePage(self) -> None:
        self.prepare()


class StoreAssistant(QWizard):
    """Five pages; nothing is written until Finish, then everything at once."""

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.done_setup: SetupDone | None = None
        self.setWindowTitle(self.tr("Set up your store"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setMinimumSize(720, 520)
        self.first_planner = not has_people(session.ctx)
        self._store_page()
        if self.first_planner:
            self._planner_page()
        self._floors_page()
        self._buyers_page()
        self._finish_page()

    # --- pages -------------------------------------------------------------------------
    def _page(self, title: str, subtitle: str) -> tuple[_Page, QVBoxLayout]:
        page = _Page()
        page.setTitle(title)
        page.setSubTitle(subtitle)
        column = QVBoxLayout(page)
        self.addPage(page)
        return page, column

    def _store_page(self) -> None:
        page, column = self._page(
            self.tr("Your store"),
            self.tr(
                "Welcome. A few questions set promoplanner up for your store; everything "
                "can be changed later on the Store screen."
            ),
        )
        form = QFormLayout()
        self.store_name = QLineEdit()
        self.store_name.setObjectName("store_name")
        self.store_name.setPlaceholderText(self.tr("e.g. 新华百货超市"))
        self.city = QLineEdit()
        self.city.setObjectName("store_city")
        form.addRow(self.tr("Store name:"), self.store_name)
        form.addRow(self.tr("City:"), self.city)
        self.store_error = _error_label("store_error")
        column.addLayout(form)
        column.addWidget(self.store_error)
        page.registerField("store_name*", self.store_name)
        page.check = self._store_ok

    def _planner_page(self) -> None:
        page, column = self._page(
            self.tr("The first planner"),
            self.tr(
                "The planning department signs in with this account and gives the others theirs."
            ),
        )
        form = QFormLayout()
        self.user_name = QLineEdit()
        self.user_name.setObjectName("planner_user")
        self.user_name.setPlaceholderText(self.tr("letters and digits, e.g. zhoumin"))
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name:"), self.user_name)
        form.addRow(self.tr("Name shown:"), self.display_name)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("The same password again:"), self.again)
        self.planner_error = _error_label("planner_error")
        column.addLayout(form)
        column.addWidget(self.planner_error)
        page.registerField("user_name*", self.user_name)
        page.registerField("password*", self.password)
        page.check = self._planner_ok

    def _store_ok(self) -> bool:
        labels = {"name": self.tr("Store name"), "city": self.tr("City")}
        problems = store_problems(self.store_name.text(), self.city.text())
        return self._say(self.store_error, [self._form_line(labels, p) for p in problems])

    def _planner_ok(self) -> bool:
        labels = {
            "user_name": self.tr("User name"),
            "display_name": self.tr("Name shown"),
            "password": self.tr("Password"),
        }
        problems = planner_problems(
            self.user_name.text(), self.password.text(), self.display_name.text()
        )
        lines = [self._form_line(labels, p) for p in problems]
        if self.password.text() != self.again.text():
            lines.append(self.tr("The two passwords differ."))
        return self._say(self.planner_error, lines)

    def _form_line(self, labels: dict[str, str], problem: SetupProblem) -> str:
        label = labels.get(problem.field, problem.field)
        return self.tr("%1: %2").replace("%1", label).replace("%2", problem.error.message())

    @staticmethod
    def _say(label: QLabel, lines: list[str]) -> bool:
        """Show every problem of the page at once; the page may be left only without any."""
        label.setText("\n".join(lines))
        return not lines

    def _table_lines(
        self, table: QTableWidget, rows: list[int], fields: tuple[str, ...], problems
    ) -> list[str]:
        """Each problem naming its row (and that row's first cell) and its column; the cells
        are marked and the cursor goes to the first."""
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                if item is not None:
                    item.setBackground(QBrush())
        lines = []
        for problem in problems:
            row = rows[problem.row]
            col = fields.index(problem.field) if problem.field in fields else 0
            table.item(row, col).setBackground(QColor(BAD_CELL))
            header = table.horizontalHeaderItem(col).text()
            first = cell(table, row, 0)
            where = (
                self.tr("Row %1 (%2)").replace("%1", str(row + 1)).replace("%2", first)
                if first
                else self.tr("Row %1").replace("%1", str(row + 1))
            )
            lines.append(
                self.tr("%1, %2: %3")
                .replace("%1", where)
                .replace("%2", header)
                .replace("%3", problem.error.message())
            )
        if problems:
            first_problem = problems[0]
            col = fields.index(first_problem.field) if first_problem.field in fields else 0
            table.setCurrentCell(rows[first_problem.row], col)
            table.setFocus()
        return lines

    def _floors_ok(self) -> bool:
        rows = self._used_rows(self.floors)
        values = [
            (
                cell(self.floors, r, 0),
                cell(self.floors, r, 1),
                cell(self.floors, r, 2),
                cell(self.floors, r, 3),
                words(cell(self.floors, r, 4)),
            )
            for r in rows
        ]
        problems = floor_problems(values)
        lines = self._table_lines(self.floors, rows, FLOOR_FIELDS, problems)
        return self._say(self.floors_error, lines)

    def _buyers_ok(self) -> bool:
        floors = [(f.code, f.departments) for f in self.setup().floors]
        rows = self._used_rows(self.buyers)
        values = [
            (
                cell(self.buyers, r, 0),
                words(cell(self.buyers, r, 1)),
                [tuple(w.split("/", 1)) for w in words(cell(self.buyers, r, 2)) if "/" in w],
            )
            for r in rows
        ]
        problems = buyer_problems(floors, values)  # type: ignore[arg-type]
        lines = self._table_lines(self.buyers, rows, BUYER_FIELDS, problems)
        return self._say(self.buyers_error, lines)

    @staticmethod
    def _used_rows(table: QTableWidget) -> list[int]:
        return [
            r
            for r in range(table.rowCount())
            if any(cell(table, r, c) for c in range(table.columnCount()))
        ]

    def _floors_page(self) -> None:
        page, column = self._page(
            self.tr("Floors and departments"),
            self.tr(
                "Each floor's code, name, golden positions (end racks, pile spots) and "
                "departments, split by 、 or commas."
            ),
        )
        self.floors = _table(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("End racks"),
                self.tr("Pile spots"),
                self.tr("Departments"),
            ],
            SUGGESTED_FLOORS,
            "assistant_floors",
        )
        self.floors_error = _error_label("floors_error")
        column.addWidget(self.floors)
        column.addLayout(_buttons(self.floors, self.tr("Add floor"), self.tr("Remove floor")))
        column.addWidget(self.floors_error)
        page.check = self._floors_ok

    def _buyers_page(self) -> None:
        page, column = self._page(
            self.tr("Buyers"),
            self.tr(
                "Who buys for which floors (codes, e.g. 1F 2F) or departments (e.g. "
                "1F/生鲜). A planner gives each buyer an account later."
            ),
        )
        self.buyers = _table(
            [self.tr("Name"), self.tr("Floors"), self.tr("Departments")], (), "assistant_buyers"
        )
        self.buyers_error = _error_label("buyers_error")
        column.addWidget(self.buyers)
        column.addLayout(_buttons(self.buyers, self.tr("Add buyer"), self.tr("Remove buyer")))
        column.addWidget(self.buyers_error)
        page.check = self._buyers_ok

    def _finish_page(self) -> None:
        page, column = self._page(
            self.tr("Ready"),
            self.tr("Finish sets the store up. Nothing is written before."),
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.campaign_next = QCheckBox(self.tr("Make the first campaign now"))
        self.campaign_next.setObjectName("campaign_next")
        self.campaign_next.setChecked(True)
        self.error = QLabel()
        self.error.setObjectName("assistant_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.summary)
        column.addWidget(self.campaign_next)
        column.addStretch(1)
        column.addWidget(self.error)
        page.prepare = self._summarise
        page.check = self.finish

    # --- what the answers make -----------------------------------------------------------
    def setup(self) -> StoreSetup:
        """The answers as the service takes them."""
        floors = tuple(
            FloorPlan(
                cell(self.floors, r, 0),
                cell(self.floors, r, 1),
                "",
                cell(self.floors, r, 2) or "0",
                cell(self.floors, r, 3) or "0",
                tuple(words(cell(self.floors, r, 4))),
            )
            for r in range(self.floors.rowCount())
            if any(cell(self.floors, r, c) for c in range(5))
        )
        buyers = []
        for r in range(self.buyers.rowCount()):
            name = cell(self.buyers, r, 0)
            if not (name or cell(self.buyers, r, 1) or cell(self.buyers, r, 2)):
                continue
            departments = tuple(
                tuple(w.split("/", 1)) for w in words(cell(self.buyers, r, 2)) if "/" in w
            )
            buyers.append(BuyerPlan(name, tuple(words(cell(self.buyers, r, 1))), departments))  # type: ignore[arg-type]
        planner = (
            NewPlanner(self.user_name.text(), self.password.text(), self.display_name.text())
            if self.first_planner
            else None
        )
        return StoreSetup(self.store_name.text(), self.city.text(), planner, floors, tuple(buyers))

    def _summarise(self) -> None:
        setup = self.setup()
        departments = sum(len(f.departments) for f in setup.floors)
        self.summary.setText(
            self.tr("%1 in %2: %3 floors, %4 departments, %5 buyers.")
            .replace("%1", setup.name)
            .replace("%2", setup.city or "—")
            .replace("%3", str(len(setup.floors)))
            .replace("%4", str(departments))
            .replace("%5", str(len(setup.buyers)))
        )
        self.error.setText("")

    def finish(self) -> bool:
        """Set the store up; a refusal is shown here and nothing is written."""
        try:
            self.done_setup = self.session.change("store", set_up_store, self.setup())
        except PromoError as exc:
            self.error.setText(exc.message())
            return False
        return True

    def apply_to(self, window: MainWindow) -> None:
        """Once finished: signed in as the new planner, then (if asked) the first campaign."""
        if self.done_setup is None:
            return
        planner = self.done_setup.planner
        if planner is not None:
            from promoplanner.ui.settings import save_user_name

            # The planner just chose the password: asking for it again would be a formality.
            window.session.signed_in(planner)
            save_user_name(planner.user_name)
        if self.campaign_next.isChecked():
            from promoplanner.ui.campaigns.menu import new_campaign

            new_campaign(window)
