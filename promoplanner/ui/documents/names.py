"""Where a document is saved and under which name: the document, phase and proof round in it.

So the second proof round never overwrites the first (flyer-proof_phase-1_v1.pdf, then _v2),
and the dialog opens in the folder used last, else in the person's documents folder.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from promoplanner.core.model import CampaignSnapshot
from promoplanner.ui.documents.catalog import BUYER, CONTEST, DAY, FLOOR, PHASE
from promoplanner.ui.settings import app_settings

FOLDER_KEY = "documents/folder"
STEMS = {
    "flyer_proof": "flyer-proof",
    "checklist": "buyer-checklist",
    "display_check": "display-check",
    "display_check_pack": "display-check-pack",
    "bracket": "contest-sheet",
    "calendar": "campaign-calendar",
}
UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')  # not in a file name on Windows, nor spaces


def _part(text: str) -> str:
    return UNSAFE.sub("-", text.strip()).strip("-.")


def default_name(
    key: str,
    choices: dict[str, object],
    snapshot: CampaignSnapshot | None,
    version: int | None = None,
) -> str:
    """flyer-proof_phase-1_v3.pdf, buyer-checklist_phase-2_王建国.pdf, display-check_…_1F.pdf."""
    parts = [STEMS.get(key, _part(key))]
    phases = snapshot.phases if snapshot else ()
    floors = snapshot.floors if snapshot else ()
    phase = next((p for p in phases if p.id == choices.get(PHASE)), None)
    floor = next((f for f in floors if f.id == choices.get(FLOOR)), None)
    if key in ("flyer_proof", "checklist", "display_check_pack") and phase is not None:
        parts.append(f"phase-{phase.number}")
    if key == "flyer_proof":
        parts.append(f"v{version}" if version is not None else "draft")
    if key == "checklist" and snapshot and choices.get(BUYER) is not None:
        buyer = next((b for b in snapshot.buyers if b.id == choices[BUYER]), None)
        if buyer is not None:
            parts.append(_part(buyer.name))
    if key == "display_check" and choices.get(DAY) is not None:
        parts.append(str(choices[DAY]))
    if key in ("display_check", "display_check_pack") and floor is not None:
        parts.append(_part(floor.code))
    if key == "bracket" and snapshot and choices.get(CONTEST) is not None:
        contest = next((c for c in snapshot.contests if c.id == choices[CONTEST]), None)
        if contest is not None and len(snapshot.contests) > 1:
            parts.append(_part(contest.name))
    if key == "calendar" and snapshot is not None:
        parts.append(f"{snapshot.campaign.year}-{snapshot.campaign.month:02d}")
    return "_".join(p for p in parts if p) + ".pdf"


def save_folder() -> Path:
    """The folder a document was last saved in, else the documents folder, else home."""
    last = str(app_settings().value(FOLDER_KEY, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(saved_to: Path) -> None:
    """The next Save as opens where this document went."""
    app_settings().setValue(FOLDER_KEY, str(saved_to.parent))
