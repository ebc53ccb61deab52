"""Buyers' submissions in the GUI: each buyer's list state, approve, return, waive."""

from promoplanner.ui.submissions.overview import SubmissionsOverviewWidget
from promoplanner.ui.submissions.panel import SubmissionsPanelWidget

__all__ = ["SubmissionsOverviewWidget", "SubmissionsPanelWidget"]
