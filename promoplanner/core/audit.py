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


def change_text(entry: HistoryEntry, language: str | None = None) -> str:
    """What an entry changed, in one line of the log ("" when there is nothing to add).

    A contest's entries keep structured values (a heat with its result, a draw's seed,
    a prize with who got it): they are said in words, not as raw before → after pairs.
    """
    from promoplanner.core.i18n import text

    before, after = entry.before or {}, entry.after or {}
    if entry.object.kind in (ObjectKind.CONTEST, ObjectKind.ENTRANT):
        said = _contest_change(entry.action, before, after, language)
        if said is not None:
            return said
    if not (before and after):
        return ""
    # the fields that really changed: a key kept for context ("heat") is not a change
    return "; ".join(
        f"{k}: {before.get(k)} → {after.get(k)}" for k in after if before.get(k) != after.get(k)
    ) or text("history.nothing_changed", language)


def _contest_change(
    action: Action, before: Mapping[str, JsonValue], after: Mapping[str, JsonValue],
    language: str | None,
) -> str | None:  # fmt: skip
    from promoplanner.core.i18n import text

    if action is Action.RESULT:
        if "rerun" in after:
            return text("history.rerun", language, result=after["rerun"])
        heat = after.get("heat", before.get("heat"))
        old, new = before.get("result"), after.get("result")
        if old is None:
            return text("history.result", language, heat=heat, result=new)
        shown = f"{old} → {'—' if new is None else new}"
        return text("history.result", language, heat=heat, result=shown)
    if action in (Action.DRAW, Action.REDRAW):
        heats = after.get("heats")
        count = len(heats) if isinstance(heats, list) else 1
        key = "history.final_drawn" if after.get("final") else "history.round_drawn"
        said = text(key, language, round=after.get("round"), seed=after.get("seed"), heats=count)
        if action is Action.REDRAW and before.get("seed") is not None:
            said += text("history.seed_before", language, seed=before.get("seed"))
        return said
    if action is Action.TIE:
        names = after.get("entrants")
        listed = [str(n) for n in names] if isinstance(names, list) else []
        way = text(f"history.tie.{after.get('way')}", language)
        return text("history.tie", language, round=after.get("round"), names=", ".join(listed),
                    names_zh="、".join(listed), way=way)  # fmt: skip
    if action is Action.WITHDRAW:
        return text("history.withdrawn", language, round=after.get("before_round"))
    prize = next((k for k in after if k.startswith("prize_") and k.endswith("_given")), None)
    if action is Action.UPDATE and prize is not None:
        key = "history.prize_given" if after[prize] else "history.prize_taken_back"
        name = after.get("entrant")
        said = text(key, language, place=prize.split("_")[1])
        return said + (text("history.prize_to", language, name=name) if name else "")
    return None
