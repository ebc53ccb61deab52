"""The contest's plain values: entrants, results, heats, rounds, decisions and the state."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from promoplanner.core.bracket.plan import check_group_size
from promoplanner.core.errors import DomainError

MAX_SECONDS = Decimal("999.99")  # one bottle; a longer time is a typo (NUMERIC(7,2) holds it)
CENTISECOND = Decimal("0.01")
_TIME = re.compile(r"\d+(?:\.\d+)?")
_WIDE = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


class ResultKind(StrEnum):
    """What a result says: a time, did not finish, or disqualified."""

    TIME = "time"
    DNF = "DNF"
    DQ = "DQ"


@dataclass(frozen=True)
class Result:
    """One entrant's result in one race: seconds to 0.01 s, or DNF, or DQ."""

    kind: ResultKind
    seconds: Decimal | None = None

    def __post_init__(self) -> None:
        # A result is either a time or a mark, never both: rankings rely on it.
        if (self.kind is ResultKind.TIME) != (self.seconds is not None):
            raise ValueError(f"a {self.kind} result cannot carry seconds={self.seconds}")

    @classmethod
    def time(cls, seconds: Decimal | str | int) -> Result:
        """A finishing time (validated as typed input)."""
        return parse_result(str(seconds))

    @property
    def finished(self) -> bool:
        """Whether the entrant finished (only finishers are ranked)."""
        return self.kind is ResultKind.TIME

    def __str__(self) -> str:
        return f"{self.seconds}" if self.seconds is not None else self.kind.value


DNF = Result(ResultKind.DNF)
DQ = Result(ResultKind.DQ)

_MARKS = {"DNF": DNF, "未完成": DNF, "DQ": DQ, "犯规": DQ, "取消资格": DQ}


def parse_result(value: str | Result, field: str = "seconds") -> Result:
    """A result as typed: '12.34' (also '12,34' or full-width digits), 'DNF' or 'DQ'."""
    if isinstance(value, Result):
        return value
    typed = value.strip().translate(_WIDE)
    mark = _MARKS.get(typed.upper())
    if mark is not None:
        return mark
    cleaned = typed.replace(",", ".", 1) if typed.count(",") == 1 else typed
    if cleaned.startswith("-") and _TIME.fullmatch(cleaned[1:]):
        raise DomainError("contest.time_not_positive", field=field, value=value)
    if not _TIME.fullmatch(cleaned):
        raise DomainError("contest.time_not_number", field=field, value=value)
    seconds = Decimal(cleaned)
    if seconds <= 0:
        raise DomainError("contest.time_not_positive", field=field, value=value)
    if seconds != seconds.quantize(CENTISECOND):
        raise DomainError("contest.time_too_precise", field=field, value=value)
    if seconds > MAX_SECONDS:
        raise DomainError("contest.time_too_long", field=field, value=value, maximum=MAX_SECONDS)
    return Result(ResultKind.TIME, seconds.quantize(CENTISECOND))


@dataclass(frozen=True)
class Entrant:
    """Somebody registered; ``order`` is the registration order (smaller is earlier)."""

    id: int
    name: str
    order: int


@dataclass(frozen=True)
class Heat:
    """A group racing together: its round, its number in the round, its entrants."""

    round: int
    number: int
    entrant_ids: tuple[int, ...]

    @property
    def id(self) -> str:
        """The heat as people write it: round and heat, e.g. '2-3'."""
        return heat_id(self.round, self.number)


def heat_id(round_number: int, heat_number: int) -> str:
    """The label of heat ``heat_number`` of round ``round_number``."""
    return f"{round_number}-{heat_number}"


@dataclass(frozen=True)
class Round:
    """A drawn round: the seed it was drawn with, its heats, and how many go through.

    ``advance`` is fixed when the round is drawn (see ``plan``); 0 marks the final.
    A walkover is a final without heats: ``walkover`` is the one entrant, placed first.
    """

    number: int
    seed: int
    heats: tuple[Heat, ...]
    advance: int
    walkover: int | None = None

    @property
    def is_final(self) -> bool:
        """Whether this round decides the places (nobody goes through from it)."""
        return self.advance == 0

    @property
    def entrant_ids(self) -> tuple[int, ...]:
        """Everybody in this round, heat by heat."""
        if self.walkover is not None:
            return (self.walkover,)
        return tuple(e for heat in self.heats for e in heat.entrant_ids)

    def heat(self, number: int) -> Heat | None:
        """The heat with that number, if the round has one."""
        return next((h for h in self.heats if h.number == number), None)

    def heat_of(self, entrant_id: int) -> Heat | None:
        """The heat the entrant races in."""
        return next((h for h in self.heats if entrant_id in h.entrant_ids), None)


@dataclass(frozen=True)
class Withdrawal:
    """An entrant who withdrew (or did not show up) before round ``before_round`` raced."""

    entrant_id: int
    before_round: int


class TieBreak(StrEnum):
    """How the organiser settles a tie."""

    RERUN = "rerun"  # the tied race again; the re-run orders them (their times stay)
    EARLIER_REGISTRATION = "earlier_registration"


@dataclass(frozen=True)
class TieDecision:
    """The organiser's choice for a tie between exactly these entrants in this round."""

    round: int
    entrant_ids: frozenset[int]
    way: TieBreak
    rerun: tuple[tuple[int, Result], ...] = ()  # re-run results, as they come in

    @property
    def rerun_results(self) -> dict[int, Result]:
        """Re-run result per entrant entered so far."""
        return dict(self.rerun)

    @property
    def missing(self) -> frozenset[int]:
        """Tied entrants whose re-run result is still missing (none for registration)."""
        if self.way is not TieBreak.RERUN:
            return frozenset()
        return self.entrant_ids - {e for e, _ in self.rerun}


@dataclass(frozen=True)
class ContestState:
    """Everything recorded about one contest, as plain values.

    ``results`` maps (round number, entrant id) to the current result; the caller keeps
    the history of corrections. ``decisions`` are in the order they were taken.
    """

    group_size: int = 4
    cans_per_entrant: int = 5
    entrants: tuple[Entrant, ...] = ()
    withdrawals: tuple[Withdrawal, ...] = ()
    rounds: tuple[Round, ...] = ()
    results: Mapping[tuple[int, int], Result] = field(default_factory=dict)
    decisions: tuple[TieDecision, ...] = ()

    def __post_init__(self) -> None:
        check_group_size(self.group_size)
        if self.cans_per_entrant < 0:
            raise DomainError("contest.cans_negative", field="cans_per_entrant")

    def entrant(self, entrant_id: int) -> Entrant:
        """The entrant with that id."""
        for e in self.entrants:
            if e.id == entrant_id:
                return e
        raise DomainError("contest.not_an_entrant", value=entrant_id)

    def name(self, entrant_id: int) -> str:
        """The entrant's name."""
        return self.entrant(entrant_id).name

    def result(self, round_number: int, entrant_id: int) -> Result | None:
        """The entrant's current result in that round, if entered."""
        return self.results.get((round_number, entrant_id))

    def withdrawal(self, entrant_id: int) -> Withdrawal | None:
        """When the entrant withdrew, if they did."""
        return next((w for w in self.withdrawals if w.entrant_id == entrant_id), None)

    @property
    def last_round(self) -> Round | None:
        """The round drawn last, if any."""
        return self.rounds[-1] if self.rounds else None

    @property
    def active_entrants(self) -> tuple[Entrant, ...]:
        """Entrants who did not withdraw before the first round, in registration order."""
        gone = {w.entrant_id for w in self.withdrawals if w.before_round <= 1}
        return tuple(
            sorted((e for e in self.entrants if e.id not in gone), key=lambda e: (e.order, e.id))
        )
