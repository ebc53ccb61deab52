"""The DM flyer proof: one section per floor, items as cards, a numbered PROOF mark."""

from __future__ import annotations

from reportlab.lib.pagesizes import A3
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from promoplanner.core.i18n import text
from promoplanner.core.model import Department, FlyerItem
from promoplanner.core.progress import QuotaState
from promoplanner.documents import photos
from promoplanner.documents.data import FlyerFloor, FlyerProofData
from promoplanner.documents.fonts import FONT
from promoplanner.documents.page import PageDecor, frame_size, render
from promoplanner.documents.styles import (
    DARK,
    GOLD,
    GREEN,
    GREY,
    LIGHT,
    RED,
    RULE,
    WHITE,
    clip,
    department_name,
    draw_bold,
    floor_name,
    moment,
    money,
    para,
    styles,
    width_of,
    wrap,
)

# A3 portrait: a Chinese supermarket DM runs 8开 (about 260 × 370 mm, close to A3) both
# sides; proofing at print size shows the real size of prices and photos.
PAGE = A3
COLUMNS = 4
GAP = 4 * mm
CARD_H = 64 * mm
PAD = 2.5 * mm
PHOTO_H = 29 * mm


def card_width(width: float) -> float:
    """The width of one card in a row of the frame's width."""
    return (width - GAP * (COLUMNS - 1)) / COLUMNS


def photo_box(width: float) -> tuple[float, float]:
    """The printed size (points) of a card's photo in a frame of that width."""
    return card_width(width) - 2 * PAD, PHOTO_H


class CardRow(Flowable):
    """A row of item cards; drawn straight on the canvas so 2,000 items stay fast."""

    def __init__(
        self, items: list[FlyerItem], width: float, data: FlyerProofData, depts: dict
    ) -> None:
        super().__init__()
        self.items = items
        self.width = width
        self.data = data
        self.depts = depts
        self.card_w = card_width(width)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, CARD_H + GAP

    def draw(self) -> None:
        for n, item in enumerate(self.items):
            self._card(item, n * (self.card_w + GAP), GAP)

    def _card(self, item: FlyerItem, x: float, y: float) -> None:
        c = self.canv
        w, h, pad = self.card_w, CARD_H, PAD
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.setFillColor(WHITE)
        c.roundRect(x, y, w, h, 2 * mm, stroke=1, fill=1)
        # Photo, or a neat placeholder, in the upper half.
        ph = PHOTO_H
        px, py, pw = x + pad, y + h - pad - ph, w - 2 * pad
        self._photo(item, px, py, pw, ph)
        self._badges(item, px, py + ph)
        # Name (two lines at most), then spec and unit of sale.
        ty = py - 4.6 * mm
        c.setFillColor(DARK)
        c.setFont(FONT, 9.5)
        for line in wrap(item.name, 9.5, pw, 2):
            c.drawString(px, ty, line)
            ty -= 4.2 * mm
        c.setFont(FONT, 7.5)
        c.setFillColor(GREY)
        c.drawString(px, y + 17.5 * mm, clip(item.spec, 7.5, pw))
        # Price line: promotion price large, regular price struck through, the saving.
        price = money(item.promo_price)
        size = 20 if width_of(price, 20) < pw * 0.6 else 14
        c.setFillColor(RED)
        c.setStrokeColor(RED)
        draw_bold(c, px, y + 8 * mm, price, size)
        if item.unit:
            c.setFont(FONT, 7.5)
            unit = clip(f"/{item.unit}", 7.5, 12 * mm)
            c.drawString(px + width_of(price, size) + 1, y + 8 * mm, unit)
        if item.regular_price > item.promo_price:
            regular = f"{text('flyer.regular')} {money(item.regular_price)}"
            rx = x + w - pad
            c.setFont(FONT, 7.5)
            c.setFillColor(GREY)
            c.drawRightString(rx, y + 13 * mm, regular)
            rw = width_of(money(item.regular_price), 7.5)
            c.setStrokeColor(GREY)
            c.setLineWidth(0.7)
            c.line(rx - rw, y + 14 * mm, rx, y + 14 * mm)
            self._pill(text("flyer.save", amount=money(item.saving)), rx, y + 7.6 * mm)
        # Internal footnote: department, barcode.
        c.setFont(FONT, 6.5)
        c.setFillColor(GREY)
        dept = department_name(self.depts.get(item.department_id)) if item.department_id else ""
        note = "  ".join(v for v in (item.barcode, dept) if v)
        c.drawString(px, y + 2.6 * mm, clip(note, 6.5, pw))

    def _photo(self, item: FlyerItem, x: float, y: float, w: float, h: float) -> None:
        c = self.canv
        image, named = photos.load(item.photo, self.data.photo_root, (w, h))
        if image is not None:
            iw, ih = image.getSize()
            scale = min(w / iw, h / ih)
            dw, dh = iw * scale, ih * scale
            c.drawImage(image, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh)
            return
        c.setFillColor(LIGHT)
        c.roundRect(x, y, w, h, 1.5 * mm, stroke=0, fill=1)
        # A simple picture sign: a frame with a mountain and a sun.
        cx, cy, s = x + w / 2, y + h / 2 + 2 * mm, 5 * mm
        c.setStrokeColor(RULE)
        c.setLineWidth(1)
        c.rect(cx - s, cy - s * 0.7, 2 * s, 1.4 * s, stroke=1, fill=0)
        path = c.beginPath()
        path.moveTo(cx - s, cy - s * 0.7)
        path.lineTo(cx - s * 0.3, cy + s * 0.1)
        path.lineTo(cx + s * 0.2, cy - s * 0.3)
        path.lineTo(cx + s * 0.5, cy)
        path.lineTo(cx + s, cy - s * 0.5)
        c.drawPath(path, stroke=1, fill=0)
        c.circle(cx + s * 0.5, cy + s * 0.35, s * 0.15, stroke=1, fill=0)
        c.setFont(FONT, 7)
        c.setFillColor(RED if named else GREY)
        label = text("flyer.bad_photo" if named else "flyer.no_photo")
        c.drawCentredString(cx, y + 3 * mm, label)

    def _badges(self, item: FlyerItem, x: float, top: float) -> None:
        c = self.canv
        bx = x + 1.2 * mm
        if item.tier is not None:
            c.setFillColor(GOLD if item.tier.value == "A" else DARK)
            c.circle(bx + 2.6 * mm, top - 3.8 * mm, 2.6 * mm, stroke=0, fill=1)
            c.setFillColor(WHITE)
            c.setFont(FONT, 8)
            c.drawCentredString(bx + 2.6 * mm, top - 4.9 * mm, item.tier.value)
            bx += 6.4 * mm
        if item.sensitive:
            label = text("flyer.sensitive")
            lw = width_of(label, 7) + 3 * mm
            c.setFillColor(RED)
            c.roundRect(bx, top - 6.2 * mm, lw, 4.6 * mm, 1.2 * mm, stroke=0, fill=1)
            c.setFillColor(WHITE)
            c.setFont(FONT, 7)
            c.drawString(bx + 1.5 * mm, top - 4.7 * mm, label)

    def _pill(self, label: str, right: float, y: float) -> None:
        c = self.canv
        lw = width_of(label, 7.5) + 3 * mm
        c.setFillColor(RED)
        c.roundRect(right - lw, y - 1.2 * mm, lw, 4.8 * mm, 2.4 * mm, stroke=0, fill=1)
        c.setFillColor(WHITE)
        c.setFont(FONT, 7.5)
        c.drawRightString(right - 1.5 * mm, y + 0.3 * mm, label)


class FloorBanner(Flowable):
    """The red band that opens a floor's section."""

    def __init__(self, title: str, right: str, width: float) -> None:
        super().__init__()
        self.title, self.right, self.width = title, right, width

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, 11 * mm

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(RED)
        c.roundRect(0, 2 * mm, self.width, 9 * mm, 1.5 * mm, stroke=0, fill=1)
        c.setFillColor(WHITE)
        c.setStrokeColor(WHITE)
        draw_bold(c, 4 * mm, 4.8 * mm, clip(self.title, 14, self.width * 0.7), 14)
        c.setFont(FONT, 10)
        c.drawRightString(self.width - 4 * mm, 5 * mm, self.right)


class QuotaFooter(Flowable):
    """The floor's items against quota and sensitive items against the minimum."""

    def __init__(self, section: FlyerFloor, width: float) -> None:
        super().__init__()
        self.section, self.width = section, width

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, 10 * mm

    def draw(self) -> None:
        c = self.canv
        p = self.section.progress
        name = floor_name(self.section.floor)
        ok = True
        if p is None or p.quota is None:
            line = text(
                "flyer.footer_no_quota",
                floor=name,
                items=len(self.section.items),
                sensitive=sum(1 for i in self.section.items if i.sensitive),
            )
        else:
            state = {
                QuotaState.MET: "doc.ok",
                QuotaState.SHORT: "doc.short",
                QuotaState.OVER: "doc.over",
            }[p.state]
            sensitive_ok = p.missing_sensitive == 0
            ok = p.state is QuotaState.MET and sensitive_ok
            line = text(
                "flyer.footer",
                floor=name,
                items=p.items,
                min=p.quota.min_items,
                max=p.quota.max_items,
                state=text(state),
                sensitive=p.sensitive,
                min_sensitive=p.quota.min_sensitive,
                sensitive_state=text("doc.ok" if sensitive_ok else "doc.short"),
            )
        colour = GREEN if ok else RED
        c.setFillColor(LIGHT)
        c.roundRect(0, 1 * mm, self.width, 8 * mm, 1.5 * mm, stroke=0, fill=1)
        c.setFillColor(colour)
        c.rect(0, 1 * mm, 1.6 * mm, 8 * mm, stroke=0, fill=1)
        c.setFont(FONT, 9.5)
        c.drawString(4 * mm, 4 * mm, clip(line, 9.5, self.width - 8 * mm))


def flyer_proof(data: FlyerProofData) -> bytes:
    """The proof as PDF bytes."""
    width, _ = frame_size(PAGE)
    depts: dict[int, Department] = {d.id: d for d in data.departments}
    # Scale every photo first, on all cores; drawing the cards then only places them.
    photos.prepare(
        (i.photo for f in data.floors for i in f.items), data.photo_root, photo_box(width)
    )
    story: list[Flowable] = []
    for n, section in enumerate(data.floors):
        if n:
            story.append(PageBreak())
        story.append(
            FloorBanner(
                floor_name(section.floor),
                text("flyer.floor_items", count=len(section.items)),
                width,
            )
        )
        if not section.items:
            story.append(para(text("doc.no_items"), styles().body))
            story.append(Spacer(1, 4 * mm))
        items = list(section.items)
        for start in range(0, len(items), COLUMNS):
            story.append(CardRow(items[start : start + COLUMNS], width, data, depts))
        story.append(QuotaFooter(section, width))
    if not data.floors:
        story.append(para(text("doc.empty_phase"), styles().alert))
    phase = data.phase
    print_run = f"{phase.print_run:,}"
    if data.proof is not None:
        mark = text("flyer.proof_mark", version=data.proof.version)
        line = text(
            "flyer.proof_line",
            version=data.proof.version,
            made=moment(data.proof.made_at),
            items=data.proof.item_count,
            print_run=print_run,
        )
    else:
        mark = text("flyer.draft_mark")
        line = text("flyer.draft_line", items=data.item_count, print_run=print_run)
    decor = PageDecor(
        title=f"{phase.theme or phase.name}",
        subtitle=" · ".join(
            [
                text("flyer.title"),
                text("doc.phase", number=phase.number, name=phase.name),
                text("doc.days", start=phase.start.isoformat(), end=phase.end.isoformat()),
            ]
        ),
        right=line,
        footer=f"{data.campaign.name} · {line}",
        watermark=mark,
    )
    return render(story, PAGE, decor)
