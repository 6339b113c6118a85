"""The main window over a real database, offscreen."""

from __future__ import annotations

from contextlib import closing

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMenu

from desktop_app.config import Config
from desktop_app.domain import ArticleFilter
from desktop_app.services.library import Library
from desktop_app.store import articles
from desktop_app.store.db import Database
from desktop_app.ui.main_window import MainWindow

MACWORLD = 30
SCRIPTING = 50


def _window(qtbot, database: Database, config: Config) -> MainWindow:
    window = MainWindow(Library(database), config, offline=True)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def _stored_flag(database: Database, article_id: int, flag: str) -> bool:
    connection = database.reader()
    try:
        article = articles.get_article(connection, article_id)
    finally:
        connection.close()
    assert article is not None
    return bool(getattr(article, flag))


def _sidebar_icons(window: MainWindow) -> set[str]:
    """The titles of the sidebar's entries that carry an icon."""
    model = window.sidebar.model()
    pending = [model.index(row, 0) for row in range(model.rowCount())]
    marked = set()
    while pending:
        index = pending.pop()
        pending += [model.index(child, 0, index) for child in range(model.rowCount(index))]
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None and not icon.isNull():
            marked.add(index.data().split("  (")[0])
    return marked


def _sidebar_labels(window: MainWindow) -> list[str]:
    model = window.sidebar.model()
    labels = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        labels.append(index.data())
        for child in range(model.rowCount(index)):
            labels.append("  " + model.index(child, 0, index).data())
    return labels


def test_window_shows_stored_articles_counts_and_rates_offline(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    assert window.windowTitle() == f"Caravan — {MACWORLD + SCRIPTING} unread"
    assert window.list_header.text() == f"{MACWORLD + SCRIPTING} articles"
    assert window.article_model.total == MACWORLD + SCRIPTING
    assert _sidebar_labels(window) == [
        "All articles  (80)",
        "Unread  (80)",
        "Starred",
        "Tech  (30)",
        "  Macworld  (30)",
        "Scripting News  (50)",
    ]
    labels = [item.label for item in window.ticker.items()]
    assert labels == [
        "KGS/USD 0.01166",
        "KZT/USD 0.002088",
        "TJS/USD 0.09429",
        "UZS/USD 0.00007869",
        "TMT/USD 0.2857",
    ]
    # KGS was 1% dearer the day before: (1/1.01 - 1) * 100 = -0.990...% → "▼ 0.99%".
    assert window.ticker.items()[0].change == "▼ 0.99%"
    assert window.ticker.items()[1].change == "0.00%"
    assert "Offline" in window.network_label.text()


def test_selecting_an_article_shows_it_and_marks_it_read(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    first = window.article_model.article_at(0)
    assert first is not None and not first.read
    window.article_view.selectRow(0)
    assert first.title[:30] in window.reader.toPlainText()
    qtbot.waitUntil(lambda: _stored_flag(filled_database, first.id, "read"))
    qtbot.waitUntil(lambda: window.windowTitle() == "Caravan — 79 unread")
    font = window.article_model.data(window.article_model.index(0, 0), Qt.ItemDataRole.FontRole)
    assert font is None, "a read article is no longer bold"


def test_keyboard_moves_between_articles_and_stars(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_J)
    qtbot.keyClick(window.article_view, Qt.Key.Key_J)
    assert window.article_view.currentIndex().row() == 1
    qtbot.keyClick(window.article_view, Qt.Key.Key_K)
    assert window.article_view.currentIndex().row() == 0
    starred = window.article_model.article_at(0)
    assert starred is not None
    qtbot.keyClick(window.article_view, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: _stored_flag(filled_database, starred.id, "starred"))
    qtbot.waitUntil(lambda: "Starred  (1)" in _sidebar_labels(window))


def test_sidebar_feed_filters_the_list(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    window.sidebar.filter_selected.emit(ArticleFilter(folder="Tech"))
    assert window.article_model.total == MACWORLD
    assert window.list_header.text() == f"{MACWORLD} articles"
    assert {
        window.article_model.article_at(row).feed_title  # type: ignore[union-attr]
        for row in range(window.article_model.rowCount())
    } == {"Macworld"}


def test_mark_all_read_clears_unread_counts(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    window.mark_all_read()
    qtbot.waitUntil(lambda: window.windowTitle() == "Caravan")
    assert _sidebar_labels(window)[:2] == ["All articles", "Unread"]


def test_reader_refuses_links_that_are_not_web_links(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    with qtbot.waitSignal(window.reader.link_refused) as refused:
        window.reader.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert "Refused" in refused.args[0]
    assert window.reader.loadResource(2, QUrl("file:///etc/passwd")) is None


def test_article_list_loads_lazily_in_pages(qtbot, filled_database, config, monkeypatch):
    monkeypatch.setattr("desktop_app.ui.article_list.PAGE_SIZE", 20)
    window = _window(qtbot, filled_database, config)
    model = window.article_model
    model.reload()
    assert model.rowCount() == 20
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == MACWORLD + SCRIPTING
    ids = [model.article_at(row).id for row in range(model.rowCount())]  # type: ignore[union-attr]
    assert len(set(ids)) == len(ids)


def test_opml_import_and_export_from_the_window(qtbot, database, config, fixtures_dir, tmp_path):
    window = _window(qtbot, database, config)
    window.import_opml(fixtures_dir / "feeds-real" / "Subs.opml")
    assert window.statusBar().currentMessage().startswith("Imported 207 new feeds")
    labels = _sidebar_labels(window)
    assert "Programming" in labels and "  Daring Fireball" not in labels
    exported = tmp_path / "out.opml"
    window.export_opml(exported)
    assert exported.read_bytes().count(b"xmlUrl=") == 207


def test_a_broken_opml_file_is_explained_not_imported(
    qtbot, database, config, tmp_path, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )
    broken = tmp_path / "broken.opml"
    broken.write_bytes(b"<opml><body>")
    window = _window(qtbot, database, config)
    window.import_opml(broken)
    assert shown and "broken.opml" in shown[0]
    assert _sidebar_labels(window) == ["All articles", "Unread", "Starred"]


def _feed_row(window: MainWindow, label_start: str):
    model = window.sidebar.model()
    matches = model.match(
        model.index(0, 0), Qt.ItemDataRole.DisplayRole, label_start, 1,
        Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive,
    )  # fmt: skip
    assert matches, label_start
    return matches[0]


def test_right_click_on_a_feed_asks_for_its_menu(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    window.sidebar.feed_menu_requested.disconnect()  # the test looks at the menu, not exec()
    index = _feed_row(window, "Macworld")
    position = window.sidebar.visualRect(index).center()
    with qtbot.waitSignal(window.sidebar.feed_menu_requested) as requested:
        window.sidebar.customContextMenuRequested.emit(position)
    feed = requested.args[0]
    assert feed.title == "Macworld"
    menu = window.feed_menu(feed)
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts == [
        "Refresh this feed", "Mark all as read", "Properties…", "Copy address", "Open website",
        "Rename…", "Move to folder…", "Pause fetching", "Full text", "Remove…",
    ]  # fmt: skip
    next(a for a in menu.actions() if a.text() == "Mark all as read").trigger()
    qtbot.waitUntil(lambda: "Tech" in _sidebar_labels(window))
    assert window.windowTitle() == f"Caravan — {SCRIPTING} unread"


def test_rename_move_pause_and_remove_a_feed(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    feed = _feed_row(window, "Macworld").data(Qt.ItemDataRole.UserRole + 2)
    window.update_feed(feed.id, title="Mac news", folder="Apple")
    qtbot.waitUntil(lambda: "  Mac news  (30)" in _sidebar_labels(window))
    assert "Apple  (30)" in _sidebar_labels(window)
    window.update_feed(feed.id, enabled=False)
    qtbot.waitUntil(
        lambda: not _feed_row(window, "Mac news").data(Qt.ItemDataRole.UserRole + 2).enabled
    )
    window.sidebar.filter_selected.emit(ArticleFilter(feed_id=feed.id))
    window.sidebar.setCurrentIndex(_feed_row(window, "Mac news"))
    window.remove_feed(feed.id)
    qtbot.waitUntil(lambda: window.article_model.total == SCRIPTING)
    assert not any("Mac news" in label for label in _sidebar_labels(window))
    assert window.windowTitle() == f"Caravan — {SCRIPTING} unread"


def test_a_reload_keeps_the_selected_feed_and_the_open_article(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    window.sidebar.setCurrentIndex(_feed_row(window, "Macworld"))
    assert window.article_model.total == MACWORLD
    window.article_view.selectRow(2)
    opened = window.article_model.article_at(2)
    assert opened is not None
    window.reload_everything()  # what a finished refresh does
    assert window.article_model.article_filter.feed_id == opened.feed_id
    assert window.sidebar.currentIndex().data().startswith("Macworld")
    assert opened.title[:30] in window.reader.toPlainText()
    selected = window.article_view.selectionModel().selectedRows()
    assert [window.article_model.article_at(i.row()).id for i in selected] == [opened.id]  # type: ignore[union-attr]


def test_search_as_you_type_narrows_the_selected_feed(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    qtbot.keyClicks(window.search_box, "face id")
    qtbot.waitUntil(lambda: window.article_model.article_filter.search == "face id")
    assert window.article_model.total == 3  # two Macworld stories and one Scripting News post
    assert window.list_header.text() == "3 articles found"
    window.sidebar.setCurrentIndex(_feed_row(window, "Macworld"))
    assert window.article_model.total == 2
    titles = {window.article_model.article_at(row).title for row in range(2)}  # type: ignore[union-attr]
    assert all("Face ID" in title for title in titles)
    window.search_box.setText("face id nosuchword")
    qtbot.waitUntil(lambda: window.list_header.text() == "No article matches the search")
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.article_model.total == MACWORLD)


def test_slash_focuses_the_search_box(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_Slash)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "jk")
    assert window.search_box.text() == "jk", "typing in the box is not taken for shortcuts"
    window.search_box.setText("face id")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.article_view.hasFocus()
    assert "Face ID" in window.reader.toPlainText()


def test_clicking_a_rate_opens_its_detail_with_a_chart_of_the_stored_days(
    qtbot, filled_database, config
):
    window = _window(qtbot, filled_database, config)
    kgs = window.ticker.items()[0]
    window.ticker.item_clicked.emit(kgs)
    detail = window.rate_detail
    assert detail is not None and detail.isVisible()
    text = detail.summary.text()
    assert "KGS/USD 0.01166" in text
    assert "Valid for 19 August 2024" in text
    assert "ExchangeRate-API" in text
    assert "2 days stored" in text
    # The chart holds both stored days, the day before first.
    assert [day.isoformat() for day, _ in detail.chart.chart.points()] == [
        "2024-08-18",
        "2024-08-19",
    ]
    detail.close()


def test_headlines_ride_between_the_rates_and_open_their_article(qtbot, filled_database):
    from desktop_app.config import Config, TickerSettings

    config = Config(ticker=TickerSettings(headlines=2))
    window = _window(qtbot, filled_database, config)
    items = window.ticker.items()
    assert len(items) == 5 + 2
    headlines = [item for item in items if isinstance(item.payload, int)]
    assert len(headlines) == 2
    assert items.index(headlines[0]) > 0, "a rate comes first"
    window.ticker.item_clicked.emit(headlines[0])
    article_id = headlines[0].payload
    assert isinstance(article_id, int)
    opened = window.library.article(article_id)
    assert opened is not None
    assert opened.title[:30] in window.reader.toPlainText()
    qtbot.waitUntil(lambda: window.windowTitle() == "Caravan — 79 unread")


def test_the_view_menu_pauses_the_ticker_and_reduces_motion(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    window.pause_ticker_action.trigger()
    assert window.ticker.paused
    window.pause_ticker_action.trigger()
    assert not window.ticker.paused
    window.reduce_motion_action.trigger()
    assert window.ticker.reduce_motion


def test_reader_keeps_a_readable_measure_and_remembers_its_text_size(
    qtbot, filled_database, config
):
    window = _window(qtbot, filled_database, config)
    window.resize(1800, 900)
    window.article_view.selectRow(0)
    frame = window.reader.document().rootFrame().frameFormat()
    line = window.reader.viewport().width() - frame.leftMargin() - frame.rightMargin()
    characters = line / window.reader.fontMetrics().averageCharWidth()
    assert 60 <= characters <= 90, "lines stay about 75 characters in a wide pane"
    size = window.reader.font().pointSizeF()
    window.zoom_reader(2)
    assert window.reader.font().pointSizeF() > size
    filled_database.writer.run(lambda _connection: None)
    again = MainWindow(Library(filled_database), config, offline=True)
    qtbot.addWidget(again)
    assert again.reader.zoom == 2


def test_the_reader_measures_its_viewport_right_with_and_without_a_scroll_bar(
    qtbot, filled_database, config
):
    window = _window(qtbot, filled_database, config)
    reader = window.reader
    assert not reader.verticalScrollBar().isVisible(), "the empty reader has no scroll bar"
    assert reader.viewport_width() == reader.viewport().width()
    reader.show_html("<p>A line of the article.</p>" * 400)
    qtbot.waitUntil(lambda: reader.verticalScrollBar().isVisible())
    assert reader.viewport_width() == reader.viewport().width()
    reader.clear_article()
    qtbot.waitUntil(lambda: not reader.verticalScrollBar().isVisible())
    window.resize(900, 700)
    assert reader.viewport_width() == reader.viewport().width()


def test_the_list_shows_two_lines_per_article_with_feed_and_excerpt(qtbot, filled_database, config):
    from desktop_app.sanitize import html_to_text
    from desktop_app.ui.article_list import SUMMARY_ROLE

    window = _window(qtbot, filled_database, config)
    index = window.article_model.index(0, 0)
    summary = index.data(SUMMARY_ROLE)
    article = window.library.article(summary.id)
    assert article is not None
    assert summary.excerpt
    assert html_to_text(article.content_html or article.summary_html).startswith(summary.excerpt)
    line = window.article_view.fontMetrics().height()
    assert window.article_view.sizeHintForRow(0) >= 2 * line
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert summary.feed_title in spoken and "unread" in spoken


def test_n_goes_to_the_next_unread_article_and_the_shortcuts_are_listed(
    qtbot, filled_database, config
):
    window = _window(qtbot, filled_database, config)
    window.article_view.selectRow(0)  # read now
    window.article_view.selectRow(1)  # read now
    window.article_view.selectRow(0)
    window.next_unread()
    assert window.article_view.selectionModel().selectedRows()[0].row() == 2
    text = window.shortcuts_text()
    for expected in ("Next unread article", "Toggle star", "Search", "Refresh now", "Quit"):
        assert expected in text
    assert "<b>N</b>" in text and "<b>F5</b>" in text


def test_ctrl_comma_settings_apply_to_the_open_window_and_the_theme_goes_dark(
    qtbot, filled_database, config, tmp_path
):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox

    from desktop_app.config import load_config
    from desktop_app.services.library import Library
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.theme import apply_theme, is_dark

    config_file = tmp_path / "caravan.toml"
    config_file.write_text("# mine\n[ticker]\nspeed = 60  # calm\n", encoding="utf-8")
    window = MainWindow(Library(filled_database), config, offline=True, config_path=config_file)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light_reader = window.reader.palette().color(QPalette.ColorRole.Base)
    try:
        window.settings_action.trigger()
        from desktop_app.ui.settings_dialog import SettingsDialog

        dialog = window.settings_dialog
        assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
        speed = dialog.editor("ticker.speed")
        theme = dialog.editor("appearance.theme")
        assert isinstance(speed, QSpinBox) and isinstance(theme, QComboBox)
        speed.setValue(120)
        theme.setCurrentIndex(theme.findData("dark"))
        dialog.accept()

        assert window.ticker.speed == 120
        assert is_dark(app.palette())
        qtbot.waitUntil(
            lambda: window.reader.palette().color(QPalette.ColorRole.Base) != light_reader
        )
        saved = config_file.read_text(encoding="utf-8")
        assert saved.startswith("# mine\n") and "speed = 120  # calm" in saved
        assert load_config(config_file).config.appearance.theme == "dark"
    finally:
        apply_theme(app, "system")
    assert not is_dark(app.palette())


def test_search_matches_are_marked_in_the_reader_and_the_list_shows_where_they_are(
    qtbot, filled_database, config
):
    window = _window(qtbot, filled_database, config)
    window.search_box.setText("face id")
    qtbot.waitUntil(lambda: window.article_model.article_filter.search == "face id")
    assert window.article_view.delegate.search == "face id"
    first = window.article_model.article_at(0)
    assert first is not None and "face" in first.excerpt.lower()  # the snippet, not line one
    window.article_view.selectRow(0)
    document = window.reader.shown_document
    assert '<span class="search-match">Face</span>' in document
    assert '<span class="search-match">ID</span>' in document
    window.search_box.clear()
    qtbot.waitUntil(lambda: window.article_model.article_filter.search == "")
    window.article_view.selectRow(0)
    assert "search-match" not in window.reader.shown_document


def test_the_date_range_narrows_the_list_and_says_so(qtbot, filled_database, config):
    window = _window(qtbot, filled_database, config)
    everything = window.article_model.total
    window.date_range.setCurrentIndex(window.date_range.findText("Last 30 days"))
    # The fixture feeds are years old: nothing was published in the last 30 days.
    assert window.article_model.total == 0
    assert window.list_header.text() == "Nothing here"
    window.date_range.setCurrentIndex(window.date_range.findText("Any time"))
    assert window.article_model.total == everything


def test_the_feeds_in_error_are_listed_with_their_message_and_a_retry(
    qtbot, filled_database, config
):
    from desktop_app.store import feeds as feed_store

    with closing(filled_database.reader()) as reader:
        failing = next(f for f in feed_store.list_feeds(reader) if f.title == "Macworld")
    filled_database.writer.run(
        lambda c: feed_store.record_error(c, failing.id, "HTTP 503 Service Unavailable")
    )
    window = _window(qtbot, filled_database, config)
    assert _sidebar_icons(window) == {"Macworld"}  # the warning sign, on the failing feed only
    window.errors_action.trigger()
    dialog = window.feed_errors_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.topLevelItemCount() == 1
    row = dialog.table.topLevelItem(0)
    assert row is not None
    assert (row.text(0), row.text(1), row.text(3)) == (
        "Macworld",
        "HTTP 503 Service Unavailable",
        "1",
    )
    assert "1 feed failed" in dialog.summary.text()
    # An offline window: the retry is greyed out and says why.
    assert not dialog.retry_button.isEnabled()
    assert dialog.retry_button.toolTip().startswith("Caravan was started offline (--offline)")

    from desktop_app.ui.feed_errors import FeedErrorsDialog

    retried: list[bool] = []
    online = FeedErrorsDialog([failing], lambda: retried.append(True))
    qtbot.addWidget(online)
    online.retry_button.click()
    assert retried == [True]


def test_the_header_says_which_part_of_a_long_list_is_shown(qtbot, database, config):
    from desktop_app.domain import ParsedEntry
    from desktop_app.store import articles as article_store
    from desktop_app.store import feeds as feed_store
    from desktop_app.ui.article_list import PAGE_SIZE

    entries = [
        ParsedEntry(f"k{n}", f"Story {n}", f"https://x.example/{n}", "", None, "", "", "")
        for n in range(PAGE_SIZE + 50)
    ]

    def fill(connection):
        feed_id, _ = feed_store.add_feed(connection, "https://x.example/feed.xml", "X")
        article_store.store_entries(connection, feed_id, entries)

    database.writer.run(fill)
    window = _window(qtbot, database, config)
    assert window.list_header.text() == f"Showing 1–{PAGE_SIZE} of {PAGE_SIZE + 50} articles"
    window.article_model.fetchMore()
    assert window.list_header.text() == f"{PAGE_SIZE + 50} articles"


def test_opening_an_article_marks_it_read_unless_the_reader_is_told_not_to(
    qtbot, filled_database, config
):
    from dataclasses import replace

    from desktop_app.config import ReaderSettings

    for mark_on_open in (True, False):
        settings = replace(config, reader=ReaderSettings(mark_read_on_open=mark_on_open))
        window = _window(qtbot, filled_database, settings)
        row = next(
            r for r in range(window.article_model.rowCount())
            if not window.article_model.article_at(r).read  # type: ignore[union-attr]
        )  # fmt: skip
        article_id = window.article_model.article_at(row).id  # type: ignore[union-attr]
        window.article_view.selectRow(row)
        window.library.set_read([], True).result()  # the writer has done what came before
        qtbot.waitUntil(
            lambda window=window, article_id=article_id, expected=mark_on_open: (
                window.library.article(article_id).read is expected
            )
        )
        assert window.article_model.article_at(row).read is mark_on_open  # type: ignore[union-attr]


def test_a_wide_window_puts_list_and_reader_side_by_side_and_a_narrow_one_stacks_them(
    qtbot, filled_database, config
):
    from desktop_app.ui.main_window import WIDE_LAYOUT_WIDTH

    window = _window(qtbot, filled_database, config)
    window.resize(WIDE_LAYOUT_WIDTH + 100, 800)
    qtbot.waitUntil(lambda: window.content_splitter.orientation() == Qt.Orientation.Horizontal)
    list_size, reader_size = window.content_splitter.sizes()
    assert 0 < list_size < reader_size
    window.resize(WIDE_LAYOUT_WIDTH - 400, 800)
    qtbot.waitUntil(lambda: window.content_splitter.orientation() == Qt.Orientation.Vertical)
    assert all(size > 0 for size in window.content_splitter.sizes())


def test_every_menu_shortcut_works_with_the_menu_bar_hidden_and_none_is_ambiguous(
    qtbot, filled_database, config
):
    window = _window(qtbot, filled_database, config)
    menus = window.menuBar().findChildren(QMenu)
    in_menus = [
        action for menu in menus for action in menu.actions() if not action.shortcut().isEmpty()
    ]
    assert len(in_menus) >= 15
    window_actions = window.actions()
    missing = [action.text() for action in in_menus if action not in window_actions]
    assert not missing, "these shortcuts would need the menu bar"
    keys = [shortcut.toString() for action in window_actions for shortcut in action.shortcuts()]
    assert sorted(keys) == sorted(set(keys)), "Qt ignores a shortcut that two actions share"

    window.menuBar().hide()
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_J)
    assert window.article_view.selectionModel().selectedRows()[0].row() == 0
    qtbot.keyClick(
        window.article_view,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.pause_ticker_action.isChecked()
