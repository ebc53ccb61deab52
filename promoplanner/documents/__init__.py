"""Printable documents: plain data in, ReportLab story, PDF bytes out.

The functions below make each document as PDF bytes (see ``build``). They are loaded on
first use, so that building the command line does not import ReportLab or SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = [
    "bracket_pdf",
    "calendar_pdf",
    "checklist_pdf",
    "display_check_pack_pdf",
    "display_check_pdf",
    "flyer_proof_pdf",
]

if TYPE_CHECKING:
    from promoplanner.documents.build import (
        bracket_pdf,
        calendar_pdf,
        checklist_pdf,
        display_check_pack_pdf,
        display_check_pdf,
        flyer_proof_pdf,
    )


def __getattr__(name: str) -> object:
    if name in __all__:
        from promoplanner.documents import build

        return getattr(build, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
