"""``people password``: a planner resets somebody's; ``--own`` changes one's own."""

from __future__ import annotations

import shutil

import pytest

from promoplanner.cli import main
from promoplanner.core.errors import SignInRefused
from promoplanner.services.context import connect
from promoplanner.services.passwords import sign_in


@pytest.fixture
def cli(tmp_path, demo_db_template, capsys, monkeypatch):
    """Run promoplanner on a copy of the demo; the environment holds the passwords."""
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_template, db)
    monkeypatch.delenv("PROMOPLANNER_USER", raising=False)
    monkeypatch.delenv("PROMOPLANNER_NEW_PASSWORD", raising=False)

    def run(*args: str, user: str | None, password: str | None = "demo", new: str | None = None):
        if password is None:
            monkeypatch.delenv("PROMOPLANNER_PASSWORD", raising=False)
        else:
            monkeypatch.setenv("PROMOPLANNER_PASSWORD", password)
        if new is not None:
            monkeypatch.setenv("PROMOPLANNER_NEW_PASSWORD", new)
        signed = ["--user", user] if user else []
        code = main(["--db", str(db), *signed, *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.db = db
    return run


def signs_in(db, user: str, password: str) -> bool:
    ctx = connect(str(db), create=False)
    try:
        sign_in(ctx, user, password)
        return True
    except SignInRefused:
        return False
    finally:
        ctx.uow.engine.dispose()


def test_a_buyer_changes_their_own_password(cli):
    code, out, err = cli("people", "password", "--own", user="buyer-food", new="zongzi-2027")
    assert code == 0, err
    assert "buyer-food: your password is changed" in out
    assert signs_in(cli.db, "buyer-food", "zongzi-2027")
    assert not signs_in(cli.db, "buyer-food", "demo")


def test_on_a_terminal_the_passwords_are_asked_without_echo(cli, monkeypatch):
    import getpass
    import sys

    answers = ["demo", "zongzi-2027", "zongzi-2027"]
    asked = []

    def typed(prompt):
        asked.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr(getpass, "getpass", typed)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    code, _, err = cli("people", "password", "--own", user="buyer-food", password=None)
    assert code == 0, err
    assert asked == ["Password for buyer-food: ", "New password: ", "The same password again: "]
    assert signs_in(cli.db, "buyer-food", "zongzi-2027")


def test_a_wrong_current_password_changes_nothing(cli):
    code, out, err = cli(
        "people", "password", "--own", user="buyer-food", password="guess", new="zongzi-2027"
    )
    assert code == 2 and out == "" and "password is wrong" in err
    assert signs_in(cli.db, "buyer-food", "demo")


def test_a_new_password_breaking_the_rules_is_refused_in_one_line(cli):
    code, _, err = cli("people", "password", "--own", user="floor", new="abc")
    assert code == 2 and "at least 4 characters" in err and len(err.strip().splitlines()) == 1
    assert signs_in(cli.db, "floor", "demo")


def test_own_needs_to_know_who_and_only_them(cli):
    code, _, err = cli("people", "password", "--own", user=None, new="zongzi-2027")
    assert code == 2 and "--user" in err
    code, _, err = cli(
        "people", "password", "planner", "--own", user="buyer-food", new="zongzi-2027"
    )
    assert code == 2 and "--user" in err
    assert signs_in(cli.db, "planner", "demo") and signs_in(cli.db, "buyer-food", "demo")


def test_a_planner_resets_a_buyers_password_but_their_own_only_with_own(cli):
    code, out, err = cli("people", "password", "buyer-food", user="planner", new="reset-2027")
    assert code == 0 and "buyer-food has a new password" in out
    assert signs_in(cli.db, "buyer-food", "reset-2027")
    code, out, err = cli("people", "password", "planner", user="planner", new="mine-2027")
    assert code == 2 and "people password --own" in err
    code, out, err = cli("people", "password", "buyer-food", user="floor", new="mine-2027")
    assert code == 2 and "manage people" in err
    assert signs_in(cli.db, "planner", "demo")
