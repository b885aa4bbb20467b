"""An entry's abstract as paragraphs of HTML, from the LaTeX BibTeX holds or the markup publishers put in.

Abstracts are the one field that runs to several paragraphs: a blank line or `\\par` in the LaTeX
starts a new one. Publishers' exports (Frontiers' `<p>...<italic>`, Crossref's JATS `<jats:p>`,
`<jats:sec><jats:title>Methods</jats:title>` of a structured abstract, as Zotero and DOI tools
pass them on) hold XML, not LaTeX: its `%` is a percent sign, its `&amp;` an ampersand. Shown as
LaTeX, the tags were printed as text; read as markup, they become the paragraphs, italics, sub- and
superscripts and links they mean, and everything else in them is text (escaped).
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser

from sitegen.latex import Convert, Converted, curl_quotes, holds_typed_quotes
from sitegen.markup import MATHML_ATTRIBUTES, MATHML_TAGS
from sitegen.urls import is_safe_url, linked_addresses

# An abstract's HTML goes inside one `<p>` (the templates' `<div class="abstract"><p>`); where a new
# paragraph starts it closes that one and opens the next
PARAGRAPH_BREAK = "</p><p>"
# and a list closes it before, and opens the next after (an empty one where it ends the abstract)
_LIST_BEFORE, _LIST_AFTER = "</p><", "><p>"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n\s*|\\par(?![a-zA-Z])\s*")
_MARKUP_NAMES = r"(?:jats:)?(?:p|italic|bold|sup|sub|monospace|ext-link|sc|scp|title|sec|i|b|em|strong|mml:math)"
# an element opened and closed: `x <i` or `a<b` in LaTeX is not enough to read a value as markup
_MARKUP = re.compile(rf"<({_MARKUP_NAMES})(?:\s[^<>]*)?>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_SPACES = re.compile(r"\s+")


# the copyright line Scopus (and some publishers) end an abstract with: "© 2021 Elsevier B.V. All
# rights reserved.", "© The Author(s) 2025.", "Copyright (c) 2020 IEEE": the record's, not the text's
_COPYRIGHT = re.compile(
    r"(?:^|(?<=[.!?>]))\s*(?:Copyright\s*)?"
    r"(?:©|&copy;|\\textcopyright(?:\{\})?|\\copyright(?:\{\})?|\(c\)(?=\s*\d{4}))"
    r"[^©\n<]{0,300}?\s*(?=(?:</[a-z:]+>\s*)*$)",
    re.IGNORECASE,
)


def without_copyright(value: str) -> str:
    """The abstract without the copyright line a database ends it with."""
    if "©" not in value and "opyright" not in value and "(c)" not in value and "(C)" not in value:
        return value
    return _COPYRIGHT.sub("", value.rstrip()) or value


# the declarations bioRxiv and medRxiv append to an abstract in their BibTeX, each heading glued to
# what it says ("...sensitivity.Competing Interest StatementThe authors have declared no competing
# interest.", then "Funding Statement", "Author Declarations" ... on medRxiv): the server's form, not the text
_DECLARATIONS = re.compile(
    r"(?<=[.!?)\]])\s*(?:Competing Interest Statement|Clinical Trial|Clinical Protocols|Funding Statement"
    r"|Author Declarations|Data Availability|Paper in collection)(?=[A-Z])"
)


def without_declarations(value: str) -> str:
    """The abstract without the declarations a preprint server appends to it (`_DECLARATIONS`)."""
    if "Statement" not in value and "Declarations" not in value and "Availability" not in value:
        return value
    found = _DECLARATIONS.search(value)
    return value[: found.start()] if found and found.start() > 0 else value


@dataclass(frozen=True)
class ItemList:
    """A list in an abstract's LaTeX (`itemize`, `enumerate`, `description`): each item's label
    (`\\item[Aim]`, else empty) and text, as LaTeX."""

    ordered: bool
    items: tuple[tuple[str, str], ...]

    def latex(self) -> Iterator[str]:
        """Every piece of LaTeX to convert: the labels and the texts."""
        for label, text in self.items:
            if label:
                yield label
            yield text


Block = str | ItemList  # an abstract's paragraph (its LaTeX) or list


def paragraphs(latex: str) -> list[Block]:
    """The LaTeX of each paragraph: split where a blank line or `\\par` stands outside any braces,
    and where a structured abstract's next section starts ("RATIONALE: ... METHODS: ...", as
    PubMed and EndNote write them), its label in bold ("**Methods.**"), as PubMed shows it; a
    list stands between paragraphs."""
    if "\n" not in latex and "\\par" not in latex:  # values come with white space collapsed but for blank lines
        pieces = [latex]
    else:
        pieces, start = [], 0
        for found in _PARAGRAPH_BREAK.finditer(latex):
            if _depth(latex, start, found.start()) == 0:
                pieces.append(latex[start : found.start()])
                start = found.end()
        pieces.append(latex[start:])
    blocks = [block for piece in pieces for block in _with_lists(piece)] if "\\begin" in latex else pieces
    return [section for block in blocks for section in _sections_of(block)]


def _sections_of(block: Block) -> list[Block]:
    """A paragraph as its sections (`_sections`), none when it is blank; a list as it is."""
    if not isinstance(block, str):
        return [block]
    if not block.strip():
        return []
    return _sections(block) if ":" in block else [block]


_LIST_START = re.compile(r"\\begin\s*\{(itemize|enumerate|description)\}")
_LIST_MARK = re.compile(r"\\(begin|end)\s*\{(?:itemize|enumerate|description)\}|\\item(?![A-Za-z])\s*")


def _with_lists(paragraph: str) -> list[Block]:
    """The paragraph, its lists (outside braces) taken out between the text before and after; a
    list inside an item stays in its text (it runs on, each item after a bullet)."""
    blocks: list[Block] = []
    start = 0
    for found in _LIST_START.finditer(paragraph):
        if found.start() < start or _depth(paragraph, start, found.start()) != 0:
            continue  # inside the last list, or in braces
        items, end = _list_items(paragraph, found.end())
        blocks += [paragraph[start : found.start()], ItemList(found.group(1) == "enumerate", items)]
        start = end
    return [*blocks, paragraph[start:]] if blocks else [paragraph]


def _list_items(latex: str, position: int) -> tuple[tuple[tuple[str, str], ...], int]:
    """The items of the list whose content starts at `position`, and where it ends (its `\\end`,
    or the end of the text)."""
    items: list[tuple[str, str]] = []
    depth, item_start, label = 0, None, ""
    braces, counted = 0, position  # how deep in braces the text is up to `counted`
    for mark in _LIST_MARK.finditer(latex, position):
        braces, counted = braces + _depth(latex, counted, mark.start()), mark.start()
        if braces != 0:
            continue
        kind = mark.group(1)
        if kind == "begin":
            depth += 1
        elif kind == "end" and depth:
            depth -= 1
        elif depth == 0:  # this list's own item, or its end
            if item_start is not None:
                items.append((label, latex[item_start : mark.start()].strip()))
            if kind == "end":
                return tuple(items), mark.end()
            label, item_start = _item_label(latex, mark.end())
    if item_start is not None:
        items.append((label, latex[item_start:].strip()))
    return tuple(items), len(latex)


def _item_label(latex: str, position: int) -> tuple[str, int]:
    """A description item's `[label]` at `position` and where its text starts."""
    if not latex.startswith("[", position):
        return "", position
    end = latex.find("]", position)
    return (latex[position + 1 : end].strip(), end + 1) if end > 0 else ("", position)


def item_list(block: ItemList, convert: Callable[[str], Converted]) -> Converted:
    """The list as HTML that stands between paragraphs (see `PARAGRAPH_BREAK`); its text runs on."""
    tag = "ol" if block.ordered else "ul"
    html, text, parts = [], [], []
    for label, item in block.items:
        converted = convert(item)
        shown = convert(label) if label else None
        parts += [converted, shown] if shown else [converted]
        html.append(f"<li><strong>{shown.html}</strong> {converted.html}</li>" if shown else f"<li>{converted.html}</li>")
        text.append(f"{shown.text} {converted.text}" if shown else converted.text)
    return Converted(
        f"</p><{tag}>{''.join(html)}</{tag}><p>",
        " ".join(text),
        tuple(name for part in parts for name in part.unknown),
        tuple(url for part in parts for url in part.unsafe_links),
    )


# a structured abstract's section label: capitals, at the start or after a sentence ("METHODS: ...")
_LABEL = re.compile(r"(?:^|(?<=[.?!)]\s))\s*([A-Z][A-Z]{2,}(?:[ /&,-]+[A-Z]{2,})*)\s?:\s+")


def _sections(paragraph: str) -> list[str]:
    """A paragraph of two or more labelled sections, the first at its start, as one paragraph each."""
    labels = list(_LABEL.finditer(paragraph))
    if len(labels) < 2 or labels[0].start() != 0:
        return [paragraph]
    ends = [label.start() for label in labels[1:]] + [len(paragraph)]
    return [
        f"\\textbf{{{label.group(1).capitalize()}.}} {paragraph[label.end() : end].strip()}"
        for label, end in zip(labels, ends, strict=True)
    ]


def _depth(text: str, start: int, end: int) -> int:
    depth, escaped = 0, False
    for char in text[start:end]:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
    return depth


def with_links(converted: Converted) -> Converted:
    """The abstract with each web address written out in its text a link (not one inside a link
    or a formula already); the same object when it has none."""
    if "://" not in converted.html:
        return converted
    pieces, depth = [], 0
    for piece in _TAG_OR_TEXT.findall(converted.html):
        if piece.startswith("<"):
            name = _TAG_NAME.match(piece)
            if name and name.group(2) in ("a", "math"):
                depth += -1 if name.group(1) else 1
            pieces.append(piece)
        else:
            pieces.append(_linked_text(piece) if depth == 0 else piece)
    html_text = "".join(pieces)
    return (
        converted
        if html_text == converted.html
        else Converted(html_text, converted.text, converted.unknown, converted.unsafe_links)
    )


def _linked_text(text: str) -> str:
    """Escaped text with its addresses linked, and a link written as Markdown in it (al-folio's
    users write `[github.com/x/y](https://github.com/x/y)` into abstracts) made the link it means."""
    parts = _MARKDOWN_LINK.split(text)  # text, label, address, text, ...
    linked = [linked_addresses(part) for part in parts[::3]]
    for index, (label, address) in enumerate(zip(parts[1::3], parts[2::3], strict=True)):
        linked[index] += f'<a href="{address}">{label}</a>'
    return "".join(linked)


# `[label](https://...)` in escaped text: a label without brackets or markup, a web address
_MARKDOWN_LINK = re.compile(r"\[([^\[\]<>]+)\]\((https?://[^\s()<>\"]+)\)")
_TAG_OR_TEXT = re.compile(r"<[^>]*>|[^<]+")
_TAG_NAME = re.compile(r"<(/?)([a-zA-Z]+)")


def is_markup(value: str) -> bool:
    """Whether an abstract holds a publisher's XML or HTML rather than LaTeX."""
    return "<" in value and _MARKUP.search(value) is not None


def joined(parts: Sequence[Converted]) -> Converted:
    """Converted paragraphs and lists (`item_list`) as one abstract, in the form `PARAGRAPH_BREAK`
    describes; the text runs on."""
    if len(parts) == 1:  # nearly every abstract: as converted, not copied (10,000 abstracts: 20 MB)
        return parts[0]
    html: list[str] = []
    for part in parts:
        if not part.html.strip():
            continue
        if html and not part.html.startswith(_LIST_BEFORE) and not html[-1].endswith(_LIST_AFTER):
            html.append(PARAGRAPH_BREAK)
        html.append(part.html)
    return Converted(
        "".join(html),
        " ".join(part.text for part in parts if part.text.strip()),
        tuple(name for part in parts for name in part.unknown),
        tuple(url for part in parts for url in part.unsafe_links),
    )


def from_markup(value: str, latex: Convert, latex_text: bool = False) -> Converted:
    """A publisher's abstract markup as paragraphs; `latex` converts the TeX of its formulas, and
    of its text too with `latex_text` (Zotero's export: `({ESCs})` and `\\textit{Nanog}` among the HTML)."""
    if latex_text:
        value = _without_braces_around_tags(value)
    around = dict(zip(*_between_tags(value, list(_ANY_TAG.finditer(value))), strict=True)) if holds_typed_quotes(value) else {}
    reader = _MarkupReader(latex, around, latex_text)
    reader.feed(value)
    reader.close()
    return reader.result()


def _without_braces_around_tags(value: str) -> str:
    """The value without the brace groups that hold markup (`The {<i>E. coli</i>} genome`, a
    title's case kept whole: `{{The <i>E. coli</i> genome}}`): the text between tags is converted
    piece by piece, where such a brace would be one alone. Escaped braces are text; a brace
    without its pair stays."""
    opened: list[int] = []
    dropped: set[int] = set()
    for found in _BRACE_OR_ESCAPE.finditer(value):
        if found.group() == "{":
            opened.append(found.start())
        elif found.group() == "}" and opened and "<" in value[(start := opened.pop()) : found.start()]:
            dropped.update((start, found.start()))
    return "".join(char for at, char in enumerate(value) if at not in dropped) if dropped else value


_BRACE_OR_ESCAPE = re.compile(r"\\.|[{}]", re.DOTALL)  # `\{`, `\}`: the characters themselves


def from_inline_markup(value: str, latex: Convert, latex_text: bool = False) -> Converted:
    """A title as Crossref gives it (`Growth of <i>E. coli</i> under CO<sub>2</sub>`, Wiley's
    `<scp>`, MathML), which doi.org's BibTeX and `sitegen add` carry: its italics, sub- and
    superscripts and formulas, on one line."""
    converted = from_markup(value, latex, latex_text)
    if PARAGRAPH_BREAK not in converted.html:
        return converted
    return Converted(converted.html.replace(PARAGRAPH_BREAK, " "), converted.text, converted.unknown, converted.unsafe_links)


# markup names -> the element shown; anything not named here is left out, its text kept
_INLINE = {
    "italic": "i",
    "i": "i",
    "em": "i",
    "bold": "b",
    "b": "b",
    "strong": "b",
    "sup": "sup",
    "sub": "sub",
    "monospace": "code",
    "tt": "code",
    "code": "code",
}
_HEADINGS = frozenset({"title", "h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = frozenset({"p", "sec", "list-item", "li", "div", "list", "ul", "ol", "disp-quote", "abstract"})
_LINKS = frozenset({"ext-link", "uri", "a"})
_REDUNDANT_TITLES = frozenset({"abstract", "summary"})


class _MarkupReader(HTMLParser):
    """Collects paragraphs from JATS or HTML; a `title` is run into its paragraph ("Methods. ...")."""

    def __init__(self, latex: Convert, around: dict[str, tuple[str, str]], latex_text: bool = False):
        super().__init__(convert_charrefs=True)
        self._latex = latex
        self._latex_text = latex_text
        self._around = around  # the text around each piece between tags (`_between_tags`)
        self._paragraphs: list[tuple[str, str]] = []
        self._html: list[str] = []
        self._text: list[str] = []
        # inline elements and links open now, innermost last, each with its start tag ("" for a link
        # left out as unsafe): closed at a paragraph's end, and around one closed out of order
        self._open: list[tuple[str, str]] = []
        self._title: list[str] | None = None  # a title's text while inside it
        self._pending_title = ""
        self._formula: dict[str, list[str]] | None = None  # tex-math and other text of an inline-formula
        self._in_tex = False
        self._unsafe: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        name = tag.lower().removeprefix("jats:")
        mathml = name.removeprefix("mml:")
        if self._formula is None and mathml == "math":  # MathML outside a JATS formula: one of its own
            self._formula = {"tex": [], "text": [], "mathml": [], "bare": []}
        if self._formula is not None and mathml in MATHML_TAGS:
            kept = "".join(
                f' {key}="{html.escape(value or "")}"' for key, value in attrs if key in MATHML_ATTRIBUTES and key != "xmlns"
            )
            self._formula["mathml"].append(f"<{mathml}{kept}>")
        elif name == "inline-formula" or name == "disp-formula":
            self._formula = {"tex": [], "text": [], "mathml": []}
        elif name == "tex-math":
            self._in_tex = True
        elif name in _HEADINGS:  # JATS's section title, or an HTML heading ("<h2>Summary</h2>")
            self._title = []
        elif name in _BLOCKS:
            self._end_paragraph()
        elif name == "br":
            self._add(" ", " ")
        elif name in _INLINE:
            self._html.append(f"<{_INLINE[name]}>")
            self._open.append((_INLINE[name], f"<{_INLINE[name]}>"))
        elif name in _LINKS:
            self._start_link(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        name = tag.lower().removeprefix("jats:")
        mathml = name.removeprefix("mml:")
        if self._formula is not None and mathml in MATHML_TAGS:
            self._formula["mathml"].append(f"</{mathml}>")
            if mathml == "math" and "bare" in self._formula:
                formula, self._formula = self._formula, None
                self._add_formula(formula)
        elif name in ("inline-formula", "disp-formula") and self._formula is not None:
            formula, self._formula = self._formula, None
            self._add_formula(formula)
        elif name == "tex-math":
            self._in_tex = False
        elif name in _HEADINGS and self._title is not None:
            title = _SPACES.sub(" ", "".join(self._title)).strip()
            self._title = None
            self._end_paragraph()
            if title.casefold() not in _REDUNDANT_TITLES:
                self._pending_title = title
        elif name in _BLOCKS:
            self._end_paragraph()
        elif name in _INLINE:
            self._close(_INLINE[name])
        elif name in _LINKS:
            self._close("a")

    def handle_data(self, data: str) -> None:
        if self._formula is not None:
            self._formula["tex" if self._in_tex else "text"].append(data)
            if not self._in_tex:
                self._formula["mathml"].append(html.escape(data, quote=False))
        elif self._title is not None:
            self._title.append(data)
        elif self._latex_text:  # Zotero's: LaTeX between the tags
            piece = _piece(data, self._latex, *self._around.get(data, ("", "")))
            self._add(piece.html, piece.text)
        else:  # its typed quotation marks curled, as LaTeX's are
            data = curl_quotes(data, *self._around.get(data, ("", "")))
            self._add(html.escape(data, quote=False), data)

    def result(self) -> Converted:
        self._end_paragraph()
        return Converted(
            PARAGRAPH_BREAK.join(markup for markup, _ in self._paragraphs),
            " ".join(text for _, text in self._paragraphs),
            (),
            tuple(self._unsafe),
        )

    def _add(self, markup: str, text: str) -> None:
        if self._pending_title and text.strip():
            title, self._pending_title = self._pending_title, ""
            ending = "" if title[-1] in ".:?!" else "."
            self._html.insert(0, f"<b>{html.escape(title, quote=False)}{ending}</b> ")
            self._text.insert(0, f"{title}{ending} ")
        self._html.append(markup)
        self._text.append(text)

    def _add_formula(self, formula: dict[str, list[str]]) -> None:
        tex = "".join(formula["tex"]).strip()
        if tex:
            converted = self._latex(tex if tex.startswith(("$", "\\(", "\\[")) else f"${tex}$")
            self._add(converted.html, converted.text)
        else:
            text = _SPACES.sub("", "".join(formula["text"]))  # MathML's pieces, one per element
            mathml = "".join(formula["mathml"])
            shown = mathml if mathml.startswith("<math") and mathml.endswith("</math>") else html.escape(text, quote=False)
            self._add(shown, text)

    def _start_link(self, attrs: dict[str, str | None]) -> None:
        url = (attrs.get("xlink:href") or attrs.get("href") or "").strip()
        target = url if url and is_safe_url(url) else None
        if url and target is None:
            self._unsafe.append(url)
        start = f'<a href="{html.escape(target)}">' if target is not None else ""
        self._open.append(("a", start))
        self._html.append(start)

    def _close(self, element: str) -> None:
        """End the innermost open `element`; those opened inside it are ended before it and opened
        again after it (`<i>a <a>x</i> y</a>` is `<i>a <a>x</a></i><a> y</a>`), so tags always nest."""
        if not any(name == element for name, _ in self._open):
            return
        inside = []
        while True:
            name, start = self._open.pop()
            if start:
                self._html.append(f"</{name}>")
            if name == element:
                break
            inside.append((name, start))
        for name, start in reversed(inside):
            self._html.append(start)
            self._open.append((name, start))

    def _end_paragraph(self) -> None:
        """Close what is open and keep the paragraph, if it holds any text."""
        while self._open:
            name, start = self._open.pop()
            if start:
                self._html.append(f"</{name}>")
        markup = _SPACES.sub(" ", "".join(self._html)).strip()
        text = _SPACES.sub(" ", "".join(self._text)).strip()
        if text:
            self._paragraphs.append((markup, text))
        self._html, self._text = [], []


def writes_latex(value: str) -> bool:
    """Whether the text among a title's or abstract's markup is LaTeX too: doi.org's BibTeX
    escapes Crossref's `&` as `{\\&}` beside its `<i>`, and a .bib's author keeps a word's case
    with braces (`{CO}<sub>2</sub>`); a publisher's XML as it is has neither, and its `$5` and
    `~50` are a price and "about 50". A formula's TeX (`<tex-math>`) is not the text's."""
    return _LATEX_AMONG_TAGS.search(_FORMULAS.sub("", value)) is not None


# a LaTeX command or a braced word; `{1, 2}` in an XML abstract's text is a set, not LaTeX
_LATEX_AMONG_TAGS = re.compile(r"\\[A-Za-z&%$#_{}'\"`^~=.]|\{[A-Za-z\\]")
_FORMULAS = re.compile(r"<((?:\w+:)?(?:tex-math|inline-formula|disp-formula))\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def has_inline_html(value: str) -> bool:
    """Whether a field written in LaTeX holds HTML elements a site put in (`<b>`, `<sup>`, `<a href>`)."""
    return "<" in value and _FIELD_TAG.search(value) is not None


def from_latex_with_html(value: str, latex: Convert) -> Converted:
    """A field written in LaTeX with HTML among it, as al-folio's sites write them (`award = {Top
    0.5\\% of <b>submissions</b>}`, `note = {<sup>†</sup><em>Equal contribution</em>}`, `<a
    href=...>`): each piece's LaTeX converted, the inline elements a title may hold kept, a link
    when its address is safe, `<br>` a space; any other tag is left out, its text kept (a script's
    or style's too)."""
    value = _SCRIPT_OR_STYLE.sub("", value)
    parts: list[Converted] = []
    markup: list[str] = []
    text: list[str] = []
    open_elements: list[str] = []
    tags = list(_ANY_TAG.finditer(value))
    pieces, around = _between_tags(value, tags)
    for piece, edges, tag in zip(pieces, around, tags, strict=False):  # the last piece follows the last tag
        parts.append(_piece(piece, latex, *edges))
        markup.append(parts[-1].html)
        text.append(parts[-1].text)
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        element = "a" if name == "a" else _INLINE.get(name)
        if name == "br":
            markup.append(" ")
            text.append(" ")
        elif element and not closing:
            start = _safe_link(tag.group(3), parts) if element == "a" else f"<{element}>"
            if start:
                markup.append(start)
                open_elements.append(element)
        elif element and element in open_elements:
            while open_elements:  # what opened inside it ends with it
                markup.append(f"</{open_elements[-1]}>")
                if open_elements.pop() == element:
                    break
    parts.append(_piece(pieces[-1], latex, *around[-1]))
    markup += [parts[-1].html, *(f"</{element}>" for element in reversed(open_elements))]
    text.append(parts[-1].text)
    return Converted(
        _SPACES.sub(" ", "".join(markup)).strip(),
        _SPACES.sub(" ", "".join(text)).strip(),
        tuple(name for part in parts for name in part.unknown),
        tuple(url for part in parts for url in part.unsafe_links),
    )


def _between_tags(value: str, tags: list[re.Match[str]]) -> tuple[list[str], list[tuple[str, str]]]:
    """The text between `value`'s `tags` (one piece more than tags), and the characters around
    each piece when the tags are passed over, which say whether a quotation mark at its edge opens
    or closes (`"<i>E. coli</i>"`)."""
    pieces, end = [], 0
    for tag in tags:
        pieces.append(value[end : tag.start()])
        end = tag.end()
    pieces.append(value[end:])
    befores = list(itertools.accumulate(pieces, lambda last, piece: piece[-1:] or last, initial=""))
    afters = list(itertools.accumulate(reversed(pieces), lambda first, piece: piece[:1] or first, initial=""))
    return pieces, list(zip(befores[:-1], reversed(afters[:-1]), strict=True))


def _piece(latex_text: str, latex: Convert, before: str = "", after: str = "") -> Converted:
    """A piece of LaTeX between tags, converted, with the space at its ends kept (one); `before`
    and `after` are the characters around it."""
    if not latex_text.strip():
        return Converted(" " if latex_text else "", " " if latex_text else "")
    converted = latex(latex_text, before=before, after=after)
    before = " " if latex_text[0].isspace() else ""
    after = " " if latex_text[-1].isspace() else ""
    return Converted(before + converted.html + after, before + converted.text + after, converted.unknown, converted.unsafe_links)


def _safe_link(attributes: str, parts: list[Converted]) -> str:
    """`<a href="...">`'s start tag when its address is a web or mail address or a path of the site,
    else "" (an address of an unsafe scheme is noted)."""
    found = re.search(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", attributes, re.IGNORECASE)
    url = html.unescape(next((group for group in found.groups() if group is not None), "")).strip() if found else ""
    if url and not is_safe_url(url):
        parts.append(Converted("", "", (), (url,)))
    elif url and _LINKABLE.match(url):
        return f'<a href="{html.escape(url)}">'
    return ""


_LINKABLE = re.compile(r"(?:https?://|mailto:|/(?!/))[^\s\x00-\x1f]*$", re.IGNORECASE)
_FIELD_TAGS = r"b|strong|i|em|sup|sub|code|tt|a|br|u|span|font|small"
_FIELD_TAG = re.compile(rf"</?(?:{_FIELD_TAGS})\b[^<>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b([^<>]*)>")
_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def inline_markdown_as_html(value: str) -> str:
    """Markdown's links and emphasis in a field al-folio renders as Markdown (`additional_info =
    {. *More Information* can be [found here](https://...)}`, as its sample has it) as the HTML
    `from_latex_with_html` reads; a value with math (`$`) is left as it is, its `*` and `_` TeX's."""
    if "$" in value or not _MARKDOWN_MARK.search(value):
        return value
    value = _MARKDOWN_LINK.sub(lambda link: f'<a href="{html.escape(link.group(2))}">{link.group(1)}</a>', value)
    value = _MARKDOWN_STRONG.sub(r"<b>\1</b>", value)
    return _MARKDOWN_EMPHASIS.sub(r"<i>\1</i>", value)


_MARKDOWN_MARK = re.compile(r"\]\(|\*")
_MARKDOWN_LINK = re.compile(r"\[([^\[\]]+)\]\((\S+?)\)")
_MARKDOWN_STRONG = re.compile(r"\*\*(\S(?:[^*]*?\S)?)\*\*")
_MARKDOWN_EMPHASIS = re.compile(r"(?<![\w*])\*(\S(?:[^*]*?\S)?)\*(?![\w*])")


def zotero_markup(value: str) -> str:
    """A field with the HTML Zotero writes as LaTeX's `{\\textless}` and `{\\textgreater}` (a
    publisher's `<i>`, `<sub>`, `<p>` and `<h2>Summary</h2>` in a title or abstract) as that HTML;
    a value whose less-than signs make no markup is kept as it is."""
    if "textless" not in value:
        return value
    html_text = _TEXTGREATER.sub(">", _TEXTLESS.sub("<", value))
    return html_text if is_markup(html_text) or has_inline_html(html_text) else value


_TEXTLESS = re.compile(r"\{\\textless\}|\\textless(?:\{\}|\s*)")
_TEXTGREATER = re.compile(r"\{\\textgreater\}|\\textgreater(?:\{\}|\s*)")
