"""The window's colours: the desktop's own (``system``), or a forced light or dark palette.

Forced themes use Qt's Fusion style, which draws every widget from the palette alone, so a
dark palette gives a dark window on any desktop. Widgets that build colours into what they
paint (the reader's style sheet, the ticker's cached strip) redo it on the PaletteChange
event that follows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_SYSTEM_STYLE = "caravan_system_style"
_SYSTEM_PALETTE = "caravan_system_palette"

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e4e6e8",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.Text: "#e4e6e8",
    QPalette.ColorRole.Button: "#35373b",
    QPalette.ColorRole.ButtonText: "#e4e6e8",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#2f6db5",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#78b6ff",
    QPalette.ColorRole.LinkVisited: "#b99cff",
    QPalette.ColorRole.PlaceholderText: "#9a9ea4",
    QPalette.ColorRole.ToolTipBase: "#35373b",
    QPalette.ColorRole.ToolTipText: "#e4e6e8",
    QPalette.ColorRole.Mid: "#4a4d52",
    QPalette.ColorRole.Dark: "#18191b",
    QPalette.ColorRole.Light: "#45484d",
}
_DARK_DISABLED = "#7c8086"


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DARK_DISABLED))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole application to ``theme`` ("system", "light" or "dark"), at any time."""
    if app.property(_SYSTEM_STYLE) is None:  # remember what the desktop gave, to go back to it
        app.setProperty(_SYSTEM_STYLE, app.style().name())
        app.setProperty(_SYSTEM_PALETTE, QPalette(app.palette()))
    hints = app.styleHints()
    if theme == "system":
        app.setStyle(QStyleFactory.create(str(app.property(_SYSTEM_STYLE))))
        app.setPalette(app.property(_SYSTEM_PALETTE))
        hints.unsetColorScheme()
        return
    fusion = QStyleFactory.create("Fusion")
    app.setStyle(fusion)
    if theme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    else:
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(fusion.standardPalette())


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
