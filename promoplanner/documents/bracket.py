"""The contest sheet: registration, the groups of the round, who went through, the final."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from promoplanner.core.bracket import (
    HeatStanding,
    Result,
    RoundStanding,
    Standing,
    describe_decision,
    describe_tie,
    standing,
    walkover_notice,
)
from promoplanner.core.bracket.plan import advance_count, group_sizes, is_final
from promoplanner.core.i18n import text
from promoplanner.documents.data import BracketData
from promoplanner.documents.display_check import TickBox
from promoplanner.documents.fonts import FONT
from promoplanner.documents.page import PageDecor, SheetTitle, frame_size, render
from promoplanner.documents.styles import GREY, LIGHT, moment, para, styles, table_style

PAGE = A4
BLANK_GROUPS = 4  # slots to fill in by hand when nobody has registered yet


def _masked(phone: str) -> str:
    """Only the last four digits: the sheet lies on a table in the square."""
    digits = phone.strip()
    return f"(…{digits[-4:]})" if digits else ""


def _group(
    title: str,
    names: list[str],
    width: float,
    results: list[tuple[str, object]] | None = None,
    mark_head: str | None = None,
) -> Table:
    """A group's table: name slots, time boxes and who went through (Q/q) or the place.

    ``results`` gives each slot's time (or DNF/DQ, or "" while not raced) and its mark; a
    mark of None prints a box to tick by hand.
    """
    s = styles()
    rows: list[list] = [
        [
            para(title, s.head),
            para(text("doc.name"), s.head),
            para(text("bracket.seconds"), s.head),
            para(mark_head or text("bracket.through"), s.head_center),
        ]
    ]
    for n, name in enumerate(names, 1):
        seconds, through = "", TickBox()
        if results is not None and n <= len(results):
            seconds, mark = results[n - 1]
            if mark is not None:
                through = para(str(mark), s.cell_center)
        rows.append(
            [
                para(str(n), s.cell_small),
                para(name, s.cell, limit=40),
                para(str(seconds), s.cell),
                through,
            ]
        )
    table = Table(
        rows,
        colWidths=[width * w for w in (0.19, 0.4, 0.2, 0.21)],  # "Through" on one line
        rowHeights=[None] + [8 * mm] * len(names),
    )
    table.setStyle(
        table_style(
            ("ALIGN", (3, 1), (3, -1), "CENTER"), ("INNERGRID", (1, 1), (-1, -1), 0.3, GREY)
        )
    )
    return table


def _shown(result: Result | None) -> str:
    return "" if result is None else str(result)


def _heat_rows(data: BracketData, hs: HeatStanding) -> tuple[list[str], list[tuple[str, object]]]:
    """Names, and each one's time and Q/q (a box to tick while the heat is not complete)."""
    names, rows = [], []
    for entrant_id, result in hs.results:
        names.append(data.state.name(entrant_id))
        if entrant_id in hs.by_time:
            mark: object = "q"
        elif entrant_id in hs.by_place:
            mark = "Q"
        else:
            mark = "" if hs.complete else None
        rows.append((_shown(result), mark))
    return names, rows


def _two_columns(tables: list[Table], width: float) -> Table:
    """Groups side by side, two to a row."""
    cells = [
        tables[i : i + 2] + [""] * (2 - len(tables[i : i + 2])) for i in range(0, len(tables), 2)
    ]
    grid = Table(cells, colWidths=[width / 2] * 2)
    grid.setStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, 8),  # even an empty cell names its font
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 3 * mm),
            ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
        ]
    )
    return grid


def _round_title(number: int, field: int, size: int) -> str:
    """A round's heading: its groups and who goes on (Q, and q where times fill up)."""
    groups = len(group_sizes(field, size))
    by_time = advance_count(field, size) - groups
    if by_time > 0:
        return text(
            "bracket.round_groups_fill", number=number, groups=groups, size=size, by_time=by_time
        )
    return text("bracket.round_groups", number=number, groups=groups, size=size)


def _registration(data: BracketData, width: float) -> Table:
    s = styles()
    rows: list[list] = [
        [
            para(text("bracket.col_no"), s.head),
            para(text("doc.name"), s.head),
            para(text("bracket.col_registered"), s.head),
            para(text("bracket.col_cans", per=data.contest.cans_per_entrant), s.head_center),
            para(text("doc.signature"), s.head),
        ]
    ]
    for n, e in enumerate(data.entrants, 1):
        rows.append(
            [
                para(str(n), s.cell_small),
                para(f"{e.name}  {_masked(e.phone)}".strip(), s.cell, limit=60),
                para(e.registered_on.isoformat() if e.registered_on else "", s.cell_small),
                TickBox(),
                "",
            ]
        )
    table = Table(rows, colWidths=[width * w for w in (0.08, 0.37, 0.17, 0.14, 0.24)], repeatRows=1)
    table.setStyle(
        table_style(
            ("ALIGN", (3, 1), (3, -1), "CENTER"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, LIGHT]),
        )
    )
    return table


def _final(data: BracketData, width: float, now: Standing) -> Table:
    """Places 1 to 3: who won them, their time in the final, the prize and its tick."""
    s = styles()
    rows: list[list] = [
        [
            para(text("bracket.podium"), s.head),
            para(text("doc.name"), s.head),
            para(text("bracket.seconds"), s.head),
            para(text("bracket.prize"), s.head),
            para(text("bracket.given"), s.head_center),
        ]
    ]
    last = data.state.last_round
    final = last.number if last is not None and last.is_final else None
    for place in (1, 2, 3):
        winner = now.podium[place - 1]
        name = data.state.name(winner) if winner is not None else ""
        result = data.state.result(final, winner) if final and winner is not None else None
        prize = data.contest.prizes[place - 1] if place <= len(data.contest.prizes) else ""
        given = para("✓", s.cell_center) if data.prizes_given[place - 1] else TickBox()
        rows.append(
            [
                para(text("bracket.place", place=place), s.h3),
                para(name, s.cell, limit=40),
                para(_shown(result), s.cell),
                para(prize or "", s.cell, limit=80),
                given,
            ]
        )
    table = Table(
        rows,
        colWidths=[width * w for w in (0.17, 0.3, 0.14, 0.27, 0.12)],
        rowHeights=[None, 10 * mm, 10 * mm, 10 * mm],
    )
    table.setStyle(
        table_style(
            ("ALIGN", (4, 1), (4, -1), "CENTER"), ("INNERGRID", (0, 1), (-1, -1), 0.3, GREY)
        )
    )
    return table


def _went_through(data: BracketData, rs: RoundStanding) -> str:
    marked = [(e, "Q") for hs in rs.heats for e in hs.by_place]
    marked += [(e, "q") for hs in rs.heats for e in hs.by_time]
    names = [f"{data.state.name(e)} ({m})" for e, m in marked]
    names_zh = [f"{data.state.name(e)}（{m}）" for e, m in marked]  # full-width in Chinese
    return text("bracket.went_through", number=rs.round.number, names=", ".join(names),
                names_zh="、".join(names_zh))  # fmt: skip


def _drawn_rounds(data: BracketData, width: float, now: Standing) -> tuple[list, int, int]:
    """The rounds drawn so far; returns the story, the next round's number and its field."""
    s = styles()
    story: list = [para(_went_through(data, rs), s.body) for rs in now.rounds[:-1]]
    current = now.rounds[-1]
    rnd = current.round
    size = data.contest.group_size
    field = len(rnd.entrant_ids)
    if rnd.walkover is not None:
        story.append(para(walkover_notice(data.state) or "", s.alert))
        return story, rnd.number + 1, 0
    if rnd.is_final:
        story.append(para(text("bracket.final_of", count=field), s.h2))
    else:
        story.append(para(_round_title(rnd.number, field, size), s.h2))
    tables = []
    for hs in current.heats:
        names, rows = _heat_rows(data, hs)
        if rnd.is_final:
            places = current.places
            rows = [(t, places.get(e, "" if hs.complete else None)) for (e, _), (t, _m)
                    in zip(hs.results, rows, strict=True)]  # fmt: skip
        title = text("bracket.final") if rnd.is_final else text("bracket.group", number=hs.heat.id)
        head = text("bracket.col_place") if rnd.is_final else None
        tables.append(_group(title, names, width / 2 - 3 * mm, rows, head))
    story.append(_two_columns(tables, width))
    for tie in current.ties:
        story.append(para(describe_tie(data.state, tie), s.alert))
    for decision in data.state.decisions:  # how each tie was settled, for whoever asks later
        story.append(para(describe_decision(data.state, decision), s.small))
    if rnd.is_final:
        return story, rnd.number + 1, 0
    return story, rnd.number + 1, advance_count(field, size)


def bracket(data: BracketData) -> bytes:
    """The contest sheet as PDF bytes."""
    s = styles()
    width, _ = frame_size(PAGE)
    contest = data.contest
    entrants = len(data.state.active_entrants)
    story: list = [
        SheetTitle(
            contest.name,
            text("bracket.when", day=contest.day.isoformat(), location=contest.location),
            width,
        ),
        para(
            " · ".join(
                [
                    text("bracket.entrants", count=entrants),
                    text("bracket.cans", cans=data.cans_needed, per=contest.cans_per_entrant),
                ]
            ),
            s.alert,
        ),
        Spacer(1, 3 * mm),
    ]
    size = contest.group_size
    now = standing(data.state)
    if data.state.rounds:
        drawn, number, remaining = _drawn_rounds(data, width, now)
        story += drawn
    else:
        sizes = group_sizes(entrants, size) or [size] * BLANK_GROUPS
        if not entrants:
            story.append(para(text("bracket.no_entrants"), s.small))
        if entrants and is_final(entrants, size):  # few enough: round 1 is the final
            number, remaining = 1, entrants
        else:
            story.append(para(_round_title(1, sum(sizes), size), s.h2))
            tables = [
                _group(text("bracket.group", number=n), [""] * k, width / 2 - 3 * mm)
                for n, k in enumerate(sizes, 1)
            ]
            story.append(_two_columns(tables, width))
            number, remaining = 2, advance_count(sum(sizes), size)
    # Later rounds before the final, as empty slots to fill in on the day: as many as the
    # round plan sends on (heat winners, and the fastest of the rest to fill full heats).
    while remaining and not is_final(remaining, size):
        sizes = group_sizes(remaining, size)
        tables = [
            _group(text("bracket.group", number=n), [""] * k, width / 2 - 3 * mm)
            for n, k in enumerate(sizes, 1)
        ]
        story.append(
            KeepTogether(
                [
                    para(_round_title(number, remaining, size), s.h2),
                    _two_columns(tables, width),
                ]
            )
        )
        number, remaining = number + 1, advance_count(remaining, size)
    if remaining:  # the final still to be drawn: its slots
        story.append(para(text("bracket.final_of", count=remaining), s.h2))
        story.append(
            _two_columns(
                [_group(text("bracket.final"), [""] * remaining, width / 2 - 3 * mm,
                        mark_head=text("bracket.col_place"))],
                width,
            )
        )  # fmt: skip
    story.append(KeepTogether([para(text("bracket.podium"), s.h2), _final(data, width, now)]))
    story.append(para(text("bracket.legend"), s.small))
    story += [
        Spacer(1, 4 * mm),
        para(text("bracket.registration"), s.h2),
        _registration(data, width),
    ]
    story += [
        Spacer(1, 6 * mm),
        para(
            text("doc.blank", label=text("bracket.referee") + " · " + text("doc.signature"))
            + " ______________________    "
            + text("doc.blank", label=text("doc.time"))
            + " ____________",
            s.body,
        ),
    ]
    phase = data.phase
    decor = PageDecor(
        title=text("bracket.title"),
        subtitle=f"{contest.name} · {text('doc.phase', number=phase.number, name=phase.name)}",
        right=text("doc.printed_at", moment=moment(data.printed_at)),
        footer=data.campaign.name,
    )
    return render(story, PAGE, decor)
