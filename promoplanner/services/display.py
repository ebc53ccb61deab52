"""The display check that closes the loop: records, fix tasks, walking order, pass rates.

Every check is a new record (nothing is overwritten); the latest of an item on a day is
what screens and sheets show, the history keeps all. Who checked and when come from the
signed-in person and the trusted clock. A failure is a fix task until a later check finds
the item right. The rules themselves are in ``core/display_check.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.collation import pinyin_key
from promoplanner.core.display_check import (
    CheckProgress,
    CheckRound,
    FixTask,
    ItemCheck,
    PassRate,
    Stock,
    check_progress,
    fix_history,
    in_order,
    parse_round,
    parse_stock,
    parse_tag,
    parse_yes_no,
    pass_rate,
    round_at,
    validate_check,
)
from promoplanner.core.display_sheet import DisplayDay, DisplayFloor, DisplayLine, OpenFix
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.model import Department, DisplayZone, Floor, FlyerItem, Phase
from promoplanner.core.people import Right
from promoplanner.core.scale_label import (
    ScalePattern,
    is_scale_label,
    parse_scale_pattern,
    plu_key,
    read_scale_label,
)
from promoplanner.core.validation import parse_day, parse_moment
from promoplanner.services.context import Context
from promoplanner.services.write import writing
from promoplanner.storage import convert, queries
from promoplanner.storage import tables as t

NO_DEPARTMENT = 10_000  # items without a department come last on a floor's walk


def check_of(row: t.CheckRecordRow) -> ItemCheck:
    """A stored record as the rules see it."""
    fix = FixTask(row.fixer, row.due, row.problem) if row.due is not None and row.fixer else None
    return ItemCheck(
        item_id=row.item_id,
        day=row.day,
        round=CheckRound(row.round),
        at=row.at,
        checker=row.checker,
        placed=row.placed,
        tag_ok=row.tag_ok,
        pop=row.pop,
        stock=Stock(row.stock),
        fix=fix,
    )


def _records(session: Session, item_ids: Sequence[int], last_day: date) -> list[ItemCheck]:
    if not item_ids:
        return []
    rows = session.scalars(
        select(t.CheckRecordRow)
        .where(t.CheckRecordRow.item_id.in_(item_ids), t.CheckRecordRow.day <= last_day)
        .order_by(t.CheckRecordRow.id)
    )
    return [check_of(r) for r in rows]


def _phases_on(session: Session, day: date) -> tuple[Phase, ...]:
    rows = session.scalars(
        select(t.PhaseRow)
        .where(t.PhaseRow.start <= day, t.PhaseRow.end >= day)
        .order_by(t.PhaseRow.start, t.PhaseRow.id)
    )
    return tuple(convert.phase(r) for r in rows)


def _refuse_outside(session: Session, day: date) -> tuple[Phase, ...]:
    phases = _phases_on(session, day)
    if not phases:
        raise DomainError("display.day_outside", field="date", day=day)
    return phases


def walk_positions(session: Session) -> dict[int, int]:
    """Each department's place in its floor's walk, where the floor manager set one."""
    return {r.department_id: r.position for r in session.scalars(select(t.WalkOrderRow))}


def walk_key(department: Department | None, walk: dict[int, int]) -> tuple[int, int, str]:
    """A department's place on its floor's walk: as set, else in the store's order."""
    if department is None:
        return (NO_DEPARTMENT, 0, "")
    return (walk.get(department.id, NO_DEPARTMENT - 1), department.sort_order, department.code)


def _line_key(line: DisplayLine, walk: dict[int, int]) -> tuple:
    zone = line.zones[0] if line.zones else None
    return (
        walk_key(line.department, walk),
        0 if zone else 1,  # items at a planned spot first, by the spot's name
        pinyin_key(f"{zone.name} {zone.location}") if zone else "",
        pinyin_key(line.item.name),
    )


def display_day(ctx: Context, day: date | str, floor_id: int | None = None) -> DisplayDay:
    """Every item on sale that day, per floor in walking order, with checks, tasks, rates."""
    day = parse_day(day, "date")
    now = ctx.clock.now()
    with ctx.uow.reading() as session:
        phases = _refuse_outside(session, day)
        return read_day(session, day, now, phases, floor_id)


def read_day(
    session: Session, day: date, now: datetime, phases: tuple[Phase, ...], floor_id: int | None
) -> DisplayDay:
    floors = queries.floors(session)
    if floor_id is not None:
        floors = tuple(f for f in floors if f.id == floor_id)
        if not floors:
            raise NotFound("not_found.floor", value=floor_id)
    phase_ids = [p.id for p in phases]
    floor_ids = {f.id for f in floors}
    items = [i for i in queries.items_of_phases(session, phase_ids) if i.floor_id in floor_ids]
    departments = {d.id: convert.department(d) for d in session.scalars(select(t.DepartmentRow))}
    zones_of: dict[int, list[DisplayZone]] = {}
    for row in session.scalars(
        select(t.DisplayZoneRow).where(
            t.DisplayZoneRow.phase_id.in_(phase_ids),
            t.DisplayZoneRow.start <= day,
            t.DisplayZoneRow.end >= day,
        )
    ):
        zone = convert.zone(row)
        for item_id in zone.item_ids:
            zones_of.setdefault(item_id, []).append(zone)
    item_ids = [i.id for i in items]
    plus = _plus(session, item_ids)
    checks = _records(session, item_ids, day)
    walk = walk_positions(session)
    day_before = day - timedelta(days=1)
    started = {p.id: p.start for p in phases}
    by_item: dict[int, list[ItemCheck]] = {}
    for check in in_order(checks):
        by_item.setdefault(check.item_id, []).append(check)
    result = []
    for floor in floors:
        lines = [
            DisplayLine(
                item=i,
                floor=floor,
                department=departments.get(i.department_id) if i.department_id else None,
                zones=tuple(zones_of.get(i.id, ())),
                plu=plus.get(i.id, ""),
                history=tuple(c for c in by_item.get(i.id, ()) if c.day == day),
            )
            for i in items
            if i.floor_id == floor.id
        ]
        lines.sort(key=lambda ln: _line_key(ln, walk))
        fixes = [
            OpenFix(line.item, state, state.overdue(now))
            for line in lines
            for state in fix_history(by_item.get(line.item.id, ()))
            if state.open
        ]
        fixes.sort(key=lambda f: (f.state.task.due, f.item.id))
        today = [c for line in lines for c in line.history]
        rates: dict[int | None, CheckProgress] = {}
        for line in lines:
            key = line.department.id if line.department else None
            rates[key] = rates.get(key, CheckProgress(0, PassRate(0, 0))) + check_progress(
                line.history, 1
            )
        seen: list[tuple[Department | None, CheckProgress]] = []
        for line in lines:
            key = line.department.id if line.department else None
            if key in rates:
                seen.append((line.department, rates.pop(key)))
        before = [c for line in lines for c in by_item.get(line.item.id, ()) if c.day == day_before]
        # The day before lists only the items whose phase had begun by then.
        listed_before = sum(1 for ln in lines if started.get(ln.item.phase_id, day) <= day_before)
        result.append(
            DisplayFloor(
                floor,
                tuple(lines),
                tuple(fixes),
                check_progress(today, len(lines)),
                check_progress(before, listed_before),
                tuple(seen),
            )
        )
    return DisplayDay(day, now, phases, tuple(result))


def _plus(session: Session, item_ids: Sequence[int]) -> dict[int, str]:
    if not item_ids:
        return {}
    rows = session.scalars(select(t.ItemPluRow).where(t.ItemPluRow.item_id.in_(item_ids)))
    return {r.item_id: r.plu for r in rows}


def scale_pattern(ctx: Context) -> ScalePattern | None:
    """The store's scale-label pattern, if it has set one."""
    with ctx.uow.reading() as session:
        return scale_pattern_of(session)


def scale_pattern_of(session: Session) -> ScalePattern | None:
    """The store's scale-label pattern, None until one is set."""
    row = session.get(t.ScaleSettingRow, 1)
    return parse_scale_pattern(row.pattern) if row is not None else None


def find_on_list(
    session: Session, day: date, code: str, floor_id: int | None, phase_ids: Sequence[int]
) -> FlyerItem:
    """The item on the day's list that a scanned or typed code names (barcode, label, PLU)."""
    code = "".join(code.split())
    if not code:
        raise DomainError("display.no_barcode", field="barcode")
    items = queries.items_of_phases(session, list(phase_ids))
    on_list = [i for i in items if floor_id is None or i.floor_id == floor_id]
    found = next((i for i in on_list if i.barcode == code), None)
    if found is not None:
        return found
    pattern = scale_pattern_of(session)
    plu = ""
    if pattern is not None and is_scale_label(code, pattern):
        plu = read_scale_label(code, pattern).plu_key
    elif code.isascii() and code.isdigit() and len(code) <= 8:
        plu = plu_key(code)  # a PLU typed by hand
    if plu:
        plus = _plus(session, [i.id for i in on_list])
        found = next((i for i in on_list if i.id in plus and plu_key(plus[i.id]) == plu), None)
        if found is not None:
            return found
    on_day = next((i for i in items if i.barcode == code), None)
    known = on_day is not None or session.scalar(
        select(t.FlyerItemRow.id).where(
            t.FlyerItemRow.barcode == code, t.FlyerItemRow.deleted_at.is_(None)
        )
    )
    if not known:
        raise DomainError("display.unknown_barcode", field="barcode", code=code)
    if on_day is not None and floor_id is not None:
        floor = session.get(t.FloorRow, floor_id)
        raise DomainError("display.not_on_floor_list", field="barcode", code=code, day=day,
                          floor=floor.code if floor else floor_id)  # fmt: skip
    raise DomainError("display.not_on_list", field="barcode", code=code, day=day)


def find_on_day(ctx: Context, day: date | str, code: str, floor_id: int | None = None) -> int:
    """The id of the item on the day's list that a scanned code names (barcode, label, PLU)."""
    day = parse_day(day, "date")
    with ctx.uow.reading() as session:
        phases = _refuse_outside(session, day)
        return find_on_list(session, day, code, floor_id, [p.id for p in phases]).id


def record_display_check(
    ctx: Context,
    day: date | str,
    code: str,
    *,
    placed: bool | str,
    tag: bool | str,
    pop: bool | str,
    stock: Stock | str,
    round: CheckRound | str | None = None,
    problem: str = "",
    fixer: str = "",
    due: datetime | str | None = None,
    floor_id: int | None = None,
    item_id: int | None = None,
) -> ItemCheck:
    """Record one check of the item a code (or ``item_id``) names; earlier records stay.

    Without ``round`` the check is of the round that fits the clock's time of day.
    """
    day = parse_day(day, "date")
    chosen = parse_round(round) if round is not None and str(round).strip() else None
    values = (
        parse_yes_no(placed, "placed"),
        parse_tag(tag),
        parse_yes_no(pop, "pop"),
        parse_stock(stock),
    )
    due_at = parse_moment(due, "due") if isinstance(due, str) and due.strip() else None
    if isinstance(due, datetime):
        due_at = due
    with writing(ctx) as work:
        person = work.require(Right.RECORD_CHECKS)
        session = work.session
        if day > work.now.date():
            raise DomainError("checks.future_day", field="day", day=day)
        round = chosen or round_at(work.now)
        phases = _refuse_outside(session, day)
        phase_ids = [p.id for p in phases]
        if item_id is not None:
            on_day = queries.items_of_phases(session, phase_ids)
            found = next((i for i in on_day if i.id == item_id), None)
            if found is None:
                raise DomainError("display.not_on_list", field="barcode", code=code, day=day)
            item = found
        else:
            item = find_on_list(session, day, code, floor_id, phase_ids)
        wants_fix = bool(fixer.strip() or problem.strip() or due_at is not None)
        if wants_fix and due_at is None:
            raise DomainError("fix.no_due", field="due")
        check = validate_check(
            ItemCheck(
                item_id=item.id,
                day=day,
                round=round,
                at=work.now,
                checker=person.display_name,
                placed=values[0],
                tag_ok=values[1],
                pop=values[2],
                stock=values[3],
                fix=FixTask(fixer, due_at, problem) if due_at is not None else None,
            )
        )
        fix = check.fix
        row = t.CheckRecordRow(
            day=day,
            floor_id=item.floor_id,
            item_id=item.id,
            round=check.round.value,
            at=check.at,
            checker=check.checker,
            person_id=person.id,
            placed=check.placed,
            tag_ok=check.tag_ok,
            pop=check.pop,
            stock=check.stock.value,
            problem=fix.problem if fix else "",
            fixer=fix.fixer if fix else "",
            due=fix.due if fix else None,
        )
        session.add(row)
        session.flush()
        ref = ObjectRef(ObjectKind.CHECK, row.id, f"{item.name} {day.isoformat()} {round.value}")
        work.record(Action.CREATE, ref, after=record_values(check), phase_id=item.phase_id)
        work.changed(ChangeKind.CHECKS, [row.id], item.phase_id)
        return check


def record_values(check: ItemCheck) -> dict[str, str | bool | None]:
    """A check as the history writes it down."""
    fix = check.fix
    return {
        "day": check.day.isoformat(),
        "round": check.round.value,
        "checker": check.checker,
        "placed": check.placed,
        "tag_ok": check.tag_ok,
        "pop": check.pop,
        "stock": check.stock.value,
        "problem": fix.problem if fix else "",
        "fixer": fix.fixer if fix else "",
        "due": f"{fix.due:%Y-%m-%d %H:%M}" if fix else None,
    }


@dataclass(frozen=True)
class PhaseRates:
    """A phase's display-check pass rate, whole and per floor, and its open fix tasks."""

    phase: Phase
    rate: PassRate
    floors: tuple[tuple[Floor, PassRate], ...]
    open_fixes: int
    overdue: int
    progress: CheckProgress  # item-days listed so far (today included), checked, passed


def phase_pass_rate(ctx: Context, phase_id: int) -> PhaseRates:
    """Right item-days ÷ checked item-days over the phase, and its fix tasks still open."""
    now = ctx.clock.now()
    with ctx.uow.reading() as session:
        row = session.get(t.PhaseRow, phase_id)
        if row is None:
            raise NotFound("not_found.phase", value=phase_id)
        phase = convert.phase(row)
        items = queries.items_of_phases(session, [phase_id])
        checks = [
            c for c in _records(session, [i.id for i in items], phase.end) if c.day >= phase.start
        ]
        floor_of = {i.id: i.floor_id for i in items}
        floors = []
        for floor in queries.floors(session):
            mine = [c for c in checks if floor_of[c.item_id] == floor.id]
            if mine:
                floors.append((floor, pass_rate(mine)))
        by_item: dict[int, list[ItemCheck]] = {}
        for c in checks:
            by_item.setdefault(c.item_id, []).append(c)
        states = [s for group in by_item.values() for s in fix_history(group) if s.open]
        overdue = sum(1 for s in states if s.overdue(now))
        last = min(now.date(), phase.end)
        days = max((last - phase.start).days + 1, 0)
        progress = check_progress(checks, len(items) * days)
        return PhaseRates(phase, progress.rate, tuple(floors), len(states), overdue, progress)


def open_fix_tasks(ctx: Context, day: date | str | None = None) -> tuple[OpenFix, ...]:
    """The fix tasks still open on a day's lists (default today), oldest due first."""
    when = parse_day(day, "date") if day is not None else ctx.clock.now().date()
    with ctx.uow.reading() as session:
        phases = _phases_on(session, when)
        if not phases:
            return ()
        read = read_day(session, when, ctx.clock.now(), phases, None)
    fixes = [f for floor in read.floors for f in floor.open_fixes]
    return tuple(sorted(fixes, key=lambda f: (f.state.task.due, f.item.id)))
