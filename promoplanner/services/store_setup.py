"""A store's first morning: its name and city, first planner, floors, departments, buyers.

``set_up_store`` does what the first-run assistant (and ``store init``) asks in one
transaction: everything is checked first, and a refusal leaves the database as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import DomainError
from promoplanner.core.model import Buyer, Department, Floor, Store
from promoplanner.core.people import Person, Right
from promoplanner.core.validation import clean_text, parse_count
from promoplanner.services.buyers import buyer_name, new_buyer
from promoplanner.services.context import Context
from promoplanner.services.floors import floor_code, floor_in_use, names, new_department, new_floor
from promoplanner.services.people import first_planner
from promoplanner.services.write import check_seen, note_update, row_values, writing
from promoplanner.storage import convert, queries
from promoplanner.storage import tables as t

STORE_ID = 1  # one store per database
STORE_FIELDS = ("name", "city")


@dataclass(frozen=True)
class NewPlanner:
    """The first planner's account."""

    user_name: str
    password: str
    display_name: str = ""


@dataclass(frozen=True)
class FloorPlan:
    """A floor to set up: code, name, golden positions and departments (by name)."""

    code: str
    name: str
    name_en: str = ""
    end_racks: int | str = 0
    pile_spots: int | str = 0
    departments: tuple[str, ...] = ()


@dataclass(frozen=True)
class BuyerPlan:
    """A buyer to set up, buying for floors (codes) and departments (floor code, name)."""

    name: str
    floors: tuple[str, ...] = ()
    departments: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class StoreSetup:
    """Everything the first-run assistant asks."""

    name: str
    city: str = ""
    planner: NewPlanner | None = None
    floors: tuple[FloorPlan, ...] = ()
    buyers: tuple[BuyerPlan, ...] = ()


@dataclass(frozen=True)
class SetupDone:
    """What the set-up made: the store, and the first planner when it made one."""

    store: Store
    planner: Person | None = None
    floors: int = 0
    departments: int = 0
    buyers: int = 0


@dataclass(frozen=True)
class StoreDetail:
    """Everything the Store screen shows, retired floors, departments and buyers included."""

    store: Store | None
    floors: tuple[Floor, ...]
    departments: tuple[Department, ...]
    buyers: tuple[Buyer, ...]
    floors_in_use: frozenset[int] = field(default_factory=frozenset)


def store_ref(row: t.StoreRow) -> ObjectRef:
    """How the history names the store."""
    return ObjectRef(ObjectKind.STORE, row.id, row.name)


def store_info(ctx: Context) -> Store | None:
    """The store, or None before it was set up."""
    with ctx.uow.reading() as session:
        row = session.get(t.StoreRow, STORE_ID)
        return convert.store(row) if row is not None else None


def store_detail(ctx: Context) -> StoreDetail:
    """The store with every floor, department and buyer, retired ones too."""
    with ctx.uow.reading() as session:
        row = session.get(t.StoreRow, STORE_ID)
        floors = queries.floors(session)
        departments = tuple(
            convert.department(d)
            for d in session.scalars(
                select(t.DepartmentRow).order_by(t.DepartmentRow.sort_order, t.DepartmentRow.id)
            )
        )
        buyers = tuple(
            convert.buyer(b)
            for b in session.scalars(
                select(t.BuyerRow).order_by(t.BuyerRow.sort_order, t.BuyerRow.name)
            )
        )
        in_use = frozenset(f.id for f in floors if floor_in_use(session, f.id))
        return StoreDetail(
            convert.store(row) if row is not None else None, floors, departments, buyers, in_use
        )


def _checked(setup: StoreSetup) -> StoreSetup:
    """The set-up with every text cleaned and every count parsed; refused before writing."""
    seen: dict[str, str] = {}
    floors = []
    for plan in setup.floors:
        code = floor_code(plan.code)
        if code.lower() in seen:
            raise DomainError("store.floor_code_taken", field="floors", code=code)
        seen[code.lower()] = code
        name, name_en = names(plan.name, plan.name_en)
        departments = [clean_text(d, "departments", required=True) for d in plan.departments]
        twice = {
            d.lower() for d in departments if [x.lower() for x in departments].count(d.lower()) > 1
        }
        if twice:
            raise DomainError(
                "store.department_name_taken",
                field="departments",
                name=sorted(twice)[0],
                floor=code,
            )
        floors.append(
            FloorPlan(
                code,
                name,
                name_en,
                parse_count(plan.end_racks, "end_racks", 0, 10_000),
                parse_count(plan.pile_spots, "pile_spots", 0, 10_000),
                tuple(departments),
            )
        )
    buyers = []
    for buyer in setup.buyers:
        codes = tuple(floor_code(c) for c in buyer.floors)
        wanted = tuple((floor_code(c), clean_text(d, "departments")) for c, d in buyer.departments)
        buyers.append(BuyerPlan(buyer_name(buyer.name), codes, wanted))
    return StoreSetup(
        clean_text(setup.name, "name", required=True),
        clean_text(setup.city, "city", limit=100),
        setup.planner,
        tuple(floors),
        tuple(buyers),
    )


def set_up_store(ctx: Context, setup: StoreSetup) -> SetupDone:
    """Set up the store; on a database nobody can sign in to, with its first planner."""
    plan = _checked(setup)
    with writing(ctx, signed_in=False) as work:
        session = work.session
        people = session.scalar(select(func.count()).select_from(t.PersonRow))
        planner = None
        if not people:
            if plan.planner is None:
                raise DomainError("store.planner_needed", field="user_name")
            p = plan.planner
            planner = first_planner(work, p.user_name, p.password, p.display_name)
        elif plan.planner is not None:
            raise DomainError("people.first_planner_exists", field="user_name")
        work.require(Right.EDIT_STORE)
        existing = session.get(t.StoreRow, STORE_ID)
        if existing is not None:
            raise DomainError("store.exists", name=existing.name)
        row = t.StoreRow(id=STORE_ID, name=plan.name, city=plan.city)
        session.add(row)
        session.flush()
        work.record(Action.CREATE, store_ref(row), after=row_values(row, STORE_FIELDS))
        work.changed(ChangeKind.STORE, [row.id])
        departments: dict[tuple[str, str], int] = {}
        for floor_plan in plan.floors:
            floor = new_floor(
                work,
                floor_plan.code,
                floor_plan.name,
                floor_plan.name_en,
                int(floor_plan.end_racks),
                int(floor_plan.pile_spots),
            )
            for name in floor_plan.departments:
                department = new_department(work, floor, name, name)
                departments[(floor.code.lower(), name.lower())] = department.id
        for buyer in plan.buyers:
            ids = []
            for code, name in buyer.departments:
                key = (code.lower(), name.lower())
                if key not in departments:
                    raise DomainError(
                        "store.no_such_department", field="buyers", name=name, floor=code
                    )
                ids.append(departments[key])
            new_buyer(work, buyer.name, buyer.floors, ids)
        return SetupDone(
            convert.store(row), planner, len(plan.floors), len(departments), len(plan.buyers)
        )


def init_store(
    ctx: Context, name: str, city: str = "", planner: NewPlanner | None = None
) -> SetupDone:
    """Name the store (and make its first planner): `store init` of the command line."""
    return set_up_store(ctx, StoreSetup(name, city, planner))


def update_store(
    ctx: Context, name: str, city: str = "", *, seen_version: int | None = None
) -> Store:
    """Change the store's name or city."""
    shown = clean_text(name, "name", required=True)
    where = clean_text(city, "city", limit=100)
    with writing(ctx) as work:
        work.require(Right.EDIT_STORE)
        row = work.session.get(t.StoreRow, STORE_ID, with_for_update=True)
        if row is None:
            raise DomainError("store.not_set_up")
        check_seen(work, row, seen_version, store_ref(row), {"name": shown, "city": where})
        before = row_values(row, STORE_FIELDS)
        row.name, row.city = shown, where
        work.session.flush()
        note_update(work, store_ref(row), before, row_values(row, STORE_FIELDS), ChangeKind.STORE)
        return convert.store(row)
