"""The one HTML policy: what survives sanitize_html, and what html_to_text makes of a fragment.

Assertions parse the output with the standard library's HTMLParser, so they check the elements
and attributes a renderer would see rather than the spelling of the markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest

from desktop_app.sanitize import html_to_text, sanitize_html

Attributes = dict[str, str | None]


@dataclass
class Element:
    tag: str
    attrs: Attributes


@dataclass
class Parsed:
    elements: list[Element] = field(default_factory=list)
    text: str = ""

    def tags(self) -> list[str]:
        return [element.tag for element in self.elements]

    def all(self, tag: str) -> list[Element]:
        return [element for element in self.elements if element.tag == tag]

    def one(self, tag: str) -> Element:
        (element,) = self.all(tag)
        return element


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parsed = Parsed()
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parsed.elements.append(Element(tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self._text.append(data)


def parse(markup: str) -> Parsed:
    collector = _Collector()
    collector.feed(markup)
    collector.close()
    collector.parsed.text = "".join(collector._text)
    return collector.parsed


def clean(fragment: str) -> Parsed:
    return parse(sanitize_html(fragment))


# --- what is removed ------------------------------------------------------------------------


def test_script_element_and_its_code_are_removed():
    result = clean("<p>before<script>alert('x')</script>after</p>")
    assert result.tags() == ["p"]
    assert result.text == "beforeafter"


def test_script_in_any_case_or_with_attributes_is_removed():
    result = clean('<SCRIPT type="text/javascript" src="http://evil.example/x.js"></SCRIPT>ok')
    assert result.tags() == []
    assert result.text == "ok"


@pytest.mark.parametrize(
    "attribute",
    ["onclick", "onerror", "onload", "onmouseover", "OnFocus", "onanimationstart"],
)
def test_event_handler_attributes_are_removed(attribute):
    result = clean(
        f'<p {attribute}="x()">a</p><img src="http://example.org/a.png" {attribute}="x()">'
        f'<a href="https://example.org/" {attribute}="x()">l</a>'
    )
    assert result.tags() == ["p", "img", "a"]
    for element in result.elements:
        assert not [name for name in element.attrs if name.startswith("on")]


def test_style_and_class_attributes_are_removed():
    result = clean('<p style="background:url(javascript:x)" class="c" id="i">t</p>')
    assert result.one("p").attrs == {}


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java&#x09;script:alert(1)",
        "&#106;avascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "vbscript:msgbox(1)",
        "ftp://example.org/file",
    ],
)
def test_unsafe_url_schemes_are_removed_from_href_and_src(url):
    result = clean(f'<a href="{url}">link</a><img src="{url}" alt="pic">')
    link, image = result.one("a"), result.one("img")
    assert "href" not in link.attrs
    assert "src" not in image.attrs
    assert image.attrs["alt"] == "pic"  # the alt text stays: the reader shows it instead
    assert result.text == "link"


@pytest.mark.parametrize(
    "markup",
    [
        '<iframe src="https://example.org/">fallback</iframe>',
        '<object data="https://example.org/x.swf"><param name="a" value="b"></object>',
        '<embed src="https://example.org/x.swf">',
        '<form action="https://example.org/login"><input name="pw"><button>Go</button></form>',
        '<svg><circle r="5"/><script>alert(1)</script></svg>',
        '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>',
        "<math><mi>x</mi></math>",
        '<math href="javascript:alert(1)">m</math>',
        "<style>p { color: red }</style>",
        '<link rel="stylesheet" href="https://example.org/s.css">',
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        '<base href="https://evil.example/">',
        "<frameset><frame src='https://example.org/'></frameset>",
        "<video src='https://example.org/v.mp4'></video><audio src='https://example.org/a.mp3'>",
    ],
)
def test_active_and_embedding_elements_are_removed(markup):
    forbidden = {
        "script", "iframe", "object", "param", "embed", "form", "input", "button", "svg",
        "circle", "math", "mi", "style", "link", "meta", "base", "frameset", "frame", "video",
        "audio", "text",
    }  # fmt: skip
    result = clean(markup)
    assert not forbidden & set(result.tags())
    assert "alert" not in result.text
    assert "color" not in result.text


def test_comments_are_removed():
    assert "secret" not in sanitize_html("<p>a<!-- secret --></p>")


# --- what is kept ---------------------------------------------------------------------------


def test_emphasis_is_kept():
    result = clean("<p><em>e</em> <strong>s</strong> <b>b</b> <i>i</i> <u>u</u> <mark>m</mark></p>")
    assert result.tags() == ["p", "em", "strong", "b", "i", "u", "mark"]
    assert result.text == "e s b i u m"


@pytest.mark.parametrize(
    "url",
    ["http://example.org/a", "https://example.org/a?x=1&y=2#frag", "mailto:editor@example.org"],
)
def test_links_with_safe_schemes_are_kept(url):
    link = clean(f'<a href="{url}" title="T">text</a>').one("a")
    assert link.attrs["href"] == url
    assert link.attrs["title"] == "T"


def test_links_get_noopener_noreferrer_and_lose_target():
    link = clean('<a href="https://example.org/" target="_blank" rel="opener">x</a>').one("a")
    assert "target" not in link.attrs
    assert set((link.attrs["rel"] or "").split()) == {"noopener", "noreferrer"}


@pytest.mark.parametrize(
    "source", ["mailto:a@example.org", "/relative.png", "data:image/png;base64,AA"]
)
def test_images_keep_only_web_sources(source):
    (image,) = clean(f'<img src="{source}" alt="kept">').all("img")
    assert image.attrs == {"alt": "kept"}


def test_inline_tags_do_not_split_words_in_text():
    assert html_to_text("<b>Hel</b>lo <a href='x'>wor</a>ld") == "Hello world"


def test_images_with_http_source_are_kept_with_their_description():
    markup = (
        '<img src="http://example.org/a.png" alt="A" title="T" width="10" height="20">'
        '<img src="https://example.org/b.jpg" alt="B">'
    )
    first, second = clean(markup).all("img")
    assert first.attrs == {
        "src": "http://example.org/a.png",
        "alt": "A",
        "title": "T",
        "width": "10",
        "height": "20",
    }
    assert second.attrs == {"src": "https://example.org/b.jpg", "alt": "B"}


def test_lists_are_kept():
    result = clean(
        '<ul><li>one</li><li>two</li></ul><ol start="3"><li>three</li></ol>'
        "<dl><dt>term</dt><dd>definition</dd></dl>"
    )
    assert result.tags() == ["ul", "li", "li", "ol", "li", "dl", "dt", "dd"]
    assert result.one("ol").attrs == {"start": "3"}


def test_tables_are_kept_with_their_spans():
    result = clean(
        "<table><caption>c</caption><thead><tr><th scope='col'>h</th></tr></thead>"
        "<tbody><tr><td colspan='2' rowspan='3'>d</td></tr></tbody>"
        "<tfoot><tr><td>f</td></tr></tfoot></table>"
    )
    assert result.tags() == [
        "table", "caption", "thead", "tr", "th", "tbody", "tr", "td", "tfoot", "tr", "td",
    ]  # fmt: skip
    assert result.one("th").attrs == {"scope": "col"}
    assert result.all("td")[0].attrs == {"colspan": "2", "rowspan": "3"}


def test_blockquote_is_kept():
    result = clean('<blockquote cite="https://example.org/"><p>quoted</p></blockquote>')
    assert result.tags() == ["blockquote", "p"]
    assert result.text == "quoted"


def test_code_and_preformatted_text_are_kept_with_their_whitespace():
    code = "def f():\n    return 1 < 2\n"
    result = clean(f"<pre><code>{code.replace('<', '&lt;')}</code></pre><p><code>x</code></p>")
    assert result.tags() == ["pre", "code", "p", "code"]
    assert result.text == code + "x"


def test_headings_paragraphs_and_figures_are_kept():
    result = clean(
        "<h1>a</h1><h2>b</h2><h6>c</h6><p>d<br>e</p><hr>"
        '<figure><img src="https://example.org/f.png" alt="f"><figcaption>g</figcaption></figure>'
    )
    assert result.tags() == ["h1", "h2", "h6", "p", "br", "hr", "figure", "img", "figcaption"]


def test_text_is_escaped_not_interpreted():
    result = clean("<p>5 &lt; 6 &amp;&amp; &lt;script&gt;alert(1)&lt;/script&gt;</p>")
    assert result.tags() == ["p"]
    assert result.text == "5 < 6 && <script>alert(1)</script>"


def test_unclosed_tags_are_closed():
    markup = sanitize_html("<p><em>open <strong>strong")
    assert markup.count("<em>") == markup.count("</em>") == 1
    assert markup.count("<strong>") == markup.count("</strong>") == 1


# --- html_to_text ---------------------------------------------------------------------------


def test_plain_text_has_its_whitespace_collapsed():
    assert html_to_text("  plain   text\n\twith  gaps  ") == "plain text with gaps"


def test_tags_are_dropped_and_blocks_do_not_run_together():
    assert html_to_text("<p>first</p><p>second</p><ul><li>a</li><li>b</li></ul>") == (
        "first second a b"
    )
    assert html_to_text("line<br>break") == "line break"


def test_entities_are_unescaped_once():
    assert html_to_text("caf&eacute; &#233;t&#xE9; &mdash; &quot;q&quot; &amp;") == (
        'café été — "q" &'
    )
    # Text that spells an entity stays spelled, it is not decoded twice.
    assert html_to_text("write &amp;lt; for &lt;") == "write &lt; for <"


def test_escaped_markup_becomes_its_literal_text():
    assert html_to_text("<p>A &lt;tag&gt; in text</p>") == "A <tag> in text"


def test_non_breaking_spaces_and_newlines_collapse():
    assert html_to_text("<p>a&nbsp;&nbsp;b\n\n\n</p>\n<p>  c</p>") == "a b c"


def test_script_and_style_contents_are_not_text():
    text = html_to_text("<style>p{color:red}</style><p>visible</p><script>evil()</script>")
    assert text == "visible"


def test_comments_are_not_text():
    assert html_to_text("<!-- hidden -->shown") == "shown"


def test_empty_and_tag_only_fragments_give_empty_text():
    assert html_to_text("") == ""
    assert html_to_text("<p> </p><br>") == ""
