"""The HTML document the reader pane shows for an article, built in one place so that
``caravan show ID --html`` prints exactly what the pane receives.

It carries no style of its own: the pane applies the theme's style sheet (light or dark).
"""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Mapping
from datetime import datetime

from desktop_app.domain import Article, CachedImage
from desktop_app.imaging import MAX_IMAGES_PER_ARTICLE, image_sources, with_cached_images
from desktop_app.sanitize import sanitize_for_reader, sanitize_html
from desktop_app.store import images


def article_document(connection: sqlite3.Connection, article: Article) -> str:
    """The reader's document for ``article``, its images resolved from the cache index."""
    return render_article_html(article, cached_images(connection, article))


def cached_images(connection: sqlite3.Connection, article: Article) -> dict[str, CachedImage]:
    """The article's images that are in the cache, by address."""
    sources = image_sources(article.body_html, MAX_IMAGES_PER_ARTICLE)
    return images.lookup(connection, sources) if sources else {}


def render_article_html(article: Article, cached: Mapping[str, CachedImage]) -> str:
    """A complete, sanitized HTML document: header (title, feed, author, date, link), body.

    Images point at their cached copies (``cached``, by address); the others show their alt
    text. Nothing in the document can make the reader touch the network.
    """
    body = sanitize_for_reader(with_cached_images(article.body_html, cached))
    title = html.escape(article.title or "(untitled)")
    meta = [html.escape(article.feed_title)]
    if article.author:
        meta.append(html.escape(article.author))
    meta.append(_date(article.published_at))
    header_link = (
        sanitize_html(f'<a href="{html.escape(article.link, quote=True)}">{title}</a>')
        if article.link
        else title
    )
    original = (
        sanitize_html(f'<a href="{html.escape(article.link, quote=True)}">Open the original</a>')
        if article.link
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n'
        f"<h1>{header_link}</h1>\n"
        f'<p class="meta">{" · ".join(meta)}</p>\n'
        f"<div>{body}</div>\n"
        f'<p class="meta">{original}</p>\n'
        "</body></html>\n"
    )


def _date(moment: datetime) -> str:
    return html.escape(moment.astimezone().strftime("%d %B %Y, %H:%M"))
