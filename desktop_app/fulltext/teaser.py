"""Is what a feed gave us the article, or only a teaser for it?

A teaser has no full content and either a short summary or one that is visibly cut: it ends
with an ellipsis or a "Read more" link text. A long summary that is not cut is taken as the
article (many feeds put the whole text in ``<description>``): downloading its page would cost
the publisher and the user a request for nothing.
"""

from __future__ import annotations

import re

from desktop_app.sanitize import html_to_text

# Below this many characters of text, a summary without content is a teaser.
SHORT_SUMMARY = 500
_CUT = re.compile(
    r"(\.\.\.|…|\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)"
    r"|read\s+more|continue\s+reading|read\s+the\s+(?:full|rest)[\w\s]*|more\s*»|»)"
    r"[\s\W]*$",
    re.IGNORECASE,
)


def is_teaser(summary_html: str, content_html: str) -> bool:
    if content_html.strip():
        return False
    text = html_to_text(summary_html)
    return len(text) < SHORT_SUMMARY or _CUT.search(text[-80:]) is not None
