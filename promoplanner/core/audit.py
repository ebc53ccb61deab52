"""The history of changes: who did what, when, to which object, with values before and after."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum, StrEnum

JsonValue = str | int | bool | None | list["JsonValue"] | dict[str, "JsonValue"]


class Action(StrEnum):
    """What a history entry records."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    REOPEN = "reopen"  # a deadline reopened for buyers
    SIGN_IN = "sign_in"
    PASSWORD = "password"  # a password set or reset (the hash is never written down)
    IMPORT = "import"  # a spreadsheet imported (its rows have their own entries)
    SUBMIT = "submit"  # a buyer handed in their list
    APPROVE = "approve"  # the planning department accepted a list
    RETURN = "return"  # the planning department sent a list back, with a comment
    RECORD = "record"  # a late record frozen at a deadline
    WAIVE = "waive"  # an assessment waived, with a reason
    DRAW = "draw"  # a contest round drawn, with its seed
    REDRAW = "redraw"  # a drawn round drawn again before any result
    RESULT = "result"  # a contest result entered, corrected or cleared
    WITHDRAW = "withdraw"  # an entrant withdrew or did not show up
    TIE = "tie"  # the organiser's choice for a tie


class ObjectKind(StrEnum):
    """The kinds of object the history names."""

    CAMPAIGN = "campaign"
    HOLIDAY = "holiday"
    PHASE = "phase"
    QUOTA = "quota"
    DEADLINE = "deadline"
    ITEM = "item"
    ACTIVITY = "activity"
    ZONE = "zone"
    CONTEST = "contest"
    ENTRANT = "entrant"
    CHECK = "check"
    PROOF = "proof"
    FLOOR = "floor"
    DEPARTMENT = "department"
    BUYER = "buyer"
    PERSON = "person"
    STORE = "store"
    SUBMISSION = "submission"
    LATE_RECORD = "late_record"
    SHEET = "sheet"  # an imported spreadsheet file


@dataclass(frozen=True)
class ObjectRef:
    """The object an entry concerns: its kind, id and a label a person recognises."""

    kind: ObjectKind
    id: int
    label: str = ""


@dataclass(frozen=True)
class HistoryEntry:
    """One change as the history keeps it (values as in status --json)."""

    id: int
    at: datetime  # the time the change counts at (the pretended one while --now is set)
    real_at: datetime  # the real time it was made
    user: str
    action: Action
    object: ObjectRef
    before: Mapping[str, JsonValue] | None = None
    after: Mapping[str, JsonValue] | None = None
    phase_id: int | None = None
    campaign_id: int | None = None
    reason: str = ""
    extra: Mapping[str, JsonValue] = field(default_factory=dict)

    @property
    def pretended(self) -> bool:
        """Whether the change was made on a clock set with --now."""
        return self.at != self.real_at

    def as_json(self) -> dict[str, JsonValue]:
        """The entry as `log --json` prints it."""
        return {
            "at": self.at.isoformat(timespec="seconds"),
            "real_at": self.real_at.isoformat(timespec="seconds"),
            "user": self.user,
            "action": self.action.value,
            "object": {"kind": self.object.kind.value, "id": self.object.id,
                       "label": self.object.label},
            "before": dict(self.before) if self.before is not None else None,
            "after": dict(self.after) if self.after is not None else None,
            "reason": self.reason,
        }  # fmt: skip


def json_value(value: object) -> JsonValue:
    """A value as the history and the JSON interfaces write it (money as "12.80", ISO dates)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return json_value(value.value)
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return [json_value(v) for v in items]
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    return str(value)


def values_of(obj: object, fields: tuple[str, ...]) -> dict[str, JsonValue]:
    """The named fields of a value, as the history writes them."""
    return {name: json_value(getattr(obj, name)) for name in fields}


def changed_only(
    before: Mapping[str, JsonValue], after: Mapping[str, JsonValue]
) -> tuple[dict[str, JsonValue], dict[str, JsonValue]]:
    """The fields whose value differs, before and after (an update's entry keeps only these)."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}
