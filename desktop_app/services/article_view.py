"""The HTML document the reader pane shows for an article, built in one place so that
``caravan show ID --html`` prints exactly what the pane receives.

It carries no style of its own: the pane applies the theme's style sheet (light or dark).
"""

from __future__ import annotations

import html
from datetime import datetime

from desktop_app.domain import Article
from desktop_app.sanitize import sanitize_html


def render_article_html(article: Article) -> str:
    """A complete, sanitized HTML document: header (title, feed, author, date, link), body."""
    body = sanitize_html(article.content_html or article.summary_html)
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
