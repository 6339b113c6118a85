"""The window's colours: the desktop's own (``system``), or a forced light or dark palette.

Forced themes use Qt's Fusion style, which draws every widget from the palette alone, so a
dark palette gives a dark window on any desktop. Widgets that build colours into what they
paint (the reader's style sheet, the ticker's cached strip) redo it on the PaletteChange
event that follows.

Whatever the theme, the palette is made legible before it is applied (WCAG AA): muted text
reaches 4.5:1 on every background it is drawn on, selected text 4.5:1 on the selection, and
the Inactive group gets a grey selection, which the views show while they lack the focus.
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
# The dark theme's selection while its view has no focus: grey, not blue.
_DARK_INACTIVE_HIGHLIGHT = "#3d4146"
# The light theme's: Fusion's selection blue (#308cc6) carries white text at 3.69:1 only.
_LIGHT_HIGHLIGHT = "#1f6fb2"
_LIGHT_INACTIVE_HIGHLIGHT = "#d3d9df"

TEXT_CONTRAST = 4.5  # WCAG AA, body text
INDICATOR_CONTRAST = 3.0  # WCAG AA, large text and the parts of a control (a focus ring)
# The rates' up and down colours, by theme (dark first), chosen to pass on the strip's Base.
RISING = ("#5fd38a", "#2e7d32")
FALLING = ("#ff6b6b", "#c62828")
_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


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
    palette.setColor(
        QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor(_DARK_INACTIVE_HIGHLIGHT)
    )
    return legible(palette)


def light_palette(standard: QPalette) -> QPalette:
    """Fusion's light palette with a darker selection blue and a grey inactive selection."""
    palette = QPalette(standard)
    palette.setColor(
        QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight, QColor(_LIGHT_HIGHLIGHT)
    )
    palette.setColor(
        QPalette.ColorGroup.Inactive,
        QPalette.ColorRole.Highlight,
        QColor(_LIGHT_INACTIVE_HIGHLIGHT),
    )
    return legible(palette)


def luminance(colour: QColor) -> float:
    """WCAG's relative luminance of an opaque colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` as it shows on ``background`` (its alpha blended in)."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG's contrast ratio, 1 to 21, of ``foreground`` drawn on opaque ``background``."""
    first, second = luminance(over(foreground, background)), luminance(background)
    return (max(first, second) + 0.05) / (min(first, second) + 0.05)


def _towards(colour: QColor, target: QColor, backgrounds: list[QColor], needed: float) -> QColor:
    """``colour`` moved step by step towards ``target`` until it reaches ``needed`` on every
    background (``target`` itself when nothing short of it does)."""
    opaque = over(colour, backgrounds[0])
    for step in range(21):
        share = step / 20
        candidate = QColor.fromRgbF(
            opaque.redF() + (target.redF() - opaque.redF()) * share,
            opaque.greenF() + (target.greenF() - opaque.greenF()) * share,
            opaque.blueF() + (target.blueF() - opaque.blueF()) * share,
        )
        if all(contrast(candidate, background) >= needed for background in backgrounds):
            return candidate
    return QColor(target)


def legible(palette: QPalette) -> QPalette:
    """``palette`` with its muted text and its selections brought up to WCAG AA, in the
    Active and Inactive groups; colours that pass already are left as they are."""
    palette = QPalette(palette)
    role = QPalette.ColorRole
    for group in _GROUPS:
        backgrounds = [
            palette.color(group, r) for r in (role.Base, role.Window, role.AlternateBase)
        ]
        text = palette.color(group, role.Text)
        muted = palette.color(group, role.PlaceholderText)
        if min(contrast(muted, background) for background in backgrounds) < TEXT_CONTRAST:
            palette.setColor(
                group, role.PlaceholderText, _towards(muted, text, backgrounds, TEXT_CONTRAST)
            )
        selection = palette.color(group, role.Highlight)
        selected = palette.color(group, role.HighlightedText)
        if group == QPalette.ColorGroup.Inactive and contrast(selected, selection) < TEXT_CONTRAST:
            # A grey inactive selection keeps the normal text colour.
            selected = palette.color(group, role.Text)
            palette.setColor(group, role.HighlightedText, selected)
        if contrast(selected, selection) < TEXT_CONTRAST:
            # Away from the selected text: darker under light text, lighter under dark.
            away = QColor("#000000") if luminance(selected) > 0.2 else QColor("#ffffff")
            palette.setColor(
                group, role.Highlight, _towards(selection, away, [selected], TEXT_CONTRAST)
            )
    return palette


def focus_colour(palette: QPalette) -> QColor:
    """The focus ring's colour: the selection colour where it stands out at 3:1 from the
    window and the views, else the link colour, else the text colour."""
    role = QPalette.ColorRole
    backgrounds = [palette.color(role.Window), palette.color(role.Base)]
    for candidate in (role.Highlight, role.Link):
        colour = palette.color(candidate)
        if all(contrast(colour, background) >= INDICATOR_CONTRAST for background in backgrounds):
            return colour
    return palette.color(role.WindowText)


def rate_colours(palette: QPalette) -> dict[int, QColor]:
    """A rate's change by direction: falling, unchanged (muted), rising."""
    dark = int(not is_dark(palette))
    return {
        -1: QColor(FALLING[dark]),
        1: QColor(RISING[dark]),
        0: palette.color(QPalette.ColorRole.PlaceholderText),
    }


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole application to ``theme`` ("system", "light" or "dark"), at any time."""
    if app.property(_SYSTEM_STYLE) is None:  # remember what the desktop gave, to go back to it
        app.setProperty(_SYSTEM_STYLE, app.style().name())
        app.setProperty(_SYSTEM_PALETTE, QPalette(app.palette()))
    hints = app.styleHints()
    if theme == "system":
        app.setStyle(QStyleFactory.create(str(app.property(_SYSTEM_STYLE))))
        app.setPalette(legible(app.property(_SYSTEM_PALETTE)))
        hints.unsetColorScheme()
        return
    fusion = QStyleFactory.create("Fusion")
    app.setStyle(fusion)
    if theme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    else:
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(light_palette(fusion.standardPalette()))


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
