"""Search highlights find what the index matched: prefixes, any letter case, no accents."""

from __future__ import annotations

from desktop_app.services.highlight import highlight_html
from desktop_app.textmatch import match_spans, snippet


def test_each_query_word_marks_the_words_it_begins():
    text = "Marché des Changes: the market marks a MARKUP"
    spans = match_spans(text, "march mark")
    assert [text[start:end] for start, end in spans] == ["Marché", "market", "marks", "MARKUP"]


def test_accents_and_case_are_ignored_both_ways():
    assert [("Café"[s:e]) for s, e in match_spans("Café", "CAFE")] == ["Café"]
    assert match_spans("Kyrgyzstan Қазақстан", "қаз") == [(11, 20)]
    assert match_spans("nothing here", "") == []
    assert match_spans("nothing here", "*** ---") == []


def test_highlights_touch_text_and_never_markup_or_attributes():
    fragment = (
        '<p>The <a href="https://market.example/markets">market</a> rose; markets closed.</p>'
    )
    marked = highlight_html(fragment, "market")
    assert 'href="https://market.example/markets"' in marked
    assert marked.count('<span class="search-match">') == 2
    assert '<span class="search-match">market</span></a> rose;' in marked
    assert highlight_html(fragment, "") == fragment


def test_a_snippet_starts_near_the_first_match_at_a_word_and_says_it_was_cut():
    text = "Opening words. " * 20 + "The Glacier melts in Tajikistan and the rivers rise."
    found = snippet(text, "glac", 60)
    assert found is not None
    assert found.startswith("…") and "Glacier" in found
    assert not found[1:].startswith(" ")
    assert snippet("Glacier first", "glacier", 60) == "Glacier first"
    assert snippet(text, "nowhere", 60) is None
