"""Keyboard, contrast and right-to-left text in the real window, offscreen (issue 16, points
4, 6 and 7); the screen reader's view is tests/e2e/test_accessibility_tree.py."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from desktop_app.bidi import is_right_to_left
from desktop_app.config import Config
from desktop_app.domain import ArticleSummary, Quote
from desktop_app.services.library import Library
from desktop_app.store.db import Database
from desktop_app.ui.article_list import SUMMARY_ROLE
from desktop_app.ui.article_view import ArticleListView
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.reader_view import ReaderView
from desktop_app.ui.theme import (
    INDICATOR_CONTRAST,
    TEXT_CONTRAST,
    apply_theme,
    contrast,
    dark_palette,
    focus_colour,
    light_palette,
    rate_colours,
)

# The Universal Declaration of Human Rights, article 1, in Arabic and in Hebrew (the UN's
# own translations).
ARABIC = "يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق. وقد وهبوا عقلاً وضميرًا 1948"
HEBREW = "כל בני אדם נולדו בני חורין ושווים בערכם ובזכויותיהם. כולם חוננו בתבונה ובמצפון"


@pytest.fixture(params=["light", "dark"])
def theme(request) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, request.param)
    try:
        yield request.param
    finally:
        apply_theme(app, "system")


def _window(qtbot, database: Database, config: Config) -> MainWindow:
    window = MainWindow(Library(database), config, offline=True)
    qtbot.addWidget(window)
    qtbot.addWidget(window.compact)
    window.move(200, 200)  # the offscreen pointer at (0, 0) would pause the strip
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


# -- contrast ---------------------------------------------------------------------------------
def _pairs(palette: QPalette) -> list[tuple[str, QColor, QColor, float]]:
    """Every text/background pair Caravan draws, with the ratio it needs."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    pairs = []
    for state in (group.Active, group.Inactive):

        def colour(r: QPalette.ColorRole, state: QPalette.ColorGroup = state) -> QColor:
            return palette.color(state, r)

        for background in (role.Base, role.AlternateBase, role.Window):
            for text in (role.Text, role.WindowText, role.PlaceholderText):
                if (text == role.WindowText) == (background == role.Window):
                    pairs.append(
                        (f"{state.name} {text.name} on {background.name}", colour(text),
                         colour(background), TEXT_CONTRAST)
                    )  # fmt: skip
        pairs.append(
            (f"{state.name} selected text", colour(role.HighlightedText),
             colour(role.Highlight), TEXT_CONTRAST)
        )  # fmt: skip
        pairs.append((f"{state.name} link", colour(role.Link), colour(role.Base), TEXT_CONTRAST))
        pairs.append(
            (f"{state.name} button text", colour(role.ButtonText), colour(role.Button),
             TEXT_CONTRAST)
        )  # fmt: skip
    for direction, name in ((-1, "falling"), (1, "rising"), (0, "unchanged")):
        pairs.append(
            (f"{name} rate", rate_colours(palette)[direction], palette.color(role.Base),
             TEXT_CONTRAST)
        )  # fmt: skip
    ring = focus_colour(palette)
    for background in (role.Window, role.Base):
        pairs.append(
            (f"focus ring on {background.name}", ring, palette.color(background),
             INDICATOR_CONTRAST)
        )  # fmt: skip
    return pairs


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_pair_of_colours_is_legible_in_both_themes(qapp, name):
    palette = (
        dark_palette()
        if name == "dark"
        else light_palette(QStyleFactory.create("Fusion").standardPalette())
    )
    failing = [
        f"{label}: {contrast(text, background):.2f}:1 < {needed}"
        for label, text, background, needed in _pairs(palette)
        if contrast(text, background) < needed
    ]
    assert failing == []


def test_the_reader_style_sheet_keeps_the_palettes_muted_colour(qtbot):
    """A muted colour with an alpha channel reaches the reader as it is, not opaque."""
    reader = ReaderView()
    qtbot.addWidget(reader)
    palette = reader.palette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(0, 0, 0, 160))
    reader.setPalette(palette)
    assert "#a0000000" in reader.document().defaultStyleSheet()


# -- keyboard ---------------------------------------------------------------------------------
def _region_image(region: QWidget) -> QImage:
    """The region and a few pixels around it (where the ring is drawn), as on screen."""
    window = region.window()
    top_left = region.mapTo(window, region.rect().topLeft())
    area = QRect(top_left, region.size()).adjusted(-4, -4, 4, 4)
    return window.grab(area).toImage()


def _indicator_pixels(before: QImage, after: QImage) -> int:
    """Pixels that changed to a colour standing out at 3:1 from what was there."""
    count = 0
    for y in range(0, min(before.height(), after.height())):
        for x in range(0, min(before.width(), after.width())):
            old, new = before.pixelColor(x, y), after.pixelColor(x, y)
            if old != new and contrast(new, old) >= INDICATOR_CONTRAST:
                count += 1
    return count


def test_every_region_shows_where_the_focus_is(qtbot, filled_database, config, theme):
    window = _window(qtbot, filled_database, config)
    window.article_view.selectRow(0)
    window.ticker.set_paused(True)  # the same pixels twice, not two moments of a scroll
    regions = {
        "ticker": window.ticker,
        "sidebar": window.sidebar,
        "article list": window.article_view,
        "reader": window.reader,
        "search": window.search_box,
        "date filter": window.date_range,
    }
    parking = window.menuBar()  # takes no part: focusing it leaves every region unfocused
    for name, region in regions.items():
        parking.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is parking)
        unfocused = _region_image(region)
        region.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(region.hasFocus)
        focused = _region_image(region)
        perimeter = 2 * (region.width() + region.height())
        assert _indicator_pixels(unfocused, focused) >= perimeter, f"{name}: no visible ring"


def test_a_selection_without_the_focus_looks_inactive(qtbot, filled_database, config, theme):
    window = _window(qtbot, filled_database, config)
    view = window.article_view
    window.article_view.selectRow(1)
    row = view.visualRect(view.model().index(1, 0))
    active = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    inactive = view.palette().color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight)
    assert active != inactive

    line = view.fontMetrics().height()

    def background() -> QColor:
        """Between the row's two lines, in the middle: no text, no ring."""
        image = view.viewport().grab(row).toImage()
        return image.pixelColor(row.width() // 2, 6 + line + 3)

    view.setFocus()
    qtbot.waitUntil(lambda: background() == active)
    window.sidebar.setFocus()
    qtbot.waitUntil(lambda: background() == inactive)


def test_f6_cycles_the_regions_both_ways(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    window.sidebar.setFocus()
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        order.append(QApplication.focusWidget())
        if order[-1] is window.ticker:
            assert not window.ticker.animating, "a ticker reached by F6 stands still"
    assert order == [window.article_view, window.reader, window.ticker, window.sidebar]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.ticker
    qtbot.keyClick(window.ticker, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.reader


def test_the_keyboard_opens_a_rates_detail_from_the_strip_and_the_menu(
    qtbot, filled_database, config
):
    window = _window(qtbot, filled_database, config)
    window.ticker.setFocus(Qt.FocusReason.TabFocusReason)
    current = window.ticker.current_index
    assert current is not None
    qtbot.keyClick(window.ticker, Qt.Key.Key_Right)
    quote = window.ticker.items()[(current + 1) % len(window.ticker.items())].payload
    assert isinstance(quote, Quote)
    pair = quote.pair
    qtbot.keyClick(window.ticker, Qt.Key.Key_Space)  # the strip's, not the window's Space
    assert window.rate_detail is not None and window.rate_detail.isVisible()
    assert window.rate_detail.windowTitle().startswith(pair)
    window.rate_detail.close()

    menu = window.ticker_mode.rate_menu
    menu.aboutToShow.emit()
    labels = [action.text() for action in menu.actions()]
    assert labels == [item.label for item in window.ticker.items()]
    menu.actions()[2].trigger()
    assert window.rate_detail.windowTitle().startswith(labels[2].split()[0])


def test_links_in_the_reader_are_reached_with_tab_and_followed_with_enter(qtbot):
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show_html(
        "<h1>Title</h1><p>Text <a href='#feed-text'>the feed's text</a> and "
        "<a href='#fetch-full-text'>fetch it</a>.</p>"
    )
    with qtbot.waitExposed(reader):
        reader.show()
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Tab)
    assert reader.textCursor().selectedText() == "the feed's text"
    qtbot.keyClick(reader, Qt.Key.Key_Tab)
    assert reader.textCursor().selectedText() == "fetch it"
    with qtbot.waitSignal(reader.action_requested) as followed:
        qtbot.keyClick(reader, Qt.Key.Key_Return)
    assert followed.args == ["fetch-full-text"]


# -- right to left ----------------------------------------------------------------------------
def test_the_direction_comes_from_the_first_strong_character():
    assert is_right_to_left(ARABIC) and is_right_to_left(HEBREW)
    assert is_right_to_left("2024 — " + HEBREW), "digits and punctuation decide nothing"
    assert not is_right_to_left("Macworld " + ARABIC)
    assert not is_right_to_left("") and not is_right_to_left("1948")


def test_the_reader_lays_out_each_paragraph_in_its_own_direction(qtbot):
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(700, 400)
    short_arabic = ARABIC.split(".")[0]  # one line
    reader.show_html(f"<h1>{HEBREW[:20]}</h1><p>English first.</p><p dir='auto'>{short_arabic}</p>")
    document = reader.document()
    directions = {}
    block = document.begin()
    while block.isValid():
        directions[block.text()[:5]] = block.textDirection()
        block = block.next()
    assert directions[HEBREW[:5]] == Qt.LayoutDirection.RightToLeft
    assert directions["Engli"] == Qt.LayoutDirection.LeftToRight
    assert directions[ARABIC[:5]] == Qt.LayoutDirection.RightToLeft
    with qtbot.waitExposed(reader):
        reader.show()
    text = document.toPlainText()
    arabic = document.findBlock(text.index(ARABIC[:5])).layout().lineAt(0).naturalTextRect()
    english = document.findBlock(text.index("English")).layout().lineAt(0).naturalTextRect()
    assert english.left() == pytest.approx(0, abs=2)
    assert arabic.left() > english.right(), "a short right-to-left line stands at the right"
    assert arabic.right() > 3 * english.right()


def _ink_columns(image: QImage, top: int, bottom: int, ink: QColor) -> list[int]:
    return [
        x
        for x in range(4, image.width() - 4)  # inside the current item's ring
        if any(contrast(image.pixelColor(x, y), ink) < 1.6 for y in range(top, bottom))
    ]


def test_the_list_draws_right_to_left_titles_and_excerpts_from_the_right(qtbot, filled_database):
    view = ArticleListView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    model = QStandardItemModel()
    moment = datetime(2026, 11, 1, tzinfo=UTC)
    rows = ((HEBREW, ARABIC.split(" ال")[0]), ("Plain English", "Text."))
    for number, (title, excerpt) in enumerate(rows):
        item = QStandardItem(title)
        item.setData(
            ArticleSummary(number, 1, "Feed", title, "", moment, True, False, excerpt),
            SUMMARY_ROLE,
        )
        model.appendRow(item)
    view.setModel(model)
    with qtbot.waitExposed(view):
        view.show()
    image = view.viewport().grab().toImage()
    muted = view.palette().color(QPalette.ColorRole.PlaceholderText)
    middle = image.width() // 2
    for row, right_to_left in ((0, True), (1, False)):
        rect = view.visualRect(model.index(row, 0))
        second_line = _ink_columns(image, rect.center().y() + 2, rect.bottom() - 4, muted)
        assert second_line, "the excerpt is drawn"
        if right_to_left:
            assert max(second_line) > image.width() - 20 and min(second_line) > middle
        else:
            assert min(second_line) < 30 and max(second_line) < middle


# -- size -------------------------------------------------------------------------------------
def test_the_default_size_is_fitted_to_a_small_screen(qtbot, filled_database, config):
    """The first start (no saved geometry) on a screen smaller than the default size, as a
    1366×768 laptop at 150 % or a 1920×1080 one at 200 % is in logical pixels."""
    from PySide6.QtGui import QGuiApplication

    window = MainWindow(Library(filled_database), config, offline=True)
    qtbot.addWidget(window)
    qtbot.addWidget(window.compact)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.width() < 1180 or area.height() < 760, "the screen is smaller than the default"
    with qtbot.waitExposed(window):
        window.show()
    assert area.contains(window.frameGeometry())


# -- screen readers (in process; the AT-SPI bus is tests/e2e/test_accessibility_tree.py) ----
def test_the_ticker_and_the_reader_describe_their_parts(qtbot, filled_database, config):
    from PySide6.QtGui import QAccessible

    from desktop_app.ui import accessibility

    window = _window(qtbot, filled_database, config)
    accessibility.install()  # as app.py does once the window has painted
    ticker = QAccessible.queryAccessibleInterface(window.ticker)
    assert ticker.role() == QAccessible.Role.List
    assert ticker.text(QAccessible.Text.Name) == "Currency rates"
    names = [ticker.child(i).text(QAccessible.Text.Name) for i in range(ticker.childCount())]
    assert names == [item.accessible_text for item in window.ticker.items()]
    assert ticker.child(0).role() == QAccessible.Role.ListItem
    assert ticker.focusChild() is None, "no current item without the keyboard"
    window.ticker.setFocus(Qt.FocusReason.TabFocusReason)
    current = window.ticker.current_index
    assert current is not None
    focused = ticker.focusChild()
    assert focused is not None and focused.text(QAccessible.Text.Name) == names[current]
    assert focused.state().focused

    window.article_view.selectRow(0)
    contents = QAccessible.queryAccessibleInterface(window.reader.viewport())
    parts = [contents.child(i) for i in range(contents.childCount())]
    summary = window.article_model.article_at(0)
    assert summary is not None
    assert parts[0].role() == QAccessible.Role.Heading
    assert parts[0].text(QAccessible.Text.Name) == summary.title
    links = [part for part in parts if part.role() == QAccessible.Role.Link]
    assert [link.text(QAccessible.Text.Name) for link in links][-1] == "Open the original"
    assert links[-1].text(QAccessible.Text.Description) == summary.link
    window.article_view.selectRow(1)
    contents = QAccessible.queryAccessibleInterface(window.reader.viewport())
    second = window.article_model.article_at(1)
    assert second is not None
    assert contents.child(0).text(QAccessible.Text.Name) == second.title
