"""Page frame shared by all documents: header band, footer, "page x of y", PDF bytes."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from promoplanner.core.i18n import text
from promoplanner.documents.fonts import FONT, register_fonts
from promoplanner.documents.styles import (
    DARK,
    GREY,
    LIGHT,
    RED,
    RULE,
    WHITE,
    clip,
    draw_bold,
    width_of,
)

MARGIN = 12 * mm
HEADER = 20 * mm
FOOTER = 10 * mm
SIGN_H = 13 * mm


@dataclass(frozen=True)
class PageDecor:
    """What every page of a document shows around its content."""

    title: str
    subtitle: str = ""
    right: str = ""  # e.g. when it was printed
    footer: str = ""
    watermark: str = ""  # e.g. "PROOF v3", drawn across every page
    # Labels of signature boxes printed at the foot of every page (the check sheets, which
    # are often unclipped and handed in page by page).
    signatures: tuple[str, ...] = ()

    @property
    def sign_height(self) -> float:
        """Room the signature boxes take above the footer."""
        return SIGN_H + 3 * mm if self.signatures else 0


def _numbered_canvas(decor: PageDecor) -> type[Canvas]:
    """A canvas that waits for the last page, then writes "page x of y" on every page."""

    class NumberedCanvas(Canvas):
        """Keeps every page until the end, when the page total is known."""

        def __init__(self, *args, **kwargs) -> None:
            # Without this every page would name Helvetica, a font the PDF does not embed.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _draw_page_number(self, decor, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_page_number(c: Canvas, decor: PageDecor, page: int, pages: int) -> None:
    w, _ = c._pagesize
    c.setFont(FONT, 8)
    c.setFillColor(GREY)
    c.drawRightString(w - MARGIN, MARGIN - 2 * mm, text("doc.page_of", page=page, pages=pages))


def _signature_boxes(c: Canvas, w: float, labels: tuple[str, ...]) -> None:
    """Boxes to write a name, a time and a signature in, just above the footer."""
    y = MARGIN + FOOTER
    box_w = (w - 2 * MARGIN) / len(labels)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.6)
    for n, label in enumerate(labels):
        x = MARGIN + n * box_w
        c.setFillColor(LIGHT)
        c.rect(x, y + SIGN_H - 5 * mm, box_w, 5 * mm, stroke=1, fill=1)
        c.rect(x, y, box_w, SIGN_H, stroke=1, fill=0)
        c.setFillColor(DARK)
        c.setFont(FONT, 8)
        c.drawString(x + 1.5 * mm, y + SIGN_H - 3.6 * mm, clip(label, 8, box_w - 3 * mm))


def _under(decor: PageDecor):
    def on_page(c: Canvas, doc: BaseDocTemplate) -> None:
        if decor.watermark:
            w, h = doc.pagesize
            _watermark(c, w, h, decor.watermark)

    return on_page


def _header(decor: PageDecor):
    # Drawn when the page is full, so a SheetLabel placed on the page can name it.
    def on_page_end(c: Canvas, doc: BaseDocTemplate) -> None:
        w, h = doc.pagesize
        subtitle = getattr(c, "_promo_subtitle", None) or decor.subtitle
        title = getattr(c, "_promo_title", None) or decor.title
        c.saveState()
        top = h - MARGIN
        c.setFillColor(RED)
        c.rect(MARGIN, top - 1.6 * mm, w - 2 * MARGIN, 1.6 * mm, stroke=0, fill=1)
        c.setStrokeColor(RED)
        draw_bold(c, MARGIN, top - 9 * mm, clip(title, 15, w * 0.45), 15)
        right_w = (w - 2 * MARGIN) * 0.45
        right_y = top - 8.5 * mm
        if decor.watermark:
            _stamp(c, w - MARGIN, top - 10.5 * mm, decor.watermark)
            right_y = top - 15 * mm
        if decor.right:
            c.setFont(FONT, 8.5)
            c.setFillColor(GREY)
            c.drawRightString(w - MARGIN, right_y, clip(decor.right, 8.5, right_w))
        if subtitle:
            sub_w = (w - 2 * MARGIN) * (0.5 if decor.watermark else 1)
            c.setFont(FONT, 10)
            c.setFillColor(GREY)
            c.drawString(MARGIN, top - 15 * mm, clip(subtitle, 10, sub_w))
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN, top - HEADER + 2 * mm, w - MARGIN, top - HEADER + 2 * mm)
        # Footer: what the paper is, left; the page number is added on save.
        c.line(MARGIN, MARGIN + 2 * mm, w - MARGIN, MARGIN + 2 * mm)
        if decor.footer:
            c.setFont(FONT, 8)
            c.setFillColor(GREY)
            c.drawString(MARGIN, MARGIN - 2 * mm, clip(decor.footer, 8, w * 0.65))
        if decor.signatures:
            _signature_boxes(c, w, decor.signatures)
        c.restoreState()

    return on_page_end


class SheetLabel(Flowable):
    """Names the pages from here on in the header (e.g. the day and floor of a sheet)."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._promo_subtitle = self.label


class PageTitle(Flowable):
    """Titles the pages from here on in the header (e.g. the month of a calendar page)."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._promo_title = self.title


def _watermark(c: Canvas, w: float, h: float, mark: str) -> None:
    c.saveState()
    c.translate(w / 2, h / 2)
    c.rotate(35)
    size = min(w, h) / max(4.5, len(mark) * 0.62)
    c.setFillColor(RED, alpha=0.08)
    c.setStrokeColor(RED, alpha=0.08)
    draw_bold(c, 0, -size / 3, mark, size, anchor="middle")
    c.restoreState()


def _stamp(c: Canvas, right: float, y: float, mark: str) -> None:
    """A stamp in the header a reader cannot miss, also on a faint photocopy."""
    c.saveState()
    size = 11
    box_w = width_of(mark, size) + 6 * mm
    x = right - box_w
    c.setFillColor(WHITE)
    c.setStrokeColor(RED)
    c.setLineWidth(1.2)
    c.roundRect(x, y, box_w, 7 * mm, 1.5 * mm, stroke=1, fill=1)
    c.setFillColor(RED)
    draw_bold(c, x + box_w / 2, y + 2.1 * mm, mark, size, anchor="middle")
    c.restoreState()


def frame_size(pagesize: tuple[float, float]) -> tuple[float, float]:
    """Width and height of the content frame on a page of that size."""
    w, h = pagesize
    return w - 2 * MARGIN, h - 2 * MARGIN - HEADER - FOOTER


def render(story: Sequence[Flowable], pagesize: tuple[float, float], decor: PageDecor) -> bytes:
    """Lay the story out on pages with the shared decoration and return the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    fw, fh = frame_size(pagesize)
    fh -= decor.sign_height
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        title=decor.title,
        subject=decor.subtitle,
        author="promoplanner",
        creator="promoplanner",
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER,
        bottomMargin=MARGIN + FOOTER + decor.sign_height,
    )
    frame = Frame(
        MARGIN,
        MARGIN + FOOTER + decor.sign_height,
        fw,
        fh,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [PageTemplate("page", [frame], onPage=_under(decor), onPageEnd=_header(decor))]
    )
    story = list(story) or [_Nothing()]
    doc.build(story, canvasmaker=_numbered_canvas(decor))
    return buffer.getvalue()


class _Nothing(Flowable):
    """Keeps an empty story a valid one-page PDF."""

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def light_box(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    """A light rounded panel, used behind summaries."""
    c.setFillColor(LIGHT)
    c.roundRect(x, y, w, h, 1.5 * mm, stroke=0, fill=1)


class SheetTitle(Flowable):
    """Day and floor in large type, so the right sheet is picked from the pile."""

    def __init__(self, title: str, detail: str, width: float, alert: bool = False) -> None:
        super().__init__()
        self.title, self.detail, self.width, self.alert = title, detail, width, alert

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, 13 * mm

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(LIGHT)
        c.roundRect(0, 1 * mm, self.width, 11 * mm, 1.5 * mm, stroke=0, fill=1)
        c.setFillColor(RED)
        c.rect(0, 1 * mm, 1.6 * mm, 11 * mm, stroke=0, fill=1)
        c.setFillColor(DARK)
        c.setFont(FONT, 14)
        c.drawString(4 * mm, 5 * mm, clip(self.title, 14, self.width * 0.62))
        c.setFont(FONT, 9)
        c.setFillColor(RED if self.alert else GREY)
        c.drawRightString(self.width - 3 * mm, 5.3 * mm, clip(self.detail, 9, self.width * 0.35))
