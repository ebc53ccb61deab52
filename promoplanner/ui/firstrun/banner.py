"""Across the top of a window whose store is not set up yet: why, and the way to set it up.

A cancelled first-run assistant would otherwise leave an empty window nobody can sign in
to with no visible way back; while nobody can sign in, the screens stay greyed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from promoplanner.services.people import has_people
from promoplanner.ui.firstrun.assistant import needs_first_run, offer_first_run

if TYPE_CHECKING:
    from promoplanner.ui.main_window import MainWindow


class SetUpBannerWidget(QFrame):
    """ "This store is not set up yet" and a Set up this store… button; hidden once it is."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("set_up_banner")
        self.setStyleSheet(
            "#set_up_banner { background: #fff6d6; border-bottom: 1px solid #e0c870; }"
        )
        self.text = QLabel()
        self.text.setObjectName("set_up_text")
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Set up this store…"))
        self.button.setObjectName("set_up_store")
        self.button.clicked.connect(lambda: offer_first_run(self.window_))
        line = QHBoxLayout(self)
        line.addWidget(self.text, 1)
        line.addWidget(self.button)

    def refresh(self) -> None:
        """Shown while the database asks for the assistant; the screens off while nobody can
        sign in (there is nobody a change could be made as)."""
        ctx = self.window_.session.ctx
        anybody = has_people(ctx)
        if anybody:
            self.text.setText(
                self.tr("This store is not set up yet: no store name, floors or campaign.")
            )
        else:
            self.text.setText(
                self.tr(
                    "This store is not set up yet and nobody can sign in to it. The assistant "
                    "asks the store's name, its first planner, its floors and its buyers."
                )
            )
        self.setVisible(needs_first_run(ctx))
        self.window_.stack.setEnabled(anybody)
