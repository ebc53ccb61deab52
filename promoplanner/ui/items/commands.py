"""Undoable changes to flyer items: every edit, add, delete and paste goes through here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from promoplanner.core.errors import PromoError
from promoplanner.core.model import FlyerItem
from promoplanner.services.item_bulk import add_items, delete_items, item_values, update_items
from promoplanner.services.items import add_item, delete_item, update_item
from promoplanner.ui.session import AppSession

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class ItemEditor(QObject):
    """Runs item changes through the session and keeps them on an undo stack.

    A change is made first and pushed only when the services accepted it, so a refused
    edit never lands on the stack. Re-adding a deleted item gives it a new id; the editor
    remembers old -> new so older commands still find their item.
    """

    undo_failed = Signal(str)  # message, when undo or redo is refused (e.g. deadline passed)

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = QUndoStack(self)
        self._moved: dict[int, int] = {}

    def current_id(self, item_id: int) -> int:
        """The id the item has now, after any re-adds."""
        while item_id in self._moved:
            item_id = self._moved[item_id]
        return item_id

    def moved(self, old: Sequence[FlyerItem], new: Sequence[FlyerItem]) -> None:
        """Note that re-added items got new ids."""
        for before, after in zip(old, new, strict=True):
            if before.id != after.id:
                self._moved[before.id] = after.id

    def edit(self, item: FlyerItem, field: str, value: object, old: object) -> FlyerItem:
        """Change one field; raises the services' PromoError when refused."""
        done = self.session.change("items", update_item, item.id, {field: value})
        self.stack.push(_Edit(self, [(item.id, {field: old}, {field: getattr(done, field)})]))
        return done

    def update_many(
        self, changes: Sequence[tuple[FlyerItem, Mapping[str, object]]]
    ) -> list[FlyerItem]:
        """Change several items in one transaction (a paste over cells)."""
        done = self.session.change("items", update_items, [(i.id, c) for i, c in changes])
        steps = [
            (item.id, {k: getattr(item, k) for k in c}, {k: getattr(after, k) for k in c})
            for (item, c), after in zip(changes, done, strict=True)
        ]
        self.stack.push(_Edit(self, steps))
        return done

    def add(self, phase_id: int, values: Mapping[str, object]) -> FlyerItem:
        """Add one item."""
        item = self.session.change("items", add_item, phase_id, values)
        self.stack.push(_Add(self, phase_id, [item]))
        return item

    def add_many(self, phase_id: int, rows: Sequence[Mapping[str, object]]) -> list[FlyerItem]:
        """Add a block of items in one transaction (a paste of new rows)."""
        items = self.session.change("items", add_items, phase_id, rows)
        self.stack.push(_Add(self, phase_id, items))
        return items

    def delete(self, items: Sequence[FlyerItem]) -> list[FlyerItem]:
        """Delete items in one transaction."""
        if len(items) == 1:
            gone = [self.session.change("items", delete_item, items[0].id)]
        else:
            gone = self.session.change("items", delete_items, [i.id for i in items])
        self.stack.push(_Delete(self, gone))
        return gone

    def run(self, command: QUndoCommand, call) -> None:
        """Run an undo or redo step; a refusal is reported and the step dropped."""
        try:
            call()
        except PromoError as error:
            command.setObsolete(True)
            self.undo_failed.emit(error.message())


class _Step(QUndoCommand):
    def __init__(self, editor: ItemEditor, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.fresh = True  # the change is already made when the command is pushed

    def redo(self) -> None:
        """Make the change (again); the first call only notes it was already made."""
        if self.fresh:
            self.fresh = False
            return
        self.editor.run(self, self.forward)

    def undo(self) -> None:
        """Take the change back."""
        self.editor.run(self, self.backward)

    def forward(self) -> None:
        """Make the change through the services."""
        raise NotImplementedError

    def backward(self) -> None:
        """Take the change back through the services."""
        raise NotImplementedError


class _Edit(_Step):
    def __init__(self, editor: ItemEditor, steps) -> None:
        super().__init__(editor, translate("ItemEditor", "edit items"))
        self.steps = steps  # (item id, old values, new values)

    def _apply(self, which: int) -> None:
        changes = [(self.editor.current_id(s[0]), s[which]) for s in self.steps]
        if len(changes) == 1:
            self.editor.session.change("items", update_item, *changes[0])
        else:
            self.editor.session.change("items", update_items, changes)

    def forward(self) -> None:
        self._apply(2)

    def backward(self) -> None:
        self._apply(1)


class _Add(_Step):
    def __init__(self, editor: ItemEditor, phase_id: int, items: Sequence[FlyerItem]) -> None:
        super().__init__(editor, translate("ItemEditor", "add items"))
        self.phase_id = phase_id
        self.items = list(items)

    def forward(self) -> None:
        again = self.editor.session.change(
            "items", add_items, self.phase_id, [item_values(i) for i in self.items]
        )
        self.editor.moved(self.items, again)
        self.items = again

    def backward(self) -> None:
        ids = [self.editor.current_id(i.id) for i in self.items]
        self.editor.session.change("items", delete_items, ids)


class _Delete(_Step):
    def __init__(self, editor: ItemEditor, items: Sequence[FlyerItem]) -> None:
        super().__init__(editor, translate("ItemEditor", "delete items"))
        self.items = list(items)

    def forward(self) -> None:
        ids = [self.editor.current_id(i.id) for i in self.items]
        self.editor.session.change("items", delete_items, ids)

    def backward(self) -> None:
        phase_id = self.items[0].phase_id
        again = self.editor.session.change(
            "items", add_items, phase_id, [item_values(i) for i in self.items]
        )
        self.editor.moved(self.items, again)
        self.items = again
