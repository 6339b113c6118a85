"""Search highlights find what the index matched: prefixes, any letter case, no accents."""

from __future__ import annotations

from desktop_app.services.highlight import highlight_html, match_spans


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
