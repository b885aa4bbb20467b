"""A web page written by hand in HTML, a whole document (its head, the menu and footer every page of
the site repeats, its text), read for what it says: its title and its text without the site's
chrome, and the pages its menu lists. GitHub Pages serves a folder of such pages, `index.html`
first, as it is: many researchers' sites are that (handwritten.py imports them as jekyll.py
imports a Jekyll site, its pages made of these parts).

The text keeps its lines where they were in the file (what is left out is blank lines), so that
a note about it names the file's own line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sitegen.citationtext import without_tags

# what makes a page a whole document rather than a part a layout holds
WHOLE_DOCUMENT = re.compile(r"<!DOCTYPE\s+html|<html\b|<body\b", re.IGNORECASE)
# what every page of such a site repeats, or what is no text: the menu, the footer, scripts, styles
_CHROME = re.compile(r"<(nav|footer|script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_HEAD = re.compile(r"^.*?<body\b[^>]*>", re.IGNORECASE | re.DOTALL)
_BODY_END = re.compile(r"</body\s*>.*$", re.IGNORECASE | re.DOTALL)
_MAIN = re.compile(r"<main\b[^>]*>(.*)</main\s*>", re.IGNORECASE | re.DOTALL)
_HEADER = re.compile(r"<header\b[^>]*>(.*?)</header\s*>", re.IGNORECASE | re.DOTALL)
_NAV = re.compile(r"<nav\b[^>]*>(.*?)</nav\s*>", re.IGNORECASE | re.DOTALL)
# an element that is a menu or a footer by its class or id (Bootstrap's `navbar`, `<ul class="nav">`, `id="footer"`)
_MENU_KINDS = ("navbar", "nav", "menu", "navigation", "topnav", "sidebar-nav")
_CLASSED_CHROME = re.compile(
    rf"""<(?P<tag>div|ul|section)\b[^>]*\b(?:class|id)\s*=\s*["'](?:[^"']*\s)?(?P<kind>{"|".join(_MENU_KINDS)}|"""
    r"""footer|site-footer)(?:\s[^"']*)?["'][^>]*>""",
    re.IGNORECASE,
)
_TABLE = re.compile(r"<table\b[^>]*>.*?</table\s*>", re.IGNORECASE | re.DOTALL)
_TABLE_TAG = re.compile(r"</?(?:table|thead|tbody|tfoot|tr|td|colgroup|col)\b[^>]*>", re.IGNORECASE)
LINK = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_HEADING = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
BROWSER_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


@dataclass
class HtmlPage:
    """What a hand-written page says: its title (its first `<h1>`), and its text without the
    chrome and that heading, from its file's line `first_line` on."""

    title: str
    text: str
    first_line: int


def read_page(written: str) -> HtmlPage:
    """A whole HTML document's title and text: its `<main>` when it has one, else its body without
    the menu, the footer, scripts and a header that holds the menu."""
    kept = _HEADER.sub(lambda found: _blank(found.group(0)) if _holds_menu(found.group(0)) else found.group(0), written)
    kept = _CHROME.sub(lambda found: _blank(found.group(0)), kept)
    kept = _without_classed_chrome(kept)
    kept = _TABLE.sub(_table_unwrapped, kept)
    if main := _MAIN.search(kept):
        before, inside = kept[: main.start(1)], main.group(1)
    else:
        body = _BODY_END.sub("", kept)
        head = _HEAD.match(body)
        before, inside = (body[: head.end()], body[head.end() :]) if head else ("", body)
    heading = _HEADING.search(inside)
    if heading:
        inside = inside[: heading.start()] + _blank(heading.group(0)) + inside[heading.end() :]
    return HtmlPage(
        title=without_tags(heading.group(1)) if heading else "",
        text=inside,
        first_line=before.count("\n") + 1,
    )


def menu_links(written: str) -> list[str]:
    """The addresses the page's menu links, in its order (its first `<nav>`, a menu of classes,
    Bootstrap's `<div class="navbar">`, or a `<header>`'s links)."""
    if menu := _NAV.search(written):
        return LINK.findall(menu.group(1))
    if classed := next(_classed_chrome(written, "menu"), None):
        return LINK.findall(written[classed[0] : classed[1]])
    menu = _HEADER.search(written)
    return LINK.findall(menu.group(1)) if menu else []


def linked_pages(home: Path, read: Callable[[Path], str]) -> set[Path]:
    """The HTML pages a site's home page leads to, link by link (`publications.html`, `research/`:
    its `index.html`), within its folder: the site's pages, not the old copies and tests a
    repository keeps beside them."""
    root = home.parent.resolve()
    found, waiting = {home.resolve()}, [home.resolve()]
    while waiting:
        page = waiting.pop()
        for address in LINK.findall(read(page)):
            target = _linked_page(page, address, root)
            if target is not None and target not in found and target.is_relative_to(root) and target.is_file():
                found.add(target)
                waiting.append(target)
    return found


def _linked_page(page: Path, address: str, root: Path) -> Path | None:
    """The HTML file of the site a link leads to (`teaching.html`, `../research/`, `/cv.html` from
    the site's `root`), None for another."""
    address = address.split("#")[0].split("?")[0].strip()
    if not address or re.match(r"[a-z][a-z0-9+.-]*:|//", address, re.IGNORECASE):
        return None
    target = root / address.lstrip("/") if address.startswith("/") else page.parent / address
    if not address.endswith("/") and not Path(address).suffix and target.with_suffix(".html").is_file():
        target = target.with_suffix(".html")  # ("publications": GitHub Pages serves publications.html)
    elif address.endswith("/") or not Path(address).suffix:
        target = target / "index.html"
    return target.resolve() if target.suffix.lower() in (".html", ".htm") else None


def _without_classed_chrome(written: str) -> str:
    """A page without the menus and footers that say so by their class or id rather than their
    tag (Bootstrap's `<div class="navbar">`, `<ul class="nav">`, `<div id="footer">`)."""
    outermost: list[tuple[int, int]] = []
    for start, end in sorted(_classed_chrome(written)):
        if not outermost or start >= outermost[-1][1]:  # (a menu's own list inside it goes with it)
            outermost.append((start, end))
    for start, end in reversed(outermost):
        written = written[:start] + _blank(written[start:end]) + written[end:]
    return written


def _classed_chrome(written: str, kind: str = "") -> Iterator[tuple[int, int]]:
    """Where each element of a menu's or footer's class or id is (`kind` "menu" for menus alone),
    to its own closing tag (others of its tag inside it counted)."""
    for found in _CLASSED_CHROME.finditer(written):
        if kind and found.group("kind").lower() not in _MENU_KINDS:
            continue
        tag, depth = found.group("tag").lower(), 0
        for mark in re.finditer(rf"<(/?){tag}\b[^>]*>", written[found.start() :], re.IGNORECASE):
            depth += -1 if mark.group(1) else 1
            if depth == 0:
                yield found.start(), found.start() + mark.end()
                break


_CELL_ENDS = {"</td": "<br>", "<tr>": "<p>", "<tr ": "<p>", "</tr": "</p>"}  # (a row of cells: lines of a paragraph)


def _table_unwrapped(table: re.Match[str]) -> str:
    """A table that lays a page out (a photo in one cell, the name and address in the next: no
    header cells, a picture or heading in a cell) as its cells' content one after another; a table
    of data as it is."""
    written = table.group(0)
    if re.search(r"<th\b", written, re.IGNORECASE) or not re.search(
        r"<td\b[^>]*>\s*(?:<[^>]+>\s*)*<(?:img|h[1-6])\b", written, re.IGNORECASE
    ):
        return written
    return _TABLE_TAG.sub(lambda tag: _CELL_ENDS.get(tag.group(0)[:4].lower(), ""), written)  # (a row a paragraph)


def _holds_menu(header: str) -> bool:
    """Whether a `<header>` is the site's (it holds a `<nav>`, or links alone), not the page's own
    title and its lines."""
    return "<nav" in header.lower() or (bool(LINK.search(header)) and not without_tags(_LINK_TEXT.sub("", header)))


_LINK_TEXT = re.compile(r"<a\b.*?</a\s*>", re.IGNORECASE | re.DOTALL)


def _blank(text: str) -> str:
    """What a part of the page leaves when it is left out: its line breaks (the lines stay where they were)."""
    return "\n" * text.count("\n")


# a definition list, as a page of papers written by hand has one a paper ("<p><dl><dt><strong>Title</strong>
# (with A) <br>Journal ... <dd>Abstract: ... <dt>Full paper: <a>PDF</a>", none of them closed): its terms
# and definitions lines of one paragraph (markdownify would run every paper after it into one line)
_DEFINITION_LIST = re.compile(r"</?dl\b[^>]*>|</d[td]\s*>", re.IGNORECASE)
_DEFINITION_TERM = re.compile(r"<d[td]\b[^>]*>", re.IGNORECASE)
_BREAK_ALONE = re.compile(r"[ \t]*\n[ \t]+\n(?=[ \t]*\S)")  # markdownify's "text\n  \nmore" for "text\n<br>more"


def _plain_anchor(anchor: re.Match[str]) -> str:
    """A link as Markdown can write it: without its `title` (a tooltip, which markdownify writes
    after the address, `[PDF](x.pdf "Download file")`), its words one line (a `<br>` between an
    icon and its words, "<a><img src=pdf.png><br>Sali-CAT</a>", would part the link)."""
    opening = _TITLE_ATTRIBUTE.sub("", anchor["open"])
    return f"{opening}{_BREAK_TAG.sub(' ', anchor['inside'])}</a>"


_ANCHOR = re.compile(  # (a link's: not `<a name="x">`, which many pages never close)
    r"(?P<open><a\b[^>]*\bhref\b[^>]*>)(?P<inside>(?:(?!<a\b|</a\s*>).)*)</a\s*>", re.IGNORECASE | re.DOTALL
)
_TITLE_ATTRIBUTE = re.compile(r"""\s+title\s*=\s*(?:"[^"]*"|'[^']*')""", re.IGNORECASE)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_ATX_HEADING = re.compile(r"#{1,6} ")


def as_markdown(page: HtmlPage) -> str:
    """A page's text as Markdown (markdownify: headings, paragraphs, lists, links, pictures,
    emphasis; a card's `<div>`s their paragraphs), each block on the line its HTML started on as
    far as the lines allow (blank lines between them), so that a note names the file's own line."""
    from markdownify import markdownify  # (imported by `sitegen import` alone: 0.14 s)

    html = _DEFINITION_TERM.sub("<br>", _DEFINITION_LIST.sub("", page.text))  # (a paper's <dt> and <dd>: its lines)
    html = _ANCHOR.sub(_plain_anchor, html)
    written = markdownify(html, heading_style="ATX", bullets="-", escape_misc=False).strip("\n")
    written = _BREAK_ALONE.sub("  \n", written)  # (a <br> at a line's start: its line's end, not a paragraph's)
    stream, starts = _plain_stream(page.text)
    lines: list[str] = []
    at = 0
    for block in re.split(r"\n{2,}", written):
        key = _plain(_MARKDOWN_MARKS.sub(" ", block), words=4)
        found = stream.find(key, at) if key else -1
        line = bisect.bisect_right(starts, found) - 1 if found >= 0 else len(lines) + 1
        if lines and not ((line <= len(lines) and _ATX_HEADING.match(lines[-1])) or _ATX_HEADING.match(block)):
            lines.append("")  # (none at a heading, which needs none: the HTML's next line is the next line here too)
        if found >= 0:
            lines += [""] * (line - len(lines))
            at = found + len(key)
        lines += block.split("\n")
    return "\n".join(lines) + "\n"


def _plain_stream(text: str) -> tuple[str, list[int]]:
    """A text's words without its tags, its lines joined by spaces, and where each line starts in it."""
    stream, starts = "", []
    for line in text.split("\n"):
        starts.append(len(stream))
        stream += _plain(without_tags(line)) + " "
    return stream, starts


def _plain(text: str, words: int = 0) -> str:
    """Words as both forms write them alike: single spaces, none before a stop ("<b>Doe</b>, A")."""
    plain = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(text.split()))
    return " ".join(plain.split()[:words]) if words else plain


# Markdown's marks around words (headings, emphasis, links' addresses, list bullets, escapes)
_MARKDOWN_MARKS = re.compile(r"\]\([^)]*\)|!\[|[#*_`>\[\]\\]|^\s*(?:[-+]|\d+\.)\s", re.MULTILINE)
