"""Settings: daily new questions and their order, burying siblings, desired retention, when a new
day starts, theme, text size.

`values()` gives the changed Settings without running the dialog, so tests set fields and
accept(); `ask()` is the one blocking call.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QSpinBox, QVBoxLayout, QWidget)

from studyapp.gui.theme import LARGEST_TEXT_SIZE
from studyapp.settings import Settings

THEME_LABELS = {"system": "Follow the system", "light": "Light", "dark": "Dark"}
NEW_ORDER_LABELS = {"mixed": "Mixed across topics and banks", "bank": "In each bank's own order"}


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.new_per_day = QSpinBox()
        self.new_per_day.setRange(0, 9999)
        self.new_per_day.setValue(settings.new_per_day)
        self.new_per_day.setAccessibleName("New questions per day")
        form.addRow("&New questions per day:", self.new_per_day)
        self.new_order = QComboBox()
        for key, label in NEW_ORDER_LABELS.items():
            self.new_order.addItem(label, key)
        self.new_order.setCurrentIndex(list(NEW_ORDER_LABELS).index(settings.new_order))
        self.new_order.setAccessibleName("Order of new questions")
        self.new_order.setToolTip("Mixed: each day's new questions take turns across the topics (and banks), "
                                  "so no topic waits until the others are done.")
        form.addRow("New questions &come:", self.new_order)
        self.bury_siblings = QCheckBox("&Hold back related questions until the next day")
        self.bury_siblings.setChecked(settings.bury_siblings)
        self.bury_siblings.setAccessibleName("Hold back related questions until the next day")
        self.bury_siblings.setToolTip("Questions on the same sentence or quote give each other away: once you "
                                      "have answered one, the others wait for another day (as Anki buries siblings).")
        form.addRow("", self.bury_siblings)
        self.retention = QDoubleSpinBox()
        self.retention.setRange(70, 99)
        self.retention.setDecimals(0)
        self.retention.setSuffix(" %")
        self.retention.setValue(round(settings.desired_retention * 100))
        self.retention.setAccessibleName("Desired retention in percent")
        self.retention.setToolTip("How likely you should be to remember a question when it comes due. "
                                  "Higher means more reviews.")
        form.addRow("Desired &retention:", self.retention)
        self.day_start = QSpinBox()
        self.day_start.setRange(0, 23)
        self.day_start.setSuffix(":00")
        self.day_start.setValue(settings.day_starts_at_hour)
        self.day_start.setAccessibleName("Hour a new study day starts")
        form.addRow("A new &day starts at:", self.day_start)
        self.theme = QComboBox()
        for key, label in THEME_LABELS.items():
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(list(THEME_LABELS).index(settings.theme))
        self.theme.setAccessibleName("Theme")
        form.addRow("&Theme:", self.theme)
        self.text_size = QSpinBox()
        self.text_size.setRange(8, LARGEST_TEXT_SIZE)  # larger no longer fits a 1366×768 screen
        self.text_size.setSuffix(" pt")
        self.text_size.setValue(settings.text_size)
        self.text_size.setAccessibleName("Text size in points")
        form.addRow("Text &size:", self.text_size)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> Settings:
        return self.settings.with_changes(
            new_per_day=self.new_per_day.value(),
            new_order=self.new_order.currentData(),
            bury_siblings=self.bury_siblings.isChecked(),
            desired_retention=round(self.retention.value()) / 100,
            day_starts_at_hour=self.day_start.value(),
            theme=self.theme.currentData(),
            text_size=self.text_size.value(),
        )

    @classmethod
    def ask(cls, settings: Settings, parent: QWidget | None = None) -> Settings | None:
        dialog = cls(settings, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
