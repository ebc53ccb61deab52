"""Translated names of the program's enums, for combo boxes and tables."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from promoplanner.core.enums import ActivityKind, DisplayForm, Role, Severity, ZoneKind
from promoplanner.core.findings import SubjectKind
from promoplanner.core.i18n import current_language

if TYPE_CHECKING:
    from promoplanner.core.model import Floor


def form_label(form: DisplayForm | None) -> str:
    """Mass display, end-cap display, cross-merchandising or regular shelf."""
    return {
        DisplayForm.MASS: QCoreApplication.translate("Labels", "Mass display (pile)"),
        DisplayForm.END_CAP: QCoreApplication.translate("Labels", "End-cap display"),
        DisplayForm.CROSS: QCoreApplication.translate("Labels", "Cross-merchandising"),
        None: QCoreApplication.translate("Labels", "Regular shelf"),
    }[form]


def activity_label(kind: ActivityKind) -> str:
    """The kind of an activity in words."""
    return {
        ActivityKind.THRESHOLD_ENTRY: QCoreApplication.translate(
            "Labels", "Spend and join an event"
        ),
        ActivityKind.ADD_ON_GIFT: QCoreApplication.translate(
            "Labels", "Gift for a small add-on price"
        ),
        ActivityKind.TASTING: QCoreApplication.translate("Labels", "Tasting"),
        ActivityKind.FESTIVAL: QCoreApplication.translate("Labels", "Festival"),
    }[kind]


def zone_label(kind: ZoneKind) -> str:
    """The kind of a display zone in words."""
    return {
        ZoneKind.PRICE_AND_TASTING: QCoreApplication.translate(
            "Labels", "Special price and tasting"
        ),
        ZoneKind.SEASONAL_DISPLAY: QCoreApplication.translate("Labels", "Seasonal display"),
        ZoneKind.HOLIDAY_COUNTER: QCoreApplication.translate("Labels", "Holiday counter"),
        ZoneKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[kind]


def severity_label(severity: Severity) -> str:
    """Error, warning or info."""
    return {
        Severity.ERROR: QCoreApplication.translate("Labels", "Error"),
        Severity.WARNING: QCoreApplication.translate("Labels", "Warning"),
        Severity.INFO: QCoreApplication.translate("Labels", "Info"),
    }[severity]


def role_label(role: Role) -> str:
    """The user's role in words."""
    return {
        Role.PLANNER: QCoreApplication.translate("Labels", "Planning department"),
        Role.BUYER: QCoreApplication.translate("Labels", "Buyer"),
        Role.FLOOR_MANAGER: QCoreApplication.translate("Labels", "Floor manager"),
    }[role]


def subject_label(kind: SubjectKind) -> str:
    """What a finding concerns."""
    return {
        SubjectKind.CAMPAIGN: QCoreApplication.translate("Labels", "Campaign"),
        SubjectKind.PHASE: QCoreApplication.translate("Labels", "Phase"),
        SubjectKind.QUOTA: QCoreApplication.translate("Labels", "Quota"),
        SubjectKind.ITEM: QCoreApplication.translate("Labels", "Item"),
        SubjectKind.DEADLINE: QCoreApplication.translate("Labels", "Deadline"),
        SubjectKind.BUYER: QCoreApplication.translate("Labels", "Buyer"),
        SubjectKind.ACTIVITY: QCoreApplication.translate("Labels", "Activity"),
        SubjectKind.ZONE: QCoreApplication.translate("Labels", "Zone"),
        SubjectKind.CONTEST: QCoreApplication.translate("Labels", "Contest"),
        SubjectKind.FLOOR: QCoreApplication.translate("Labels", "Floor"),
    }[kind]


def floor_name(floor: Floor) -> str:
    """1F food / 1F 食品, in the current language."""
    name = floor.name_zh if current_language().value == "zh" else floor.name_en
    return f"{floor.code} {name}"


def countdown_text(seconds: float) -> str:
    """“3 d 2 h left” or “passed 5 h ago”, in the current language."""
    ahead = seconds >= 0
    minutes = int(abs(seconds) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        span = (
            QCoreApplication.translate("Labels", "%1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    else:
        span = (
            QCoreApplication.translate("Labels", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(mins))
        )
    return (
        QCoreApplication.translate("Labels", "%1 left")
        if ahead
        else QCoreApplication.translate("Labels", "passed %1 ago")
    ).replace("%1", span)


def joined(label: str, text: str) -> str:
    """“Label: text” (in Chinese with the full-width colon, “标签：文字”)."""
    return QCoreApplication.translate("Labels", "%1: %2").replace("%2", text).replace("%1", label)


def bracketed(text: str, detail: str) -> str:
    """“Text (detail)” (in Chinese “文字（说明）”)."""
    return QCoreApplication.translate("Labels", "%1 (%2)").replace("%2", detail).replace("%1", text)


def in_a_row(parts: list[str]) -> str:
    """Parts one after the other: “a; b” (in Chinese “a；b”)."""
    return QCoreApplication.translate("Labels", "; ").join(parts)


def after_label(label: str, text: str) -> str:
    """A translated label that ends in a colon, then the text (no space after “：”)."""
    return f"{label}{text}" if label.endswith(("：", "，")) else f"{label} {text}"


def listing(names: Iterable[str]) -> str:
    """Names in a list: “a, b, c” (in Chinese “a、b、c”)."""
    return QCoreApplication.translate("Labels", ", ").join(names)
