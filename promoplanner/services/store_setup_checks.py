"""The first-run assistant's answers checked page by page: every problem at once, by row and field.

Nothing is read or written here; ``set_up_store`` checks the same again when it writes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from promoplanner.core.errors import DomainError, PromoError
from promoplanner.core.validation import clean_text, parse_count
from promoplanner.services.buyers import buyer_name
from promoplanner.services.floors import floor_code, names
from promoplanner.services.people import account_name, check_password

COUNT_LIMIT = 10_000  # end racks or pile spots on one floor


@dataclass(frozen=True)
class SetupProblem:
    """A refused answer: the row of its list (None on a form), the field, and why."""

    row: int | None
    field: str
    error: PromoError


class _Problems:
    """Collects refusals instead of stopping at the first."""

    def __init__(self) -> None:
        self.found: list[SetupProblem] = []

    def check(self, row: int | None, field: str, test: Callable[[], object]) -> object | None:
        try:
            return test()
        except PromoError as exc:
            self.found.append(SetupProblem(row, field, exc))
            return None

    def add(self, row: int | None, field: str, error: PromoError) -> None:
        self.found.append(SetupProblem(row, field, error))


def store_problems(name: str, city: str) -> list[SetupProblem]:
    """What is wrong with the store's name and city."""
    problems = _Problems()
    problems.check(None, "name", lambda: clean_text(name, "name", required=True))
    problems.check(None, "city", lambda: clean_text(city, "city", limit=100))
    return problems.found


def planner_problems(user_name: str, password: str, display_name: str) -> list[SetupProblem]:
    """What is wrong with the first planner's account (the password is not hashed here)."""
    problems = _Problems()
    problems.check(None, "user_name", lambda: account_name(user_name))
    problems.check(
        None, "display_name", lambda: clean_text(display_name, "display_name", limit=100)
    )
    problems.check(None, "password", lambda: check_password(password))
    return problems.found


def floor_problems(
    floors: Sequence[tuple[str, str, str, str, Sequence[str]]],
) -> list[SetupProblem]:
    """What is wrong with the floors (code, name, end racks, pile spots, departments)."""
    problems = _Problems()
    seen: set[str] = set()
    for row, (code_text, name, racks, piles, departments) in enumerate(floors):
        code = problems.check(row, "code", partial(floor_code, code_text))
        if isinstance(code, str):
            if code.lower() in seen:
                problems.add(row, "code", DomainError("store.floor_code_taken", code=code))
            seen.add(code.lower())
        problems.check(row, "name", partial(names, name))
        for field, value in (("end_racks", racks), ("pile_spots", piles)):
            problems.check(row, field, partial(parse_count, value or "0", field, 0, COUNT_LIMIT))
        known: set[str] = set()
        for department in departments:
            if department.lower() in known:
                floor = code if isinstance(code, str) else code_text
                problems.add(
                    row,
                    "departments",
                    DomainError("store.department_name_taken", name=department, floor=floor),
                )
            known.add(department.lower())
    return problems.found


def buyer_problems(
    floors: Sequence[tuple[str, Sequence[str]]],
    buyers: Sequence[tuple[str, Sequence[str], Sequence[tuple[str, str]]]],
) -> list[SetupProblem]:
    """What is wrong with the buyers (name, floor codes, (floor, department) pairs), given the
    floors set up with them (code, department names)."""
    problems = _Problems()
    departments = {code.lower(): {d.lower() for d in names_} for code, names_ in floors}
    shown = " ".join(code for code, _ in floors) or "—"
    seen: set[str] = set()
    for row, (name, codes, wanted) in enumerate(buyers):
        checked = problems.check(row, "name", partial(buyer_name, name))
        if isinstance(checked, str):
            if checked.lower() in seen:
                problems.add(row, "name", DomainError("store.buyer_name_taken", name=checked))
            seen.add(checked.lower())
        for code in codes:
            if code.strip().lower() not in departments:
                problems.add(
                    row, "floors", DomainError("store.setup_no_floor", code=code, known=shown)
                )
        for code, department in wanted:
            if code.strip().lower() not in departments:
                problems.add(
                    row, "departments", DomainError("store.setup_no_floor", code=code, known=shown)
                )
            elif department.strip().lower() not in departments[code.strip().lower()]:
                problems.add(
                    row,
                    "departments",
                    DomainError("store.no_such_department", name=department, floor=code),
                )
        if not codes and not wanted:
            problems.add(row, "floors", DomainError("store.buyer_needs_floor"))
    return problems.found
