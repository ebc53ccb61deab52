"""The contest sheet: registration, the groups of the round, who went through, the final."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from promoplanner.core.bracket.plan import advance_count, group_sizes, is_final
from promoplanner.core.i18n import text
from promoplanner.core.model import Heat
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


def _group(title: str, names: list[str], width: float, results: Heat | None = None) -> Table:
    s = styles()
    rows: list[list] = [
        [
            para(title, s.head),
            para(text("doc.name"), s.head),
            para(text("bracket.seconds"), s.head),
            para(text("bracket.through"), s.head_center),
        ]
    ]
    for n, name in enumerate(names, 1):
        seconds, through = "", TickBox()
        if results is not None and n <= len(results.results):
            r = results.results[n - 1]
            seconds = "" if r.seconds is None else f"{r.seconds}"
            through = para("✓" if r.advanced else "", s.cell_center)
        rows.append(
            [
                para(str(n), s.cell_small),
                para(name, s.cell, limit=40),
                para(seconds, s.cell),
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


def _final(data: BracketData, width: float) -> Table:
    s = styles()
    rows: list[list] = [
        [
            para(text("bracket.final"), s.head),
            para(text("doc.name"), s.head),
            para(text("bracket.seconds"), s.head),
            para(text("bracket.prize"), s.head),
        ]
    ]
    final = next((r for r in data.rounds if r.is_final), None)
    placed = {}
    if final is not None:
        for heat in final.heats:
            for r in heat.results:
                if r.place:
                    placed[r.place] = (data.name(r.entrant_id), r.seconds)
    for place in (1, 2, 3):
        name, seconds = placed.get(place, ("", None))
        prize = data.contest.prizes[place - 1] if place <= len(data.contest.prizes) else ""
        rows.append(
            [
                para(text("bracket.place", place=place), s.h3),
                para(name, s.cell, limit=40),
                para("" if seconds is None else str(seconds), s.cell),
                para(prize or "", s.cell, limit=80),
            ]
        )
    table = Table(
        rows,
        colWidths=[width * w for w in (0.18, 0.32, 0.15, 0.35)],
        rowHeights=[None, 10 * mm, 10 * mm, 10 * mm],
    )
    table.setStyle(table_style(("INNERGRID", (0, 1), (-1, -1), 0.3, GREY)))
    return table


def bracket(data: BracketData) -> bytes:
    """The contest sheet as PDF bytes."""
    s = styles()
    width, _ = frame_size(PAGE)
    contest = data.contest
    entrants = len(data.entrants)
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
    played = [r for r in data.rounds if r.heats and not r.is_final]
    if played:
        # Rounds already drawn: who went through, then the groups of the current round.
        for rnd in played[:-1]:
            names = [data.name(r.entrant_id) for h in rnd.heats for r in h.results if r.advanced]
            story.append(
                para(
                    text("bracket.went_through", number=rnd.number) + ": " + ", ".join(names),
                    s.body,
                )
            )
        current = played[-1]
        story.append(para(text("bracket.round", number=current.number), s.h2))
        tables = [
            _group(
                text("bracket.group", number=h.number),
                [data.name(r.entrant_id) for r in h.results],
                width / 2 - 3 * mm,
                h,
            )
            for h in current.heats
        ]
        story.append(_two_columns(tables, width))
        drawn = sum(len(h.results) for h in current.heats)
        number, remaining = current.number + 1, advance_count(drawn, size)
    else:
        sizes = group_sizes(entrants, size) or [size] * BLANK_GROUPS
        if not entrants:
            story.append(para(text("bracket.no_entrants"), s.small))
        story.append(para(_round_title(1, sum(sizes), size), s.h2))
        tables = [
            _group(text("bracket.group", number=n), [""] * k, width / 2 - 3 * mm)
            for n, k in enumerate(sizes, 1)
        ]
        story.append(_two_columns(tables, width))
        number, remaining = 2, advance_count(sum(sizes), size)
    # Later rounds before the final, as empty slots to fill in on the day: as many as the
    # round plan sends on (heat winners, and the fastest of the rest to fill full heats).
    while not is_final(remaining, size):
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
    story.append(KeepTogether([para(text("bracket.final"), s.h2), _final(data, width)]))
    story += [
        Spacer(1, 4 * mm),
        para(text("bracket.registration"), s.h2),
        _registration(data, width),
    ]
    story += [
        Spacer(1, 6 * mm),
        para(
            text("bracket.referee")
            + " · "
            + text("doc.signature")
            + ": ______________________    "
            + text("doc.time")
            + ": ____________",
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
