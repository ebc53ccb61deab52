"""Date and date-time pickers in the program's YYYY-MM-DD form, with Python conversions."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from promoplanner.core.errors import PromoError
from promoplanner.core.model import Phase


def date_edit() -> QDateEdit:
    """A day picker with a calendar pop-up."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def moment_edit() -> QDateTimeEdit:
    """A date-and-time picker with a calendar pop-up."""
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def to_qdate(day: date) -> QDate:
    """Python day to Qt."""
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    """Qt day to Python."""
    return date(value.year(), value.month(), value.day())


def to_qdatetime(moment: datetime) -> QDateTime:
    """Python moment to Qt (local, no zone)."""
    return QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    """Qt moment to Python, to the minute."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def refused_day(error: PromoError, phase: Phase, start: date, end: date) -> str | None:
    """The day field a "dates outside the phase" refusal is about: the one that is outside.

    The service names the first day for any span outside the phase; the mark belongs
    next to the day the person has to change.
    """
    if error.key != "input.outside_phase":
        return error.field
    return "start" if not phase.start <= start <= phase.end else "end"
