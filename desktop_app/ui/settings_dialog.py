"""The settings dialog: every key of the configuration file on one page per table.

It shows the settings in force, writes only the keys the user changed (config_writer keeps
the rest of the file, comments included) and hands back the configuration read again from
the file. A value the file would not take is explained in the dialog, which stays open.
"""

from __future__ import annotations

import re
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.config import THEMES, Config, load_config
from desktop_app.config_writer import (
    InvalidSettingError,
    endpoint_changes,
    integer_range,
    save_settings,
)
from desktop_app.errors import ConfigError, DesktopIntegrationError
from desktop_app.i18n import LANGUAGES, PLURAL, translate
from desktop_app.oslayer import desktop
from desktop_app.rates.providers import PROVIDER_NAMES
from desktop_app.services.background import MainThreadDispatcher
from desktop_app.services.library import Library
from desktop_app.services.problems import in_language, setting_problem
from desktop_app.ui.dates import local_date_time
from desktop_app.ui.motion import reduce_motion
from desktop_app.ui.ticker_items import provider_words


def _theme_titles() -> dict[str, str]:
    return {
        "system": translate("SettingsDialog", "Follow the system"),
        "light": translate("SettingsDialog", "Light"),
        "dark": translate("SettingsDialog", "Dark"),
    }


_PAIR_SEPARATORS = re.compile(r"[\s,;]+")


class SettingsDialog(QDialog):
    """Edit the settings of the file at ``path``, whose values in force are ``config``."""

    settings_saved = Signal(object)  # Config, read again from the file just written
    signed_in = Signal(str)  # the sync account is set up: its password, for this session
    signed_out = Signal()
    moved_in = Signal()  # local feeds were queued to move into the account: sync now

    def __init__(
        self,
        config: Config,
        path: Path,
        parent: QWidget | None = None,
        *,
        library: Library | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self.setWindowTitle(translate("SettingsDialog", "Settings — Caravan"))
        self._config = config
        self._path = path
        self._theme = config.appearance.theme
        self._editors: dict[str, QWidget] = {}
        self._shown: dict[str, object] = {}  # key -> the value in force, for what the user edits
        self._titles: dict[str, str] = {}  # key -> the title it is shown under
        self._provider = QComboBox()
        self._url = QLineEdit()

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self._feeds_page(), translate("SettingsDialog", "Feeds"))
        self.pages.addTab(self._refresh_page(), translate("SettingsDialog", "Refresh"))
        self.pages.addTab(self._rates_page(), translate("SettingsDialog", "Rates"))
        self.pages.addTab(self._ticker_page(), translate("SettingsDialog", "Ticker"))
        self.pages.addTab(self._offline_page(), translate("SettingsDialog", "Offline"))
        self.pages.addTab(self._storage_page(), translate("SettingsDialog", "Storage"))
        self.pages.addTab(self._appearance_page(), translate("SettingsDialog", "Appearance"))
        self.pages.addTab(self._desktop_page(), translate("SettingsDialog", "Desktop"))
        if library is not None:
            self.pages.addTab(self._sync_page(library), translate("SettingsDialog", "Sync"))
        # Wide enough to show every page's tab: Russian and Kazakh names are longer.
        self.pages.setMinimumWidth(self.pages.tabBar().sizeHint().width() + 8)
        spins = self.pages.findChildren(QSpinBox)
        widest = max(spin.sizeHint().width() for spin in spins)
        for spin in spins:
            spin.setMinimumWidth(widest)  # one column of numbers, not a ragged edge

        self.error = QLabel()
        self.error.setObjectName("settings-error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error_icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._error_icon.setPixmap(icon.pixmap(size, size))
        self._error_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._error_row = QWidget()
        error_layout = QHBoxLayout(self._error_row)
        error_layout.setContentsMargins(0, 0, 0, 0)
        error_layout.addWidget(self._error_icon)
        error_layout.addWidget(self.error, 1)
        self._error_row.hide()

        where = QLabel(
            translate("SettingsDialog", "Saved in {file}; what you wrote there stays.").format(
                file=_home_relative(path)
            )
        )
        where.setToolTip(str(path))
        where.setWordWrap(True)
        where.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self._error_row)
        layout.addWidget(where)
        layout.addWidget(self.buttons)

    def editor(self, key: str) -> QWidget:
        """The widget showing the setting ``key`` ("ticker.speed", "rates.urls", "feeds")."""
        return self._editors[key]

    def changes(self) -> dict[str, object]:
        """The keys whose value in the dialog differs from the settings in force."""
        changes = {key: now for key, old in self._shown.items() if (now := self._value(key)) != old}
        url = self._url.text().strip() or None
        changes.update(endpoint_changes(self._config.rates, self._provider.currentData(), url))
        return changes

    def accept(self) -> None:
        """Write what changed; on success emit ``settings_saved`` and close, else explain."""
        if not self._apply_autostart():
            return
        changes = self.changes()
        if changes:
            try:
                save_settings(self._path, changes)
            except InvalidSettingError as error:
                self._show_error(self._explain(error.problems), error.problems[0][0])
                return
            except ConfigError as error:
                self._show_error(in_language(str(error)), None)
                return
            self.settings_saved.emit(load_config(self._path).config)
        super().accept()

    # --- pages --------------------------------------------------------------------------

    def _feeds_page(self) -> QWidget:
        feeds = self._config.feeds
        count = len(feeds)
        listed_count = translate(
            "SettingsDialog", "The configuration file lists %n feed(s) in [[feeds]] tables.",
            None, PLURAL, count)  # fmt: skip
        about = QLabel(
            translate(
                "SettingsDialog",
                "Subscriptions are managed in the main window: File › Add feed…, and a "
                "right-click on a feed in the sidebar to rename, move or remove it.",
            )
            + "\n\n"
            + listed_count
            + " "
            + translate(
                "SettingsDialog",
                "Each is added to your subscriptions once, when Caravan starts; a feed you "
                "remove does not come back. Edit the file itself to change this list.",
            )
        )
        about.setWordWrap(True)
        listed = QListWidget()
        listed.setObjectName("settings-feeds")
        listed.setAccessibleName(translate("SettingsDialog", "Feeds in the configuration file"))
        for feed in feeds:
            folder = f"  ({feed.folder})" if feed.folder else ""
            listed.addItem(f"{feed.title or feed.url}{folder}")
            listed.item(listed.count() - 1).setToolTip(feed.url)
        listed.setVisible(bool(feeds))
        self._editors["feeds"] = listed
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(about)
        layout.addWidget(listed, 1)
        if not feeds:
            layout.addStretch(1)
        return page

    def _refresh_page(self) -> QWidget:
        form = _form()
        self._row(
            form,
            translate("SettingsDialog", "Check feeds every:"),
            self._spin("refresh.interval_minutes", translate("SettingsDialog", " min")),
        )
        form.addRow(
            "",
            _help(
                translate("SettingsDialog", "A feed that asks for a longer wait (its ttl) gets it.")
            ),
        )
        self._row(
            form,
            translate("SettingsDialog", "Notifications:"),
            self._check(
                "notifications.new_articles",
                translate("SettingsDialog", "Tell me when new articles arrive"),
            ),
        )
        return _page(form)

    def _rates_page(self) -> QWidget:
        rates = self._config.rates
        form = _form()
        for name in PROVIDER_NAMES:
            self._provider.addItem(provider_words(name), name)
        self._provider.setCurrentIndex(max(self._provider.findData(rates.provider), 0))
        self._row(form, translate("SettingsDialog", "Source:"), self._provider, "rates.provider")
        # The field shows the override in force for the source chosen: changing the source
        # shows that source's own (config_writer.endpoint_changes says where it is written).
        self._url.setText(rates.url_for(rates.provider) or "")
        self._url.setPlaceholderText(translate("SettingsDialog", "the source's own address"))
        self._url.setClearButtonEnabled(True)
        self._provider.currentIndexChanged.connect(
            lambda _index: self._url.setText(rates.url_for(self._provider.currentData()) or "")
        )
        self._row(form, translate("SettingsDialog", "Address override:"), self._url, "rates.url")
        form.addRow(
            "",
            _help(
                translate(
                    "SettingsDialog", "A mirror, or a local server; when empty, the source's own."
                )
            ),
        )
        others = QLabel(
            "\n".join(f"{name}: {address}" for name, address in rates.urls)
            or translate("SettingsDialog", "none (set them under [rates.urls] in the file)")
        )
        others.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._row(form, translate("SettingsDialog", "Per-source addresses:"), others, "rates.urls")

        base = QLineEdit(rates.base)
        base.setMaxLength(3)
        base.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), base))
        base.setMaximumWidth(base.fontMetrics().horizontalAdvance("WWWWW") + 16)
        self._row(
            form,
            translate("SettingsDialog", "Base currency:"),
            self._editable("rates.base", base, rates.base),
        )
        pairs = QLineEdit(", ".join(rates.pairs))
        pairs.setPlaceholderText("KGS, KZT, USD/UZS")
        self._row(
            form,
            translate("SettingsDialog", "Pairs:"),
            self._editable("rates.pairs", pairs, list(rates.pairs)),
        )
        form.addRow(
            "",
            _help(
                translate(
                    "SettingsDialog",
                    "Codes separated by commas: “KGS” is KGS against the base currency,\n"
                    "“USD/UZS” is that exact pair.",
                )
            ),
        )
        self._row(
            form,
            translate("SettingsDialog", "Update every:"),
            self._spin("rates.interval_minutes", translate("SettingsDialog", " min")),
        )
        self._row(
            form,
            translate("SettingsDialog", "Official rates:"),
            self._check(
                "rates.official",
                translate("SettingsDialog", "Each Central Asian currency from its central bank"),
            ),
        )
        return _page(form)

    def _ticker_page(self) -> QWidget:
        form = _form()
        self._row(
            form,
            translate("SettingsDialog", "Speed:"),
            self._spin("ticker.speed", translate("SettingsDialog", " px/s")),
        )
        self._row(
            form,
            translate("SettingsDialog", "Reduce motion:"),
            self._check(
                "ticker.reduce_motion",
                translate("SettingsDialog", "Still pages that turn, instead of scrolling"),
            ),
        )
        self._row(
            form,
            translate("SettingsDialog", "Headlines:"),
            self._spin("ticker.headlines", "", special=translate("SettingsDialog", "None")),
        )
        form.addRow(
            "",
            _help(
                translate("SettingsDialog", "The newest unread headlines, shown between the rates.")
            ),
        )
        return _page(form)

    def _offline_page(self) -> QWidget:
        form = _form()
        self._row(
            form,
            translate("SettingsDialog", "Images:"),
            self._check(
                "offline.images", translate("SettingsDialog", "Download the images of new articles")
            ),
        )
        self._row(
            form,
            translate("SettingsDialog", "Image cache:"),
            self._spin("offline.image_cache_mb", translate("SettingsDialog", " MB")),
        )
        form.addRow(
            "", _help(translate("SettingsDialog", "The least recently shown images go first."))
        )
        self._row(
            form,
            translate("SettingsDialog", "Full text:"),
            self._check(
                "offline.full_text",
                translate("SettingsDialog", "Fetch the full text of teaser articles"),
            ),
        )
        form.addRow(
            "",
            _help(
                translate(
                    "SettingsDialog",
                    "For feeds that send only a few lines. A feed's own setting\n"
                    "(right-click it in the sidebar) wins.",
                )
            ),
        )
        return _page(form)

    def _storage_page(self) -> QWidget:
        form = _form()
        self._row(
            form,
            translate("SettingsDialog", "Keep articles for:"),
            self._spin(
                "storage.keep_days",
                translate("SettingsDialog", " days"),
                special=translate("SettingsDialog", "Forever"),
            ),
        )
        self._row(
            form,
            translate("SettingsDialog", "Articles per feed:"),
            self._spin(
                "storage.max_articles_per_feed", "", special=translate("SettingsDialog", "No limit")
            ),
        )
        form.addRow("", _help(translate("SettingsDialog", "Starred articles always stay.")))
        return _page(form)

    def _appearance_page(self) -> QWidget:
        form = _form()
        theme = QComboBox()
        for value in THEMES:
            theme.addItem(_theme_titles().get(value, value.capitalize()), value)
        theme.setCurrentIndex(theme.findData(self._theme))
        self._row(
            form,
            translate("SettingsDialog", "Theme:"),
            self._editable("appearance.theme", theme, self._theme),
        )
        form.addRow(
            "",
            _help(
                translate(
                    "SettingsDialog",
                    "“Follow the system” uses the desktop's light or dark setting.",
                )
            ),
        )
        language = QComboBox()
        language.setAccessibleName(translate("SettingsDialog", "Language"))
        language.addItem(translate("SettingsDialog", "Follow the system"), "system")
        for value, name in LANGUAGES.items():
            language.addItem(name, value)  # each in its own language, to be found in any
        shown_language = self._config.appearance.language
        language.setCurrentIndex(language.findData(shown_language))
        self._row(
            form,
            translate("SettingsDialog", "Language:"),
            self._editable("appearance.language", language, shown_language),
        )
        form.addRow(
            "", _help(translate("SettingsDialog", "A new language is used from the next start."))
        )
        self._row(
            form,
            translate("SettingsDialog", "Reading:"),
            self._check(
                "reader.mark_read_on_open",
                translate("SettingsDialog", "Mark an article read when it is opened"),
            ),
        )
        self._row(
            form,
            translate("SettingsDialog", "Ask before marking:"),
            self._spin(
                "reader.confirm_mark_all_read_above",
                translate("SettingsDialog", " articles"),
                special=translate("SettingsDialog", "Never ask"),
            ),
        )
        form.addRow(
            "",
            _help(
                translate(
                    "SettingsDialog",
                    "“Mark all as read” asks first when it would mark more articles\n"
                    "than this; the status bar offers to undo it either way.",
                )
            ),
        )
        return _page(form)

    def _desktop_page(self) -> QWidget:
        """Not settings of the file: the start at login (applied with OK) and the menu entry
        (a button that acts at once), as the system keeps them."""
        form = _form()
        self.autostart = QCheckBox(translate("SettingsDialog", "Start Caravan when I log in"))
        self.autostart.setAccessibleName(translate("SettingsDialog", "Start Caravan when I log in"))
        self._autostart_shown = desktop.autostart_enabled()
        self.autostart.setChecked(self._autostart_shown)
        self._row(form, translate("SettingsDialog", "Login:"), self.autostart, "desktop.autostart")
        form.addRow(
            "",
            _help(
                translate(
                    "SettingsDialog",
                    "It opens in the tray, or as the compact ticker\nif that is how you left it.",
                )
            ),
        )
        self.menu_state = QLabel()
        self.menu_button = QPushButton()
        self.menu_button.setObjectName("desktop.menu")
        self.menu_button.clicked.connect(self._toggle_menu_entry)
        if desktop.MENU_SUPPORTED:
            row = QHBoxLayout()
            row.addWidget(self.menu_state, 1)
            row.addWidget(self.menu_button)
            form.addRow(translate("SettingsDialog", "Applications menu:"), row)
            self._show_menu_entry()
        return _page(form)

    def _sync_page(self, library: Library) -> QWidget:
        """Not settings of the file: the sync account, kept in the database, its password in
        the system's keyring. Signing in checks the login with the server first (off the UI
        thread); the UI thread looks for the answer."""
        self._accounts = library
        form = _form()
        self._to_ui = MainThreadDispatcher(self)  # the sign-in's answer, from its thread
        self.sync_state = QLabel()
        self.sync_state.setObjectName("sync.state")
        self.sync_state.setWordWrap(True)
        self.sync_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.sync_state)  # the whole width: it wraps rather than being cut
        self.sync_server = QLineEdit()
        self.sync_server.setPlaceholderText("https://reader.example.org")
        self.sync_user = QLineEdit()
        self.sync_password = QLineEdit()
        self.sync_password.setEchoMode(QLineEdit.EchoMode.Password)
        for editor, title, name in (
            (
                self.sync_server,
                translate("SettingsDialog", "Server:"),
                translate("SettingsDialog", "Sync server address"),
            ),
            (
                self.sync_user,
                translate("SettingsDialog", "User:"),
                translate("SettingsDialog", "Sync user name"),
            ),
            (
                self.sync_password,
                translate("SettingsDialog", "Password:"),
                translate("SettingsDialog", "Sync password"),
            ),
        ):
            editor.setAccessibleName(name)
            form.addRow(title, editor)
        form.addRow(
            "",
            _help(
                translate(
                    "SettingsDialog",
                    "A Google Reader API server: Miniflux (its address),\n"
                    "FreshRSS (…/api/greader.php) and others. The password is\n"
                    "kept in the system's keyring, never in a file.",
                )
            ),
        )
        self.sign_in_button = QPushButton(translate("SettingsDialog", "Sign in"))
        self.sign_in_button.setAccessibleName(
            translate("SettingsDialog", "Sign in to the sync server")
        )
        self.sign_in_button.clicked.connect(self._sign_in)
        self.sign_out_button = QPushButton(translate("SettingsDialog", "Sign out"))
        self.sign_out_button.setAccessibleName(
            translate("SettingsDialog", "Sign out of the sync server")
        )
        self.sign_out_button.clicked.connect(self._sign_out)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.sign_out_button)
        form.addRow("", buttons)
        self._moving_in(form)
        self._show_account()
        return _page(form)

    def _moving_in(self, form: QFormLayout) -> None:
        """Once signed in: the folders that still have local feeds, each moved into the
        account or kept local (as ``caravan account push --folder``)."""
        self.move_in_title = QLabel(
            translate(
                "SettingsDialog",
                "Local feeds: check the folders to move into the account; the others stay "
                "local, fetched by Caravan.",
            )
        )
        self.move_in_title.setWordWrap(True)
        self.move_in_folders = QListWidget()
        self.move_in_folders.setAccessibleName(
            translate("SettingsDialog", "Local folders to move into the sync account")
        )
        self.move_in_folders.setMaximumHeight(140)
        self.move_in_button = QPushButton(translate("SettingsDialog", "Move into the account"))
        self.move_in_button.setAccessibleName(
            translate("SettingsDialog", "Move the checked folders into the sync account")
        )
        self.move_in_button.clicked.connect(self._move_in)
        form.addRow(self.move_in_title)
        form.addRow(self.move_in_folders)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.move_in_button)
        form.addRow("", row)

    def _show_local_folders(self, signed_in: bool) -> None:
        folders = self._accounts.local_sync_folders() if signed_in else {}
        self.move_in_folders.clear()
        for folder, count in folders.items():
            name = folder or translate("SettingsDialog", "(no folder)")
            text = translate("SettingsDialog", "{folder}: %n feeds", None, PLURAL, count)
            item = QListWidgetItem(text.format(folder=name))
            item.setData(Qt.ItemDataRole.UserRole, folder)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.move_in_folders.addItem(item)
        for widget in (self.move_in_title, self.move_in_folders, self.move_in_button):
            widget.setVisible(bool(folders))

    def _move_in(self) -> None:
        items = [self.move_in_folders.item(row) for row in range(self.move_in_folders.count())]
        folders = [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]
        if not folders:
            self._show_account(translate("SettingsDialog", "No folder is checked."))
            return
        self.move_in_button.setEnabled(False)
        queued = self._accounts.move_into_account(folders)
        queued.add_done_callback(lambda done: self._to_ui.post(lambda: self._moved_in(done)))

    def _moved_in(self, queued: Future[int]) -> None:
        self.move_in_button.setEnabled(True)
        error = queued.exception()
        if error is not None:
            self._show_account(
                translate("SettingsDialog", "Not moved: {error}.").format(
                    error=in_language(str(error))
                )
            )
            return
        count = queued.result()  # lupdate reads a name after PLURAL, not a call with dots
        note = translate(
            "SettingsDialog", "%n feeds move into the account with this sync.", None, PLURAL, count
        )
        self._show_account(note)
        self.moved_in.emit()

    def _show_account(self, note: str = "") -> None:
        state = self._accounts.sync_account()
        account = state.account
        if account is None:
            text = translate(
                "SettingsDialog", "No sync account: Caravan fetches every feed itself."
            )
        else:
            when = (
                local_date_time(account.synced_at)
                if account.synced_at
                else translate("SettingsDialog", "never")
            )
            synced, pending = state.synced_feeds, state.pending_changes
            text = (
                translate("SettingsDialog", "Signed in as {user} on {server}.").format(
                    user=account.username, server=account.server_url
                )
                + "\n"
                + translate("SettingsDialog", "%Ln feed(s) synced", None, PLURAL, synced)
                + ", "
                + translate(
                    "SettingsDialog", "%Ln change(s) waiting to be sent", None, PLURAL, pending
                )
                + "; "
                + translate("SettingsDialog", "last sync: {when}.").format(when=when)
            )
            if account.last_error:
                text += "\n" + translate("SettingsDialog", "Last error: {error}").format(
                    error=in_language(account.last_error)
                )
            if not self.sync_server.text():
                self.sync_server.setText(account.server_url)
                self.sync_user.setText(account.username)
        if note:
            text = f"{note}\n{text}"
        self.sync_state.setText(text)
        self.sync_state.setAccessibleName(text)
        self.sign_out_button.setEnabled(account is not None)
        self._show_local_folders(account is not None)

    def _sign_in(self) -> None:
        password = self.sync_password.text()
        self.sign_in_button.setEnabled(False)
        self.sync_state.setText(translate("SettingsDialog", "Signing in…"))
        answer = self._accounts.sign_in(self.sync_server.text(), self.sync_user.text(), password)
        answer.add_done_callback(
            lambda done: self._to_ui.post(lambda: self._signed_in(done, password))
        )

    def _signed_in(self, answer: Future[str | None], password: str) -> None:
        self.sign_in_button.setEnabled(True)
        error = answer.exception()
        if error is not None:
            self._show_account(
                translate("SettingsDialog", "Not signed in: {error}.").format(
                    error=in_language(str(error))
                )
            )
            return
        self.sync_password.clear()
        kept = answer.result()
        self._show_account(
            translate("SettingsDialog", "Signed in.")
            if kept is None
            else translate(
                "SettingsDialog", "Signed in; {reason}, so it is asked at each start."
            ).format(reason=in_language(kept))
        )
        self.signed_in.emit(password)

    def _sign_out(self) -> None:
        self._accounts.sign_out()
        self.signed_out.emit()
        self.sync_server.clear()
        self.sync_user.clear()
        self._show_account(
            translate("SettingsDialog", "Signed out; the feeds stay, fetched by Caravan.")
        )

    def _apply_autostart(self) -> bool:
        """Start at login or no longer, as the box says; False (explained) when the system
        refused."""
        wanted = self.autostart.isChecked()
        if wanted == self._autostart_shown:
            return True
        try:
            desktop.set_autostart(wanted)
        except DesktopIntegrationError as error:
            self._show_error(
                translate("SettingsDialog", "Not saved. {error}.").format(
                    error=in_language(str(error))
                ),
                "desktop.autostart",
            )
            return False
        self._autostart_shown = wanted
        return True

    def _toggle_menu_entry(self) -> None:
        try:
            if desktop.menu_entry_installed():
                desktop.uninstall_menu_entry()
            else:
                desktop.install_menu_entry()
        except DesktopIntegrationError as error:
            self._show_error(f"{in_language(str(error))}.", None)
        else:
            self._error_row.hide()
        self._show_menu_entry()

    def _show_menu_entry(self) -> None:
        installed = desktop.menu_entry_installed()
        state = (
            translate("SettingsDialog", "Caravan is in the applications menu.")
            if installed
            else translate("SettingsDialog", "Caravan is not in the applications menu.")
        )
        action = (
            translate("SettingsDialog", "Remove from the menu")
            if installed
            else translate("SettingsDialog", "Add to the menu")
        )
        self.menu_state.setText(state)
        self.menu_state.setAccessibleName(state)
        self.menu_button.setText(action)
        self.menu_button.setAccessibleName(action)

    # --- editors ------------------------------------------------------------------------

    def _row(self, form: QFormLayout, title: str, editor: QWidget, key: str = "") -> None:
        """Add ``editor`` (for ``key``, else its object name) to ``form``; its title names
        it in error messages."""
        form.addRow(title, editor)
        key = key or editor.objectName()
        editor.setObjectName(key)
        self._editors[key] = editor
        name = title or (editor.text() if isinstance(editor, QCheckBox) else key)
        self._titles[key] = name.split(":")[0]

    def _editable(self, key: str, editor: QWidget, shown: object) -> QWidget:
        editor.setObjectName(key)
        self._editors[key] = editor
        self._shown[key] = shown
        return editor

    def _spin(self, key: str, suffix: str, special: str = "") -> QSpinBox:
        section, name = key.split(".")
        value: int = getattr(getattr(self._config, section), name)
        spin = QSpinBox()
        spin.setRange(*integer_range(key))
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setSpecialValueText(special)
        spin.setGroupSeparatorShown(True)
        spin.setAccelerated(True)
        self._editable(key, spin, value)
        return spin

    def _check(self, key: str, text: str) -> QCheckBox:
        section, name = key.split(".")
        value: bool | None = getattr(getattr(self._config, section), name)
        if value is None:  # reduce motion left to the desktop: shown as it applies
            value = reduce_motion(self._config)
        check = QCheckBox(text)
        check.setChecked(value)
        self._editable(key, check, value)
        return check

    def _value(self, key: str) -> object:
        editor = self._editors[key]
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QLineEdit) and key == "rates.pairs":
            return [pair.upper() for pair in _PAIR_SEPARATORS.split(editor.text()) if pair]
        if isinstance(editor, QLineEdit):
            return editor.text().strip().upper()
        raise TypeError(f"{key}: no value in a {type(editor).__name__}")

    def _explain(self, problems: tuple[tuple[str, str], ...]) -> str:
        """The writer's problems, each named by the title the dialog shows its setting under."""
        lines = []
        for key, message in problems:
            editor = self._editor_for(key)
            title = next((t for k, t in self._titles.items() if self._editors[k] is editor), key)
            lines.append(f"{title}: {setting_problem(message)}.")
        return translate("SettingsDialog", "Not saved. {problems}").format(problems=" ".join(lines))

    def _show_error(self, message: str, key: str | None) -> None:
        self.error.setText(message)
        self._error_row.show()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        editor = self._editor_for(key) if key else None
        if editor is None:
            return
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if page is not None and page.isAncestorOf(editor):
                self.pages.setCurrentIndex(index)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _editor_for(self, key: str) -> QWidget | None:
        """The editor of ``key``, or of the nearest key holding it ("rates.urls.nbk" is the
        address override's)."""
        if key.startswith("rates.urls."):
            return self._url
        while key:
            if key in self._editors:
                return self._editors[key]
            key = key.rpartition(".")[0]
        return None


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


def _page(form: QFormLayout) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addLayout(form)
    layout.addStretch(1)
    return page


def _help(text: str) -> QLabel:
    """A line or two under a field, broken by hand: QFormLayout sizes a word-wrapped label
    for a narrower column than it gets, leaving gaps around it."""
    label = QLabel(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _home_relative(path: Path) -> str:
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)
