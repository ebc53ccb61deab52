"""The documents the program makes, the choices each needs, and the function making it."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

BUILD_MODULE = "promoplanner.printing"

# Choices a document may need; the screen shows only the ones its document uses.
PHASE, BUYER, DAY, FLOOR, CONTEST, RECORD = "phase", "buyer", "day", "floor", "contest", "record"


@dataclass(frozen=True)
class DocumentSpec:
    """A document: key, title, what it is for, its choices and the maker's name."""

    key: str
    title: Callable[[], str]
    purpose: Callable[[], str]
    choices: tuple[str, ...]
    maker: str
    long: bool = False  # many pages: worth a progress indication and Cancel


DOCUMENTS = (
    DocumentSpec(
        "flyer_proof",
        lambda: QCoreApplication.translate("Documents", "DM flyer proof"),
        lambda: QCoreApplication.translate(
            "Documents",
            "The phase's flyer laid out for the buyers to check and sign (one proof round).",
        ),
        (PHASE, RECORD),
        "flyer_proof_pdf",
    ),
    DocumentSpec(
        "checklist",
        lambda: QCoreApplication.translate("Documents", "Buyer checklist"),
        lambda: QCoreApplication.translate(
            "Documents", "Each buyer's items, quota and deadline, to hand out and sign."
        ),
        (PHASE, BUYER),
        "checklist_pdf",
    ),
    DocumentSpec(
        "display_check",
        lambda: QCoreApplication.translate("Documents", "Daily display check"),
        lambda: QCoreApplication.translate(
            "Documents",
            "The sheet a floor's checker takes round: arrived, golden position, price tag.",
        ),
        (DAY, FLOOR),
        "display_check_pdf",
    ),
    DocumentSpec(
        "display_check_pack",
        lambda: QCoreApplication.translate("Documents", "Display check pack of a phase"),
        lambda: QCoreApplication.translate(
            "Documents", "Every day's display check sheets of a phase, for printing in one go."
        ),
        (PHASE, FLOOR),
        "display_check_pack_pdf",
        long=True,
    ),
    DocumentSpec(
        "bracket",
        lambda: QCoreApplication.translate("Documents", "Contest sheet"),
        lambda: QCoreApplication.translate(
            "Documents", "Registration list and heats of the beer-drinking contest."
        ),
        (CONTEST,),
        "bracket_pdf",
    ),
    DocumentSpec(
        "calendar",
        lambda: QCoreApplication.translate("Documents", "Campaign calendar"),
        lambda: QCoreApplication.translate(
            "Documents",
            "Each month of the campaign with holidays, phases, deadlines and events, "
            "for the notice board.",
        ),
        (),
        "calendar_pdf",
    ),
)


def spec(key: str) -> DocumentSpec:
    """The document with that key."""
    return next(d for d in DOCUMENTS if d.key == key)


def maker(document: DocumentSpec) -> Callable[..., bytes] | None:
    """The function making the document, or None while the documents package lacks it."""
    try:
        module = importlib.import_module(BUILD_MODULE)
    except ModuleNotFoundError:
        return None
    return getattr(module, document.maker, None)


def arguments(document: DocumentSpec, choices: dict[str, object]) -> tuple[tuple, dict]:
    """Positional and keyword arguments of the maker (after the context) from the choices."""
    if document.key == "flyer_proof":
        return (choices[PHASE],), {"record": bool(choices.get(RECORD, True))}
    if document.key == "checklist":
        return (choices[PHASE],), {"buyer_id": choices.get(BUYER)}
    if document.key == "display_check":
        return (choices[DAY],), {
            "floor_id": choices.get(FLOOR),
            "campaign_id": choices.get("campaign"),
        }
    if document.key == "display_check_pack":
        return (choices[PHASE],), {"floor_id": choices.get(FLOOR)}
    if document.key == "bracket":
        return (), {"contest_id": choices.get(CONTEST), "campaign_id": choices.get("campaign")}
    return (), {"campaign_id": choices.get("campaign")}
