"""The note under a bank's card after an import: what the update changed, and any warnings.

It stays until dismissed, so a teacher who imported a new version can read which questions were
added, changed or retired (the ids are in its tooltip and behind Details).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QWidget

from studyapp.core.richtext import plain_tooltip
from studyapp.exchange.importing import ImportOutcome
from studyapp.gui.plain_label import plain_label


class ImportNotice(QFrame):
    dismissed = Signal(str)  # bank id

    def __init__(self, result: ImportOutcome, parent: QWidget | None = None):
        super().__init__(parent)
        self.result = result
        self.setObjectName("importNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QGridLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        self.headline = plain_label(result.headline)
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(f"Import of {result.title}")
        details = result.details
        if details:
            self.headline.setToolTip(plain_tooltip(details).replace("\n", "<br>"))  # escaped (trust)
        layout.addWidget(self.headline, 0, 0)
        self.details_button = QPushButton("&Details")
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName(f"Show what the import of {result.title} changed")
        self.details_button.setVisible(bool(details))
        layout.addWidget(self.details_button, 0, 1)
        self.dismiss_button = QPushButton("Dismiss")
        self.dismiss_button.setAccessibleName(f"Dismiss the note about {result.title}")
        self.dismiss_button.clicked.connect(lambda: self.dismissed.emit(result.bank_id))
        layout.addWidget(self.dismiss_button, 0, 2)
        self.details = plain_label(details)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setObjectName("muted")
        self.details.setVisible(False)
        layout.addWidget(self.details, 1, 0, 1, 3)
        layout.setColumnStretch(0, 1)
        self.details_button.toggled.connect(self.details.setVisible)

