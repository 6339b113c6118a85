"""Plain value types shared by every layer: no Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Feed:
    """A subscription as stored."""

    id: int
    url: str
    title: str
    folder: str
    site_url: str
    enabled: bool
    etag: str | None = None
    last_modified: str | None = None
    last_fetched_at: datetime | None = None
    last_error: str | None = None
    error_since: datetime | None = None
    error_count: int = 0
    next_check_at: datetime | None = None
    interval_minutes: int | None = None  # the user's override of the global interval
    feed_min_interval_minutes: int | None = None  # the feed's own ttl / sy:updatePeriod
    retry_after_until: datetime | None = None
    full_text: bool | None = None  # fetch the article pages: None detects teaser feeds
    icon_digest: str | None = None  # the site's icon in the image cache, when one was found
    icon_checked_at: datetime | None = None  # when the icon was last looked for


@dataclass(frozen=True, slots=True)
class Enclosure:
    """A file an article carries: a podcast episode, a video, an image, a document.

    ``length`` (bytes) and ``duration_seconds`` are what the feed declares, None when it does
    not say or says something impossible; ``downloaded`` names the copy kept for offline use
    (a file in the download folder), when the user made one.
    """

    url: str
    mime_type: str = ""
    length: int | None = None
    duration_seconds: int | None = None
    title: str = ""
    downloaded: str | None = None
    downloaded_bytes: int = 0


@dataclass(frozen=True, slots=True)
class ParsedEntry:
    """One item of a parsed feed, before it is stored.

    ``key`` is the article identity inside its feed (guid/id, else link, else a hash of title
    and date); it must never change across versions because read/starred state hangs on it.
    """

    key: str
    title: str
    link: str
    author: str
    published_at: datetime | None
    summary_html: str
    content_html: str
    text: str
    enclosures: tuple[Enclosure, ...] = ()

    def __reduce__(self) -> tuple[type[ParsedEntry], tuple[object, ...]]:
        """Entries travel back from the parser processes by the thousand: rebuilt from their
        fields they pickle and unpickle in half the time of the dataclass default."""
        return (
            ParsedEntry,
            (
                self.key,
                self.title,
                self.link,
                self.author,
                self.published_at,
                self.summary_html,
                self.content_html,
                self.text,
                self.enclosures,
            ),
        )


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str
    site_url: str
    entries: tuple[ParsedEntry, ...]
    warning: str | None = None
    min_interval_minutes: int | None = None  # RSS ttl or sy:updatePeriod/updateFrequency
    icon_url: str = ""  # the feed's own icon or logo (RSS image, Atom icon/logo, JSON Feed)


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What the article list shows for one row."""

    id: int
    feed_id: int
    feed_title: str
    title: str
    link: str
    published_at: datetime
    read: bool
    starred: bool
    excerpt: str = ""  # the start of the text, for the list's second line


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Which articles a list shows; None means no restriction on that field."""

    feed_id: int | None = None
    folder: str | None = None
    unread_only: bool = False
    starred_only: bool = False
    search: str = ""  # words typed by the user; each matches as a prefix, all must match
    since: datetime | None = None  # published at or after this moment


@dataclass(frozen=True, slots=True)
class Article:
    """A stored article with its full content, as the reader shows it."""

    id: int
    feed_id: int
    feed_title: str
    key: str
    title: str
    link: str
    author: str
    published_at: datetime
    summary_html: str
    content_html: str
    read: bool
    starred: bool
    full_html: str = ""  # the article page's main text, when it was fetched
    full_text_error: str | None = None
    enclosures: tuple[Enclosure, ...] = ()

    @property
    def body_html(self) -> str:
        """What the reader shows: the full text when there is one, else the feed's own."""
        return self.full_html or self.content_html or self.summary_html


@dataclass(frozen=True, slots=True)
class RateSnapshot:
    """One provider's rates for one validity date.

    ``prices`` maps a currency code to the price of one unit of it in ``anchor`` currency, the
    anchor itself being 1. Cross rates between any two listed currencies follow from it.
    """

    provider: str
    valid_on: date
    anchor: str
    prices: dict[str, float] = field(default_factory=dict)

    def price(self, currency: str, in_currency: str) -> float | None:
        """Price of one ``currency`` in ``in_currency``, or None when either is unknown."""
        numerator = 1.0 if currency == self.anchor else self.prices.get(currency)
        denominator = 1.0 if in_currency == self.anchor else self.prices.get(in_currency)
        if numerator is None or denominator is None or denominator == 0:
            return None
        return numerator / denominator


@dataclass(frozen=True, slots=True)
class Quote:
    """One ticker item: ``base``/``quote`` = value means one ``base`` costs ``value`` ``quote``."""

    base: str
    quote: str
    value: float
    change_percent: float | None
    valid_on: date
    provider: str

    @property
    def pair(self) -> str:
        return f"{self.base}/{self.quote}"


# The scheme of cached images in the HTML the reader receives: it resolves nothing else.
IMAGE_CACHE_SCHEME = "caravan-image"


@dataclass(frozen=True, slots=True)
class CachedImage:
    """An image address whose bytes are in the local cache (file named by ``digest``)."""

    url: str
    digest: str
    width: int
    height: int

    @property
    def cache_url(self) -> str:
        return f"{IMAGE_CACHE_SCHEME}:{self.digest}"
