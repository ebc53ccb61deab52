"""Cell editors of the item table: prices, barcodes checked while typing, pickers, photos."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QStyledItemDelegate,
    QToolButton,
    QWidget,
)

from promoplanner.core.barcode import barcode_problem
from promoplanner.core.enums import DisplayForm, PriceTier
from promoplanner.core.errors import PromoError
from promoplanner.core.i18n import text
from promoplanner.core.validation import parse_money
from promoplanner.ui.collation import buyers_in_order, departments_in_order, floors_in_order
from promoplanner.ui.items.columns import COLUMNS, Editor, column_title, form_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

INVALID_STYLE = "QLineEdit { background: #f8c8c8; }"


class CheckedLineEdit(QLineEdit):
    """A line edit that says, while the person types, what is wrong with the text."""

    problem_changed = Signal(str)  # empty when the text is fine

    def __init__(self, check, parent=None) -> None:
        super().__init__(parent)
        self._check = check
        self.problem = ""
        self.textEdited.connect(self._recheck)

    def _recheck(self, value: str) -> None:
        self.problem = self._check(value) or ""
        self.setStyleSheet(INVALID_STYLE if self.problem else "")
        self.setToolTip(self.problem)
        self.problem_changed.emit(self.problem)


def finish_editing(view: QAbstractItemView) -> None:
    """Hand an open cell editor's text to the model and close it, before the view goes away.

    Qt commits an editor when it loses the focus, which may come too late when a window
    closes (after the program's objects are being taken down).
    """
    if view.state() != QAbstractItemView.State.EditingState:
        return
    editor = view.indexWidget(view.currentIndex())
    if editor is not None:
        view.commitData(editor)
        view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def price_problem(value: str) -> str | None:
    """Why the typed text is not an amount in yuan, or None."""
    try:
        parse_money(value)
    except PromoError as error:
        return error.message()
    return None


def barcode_typing_problem(value: str) -> str | None:
    """Check digit and form of a barcode as typed; complete codes only."""
    code = "".join(value.split())
    if code and not code.isdigit():
        return text("barcode.not_digits")
    if len(code) < 8:
        return None  # still typing
    key = barcode_problem(code)
    return text(key) if key else None


class PhotoEdit(QWidget):
    """A photo path with a button that opens a file picker."""

    def __init__(self, choose, parent=None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(translate("ItemColumns", "Choose a product photo"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.button.clicked.connect(lambda: self._choose(choose))

    def _choose(self, choose) -> None:
        path = choose(self)
        if path:
            self.line.setText(path)


ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ItemDelegate(QStyledItemDelegate):
    """Opens the right editor for each column and hands typed text to the model.

    As in a spreadsheet, Tab takes what was typed and moves right; Enter takes it and moves
    down (entered_down), to the column the row was started in when Tab led along it.
    """

    problem_changed = Signal(str)  # live message from an editor; empty when fine
    entered_down = Signal(int, int)  # row and column the editor was on, when Enter closed it

    def __init__(self, model, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self.editing: QPersistentModelIndex | None = None
        self.tab_start: tuple[int, int] | None = None  # (row, column) where Tab began a row
        # Swappable, so tests do not open a real dialog.
        self.choose_photo = self._ask_photo

    def eventFilter(self, editor, event) -> bool:
        """Enter commits and moves down; Tab remembers where the row's typing began."""
        if event.type() == QEvent.Type.KeyPress and self.editing is not None:
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            row, column = self.editing.row(), self.editing.column()
            if event.key() == Qt.Key.Key_Tab and plain and self.tab_start is None:
                self.tab_start = (row, column)
            if event.key() in ENTER_KEYS and plain and not self._popup_open(editor):
                start = self.tab_start
                self.tab_start = None
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self.entered_down.emit(row, start[1] if start and start[0] == row else column)
                return True
        return super().eventFilter(editor, event)

    @staticmethod
    def _popup_open(editor) -> bool:
        # Enter in an open drop-down list picks the entry; it does not leave the cell.
        return isinstance(editor, QComboBox) and editor.view().isVisible()

    def _ask_photo(self, parent) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            parent,
            translate("ItemColumns", "Product photo"),
            "",
            translate("ItemColumns", "Pictures (*.png *.jpg *.jpeg *.bmp)"),
        )
        return path

    def createEditor(self, parent, option, index):
        """A line edit, a picker or a photo chooser, as the column needs."""
        self.editing = QPersistentModelIndex(index)
        column = COLUMNS[index.column()]
        kind = column.editor
        if kind is Editor.PRICE:
            editor = CheckedLineEdit(price_problem, parent)
        elif kind is Editor.BARCODE:
            editor = CheckedLineEdit(barcode_typing_problem, parent)
            editor.setMaxLength(20)
        elif kind in (Editor.FLOOR, Editor.DEPARTMENT, Editor.BUYER, Editor.TIER, Editor.FORM):
            editor = QComboBox(parent)
            for label, data in self._choices(kind, index.row()):
                editor.addItem(label, data)
            return editor
        elif kind is Editor.PHOTO:
            return PhotoEdit(self.choose_photo, parent)
        elif kind is Editor.TEXT:
            editor = CheckedLineEdit(lambda _v: None, parent)
        else:
            return None
        editor.setAccessibleName(column_title(column.key))
        editor.problem_changed.connect(self.problem_changed)
        return editor

    def _choices(self, kind: Editor, row: int) -> list[tuple[str, object]]:
        names = self._model.names
        if kind is Editor.FLOOR:
            return [(names.floor_names[f.id], f.id) for f in floors_in_order(names.layout.floors)]
        if kind is Editor.DEPARTMENT:
            item = self._model.item_at(row)
            draft = self._model.draft_at(row)
            floor = item.floor_id if item else (draft.values.get("floor_id") if draft else None)
            return [("–", None)] + [
                (names.departments[d.id], d.id)
                for d in departments_in_order(names.layout.departments)
                if floor is None or d.floor_id == floor
            ]
        if kind is Editor.BUYER:
            buyers = buyers_in_order(b for b in names.layout.buyers if b.active)
            return [("–", None)] + [(b.name, b.id) for b in buyers]
        if kind is Editor.TIER:
            return [("–", None)] + [(t.value, t) for t in PriceTier]
        return [(form_label(None), None)] + [(form_label(f), f) for f in DisplayForm]

    def setEditorData(self, editor, index) -> None:
        """Start from the stored value, or from the refused text still waiting."""
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(found if found >= 0 else editor.findText(str(value or "")))
        elif isinstance(editor, PhotoEdit):
            editor.line.setText("" if value is None else str(value))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor, model, index) -> None:
        """Hand the editor's value to the model (which asks the services)."""
        if not all(shiboken6.isValid(o) for o in (model, self._model, self._model.session)):
            return  # the window is being taken down: drop the edit rather than half-make it
        # Before the model speaks: what it says about the row must not be hidden after it.
        self.problem_changed.emit("")
        if isinstance(editor, QComboBox):
            if editor.currentIndex() < 0:
                return
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, PhotoEdit):
            model.setData(index, editor.line.text(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:
        """Editors fill their cell."""
        editor.setGeometry(option.rect)
