"""The GUI's link to the services: one open database, one campaign, the person signed in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from promoplanner.core.changes import Changes, merged
from promoplanner.core.clock import Clock
from promoplanner.core.findings import Finding
from promoplanner.core.model import CampaignSnapshot
from promoplanner.core.people import Person
from promoplanner.core.rules import check_campaign
from promoplanner.services.campaigns import list_campaigns, load_snapshot
from promoplanner.services.context import Context
from promoplanner.services.passwords import sign_in
from promoplanner.services.people import list_people
from promoplanner.services.store import StoreLayout, store_layout

T = TypeVar("T")


class AppSession(QObject):
    """Holds the service context; screens call services through it and hear what changed."""

    # What kind of data a service call changed: "items", "planning", "events", "checks",
    # "contest", "campaign", "store". Screens refresh only what concerns them.
    data_changed = Signal(str)
    actor_changed = Signal()  # somebody else signed in (File → Switch user)
    campaign_changed = Signal()

    def __init__(self, ctx: Context, campaign_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx.listening(self._heard)  # the services say what each change touched
        self._heard_changes: list[Changes] = []
        self._changes: Changes | None = None
        self._campaign_id = campaign_id
        self._snapshot: CampaignSnapshot | None = None
        self._findings: tuple[datetime, list[Finding]] | None = None
        self._layout: StoreLayout | None = None
        self.data_changed.connect(self._forget)

    @property
    def ctx(self) -> Context:
        """The service context (database, clock, actor)."""
        return self._ctx

    @property
    def campaign_id(self) -> int | None:
        """The campaign on screen; the latest one unless the user chose another."""
        if self._campaign_id is None:
            campaigns = list_campaigns(self._ctx)
            self._campaign_id = campaigns[0].id if campaigns else None
        return self._campaign_id

    def set_campaign(self, campaign_id: int) -> None:
        """Show another campaign."""
        self._campaign_id = campaign_id
        self._forget("campaign")
        self.campaign_changed.emit()

    @property
    def person(self) -> Person | None:
        """Who is signed in (None on a new database before its first planner exists)."""
        return self._ctx.actor

    def sign_in(self, user_name: str, password: str, *, clock: Clock | None = None) -> Person:
        """Sign in with a password; a refusal raises SignInRefused and nobody changes.

        The slow-down after wrong passwords counts real seconds: `clock` is the one it
        reads (the computer's by default, even while --now holds the campaign's time).
        """
        checking = self._ctx if clock is None else replace(self._ctx, clock=clock)
        person = sign_in(checking, user_name, password).actor
        assert person is not None
        self.signed_in(person)
        return person

    def signed_in(self, person: Person) -> None:
        """Work as the person just signed in (or the first planner the assistant just made)."""
        self._ctx = self._ctx.acting_as(person)
        self._findings = None
        self.actor_changed.emit()

    def people(self) -> list[Person]:
        """Everybody who can sign in to this database (the history names them)."""
        return [info.person for info in list_people(self._ctx)]

    def snapshot(self) -> CampaignSnapshot | None:
        """The campaign as frozen values, cached until a change is announced."""
        if self._snapshot is None and self.campaign_id is not None:
            self._snapshot = load_snapshot(self._ctx, self.campaign_id)
        return self._snapshot

    def findings(self) -> list[Finding]:
        """The rule findings of the campaign now, errors first; computed once per change."""
        # Kept per minute as well: a deadline passing turns a short floor into a late list.
        minute = self._ctx.clock.now().replace(second=0, microsecond=0)
        if self._findings is None or self._findings[0] != minute:
            snap = self.snapshot()
            self._findings = (minute, check_campaign(snap, self._ctx.clock.now()) if snap else [])
        return self._findings[1]

    def known_findings(self) -> list[Finding] | None:
        """The findings when already computed since the last change this minute, else None."""
        minute = self._ctx.clock.now().replace(second=0, microsecond=0)
        if self._findings is None or self._findings[0] != minute:
            return None
        return self._findings[1]

    def layout(self) -> StoreLayout:
        """Floors, departments and buyers, cached until the store changes."""
        if self._layout is None:
            self._layout = store_layout(self._ctx, self.campaign_id)
        return self._layout

    def change(self, kind: str, call: Callable[..., T], *args, **kwargs) -> T:
        """Run a service that changes data, then tell every screen what kind changed.

        A refused change raises the service's PromoError unchanged, so the caller can show
        its message next to the field; nothing is announced then.
        """
        self._heard_changes = []
        result = call(self._ctx, *args, **kwargs)
        self._changes = merged(self._heard_changes)
        try:
            self.data_changed.emit(kind)
        finally:
            self._changes = None
        return result

    def current_changes(self) -> Changes | None:
        """While a change is announced: what the services said it touched (kinds and ids).

        None for an announcement without that word (a screen then refreshes all it shows).
        """
        return self._changes

    def _heard(self, changes: Changes) -> None:
        self._heard_changes.append(changes)

    def _forget(self, kind: str) -> None:
        self._snapshot = None
        self._findings = None
        if kind in ("store", "campaign"):
            self._layout = None
