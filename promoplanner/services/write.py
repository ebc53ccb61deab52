"""The one write path: a signed-in person, their rights, one transaction, its history.

A use case that changes data runs inside ``writing(ctx)``: it gets a ``Work`` holding the
session, the person (re-read from the database, so a disabled account stops at once), the
trusted time, the person's rights, and what the change touched. The use case validates
its typed input first, then changes rows, then notes the history and what changed;
``writing`` writes the history in the same transaction and, once committed, tells the
context's listener what changed. Use cases compose by passing the Work down.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from promoplanner.core.audit import Action, JsonValue, ObjectRef, json_value
from promoplanner.core.changes import ChangeCollector, ChangeKind
from promoplanner.core.errors import Conflict, NotAllowed, NotSignedIn
from promoplanner.core.i18n import WordList, Words, text
from promoplanner.core.people import Person, Right
from promoplanner.services.context import Context
from promoplanner.storage import tables as t

# Who the history names for changes nobody signed in for (the demo building itself).
PROGRAM_USER = "promoplanner"


@dataclass
class Work:
    """One change in progress: its session, person, time, rights and what it touched."""

    session: Session
    ctx: Context
    person: Person | None
    now: datetime  # the time the change counts at (the pretended one while --now is set)
    real_now: datetime  # the real time: the database's clock where it has one
    rights: frozenset[Right] = frozenset()
    changes: ChangeCollector = field(default_factory=ChangeCollector)
    _history: list[dict[str, object]] = field(default_factory=list)

    def may(self, right: Right) -> bool:
        """Whether the person holds the right (through any of their roles)."""
        return right in self.rights

    def require(self, *rights: Right) -> Person:
        """The person, refused unless they hold one of the rights."""
        return checked_person(self.person, self.rights, rights)

    def record(
        self,
        action: Action,
        obj: ObjectRef,
        before: Mapping[str, JsonValue] | None = None,
        after: Mapping[str, JsonValue] | None = None,
        *,
        phase_id: int | None = None,
        campaign_id: int | None = None,
        reason: str = "",
    ) -> None:
        """Note a history entry; it is written in this transaction, before the commit."""
        self._history.append(
            {
                "at": self.now,
                "real_at": self.real_now,
                "person_id": self.person.id if self.person else None,
                "user_name": self.person.user_name if self.person else PROGRAM_USER,
                "action": action.value,
                "object_kind": obj.kind.value,
                "object_id": obj.id,
                "label": obj.label[:300],
                "campaign_id": campaign_id,
                "phase_id": phase_id,
                "before": _json(before),
                "after": _json(after),
                "reason": reason,
            }
        )

    def changed(
        self, kind: ChangeKind, ids: Iterable[int] = (), phase_id: int | None = None
    ) -> None:
        """Note what the change touched, for the screens that show it."""
        self.changes.add(kind, ids, phase_id)

    def flush_history(self) -> None:
        """Write the noted history entries (one statement for all of them)."""
        if self._history:
            self.session.execute(insert(t.HistoryRow), self._history)
            self._history.clear()


@contextmanager
def writing(ctx: Context, *, signed_in: bool = True) -> Iterator[Work]:
    """A change by the signed-in person in one transaction, with its history.

    Refused (and nothing written) when nobody is signed in, unless `signed_in` is False
    (the demo on a new database and the store's first planner, made before anyone exists).
    """
    if signed_in and ctx.actor is None:
        raise NotSignedIn("people.not_signed_in")
    with ctx.uow.transaction() as session:
        now, real = _times(ctx, session)
        person, rights = _current_person(session, ctx.actor) if ctx.actor else (None, frozenset())
        work = Work(session, ctx, person, now, real, rights)
        yield work
        work.flush_history()
    if ctx.listener is not None and work.changes.frozen():
        ctx.listener(work.changes.frozen())


def real_time(ctx: Context, session: Session) -> datetime:
    """The real time now, by the database server's clock where there is one (never --now)."""
    return _times(ctx, session)[1]


def _times(ctx: Context, session: Session) -> tuple[datetime, datetime]:
    """(counted, real): the database server's clock where there is one, else the PC's."""
    if ctx.uow.dialect == "sqlite":
        real = datetime.now().replace(microsecond=0)
    else:  # deadlines are judged by the server's clock, which no PC can set back
        server = session.scalar(select(func.localtimestamp()))
        real = (server or datetime.now()).replace(microsecond=0, tzinfo=None)
    return (ctx.clock.now() if ctx.clock.pretended else real), real


def _current_person(session: Session, person: Person) -> tuple[Person, frozenset[Right]]:
    """The person as stored now (roles, buyer record) and their rights; refused if disabled."""
    from promoplanner.services.people import person_value  # people builds on this module

    row = session.get(t.PersonRow, person.id)
    if row is None or not row.active:
        raise NotAllowed("people.disabled", user=person.user_name)
    current = person_value(session, row)
    return current, rights_of(session, current)


def rights_of(session: Session, person: Person) -> frozenset[Right]:
    """The rights the person's roles hold, as the role_right table says (one query)."""
    if not person.roles:
        return frozenset()
    names = session.scalars(
        select(t.RoleRightRow.right).where(t.RoleRightRow.role.in_(sorted(person.roles)))
    )
    return frozenset(Right(n) for n in names if n in Right._value2member_map_)


def check_seen(
    work: Work,
    row: t.Versioned,
    seen: int | None,
    obj: ObjectRef,
    mine: Mapping[str, object],
) -> None:
    """Refuse a change made on a copy older than the row (nothing is kept, both values said).

    `seen` is the version the person loaded (None: the caller did not say, e.g. a script
    without --if-version, which accepts the row as it is now).
    """
    if seen is None or row.version == seen:
        return
    who, when = last_change(work.session, obj)
    theirs = {name: getattr(row, name, None) for name in mine}
    raise Conflict(
        obj.label, seen=seen, current=row.version, who=who, when=when,
        theirs=theirs, mine=dict(mine),
    )  # fmt: skip


def last_change(session: Session, obj: ObjectRef) -> tuple[str, str]:
    """Who made the latest recorded change of the object, and when (for a conflict)."""
    row = session.execute(
        select(t.HistoryRow.user_name, t.PersonRow.display_name, t.HistoryRow.at)
        .outerjoin(t.PersonRow, t.PersonRow.id == t.HistoryRow.person_id)
        .where(t.HistoryRow.object_kind == obj.kind.value, t.HistoryRow.object_id == obj.id)
        .order_by(t.HistoryRow.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return text("conflict.unknown_person"), "—"
    return (row.display_name or row.user_name), row.at.strftime("%Y-%m-%d %H:%M")


def _json(values: Mapping[str, JsonValue] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def row_values(row: object, fields: Iterable[str]) -> dict[str, JsonValue]:
    """The named attributes of a row, as the history writes them."""
    return {name: json_value(getattr(row, name)) for name in fields}


def note_update(
    work: Work,
    obj: ObjectRef,
    before: Mapping[str, JsonValue],
    after: Mapping[str, JsonValue],
    kind: ChangeKind,
    *,
    phase_id: int | None = None,
    campaign_id: int | None = None,
) -> None:
    """Record what an update changed (only the fields that differ) and what it touched."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    if keys:
        work.record(
            Action.UPDATE, obj, {k: before.get(k) for k in keys}, {k: after[k] for k in keys},
            phase_id=phase_id, campaign_id=campaign_id,
        )  # fmt: skip
    work.changed(kind, [obj.id], phase_id)


def checked_person(
    person: Person | None, held: frozenset[Right], wanted: tuple[Right, ...]
) -> Person:
    """The person, refused unless signed in and holding one of the wanted rights."""
    if person is None:
        raise NotSignedIn("people.not_signed_in")
    if not any(r in held for r in wanted):
        raise NotAllowed(
            "rights.missing",
            user=person.name,
            roles=WordList(*(Words(f"role.{r.value}") for r in sorted(person.roles))),
            right=Words(f"right.{wanted[0].value}"),
        )
    return person


def require_right(ctx: Context, right: Right) -> Person:
    """The signed-in person, refused unless they hold the right (for reads that need one)."""
    if ctx.actor is None:
        raise NotSignedIn("people.not_signed_in")
    with ctx.uow.reading() as session:
        person, rights = _current_person(session, ctx.actor)
    return checked_person(person, rights, (right,))


def may(ctx: Context, right: Right) -> bool:
    """Whether the signed-in person holds the right (for screens deciding what to offer)."""
    if ctx.actor is None:
        return False
    with ctx.uow.reading() as session:
        return right in rights_of(session, ctx.actor)


@contextmanager
def checking_only(ctx: Context) -> Iterator[Work]:
    """The signed-in person's Work on a session that writes nothing (a preview's checks).

    The same rights and trusted time as a change; noted history is dropped, and nothing
    the checks touch is committed, so a preview never holds the write lock.
    """
    if ctx.actor is None:
        raise NotSignedIn("people.not_signed_in")
    with ctx.uow.reading() as session:
        now, real = _times(ctx, session)
        person, rights = _current_person(session, ctx.actor)
        yield Work(session, ctx, person, now, real, rights)
