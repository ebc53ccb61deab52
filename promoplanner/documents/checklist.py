"""The buyer checklist: per buyer the deadline, floors against quota, items, signatures."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table

from promoplanner.core.i18n import text
from promoplanner.core.model import BuyerDeadline, Floor
from promoplanner.core.progress import FloorProgress, LateBuyer, QuotaState
from promoplanner.core.submissions import SubmissionState
from promoplanner.documents.data import BuyerSheet, ChecklistData
from promoplanner.documents.page import PageDecor, SheetLabel, SheetTitle, frame_size, render
from promoplanner.documents.styles import (
    GREY,
    LIGHT,
    floor_name,
    moment,
    money,
    para,
    styles,
    table_style,
)

PAGE = A4


def _deadline(deadlines: tuple[BuyerDeadline, ...], now: datetime) -> BuyerDeadline | None:
    """The deadline that matters now: the next one ahead, else the last one passed."""
    ahead = [d for d in deadlines if d.due > now]
    if ahead:
        return min(ahead, key=lambda d: d.due)
    return max(deadlines, key=lambda d: d.due) if deadlines else None


def _span(seconds: float) -> dict[str, int]:
    hours = int(seconds // 3600)
    return {"days": hours // 24, "hours": hours % 24}


def _state_text(p: FloorProgress) -> tuple[str, bool]:
    if p.quota is None:
        return text("doc.no_quota"), True
    ok = not p.is_short and p.state is not QuotaState.OVER
    key = {QuotaState.SHORT: "doc.short", QuotaState.OVER: "doc.over"}.get(p.state, "doc.ok")
    if p.state is QuotaState.MET and p.missing_sensitive:
        key = "doc.short"
    return text(key), ok


def _floors_table(sheet: BuyerSheet, width: float) -> Table:
    s = styles()
    header = [
        para(text(k), s.head)
        for k in (
            "checklist.floor",
            "checklist.entered",
            "checklist.yours",
            "checklist.quota",
            "checklist.sensitive",
            "checklist.missing",
            "checklist.state",
        )
    ]
    rows: list[list] = [header]
    for p in sheet.floors:
        yours = sum(1 for i in sheet.items if i.floor_id == p.floor.id)
        state, ok = _state_text(p)
        missing = (
            text("checklist.missing_line", items=p.missing_items, sensitive=p.missing_sensitive)
            if p.is_short
            else text("checklist.complete")
        )
        quota = f"{p.quota.min_items}–{p.quota.max_items}" if p.quota else "—"
        sensitive = f"{p.sensitive} / {p.quota.min_sensitive}" if p.quota else str(p.sensitive)
        rows.append(
            [
                para(floor_name(p.floor), s.cell),
                para(str(p.items), s.cell_right),
                para(str(yours), s.cell_right),
                para(quota, s.cell_center),
                para(sensitive, s.cell_center),
                para(missing, s.cell if ok else s.cell_alert),
                para(state, s.cell_ok if ok else s.cell_alert_center),
            ]
        )
    widths = [0.2, 0.1, 0.09, 0.12, 0.14, 0.25, 0.1]
    table = Table(rows, colWidths=[width * w for w in widths], repeatRows=1)
    table.setStyle(table_style())
    return table


def _items_table(sheet: BuyerSheet, width: float) -> Table:
    s = styles()
    header = [para("#", s.head)] + [
        para(text(k), s.head)
        for k in (
            "checklist.col_name",
            "checklist.col_spec",
            "checklist.col_barcode",
            "checklist.col_regular",
            "checklist.col_promo",
            "checklist.col_flags",
        )
    ]
    rows: list[list] = [header]
    for n, item in enumerate(sheet.items, 1):
        tier = item.tier.value if item.tier else ""
        flags = " · ".join(v for v in (tier, text("checklist.sens") if item.sensitive else "") if v)
        spec = " / ".join(v for v in (item.spec, item.unit) if v)
        rows.append(
            [
                para(str(n), s.cell_small),
                para(item.name, s.cell, limit=120),
                para(spec, s.cell_small, limit=60),
                para(item.barcode or "—", s.cell_small, limit=32),
                para(money(item.regular_price), s.cell_right),
                para(money(item.promo_price), s.cell_right),
                para(flags or "—", s.cell_center),
            ]
        )
    widths = [0.05, 0.31, 0.15, 0.17, 0.1, 0.1, 0.12]
    table = Table(rows, colWidths=[width * w for w in widths], repeatRows=1)
    table.setStyle(table_style(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, LIGHT])))
    return table


def _signatures(width: float) -> Table:
    s = styles()
    cells = [
        [
            para(
                text(
                    "doc.blank", label=text("checklist.sign_buyer") + " · " + text("doc.signature")
                ),
                s.body,
            ),
            para(text("doc.blank", label=text("doc.date")), s.body),
            para(
                text(
                    "doc.blank",
                    label=text("checklist.sign_planning") + " · " + text("doc.signature"),
                ),
                s.body,
            ),
            para(text("doc.blank", label=text("doc.date")), s.body),
        ],
        ["", "", "", ""],
    ]
    table = Table(
        cells, colWidths=[width * w for w in (0.32, 0.18, 0.32, 0.18)], rowHeights=[6 * mm, 12 * mm]
    )
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("INNERGRID", (0, 0), (-1, -1), 0.4, GREY),
        )
    )
    return table


def _sheet(data: ChecklistData, sheet: BuyerSheet, width: float) -> list:
    s = styles()
    phase = data.phase
    deadline = _deadline(data.deadlines, data.now)
    late = bool(sheet.late)
    if deadline is None:
        detail = text("checklist.no_deadline")
    elif deadline.due > data.now:
        detail = text("checklist.time_left", **_span((deadline.due - data.now).total_seconds()))
    elif late:
        detail = text("checklist.late_by", **_span((data.now - deadline.due).total_seconds()))
    else:
        detail = text("deadline.passed")
    story: list = [
        SheetLabel(
            f"{text('checklist.buyer', name=sheet.buyer.name)} · "
            f"{text('doc.phase', number=phase.number, name=phase.name)}"
        ),
        SheetTitle(text("checklist.buyer", name=sheet.buyer.name), detail, width, alert=late),
    ]
    if deadline is not None:
        story.append(
            para(text("checklist.deadline", due=moment(deadline.due), what=deadline.task()), s.body)
        )
    story += [Spacer(1, 3 * mm), _floors_table(sheet, width), Spacer(1, 3 * mm)]
    story += _submission_lines(sheet)
    for lb in sheet.late:
        floors = ", ".join(floor_name(data_floor) for data_floor in _short_floors(data, lb))
        story.append(
            para(
                text(
                    "checklist.late",
                    due=moment(lb.deadline.due),
                    floor=floors or floor_name(lb.progress.floor),
                    amount=money(lb.assessment).lstrip("¥"),
                ),
                s.alert,
            )
        )
        if lb.record is not None and lb.record.waived:
            story.append(para(text("checklist.waived", reason=lb.record.waive_reason), s.body))
    story += _row_findings(sheet, [] if late else [text("checklist.not_late")])
    story.append(para(text("checklist.items", count=len(sheet.items)), s.h2))
    if sheet.items:
        story.append(_items_table(sheet, width))
    story += [Spacer(1, 6 * mm), KeepTogether([_signatures(width)])]
    return story


def _short_floors(data: ChecklistData, lb: LateBuyer) -> list[Floor]:
    if lb.record is None:
        return [lb.progress.floor]
    by_id = {f.id: f for f in data.floors}
    return [by_id[f.floor_id] for f in lb.record.floors if f.short and f.floor_id in by_id]


def _submission_lines(sheet: BuyerSheet) -> list:
    s = styles()
    sub = sheet.submission
    said = text(
        "checklist.submission",
        state=text(f"submission.{sub.state.value if sub else 'draft'}"),
        at=moment(sub.at) if sub and sub.at else "",
    ).strip() + text("doc.full_stop")
    record = sheet.record
    if record is not None:  # what was frozen at the deadline, on the same line
        submitted = (
            text("checklist.record_submitted", at=moment(record.submitted_at))
            if record.submitted_at
            else text("checklist.record_unsubmitted")
        )
        said += " " + text("checklist.record", due=moment(record.due), items=record.items,
                           short=record.short, submitted=submitted)  # fmt: skip
    lines = [para(said, s.body)]
    if sub is not None and sub.state is SubmissionState.RETURNED:
        lines.append(para(text("checklist.returned", comment=sub.comment), s.alert))
        lines += [
            para(text("checklist.item_comment", item=c.item_name, comment=c.comment), s.small)
            for c in sub.item_comments
        ]
    return lines


def _row_findings(sheet: BuyerSheet, notes: list[str]) -> list:
    """What is wrong with the buyer's own rows: each finding, then the photos still missing.

    The short notes (no assessment, nothing to fix, photos) share one line: the page is
    the buyer's to sign, and its signature lines should stay on it.
    """
    s = styles()
    story: list = []
    notes = list(notes)
    if sheet.row_findings:
        story.append(para(text("checklist.rows_to_fix", count=len(sheet.row_findings)), s.h2))
        names = {i.id: i.name for i in sheet.items}
        for finding in sheet.row_findings:
            style = s.alert if finding.is_error else s.body
            name = names.get(finding.subject.id, "")
            said = f"• {name} — {finding.message()}" if name else "• " + finding.message()
            story.append(para(said, style, limit=400))
    else:
        notes.append(text("checklist.rows_ok"))
    if sheet.without_photo:
        notes.append(text("checklist.no_photo", count=sheet.without_photo))
    if notes:
        story.append(para(" ".join(notes), s.small, limit=600))
    return story


def checklist(data: ChecklistData) -> bytes:
    """The checklist as PDF bytes: one sheet per buyer."""
    width, _ = frame_size(PAGE)
    story: list = []
    for sheet in data.sheets:
        if story:
            story.append(PageBreak())
        story += _sheet(data, sheet, width)
    if not data.sheets:
        story.append(para(text("checklist.no_buyers"), styles().alert))
    phase = data.phase
    decor = PageDecor(
        title=text("checklist.title"),
        subtitle=" · ".join(
            [
                text("doc.phase", number=phase.number, name=phase.name),
                text("doc.days", start=phase.start.isoformat(), end=phase.end.isoformat()),
            ]
        ),
        right=text("doc.printed_at", moment=moment(data.now)),
        footer=data.campaign.name,
    )
    return render(story, PAGE, decor)
