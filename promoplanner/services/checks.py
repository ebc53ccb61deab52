"""The floor's daily display check: the list for a day and floor, and recording results."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.collation import pinyin_key
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.model import Department, DisplayCheck, DisplayZone, Floor, FlyerItem
from promoplanner.core.people import Right
from promoplanner.core.validation import clean_text, parse_day
from promoplanner.services.context import Context
from promoplanner.services.write import note_update, row_values, writing
from promoplanner.storage import convert, queries
from promoplanner.storage import tables as t


@dataclass(frozen=True)
class CheckLine:
    """One special-price item to check on a day, with today's and yesterday's results."""

    item: FlyerItem
    floor: Floor
    department: Department | None
    zones: tuple[DisplayZone, ...]
    today: DisplayCheck | None
    yesterday: DisplayCheck | None

    @property
    def failed_yesterday(self) -> bool:
        """Whether yesterday's check found something wrong with this item."""
        return self.yesterday is not None and self.yesterday.failed


@dataclass(frozen=True)
class CheckSheet:
    """The display check of one day, for one floor or all of them."""

    day: date
    floors: tuple[Floor, ...]
    lines: tuple[CheckLine, ...]

    def line_for_barcode(self, barcode: str) -> CheckLine | None:
        """The line of the item with that barcode, if it is on this sheet."""
        code = barcode.strip()
        return next((line for line in self.lines if line.item.barcode == code), None)


def check_sheet(ctx: Context, day: date | str, floor_id: int | None = None) -> CheckSheet:
    """Every flyer item on sale that day (on that floor), by floor and department."""
    day = parse_day(day, "day")
    with ctx.uow.reading() as session:
        floors = queries.floors(session)
        if floor_id is not None:
            floors = tuple(f for f in floors if f.id == floor_id)
            if not floors:
                raise NotFound("not_found.floor", value=floor_id)
        phase_ids = list(
            session.scalars(
                select(t.PhaseRow.id).where(t.PhaseRow.start <= day, t.PhaseRow.end >= day)
            )
        )
        items = [
            i
            for i in queries.items_of_phases(session, phase_ids)
            if floor_id is None or i.floor_id == floor_id
        ]
        departments = {
            d.id: convert.department(d) for d in session.scalars(select(t.DepartmentRow))
        }
        zones = [
            convert.zone(z)
            for z in session.scalars(
                select(t.DisplayZoneRow).where(
                    t.DisplayZoneRow.phase_id.in_(phase_ids),
                    t.DisplayZoneRow.start <= day,
                    t.DisplayZoneRow.end >= day,
                )
            )
        ]
        item_ids = [i.id for i in items]
        records = (
            {
                (r.day, r.item_id): convert.display_check(r)
                for r in session.scalars(
                    select(t.DisplayCheckRow).where(
                        t.DisplayCheckRow.day.in_([day, day - timedelta(days=1)]),
                        t.DisplayCheckRow.item_id.in_(item_ids),
                    )
                )
            }
            if item_ids
            else {}
        )
    return assemble_sheet(day, floors, items, departments, zones, records)


def assemble_sheet(
    day: date,
    floors: Sequence[Floor],
    items: Iterable[FlyerItem],
    departments: Mapping[int, Department],
    zones: Sequence[DisplayZone],
    records: Mapping[tuple[date, int], DisplayCheck],
) -> CheckSheet:
    """The sheet of a day from values already read: items on the floors, in walking order."""
    floor_by_id = {f.id: f for f in floors}
    zones_of: dict[int, list[DisplayZone]] = {}
    for zone in zones:
        for item_id in zone.item_ids:
            zones_of.setdefault(item_id, []).append(zone)
    lines = [
        CheckLine(
            item=i,
            floor=floor_by_id[i.floor_id],
            department=departments.get(i.department_id) if i.department_id else None,
            zones=tuple(zones_of.get(i.id, ())),
            today=records.get((day, i.id)),
            yesterday=records.get((day - timedelta(days=1), i.id)),
        )
        for i in items
        if i.floor_id in floor_by_id
    ]
    lines.sort(
        key=lambda line: (
            line.floor.sort_order,
            line.floor.code,
            line.department.sort_order if line.department else 999,
            pinyin_key(line.item.name),  # a floor walks its list as a Chinese reader sorts it
        )
    )
    return CheckSheet(day, tuple(floors), tuple(lines))


def record_check(
    ctx: Context,
    day: date | str,
    item_id: int,
    *,
    checker: str,
    arrived: bool | None = None,
    golden_position: bool | None = None,
    price_tag_ok: bool | None = None,
    note: str = "",
) -> DisplayCheck:
    """Record (or correct) what the floor walk found for one item on one day."""
    day = parse_day(day, "day")
    checker = clean_text(checker, "checker", required=True, limit=100)
    note = clean_text(note, "note", limit=2000, multiline=True)
    with writing(ctx) as work:
        work.require(Right.RECORD_CHECKS)
        if day > work.now.date():
            raise DomainError("checks.future_day", field="day", day=day)
        session = work.session
        item = session.get(t.FlyerItemRow, item_id)
        if item is None or item.deleted_at is not None:
            raise NotFound("not_found.item", value=item_id)
        phase = session.get(t.PhaseRow, item.phase_id)
        assert phase is not None
        if not phase.start <= day <= phase.end:
            raise DomainError(
                "checks.not_on_sale",
                field="day",
                item=item.name,
                day=day,
                start=phase.start,
                end=phase.end,
            )
        row = session.scalar(
            select(t.DisplayCheckRow).where(
                t.DisplayCheckRow.day == day, t.DisplayCheckRow.item_id == item_id
            )
        )
        before = row_values(row, CHECK_FIELDS) if row is not None else None
        if row is None:
            row = t.DisplayCheckRow(day=day, item_id=item_id, floor_id=item.floor_id)
            session.add(row)
        row.checker = checker
        row.arrived, row.golden_position, row.price_tag_ok = arrived, golden_position, price_tag_ok
        row.note = note
        row.recorded_at = work.now
        session.flush()
        ref = ObjectRef(ObjectKind.CHECK, row.id, f"{item.name} {day.isoformat()}")
        after = row_values(row, CHECK_FIELDS)
        if before is None:
            work.record(Action.CREATE, ref, after=after, phase_id=item.phase_id)
            work.changed(ChangeKind.CHECKS, [row.id], item.phase_id)
        else:
            note_update(work, ref, before, after, ChangeKind.CHECKS, phase_id=item.phase_id)
        return convert.display_check(row)


CHECK_FIELDS = ("day", "item_id", "checker", "arrived", "golden_position", "price_tag_ok", "note")
