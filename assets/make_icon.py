"""Draw the app icon (PNG at every size Qt and desktops ask for) with QPainter; run once:

    QT_QPA_PLATFORM=offscreen python assets/make_icon.py

The design matches assets/icon.svg: a rounded indigo square, two index cards, a check mark.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    grad = QLinearGradient(QPointF(0, 0), QPointF(0, 256))
    grad.setColorAt(0, QColor("#5c6bc0"))
    grad.setColorAt(1, QColor("#283593"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(grad))
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 52, 52)
    # back card, tilted
    p.save()
    p.translate(128, 128)
    p.rotate(-10)
    p.setBrush(QColor("#c5cae9"))
    p.drawRoundedRect(QRectF(-78, -62, 148, 112), 14, 14)
    p.restore()
    # front card
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(58, 84, 148, 112), 14, 14)
    if size >= 32:
        p.setBrush(QColor("#c5cae9"))
        p.drawRoundedRect(QRectF(76, 104, 70, 10), 5, 5)
        p.drawRoundedRect(QRectF(76, 124, 50, 10), 5, 5)
    # check mark
    pen = QPen(QColor("#2e7d32"), 18 if size >= 32 else 24)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(132, 158))
    path.lineTo(154, 178)
    path.lineTo(192, 132)
    p.drawPath(path)
    p.end()
    return img


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])
    for size in SIZES:
        draw(size).save(str(HERE / f"icon-{size}.png"))
    del app


if __name__ == "__main__":
    main()
