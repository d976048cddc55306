"""A QTextDocument for a bank's rich text that can only load that bank's own images.

QTextDocument's default `loadResource` opens any local file a `src` names (and qrc: and data:
URLs), and Qt's image handler loads the `src` path itself when a resource comes back empty, so a
rich label or browser fed bank text could read anything on the disk. This document answers every
resource request itself: an image inside the bank's folder that passes `core.limits.check_image`,
or a blank pixel. Qt's loaders are never reached and nothing uses the network. Every request is kept in `requests` so tests (and the log) can see what was asked for.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from studyapp.core.limits import ImageRefused, check_image
from studyapp.core.richtext import sanitise

log = logging.getLogger("studyapp.gui")


class BankDocument(QTextDocument):
    def __init__(self, bank_folder: Path | str | None, parent=None):
        super().__init__(parent)
        self.bank_folder = Path(bank_folder) if bank_folder else None
        self.requests: list[tuple[str, bool]] = []  # (what was asked for, served?)

    def set_bank_html(self, markup: str) -> None:
        """Sanitised rich text (see `core.richtext.sanitise`)."""
        self.setHtml(sanitise(markup, self.bank_folder))

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt's name
        name = url.toString()
        image = None
        if kind == QTextDocument.ResourceType.ImageResource.value and self.bank_folder is not None \
                and url.isRelative() and not url.scheme():
            try:
                path = check_image(self.bank_folder, url.path())
                loaded = QImage(str(path))
                image = loaded if not loaded.isNull() else None
            except ImageRefused as exc:
                log.info("bank image refused: %s", exc)
        self.requests.append((name, image is not None))
        if image is None:
            # Not None: for a null image Qt's image handler falls back to QImage.load(src) itself,
            # reading the file the bank named (relative to the working folder, even). A blank
            # pixel is an answer it keeps.
            image = QImage(1, 1, QImage.Format.Format_ARGB32)
            image.fill(0)
        return image
