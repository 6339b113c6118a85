"""Stored HTML laid out as text for ``caravan show``: the article's shape survives."""

from __future__ import annotations

import pytest

from desktop_app.plain_text import html_to_plain_text


def test_paragraphs_are_separated_by_a_blank_line():
    text = html_to_plain_text("<p>The som held steady.</p><p>Markets were calm.</p>")

    assert text == "The som held steady.\n\nMarkets were calm."


def test_inline_markup_joins_words_as_written():
    text = html_to_plain_text("<p>A <b>bold</b> move, <i>un</i>likely <a href='x'>here</a>.</p>")

    assert text == "A bold move, unlikely here."


def test_list_items_are_lines_with_their_markers():
    text = html_to_plain_text(
        "<p>Three things:</p><ul><li>one</li><li>two<ul><li>two and a half</li></ul></li>"
        '<li>three</li></ul><ol start="4"><li>four</li><li>five</li></ol><p>Done.</p>'
    )

    assert text.splitlines() == [
        "Three things:",
        "",
        "- one",
        "- two",
        "  - two and a half",
        "- three",
        "4. four",
        "5. five",
        "",
        "Done.",
    ]


def test_headings_are_set_apart_and_underlined():
    text = html_to_plain_text("<p>Intro.</p><h2>Markets</h2>Prices rose.<h3>Som</h3><p>Flat.</p>")

    assert text.splitlines() == [
        "Intro.",
        "",
        "Markets",
        "=======",
        "",
        "Prices rose.",
        "",
        "Som",
        "---",
        "",
        "Flat.",
    ]


def test_long_paragraphs_are_wrapped_to_the_width_without_cutting_words_or_addresses():
    words = "Central banks across the region published their rates this morning. " * 4
    address = "https://news.example/" + "very-long-path/" * 6

    text = html_to_plain_text(f"<p>{words} See {address} for more.</p>", width=40)

    lines = text.splitlines()
    assert len(lines) > 5
    assert all(len(line) <= 40 for line in lines if address not in line)
    assert address in lines
    assert " ".join(text.split()) == " ".join(f"{words} See {address} for more.".split())


def test_wrapped_list_items_continue_under_their_text():
    text = html_to_plain_text("<ol><li>" + "word " * 12 + "</li></ol>", width=24)

    first, *rest = text.splitlines()
    assert first.startswith("1. word")
    assert rest and all(line.startswith("   word") for line in rest)


def test_line_breaks_quotes_rules_and_preformatted_text_keep_their_shape():
    text = html_to_plain_text(
        "<p>Line one<br>line two</p><blockquote><p>Said the banker.</p></blockquote><hr>"
        "<pre>  x = 1\n  y = 2</pre>"
    )

    assert text.splitlines() == [
        "Line one",
        "line two",
        "",
        "> Said the banker.",
        "",
        "* * *",
        "",
        "      x = 1",
        "      y = 2",
    ]


def test_tables_give_a_line_per_row_and_images_their_alt_text():
    text = html_to_plain_text(
        '<img src="https://x.example/a.png" alt="chart"><table><tr><th>Pair</th><th>Rate</th>'
        "</tr><tr><td>KGS/USD</td><td>0.0117</td></tr></table><p>After.</p>"
    )

    assert text.splitlines() == ["[chart]", "", "Pair | Rate", "KGS/USD | 0.0117", "", "After."]


@pytest.mark.parametrize(
    "fragment", ["", "   ", "<p></p><div> </div>", "<script>alert(1)</script>", "<p>"]
)
def test_nothing_to_read_gives_an_empty_text(fragment: str):
    assert html_to_plain_text(fragment) == ""


def test_entities_are_decoded_once():
    assert html_to_plain_text("<p>Tom &amp; Jerry &lt;3 &amp;lt;</p>") == "Tom & Jerry <3 &lt;"
