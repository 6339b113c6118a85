"""Sanitized HTML as text to read in a terminal (``caravan show``).

Unlike :func:`desktop_app.sanitize.html_to_text`, which flattens a fragment to one line for
search and excerpts, this keeps the shape a reader needs: a blank line between blocks, each
list item on its own line with its marker, headings underlined, quotes marked with ``>``,
preformatted text as it is, and everything else wrapped to a width.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from html.parser import HTMLParser

_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl",
        "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul",
    }
)  # fmt: skip
_HIDDEN = frozenset({"script", "style", "template", "noscript", "head", "title"})
_HEADINGS = {"h1": "=", "h2": "=", "h3": "-", "h4": "-", "h5": "-", "h6": "-"}
_LINE_BREAK = "\n"
MIN_WIDTH = 20


def html_to_plain_text(fragment: str, width: int = 80) -> str:
    """``fragment`` laid out as paragraphs of at most ``width`` columns (a word longer than
    that, such as an address, keeps its own line unbroken)."""
    layout = _Layout(max(width, MIN_WIDTH))
    layout.feed(fragment)
    layout.close()
    return layout.text()


@dataclass(slots=True)
class _List:
    ordered: bool
    number: int = 1


@dataclass(frozen=True, slots=True)
class _Block:
    lines: tuple[str, ...]
    tight: bool  # a list item or table row: no blank line from the tight block before it


class _Layout(HTMLParser):
    def __init__(self, width: int) -> None:
        super().__init__(convert_charrefs=True)
        self.width = width
        self.blocks: list[_Block] = []
        self.parts: list[str] = []  # the inline text of the block being read
        self.lists: list[_List] = []
        self.marker = ""  # a list item's marker, waiting for the item's first text
        self.quotes = 0
        self.preformatted = 0
        self.hidden = 0
        self.heading = ""
        self.cells = 0  # cells so far in the current table row

    # --- parser events ---------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
            return
        values = {name: value or "" for name, value in attrs}
        if tag in _BLOCKS:
            self._flush()
        if tag in ("ul", "ol"):
            start = values.get("start", "1")
            self.lists.append(_List(tag == "ol", int(start) if start.isdigit() else 1))
        elif tag == "li":
            self.marker = self._next_marker()
        elif tag == "blockquote":
            self.quotes += 1
        elif tag == "pre":
            self.preformatted += 1
        elif tag in _HEADINGS:
            self.heading = _HEADINGS[tag]
        elif tag == "tr":
            self.cells = 0
        elif tag in ("td", "th"):
            if self.cells:
                self.parts.append(" | ")
            self.cells += 1
        elif tag == "hr":
            self._add(("* * *",))
        elif tag == "br":
            self.parts.append(_LINE_BREAK)
        elif tag == "img" and values.get("alt", "").strip():
            self.parts.append(f" [{values['alt'].strip()}] ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "hr", "img"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
            return
        if tag in _BLOCKS:
            self._flush()
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag == "blockquote":
            self.quotes = max(0, self.quotes - 1)
        elif tag == "pre":
            self.preformatted = max(0, self.preformatted - 1)
        elif tag in _HEADINGS:
            self.heading = ""
        elif tag in ("tr", "table"):
            self.cells = 0

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)

    # --- layout ----------------------------------------------------------------------------

    def _next_marker(self) -> str:
        if not self.lists:
            return "- "
        current = self.lists[-1]
        if not current.ordered:
            return "- "
        current.number += 1
        return f"{current.number - 1}. "

    def _flush(self) -> None:
        """Lay out the text read since the last block boundary as one block."""
        text, self.parts = "".join(self.parts), []
        if self.preformatted:
            rows = text.strip("\n").splitlines()
            if any(row.strip() for row in rows):
                self._add(tuple("    " + row.rstrip() for row in rows))
            return
        # Each piece between two <br> is wrapped on its own; runs of whitespace are one space.
        pieces = [" ".join(piece.split()) for piece in text.split(_LINE_BREAK)]
        while pieces and not pieces[-1]:
            pieces.pop()
        while pieces and not pieces[0]:
            pieces.pop(0)
        if not pieces:
            return
        indent = "  " * max(0, len(self.lists) - 1)
        marker, self.marker = self.marker, ""
        first, rest = indent + marker, indent + " " * len(marker)
        width = max(MIN_WIDTH, self.width - 2 * self.quotes)
        lines: list[str] = []
        for number, piece in enumerate(pieces):
            lines += textwrap.wrap(
                piece,
                width,
                initial_indent=first if number == 0 else rest,
                subsequent_indent=rest,
                break_long_words=False,
                break_on_hyphens=False,
            ) or [""]
        if self.heading:
            lines.append(self.heading * max(len(line) for line in lines))
        self._add(tuple(lines), tight=bool(self.lists or self.cells))

    def _add(self, lines: tuple[str, ...], tight: bool = False) -> None:
        quote = "> " * self.quotes
        self.blocks.append(_Block(tuple((quote + line).rstrip() for line in lines), tight))

    def text(self) -> str:
        self._flush()
        out: list[str] = []
        previous: _Block | None = None
        for block in self.blocks:
            if previous is not None and not (previous.tight and block.tight):
                out.append("")
            out.extend(block.lines)
            previous = block
        return "\n".join(out)
