"""Contest registration by the floor management department."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from promoplanner.core import bracket
from promoplanner.core.audit import Action, ObjectKind, ObjectRef
from promoplanner.core.changes import ChangeKind
from promoplanner.core.errors import DomainError, NotFound
from promoplanner.core.model import Contest, ContestEntrant
from promoplanner.core.people import Right
from promoplanner.core.validation import clean_phone, clean_text
from promoplanner.services.contest_store import load_state
from promoplanner.services.contest_versions import check_contest_seen, raise_versions
from promoplanner.services.context import Context
from promoplanner.services.write import note_update, row_values, writing
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
            .where(
                t.ContestEntrantRow.contest_id == contest_id,
                # withdrawn before the first draw: no longer on the list, no cans
                t.ContestEntrantRow.withdrawn_before_round.is_distinct_from(1),
            )
            .order_by(t.ContestEntrantRow.id)
        )
        return ContestRoster(convert.contest(row), tuple(convert.entrant(e) for e in entrants))


def register_entrant(
    ctx: Context, contest_id: int, name: str, phone: str = "", on: date | None = None
) -> ContestEntrant:
    """Register somebody for the contest, from the day registration opens to contest day.

    It names no version seen: two laptops registering two people both land. It locks the
    contest and raises its version, so a draw made on a list shown before it is refused
    and a draw committed first makes it refused (services/contest_versions.py).
    """
    name = clean_text(name, "name", required=True, limit=100)
    phone = clean_phone(phone)
    with writing(ctx) as work:
        work.require(Right.RUN_CONTEST)
        session = work.session
        day = on or work.now.date()
        contest = session.get(t.ContestRow, contest_id, with_for_update=True)
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
        state = load_state(session, contest)
        twin = session.scalar(
            select(t.ContestEntrantRow.id).where(
                t.ContestEntrantRow.contest_id == contest_id,
                t.ContestEntrantRow.name == name,
                t.ContestEntrantRow.phone == phone,
                t.ContestEntrantRow.withdrawn_before_round.is_(None),
            )
        )
        if twin is not None and not state.rounds:  # every entrant gets 5 cans
            key = "contest.already_registered" if phone else "contest.already_registered_no_phone"
            raise DomainError(key, field="name", name=name)
        # Results and the board go by name: a second Zhang Wei is told apart ("Zhang Wei 2").
        # The engine also refuses once round 1 is drawn.
        bracket.register(state, name)
        row = t.ContestEntrantRow(contest_id=contest_id, name=name, phone=phone, registered_on=day)
        session.add(row)
        session.flush()
        raise_versions(work, contest)
        work.record(
            Action.CREATE, ObjectRef(ObjectKind.ENTRANT, row.id, name),
            after=row_values(row, ENTRANT_FIELDS), phase_id=contest.phase_id,
        )  # fmt: skip
        work.changed(ChangeKind.CONTEST, [contest_id], contest.phase_id)
        return convert.entrant(row)


ENTRANT_FIELDS = ("contest_id", "name", "phone", "registered_on")


def remove_entrant(ctx: Context, entrant_id: int) -> None:
    """Take somebody off the registration list (before the first draw).

    Like registering, it names the entrant, not a version seen: it locks the contest and
    raises its version, so a draw shown the longer list is refused.
    """
    with writing(ctx) as work:
        work.require(Right.RUN_CONTEST)
        row = work.session.get(t.ContestEntrantRow, entrant_id)
        if row is None:
            raise NotFound("not_found.entrant", value=entrant_id)
        contest = work.session.get(t.ContestRow, row.contest_id, with_for_update=True)
        if contest is not None and load_state(work.session, contest).rounds:
            raise DomainError("contest.remove_after_draw", name=row.name)
        if contest is not None:
            raise_versions(work, contest)
        phase_id = contest.phase_id if contest is not None else None
        work.record(
            Action.DELETE, ObjectRef(ObjectKind.ENTRANT, row.id, row.name),
            before=row_values(row, ENTRANT_FIELDS), phase_id=phase_id,
        )  # fmt: skip
        work.changed(ChangeKind.CONTEST, [row.contest_id], phase_id)
        work.session.delete(row)


def set_prizes(
    ctx: Context,
    contest_id: int,
    first: str,
    second: str,
    third: str,
    *,
    seen_version: int | None = None,
) -> Contest:
    """Name the prizes for places 1, 2 and 3 (the source plan leaves them blank).

    `seen_version` is the contest's version the person was shown: prizes are checked
    against the contest as a whole, like a draw (services/contest_versions.py).
    """
    prizes = [clean_text(p, f"prize_{n}") for n, p in enumerate((first, second, third), 1)]
    with writing(ctx) as work:
        work.require(Right.RUN_CONTEST)
        row = work.session.get(t.ContestRow, contest_id, with_for_update=True)
        if row is None:
            raise NotFound("not_found.contest", value=contest_id)
        check_contest_seen(work, row, seen_version)
        fields = ("prize_1", "prize_2", "prize_3")
        before = row_values(row, fields)
        row.prize_1, row.prize_2, row.prize_3 = prizes
        work.session.flush()
        note_update(
            work, ObjectRef(ObjectKind.CONTEST, row.id, row.name), before,
            row_values(row, fields), ChangeKind.CONTEST, phase_id=row.phase_id,
        )  # fmt: skip
        return convert.contest(row)
