"""Undoable changes to flyer items: every edit, add, delete and paste goes through here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from promoplanner.core.errors import PromoError
from promoplanner.core.model import FlyerItem
from promoplanner.services.item_bulk import (
    DeletedItem,
    RowRefused,
    add_items,
    delete_items,
    refused_rows,
    restore_items,
    update_items,
)
from promoplanner.services.items import add_item, update_item
from promoplanner.ui.session import AppSession

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class ItemEditor(QObject):
    """Runs item changes through the session and keeps them on an undo stack.

    A change is made first and pushed only when the services accepted it, so a refused
    edit never lands on the stack. Undoing a delete restores the items with their ids,
    display zones and checks, so older commands still find their item.

    Every change names the version of each item it was made on; undo and redo name the
    version this editor last saw (`known`), so a step over an item a colleague has changed
    since is refused (core.errors.Conflict) instead of reverting their work unseen.
    """

    undo_failed = Signal(str)  # message, when undo or redo is refused (e.g. deadline passed)

    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = QUndoStack(self)
        self.known: dict[int, int] = {}  # item id -> the version this editor's change left

    def saw(self, items: Sequence[FlyerItem]) -> None:
        """Note the versions the editor's changes left (undo and redo start from these)."""
        self.known.update({i.id: i.version for i in items})

    def edit(self, item: FlyerItem, field: str, value: object, old: object) -> FlyerItem:
        """Change one field of the version shown; raises the services' PromoError (Conflict)."""
        done = self.session.change(
            "items", update_item, item.id, {field: value}, seen_version=item.version
        )
        self.saw([done])
        self.stack.push(_Edit(self, [(item.id, {field: old}, {field: getattr(done, field)})]))
        return done

    def update_many(
        self, changes: Sequence[tuple[FlyerItem, Mapping[str, object]]]
    ) -> list[FlyerItem]:
        """Change several items in one transaction (a paste over cells)."""
        done = self.session.change(
            "items", update_items, [(i.id, c, i.version) for i, c in changes]
        )
        self.saw(done)
        steps = [
            (item.id, {k: getattr(item, k) for k in c}, {k: getattr(after, k) for k in c})
            for (item, c), after in zip(changes, done, strict=True)
        ]
        self.stack.push(_Edit(self, steps))
        return done

    def add(self, phase_id: int, values: Mapping[str, object]) -> FlyerItem:
        """Add one item."""
        item = self.session.change("items", add_item, phase_id, values)
        self.saw([item])
        self.stack.push(_Add(self, [item]))
        return item

    def add_many(self, phase_id: int, rows: Sequence[Mapping[str, object]]) -> list[FlyerItem]:
        """Add a block of items in one transaction (a paste of new rows)."""
        items = self.session.change("items", add_items, phase_id, rows)
        self.saw(items)
        self.stack.push(_Add(self, items))
        return items

    def delete(self, items: Sequence[FlyerItem]) -> list[FlyerItem]:
        """Delete items in one transaction."""
        try:
            gone = self.session.change(
                "items", delete_items, [i.id for i in items], {i.id: i.version for i in items}
            )
        except RowRefused as error:
            raise error.cause from None  # "row 3 of a block" means nothing for a selection
        self.stack.push(_Delete(self, gone))
        return [g.item for g in gone]

    def run(self, command: QUndoCommand, call) -> None:
        """Run an undo or redo step; a refusal is reported and the step dropped."""
        try:
            call()
        except PromoError as error:
            command.setObsolete(True)
            refused = refused_rows(error)
            self.undo_failed.emit((refused[0].cause if len(refused) == 1 else error).message())


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
        editor = self.editor
        changes = [(s[0], s[which], editor.known.get(s[0])) for s in self.steps]
        if len(changes) == 1:
            item_id, values, seen = changes[0]
            done = [editor.session.change("items", update_item, item_id, values,
                                          seen_version=seen)]  # fmt: skip
        else:
            done = editor.session.change("items", update_items, changes)
        editor.saw(done)

    def forward(self) -> None:
        self._apply(2)

    def backward(self) -> None:
        self._apply(1)


class _Add(_Step):
    def __init__(self, editor: ItemEditor, items: Sequence[FlyerItem]) -> None:
        super().__init__(editor, translate("ItemEditor", "add items"))
        self.ids = [i.id for i in items]
        self.deleted: list[DeletedItem] = []  # what undo took away, for redo to put back

    def forward(self) -> None:
        self.editor.saw(self.editor.session.change("items", restore_items, self.deleted))

    def backward(self) -> None:
        seen = {i: self.editor.known[i] for i in self.ids if i in self.editor.known}
        self.deleted = self.editor.session.change("items", delete_items, self.ids, seen)


class _Delete(_Step):
    def __init__(self, editor: ItemEditor, deleted: Sequence[DeletedItem]) -> None:
        super().__init__(editor, translate("ItemEditor", "delete items"))
        self.deleted = list(deleted)

    def forward(self) -> None:
        ids = [g.item.id for g in self.deleted]
        seen = {i: self.editor.known[i] for i in ids if i in self.editor.known}
        self.deleted = self.editor.session.change("items", delete_items, ids, seen)

    def backward(self) -> None:
        self.editor.saw(self.editor.session.change("items", restore_items, self.deleted))
