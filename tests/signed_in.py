"""Tests act as the demo's people (or any buyer) without typing passwords."""

from __future__ import annotations


def as_user(context, user_name: str):
    """The context acting as the person with that user name (no password: tests only)."""
    from promoplanner.services.people import person_by_user_name

    return context.acting_as(person_by_user_name(context, user_name))


def as_buyer(context, buyer_id: int):
    """The context acting as the buyer's person, given an account first if they have none."""
    from sqlalchemy import select

    from promoplanner.core.enums import Role
    from promoplanner.services.people import add_person, person_value
    from promoplanner.storage import tables as t

    with context.uow.reading() as session:
        buyer = session.get(t.BuyerRow, buyer_id)
        assert buyer is not None, buyer_id
        person = session.get(t.PersonRow, buyer.person_id) if buyer.person_id else None
        if person is not None:
            return context.acting_as(person_value(session, person))
        floors = [f.id for f in buyer.floors]
        name = buyer.name
        exists = session.scalar(
            select(t.PersonRow.id).where(t.PersonRow.user_name == f"b{buyer_id}")
        )
    planner = as_user(context, "planner")
    if not exists:
        add_person(planner, f"b{buyer_id}", "buyer-pass", [Role.BUYER],
                   display_name=name, buyer_floor_ids=floors)  # fmt: skip
    return as_user(context, f"b{buyer_id}")


DEMO_PASSWORD = "demo"  # every demo person's
BUYER_PASSWORD = "buyer-pass"  # the accounts as_buyer gives buyers who had none


def sign_in(session, user_name: str, password: str = DEMO_PASSWORD):
    """The GUI session signed in as that person (the service the sign-in dialog calls)."""
    return session.sign_in(user_name, password)


def sign_in_buyer(session, buyer_id: int):
    """The GUI session signed in as the buyer's person (given an account first if needed)."""
    person = as_buyer(session.ctx, buyer_id).actor
    demo = person.user_name.startswith("buyer-")
    return session.sign_in(person.user_name, DEMO_PASSWORD if demo else BUYER_PASSWORD)


def run_cli(args: list[str], user: str | None = "planner") -> int:
    """promoplanner's command line in this process, signed in as the demo user (password demo)."""
    import os
    from unittest.mock import patch

    from promoplanner.cli import main

    signed = ["--user", user] if user else []
    with patch.dict(os.environ, {"PROMOPLANNER_PASSWORD": "demo"}):
        return main([*signed, *args])


def quiet(err: str) -> str:
    """Stderr without the line saying that --now holds the clock still."""
    return "".join(line for line in err.splitlines(True) if "clock stands still" not in line)
