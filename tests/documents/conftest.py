"""Fixtures for the documents: the demo on a sale day, and reading PDFs back as text."""

from __future__ import annotations

import io
import re
import shutil
from datetime import datetime

import pytest
from pypdf import PdfReader
from signed_in import as_user

from promoplanner.core.clock import FixedClock
from promoplanner.services.campaigns import find_campaign, find_phase, load_snapshot
from promoplanner.services.context import connect

# Day 2 of the 2027 demo's Phase 2 (Father's Day sale, 06-19 to 06-28).
SALE_DAY = datetime(2027, 6, 20, 9, 0)


@pytest.fixture
def sale_db(demo_db_template, tmp_path):
    """A copy of the demo database."""
    path = tmp_path / "sale.sqlite"
    shutil.copy(demo_db_template, path)
    return path


@pytest.fixture
def sale_ctx(sale_db):
    """A planner's context on the demo, on a day of Phase 2."""
    ctx = as_user(connect(str(sale_db), clock=FixedClock(SALE_DAY), create=False), "planner")
    yield ctx
    ctx.uow.engine.dispose()


@pytest.fixture
def snapshot(sale_ctx):
    """The demo campaign as frozen values."""
    return load_snapshot(sale_ctx, find_campaign(sale_ctx).id)


@pytest.fixture
def phase(snapshot):
    """Look a phase up by number."""
    return lambda number: find_phase(snapshot, number)


def squash(value: str) -> str:
    """Text without any white space, so names wrapped over two lines still match."""
    return re.sub(r"\s+", "", value)


class Pdf:
    """A PDF read back: its pages' text, as a person (or a search) would find it."""

    def __init__(self, data: bytes) -> None:
        assert data.startswith(b"%PDF-")
        self.data = data
        self.reader = PdfReader(io.BytesIO(data))
        self.pages = [page.extract_text() or "" for page in self.reader.pages]
        self.flat = [squash(p) for p in self.pages]

    @property
    def text(self) -> str:
        """All pages' text."""
        return "\n".join(self.pages)

    def pages_with(self, needle: str) -> list[int]:
        """Indexes of the pages where the text is found (white space ignored)."""
        n = squash(needle)
        return [i for i, p in enumerate(self.flat) if n in p]

    def has(self, needle: str) -> bool:
        """Whether the text is anywhere in the document."""
        return bool(self.pages_with(needle))


@pytest.fixture
def read_pdf():
    """Read PDF bytes back into a Pdf."""
    return Pdf
