"""Caravan's windows in the chosen language: with Russian installed, each window of the
translated batches is opened as the user opens it, and none of its texts — titles, labels,
buttons, menu entries, tooltips, placeholders, accessible names and descriptions — still holds
an English word. Kazakh and Uzbek are checked on one dialog each; English keeps its plurals.

Every window is in ``WINDOWS``: a new one is added there."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTreeView,
    QTreeWidget,
    QWidget,
)

from desktop_app.config import Config, FeedSetting, RatesSettings
from desktop_app.domain import ArticleSummary, Feed, Quote
from desktop_app.i18n import install, translate
from desktop_app.services.discovery import Discovery
from desktop_app.services.library import Library
from desktop_app.store import feeds
from desktop_app.store.db import Database
from desktop_app.ui.add_feed import AddFeedDialog
from desktop_app.ui.article_list import relative_date
from desktop_app.ui.feed_errors import FeedErrorsDialog
from desktop_app.ui.feed_properties import FeedPropertiesDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt_words import qt_words
from desktop_app.ui.rate_chart import RateChartPanel
from desktop_app.ui.repair import (
    ask_to_restart_for_repair,
    show_damage_left_as_is,
    show_repair_report,
)
from desktop_app.ui.ticker_access import ItemAccessible, TickerAccessible
from desktop_app.ui.ticker_items import headline_items, locale_number_style, ticker_items
from tests.conftest import LocalServer

# Words that are not English to translate: proper names, formats, protocols, keys.
ALLOWED = {
    "Caravan", "OPML", "URL", "RSS", "Atom", "JSON", "HTTP", "HTTPS", "XML", "Ctrl", "Shift",
    "Alt", "Esc", "Del",
}  # fmt: skip
_MARKUP = re.compile(r"<[^>]*>")
# Addresses, host names and file patterns are not words of the interface.
_NOT_WORDS = re.compile(r"[a-z][a-z0-9+.-]*://\S*|\*\.\w+|[\w-]+(?:\.[\w-]+)+")
_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])")

# Currency codes are units, not words (the ticker shows "USD/KGS 89,12").
CODES = frozenset({"USD", "KGS", "KZT", "TJS", "UZS", "TMT", "EUR", "RUB", "CNY", "AZN"})

# What the user's library holds is data, not interface: written here in the language tested.
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FEED_URL = "https://kun.uz/news/rss"
FOLDER = "Новости"
TITLE = "Курсы валют"
# A feed's last error as the database stores it (net/http.py's words), shown in Russian.
ERROR = f"HTTP 404 Not Found for {FEED_URL}"


def english_words(text: str) -> set[str]:
    text = _NOT_WORDS.sub(" ", _MARKUP.sub(" ", text.replace("&", "")))
    return {word for word in _WORD.findall(text) if word not in ALLOWED}


def _action_texts(action: QAction) -> Iterator[str]:
    yield from (action.text(), action.toolTip(), action.statusTip(), action.whatsThis())
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield from _texts(menu)


def _texts(widget: QWidget) -> Iterator[str]:
    """Every text ``widget`` and its children show or say, whether shown now or later."""
    for each in [widget, *widget.findChildren(QWidget)]:
        yield from (each.toolTip(), each.statusTip(), each.whatsThis())
        yield from (each.accessibleName(), each.accessibleDescription())
        if each.isWindow():
            yield each.windowTitle()
        for action in each.actions():
            yield from _action_texts(action)
        if isinstance(each, QLabel | QAbstractButton):
            yield each.text()
        if isinstance(each, QLineEdit):
            yield each.placeholderText()
        if isinstance(each, QAbstractSpinBox):
            yield each.specialValueText()
            yield each.text()
        if isinstance(each, QComboBox):
            yield from (each.itemText(i) for i in range(each.count()))
        if isinstance(each, QTreeWidget):
            header = each.headerItem()
            yield from (header.text(i) for i in range(header.columnCount()))
        if isinstance(each, QMessageBox):
            yield from (each.text(), each.informativeText())


def assert_no_english(widget: QWidget, also_allowed: frozenset[str] = frozenset()) -> None:
    found = {
        word: text
        for text in _texts(widget)
        for word in english_words(text)
        if word not in also_allowed
    }
    assert not found, f"{widget.objectName() or type(widget).__name__} still says {found}"


def test_the_check_finds_english_and_passes_what_is_not():
    assert english_words("&Add feed…") == {"Add", "feed"}
    assert english_words("Файлы OPML (*.opml *.xml) с https://kun.uz/rss и kun.uz") == set()
    assert english_words("<b>Устарел</b>: 3 дня · Caravan, Ctrl+N") == set()


# -- the windows ---------------------------------------------------------------------------------
def _stored_feed(database: Database) -> Feed:
    def fill(connection):
        feed_id, _ = feeds.add_feed(connection, FEED_URL, TITLE, FOLDER)
        feeds.record_error(connection, feed_id, ERROR)
        return feed_id

    feed_id = database.writer.run(fill)
    with closing(database.reader()) as reader:
        return next(feed for feed in feeds.list_feeds(reader) if feed.id == feed_id)


def _window(qtbot, database: Database) -> MainWindow:
    window = MainWindow(Library(database), Config(), offline=False)
    qtbot.addWidget(window)
    return window


def _modal(
    qtbot, ask: Callable[[], object], also_allowed: frozenset[str] = frozenset()
) -> list[str]:
    """The texts of the modal dialog ``ask`` opens (a question, a name to type), looked at
    and closed (Qt deletes it as ``ask`` returns)."""
    seen: list[str] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(10, look)
            return
        seen.extend(_texts(modal))
        assert isinstance(modal, QDialog)
        modal.reject()

    QTimer.singleShot(0, look)
    ask()
    assert seen, "no dialog opened"
    found = {
        word: text for text in seen for word in english_words(text) if word not in also_allowed
    }
    assert not found, f"a question still says {found}"
    return seen


def add_feed_dialog(qtbot, database: Database) -> None:
    dialog = AddFeedDialog(
        lambda url: Discovery(url, (FEED_URL,)),
        [FOLDER],
        lambda url: url == FEED_URL,
        url="https://kun.uz/",
    )
    qtbot.addWidget(dialog)
    assert_no_english(dialog)
    dialog.check_now()  # a page linking to two feeds, one already subscribed
    qtbot.waitUntil(lambda: not dialog.choices.isHidden())
    assert_no_english(dialog)
    assert "2" in dialog.status.text()


def edit_address_dialog(qtbot, database: Database) -> None:
    window = _window(qtbot, database)
    window.subscriptions.ask_to_edit_address(_stored_feed(database))
    dialog = window.subscriptions.add_feed_dialog
    assert dialog is not None
    assert_no_english(dialog)
    dialog.reject()


def feed_properties_dialog(qtbot, database: Database) -> None:
    dialog = FeedPropertiesDialog(_stored_feed(database), [FOLDER], 1234, 60)
    qtbot.addWidget(dialog)
    assert_no_english(dialog)
    dialog.url.setText("kun.uz")  # refused, and said why
    assert dialog.problem.text()
    assert_no_english(dialog)


def feed_errors_dialog(qtbot, database: Database) -> None:
    feed = _stored_feed(database)
    for failing in ([feed], [feed, feed], []):
        dialog = FeedErrorsDialog(failing, lambda: None)
        qtbot.addWidget(dialog)
        assert_no_english(dialog)
        table = dialog.table
        rows = [table.topLevelItem(i) for i in range(table.topLevelItemCount())]
        shown = [text for row in rows if row is not None for text in (row.text(1), row.toolTip(1))]
        assert all("HTTP 404 (не найдено)" in text for text in shown), shown
        if shown:
            _assert_no_english_in(shown)


def repair_messages(qtbot, database: Database) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    # The headline, details and damage come from the storage layer (a later batch).
    ask_to_restart_for_repair(parent, "database disk image is malformed", then=lambda: None)
    show_repair_report(parent, "—", ["—"], "database disk image is malformed")
    show_damage_left_as_is(parent, "—")
    boxes = parent.findChildren(QMessageBox)
    assert len(boxes) == 3
    for box in boxes:  # the details (SQLite's own words) are not among the texts looked at
        assert_no_english(box)
        box.close()


def feed_and_folder_menus(qtbot, database: Database) -> None:
    window = _window(qtbot, database)
    feed = _stored_feed(database)
    assert_no_english(window.subscriptions.feed_menu(feed))
    assert_no_english(window.subscriptions.folders.menu(FOLDER))
    assert_no_english(window.subscriptions.folders.menu(""))
    for action in window.subscriptions.file_actions():
        assert not english_words(action.text()), action.text()
    assert not english_words(window.subscriptions.errors_action.text())


def folder_and_feed_questions(qtbot, database: Database) -> None:
    window = _window(qtbot, database)
    feed = _stored_feed(database)
    subscriptions, folders = window.subscriptions, window.subscriptions.folders
    _modal(qtbot, folders.ask_new)
    _modal(qtbot, lambda: folders._ask_rename(FOLDER))
    question = _modal(qtbot, lambda: folders._ask_delete(FOLDER))
    assert any(FOLDER in text for text in question)
    _modal(qtbot, lambda: subscriptions._ask_rename(feed))
    _modal(qtbot, lambda: subscriptions._ask_folder(feed))
    _modal(qtbot, lambda: subscriptions._ask_remove(feed))


def empty_library(qtbot, database: Database) -> None:
    window = _window(qtbot, database)
    state = window.reading.list_state
    assert state is not None and not state.isHidden()
    assert_no_english(state)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    """What every row of ``model`` shows, tips and says to screen readers."""
    parent = parent or QModelIndex()
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        for role in roles:
            value = index.data(role)
            if isinstance(value, str):
                yield value
        yield from _model_texts(model, index)


def _assert_no_english_in(texts: list[str], also_allowed: frozenset[str] = frozenset()) -> None:
    assert texts
    found = {
        word: text for text in texts for word in english_words(text) if word not in also_allowed
    }
    assert not found, f"still says {found}"


def sidebar(qtbot, database: Database) -> None:
    _stored_feed(database)  # in a folder, in error
    window = _window(qtbot, database)
    texts = list(_model_texts(window.sidebar.model()))
    assert any("Все статьи" in text for text in texts), texts
    _assert_no_english_in(texts)
    assert_no_english(window.sidebar)


def compact_strip_menu(qtbot, database: Database) -> None:
    window = _window(qtbot, database)
    menu = window.compact.menu
    *_own, quit_action = menu.actions()  # the window's Quit, shared with the File menu
    assert quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert quit_action.text() == "В&ыход", quit_action.text()
    texts = [text for action in menu.actions() for text in _action_texts(action)]
    texts.append(menu.accessibleName())
    texts += [window.compact.windowTitle(), window.compact.accessibleName()]
    _assert_no_english_in(texts)


def ticker_strip(qtbot, database: Database) -> None:
    window = _window(qtbot, database)
    assert_no_english(window.ticker)
    for action in window.ticker_mode.rate_menu.menuAction(), window.ticker_mode.pause_action:
        assert not english_words(action.text()), action.text()


def rate_chart(qtbot, database: Database) -> None:
    history = [(date(2024, 8, 19) - timedelta(days=n), 0.0116 - n * 1e-6) for n in range(40)]
    for points in (history, history[:1], []):
        panel = RateChartPanel()
        qtbot.addWidget(panel)
        panel.set_history(points, locale_number_style(), "KGS/USD", date(2024, 8, 19))
        assert_no_english(panel, CODES)
        chart = panel.chart
        _assert_no_english_in([chart.message() or "—", chart.accessibleName()], CODES)
    panel.chart.set_history(history, locale_number_style(), "KGS/USD", date(2025, 1, 1))
    panel.ranges.set_days(30)
    panel.chart.set_range_days(30)  # nothing in the last 30 days: said so
    assert "19 августа 2024" in panel.chart.message()


# Proper names the settings show: the rate source's, the sync servers', the languages' own.
SETTINGS_NAMES = frozenset(
    {"ExchangeRate", "API", "Google", "Reader", "Miniflux", "FreshRSS", "English", "zbekcha"}
    | {"ttl", "feeds", "api", "greader", "php"}  # keys of the file and a server path
)


def main_window_menus(qtbot, database: Database) -> None:
    _stored_feed(database)
    window = _window(qtbot, database)
    menus = window.menuBar().actions()
    assert len(menus) == 4
    for menu in menus:
        _assert_no_english_in(list(_action_texts(menu)))
    assert_no_english(window, CODES)
    window.show_shortcuts()
    (box,) = window.findChildren(QMessageBox)
    assert "J" in box.text()
    assert_no_english(box)
    box.close()
    _modal(qtbot, window._about, SETTINGS_NAMES)


def reader_with_enclosures(qtbot, database: Database) -> None:
    from tests.gui.test_enclosures import podcast_database

    episode = podcast_database(database, FIXTURES, "https://cdn.example/episode.mp3")
    window = _window(qtbot, database)
    window.open_article(episode)
    panel = window.reading.enclosures
    assert panel.rows and "1" in panel.header.text()
    (row,) = panel.rows
    assert "МБ" in row.details_label.text()
    assert_no_english(window.reading.reader_pane)
    menu = window.reading.article_menu(0)
    assert_no_english(menu)
    row.show_progress(1_200_000, 2_400_000)
    assert not english_words(row.progress.format()), row.progress.format()


def settings_pages(qtbot, database: Database) -> None:
    from desktop_app.ui.settings_dialog import SettingsDialog

    config = Config(feeds=(FeedSetting(url=FEED_URL, title=TITLE, folder=FOLDER),))
    with closing(Library(database)) as library:
        dialog = SettingsDialog(config, Path("/данные/caravan.toml"), library=library)
        qtbot.addWidget(dialog)
        names = [dialog.pages.tabText(i) for i in range(dialog.pages.count())]
        assert len(names) == 9  # Sync and Desktop included
        _assert_no_english_in(names)
        assert_no_english(dialog, SETTINGS_NAMES | CODES)


def recovery_report(qtbot, database: Database) -> None:
    from desktop_app.store.rebuild import MergeCounts
    from desktop_app.store.recovery import RecoveryReport

    counts = MergeCounts(
        feeds_salvaged=3, articles_salvaged=440, read_or_starred_salvaged=21, rates_salvaged=5,
        feeds_from_backup=1, articles_from_backup=2, articles_without_feed=7,
    )  # fmt: skip
    report = RecoveryReport(
        "database disk image is malformed", Path("/данные/caravan.sqlite3.damaged-1"),
        Path("/данные/caravan-2026.sqlite3"), datetime(2026, 12, 6, 9, 12, tzinfo=UTC),
        counts, unreadable_pages=3, page_count=1200,
    )  # fmt: skip
    parent = QWidget()
    qtbot.addWidget(parent)
    show_repair_report(parent, report.headline(), report.details(), report.reason)
    (box,) = parent.findChildren(QMessageBox)
    assert "440 статей" in box.informativeText() and "декабря 2026" in box.informativeText()
    assert_no_english(box)
    box.close()


def sync_status_line(qtbot, database: Database) -> None:
    """What the status line says of a sync: its stage, its figures, its failure."""
    from desktop_app.services.sync import SyncSummary

    window = _window(qtbot, database)
    status = window.sync_status
    status._on_progress(translate("Sync", "fetching articles"), 1200)
    said = [status.last_report]
    status._on_finished(SyncSummary(new_items=3, pushed=1, read_changes=5), "")
    status._on_finished(
        None,
        "the server failed (HTTP 503) and the sync stopped; what was not sent stays queued for "
        "the next sync",
    )
    qtbot.waitUntil(lambda: status.last_report.startswith("Синхронизация не удалась"))
    said.append(status.last_report)
    assert said[0].startswith("Синхронизация: загрузка статей (1"), said
    assert "Сбой на сервере (HTTP 503)" in said[1], said
    _assert_no_english_in(said)


def settings_refusal(qtbot, database: Database) -> None:
    """The settings writer's refusal, in the Settings dialog."""
    from desktop_app.ui.settings_dialog import SettingsDialog

    folder = Path(database.path).parent
    config_file = folder / "caravan.toml"
    config_file.write_text("[ticker]\nspeed = 60\n", encoding="utf-8")
    with closing(Library(database)) as library:
        dialog = SettingsDialog(Config(), config_file, library=library)
        qtbot.addWidget(dialog)
        pairs = dialog.editor("rates.pairs")
        assert isinstance(pairs, QLineEdit)
        pairs.setText("KGS, SOMS")
        dialog.accept()
        assert "'SOMS' — не трёхбуквенный код валюты" in dialog.error.text()
        _assert_no_english_in([dialog.error.text()], frozenset({"SOMS"}))  # the value typed


WINDOWS: list[object] = [
    add_feed_dialog,
    edit_address_dialog,
    feed_properties_dialog,
    feed_errors_dialog,
    repair_messages,
    feed_and_folder_menus,
    folder_and_feed_questions,
    sidebar,
    compact_strip_menu,
    ticker_strip,
    rate_chart,
    empty_library,
    main_window_menus,
    reader_with_enclosures,
    settings_pages,
    recovery_report,
    sync_status_line,
    settings_refusal,
]


@pytest.mark.parametrize("open_window", WINDOWS)
def test_a_window_in_russian_has_no_english_left(qtbot, qapp, language, database, open_window):
    assert install("ru", qapp) == "ru"
    open_window(qtbot, database)


def _add_feed_texts(qtbot, qapp, setting: str) -> tuple[AddFeedDialog, set[str]]:
    install(setting, qapp)
    dialog = AddFeedDialog(lambda url: Discovery(url), [], lambda url: False, url=FEED_URL)
    qtbot.addWidget(dialog)
    return dialog, {text for text in _texts(dialog) if re.search(r"[^\W\d_]", text)}


@pytest.mark.parametrize(
    ("setting", "title", "subscribe"),
    [("kk", "Арна қосу", "&Жазылу"), ("uz", "Lenta qoʻshish", "&Obuna boʻlish")],
)
def test_the_add_feed_dialog_speaks_kazakh_and_uzbek(
    qtbot, qapp, language, setting, title, subscribe
):
    _, english = _add_feed_texts(qtbot, qapp, "en")
    dialog, shown = _add_feed_texts(qtbot, qapp, setting)
    assert dialog.windowTitle() == title
    assert dialog.subscribe_button.text() == subscribe
    # Uzbek is written in Latin letters: no English word test, but no English text either,
    # Qt's own Cancel included (Qt has no Uzbek catalogue: Caravan's carries its words).
    left = shown & english
    assert not left, left


@pytest.mark.parametrize(
    ("count", "english", "russian"),
    [
        (1, "1 feed failed", "1 лента не загрузилась"),
        (2, "2 feeds failed", "2 ленты не загрузились"),
        (5, "5 feeds failed", "5 лент не загрузились"),
        (21, "21 feeds failed", "21 лента не загрузилась"),
    ],
)
def test_counts_take_each_languages_plural(qtbot, qapp, language, count, english, russian):
    feed = Feed(id=1, url=FEED_URL, title=TITLE, folder="", site_url="", enabled=True)
    for setting, expected in (("en", english), ("ru", russian)):
        install(setting, qapp)
        dialog = FeedErrorsDialog([feed] * count, lambda: None)
        qtbot.addWidget(dialog)
        assert dialog.summary.text().startswith(expected)


def test_dates_follow_the_languages_locale(qtbot, qapp, language, tmp_path: Path):
    when = datetime(2026, 3, 9, 14, 5, tzinfo=UTC)
    feed = Feed(
        id=1, url=FEED_URL, title=TITLE, folder="", site_url="", enabled=True,
        last_fetched_at=when,
    )  # fmt: skip
    install("ru", qapp)
    dialog = FeedPropertiesDialog(feed, [], 1234567, 60)
    qtbot.addWidget(dialog)
    assert "09.03.2026" in dialog.last_checked.text()
    assert dialog.article_count.text() == "1\u00a0234\u00a0567"


# -- the ticker's items, the article list, the status line ------------------------------------
def _quotes(today: date) -> list[Quote]:
    return [
        Quote("USD", "KGS", 89.1234, -0.8612, today, "nbkr"),
        Quote("KZT", "USD", 0.00199, 0.0, today, "nbk"),
        Quote("UZS", "USD", 0.0000784, 0.31, today - timedelta(days=9), "cbu"),  # out of date
        Quote("EUR", "RUB", 98.5, None, today, "cbr"),
    ]


def test_the_tickers_items_speak_russian(qapp, language):
    install("ru", qapp)
    today = date(2024, 8, 19)
    items = ticker_items(_quotes(today), locale_number_style(), today)
    headline = ArticleSummary(
        id=1, feed_id=1, feed_title=TITLE, title="", link=FEED_URL,
        published_at=datetime.now(UTC), read=False, starred=False,
    )  # fmt: skip
    items += headline_items([headline])
    _assert_no_english_in([item.tooltip for item in items], CODES)
    _assert_no_english_in([item.accessible_text for item in items], CODES)
    kgs = items[0]
    assert kgs.accessible_text == "доллар США: 89,12 (кыргызский сом), снижение на 0,86 процента"
    assert "Национальный банк Кыргызской Республики" in kgs.tooltip
    assert "устарел: курс на 10 августа 2024" in items[2].accessible_text
    assert items[-1].accessible_text == f"Заголовок: (без названия), лента {TITLE}"


def test_the_tickers_items_for_screen_readers_speak_russian(qtbot, qapp, language, database):
    install("ru", qapp)
    window = _window(qtbot, database)
    today = date.today()
    window.ticker.set_items(ticker_items(_quotes(today), locale_number_style(), today))
    tree = TickerAccessible(window.ticker)
    children = [tree.child(index) for index in range(tree.childCount())]
    assert children and all(isinstance(child, ItemAccessible) for child in children)
    texts = [tree.text(QAccessible.Text.Name), window.ticker.accessibleDescription()]
    for child in children:
        assert child is not None
        texts += [child.text(QAccessible.Text.Name), child.text(QAccessible.Text.Description)]
    _assert_no_english_in(texts, CODES)
    assert children[0] is not None
    assert children[0].text(QAccessible.Text.Description) == "Открывает подробности"


@pytest.mark.parametrize(
    ("minutes", "english", "russian"),
    [(1, "1 min ago", "1 мин назад"), (2, "2 min ago", "2 мин назад"),
     (5, "5 min ago", "5 мин назад"), (21, "21 min ago", "21 мин назад")],
)  # fmt: skip
def test_relative_dates_in_russian(qapp, language, minutes, english, russian):
    now = datetime(2026, 3, 9, 14, 5, tzinfo=UTC)
    moment = now - timedelta(minutes=minutes, seconds=10)
    assert relative_date(moment, now) == english
    install("ru", qapp)
    assert relative_date(moment, now) == russian
    assert relative_date(now - timedelta(hours=3), now) == "3 ч назад"
    assert relative_date(now - timedelta(seconds=5), now) == "только что"
    assert relative_date(now - timedelta(days=1), now).startswith("вчера, ")
    assert relative_date(datetime(2024, 8, 19, 12, tzinfo=UTC), now) == "19 авг. 2024"


def test_the_ticker_writes_numbers_the_russian_way(qapp, language):
    install("ru", qapp)
    today = date(2024, 8, 19)
    item = ticker_items([Quote("USD", "UZS", 12634.5, 0.1149, today, "cbu")],
                        locale_number_style(), today)[0]  # fmt: skip
    assert item.label == "USD/UZS 12\u00a0634,50"
    assert item.change == "▲ 0,11%"
    assert (
        "12\u00a0634,50" in item.accessible_text and "рост на 0,11 процента" in item.accessible_text
    )
    assert "1 доллар США = 12\u00a0634,50 UZS" in item.tooltip


def test_the_article_list_in_russian(qtbot, qapp, language, filled_database):
    install("ru", qapp)
    window = MainWindow(Library(filled_database), Config(), offline=False)
    qtbot.addWidget(window)
    model = window.article_model
    assert model.rowCount() > 0
    texts = [
        str(model.index(row, 0).data(role))
        for row in range(model.rowCount())
        for role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole)
    ]
    # The titles and feed names are the feeds' own English: only the words around them count.
    first = model.article_at(0)
    assert first is not None
    spoken = str(model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole))
    rest = spoken.removeprefix(f"{first.title}, {first.feed_title}, ")
    assert rest.endswith("не прочитано"), rest
    _assert_no_english_in([rest])
    assert all(" · " in text or "не прочитано" in text or "прочитано" in text for text in texts)
    stamp = texts[1].rsplit(" · ", 1)[1]
    assert "." in stamp and not english_words(stamp), stamp  # 01.11.2026 14:05, the ru way
    assert_no_english(window.article_view)


def test_the_status_line_after_a_refresh_in_russian(
    qtbot, qapp, language, http_server: LocalServer, fixtures_dir: Path, window_refreshing
):
    install("ru", qapp)
    real = fixtures_dir / "feeds-real"
    http_server.serve_file("/macworld.rss", real / "macworld.rss")
    http_server.serve_file(
        "/rates.json", fixtures_dir / "rates" / "open-er-api_latest_USD_2024-08-19.json",
        "application/json",
    )  # fmt: skip
    config = Config(
        rates=RatesSettings(url=http_server.url("/rates.json")),
        feeds=(
            FeedSetting(http_server.url("/macworld.rss")),
            FeedSetting(http_server.url("/gone.rss")),
        ),
    )
    window, refresher = window_refreshing(config)
    with qtbot.waitSignal(refresher.finished, timeout=20000):
        refresher.request(feeds=True, rates=True)
    text = window.status_text.text()
    assert text.startswith("Обновлено в "), text
    assert "30 новых статей, проверены 2 ленты" in text, text
    assert text.endswith("· 1 лента с ошибкой"), text
    assert "курсы на 19.08.2024" in text, text
    _assert_no_english_in([text])
    assert_no_english(window.statusBar())
    qtbot.waitUntil(lambda: not refresher.running, timeout=20000)


def test_qts_own_words_are_uzbek_in_uzbek(qapp, language):
    """Qt ships no Uzbek catalogue: Caravan's carries its buttons and context menus."""
    install("uz", qapp)
    words = qt_words()
    untranslated = {key for key, text in words.items() if text == key[1] and key[1] != "OK"}
    assert not untranslated, untranslated
    assert words["QPlatformTheme", "Cancel"] == "Bekor qilish"
    assert words["QLineEdit", "&Paste"] == "&Qoʻyish"


OPML = '<?xml version="1.0"?><opml version="2.0"><head/><body/></opml>'
# The file list's columns, a folder's type and an OPML file's, in each language.
FILE_DIALOG_WORDS = {
    "uz": (["Nomi", "Hajmi", "Turi", "Oʻzgartirilgan"], "Jild", "OPML yangiliklar lentasi"),
    "ru": (["Имя", "Размер", "Тип", "Дата изменения"], "Папка", "Лента новостей OPML"),
    "kk": (["Аты", "Өлшемі", "Түрі", "Өзгертілген күні"], "Бума", "OPML жаңалықтар таспасы"),
}


def _export_dialog(
    qtbot, qapp, database: Database, setting: str
) -> tuple[set[str], list[str], dict[str, str]]:
    """The texts, file list's columns and (name -> type) of the file dialog Export OPML opens
    in ``setting``, looked at and closed; the working folder holds a folder and an OPML file."""
    install(setting, qapp)
    window = _window(qtbot, database)
    seen: set[str] = set()
    columns: list[str] = []
    types: dict[str, str] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        tree = dialog.findChild(QTreeView, "treeView") if dialog else None
        model = tree.model() if tree else None
        if tree is None or model is None or model.rowCount(tree.rootIndex()) < 2:
            QTimer.singleShot(10, look)  # the file list fills in from a thread
            return
        assert isinstance(dialog, QFileDialog)
        root = tree.rootIndex()
        columns.extend(
            str(model.headerData(column, Qt.Orientation.Horizontal))
            for column in range(model.columnCount(root))
        )
        for row in range(model.rowCount(root)):
            types[str(model.index(row, 0, root).data())] = str(model.index(row, 2, root).data())
        # The look-in box lists the folder's path: a place, not a word of the interface.
        seen.update(text for text in _texts(dialog) if text and not Path(text).is_absolute())
        # The file list's context menu and the detail header's "Show" entries.
        seen.update(action.text() for action in dialog.findChildren(QAction) if action.text())
        dialog.reject()

    QTimer.singleShot(0, look)
    window.subscriptions.ask_for_opml_export()
    assert seen, "no file dialog opened"
    return seen, columns, types


@pytest.mark.parametrize("setting", ["uz", "ru", "kk"])
def test_qts_own_file_dialog_for_export_opml_has_no_english(
    qtbot, qapp, language, database, tmp_path: Path, monkeypatch, setting
):
    """Export OPML as the user opens it: where the desktop lends no dialog of its own (Linux
    without a platform theme's, offscreen here) Qt draws its own, and Qt has no Uzbek (and its
    Russian misses the labels Qt 6 re-worded): every button, label, tooltip, menu entry,
    column and type it shows is in the language."""
    (tmp_path / "Arxiv").mkdir()
    (tmp_path / "obunalar.opml").write_text(OPML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # Caravan proposes caravan.opml in the working folder
    english, english_columns, english_types = _export_dialog(qtbot, qapp, database, "en")
    assert english_columns == ["Name", "Size", "Type", "Date Modified"]
    assert english_types["Arxiv"] == "Folder"
    assert english_types["obunalar.opml"] == "OPML syndication feed"
    assert {"&Look in:", "File &name:", "Files of &type:", "Back", "&New Folder"} <= english
    shown, columns, types = _export_dialog(qtbot, qapp, database, setting)
    headers, folder, opml = FILE_DIALOG_WORDS[setting]
    assert columns == headers
    assert (types["Arxiv"], types["obunalar.opml"]) == (folder, opml)
    # Uzbek is written in Latin letters: no English word test, but no English text either.
    left = shown & english
    assert not left, left
    if setting != "uz":
        _assert_no_english_in(sorted(shown))


def test_the_readers_context_menu_is_uzbek(qtbot, qapp, language, database):
    """Qt's own menu on the reader (a QTextBrowser): Copy, Copy Link Location, Select All."""
    install("uz", qapp)
    window = _window(qtbot, database)
    window.reader.show_html('<p><a href="https://kun.uz/news/1">Yangilik</a></p>')
    window.show()
    qtbot.waitExposed(window)
    window.reader.selectAll()
    link = window.reader.cursorRect(window.reader.document().find("Yangilik")).center()
    menu = window.reader.createStandardContextMenu(link)
    assert menu is not None
    # "Hammasini belgilash\tCtrl+A": the shortcut follows a tab.
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert texts == ["&Nusxalash", "&Havola manzilini nusxalash", "Hammasini belgilash"], texts


@pytest.mark.parametrize(
    ("setting", "quote", "spoken"),
    [
        ("kk", "KZT", "АҚШ доллары: 470,50 (қазақстан теңгесі), 0,25 пайызға өсті"),
        ("uz", "UZS", "AQSH dollari: 470,50 (oʻzbek soʻmi), 0,25 foizga oshdi"),
        ("ru", "TJS", "доллар США: 470,50 (таджикский сомони), рост на 0,25 процента"),
    ],
)
def test_the_ticker_names_the_regions_currencies_in_its_language(
    qapp, language, setting, quote, spoken
):
    install(setting, qapp)
    today = date(2024, 8, 19)
    rate = Quote("USD", quote, 470.5, 0.25, today, "open-er-api")
    item = ticker_items([rate], locale_number_style(), today)[0]
    assert item.accessible_text == spoken
