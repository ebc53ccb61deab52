"""People who sign in, what their roles let them do, and how their passwords are kept."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from promoplanner.core.enums import Role


class Right(StrEnum):
    """One thing a role may do; which roles hold which rights is data (table role_right)."""

    EDIT_OWN_ITEMS = "items.edit_own"  # items of one's own floors, until the deadline
    EDIT_ALL_ITEMS = "items.edit_all"  # any item, also after the deadline
    EDIT_CAMPAIGN = "campaign.edit"  # campaigns, phases, quotas, deadlines, activities, zones
    EDIT_STORE = "store.edit"  # floors, departments, buyers
    SET_GOLDEN_SPOTS = "store.golden_spots"  # a floor's end racks and pile-display spots
    RECORD_CHECKS = "checks.record"  # the daily display check
    RUN_CONTEST = "contest.run"  # registration, draws, results
    MANAGE_PEOPLE = "people.manage"  # accounts, roles, passwords
    REOPEN_DEADLINE = "deadline.reopen"  # let buyers change items after the cutoff
    NUMBER_PROOFS = "proofs.number"  # record a numbered flyer proof
    SUBMIT_ITEMS = "items.submit"  # hand in one's own list for a phase (a signed statement)
    REVIEW_SUBMISSIONS = "submissions.review"  # approve or return a buyer's list
    WAIVE_ASSESSMENT = "assessment.waive"  # let a late buyer off the assessment, with a reason


# What a new database grants each role (migrations 0005 and 0008 write the same rows).
DEFAULT_GRANTS: dict[Role, frozenset[Right]] = {
    Role.PLANNER: frozenset(Right) - {Right.EDIT_OWN_ITEMS, Right.SUBMIT_ITEMS},
    Role.BUYER: frozenset({Right.EDIT_OWN_ITEMS, Right.SUBMIT_ITEMS}),
    Role.FLOOR_MANAGER: frozenset({Right.RECORD_CHECKS, Right.RUN_CONTEST, Right.SET_GOLDEN_SPOTS}),
}
# The order in which a person's main role is named (status bar, messages).
ROLE_ORDER = (Role.PLANNER, Role.BUYER, Role.FLOOR_MANAGER)


@dataclass(frozen=True)
class Person:
    """Somebody who signs in: roles and, as a buyer, buyer record, floors and departments."""

    id: int
    user_name: str
    display_name: str
    roles: frozenset[Role]
    active: bool = True
    buyer_id: int | None = None
    floor_ids: tuple[int, ...] = ()
    department_ids: tuple[int, ...] = ()

    @property
    def role(self) -> Role:
        """The main role, for labels: planner before buyer before floor management."""
        return next((r for r in ROLE_ORDER if r in self.roles), Role.FLOOR_MANAGER)

    @property
    def name(self) -> str:
        """The name shown for this person."""
        return self.display_name or self.user_name

    def has_role(self, role: Role) -> bool:
        """Whether the person holds that role (among others)."""
        return role in self.roles


# scrypt with a per-person salt: slow to guess, fast enough to sign in (about 50 ms here).
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
_SCHEME = "scrypt"


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """A salted scrypt hash of the password, with its parameters, for storing."""
    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    params = f"{_SCRYPT['n']}:{_SCRYPT['r']}:{_SCRYPT['p']}"
    return "$".join((_SCHEME, params, _b64(salt), _b64(digest)))


def password_matches(password: str, stored: str) -> bool:
    """Whether the password gives the stored hash (compared in constant time)."""
    try:
        scheme, params, salt, digest = stored.split("$")
        n, r, p = (int(x) for x in params.split(":"))
        expected = base64.b64decode(digest)
        if scheme != _SCHEME:
            return False
        got = hashlib.scrypt(
            password.encode("utf-8"), salt=base64.b64decode(salt), dklen=len(expected),
            n=n, r=r, p=p,
        )  # fmt: skip
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@cache
def unknown_user_hash() -> str:
    """A hash to check a password of an unknown user name against: it costs the same time."""
    return hash_password("", salt=b"promoplanner-no-user")
