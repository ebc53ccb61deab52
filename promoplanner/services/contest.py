"""Contest registration by the floor management department."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from promoplanner.core.enums import Role
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.model import Contest, ContestEntrant
from promoplanner.core.validation import clean_phone, clean_text
from promoplanner.services.context import Context
from promoplanner.services.guards import require_role
from promoplanner.storage import convert
from promoplanner.storage import tables as t


@dataclass(frozen=True)
class ContestRoster:
    """A contest and everyone registered for it."""

    contest: Contest
    entrants: tuple[ContestEntrant, ...]

    @property
    def cans_needed(self) -> int:
        """Gift cans to have ready: so many per entrant."""
        return self.contest.cans_per_entrant * len(self.entrants)


def contest_roster(ctx: Context, contest_id: int) -> ContestRoster:
    """The contest and its entrants in registration order."""
    with ctx.uow.reading() as session:
        row = session.get(t.ContestRow, contest_id)
        if row is None:
            raise NotFound("not_found.contest", value=contest_id)
        entrants = session.scalars(
            select(t.ContestEntrantRow)
            .where(t.ContestEntrantRow.contest_id == contest_id)
            .order_by(t.ContestEntrantRow.id)
        )
        return ContestRoster(convert.contest(row), tuple(convert.entrant(e) for e in entrants))


def register_entrant(
    ctx: Context, contest_id: int, name: str, phone: str = "", on: date | None = None
) -> ContestEntrant:
    """Register somebody for the contest, from the day registration opens to contest day."""
    require_role(ctx, Role.FLOOR_MANAGER, Role.PLANNER)
    name = clean_text(name, "name", required=True, limit=100)
    phone = clean_phone(phone)
    day = on or ctx.clock.now().date()
    with ctx.uow.transaction() as session:
        contest = session.get(t.ContestRow, contest_id)
        if contest is None:
            raise NotFound("not_found.contest", value=contest_id)
        if not contest.registration_opens <= day <= contest.day:
            raise DomainError(
                "contest.registration_closed",
                field="name",
                day=day,
                opens=contest.registration_opens,
                contest_day=contest.day,
            )
        twin = session.scalar(
            select(t.ContestEntrantRow.id).where(
                t.ContestEntrantRow.contest_id == contest_id,
                t.ContestEntrantRow.name == name,
                t.ContestEntrantRow.phone == phone,
            )
        )
        if twin is not None:  # every entrant gets 5 cans: a double entry costs stock
            raise DomainError("contest.already_registered", field="name", name=name)
        row = t.ContestEntrantRow(contest_id=contest_id, name=name, phone=phone, registered_on=day)
        session.add(row)
        session.flush()
        return convert.entrant(row)


def remove_entrant(ctx: Context, entrant_id: int) -> None:
    """Take somebody off the registration list."""
    require_role(ctx, Role.FLOOR_MANAGER, Role.PLANNER)
    with ctx.uow.transaction() as session:
        row = session.get(t.ContestEntrantRow, entrant_id)
        if row is None:
            raise NotFound("not_found.entrant", value=entrant_id)
        session.delete(row)


def set_prizes(ctx: Context, contest_id: int, first: str, second: str, third: str) -> Contest:
    """Name the prizes for places 1, 2 and 3 (the source plan leaves them blank)."""
    require_role(ctx, Role.PLANNER, Role.FLOOR_MANAGER)
    prizes = [clean_text(p, f"prize_{n}") for n, p in enumerate((first, second, third), 1)]
    with ctx.uow.transaction() as session:
        row = session.get(t.ContestRow, contest_id)
        if row is None:
            raise NotFound("not_found.contest", value=contest_id)
        row.prize_1, row.prize_2, row.prize_3 = prizes
        session.flush()
        return convert.contest(row)
