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
