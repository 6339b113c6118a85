"""The HTML document the reader pane shows for an article, built in one place so that
``caravan show ID --html`` prints exactly what the pane receives.

It carries no style of its own: the pane applies the theme's style sheet (light or dark).
"""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Mapping
from datetime import datetime

from desktop_app.domain import Article, CachedImage
from desktop_app.fulltext.teaser import is_teaser
from desktop_app.i18n import date_time, translate
from desktop_app.imaging import MAX_IMAGES_PER_ARTICLE, image_sources, with_cached_images
from desktop_app.sanitize import html_to_text, sanitize_for_reader, sanitize_html
from desktop_app.services.highlight import highlight_html
from desktop_app.store import images

# In-document links the reader handles itself (fragments: inert anywhere else).
SHOW_FEED_TEXT = "feed-text"
SHOW_FULL_TEXT = "full-text"
FETCH_FULL_TEXT = "fetch-full-text"
READER_ACTIONS = frozenset({SHOW_FEED_TEXT, SHOW_FULL_TEXT, FETCH_FULL_TEXT})


def article_document(
    connection: sqlite3.Connection,
    article: Article,
    *,
    feed_text: bool = False,
    highlight: str = "",
) -> str:
    """The reader's document for ``article``, its images resolved from the cache index;
    ``feed_text`` shows what the feed gave even when the page's full text is stored, and the
    words of ``highlight`` (the current search) are marked."""
    body = shown_body(article, feed_text)
    return render_article_html(
        article, cached_images(connection, body), feed_text=feed_text, highlight=highlight
    )


def cached_images(connection: sqlite3.Connection, body_html: str) -> dict[str, CachedImage]:
    """The images of ``body_html`` that are in the cache, by address."""
    sources = image_sources(body_html, MAX_IMAGES_PER_ARTICLE)
    return images.lookup(connection, sources) if sources else {}


def shown_body(article: Article, feed_text: bool) -> str:
    """The article's HTML the reader shows: the full text unless ``feed_text`` is asked for,
    then the images the article carries as enclosures that its text does not show already."""
    body = (article.content_html or article.summary_html) if feed_text else article.body_html
    return body + _enclosed_images(article, body)


def _enclosed_images(article: Article, body: str) -> str:
    """Image enclosures, shown like the text's images: from the cache, or not at all (the
    enclosure list under the article names them anyway)."""
    images = [e.url for e in article.enclosures if e.mime_type.startswith("image/")]
    if not images:
        return ""
    shown = set(image_sources(body, MAX_IMAGES_PER_ARTICLE))
    extra = [url for url in images if url not in shown]
    return "".join(
        f'<p><img src="{html.escape(url, quote=True)}" alt=""></p>'
        for url in extra[:MAX_IMAGES_PER_ARTICLE]
    )


def shown_text(article: Article, feed_text: bool = False) -> str:
    """The body the reader shows, without a leading headline that repeats the title."""
    return _without_repeated_title(shown_body(article, feed_text), article.title)


def render_article_html(
    article: Article,
    cached: Mapping[str, CachedImage],
    *,
    feed_text: bool = False,
    highlight: str = "",
) -> str:
    """A complete, sanitized HTML document: header (title, feed, author, date, link), where
    the text comes from, body.

    Images point at their cached copies (``cached``, by address); the others show their alt
    text. Nothing in the document can make the reader touch the network.
    """
    shown = shown_text(article, feed_text)
    if highlight:
        shown = highlight_html(shown, highlight)
    body = sanitize_for_reader(with_cached_images(shown, cached))
    title = html.escape(article.title or translate("ArticleView", "(untitled)"))
    meta = [html.escape(article.feed_title)]
    if article.author:
        meta.append(html.escape(article.author))
    meta.append(_date(article.published_at))
    header_link = (
        sanitize_html(f'<a href="{html.escape(article.link, quote=True)}">{title}</a>')
        if article.link
        else title
    )
    open_original = html.escape(translate("ArticleView", "Open the original"))
    original = (
        sanitize_html(f'<a href="{html.escape(article.link, quote=True)}">{open_original}</a>')
        if article.link
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n'
        f"<h1>{header_link}</h1>\n"
        f'<p class="meta">{" · ".join(meta)}</p>\n'
        f"{_source_line(article, feed_text)}"
        f"<div>{body}</div>\n"
        f'<p class="meta">{original}</p>\n'
        "</body></html>\n"
    )


_LEADING_HEADING = re.compile(
    r"^\s*(?:<(?:div|article|section|header)\b[^>]*>\s*)*(<h[1-3]\b[^>]*>(.*?)</h[1-3]>)",
    re.IGNORECASE | re.DOTALL,
)


def _without_repeated_title(body_html: str, title: str) -> str:
    """An article page's text often starts with its headline: the header already shows it."""
    match = _LEADING_HEADING.match(body_html)
    if match and title and html_to_text(match.group(2)).casefold() == title.strip().casefold():
        return body_html[: match.start(1)] + body_html[match.end(1) :]
    return body_html


def _source_line(article: Article, feed_text: bool) -> str:
    """Where the text below comes from, and the way to the other one."""
    full_text = html.escape(translate("ArticleView", "Full text from the article's page"))
    feeds_text = html.escape(translate("ArticleView", "The feed's text"))
    if article.full_html and not feed_text:
        show = html.escape(translate("ArticleView", "Show the feed's text"))
        line = f'{full_text} · <a href="#{SHOW_FEED_TEXT}">{show}</a>'
    elif article.full_html:
        show = html.escape(translate("ArticleView", "Show the full text"))
        line = f'{feeds_text} · <a href="#{SHOW_FULL_TEXT}">{show}</a>'
    elif article.link.startswith(("http://", "https://")) and (
        article.full_text_error or is_teaser(article.summary_html, article.content_html)
    ):
        no_full_text = translate("ArticleView", "no full text: {reason}")
        reason = (
            html.escape(no_full_text.format(reason=article.full_text_error)) + " · "
            if article.full_text_error
            else ""
        )
        fetch = html.escape(translate("ArticleView", "Fetch the full text"))
        line = f'{feeds_text} · {reason}<a href="#{FETCH_FULL_TEXT}">{fetch}</a>'
    else:
        return ""
    return f'<p class="source">{line}</p>\n'


def _date(moment: datetime) -> str:
    return html.escape(date_time(moment))
