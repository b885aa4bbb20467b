"""TeX math in Markdown becomes MathML: shown without JavaScript, never a way in."""

from __future__ import annotations

from bs4 import BeautifulSoup
from conftest import build, html

from sitegen.markup import MarkdownRenderer


def rendered(text: str, unsafe_html: bool = False):
    result = MarkdownRenderer(unsafe_html=unsafe_html).render(text)
    return BeautifulSoup(result.html, "html.parser"), result


def test_inline_and_display_math_become_mathml_with_their_tex_as_alternative_text():
    soup, result = rendered(
        "Loss $\\sum_i x_i^2 < y_i * z$ and \\(\\frac{a}{b}\\).\n\n$$\n\\hat{\\theta} = \\arg\\min_\\theta L\n$$\n"
    )
    inline, fraction, display = soup.find_all("math")
    assert inline["display"] == "inline" and inline["alttext"] == "\\sum_i x_i^2 < y_i * z"
    assert inline.find("msubsup") is not None and inline.find("em") is None  # Markdown stays out of the formula
    assert fraction.find("mfrac") is not None
    assert display["display"] == "block" and display.parent.name == "div"
    assert result.unreadable_math == [] and result.dropped == []


def test_dollars_that_are_prices_escaped_or_in_code_stay_as_written():
    soup, _ = rendered("It costs $10 and $20. Escaped \\$x\\$. Code: `$x$`.\n\n    $$y$$\n")
    assert soup.find("math") is None
    assert "It costs $10 and $20. Escaped $x$. Code: $x$." in soup.get_text()
    assert soup.find("pre").get_text() == "$$y$$\n"


def test_math_cannot_bring_in_script_or_links_the_sanitiser_would_refuse():
    soup, result = rendered(
        '$\\text{<script>alert(1)</script>}$ $\\href{javascript:alert(1)}{x}$ $\\color{red" onload="alert(1)}{x}$'
    )
    assert soup.find("script") is None
    assert not [tag for tag in soup.find_all(True) if tag.get("href") or any(a.startswith("on") for a in tag.attrs)]
    assert result.dropped == ["javascript:alert(1)"]  # and the author hears of the link


def test_tex_that_cannot_be_read_is_shown_as_written_and_reported_at_its_line(make_site):
    soup, result = rendered("A formula: ${$ and $x$.")
    assert result.unreadable_math == ["{"]
    assert "A formula: ${$ and" in soup.get_text() and len(soup.find_all("math")) == 1
    site = make_site({"content/pages/notes.md": "---\ntitle: Notes\n---\nFine $x$.\n\nBroken ${$.\n"})
    warnings = build(site).warnings
    assert [(w.path.name, w.line) for w in warnings if "math" in w.message] == [("notes.md", 6)]
    assert html(site / "_site/notes/index.html").select("article math")


def test_environments_and_square_brackets_are_display_math():
    soup, result = rendered("\\begin{align}\na &= b \\\\\nc &= d\n\\end{align}\n\n\\[ x^2 \\]\n")
    aligned, square = soup.find_all("math")
    assert aligned["display"] == "block" and len(aligned.find_all("mtr")) == 2
    assert square["display"] == "block" and square.find("msup") is not None
    assert result.unreadable_math == []
