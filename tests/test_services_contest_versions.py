"""Two laptops at one contest: a change made on an old copy is refused, never lost unseen.

Each laptop is its own engine on the same SQLite file, signed in as a different floor
manager. A result names the version of its heat, so times typed into different heats both
land; everything else names the contest's version, which every change raises.
"""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from signed_in import as_user
from sqlalchemy import func, select

from promoplanner.core.bracket import find_entrant
from promoplanner.core.enums import Role
from promoplanner.core.errors import Conflict, DomainError
from promoplanner.core.i18n import Language
from promoplanner.services.contest import register_entrant, set_prizes
from promoplanner.services.contest_run import (
    clear_result,
    contest_run,
    decide_tie,
    draw_round,
    find_contest,
    hand_out_prize,
    record_result,
    redraw_round,
    withdraw_entrant,
)
from promoplanner.services.context import connect
from promoplanner.services.people import add_person
from promoplanner.storage import tables as t

EVENING = datetime(2027, 6, 27, 19, 0)  # contest day of the 2027 demo


def laptops(planner, second_ctx):
    """Zhao Min's laptop on the first engine, Qian Li's on the second one."""
    add_person(planner, "floor2", "secret-2", [Role.FLOOR_MANAGER], display_name="钱立")
    return as_user(planner, "floor"), as_user(second_ctx, "floor2")


@pytest.fixture
def two(demo_ctx, db_path, clock):
    clock.at = EVENING
    other = connect(str(db_path), clock=clock)
    try:
        a, b = laptops(demo_ctx, other)
        contest = find_contest(a)
        for n in range(1, 8):  # 7 entrants: heats 1-1 (four) and 1-2 (three)
            register_entrant(a, contest, f"选手{n}")
        draw_round(a, contest, seed=3)
        yield a, b, contest
    finally:
        other.uow.engine.dispose()


def stored(ctx, contest):
    """What is stored: the contest's version, the heats' versions, results, history size."""
    run = contest_run(ctx, contest)
    with ctx.uow.reading() as session:
        history = session.scalar(select(func.count()).select_from(t.HistoryRow))
    return run.version, dict(run.heat_versions), dict(run.state.results), history


def names(run, heat: str) -> list[str]:
    return [run.name(e) for h in run.state.last_round.heats if h.id == heat for e in h.entrant_ids]


def test_two_results_for_the_same_heat_the_second_is_refused_and_nothing_kept(two):
    a, b, contest = two
    seen_a, seen_b = contest_run(a, contest), contest_run(b, contest)
    first, second = names(seen_a, "1-1")[:2]
    record_result(a, contest, "1-1", first, "41.20", seen_version=seen_a.heat_version("1-1"))
    before = stored(a, contest)
    with pytest.raises(Conflict) as refused:
        record_result(b, contest, "1-1", second, "40.55", seen_version=seen_b.heat_version("1-1"))
    assert stored(a, contest) == before  # no result, no version, no history of the refusal
    assert refused.value.key == "contest.heat_changed_meanwhile"
    assert refused.value.who == "赵敏" and refused.value.mine == {second: "40.55"}
    english, chinese = refused.value.message(Language.EN), refused.value.message(Language.ZH)
    assert "Heat 1-1" in english and "赵敏" in english and first in english
    assert "2027-06-27 19:00" in english and "Nothing was saved" in english
    assert "第 1-1 组" in chinese and "赵敏" in chinese and "本次未保存" in chinese
    # Reloaded, the same time lands.
    fresh = contest_run(b, contest)
    record_result(b, contest, "1-1", second, "40.55", seen_version=fresh.heat_version("1-1"))
    assert (
        str(contest_run(a, contest).state.result(1, find_entrant(fresh.state, second).id))
        == "40.55"
    )


def test_results_for_different_heats_of_the_round_both_land(two):
    a, b, contest = two
    seen_a, seen_b = contest_run(a, contest), contest_run(b, contest)
    run_a = record_result(a, contest, "1-1", names(seen_a, "1-1")[0], "41.20",
                          seen_version=seen_a.heat_version("1-1"))  # fmt: skip
    run_b = record_result(b, contest, "1-2", names(seen_b, "1-2")[0], "39.00",
                          seen_version=seen_b.heat_version("1-2"))  # fmt: skip
    assert len(contest_run(a, contest).state.results) == 2
    assert run_b.version == run_a.version + 1 == seen_a.version + 2  # each raised the contest
    assert run_b.heat_version("1-1") == run_a.version and run_b.heat_version("1-2") == run_b.version
    # The other heat's version did not move: a third time typed into 1-2 from A's first copy
    # is refused, one into 1-1 from the copy A got back lands.
    with pytest.raises(Conflict):
        record_result(a, contest, "1-2", names(seen_a, "1-2")[1], "38.00",
                      seen_version=seen_a.heat_version("1-2"))  # fmt: skip
    record_result(a, contest, "1-1", names(seen_a, "1-1")[1], "42.00",
                  seen_version=run_a.heat_version("1-1"))  # fmt: skip


def test_a_redraw_or_a_draw_after_a_colleagues_result_is_refused(two):
    a, b, contest = two
    seen_b = contest_run(b, contest)
    run = contest_run(a, contest)
    record_result(a, contest, "1-1", names(run, "1-1")[0], "41.20",
                  seen_version=run.heat_version("1-1"))  # fmt: skip
    before = stored(a, contest)
    with pytest.raises(Conflict) as refused:
        redraw_round(b, contest, seed=5, seen_version=seen_b.version)
    assert refused.value.key == "contest.changed_meanwhile"
    assert "赵敏" in refused.value.message(Language.ZH) and "成绩" in refused.value.message(
        Language.ZH
    )
    assert "result: " in refused.value.message(Language.EN)
    for change in (
        lambda: draw_round(b, contest, seed=5, seen_version=seen_b.version),
        lambda: withdraw_entrant(b, contest, "选手7", seen_version=seen_b.version),
        lambda: set_prizes(b, contest, "一箱啤酒", "", "", seen_version=seen_b.version),
    ):
        with pytest.raises(Conflict):
            change()
    assert stored(a, contest) == before
    # Without a version (a one-shot command), the change is judged on what is stored now:
    # the engine refuses the redraw because a result is in.
    with pytest.raises(DomainError) as engine:
        redraw_round(b, contest, seed=5)
    assert not isinstance(engine.value, Conflict)


def test_a_time_typed_on_the_heat_a_colleague_redrew_is_refused(two):
    a, b, contest = two
    old = contest_run(a, contest)
    new = redraw_round(b, contest, seed=11, seen_version=contest_run(b, contest).version)
    assert all(new.heat_version(h) > old.heat_version(h) for h in old.heat_versions)
    somebody = names(new, "1-1")[0]  # in heat 1-1 of the new draw: the engine would take it
    with pytest.raises(Conflict):
        record_result(a, contest, "1-1", somebody, "41.20", seen_version=old.heat_version("1-1"))
    assert contest_run(a, contest).state.results == {}


def test_clearing_a_result_and_ticking_a_prize_check_their_versions(two):
    a, b, contest = two
    run = contest_run(a, contest)
    who = names(run, "1-1")[0]
    seen_b = contest_run(b, contest)
    run = record_result(a, contest, "1-1", who, "41.20", seen_version=run.heat_version("1-1"))
    run = record_result(a, contest, "1-1", who, "41.30", seen_version=run.heat_version("1-1"))
    with pytest.raises(Conflict):  # B saw no time there: taking it back would lose 41.30
        clear_result(b, contest, "1-1", who, seen_version=seen_b.heat_version("1-1"))
    cleared = clear_result(a, contest, "1-1", who, seen_version=run.heat_version("1-1"))
    assert cleared.state.result(1, find_entrant(cleared.state, who).id) is None
    with pytest.raises(Conflict):
        hand_out_prize(b, contest, 1, seen_version=seen_b.version)
    with pytest.raises(Conflict):
        decide_tie(b, contest, [who, names(run, "1-1")[1]], "rerun", seen_version=seen_b.version)


@pytest.mark.parametrize("same_heat", [True, False])
def test_two_laptops_pressing_enter_at_the_same_instant(two, same_heat):
    """Both saw the same heat versions and save at once: the row lock makes one wait."""
    a, b, contest = two
    seen = contest_run(a, contest)
    heats = ("1-1", "1-1") if same_heat else ("1-1", "1-2")
    typed = [(heats[0], names(seen, heats[0])[0]), (heats[1], names(seen, heats[1])[1])]
    said = race_results(
        [(a, heat, name, "41.00", seen.heat_version(heat)) for heat, name in typed[:1]]
        + [(b, heat, name, "42.00", seen.heat_version(heat)) for heat, name in typed[1:]],
        contest,
    )
    results = contest_run(a, contest).state.results
    if same_heat:
        assert sorted(said) == ["conflict", "saved"] and len(results) == 1
    else:
        assert said == ["saved", "saved"] and len(results) == 2


def race_results(entries, contest) -> list[str]:
    """Each (ctx, heat, name, time, seen) saved from its own thread at the same moment."""
    start = threading.Barrier(len(entries))
    said: list[str] = [""] * len(entries)

    def save(n, ctx, heat, name, typed, seen):
        start.wait()
        try:
            record_result(ctx, contest, heat, name, typed, seen_version=seen)
            said[n] = "saved"
        except Conflict:
            said[n] = "conflict"

    threads = [threading.Thread(target=save, args=(n, *e)) for n, e in enumerate(entries)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return said
