"""Shared fixtures: a real SQLite database with the demo campaign, at a fixed moment."""

from __future__ import annotations

import os
from datetime import datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
os.environ.setdefault("PROMOPLANNER_LANG", "en")

import pytest
from signed_in import as_user

from promoplanner.core.clock import FixedClock
from promoplanner.core.i18n import set_language
from promoplanner.services.context import connect
from promoplanner.services.demo import load_demo

# A day in the planning weeks of the 2027 demo: both buyer deadlines are still ahead.
PLANNING_DAY = datetime(2027, 5, 20, 9, 0)


@pytest.fixture(autouse=True)
def _english():
    set_language("en")
    yield
    set_language("en")


@pytest.fixture(autouse=True)
def _the_tests_clock_is_real(monkeypatch, request):
    """In the tests the clock they set stands for the real time, deadlines included.

    promoplanner stores a late record only once a deadline has really passed (a --now
    trial ahead of today records nothing); a test moving its clock past a deadline means
    that it has. Tests of the trial itself mark themselves ``real_deadlines``.
    """
    if "real_deadlines" not in request.keywords:
        import promoplanner.services.late as late

        monkeypatch.setattr(late, "real_time", lambda ctx, _session: ctx.clock.now())


@pytest.fixture
def clock() -> FixedClock:
    """A clock standing on a planning day of the 2027 demo; tests may move it."""
    return FixedClock(PLANNING_DAY)


@pytest.fixture
def db_path(tmp_path):
    """Path of a fresh SQLite database file."""
    return tmp_path / "promo.sqlite"


@pytest.fixture
def ctx(db_path, clock):
    """A context on an empty, migrated database (nobody signed in: the demo needs nobody)."""
    context = connect(str(db_path), clock=clock)
    yield context
    context.uow.engine.dispose()


@pytest.fixture
def demo_ctx(ctx):
    """The demo planner's context on a database holding the 2027 demo campaign."""
    load_demo(ctx, 2027)
    return as_user(ctx, "planner")


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory):
    """A demo database built once per test run; copy it for tests that only read."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    context = connect(str(path), clock=FixedClock(PLANNING_DAY))
    load_demo(context, 2027)
    context.uow.engine.dispose()
    return path
