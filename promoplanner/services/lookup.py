"""The store's floors, departments and buyers read once per change, to check references.

An item's floor, department and buyer come as ids (from the grid) or as words (1F, 食品,
王建国 from a pasted or imported sheet); both are checked here against what is stored,
without a query per row.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from promoplanner.core.errors import DomainError
from promoplanner.storage import tables as t


@dataclass(frozen=True)
class _Named:
    id: int
    words: frozenset[str]  # code and names, lower-cased
    floor_id: int | None = None
    retired: str = ""  # the code or name a refusal names, when retired


class StoreLookup:
    """Floors, departments and buyers by id and by the words a sheet uses for them."""

    def __init__(self, session: Session) -> None:
        self._session = session  # each table is read when first asked: most edits ask none

    @cached_property
    def floors(self) -> dict[int, _Named]:
        """Every floor by id."""
        f = t.FloorRow
        rows = self._session.execute(select(f.id, f.code, f.name_en, f.name_zh, f.retired_at))
        return {
            r.id: _Named(r.id, _words(r.code, r.name_en, r.name_zh), None, _gone(r, r.code))
            for r in rows
        }

    @cached_property
    def departments(self) -> dict[int, _Named]:
        """Every department by id, with its floor."""
        d = t.DepartmentRow
        rows = self._session.execute(
            select(d.id, d.code, d.name_en, d.name_zh, d.floor_id, d.retired_at)
        )
        return {
            r.id: _Named(
                r.id, _words(r.code, r.name_en, r.name_zh), r.floor_id,
                _gone(r, r.name_zh or r.name_en or r.code),
            )
            for r in rows
        }  # fmt: skip

    @cached_property
    def buyers(self) -> dict[int, _Named]:
        """Every buyer by id."""
        rows = self._session.execute(select(t.BuyerRow.id, t.BuyerRow.name))
        return {r.id: _Named(r.id, _words(r.name)) for r in rows}

    def floor(self, value: object) -> int:
        """The floor's id, from an id or its code or name."""
        found = self._find(self.floors, value, "floor_id", "bulk.unknown_floor")
        assert found is not None  # a floor is required; its parser refuses an empty one
        if self.floors[found].retired:  # old items keep it; nothing new goes there
            raise DomainError(
                "store.floor_retired", field="floor_id", code=self.floors[found].retired
            )
        return found

    def department(self, value: object, floor_id: int | None) -> int | None:
        """The department's id (on that floor when given as a word), or None."""
        found = self._find(
            self.departments, value, "department_id", "bulk.unknown_department", floor_id
        )
        if (
            found is not None
            and floor_id is not None
            and self.departments[found].floor_id != floor_id
        ):
            raise DomainError("input.department_not_on_floor", field="department_id")
        return found

    def buyer(self, value: object) -> int | None:
        """The buyer's id, from an id or their name, or None."""
        return self._find(self.buyers, value, "buyer_id", "bulk.unknown_buyer")

    @staticmethod
    def _find(
        known: dict[int, _Named],
        value: object,
        field: str,
        key: str,
        floor_id: int | None = None,
    ) -> int | None:
        if value is None:
            return None
        if isinstance(value, int):
            if value not in known:
                raise DomainError("input.unknown_reference", field=field, value=value)
            return value
        word = str(value).strip().lower()
        for named in known.values():
            if word in named.words and (floor_id is None or named.floor_id in (None, floor_id)):
                return named.id
        raise DomainError(key, field=field, value=str(value).strip())


def _words(*names: str) -> frozenset[str]:
    return frozenset(n.strip().lower() for n in names if n and n.strip())


def _gone(row, label: str) -> str:
    return label if row.retired_at is not None else ""
