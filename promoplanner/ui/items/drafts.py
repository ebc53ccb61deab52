"""New rows being typed into the item table, and every reason one is not saved yet.

Plain state, apart from the Qt model. A new row is saved once its required fields are
filled and nothing is wrong with it; until then it can say, all at once, what is wrong
(each refused cell, prices that do not go together, a department of another floor, a
refusal of the services) and what is still to fill in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import count

from promoplanner.core.errors import PromoError
from promoplanner.core.validation import check_prices
from promoplanner.ui.items.columns import REQUIRED

_draft_numbers = count(1)


@dataclass(eq=False)  # two empty new rows are still two rows
class Draft:
    """A new row being typed in; it becomes an item once its required fields are valid."""

    values: dict[str, object] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # what was typed where refused
    errors: dict[str, str] = field(default_factory=dict)  # field -> why its cell is refused
    number: int = field(default_factory=lambda: next(_draft_numbers))
    defaults: tuple[str, ...] = ()  # fields filled in for the person (floor, buyer)
    together: dict[str, str] = field(default_factory=dict)  # field -> why, of several fields

    def typed(self) -> bool:
        """Whether the person typed anything into the row (defaults alone are not work)."""
        return bool(self.texts) or any(k not in self.defaults for k in self.values)

    def missing(self) -> list[str]:
        """The required fields still empty (a refused one counts as refused, not missing)."""
        return [k for k in REQUIRED if k not in self.values and k not in self.errors]

    def problems(self) -> dict[str, str]:
        """Every reason the row is refused now, by field, in the table's order of fields."""
        return {**self.together, **self.errors}

    def recheck(self, department_floor: Mapping[int, int]) -> None:
        """Check the fields that must go together (prices; department and floor)."""
        self.together = {}
        regular, promo = self.values.get("regular_price"), self.values.get("promo_price")
        if isinstance(regular, Decimal) and isinstance(promo, Decimal):
            try:
                check_prices(regular, promo)
            except PromoError as error:
                self.together[error.field or "promo_price"] = error.message()
        department, floor = self.values.get("department_id"), self.values.get("floor_id")
        if isinstance(department, int) and isinstance(floor, int):
            on = department_floor.get(department)
            if on is not None and on != floor:
                refusal = PromoError("input.department_not_on_floor", field="department_id")
                self.together["department_id"] = refusal.message()
        for key in self.errors:
            self.together.pop(key, None)  # a refused cell says its own reason

    def ready(self) -> bool:
        """Whether the row can be sent to the services."""
        return not self.missing() and not self.problems()
