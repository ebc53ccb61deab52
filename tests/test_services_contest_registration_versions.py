"""Two laptops at the registration desk: both registrations land, a stale draw is refused.

Each laptop is its own engine on the same SQLite file. Registering and taking somebody off
the list name no version, but raise the contest's: a draw shown the list before them is
refused with who and when, and no draw ever leaves out a person registered meanwhile.
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select
from test_services_contest_versions import EVENING, laptops

from promoplanner.core.errors import Conflict, DomainError
from promoplanner.core.i18n import Language
from promoplanner.services.contest import contest_roster, register_entrant, remove_entrant
from promoplanner.services.contest_run import contest_run, draw_round, find_contest
from promoplanner.services.contest_versions import contest_stamp
from promoplanner.services.context import connect
from promoplanner.storage import tables as t


@pytest.fixture
def desk(demo_ctx, db_path, clock):
    """Zhao Min's and Qian Li's laptops at the demo contest, six people registered."""
    clock.at = EVENING
    other = connect(str(db_path), clock=clock)
    try:
        a, b = laptops(demo_ctx, other)
        contest = find_contest(a)
        for n in range(1, 7):
            register_entrant(a, contest, f"选手{n}")
        yield a, b, contest
    finally:
        other.uow.engine.dispose()


def drawn(ctx, contest) -> list[str]:
    """Everybody in the heats of round 1, by name."""
    run = contest_run(ctx, contest)
    return sorted(run.name(e) for h in run.state.rounds[0].heats for e in h.entrant_ids)


def rounds(ctx) -> int:
    with ctx.uow.reading() as session:
        return session.scalar(select(func.count()).select_from(t.ContestRoundRow)) or 0


def test_two_laptops_registering_two_people_both_land_and_each_raises_the_version(desk):
    a, b, contest = desk
    before = contest_run(a, contest).version
    register_entrant(a, contest, "王伟")
    register_entrant(b, contest, "李娜")  # B's screen never showed 王伟: still no refusal
    names = [e.name for e in contest_roster(a, contest).entrants]
    assert names[-2:] == ["王伟", "李娜"]
    assert contest_run(b, contest).version == before + 2


def test_a_draw_shown_the_list_before_a_registration_is_refused_and_nothing_drawn(desk):
    a, b, contest = desk
    seen = contest_run(b, contest)  # Qian Li looks at six entrants
    register_entrant(a, contest, "王伟")  # Zhao Min registers a seventh at the desk
    with pytest.raises(Conflict) as refused:
        draw_round(b, contest, seed=3, seen_version=seen.version)
    assert rounds(a) == 0
    english, chinese = refused.value.message(Language.EN), refused.value.message(Language.ZH)
    assert "赵敏" in english and "2027-06-27 19:00" in english and "added: 王伟" in english
    assert "Nothing was saved" in english
    assert "赵敏" in chinese and "新增：王伟" in chinese and "本次未保存" in chinese
    # Looked at again, the draw takes all seven.
    draw_round(b, contest, seed=3, seen_version=contest_run(b, contest).version)
    assert drawn(a, contest) == sorted([*(f"选手{n}" for n in range(1, 7)), "王伟"])


def test_a_draw_shown_somebody_taken_off_the_list_since_is_refused_with_who(desk):
    a, b, contest = desk
    seen = contest_run(b, contest)
    gone = contest_roster(a, contest).entrants[-1]
    remove_entrant(a, gone.id)
    assert contest_run(a, contest).version == seen.version + 1
    with pytest.raises(Conflict) as refused:
        draw_round(b, contest, seed=3, seen_version=seen.version)
    assert f"deleted: {gone.name}" in refused.value.message(Language.EN)
    assert "赵敏" in refused.value.message(Language.EN) and rounds(a) == 0


def test_a_registration_after_a_colleagues_draw_is_refused_not_left_out(desk):
    a, b, contest = desk
    draw_round(b, contest, seed=3)
    with pytest.raises(DomainError) as refused:
        register_entrant(a, contest, "王伟")
    assert refused.value.key == "contest.registration_over"
    assert "王伟" not in [e.name for e in contest_roster(a, contest).entrants]


def test_registering_and_drawing_at_the_same_instant_never_leaves_a_registered_person_out(desk):
    """The draw as a one-shot command (no version): whoever waits sees the other's change."""
    a, b, contest = desk
    said = race_register_and_draw(a, b, contest)
    registered = "王伟" in [e.name for e in contest_roster(a, contest).entrants]
    assert said["draw"] == "drawn"
    assert registered == (said["register"] == "registered")
    assert registered == ("王伟" in drawn(a, contest))


def race_register_and_draw(a, b, contest, seen: int | None = None) -> dict[str, str]:
    """A registers 王伟 while B draws round 1, from two threads at the same moment."""
    start = threading.Barrier(2)
    said: dict[str, str] = {}

    def register():
        start.wait()
        try:
            register_entrant(a, contest, "王伟")
            said["register"] = "registered"
        except DomainError as exc:
            said["register"] = exc.key

    def draw():
        start.wait()
        try:
            draw_round(b, contest, seed=3, seen_version=seen)
            said["draw"] = "drawn"
        except Conflict:
            said["draw"] = "conflict"

    threads = [threading.Thread(target=register), threading.Thread(target=draw)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return said


def test_the_stamp_moves_with_every_change_and_matches_what_a_read_gives(desk):
    a, b, contest = desk
    first = contest_stamp(b, contest)
    assert first == contest_run(b, contest).stamp and first.heats == ()
    register_entrant(a, contest, "王伟")
    second = contest_stamp(b, contest)
    assert second.version == first.version + 1
    run = draw_round(a, contest, seed=3)
    third = contest_stamp(b, contest)
    assert third == run.stamp and [h for h, _v in third.heats] == ["1-1", "1-2"]
    assert contest_stamp(b, 999_999) is None
