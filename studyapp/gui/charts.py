"""Small charts drawn with QPainter: a calendar heatmap, vertical bars and labelled horizontal bars.

Why not QtCharts: it is not in PySide6-Essentials, so it would pull in PySide6-Addons (a 59 MB
wheel), put 4 MB more into the packaged app (the Charts library, its binding and the OpenGL
libraries the spec otherwise drops) and it is licensed GPL-3 only, not LGPL. Three charts of
a few hundred rectangles need none of that (measurements in docs/insight.md).

Every colour comes from the widget's palette (Highlight for data, WindowText for text, Mid for
axes), so the charts follow the light and dark themes when the palette changes. Each chart
answers `tip_at(point)` with the text of what is under the pointer and shows it as a tooltip.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """`a` blended towards `b` by t in [0, 1]."""
    t = max(0.0, min(1.0, t))
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


class Chart(QWidget):
    """Shared parts: palette colours, hit regions for tooltips, an empty-state text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._hits: list[tuple[QRectF, str]] = []
        self.empty_text = "Nothing yet"

    # colours
    def data_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Highlight)

    def base_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.AlternateBase)

    def text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def axis_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Mid)

    # tooltips
    def tip_at(self, point: QPoint) -> str | None:
        """The tooltip text for what is drawn at `point` (widget coordinates), or None."""
        if not self._hits:
            self._layout_hits()
        for rect, text in self._hits:
            if rect.contains(QPointF(point)):
                return text
        return None

    def event(self, e) -> bool:
        if e.type() == e.Type.ToolTip:
            assert isinstance(e, QHelpEvent)
            text = self.tip_at(e.pos())
            if text:
                QToolTip.showText(e.globalPos(), text, self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

    def resizeEvent(self, e) -> None:
        self._hits = []
        super().resizeEvent(e)

    def _layout_hits(self) -> None:
        self._hits = list(self.regions())

    def regions(self) -> list[tuple[QRectF, str]]:
        return []

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hits = self.regions()
        if not self._hits and self.is_empty():
            p.setPen(self.axis_colour())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        self.draw(p)

    def is_empty(self) -> bool:
        return True

    def draw(self, p: QPainter) -> None:  # pragma: no cover - overridden
        pass


class HeatmapChart(Chart):
    """A year of study days as a calendar: one column per week, Monday at the top (as GitHub's)."""

    CELL = 11
    GAP = 2

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts: dict[date, int] = {}
        self.today = date.today()
        self.days = 365
        self.empty_text = "No answers in the past year"
        self._fit()

    @property
    def LEFT(self) -> int:  # noqa: N802 - a layout constant that follows the font
        return self.fontMetrics().horizontalAdvance("Wed") + 8

    @property
    def TOP(self) -> int:  # noqa: N802
        return self.fontMetrics().height() + 2

    def _fit(self) -> None:
        self.setMinimumHeight(self.TOP + 7 * (self.CELL + self.GAP) + 4)

    def changeEvent(self, e) -> None:
        if e.type() == e.Type.FontChange:
            self._fit()
        super().changeEvent(e)

    def set_data(self, counts: dict[date, int], today: date, days: int = 365) -> None:
        self.counts, self.today, self.days = dict(counts), today, days
        self._hits = []
        self.update()

    def sizeHint(self) -> QSize:
        weeks = self.days // 7 + 2
        return QSize(self.LEFT + weeks * (self.CELL + self.GAP), self.minimumHeight())

    def is_empty(self) -> bool:
        return not self.counts

    def _step(self) -> int:
        """Distance between cells: CELL + GAP, shrunk to fit a narrow widget rather than clip recent weeks."""
        first = self.today - timedelta(days=self.days - 1)
        weeks = (self.today - (first - timedelta(days=first.weekday()))).days // 7 + 1
        avail = max(1, self.width() - self.LEFT - 2)
        step = self.CELL + self.GAP
        return step if weeks * step <= avail else max(3, avail // weeks)

    def _cells(self) -> list[tuple[QRectF, date, int]]:
        first = self.today - timedelta(days=self.days - 1)
        start = first - timedelta(days=first.weekday())  # the Monday of the first week
        step = self._step()
        cell = max(2, step - self.GAP if step > 4 else step - 1)
        out = []
        d = first
        while d <= self.today:
            col = (d - start).days // 7
            row = d.weekday()
            out.append((QRectF(self.LEFT + col * step, self.TOP + row * step, cell, cell), d, self.counts.get(d, 0)))
            d += timedelta(days=1)
        return out

    def regions(self) -> list[tuple[QRectF, str]]:
        if not self.counts:
            return []
        return [(r, f"{d:%a %d %b %Y}: {n} answer{'s' if n != 1 else ''}") for r, d, n in self._cells()]

    def month_labels(self) -> list[tuple[float, str]]:
        """(x, month name) over the week holding each month's 1st, the current month always among
        them: labels used to wait for a month's first Monday, so early in a month it had none. A
        label kept inside the widget; where two would overlap, the newer month keeps its label."""
        fm = self.fontMetrics()
        labels: list[tuple[float, str]] = []
        for rect, d, _n in self._cells():
            if d.day != 1:
                continue
            text = f"{d:%b}"
            x = max(float(self.LEFT), min(rect.left(), self.width() - 2.0 - fm.horizontalAdvance(text)))
            while labels and labels[-1][0] + fm.horizontalAdvance(labels[-1][1]) + 4 > x:
                labels.pop()
            labels.append((x, text))
        return labels

    def draw(self, p: QPainter) -> None:
        top = max(self.counts.values()) if self.counts else 1
        base, data = self.base_colour(), self.data_colour()
        p.setPen(Qt.PenStyle.NoPen)
        for rect, d, n in self._cells():
            # Square-root scale: a 200-answer day does not wash out the 10-answer days.
            colour = base if n == 0 else _mix(base, data, 0.25 + 0.75 * math.sqrt(n / top))
            p.setBrush(colour)
            p.drawRoundedRect(rect, 2, 2)
        p.setPen(self.text_colour())
        for x, text in self.month_labels():
            p.drawText(QRectF(x, 0, self.fontMetrics().horizontalAdvance(text) + 2, self.TOP),
                       Qt.AlignmentFlag.AlignLeft, text)
        step = self._step()
        for row, name in ((0, "Mon"), (2, "Wed"), (4, "Fri")):
            p.drawText(QRectF(0, self.TOP + row * step - 4, self.LEFT - 4, step + 8),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)


class BarChart(Chart):
    """Vertical bars with the axis maximum labelled; `None` values leave a gap (no data)."""

    def __init__(self, parent: QWidget | None = None, height: int = 140):
        super().__init__(parent)
        self.values: list[float | None] = []
        self.labels: list[str] = []
        self.tips: list[str] = []
        self.maximum: float | None = None
        self.value_text = lambda v: f"{v:g}"
        self.setMinimumHeight(height)

    def set_data(self, values: Sequence[float | None], labels: Sequence[str], tips: Sequence[str],
                 maximum: float | None = None, value_text=None) -> None:
        """`labels` are drawn under some bars (an empty string skips one); `tips` show on hover."""
        self.values, self.labels, self.tips = list(values), list(labels), list(tips)
        self.maximum = maximum
        if value_text is not None:
            self.value_text = value_text
        self._hits = []
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, self.minimumHeight())

    @property
    def LEFT(self) -> int:  # noqa: N802 - room for the widest axis label in the current font
        fm = self.fontMetrics()
        return max(fm.horizontalAdvance(self.value_text(self._top())), fm.horizontalAdvance(self.value_text(0))) + 10

    @property
    def BOTTOM(self) -> int:  # noqa: N802
        return self.fontMetrics().height() + 4

    @property
    def TOP(self) -> int:  # noqa: N802
        return self.fontMetrics().height() // 2 + 2

    def is_empty(self) -> bool:
        return not any(v for v in self.values if v is not None)

    def _top(self) -> float:
        if self.maximum is not None:
            return self.maximum
        present = [v for v in self.values if v is not None]
        return max(present) if present and max(present) > 0 else 1.0

    def _bars(self) -> list[tuple[QRectF, QRectF, int]]:
        """(bar rect, full-height column rect for hovering, index)."""
        n = len(self.values)
        if not n:
            return []
        plot = QRectF(self.LEFT, self.TOP, max(1, self.width() - self.LEFT - 6),
                      max(1, self.height() - self.TOP - self.BOTTOM))
        slot = plot.width() / n
        gap = min(4.0, slot * 0.2)
        top = self._top()
        out = []
        for i, v in enumerate(self.values):
            x = plot.left() + i * slot
            column = QRectF(x, plot.top(), slot, plot.height())
            h = 0.0 if v is None else plot.height() * max(0.0, min(1.0, v / top))
            out.append((QRectF(x + gap / 2, plot.bottom() - h, slot - gap, h), column, i))
        return out

    def regions(self) -> list[tuple[QRectF, str]]:
        if self.is_empty():
            return []
        return [(column, self.tips[i]) for _bar, column, i in self._bars() if i < len(self.tips)]

    def draw(self, p: QPainter) -> None:
        bars = self._bars()
        plot_bottom = self.height() - self.BOTTOM
        p.setPen(self.axis_colour())
        p.drawLine(self.LEFT, plot_bottom, self.width() - 6, plot_bottom)
        p.drawLine(self.LEFT, self.TOP, self.LEFT, plot_bottom)
        p.setPen(self.text_colour())
        h = self.fontMetrics().height()
        p.drawText(QRectF(0, self.TOP - h / 2, self.LEFT - 6, h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   self.value_text(self._top()))
        p.drawText(QRectF(0, plot_bottom - h / 2, self.LEFT - 6, h),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.value_text(0))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.data_colour())
        for bar, _column, _i in bars:
            if bar.height() > 0:
                p.drawRoundedRect(bar, 1.5, 1.5)
        p.setPen(self.text_colour())
        for bar, column, i in bars:
            if i < len(self.labels) and self.labels[i]:
                p.drawText(QRectF(column.center().x() - 40, plot_bottom + 2, 80, self.BOTTOM),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.labels[i])


class HBarChart(Chart):
    """One labelled row per group: a bar for a share in [0, 1] and its value written beside it."""

    LABEL = 150
    VALUE = 170

    @property
    def ROW(self) -> int:  # noqa: N802 - one line of text plus room for the bar
        return max(24, self.fontMetrics().height() + 10)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, float, str, str]] = []  # (label, share, value text, tooltip)
        self.setMinimumHeight(self.ROW)

    def set_data(self, rows: Sequence[tuple[str, float, str, str]]) -> None:
        self.rows = list(rows)
        self.setMinimumHeight(max(1, len(self.rows)) * self.ROW + 4)
        self._hits = []
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(500, self.minimumHeight())

    def is_empty(self) -> bool:
        return not self.rows

    def _rows(self) -> list[tuple[QRectF, QRectF, int]]:
        width = max(10.0, self.width() - self.LABEL - self.VALUE - 8)
        out = []
        for i, (_label, share, _text, _tip) in enumerate(self.rows):
            y = 2 + i * self.ROW
            track = QRectF(self.LABEL, y + 5, width, self.ROW - 10)
            out.append((track, QRectF(0, y, self.width(), self.ROW), i))
        return out

    def regions(self) -> list[tuple[QRectF, str]]:
        return [(row, self.rows[i][3]) for _track, row, i in self._rows()]

    def paintEvent(self, e) -> None:  # noqa: N802 - Qt's name
        self._exposed = QRectF(e.rect())  # a thousand banks: draw only the rows on screen
        super().paintEvent(e)

    def draw(self, p: QPainter) -> None:
        exposed = getattr(self, "_exposed", None)
        for track, row, i in self._rows():
            if exposed is not None and not row.intersects(exposed):
                continue
            label, share, text, _tip = self.rows[i]
            p.setPen(self.text_colour())
            p.drawText(QRectF(0, row.top(), self.LABEL - 8, row.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       p.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, self.LABEL - 8))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.base_colour())
            p.drawRoundedRect(track, 3, 3)
            filled = QRectF(track.left(), track.top(), track.width() * max(0.0, min(1.0, share)), track.height())
            if filled.width() > 0:
                p.setBrush(self.data_colour())
                p.drawRoundedRect(filled, 3, 3)
            p.setPen(self.text_colour())
            p.drawText(QRectF(track.right() + 8, row.top(), self.VALUE, row.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


__all__ = ["BarChart", "Chart", "HBarChart", "HeatmapChart"]
