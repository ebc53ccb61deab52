"""Errors a person can read: each carries a catalogue key and renders in either language."""

from __future__ import annotations

from promoplanner.core.i18n import Language, text


class PromoError(Exception):
    """Base of every error promoplanner explains to its user."""

    def __init__(self, key: str, field: str | None = None, **params: object) -> None:
        self.key = key
        self.field = field  # the input the error is about, so a form can mark it
        self.params = params
        super().__init__(self.message(Language.EN))

    def message(self, language: Language | str | None = None) -> str:
        """The explanation in the given (or current) language."""
        return text(self.key, language, **self.params)

    def __str__(self) -> str:
        return self.message()


class DomainError(PromoError):
    """A change the rules refuse; nothing was written."""


class NotFound(DomainError):
    """The thing asked for does not exist."""


class NotAllowed(DomainError):
    """The user's role may not make this change."""


class DeadlinePassed(NotAllowed):
    """The buyer's deadline has passed; their items are read-only."""


class DatabaseProblem(PromoError):
    """The database cannot be opened or used as asked."""


class NotSignedIn(NotAllowed):
    """Nobody is signed in, and the change needs a person with the right."""


class SignInRefused(NotAllowed):
    """The user name or password was not accepted."""


class Conflict(DomainError):
    """Somebody changed the row since the person saw it; nothing of this change was kept.

    `theirs` and `mine` hold, per field the person was changing, the value stored now and
    the value the person typed, so a screen can offer "keep mine" or "take theirs".
    """

    def __init__(
        self,
        label: str,
        *,
        seen: int,
        current: int,
        who: str,
        when: str,
        theirs: dict[str, object],
        mine: dict[str, object],
        key: str = "conflict.changed_meanwhile",
        **more: object,
    ) -> None:
        self.label, self.seen, self.current = label, seen, current
        self.who, self.when = who, when
        self.theirs, self.mine = theirs, mine
        shown = "; ".join(f"{k}: {theirs.get(k)!s} ≠ {mine.get(k)!s}" for k in mine)
        # `key` and `more`: a refusal worded for its object (a contest's heat says what changed)
        super().__init__(
            key, field=next(iter(mine), None),
            label=label, who=who, when=when, values=shown, **more,
        )  # fmt: skip
