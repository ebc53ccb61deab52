"""Date and date-time pickers in the program's YYYY-MM-DD form, with Python conversions."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit


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
