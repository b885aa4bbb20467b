"""What Markdown a biography or page may use: Python-Markdown's "extra" set, sane lists and heading ids."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from sitegen.markup import MarkdownRenderer

DOCUMENT = """\
## Research {#research .lead}

| Year | Award |
|------|-------|
| 2024 | Best paper |

A claim[^1] about HTML.

[^1]: The footnote.

*[HTML]: HyperText Markup Language

Term
:   Its definition.

```python
print("hi")
```

<div markdown="1">
**Bold** inside HTML.
</div>

1. one
2. two

* a
* b

### Teaching
"""


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.found


def test_biographies_and_pages_may_use_markdown_extra_lists_and_heading_ids():
    html = MarkdownRenderer().render(DOCUMENT).html
    found = tags(html)
    names = [tag for tag, _ in found]
    assert ("h2", {"id": "research", "class": "lead"}) in found  # attribute list
    assert ("h3", {"id": "teaching"}) in found  # toc: every heading gets an id to link to
    assert {"table", "thead", "th", "td"} <= set(names)  # tables
    assert any(tag == "sup" and attrs.get("id", "").startswith("fnref") for tag, attrs in found)  # footnotes
    assert ("abbr", {"title": "HyperText Markup Language"}) in found  # abbreviations
    assert {"dl", "dt", "dd"} <= set(names)  # definition lists
    assert any(tag == "code" and "python" in (attrs.get("class") or "") for tag, attrs in found)  # fenced code
    assert "<strong>Bold</strong>" in html  # Markdown inside HTML blocks
    assert "<ul>\n<li>a</li>" in html  # sane lists: bullets after a numbered list start a list of their own


def test_links_dropped_for_their_scheme_are_named():
    from sitegen.markup import unsafe_links

    text = (
        "[a](javascript:alert(1)) <a href='vbscript:x'>b</a> <img src=data:image/png;base64,xx>"
        ' [ok](https://example.org) [m](mailto:a@b.org) [rel](../x/) <a href="JavaScript&#58;y">c</a>'
    )
    rendered = MarkdownRenderer().render(text)
    html, dropped = rendered.html, rendered.dropped
    assert dropped == ["javascript:alert(1)", "vbscript:x", "data:image/png;base64,xx", "JavaScript:y"]
    assert unsafe_links(html) == []  # and the cleaned HTML holds none of them
    assert 'href="https://example.org"' in html and 'href="mailto:a@b.org"' in html


def test_a_dropped_link_is_a_warning_at_its_line(make_site):
    from conftest import build, html

    text = "---\ntitle: Talks\n---\nIntro.\n\nSee [x](javascript:alert(1)).\n\nAnd [y](https://arx]iv.org/abs/1).\n"
    site = make_site({"content/pages/talks.md": text})
    warnings = [(w.path.name, w.line, w.message) for w in build(site).warnings]
    assert warnings[-2:] == [
        ("talks.md", 6, "link to 'javascript:alert(1)' removed: its scheme is unsafe (use https:, mailto: or a path)"),
        ("talks.md", 8, "link to 'https://arx]iv.org/abs/1' removed: a browser cannot follow it (a bracket in its host?)"),
    ]
    assert not html(site / "_site/talks/index.html").select("main a[href*=arx]")


def test_code_blocks_tables_and_display_math_are_scrollers_the_keyboard_can_reach():
    text = '```\ncode\n```\n\n    indented\n\n| a |\n|---|\n| 1 |\n\n$$x^2$$\n\n<pre tabindex="3">raw</pre>\n'
    for renderer in (MarkdownRenderer(), MarkdownRenderer(unsafe_html=True)):
        found = tags(renderer.render(text).html)
        pres = [attrs for tag, attrs in found if tag == "pre"]
        assert pres[:2] == [{"tabindex": "0"}, {"tabindex": "0"}]
        assert ("div", {"class": "scroll", "tabindex": "0"}) in found and ("div", {"class": "math", "tabindex": "0"}) in found
    assert pres[2] == {"tabindex": "3"}  # raw HTML, let through as written
    assert [attrs for tag, attrs in tags(MarkdownRenderer().render(text).html) if tag == "pre"][2] == {}  # cleaned: only 0


def test_images_load_lazily_unless_the_author_said_otherwise():
    text = '![a](/a.png)\n\n<img src="/b.png" alt="b" loading="eager">\n'
    for renderer in (MarkdownRenderer(), MarkdownRenderer(unsafe_html=True)):
        images = [attrs for tag, attrs in tags(renderer.render(text).html) if tag == "img"]
        assert [image.get("loading") for image in images] == ["lazy", "eager"]


def test_a_fenced_block_with_a_language_is_coloured_and_stays_escaped():
    html = (
        MarkdownRenderer()
        .render('```python\ndef f(x):\n    return "<script>alert(1)</script>"  # note\n```\n\n```\nplain <b>x</b>\n```\n')
        .html
    )
    found = tags(html)
    assert ("code", {"class": "language-python"}) in found
    assert ("span", {"class": "k"}) in found and ("span", {"class": "nf"}) in found and ("span", {"class": "c1"}) in found
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "plain &lt;b&gt;x&lt;/b&gt;" in html
    assert html.count('<div class="highlight"><pre tabindex="0">') == 2  # each scrolls by keyboard, as before


CODE_BLOCKS = [
    "Intro.\n\n    indented by four\n",
    "Intro.\n\n\tindented by a tab\n",
    "~~~\ntilde fence\n~~~\n",
    "```r\nx <- 1\n```\n",
    "1. step\n\n        indented in a list\n",
    "* a\n  * b\n\n          code under a two-space list\n",  # four spaces only once the lists are nested
    '<div markdown="1">\n<pre><code>raw</code></pre>\n</div>\n',
]


@pytest.mark.parametrize("text", [DOCUMENT.split("```")[0], "Para *one*.\n\n  two spaces in\n", *CODE_BLOCKS])
def test_a_text_is_converted_alike_whether_or_not_it_needs_pygments(text, monkeypatch):
    """A text with no code block is converted without Pygments, whose imports a small site's build
    waited for (13 ms); every way to write a code block is seen, and coloured as before."""
    from sitegen import markup

    renderer = MarkdownRenderer()
    html = renderer.render(text).html
    assert list(renderer._converters) == [(False, False), *([(False, True)] if text in CODE_BLOCKS else [])]
    monkeypatch.setattr(markup, "_MAY_HOLD_CODE", re.compile(""))  # every text as if it held code
    assert MarkdownRenderer().render(text).html == html


def test_pygments_is_imported_for_the_first_text_with_code_and_not_before():
    code = (
        "import sys; from sitegen.markup import MarkdownRenderer; renderer = MarkdownRenderer();"
        "renderer.render('A *biography*.'); print('pygments' in sys.modules);"
        "renderer.render('```python\\nx = 1\\n```'); print('pygments' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]


@pytest.mark.parametrize(
    "text",
    [
        "* a\n  * b\n  * c\n* d\n",  # GitHub's and CommonMark's two spaces
        "* a\n    * b\n    * c\n* d\n",  # Python-Markdown's four
        "1. a\n   * b\n   * c\n2. d\n",
    ],
)
def test_a_list_nested_two_or_four_spaces_deep_is_nested(text):
    html = MarkdownRenderer().render(text).html
    assert "<li>a<ul>\n<li>b</li>\n<li>c</li>\n</ul>\n</li>" in html and html.count("<li>") == 4


TYPED = "It's \"Sonar\" -- from 2019---and more... 'Radar', the '90s"


@pytest.mark.parametrize(
    ("language", "printed"),
    [
        ("en", "It’s “Sonar” – from 2019—and more… ‘Radar’, the ’90s"),
        ("de", "It’s „Sonar“ – from 2019—and more… ‘Radar’, the ’90s"),  # the apostrophe stays ’
        ("fr", "It’s «\u202fSonar\u202f» – from 2019—and more… ‘Radar’, the ’90s"),
        ("zh-TW", "It’s 「Sonar」 – from 2019—and more… ‘Radar’, the ’90s"),
    ],
)
def test_quotes_dashes_and_ellipses_are_set_as_in_print_in_the_sites_language(language, printed):
    from sitegen.i18n import quotation_marks

    assert MarkdownRenderer(quotes=quotation_marks(language)).render(TYPED).html == f"<p>{printed}</p>"


def test_code_math_and_attributes_keep_their_quotes_as_typed():
    text = '`it\'s "x" --` and $f\'(x)$ and [a](https://example.org/?q=a--b "it\'s") and <abbr title="it\'s">AI</abbr>'
    rendered = MarkdownRenderer(quotes=("“", "”")).render(text).html
    assert '<code>it\'s "x" --</code>' in rendered
    assert 'alttext="f\'(x)"' in rendered
    assert 'href="https://example.org/?q=a--b"' in rendered and 'title="it\'s"' in rendered
    assert '<abbr title="it\'s">' in rendered


@pytest.mark.parametrize(("setting", "bio"), [("", "“Sonar” – it’s"), ("markdown:\n  typographer: false\n", '"Sonar" -- it\'s')])
def test_a_profiles_text_is_set_in_print_unless_the_site_says_not(make_site, setting, bio):
    from conftest import PERSON, build, html

    site = make_site(
        {
            "content/site.yml": f"title: T\nowner: ada\n{setting}",
            "content/people/ada.md": PERSON + '\n## Ada\'s "Sonar"\n\n"Sonar" -- it\'s ours.\n',
            "content/pages/lab.md": "---\ntitle: Ada's Lab\n---\n# Ada's Lab\n\nText.\n",
        }
    )
    build(site)
    page = html(site / "_site/index.html")
    assert bio in page.select_one("main").get_text()
    assert page.select_one("main h3#adas-sonar") is not None  # the heading's id from its words, as before
    assert [h1.get_text() for h1 in html(site / "_site/lab/index.html").select("h1")] == ["Ada's Lab"]  # the title once


def test_serve_sees_the_typographer_turned_off(make_site):
    """`serve` keeps each document's HTML between builds by what made it (`_parsed`): the quotation
    marks are part of that."""
    from conftest import PERSON, html

    from sitegen.build import Builder

    site = make_site({"content/people/ada.md": PERSON + '\n"Sonar" is ours.\n'})
    builder = Builder(site, site / "_site", in_place=True)  # as serve's
    builder.build()
    assert "“Sonar”" in html(site / "_site/index.html").select_one("main").get_text()
    (site / "content/site.yml").write_text("title: T\nowner: ada\nmarkdown:\n  typographer: false\n", encoding="utf-8")
    builder.build()
    assert '"Sonar" is ours' in html(site / "_site/index.html").select_one("main").get_text()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[Vision Lab](https://lab.example.org), *Northport*",
            "<a href='https://lab.example.org'>Vision Lab</a>, <em>Northport</em>",
        ),
        (
            "3. Physikalisches Institut\n# Universität Stuttgart",
            "3. Physikalisches Institut\n# Universität Stuttgart",
        ),  # no block
        ("- Dept.\n    code?", "- Dept.\n    code?"),
        ("Thesis on <fog>, a < b", "Thesis on &lt;fog&gt;, a &lt; b"),  # no tag: characters
        ("<a href='https://x.org' onclick='y'>X</a><br>Y", "<a href='https://x.org'>X</a><br>Y"),
        # no double quote at all: a theme may write it in an attribute
        (
            'He said "hi" [x](https://x.org/?a=1 "T\'s")',
            "He said &quot;hi&quot; <a href='https://x.org/?a=1' title='T&#39;s'>x</a>",
        ),
        (
            "<https://x.org> [cv](files/cv.pdf) [page](/teaching/)",
            "<a href='https://x.org'>https://x.org</a> <a href='/lab/files/cv.pdf'>cv</a> <a href='/lab/teaching/'>page</a>",
        ),  # paths from the site's root
        ("[x](javascript:alert(1)) ok <script>alert(1)</script>", "x ok &lt;script&gt;alert(1)&lt;/script&gt;"),
    ],
)
def test_a_profile_s_short_text_is_inline_markdown(text, expected):
    assert MarkdownRenderer(base_path="/lab/").inline(text).html == expected


def test_an_inline_text_is_its_words_to_python_and_its_html_to_jinja():
    import pickle

    import jinja2

    from sitegen.model import InlineText

    text = InlineText("Vision Lab", '<a href="https://lab.example.org">Vision Lab</a>')
    assert text == "Vision Lab" and text.upper() == "VISION LAB"
    shown = jinja2.Environment(autoescape=True).from_string("<p>{{ a }} {{ b }}</p>").render(a=text, b="<x>")
    assert shown == '<p><a href="https://lab.example.org">Vision Lab</a> &lt;x&gt;</p>'
    again = pickle.loads(pickle.dumps(text))  # to the processes that render
    assert again.__html__() == text.html and again == text
    assert repr(text) != repr(InlineText("Vision Lab", '<a href="https://other.example.org">Vision Lab</a>'))  # fingerprints
