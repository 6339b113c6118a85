"""Feed icons in the window: from the image cache (offline), beside each feed in the sidebar
and before the feed's name in the article list; a feed in error shows the warning instead."""

from __future__ import annotations

import io
from contextlib import closing
from functools import partial

from PIL import Image
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon

from desktop_app.domain import ArticleSummary
from desktop_app.services.library import Library
from desktop_app.store import feeds
from desktop_app.store.db import Database
from desktop_app.store.images import files_for
from desktop_app.ui.article_list import SUMMARY_ROLE
from desktop_app.ui.article_view import ICON_SIZE
from desktop_app.ui.feed_icons import decode_icon
from desktop_app.ui.main_window import MainWindow

ORANGE = (230, 100, 0)
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">'
    b'<rect width="16" height="16" fill="#1060d0"/></svg>'
)


def ico(color: tuple[int, int, int] = ORANGE, sizes: tuple[int, ...] = (16, 32, 48)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (max(sizes), max(sizes)), color).save(
        buffer, "ICO", sizes=[(size, size) for size in sizes]
    )
    return buffer.getvalue()


def _give_icons(database: Database, icons: dict[str, bytes]) -> None:
    """Store each feed's icon as a refresh would: the file in the cache, its digest on the feed."""
    files = files_for(database.path)
    with closing(database.reader()) as reader:
        by_title = {feed.title: feed.id for feed in feeds.list_feeds(reader)}
    for title, data in icons.items():
        digest = files.write(data)
        feed_id = by_title[title]
        database.writer.run(partial(feeds.record_icon, feed_id=feed_id, digest=digest))


def _window(qtbot, database: Database, config) -> MainWindow:
    window = MainWindow(Library(database), config, offline=True)
    qtbot.addWidget(window)
    window.resize(1000, 640)
    with qtbot.waitExposed(window):
        window.show()
    window.finish_start_up()  # what app.py runs after the first paint
    return window


def _sidebar_icon(window: MainWindow, title: str) -> QIcon | None:
    model = window.sidebar.model()
    pending = [model.index(row, 0) for row in range(model.rowCount())]
    while pending:
        index = pending.pop()
        pending += [model.index(child, 0, index) for child in range(model.rowCount(index))]
        if index.data().split("  (")[0] == title:
            icon = index.data(Qt.ItemDataRole.DecorationRole)
            return icon if isinstance(icon, QIcon) and not icon.isNull() else None
    raise AssertionError(f"{title} not in the sidebar")


def test_each_feed_shows_its_icon_from_the_cache_offline(qtbot, filled_database, config):
    _give_icons(filled_database, {"Macworld": ico(), "Scripting News": SVG})
    window = _window(qtbot, filled_database, config)

    macworld = _sidebar_icon(window, "Macworld")
    scripting = _sidebar_icon(window, "Scripting News")
    assert macworld is not None
    assert scripting is not None
    assert macworld.pixmap(16, 16).toImage().pixelColor(8, 8) == QColor(*ORANGE)
    assert scripting.pixmap(16, 16).toImage().pixelColor(8, 8) == QColor("#1060d0")
    assert _sidebar_icon(window, "All articles") is None


def test_the_article_list_draws_the_feeds_icon_before_its_name(qtbot, filled_database, config):
    _give_icons(filled_database, {"Macworld": ico()})
    window = _window(qtbot, filled_database, config)
    view = window.article_view
    rows = [view.model().index(row, 0) for row in range(view.model().rowCount())]
    macworld = next(i for i in rows if i.data(SUMMARY_ROLE).feed_title == "Macworld")
    other = next(i for i in rows if i.data(SUMMARY_ROLE).feed_title == "Scripting News")
    assert isinstance(macworld.data(SUMMARY_ROLE), ArticleSummary)

    picture = view.viewport().grab().toImage()
    ratio = picture.devicePixelRatio()

    def orange_pixels(index) -> int:
        rect = view.visualRect(index)
        second_line = rect.adjusted(0, rect.height() // 2, 0, 0)
        found = 0
        for x in range(second_line.left(), second_line.left() + 40):
            for y in range(second_line.top(), second_line.bottom()):
                color = picture.pixelColor(int(x * ratio), int(y * ratio))
                found += (color.red(), color.green(), color.blue()) == ORANGE
        return found

    view.scrollTo(macworld)
    assert orange_pixels(macworld) >= (ICON_SIZE - 2) ** 2
    if view.visualRect(other).isValid() and view.viewport().rect().contains(view.visualRect(other)):
        assert orange_pixels(other) == 0


def test_a_feed_in_error_shows_the_warning_not_its_icon(qtbot, filled_database, config):
    _give_icons(filled_database, {"Scripting News": ico()})
    with closing(filled_database.reader()) as reader:
        (news,) = [f.id for f in feeds.list_feeds(reader) if f.title == "Scripting News"]
    filled_database.writer.run(lambda c: feeds.record_error(c, news, "HTTP 500"))
    window = _window(qtbot, filled_database, config)

    icon = _sidebar_icon(window, "Scripting News")
    assert icon is not None
    assert icon.pixmap(16, 16).toImage().pixelColor(8, 8) != QColor(*ORANGE)


def test_every_size_of_an_ico_is_kept_for_the_screens_scale(qapp):
    icon = decode_icon(ico(sizes=(16, 32, 48)))
    assert icon is not None
    assert {size.width() for size in icon.availableSizes()} == {16, 32, 48}


def test_an_svg_icon_is_drawn_and_what_is_not_an_image_gives_none(qapp):
    icon = decode_icon(SVG)
    assert icon is not None
    assert QSize(64, 64) in icon.availableSizes()
    assert decode_icon(b"<!doctype html><title>Not found</title>") is None


def test_a_feed_without_an_icon_lines_up_with_those_that_have_one(qtbot, filled_database, config):
    _give_icons(filled_database, {"Scripting News": ico()})
    window = _window(qtbot, filled_database, config)
    model = window.sidebar.model()
    rows = {model.index(r, 0).data().split("  (")[0]: r for r in range(model.rowCount())}
    tech = model.index(rows["Tech"], 0)
    macworld = model.index(0, 0, tech)
    news = model.index(rows["Scripting News"], 0)
    blank = macworld.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(blank, QIcon)
    assert blank.pixmap(16, 16).toImage().pixelColor(8, 8).alpha() == 0
    assert news.data(Qt.ItemDataRole.DecorationRole).pixmap(16, 16).toImage().pixelColor(
        8, 8
    ) == QColor(*ORANGE)


def test_icons_are_decoded_only_once_the_window_is_on_screen(qtbot, filled_database, config):
    _give_icons(filled_database, {"Macworld": ico()})
    window = MainWindow(Library(filled_database), config, offline=True)
    qtbot.addWidget(window)
    assert _sidebar_icon(window, "Macworld") is None  # the first paint waits for no icon
    window.finish_start_up()
    assert _sidebar_icon(window, "Macworld") is not None
    window.reload_everything()  # and they stay through every reload after
    assert _sidebar_icon(window, "Macworld") is not None
