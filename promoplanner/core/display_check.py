"""The daily display check per item: what was found, the fix task, history and pass rates.

An item is *right* at a check when it stands at its planned position (pile display, end
rack or zone), its shelf price tag agrees with the flyer price, its POP card is there and
faces customers, and it is not out of stock without the "temporarily out" card. Stock
that is full, low, or out with the card up counts as right: a sold-out item's gap with
its card is how the store is meant to show it (the reorder is the buyer's matter).

Low stock is no fault of the display, but a pile that runs low must be restocked before
it empties, and that is the floor's job: a check that finds stock low carries a restock
task (who, by when) just as a fault carries its fix task.

Nothing is overwritten: every check is a record; the latest check of an item (by time,
the later record winning a tie) is what screens and sheets show. Every check that is not
right, or finds stock low, carries a fix task (who fixes it, by when); a task is done
when a later check finds nothing to fix, and a later check that still finds something to
fix sets a new task in its place.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction
from typing import TypeVar

from promoplanner.core.errors import DomainError
from promoplanner.core.i18n import Language, text
from promoplanner.core.validation import clean_text

K = TypeVar("K", bound=Hashable)
NAME_LIMIT = 100
PROBLEM_LIMIT = 200


class CheckRound(StrEnum):
    """When in the day a check is made: every morning, and if the floor wants, twice more."""

    MORNING = "morning"
    MIDDAY = "midday"
    EVENING = "evening"


# When each round begins: the morning walk before and after opening, the midday walk
# around the lunch rush, the evening walk for the after-work rush and the night.
ROUND_STARTS = ((time(16, 0), CheckRound.EVENING), (time(11, 0), CheckRound.MIDDAY))


def round_at(moment: datetime | time) -> CheckRound:
    """The round that fits a time of day: morning until 11:00, midday until 16:00, then evening."""
    clock = moment.time() if isinstance(moment, datetime) else moment
    return next((r for start, r in ROUND_STARTS if clock >= start), CheckRound.MORNING)


class Stock(StrEnum):
    """How much of the item is on the shelf."""

    FULL = "full"
    LOW = "low"
    OUT = "out"  # out, with the "temporarily out" card up and the gap kept empty
    OUT_NO_CARD = "out_no_card"


class Problem(StrEnum):
    """What a check can find wrong with an item's display."""

    NOT_PLACED = "not_placed"
    TAG_WRONG = "tag_wrong"
    NO_POP = "no_pop"
    OUT_NO_CARD = "out_no_card"
    LOW_STOCK = "low_stock"  # not a fault: a job, the pile needs restocking


def faults(placed: bool, tag_ok: bool, pop: bool, stock: Stock) -> tuple[Problem, ...]:
    """What is wrong with a display, in the order of the sheet's columns."""
    found = (
        (not placed, Problem.NOT_PLACED),
        (not tag_ok, Problem.TAG_WRONG),
        (not pop, Problem.NO_POP),
        (stock is Stock.OUT_NO_CARD, Problem.OUT_NO_CARD),
    )
    return tuple(problem for wrong, problem in found if wrong)


def to_fix(placed: bool, tag_ok: bool, pop: bool, stock: Stock) -> tuple[Problem, ...]:
    """What needs a fix task: the faults, and low stock (a restock)."""
    low = (Problem.LOW_STOCK,) if stock is Stock.LOW else ()
    return faults(placed, tag_ok, pop, stock) + low


@dataclass(frozen=True)
class FixTask:
    """What is wrong, who fixes it and by when."""

    fixer: str
    due: datetime
    problem: str = ""  # in the checker's words; the failed points are on the check anyway


@dataclass(frozen=True)
class ItemCheck:
    """One check of one item: who checked when, what they found, and the fix it needs."""

    item_id: int
    day: date
    round: CheckRound
    at: datetime
    checker: str
    placed: bool
    tag_ok: bool
    pop: bool
    stock: Stock
    fix: FixTask | None = None

    @property
    def problems(self) -> tuple[Problem, ...]:
        """What the check found wrong, in the order of the sheet's columns."""
        return faults(self.placed, self.tag_ok, self.pop, self.stock)

    @property
    def ok(self) -> bool:
        """Whether the item was right at this check (what the pass rate counts)."""
        return not self.problems

    @property
    def to_fix(self) -> tuple[Problem, ...]:
        """What the check's fix task is for: the faults, and a restock when stock is low."""
        return to_fix(self.placed, self.tag_ok, self.pop, self.stock)

    @property
    def needs_fix(self) -> bool:
        """Whether the check must carry a fix task."""
        return bool(self.to_fix)


def problem_params(check: ItemCheck) -> dict[str, str]:
    """The points to fix for a message, joined the English and the Chinese way."""
    en = [text(f"display.problem.{p.value}", Language.EN) for p in check.to_fix]
    zh = [text(f"display.problem.{p.value}", Language.ZH) for p in check.to_fix]
    return {"problems": ", ".join(en), "problems_zh": "、".join(zh)}


def validate_check(check: ItemCheck) -> ItemCheck:
    """The check with names trimmed, or a refusal saying what must be mended first."""
    checker = clean_text(check.checker, "checker", limit=NAME_LIMIT)
    if not checker:
        raise DomainError("display.no_checker", field="checker")
    if check.at.date() < check.day:
        raise DomainError("checks.future_day", field="day", day=check.day)
    fix = check.fix
    if fix is None and check.needs_fix:
        if check.ok:  # only low stock: a restock, not a fault
            raise DomainError("fix.restock_required", field="fixer")
        raise DomainError("fix.required", field="fixer", **problem_params(check))
    if fix is not None:
        if not check.needs_fix:
            raise DomainError("fix.nothing_wrong", field="fixer")
        fixer = clean_text(fix.fixer, "fixer", limit=NAME_LIMIT)
        if not fixer:
            raise DomainError("fix.no_fixer", field="fixer")
        if fix.due <= check.at:
            raise DomainError(
                "fix.due_before_check",
                field="due",
                due=f"{fix.due:%Y-%m-%d %H:%M}",
                at=f"{check.at:%Y-%m-%d %H:%M}",
            )
        problem = clean_text(fix.problem, "problem", limit=PROBLEM_LIMIT)
        fix = replace(fix, fixer=fixer, problem=problem)
    return replace(check, checker=checker, fix=fix)


def in_order(checks: Iterable[ItemCheck]) -> list[ItemCheck]:
    """Checks by time; records of the same moment keep the order they were made in."""
    return sorted(checks, key=lambda c: c.at)


def latest(checks: Iterable[ItemCheck]) -> ItemCheck | None:
    """The check that counts now: the last made."""
    ordered = in_order(checks)
    return ordered[-1] if ordered else None


def latest_per_item(checks: Iterable[ItemCheck]) -> dict[int, ItemCheck]:
    """Each item's latest check."""
    last: dict[int, ItemCheck] = {}
    for check in in_order(checks):
        last[check.item_id] = check
    return last


@dataclass(frozen=True)
class FixState:
    """A fix task as it stands: done by a later check with nothing to fix, replaced, or open."""

    check: ItemCheck  # the check that found the problem and set the task
    task: FixTask
    done_at: datetime | None = None
    done_by: str = ""
    replaced: bool = False  # a later check found something still to fix and set a new task

    @property
    def open(self) -> bool:
        """Whether the task still waits for its fix."""
        return self.done_at is None and not self.replaced

    def overdue(self, now: datetime) -> bool:
        """Whether the task is open at or after its due time (due 12:00 is late at 12:00)."""
        return self.open and now >= self.task.due


def fix_history(checks: Iterable[ItemCheck]) -> tuple[FixState, ...]:
    """Every fix task of one item's checks (any days), and what became of it."""
    ordered = in_order(checks)
    states: list[FixState] = []
    for i, check in enumerate(ordered):
        if check.fix is None:
            continue
        state = FixState(check, check.fix)
        for later in ordered[i + 1 :]:
            if not later.needs_fix:
                state = replace(state, done_at=later.at, done_by=later.checker)
                break
            if later.fix is not None:
                state = replace(state, replaced=True)
                break
        states.append(state)
    return tuple(states)


def open_fixes(checks: Iterable[ItemCheck]) -> tuple[FixState, ...]:
    """The open fix task of every item that has one, oldest due first."""
    by_item: dict[int, list[ItemCheck]] = {}
    for check in checks:
        by_item.setdefault(check.item_id, []).append(check)
    found = [s for item in by_item.values() for s in fix_history(item) if s.open]
    return tuple(sorted(found, key=lambda s: (s.task.due, s.check.item_id)))


@dataclass(frozen=True)
class PassRate:
    """Items right out of items checked."""

    right: int
    checked: int

    def __add__(self, other: PassRate) -> PassRate:
        return PassRate(self.right + other.right, self.checked + other.checked)

    @property
    def ratio(self) -> Fraction | None:
        """Right ÷ checked exactly; None when nothing was checked."""
        return Fraction(self.right, self.checked) if self.checked else None

    @property
    def percent(self) -> Decimal | None:
        """The rate in per cent to one decimal (half up); None when nothing was checked."""
        if not self.checked:
            return None
        exact = Decimal(self.right * 100) / Decimal(self.checked)
        return exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    @property
    def display(self) -> str:
        """The percentage as printed: '87.5%', or '—' when nothing was checked."""
        percent = self.percent
        return "—" if percent is None else f"{percent}%"


def pass_rate(checks: Iterable[ItemCheck], round: CheckRound | None = None) -> PassRate:
    """Items right ÷ items checked: each item once per day, by its latest check that day.

    With ``round``, only that round's checks count (the morning's rate, say). Over
    several days every item-day counts once, so a phase's rate is right item-days ÷
    checked item-days. Items nobody checked are in neither number.
    """
    last: dict[tuple[int, date], ItemCheck] = {}
    for check in in_order(checks):
        if round is None or check.round is round:
            last[(check.item_id, check.day)] = check
    return PassRate(sum(1 for c in last.values() if c.ok), len(last))


def pass_rates(
    checks: Iterable[ItemCheck],
    key: Callable[[ItemCheck], K],
    round: CheckRound | None = None,
) -> dict[K, PassRate]:
    """Pass rate per group, e.g. per floor, department or day (``key`` names the group)."""
    groups: dict[K, list[ItemCheck]] = {}
    for check in checks:
        groups.setdefault(key(check), []).append(check)
    return {k: pass_rate(group, round) for k, group in groups.items()}


@dataclass(frozen=True)
class CheckProgress:
    """How far a check got: items on the list, how many were checked, how many passed.

    A rate alone misleads: 1 item checked of 51 reads "100%". Over several days the
    numbers are item-days, like the pass rate's.
    """

    listed: int
    rate: PassRate

    def __add__(self, other: CheckProgress) -> CheckProgress:
        return CheckProgress(self.listed + other.listed, self.rate + other.rate)

    @property
    def checked(self) -> int:
        """Items (item-days) checked."""
        return self.rate.checked

    @property
    def right(self) -> int:
        """Items (item-days) found right."""
        return self.rate.right


def check_progress(
    checks: Iterable[ItemCheck], listed: int, round: CheckRound | None = None
) -> CheckProgress:
    """The progress of a list of ``listed`` items (item-days) from its checks."""
    return CheckProgress(listed, pass_rate(checks, round))


def progress_text(
    progress: CheckProgress, label: str = "", language: Language | None = None
) -> str:
    """'1F: 1 of 51 checked, 1 passed (100.0%)' — what every screen and sheet says."""
    if progress.checked:
        said = text("display.progress", language, checked=progress.checked,
                    listed=progress.listed, right=progress.right,
                    rate=progress.rate.display)  # fmt: skip
    else:
        said = text("display.progress_none", language, listed=progress.listed)
    return text("display.progress_of", language, label=label, progress=said) if label else said


_YES = {"yes", "y", "1", "true", "是", "有", "对"}
_NO = {"no", "n", "0", "false", "否", "无", "没有", "错"}


def parse_yes_no(value: str | bool, field: str) -> bool:
    """A yes or no as typed (yes/no, y/n, 是/否)."""
    if isinstance(value, bool):
        return value
    word = value.strip().casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise DomainError("display.not_yes_no", field=field, value=value)


def parse_tag(value: str | bool) -> bool:
    """Whether the price tag agrees with the flyer, typed as ok or wrong."""
    if isinstance(value, bool):
        return value
    word = value.strip().casefold()
    if word in {"ok", "right", "对", "正确"}:
        return True
    if word in {"wrong", "错", "错误"}:
        return False
    raise DomainError("display.not_tag", field="tag", value=value)


def parse_round(value: str | CheckRound) -> CheckRound:
    """A check round: morning, midday or evening."""
    try:
        return CheckRound(value.strip().casefold() if isinstance(value, str) else value)
    except ValueError:
        raise DomainError("display.not_round", field="round", value=value) from None


def parse_stock(value: str | Stock) -> Stock:
    """Stock as typed: full, low, out (card up) or out-no-card."""
    word = value.strip().casefold().replace("-", "_") if isinstance(value, str) else value
    try:
        return Stock(word)
    except ValueError:
        raise DomainError("display.not_stock", field="stock", value=value) from None
