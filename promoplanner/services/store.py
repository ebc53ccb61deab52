"""The store itself: floors, departments and buyers (data, not code)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from promoplanner.core.audit import ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import NotFound
from promoplanner.core.model import Buyer, Department, Floor
from promoplanner.core.people import Right
from promoplanner.core.validation import clean_text, parse_count
from promoplanner.services.context import Context
from promoplanner.services.write import check_seen, note_update, row_values, writing
from promoplanner.storage import convert, queries
from promoplanner.storage import tables as t


@dataclass(frozen=True)
class StoreLayout:
    """Floors, departments and buyers, for pickers and reports."""

    floors: tuple[Floor, ...]
    departments: tuple[Department, ...]
    buyers: tuple[Buyer, ...]

    def floor_by_code(self, code: str) -> Floor:
        """The floor with that code (1F, 2F, ...), ignoring case."""
        for floor in self.floors:
            if floor.code.lower() == code.strip().lower():
                return floor
        raise NotFound("not_found.floor", value=code)


def store_layout(ctx: Context, campaign_id: int | None = None) -> StoreLayout:
    """The floors, departments and buyers on offer: those in use, and the retired ones the
    campaign (if named) still refers to, so its old rows keep their names."""
    with ctx.uow.reading() as session:
        used = queries.used_by_campaign(session, campaign_id)
        return StoreLayout(
            floors=tuple(
                f for f in queries.floors(session) if not f.retired or f.id in used["floor"]
            ),
            departments=queries.offered_departments(session, campaign_id, used["department"]),
            buyers=queries.offered_buyers(session, campaign_id, used["buyer"]),
        )


def set_golden_spots(
    ctx: Context,
    floor_id: int,
    end_racks: int | str,
    pile_spots: int | str,
    *,
    seen_version: int | None = None,
) -> Floor:
    """Record how many end racks and pile-display spots a floor has."""
    racks = parse_count(end_racks, "end_racks", 0, 10_000)
    piles = parse_count(pile_spots, "pile_spots", 0, 10_000)
    with writing(ctx) as work:
        work.require(Right.SET_GOLDEN_SPOTS)
        row = work.session.get(t.FloorRow, floor_id, with_for_update=True)
        if row is None:
            raise NotFound("not_found.floor", value=floor_id)
        check_seen(work, row, seen_version, _floor_ref(row), {"end_racks": racks})
        fields = ("end_racks", "pile_spots")
        before = row_values(row, fields)
        row.end_racks, row.pile_spots = racks, piles
        work.session.flush()
        note_update(work, _floor_ref(row), before, row_values(row, fields), ChangeKind.STORE)
        return convert.floor(row)


def _floor_ref(row: t.FloorRow) -> ObjectRef:
    return ObjectRef(ObjectKind.FLOOR, row.id, row.code)


def ensure_floor(
    session: Session,
    code: str,
    name_en: str,
    name_zh: str,
    order: int,
    end_racks: int,
    pile_spots: int,
) -> t.FloorRow:
    """The floor with that code, created if missing (its counts are kept if present)."""
    row = session.scalar(select(t.FloorRow).where(t.FloorRow.code == code))
    if row is None:
        row = t.FloorRow(
            code=code,
            name_en=name_en,
            name_zh=name_zh,
            sort_order=order,
            end_racks=end_racks,
            pile_spots=pile_spots,
        )
        session.add(row)
        session.flush()
    return row


def ensure_department(
    session: Session, floor: t.FloorRow, code: str, name_en: str, name_zh: str, order: int
) -> t.DepartmentRow:
    """The floor's department with that code, created if missing."""
    row = session.scalar(
        select(t.DepartmentRow).where(
            t.DepartmentRow.floor_id == floor.id, t.DepartmentRow.code == code
        )
    )
    if row is None:
        row = t.DepartmentRow(
            floor_id=floor.id, code=code, name_en=name_en, name_zh=name_zh, sort_order=order
        )
        session.add(row)
        session.flush()
    return row


def ensure_buyer(session: Session, name: str, floors: Iterable[t.FloorRow]) -> t.BuyerRow:
    """The buyer of that name, created if missing, buying at least for those floors."""
    name = clean_text(name, "name", required=True, limit=100)
    row = session.scalar(select(t.BuyerRow).where(t.BuyerRow.name == name))
    if row is None:
        row = t.BuyerRow(name=name, active=True)
        session.add(row)
    for floor in floors:
        if floor not in row.floors:
            row.floors.append(floor)
    session.flush()
    return row
