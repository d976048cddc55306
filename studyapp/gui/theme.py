"""Light and dark palettes, and the text size, applied to the whole application.

Fusion is used everywhere so the app looks the same on every desktop and its palette can be
switched at run time; "system" follows the platform's colour scheme and re-applies when the
system switches.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")
QUESTION_SCALE = 1.6  # question text is this much larger than body text
# The largest text size offered: at 24 pt the study page still shows the question, the verdict and
# the ratings together on a 1366×768 screen; at 28 pt they no longer fit (measured with
# scripts/screenshots.py), and at 40 pt the window's least size outgrew the screen.
LARGEST_TEXT_SIZE = 24

GOOD = {"light": "#1b7f3b", "dark": "#6fd08c"}
BAD = {"light": "#b3261e", "dark": "#ff8a80"}
ACCENT = {"light": "#3949ab", "dark": "#9fa8da"}
HIGHLIGHT_BG = {"light": "#fff2a8", "dark": "#5c4d00"}


def effective_scheme(app: QApplication, theme: str) -> str:
    """"light" or "dark": the chosen theme, or the system's when the choice is "system"."""
    if theme in ("light", "dark"):
        return theme
    return "dark" if app.styleHints().colorScheme() == Qt.ColorScheme.Dark else "light"


def palette_for(scheme: str) -> QPalette:
    p = QPalette()
    if scheme == "dark":
        colours = {
            QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
            QPalette.ColorRole.Base: "#171719", QPalette.ColorRole.AlternateBase: "#2a2b2e",
            QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#2d2e31",
            QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#8ab4f8",
            QPalette.ColorRole.HighlightedText: "#202124", QPalette.ColorRole.ToolTipBase: "#303134",
            QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
            QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.BrightText: "#ffffff",
            QPalette.ColorRole.Light: "#3c4043", QPalette.ColorRole.Midlight: "#35363a",
            QPalette.ColorRole.Mid: "#5f6368", QPalette.ColorRole.Dark: "#111214",
            QPalette.ColorRole.Shadow: "#000000",
        }
        disabled = "#80868b"
    else:
        colours = {
            QPalette.ColorRole.Window: "#f6f7f9", QPalette.ColorRole.WindowText: "#1f2328",
            QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#eef0f3",
            QPalette.ColorRole.Text: "#1f2328", QPalette.ColorRole.Button: "#eceef1",
            QPalette.ColorRole.ButtonText: "#1f2328", QPalette.ColorRole.Highlight: "#3949ab",
            QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#ffffff",
            QPalette.ColorRole.ToolTipText: "#1f2328", QPalette.ColorRole.PlaceholderText: "#6e7781",
            QPalette.ColorRole.Link: "#3949ab", QPalette.ColorRole.BrightText: "#000000",
            QPalette.ColorRole.Light: "#ffffff", QPalette.ColorRole.Midlight: "#e3e5e8",
            QPalette.ColorRole.Mid: "#b8bcc2", QPalette.ColorRole.Dark: "#8c9096",
            QPalette.ColorRole.Shadow: "#5a5d61",
        }
        disabled = "#8c959f"
    for role, value in colours.items():
        p.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return p


def stylesheet(scheme: str, text_size: int) -> str:
    """Spacing and focus rings the palette cannot express; sizes follow the chosen text size."""
    accent = ACCENT[scheme]
    big = round(text_size * QUESTION_SCALE)
    primary_text = "#ffffff" if scheme == "light" else "#1a1b1e"
    return f"""
QPushButton#primary {{ background: {accent}; color: {primary_text}; border: 1px solid {accent};
    border-radius: 4px; font-weight: 600; }}
QPushButton#primary:focus {{ border: 3px solid palette(text); }}
QLabel#questionText {{ font-size: {big}pt; font-weight: 500; }}
QLabel#pageTitle {{ font-size: {round(text_size * 1.4)}pt; font-weight: 600; }}
QLabel#bankTitle {{ font-size: {round(text_size * 1.2)}pt; font-weight: 600; }}
QLabel#muted {{ color: palette(placeholder-text); }}
QLabel#verdictGood {{ color: {GOOD[scheme]}; font-size: {round(text_size * 1.3)}pt; font-weight: 600; }}
QLabel#verdictBad {{ color: {BAD[scheme]}; font-size: {round(text_size * 1.3)}pt; font-weight: 600; }}
QLabel#verdictSelf {{ font-size: {round(text_size * 1.3)}pt; font-weight: 600; }}
QFrame#card {{ background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }}
QFrame#importNotice {{ background: palette(alternate-base); border: 1px solid palette(mid);
    border-left: 4px solid {accent}; border-radius: 6px; margin-left: 18px; }}
QPushButton {{ padding: 6px 14px; min-height: 1.6em; }}
QPushButton[suggested="true"] {{ font-weight: 700; }}
QPushButton#answerChoice {{ text-align: left; padding: 7px 14px; font-size: {round(text_size * 1.15)}pt; }}
QLabel#answerChoiceText {{ font-size: {round(text_size * 1.15)}pt; }}
QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QListWidget:focus, QTextBrowser:focus, QCheckBox:focus, QRadioButton:focus {{
    border: 2px solid {accent}; border-radius: 4px;
}}
"""


def apply_theme(app: QApplication, theme: str, text_size: int) -> str:
    """Apply palette, font size and stylesheet; return the scheme actually used."""
    scheme = effective_scheme(app, theme)
    app.setPalette(palette_for(scheme))
    text_size = min(int(text_size), LARGEST_TEXT_SIZE)  # a settings file from before the limit
    font = QFont(app.font())
    font.setPointSize(int(text_size))
    app.setFont(font)
    app.setStyleSheet(stylesheet(scheme, int(text_size)))
    app.setProperty("studyappScheme", scheme)
    return scheme


def current_scheme(app: QApplication) -> str:
    return app.property("studyappScheme") or "light"
