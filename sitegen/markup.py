"""Markdown -> HTML for biographies and pages, cleaned by an allow-list sanitiser (nh3).

Raw HTML in Markdown is allowed as formatting (tables, images, links) but never as script: nh3
drops script, style, event handlers and unsafe URLs. `markdown.unsafe_html: true` in site.yml
lets the owner's HTML through unchanged.
"""

from __future__ import annotations

import copy
import functools
import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin

import nh3

from sitegen.embeds import is_site_frame, players
from sitegen.publist import MARKER as LIST_MARKER  # a publication list's place: no text
from sitegen.urls import SitePaths, is_readable_url, web_address

if TYPE_CHECKING:
    import markdown

    from sitegen.citefinder import CitationExtension
    from sitegen.listfinder import ListExtension
    from sitegen.mathml import MathExtension
    from sitegen.model import Cite, ListQuery

# what latex2mathml writes (mathml.py): MathML passes the sanitiser, minus anything else it let in
# (`\text{<script>}` is written unescaped, `\href{javascript:...}` as an href)
MATHML_TAGS = frozenset(
    "math mrow mi mn mo mtext mspace ms mfrac msqrt mroot mstyle mpadded mphantom menclose msub msup msubsup "
    "munder mover munderover mmultiscripts mprescripts none mtable mtr mtd semantics annotation".split()
)
MATHML_ATTRIBUTES = frozenset(
    "display alttext xmlns accent accentunder columnalign columnlines columnspacing depth displaystyle fence form "
    "frame height largeop linethickness lspace mathbackground mathcolor mathsize mathvariant maxsize minsize "
    "movablelimits notation rowalign rowlines rowspacing rspace scriptlevel separator stretchy symmetric voffset "
    "width encoding".split()
)


_TAGS = nh3.ALLOWED_TAGS | {
    "figure",
    "figcaption",
    "details",
    "summary",
    "mark",
    "span",
    "div",
    "video",
    "audio",
    "source",
    "iframe",
}
_TAGS |= MATHML_TAGS
_ATTRIBUTES = copy.deepcopy(nh3.ALLOWED_ATTRIBUTES) | {tag: set(MATHML_ATTRIBUTES) for tag in MATHML_TAGS}
for _tag in ("h1", "h2", "h3", "h4", "h5", "h6", "span", "div", "p", "a", "li", "sup", "code", "pre", "table", "img", "figure"):
    _ATTRIBUTES.setdefault(_tag, set()).update({"id", "class"})
_ATTRIBUTES.setdefault("img", set()).update({"src", "alt", "width", "height", "title", "loading"})
_ATTRIBUTES["video"] = {"src", "controls", "preload", "poster", "width", "height", "muted", "loop", "playsinline", "class"}
_ATTRIBUTES["video"] |= {"aria-label", "title"}  # a video's name (embeds.py), as an image's alt
_ATTRIBUTES["audio"] = {"src", "controls", "preload", "muted", "loop", "class", "aria-label", "title"}
_ATTRIBUTES["source"] = {"src", "type"}
_ATTRIBUTES["iframe"] = {
    "src",
    "title",
    "loading",
    "class",
    "sandbox",
}  # the site's PDFs and pages only (embeds.py, `_site_link`)
_URL_SCHEMES = {"http", "https", "mailto"}  # the schemes links in Markdown may have
_FOCUSABLE = {"pre": {"tabindex": {"0"}}, "div": {"tabindex": {"0"}}}  # what scrolls (`_scrollable`), in tab order


@dataclass
class Rendered:
    """A Markdown text as clean HTML, and what the author should hear of or what comes later."""

    html: str
    dropped: list[str] = field(default_factory=list)  # links the cleaning dropped for their scheme
    relative: list[str] = field(default_factory=list)  # relative paths (`images/x.png`, `../cv/`)
    cites: list[Cite] = field(default_factory=list)  # citations (`[@key]`), each a marker in `html` (cite.py)
    lists: list[ListQuery] = field(default_factory=list)  # publication lists, each a marker paragraph (publist.py)
    unread_filters: list[tuple[str, list[str]]] = field(default_factory=list)  # (list as written, what is no filter)
    unreadable_math: list[str] = field(default_factory=list)  # formulas shown as written (mathml.py)


class MarkdownRenderer:
    """One Python-Markdown instance reused for every document of a build.

    Links are made to work wherever the text is shown: `/x` is a path in the site and gets the
    base path in front (`/repo/x` on a GitHub project page); with `page` (the site path of the
    document's own page, for text also shown elsewhere, such as news on the home page) a relative
    link is resolved against that page.
    """

    def __init__(
        self,
        unsafe_html: bool = False,
        base_path: str = "/",
        paths: SitePaths | None = None,
        quotes: tuple[str, str] | None = None,
    ):
        """`paths`: a further language's pages' folder and the files at the site's root, instead
        of `base_path` (a link to `/people/ada/` from its text goes to that language's page);
        `quotes`: the language's quotation marks, for typography (see `_typographer`), or None
        for the text's characters as typed."""
        self._quotes = quotes
        # by (math, code): with math, and with code coloured, made at their first use
        self._converters: dict[tuple[bool, bool], _Converter] = {(False, False): _markdown(False, False, quotes)}
        self._unsafe_html = unsafe_html
        self._paths = paths or SitePaths(base_path)
        self._inline: markdown.Markdown | None = None  # for a profile's fields (`inline`), made at its first use
        self._inline_done: dict[str, Rendered] = {}

    @property
    def settings(self) -> tuple[bool, SitePaths, tuple[str, str] | None]:
        """What its output depends on besides the text."""
        return self._unsafe_html, self._paths, self._quotes

    def render(self, text: str, page: str = "") -> Rendered:
        """The text as clean HTML, with what its conversion found."""
        source = nested_lists(text)
        wanted = (_MAY_HOLD_MATH.search(text) is not None, _MAY_HOLD_CODE.search(source) is not None)
        if wanted not in self._converters:
            self._converters[wanted] = _markdown(*wanted, self._quotes)
        converter, citations, formulas, lists = self._converters[wanted]
        citations.found, lists.found, lists.unread = [], [], []
        if formulas is not None:
            formulas.unreadable = []
        converted = _scrollable(converter.reset().convert(source))
        dropped = [] if self._unsafe_html else unsafe_links(converted)  # before a frame's address is a link's
        converted = _lazy_images(players(converted, frames=not self._unsafe_html))
        rendered = Rendered(
            converted,
            cites=citations.found,
            lists=lists.found,
            unread_filters=lists.unread,
            unreadable_math=formulas.unreadable if formulas else [],
        )
        if self._unsafe_html:
            return rendered
        rendered.dropped = dropped
        rendered.html = nh3.clean(
            converted,
            tags=_TAGS,
            attributes=_ATTRIBUTES,
            tag_attribute_values=_FOCUSABLE,
            url_schemes=_URL_SCHEMES,
            link_rel=None,
            attribute_filter=functools.partial(_site_link, self._paths, page, rendered.relative),
        )
        return rendered

    def inline(self, text: str) -> Rendered:
        """A short text of a profile (an affiliation, a degree's institution, a service line) with
        its Markdown's links and emphasis, as HTML of one line (or of its lines, as written): no
        block is made, so "3. Physikalisches Institut" stays a name, not a list. A path is a path
        of the site from its root (`files/cv.pdf` as `/files/cv.pdf`): the text is shown on more
        than one page. `dropped` holds the links left out for their scheme. Each text is converted
        once (a lab's members share their affiliation): 0.1 ms each."""
        if (known := self._inline_done.get(text)) is not None:
            return known
        if self._inline is None:
            self._inline = _inline_markdown()
        source = _NO_TAG.sub("&lt;", text)  # "Thesis on <fog>." as written, not a tag of no name to drop
        converted = _PARAGRAPH_TAG.sub("", self._inline.reset().convert(source)).strip("\n")
        dropped = unsafe_links(converted)  # cleaned even with `unsafe_html`, which is for texts' own HTML
        cleaned = nh3.clean(
            converted,
            tags=_INLINE_TAGS,
            attributes=_INLINE_ATTRIBUTES,
            url_schemes=_URL_SCHEMES,
            link_rel=None,
            attribute_filter=functools.partial(_field_link, self._paths),
        )
        made = self._inline_done[text] = Rendered(_without_double_quotes(_NO_ADDRESS.sub(r"\1", cleaned)), dropped=dropped)
        return made


def _without_double_quotes(fragment: str) -> str:
    """A field's HTML with no `"`: its attributes in single quotes, its text's quotation marks as
    `&quot;`. Jinja writes the HTML wherever a template puts the field, also in a double-quoted
    attribute (`alt="{{ person.role }}"` of a theme's own template): there it is shown as
    characters and can end nothing."""
    return _TAG_OR_QUOTE.sub(_single_quoted, fragment)


def _single_quoted(found: re.Match[str]) -> str:
    if found.group() == '"':
        return "&quot;"
    return _DOUBLE_QUOTED.sub(lambda value: "='" + value.group(1).replace("'", "&#39;") + "'", found.group())


def markdown_link(words: str, url: str) -> str:
    """Markdown's link to `url` saying `words`, whatever they hold (brackets, spaces, parentheses)."""
    escaped = re.sub(r"([\\\[\]])", r"\\\1", words)
    return f"[{escaped}]({url.replace(' ', '%20').replace('(', '%28').replace(')', '%29')})"


def _inline_markdown() -> markdown.Markdown:
    """Python-Markdown with no block but the paragraph: a field's text as inline Markdown."""
    import markdown

    converter = markdown.Markdown(output_format="html")
    for name in ("indent", "code", "hashheader", "setextheader", "hr", "olist", "ulist", "quote", "reference"):
        converter.parser.blockprocessors.deregister(name, strict=False)
    return converter


def _field_link(paths: SitePaths, tag: str, attribute: str, value: str) -> str | None:
    """A link of a profile's field: an address as it is, a path as the site's from its root."""
    if attribute != "href" or not value or value.startswith(("#", "?", "//")) or _SCHEME.match(value):
        return value
    return web_address(paths.url(value))


_PARAGRAPH_TAG = re.compile(r"</?p>")
_TAG_OR_QUOTE = re.compile(r'<[^<>]*>|"')
_DOUBLE_QUOTED = re.compile(r'="([^"]*)"')  # an attribute's value, as nh3 writes it (a `"` in it is &quot;)
_NO_ADDRESS = re.compile(r'<a(?: href="")?>(.*?)</a>', re.DOTALL)  # a link whose address was left out: its words

# what a field's text may be made of: a link, emphasis, code, a line break
_INLINE_TAGS = {"a", "em", "strong", "b", "i", "code", "sup", "sub", "br", "abbr", "span"}
_INLINE_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "span": {"lang"}}
# a `<` that starts none of those tags, nor an address (`<https://...>`): a character
_NO_TAG = re.compile(r"<(?!/?(?:a|em|strong|b|i|code|sup|sub|br|abbr|span)\b|https?://|mailto:|[^\s<>@]+@[^\s<>]+>)")


# `$`, `\(`, `\[` or `\begin{`: a text without them has no math, and is converted without looking
# for it (the math extensions' imports cost 0.04 s, a third of a small site's build)
_MAY_HOLD_MATH = re.compile(r"\$|\\[(\[]|\\begin\{")
# a line indented as code, a fence (``` or ~~~) or a <pre>: a text without them has no code block,
# and is converted without Pygments, whose lexers' imports (with every installed package's entry
# points read for plugins) cost 13 ms: a personal site's build waits for them
_MAY_HOLD_CODE = re.compile(r"^(?: {4}|\t)|```|~~~|<pre", re.MULTILINE | re.IGNORECASE)
_Converter = tuple["markdown.Markdown", "CitationExtension", "MathExtension | None", "ListExtension"]


def _markdown(math: bool, code: bool, quotes: tuple[str, str] | None) -> _Converter:
    """Python-Markdown with its "extra" set, sane lists, heading ids and citations; with `code`,
    fenced code blocks and Pygments' colours (for a text with no code block, neither does
    anything); with `math`, formulas; with `quotes`, typography (`_typographer`).

    Imported here: a one-off build makes its converter in the process that reads the documents,
    and the other never needs Python-Markdown (0.05 s with these extensions). The extensions are
    given as instances, not names: a name is first looked up among every installed package's entry
    points (0.02 s).
    """
    import markdown
    from markdown.extensions.abbr import AbbrExtension
    from markdown.extensions.attr_list import AttrListExtension
    from markdown.extensions.def_list import DefListExtension
    from markdown.extensions.footnotes import FootnoteExtension
    from markdown.extensions.md_in_html import MarkdownInHtmlExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension
    from markdown.extensions.toc import TocExtension

    from sitegen.citefinder import CitationExtension, heading_id
    from sitegen.listfinder import ListExtension

    citations, lists = CitationExtension(), ListExtension()
    extra = [FootnoteExtension(), AttrListExtension(), DefListExtension(), TableExtension()]
    extensions = [*extra, AbbrExtension(), MarkdownInHtmlExtension(), SaneListExtension(), TocExtension(slugify=heading_id)]
    if code:
        from markdown.extensions.codehilite import CodeHiliteExtension
        from markdown.extensions.fenced_code import FencedCodeExtension

        # a fenced block's language (```python) colours its code, by Pygments' lexers and site.css's colours;
        # no language guessed: a block without one stays plain
        colouring = CodeHiliteExtension(
            guess_lang=False, css_class="highlight", wrapcode=True, pygments_formatter=_code_formatter()
        )
        extensions = [FencedCodeExtension(), *extensions, colouring]
    if quotes is not None:
        extensions.append(_typographer(quotes))
    formulas = None
    if math:
        from sitegen.mathml import MathExtension

        formulas = MathExtension()
        extensions.append(formulas)
    return markdown.Markdown(extensions=[*extensions, citations, lists], output_format="html"), citations, formulas, lists


def _typographer(quotes: tuple[str, str]) -> markdown.extensions.Extension:
    """Python-Markdown's SmartyPants, as Hugo's and Jekyll's Markdown do it: "quotes" in the
    language's quotation marks (`quotes`), an apostrophe and 'single quotes' as ’ and ‘ ’, `--` an
    en dash, `---` an em dash, `...` an ellipsis (as characters, not SmartyPants' entities); code,
    math, addresses and attributes as typed. The single quotes stay English in every language:
    SmartyPants writes an apostrophe as the closing one, which in German would be ‘."""
    from markdown.extensions.smarty import SmartyExtension

    opening, closing = quotes
    characters = {"left-double-quote": opening, "right-double-quote": closing, "left-single-quote": "‘"}
    characters |= {"right-single-quote": "’", "ndash": "–", "mdash": "—", "ellipsis": "…"}
    return SmartyExtension(substitutions=characters)


def _code_formatter() -> type:
    """Pygments' HTML with the block's language kept on its `<code>` (`language-python`), as
    Python-Markdown writes it without Pygments: for readers' tools and the site's own CSS."""
    from pygments.formatters.html import HtmlFormatter

    class LanguageCodeFormatter(HtmlFormatter):
        def __init__(self, lang_str: str = "", **options):
            super().__init__(**options)
            self.lang_str = lang_str

        def _wrap_code(self, source):
            language = f' class="{self.lang_str}"' if self.lang_str else ""
            yield 0, f"<code{language}>"
            yield from source
            yield 0, "</code>"

    return LanguageCodeFormatter


def _scrollable(fragment: str) -> str:
    """Code blocks and tables that scroll sideways when wider than the screen (a long line of code
    on a phone would otherwise widen the page), each focusable, so a keyboard can scroll it (as
    Hugo's code blocks are): `<pre tabindex="0">`, a table in `<div class="scroll" tabindex="0">`."""
    if "<pre" not in fragment and "<table" not in fragment:
        return fragment
    fragment = _PRE.sub(r'<pre tabindex="0"\1', fragment)
    fragment = _TABLE_START.sub(r'<div class="scroll" tabindex="0">\g<0>', fragment)
    return _TABLE_END.sub("</table></div>", fragment)


def under_title(fragment: str, title: str | None, top: int = 2) -> tuple[str, str]:
    """A text's HTML as the body of a page whose title is its h1: a first `# heading` that is the
    title (`title`, or any when the page has none: it is the title then) left out, so it does not
    show twice, and the text's headings moved down so that the highest is at level `top` (`#
    Courses` an h2 under a page's title; a biography's `## Research` an h3 under the profile's
    Biography), so that a page has one h1 and its outline nests. Returns the HTML and the heading
    left out ("" for none). A text whose headings start at `top` or below is unchanged."""
    dropped = ""
    if (first := _FIRST_H1.match(fragment)) is not None:
        said = plain_text(first.group(1))
        if title is None or _same_words(said, title):
            dropped, fragment = said, fragment[first.end() :]
    levels = [int(level) for level in _LEVEL.findall(fragment)]
    if levels and (down := top - min(levels)) > 0:
        fragment = _HEADING.sub(lambda tag: f"<{tag.group(1)}h{min(int(tag.group(2)) + down, 6)}", fragment)
    return fragment, dropped


def apart_from(fragment: str, taken: frozenset[str]) -> str:
    """A text's ids that the page it is shown on gives its own parts too (a biography's `## News`
    and the profile's News section, both #news) made the text's own as Python-Markdown makes a
    second of one heading's (`news_1`), with the text's links to them: an id names one element of
    a page, or links and labels lead to the wrong one."""
    if 'id="' not in fragment or not any(f'id="{name}"' in fragment for name in taken):
        return fragment
    renamed: dict[str, str] = {}
    used = set(_ID.findall(fragment)) | taken

    def own(found: re.Match[str]) -> str:
        name = found.group(1)
        if name not in taken:
            return found.group(0)
        number = 1
        while f"{name}_{number}" in used:
            number += 1
        renamed[name] = f"{name}_{number}"
        used.add(renamed[name])
        return f'id="{renamed[name]}"'

    fragment = _ID_ATTRIBUTE.sub(own, fragment)
    if not renamed:
        return fragment
    return _FRAGMENT_LINK.sub(lambda link: f'href="#{renamed.get(link.group(1), link.group(1))}"', fragment)


_ID = re.compile(r'\bid="([^"]+)"')
_ID_ATTRIBUTE = re.compile(r'(?<=\s)id="([^"]+)"')
_FRAGMENT_LINK = re.compile(r'href="#([^"]+)"')


def _same_words(one: str, other: str) -> bool:
    return _NOT_WORD.sub("", one).casefold() == _NOT_WORD.sub("", other).casefold()


_FIRST_H1 = re.compile(r"\s*<h1\b[^>]*>(.*?)</h1>\s*", re.IGNORECASE | re.DOTALL)
_LEVEL = re.compile(r"<h([1-6])\b", re.IGNORECASE)
_HEADING = re.compile(r"<(/?)h([1-6])\b", re.IGNORECASE)
_NOT_WORD = re.compile(r"[\W_]+")


def _lazy_images(fragment: str) -> str:
    """Images that load when they are about to be seen (`loading="lazy"`), not all with the page: a
    news page or a project page with many pictures opens as fast as one without."""
    return _IMG.sub(r'<img loading="lazy"\1', fragment) if "<img" in fragment else fragment


_IMG = re.compile(r"<img(?![^>]*\bloading=)(\s)", re.IGNORECASE)
_PRE = re.compile(r"<pre(?![^>]*\btabindex=)([\s>])", re.IGNORECASE)
_TABLE_START = re.compile(r"<table\b[^>]*>", re.IGNORECASE)
_TABLE_END = re.compile(r"</table\s*>", re.IGNORECASE)


def _site_link(paths: SitePaths, page: str, relative: list[str], tag: str, attribute: str, value: str) -> str | None:
    """A link or source of a text's HTML: a frame only of the site's own, a path of the site where
    the site is served, and every address one a page may hold (`[paper](my paper.pdf)`: `my%20paper.pdf`)."""
    if tag == "iframe" and attribute == "src" and not is_site_frame(value):
        return None  # a frame shows a PDF or a page of the site, nothing else (embeds.py left the others out)
    if attribute not in ("href", "src") or not value or value.startswith(("#", "?")):
        return value
    return web_address(_site_address(paths, page, relative, value))


def _site_address(paths: SitePaths, page: str, relative: list[str], value: str) -> str:
    if value.startswith("//") or _SCHEME.match(value):
        return value
    if value.startswith("/"):
        return paths.url(value)
    relative.append(html.unescape(value))
    if not page:
        return value
    resolved = urljoin(paths.root + page, value)  # then the language's folder for a page, the root for a file
    return paths.url(resolved[len(paths.root) :]) if resolved.startswith(paths.root) else resolved


_SPACE = re.compile(r"\s+")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:")
_URL_ATTRIBUTE = re.compile(r"""\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)


def unsafe_links(fragment: str) -> list[str]:
    """The href and src values of an HTML fragment the cleaning drops, so the author hears of
    them: of a scheme it does not let through (`javascript:`), or no address at all (a bracket
    in the host, `https://arx]iv.org/`); the cleaning itself does not depend on this."""
    found = []
    for match in _URL_ATTRIBUTE.finditer(fragment):
        value = html.unescape(next(group for group in match.groups() if group is not None)).strip()
        if (scheme := _SCHEME.match(value)) and (scheme.group()[:-1].lower() not in _URL_SCHEMES or not is_readable_url(value)):
            found.append(value)
    return found


def nested_lists(text: str) -> str:
    """Lists nested as CommonMark, kramdown and Hugo's goldmark nest them (a child item indented to
    its parent's text, often two spaces) indented as Python-Markdown nests them, four spaces a
    level; the text of an item and code in it move with it, fenced code is left as it is, and
    a text nested Python-Markdown's way is returned as it is."""
    if not _NESTED_ITEM.search(text):
        return text
    lines, out, stack, fence = text.split("\n"), [], [], ""
    for line in lines:
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if fence or stripped.startswith(("```", "~~~")):
            if not fence:
                fence = stripped[:3]
            elif stripped.startswith(fence):
                fence = ""
            out.append(line)
            continue
        item = _LIST_ITEM.match(line)
        if item and (stack or indent < 4):
            while stack and indent < stack[-1][1]:
                sibling = indent >= stack[-1][0]
                stack.pop()
                if sibling:
                    break
            out.append(" " * (4 * len(stack)) + stripped)
            stack.append((indent, indent + len(item.group(1))))
        elif stack and stripped and indent >= stack[-1][1]:  # the item's text or code, further in
            out.append(" " * (4 * len(stack) + indent - stack[-1][1]) + stripped)
        else:
            if stripped and indent < (stack[-1][1] if stack else 0) and (not out or not out[-1].strip()):
                stack = []  # text at the margin after a blank line: the list is over
            out.append(line)
    return "\n".join(out)


_LIST_ITEM = re.compile(r"^ *((?:[-*+]|\d{1,9}[.)])[ \t]+)\S")
# an item indented one to three spaces below another: nesting Python-Markdown would not see
_NESTED_ITEM = re.compile(
    r"^ *(?:[-*+]|\d{1,9}[.)])[ \t]+\S[^\n]*\n(?:[^\S\n]*\S[^\n]*\n)*? {1,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S", re.MULTILINE
)


def first_words(text: str, limit: int = 80) -> str:
    """A text's first words, as a news item without a title is named (its page, feeds, search)."""
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def plain_text(fragment: str) -> str:
    """The text of an HTML fragment, without tags, entities decoded, on one line (for feeds and meta tags)."""
    return _SPACE.sub(" ", html.unescape(nh3.clean(LIST_MARKER.sub("", fragment), tags=set()))).strip()
