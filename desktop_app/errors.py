"""The exception hierarchy: every error a user can act on derives from CaravanError."""

from __future__ import annotations

from pathlib import Path

from desktop_app.i18n import translate


class CaravanError(Exception):
    """An expected failure with a message a user can act on."""


class InstanceNotAnsweringError(CaravanError):
    """Another Caravan holds the data directory but does not take a launch's request."""


class ConfigError(CaravanError):
    """The configuration file cannot be used as written."""


class DesktopIntegrationError(CaravanError):
    """Caravan cannot be put in (or taken out of) the applications menu or the login."""


class StorageError(CaravanError):
    """The database cannot be opened or written."""


class CorruptDatabaseError(StorageError):
    """The database file is damaged (not a database, malformed, failed integrity check)."""


class DiskFullError(StorageError):
    """A write did not fit: the disk (or the database's size limit) is full. Nothing stored
    before is lost; the same write succeeds once space returns."""


class ReadOnlyStorageError(StorageError):
    """The data folder (or the database file in it) cannot be written: what is stored can be
    read, and every change is refused with this, naming the folder."""

    def __init__(self, folder: Path, why: str) -> None:
        self.folder = folder
        self.why = why
        super().__init__(f"{self.notice} ({why})")

    @property
    def notice(self) -> str:
        """The short form, for a notice that stays on screen."""
        return translate("Errors", "Read-only: Caravan cannot save changes in {folder}").format(
            folder=self.folder
        )


class NetworkError(CaravanError):
    """A download failed: no connection, time-out, bad status, too large."""


class OfflineError(NetworkError):
    """The machine cannot reach the server at all (no route, refused, DNS failure)."""


STARTED_OFFLINE = "Caravan was started offline (--offline)"  # in English, for the tests


def started_offline() -> str:
    """STARTED_OFFLINE in the interface's language."""
    return translate("Errors", "Caravan was started offline (--offline)")


class StartedOfflineError(OfflineError):
    """Caravan was started with ``--offline``: it works from what is stored and tries no
    connection, so this is refused before anything reaches the network."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or started_offline())


class HttpStatusError(NetworkError):
    """The server answered with an error status; ``retry_after`` is in seconds when given."""

    def __init__(self, message: str, status: int, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class TooLargeError(NetworkError):
    """A download over its cap: refused from the declared size, or cut when it arrived."""


class DownloadCancelled(CaravanError):
    """The user stopped a download; nothing of it is kept."""


class DownloadRefused(CaravanError):
    """An enclosure Caravan will not download (its type, its size, the space left); the
    message says why in words for the user."""


class DuplicateFeedError(CaravanError):
    """Another subscription already has that address."""


class FeedError(CaravanError):
    """A feed could not be turned into articles."""


class NotAFeedError(FeedError):
    """The URL answered with something that is not a feed (often an HTML page).

    ``discovered`` lists the feeds such a page links to, so the user can be offered them.
    """

    def __init__(self, message: str, discovered: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.discovered = discovered

    def __reduce__(self) -> tuple[type[NotAFeedError], tuple[str, tuple[str, ...]]]:
        """Keep ``discovered`` when the error crosses from a parser process."""
        return type(self), (str(self), self.discovered)


class FullTextError(CaravanError):
    """An article's page gave no article text (not a web page, or nothing like an article)."""


class RatesError(CaravanError):
    """A rate payload could not be understood."""


class SyncError(CaravanError):
    """A sync with the aggregator server failed; queued changes stay queued."""


class SyncAuthError(SyncError):
    """The server refused the account's user name or password."""


class SyncProtocolError(SyncError):
    """The server answered something that is not the Google Reader API's answer (bad JSON,
    an unexpected shape, or ``[]`` for a call it does not implement)."""
