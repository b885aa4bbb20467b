"""LaTeX in BibTeX fields -> safe HTML and plain text.

Why our own converter: pylatexenc's latex2text costs about 20 ms per entry (195 s for 10,000
entries, measured on this machine) and fails whole entries on `\\href`. What BibTeX fields hold is a
small LaTeX dialect: accents, a few formatting macros, inline math with symbols, links. This module
converts exactly that, in one left-to-right pass with an explicit stack (no recursion, so braces
nested 10,000 deep cost nothing special), and each distinct string is converted once per build.

Rules: what cannot be converted stays readable TeX, never dropped and never an exception; an unknown
macro keeps its argument text and is listed in `Converted.unknown` so the caller can report it once;
so is a cross-reference (`\\ref`), which is shown as LaTeX shows a label it cannot resolve.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape, unescape
from html.entities import html5
from typing import Protocol

from sitegen import latex_science as science
from sitegen.latex_symbols import (
    ACCENTS,
    BIBSTRINGS,
    BUILTIN_MACROS,
    BUILTIN_MACROS_WITH_ARGUMENTS,
    CITATIONS,
    CONTROL_SYMBOLS,
    CROSS_REFERENCES,
    DISCARD_ARGUMENTS,
    MATH_ALPHABETS,
    SUBSCRIPTS,
    SUPERSCRIPTS,
    SWITCHES,
    SYMBOLS,
    WRAPPERS,
)
from sitegen.urls import from_ctan, is_safe_url, web_address, with_tildes


@dataclass(frozen=True, slots=True)
class Converted:
    """One field converted: HTML for pages, plain text for CSL-JSON, meta tags and sorting."""

    html: str
    text: str
    unknown: tuple[str, ...] = ()
    unsafe_links: tuple[str, ...] = ()


# `[\\{}$~]|--|``|''|\s\s|[\t\n\r\f\v]`, written to start with one set of characters: the regex
# engine then skips to the next of them instead of trying every branch at every position (an
# abstract is searched in half the time).
_NEEDS_PARSING = re.compile(r"[\\{}$~\-`'\s](?:(?<=[\\{}$~\t\n\r\f\v])|(?<=-)-|(?<=`)`|(?<=')'|(?<=\s)\s)")
_TOKEN = re.compile(
    r"""(?P<plain>(?:[^\\{}$~\-`'^_]+|-(?!-)|'(?!')|`(?!`))+)
      | \\(?P<word>[A-Za-z]+)\*?
      | \\(?P<sym>[^A-Za-z])
      | (?P<dashes>-{2,3})
      | (?P<quotes>``|'')
      | (?P<char>.)""",
    re.VERBOSE | re.DOTALL,
)
_SPACES = re.compile(r"\s*")
_URL_ESCAPES = re.compile(r"\\([%_#&$~{}])(?:\{\})?")  # `\~{}` is a tilde
_LIGATURES = {"--": "–", "---": "—", "``": "“", "''": "”"}
# Typed quotes, curled as a typesetter does (and citeproc-js, and sitegen's Markdown): TeX's own rule
# is that ` opens and ' closes ("O'Brien" -> "O’Brien"); a ' or " that starts a word after a space or
# an opening bracket opens (exports from web pages hold "the 'hidden' curriculum"), and after a figure
# a ' is a prime, as in molecular biology's "5' UTR" and "3'-end" ("the 1990's" keeps its apostrophe).
# Inside a word, " is babel's German shorthand for an umlaut or ß ("Stadtb"ucherei", "Stra"se").
_PRIME = re.compile(r"(?<=\d)'(?!s\b)")
# not an elision: "'90s", a year's "CHI '25" (as ACM's exports name a conference), "'s" or "'t"
# after a word's tags or braces (`<i>E. coli</i>'s`), and the words that begin with one ("'Twas",
# "'em", "rock 'n' roll")
_OPENING = re.compile(
    r"""(?<![^\s(\[{“‘\-–—/~\u00a0])(['"])(?=[\w‘“(\[{\\])"""
    r"""(?!\d\ds?\b|(?<=')(?:s|t|d|m|ll|re|ve)\b|(?<=')(?i:tis|twas|twere|twould|twill|em|n)\b)"""
)
_OPENED = {"'": "‘", '"': "“"}
_IN_A_WORD = re.compile(r'(?<=[^\W\d_])"([^\W\d_])')
_GERMAN_SHORTHANDS = {"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü", "s": "ß"}
_CLOSING = str.maketrans({"'": "’", "`": "‘", '"': "”"})
_EMPTY_ACCENT = {"~": "~", "^": "^", "`": "`", "'": "'"}

_TOP, _GROUP, _MATH, _COMMAND = range(4)
_OPTIONAL = {"[": "]"}  # a command's optional arguments
# environments whose content is a formula (`\\begin{align*}` too)
_MATH_ENVIRONMENTS = frozenset(
    {"equation", "align", "alignat", "flalign", "gather", "multline", "eqnarray", "math", "displaymath"}
)
# in a formula, `'` is a prime ($f'(x)$, $x''$) and `&` an aligned formula's column mark
_IN_MATH = str.maketrans({"'": "′", "&": None})
_PRIMES = {"''": "″"}
_ROOTS = {"": "√", "2": "√", "3": "∛", "4": "∜"}
# a superscript that means a sign of its own: `25$^\\circ$C`, `$f^\\prime$`
_RAISED_SIGNS = {"∘": "°", "○": "°", "′": "′", "″": "″", "‴": "‴"}
# pifont's ticks, crosses and star (`\\ding{51}`), in comparison tables copied into abstracts
_DINGBATS = {"51": "✓", "52": "✔", "55": "✗", "56": "✘", "72": "★"}
_CLOSING_PUNCTUATION = frozenset(".,;:!?)]'")  # and the end: no space between an unknown macro and them
_MULTICITE = {"[": "]", "(": ")"}  # and biblatex's multicite commands' (pre)(post) notes

Fragment = tuple[str, str]
Macro = tuple[int, Fragment]  # a defined macro: its number of arguments, its body converted

# a defined macro's parameters (`#1`): converted as private-use characters, where its arguments go
_PARAMETER = re.compile(r"(?<!\\)#([1-9])")
_FIRST_PARAMETER = 0xE020

# a citation in an abstract, marked for cite.py (private-use characters: no text has them by chance)
CITATION_START, CITATION_PART, CITATION_END = "\ue010", "\ue011", "\ue012"
CITATION = re.compile("\ue010([^\ue010\ue012]*)\ue012")


def citation_marker(command: str, keys: str, prenote: str, postnote: str) -> str:
    """A citation as a marker: its command (citep, textcite ...), keys, and notes as text."""
    parts = (command, keys, prenote.strip(), postnote.strip())
    return CITATION_START + CITATION_PART.join(part.replace(CITATION_END, "") for part in parts) + CITATION_END


Apply = Callable[[list[Fragment]], Fragment]


class _Frame:
    """An open group, math span or command collecting its arguments."""

    __slots__ = ("apply", "args", "html", "kind", "math", "needed", "switches", "text")

    def __init__(self, kind: int, math: bool, needed: int = 0, apply: Apply | None = None):
        self.kind = kind
        self.math = math
        self.html: list[str] = []
        self.text: list[str] = []
        self.switches: list[tuple[int, str | None]] = []
        self.needed = needed
        self.args: list[Fragment] = []
        self.apply = apply

    def result(self) -> Fragment:
        """The frame's content, with `{\\em ...}`-style declarations applied to their spans."""
        html = self.html
        for start, tag in reversed(self.switches):
            if tag:
                html = [*html[:start], _wrap(tag, "".join(html[start:]))]
        return "".join(html), "".join(self.text)


def _wrap(tag: str, html: str) -> str:
    return f"<{tag}>{html}</{tag.split(' ', 1)[0]}>"


class LatexConverter:
    """Converts LaTeX strings, caching each distinct string; one instance per build."""

    def __init__(self, macros: Mapping[str, str] | None = None, preamble: Mapping[str, tuple[int, str]] | None = None):
        """`macros` are the site's (site.yml's `latex_macros`; `#1` in a body takes an argument),
        which win over any other; `preamble` those the .bib files define (preamble.py), used where
        sitegen knows no macro of the name: MathSciNet's `\\polhk` is TeX that cannot be followed
        here, sitegen's own an ogonek."""
        own = {name: macro for name, macro in (preamble or {}).items() if not _known(name)}
        own |= {name: (_arguments_of(body), body) for name, body in (macros or {}).items()}
        self.defined = repr(sorted(own.items()))  # what a field shows depends on them too
        definitions = {name: (0, body) for name, body in BUILTIN_MACROS.items()} | BUILTIN_MACROS_WITH_ARGUMENTS | own
        self._macros: dict[str, Macro] = {}
        for name, (count, body) in definitions.items():
            converted = self._convert(_PARAMETER.sub(_parameter_mark, body) if count else body)
            self._macros[name] = (count, (converted.html, converted.text))
        self._cache: dict[str | tuple[str, str, str], Converted] = {}

        self._cited: dict[str | tuple[str, str, str], Converted] = {}  # converted with their citations marked

    def convert(self, source: str, *, citations: bool = False, before: str = "", after: str = "") -> Converted:
        """Convert `source`; the same string is only ever converted once. With `citations`, each
        citation command leaves a marker (`citation_marker`) for cite.py to put the cited entry's
        name and year in once the bibliography is known; elsewhere a citation is left out.
        `before` and `after` are the characters around a piece of a longer text (the LaTeX between
        a field's HTML tags): a quotation mark at its edge opens or closes by them."""
        cache = self._cited if citations else self._cache
        key = (source, before, after) if before or after else source
        cached = cache.get(key)
        if cached is None:
            cached = cache[key] = self._convert(source, citations, before, after)
        return cached

    def convert_for_another(self, source: str, *, citations: bool = False) -> Converted:
        """`convert`, for another process that keeps the result (`remember`): not kept here too,
        since a title or an abstract hardly comes twice (the process parsing a big .bib would keep
        45 MB of them at 10,000 entries, each page of it new memory)."""
        cache = self._cited if citations else self._cache
        return cache.get(source) or self._convert(source, citations)

    def remember(self, converted: Mapping[str, Converted], *, citations: bool = False) -> None:
        """Take conversions made by another process (with the same macros) as if made here."""
        cache = self._cited if citations else self._cache
        for source, result in converted.items():
            cache.setdefault(source, result)

    def _convert(self, source: str, citations: bool = False, before: str = "", after: str = "") -> Converted:
        if "&" in source:
            source = _ENTITY.sub(_entity_as_latex, source)
        source = _with_quote_ligatures(source)
        found = _NEEDS_PARSING.search(source)
        if found is None:
            edges = (" " if source[:1].isspace() else before, " " if source[-1:].isspace() else after)
            return _plain(curl_quotes(source.strip(), *edges))
        return _shortcut(source, found.group(), before, after) or _Pass(source, self._macros, citations, before, after).run()


# the quotation marks T1's and T2A's fonts make of `<<`, `>>` and `,,`, as Russian and German
# .bib files write them (`publisher = {Л.: <<Химия>>}`, `,,Wort''`): only against a word, so a
# shift (`x << 2`, `a<<b`) and a typo's "Miami,,FL" stay as written; never in a formula
_QUOTE_LIGATURE = re.compile(r"(?<![\w<])<<(?=[^\s<])|(?<=[^\s>])>>(?![\w>])|(?<![^\s(\[{]),,(?=\w)")
_QUOTE_LIGATURES = {"<<": "«", ">>": "»", ",,": "„"}


def _with_quote_ligatures(source: str) -> str:
    if ("<<" in source or ">>" in source or ",," in source) and "$" not in source:
        return _QUOTE_LIGATURE.sub(lambda found: _QUOTE_LIGATURES[found.group()], source)
    return source


# an HTML character reference, as web pages' exports put in BibTeX (`GeoMx&reg;`, `&#8217;`); in
# LaTeX a bare & could not stand there, so it means what it does in HTML
_ENTITY = re.compile(r"(?<!\\)&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LATEX_SPECIAL = {char: "\\" + char for char in "&%$#_{}"} | {
    "\\": "\\textbackslash{}",
    "~": "\\textasciitilde{}",
    "^": "\\textasciicircum{}",
}


def _entity_as_latex(found: re.Match[str]) -> str:
    """The character a reference stands for, written so LaTeX shows it; an unknown name stays."""
    name = found.group(1)
    char = unescape(found.group()) if name.startswith("#") else html5.get(name + ";")
    if char is None:
        return found.group()
    return "".join(_LATEX_SPECIAL.get(c, c) for c in char)


class Convert(Protocol):
    """`LatexConverter.convert`, as the readers of fields with HTML among their LaTeX take it."""

    def __call__(self, source: str, *, citations: bool = False, before: str = "", after: str = "") -> Converted: ...


class _Pass:
    """One conversion of one string: the scanner state and the stack of open frames."""

    def __init__(self, source: str, macros: Mapping[str, Macro], citations: bool = False, before: str = "", after: str = ""):
        self.src = _with_quote_ligatures(source)  # done by `convert` already, but for a pass made directly
        self.around = (before, after)  # the characters around the source (see `LatexConverter.convert`)
        self.citations = citations  # mark citations (`citation_marker`) instead of leaving them out
        self.pos = 0
        self.macros = macros
        self.stack = [_Frame(_TOP, math=False)]
        self.unknown: list[str] = []
        self.unsafe: list[str] = []

    # -- driving loop -------------------------------------------------------------------------
    def run(self) -> Converted:
        src, end = self.src, len(self.src)
        while self.pos < end:
            top = self.stack[-1]
            if top.kind == _COMMAND:
                self._read_argument(top)
            else:
                self._read_token(_TOKEN.match(src, self.pos))
        while len(self.stack) > 1:
            self._close_frame()
        html, text = (_collapse(part) for part in self.stack[0].result())
        if html == text:  # nothing to escape or mark up: one string, not two (10,000 abstracts: 15 MB)
            html = text
        return Converted(html, text, tuple(dict.fromkeys(self.unknown)), tuple(self.unsafe))

    def _emit(self, html: str, text: str) -> None:
        """Append output to the innermost frame, completing commands whose arguments are full."""
        while True:
            top = self.stack[-1]
            if top.kind != _COMMAND:
                top.html.append(html)
                top.text.append(text)
                return
            top.args.append((html, text))
            if len(top.args) < top.needed:
                return
            self.stack.pop()
            html, text = top.apply(top.args)

    def _emit_text(self, text: str) -> None:
        self._emit(escape(text, quote=False), text)

    def _push(self, kind: int, needed: int = 0, apply: Apply | None = None, math: bool | None = None) -> None:
        in_math = self.stack[-1].math if math is None else math
        self.stack.append(_Frame(kind, in_math, needed, apply))

    def _close_frame(self) -> None:
        frame = self.stack.pop()
        if frame.kind == _COMMAND:
            missing = frame.needed - len(frame.args)
            html, text = frame.apply(frame.args + [("", "")] * missing)
        else:
            html, text = frame.result()
        self._emit(html, text)

    # -- tokens -------------------------------------------------------------------------------
    def _read_token(self, match: re.Match[str]) -> None:
        self.pos = match.end()
        kind = match.lastgroup
        value = match.group(kind)
        if kind == "plain":
            if self.stack[-1].math:
                value = value.translate(_IN_MATH)
            elif "'" in value or '"' in value or "`" in value:  # `holds_typed_quotes`, inline: the hot loop
                start, end = match.span()
                before = self.src[start - 1] if start else self.around[0]
                value = curl_quotes(value, before, self.src[end : end + 1] if end < len(self.src) else self.around[1])
            self._emit_text(value)
        elif kind == "word":
            if not self.stack[-1].math:
                self._skip_spaces()  # as TeX does; in math, spacing is kept for readability
            self._control_word(value)
        elif kind == "sym":
            self._control_symbol(value)
        elif kind in ("dashes", "quotes"):
            self._emit_text(_PRIMES.get(value, value) if self.stack[-1].math else _LIGATURES[value])
        else:
            self._special_char(value)

    def _special_char(self, char: str) -> None:
        top = self.stack[-1]
        if char == "{":
            self._push(_GROUP)
        elif char == "}":
            if top.kind == _GROUP:
                self._close_frame()
            else:
                self._emit_text("}")
        elif char == "$":
            self._dollar(top)
        elif char == "~":
            self._emit("\u00a0", "\u00a0")
        elif char in "^_" and top.math:
            tag = "sup" if char == "^" else "sub"
            table = SUPERSCRIPTS if char == "^" else SUBSCRIPTS
            self._push(_COMMAND, 1, lambda args: _script(tag, table, args[0]))
        else:
            self._emit_text(char)

    def _dollar(self, top: _Frame) -> None:
        if self.src.startswith("$", self.pos):
            self.pos += 1  # display math `$$` is treated as inline math
        if not top.math:
            self._push(_MATH, math=True)
            return
        self._close_math()

    def _read_argument(self, command: _Frame) -> None:
        """Read one argument for the command on top: a group, a control sequence or one char."""
        self._skip_spaces()
        if self.pos >= len(self.src):
            return
        char = self.src[self.pos]
        if char == "{":
            self.pos += 1
            self._push(_GROUP)
        elif char in "}$":
            self._close_frame()
        elif char == "\\":
            self._read_token(_TOKEN.match(self.src, self.pos))
        else:
            self.pos += 1
            self._emit_text(char)

    def _skip_spaces(self) -> None:
        self.pos = _SPACES.match(self.src, self.pos).end()

    # -- macros -------------------------------------------------------------------------------
    def _control_symbol(self, char: str) -> None:
        if char in ACCENTS:
            self._push(_COMMAND, 1, lambda args: _accent(char, args[0]))
        elif char in "([" and not self.stack[-1].math:  # `\( x \)` and `\[ x \]`: LaTeX's own math delimiters
            self._push(_MATH, math=True)
        elif char in ")]" and self.stack[-1].math:
            self._close_math()
        else:
            self._emit_text(CONTROL_SYMBOLS.get(char, char))

    def _close_math(self) -> None:
        """End the formula: close what is still open in it, then it."""
        while self.stack[-1].kind != _MATH and len(self.stack) > 1:
            self._close_frame()
        if len(self.stack) > 1:
            self._close_frame()

    def _begin(self) -> None:
        """`\\begin{name}`: a formula's environment (equation, align ...) is read as math; of any
        other (a list, a quote) the text is kept, without the markers. An abstract's lists are
        lists (abstracts.py); in a title or note their items run on, each after a bullet."""
        name = self._raw_group()
        if name is None:
            self._emit_text("\\begin ")
        elif name.rstrip("*") in _MATH_ENVIRONMENTS and not self.stack[-1].math:
            self._push(_MATH, math=True)

    def _end(self) -> None:
        name = self._raw_group()
        if name is None:
            self._emit_text("\\end ")
        elif name.rstrip("*") in _MATH_ENVIRONMENTS and self.stack[-1].math:
            self._close_math()

    def _root(self) -> None:
        """`\\sqrt{x}`, or with an index, `\\sqrt[3]{x}`: ∛x, ∜x, or the index raised before √."""
        indices = self._skip_optional(_OPTIONAL)
        index = indices[0].strip() if indices else ""
        sign = _ROOTS.get(index)
        html, text = (sign, sign) if sign else (f"<sup>{escape(index, quote=False)}</sup>√", index.translate(SUPERSCRIPTS) + "√")
        self._push(_COMMAND, 1, lambda args: (html + _paren(*args[0]), text + _paren(args[0][1], args[0][1])))

    def _french_closing_quote(self) -> None:
        """babel's `\\fg{}`: the closing guillemet, which takes the space before it (`\\og mot \\fg{}`)."""
        self._trim_space()
        self._emit("\u00a0»", "\u00a0»")

    def _french_raised(self, before: str, raised: str) -> None:
        """babel-french's ordinals and numero (`XIX\\ieme{} siècle`, `\\no 6`, `\\primo`): the letters
        raised, then, as its `\\xspace` does, the space a word after them was written with (TeX
        took that space as the name's end)."""
        spaced = self.pos < len(self.src) and self.src[self.pos - 1].isspace()
        self._emit(f"{before}<sup>{raised}</sup>" + " " * spaced, before + raised + " " * spaced)

    def _item(self) -> None:
        """A list's `\\item`, or `\\item[label]`, as it runs on in a line: a bullet, or the label."""
        labels = self._skip_optional(_OPTIONAL)
        label = _Pass(labels[0], self.macros).run() if labels else None
        self._trim_space()
        if label is None:
            self._emit(" • ", " • ")
        else:
            self._emit(f" {label.html} ", f" {label.text} ")

    def _control_word(self, name: str) -> None:
        if name in self.macros:
            count, body = self.macros[name]
            if count:
                self._push(_COMMAND, count, lambda args: _filled(body, args))
            else:
                self._emit(*body)
        elif name in SYMBOLS:
            self._emit_text(SYMBOLS[name])
        elif name in ACCENTS:
            self._push(_COMMAND, 1, lambda args: _accent(name, args[0]))
        elif name in WRAPPERS:
            tag = WRAPPERS[name]
            needed = 2 if name in ("textcolor", "colorbox") else 1
            self._push(_COMMAND, needed, lambda args: _wrapped(tag, args[-1]))
        elif name in SWITCHES:
            top = self.stack[-1]
            top.switches.append((len(top.html), SWITCHES[name]))
        elif name in MATH_ALPHABETS:
            alphabet = MATH_ALPHABETS[name]
            self._push(_COMMAND, 1, lambda args: _math_alphabet(alphabet, args[0]))
        elif name in _STRUCTURAL:
            _STRUCTURAL[name](self)
        elif name in DISCARD_ARGUMENTS:
            self._push(_COMMAND, DISCARD_ARGUMENTS[name], lambda args: ("", ""))
        elif name in CITATIONS:
            self._skip_citation(name)
        elif name in CROSS_REFERENCES:
            self.unknown.append(name)  # the caller says what to write instead
            shown = CROSS_REFERENCES[name]
            self._push(_COMMAND, 1, lambda args: (shown, shown))
        else:
            self._unknown(name)

    def _unknown(self, name: str) -> None:
        """Keep an unknown macro's argument text, or show the macro itself when it has none."""
        self.unknown.append(name)
        if self.src.startswith("{}", self.pos):  # `\Thanh{}`: the group only ends the name, as in `\TeX{}`
            self.pos += 2
            self._emit_text("\\" + name)
        elif self.src.startswith("{", self.pos):
            self._push(_COMMAND, 1, lambda args: args[0])
        else:  # the space TeX took as the name's end, where a word follows ("\\dataset is", not "\\dataset ,")
            following = self.src[self.pos : self.pos + 1]
            self._emit_text("\\" + name + ("" if following in _CLOSING_PUNCTUATION else " "))

    def _skip_citation(self, name: str) -> None:
        """Pass over a citation's optional notes and its keys: `[see][p.~3]{key}`, or a biblatex
        multicite's `(pre)(post)[p.~3]{a}[p.~5]{b}`; what follows is the text's again."""
        multiple = name.endswith("cites")
        start = self.pos
        notes = self._skip_optional(_MULTICITE if multiple else _OPTIONAL)
        keys = self._raw_group()
        if keys is None:
            self.pos = start  # no key: the spaces after the command stay
            return
        while multiple:
            after = self.pos
            self._skip_optional(_OPTIONAL)
            more = self._raw_group()
            if more is None:
                self.pos = after
                break
            keys += "," + more
        if self.citations and name != "nocite":
            # natbib's and biblatex's notes: `[post]`, `[pre][post]`
            prenote, postnote = (["", ""] + [_Pass(note, self.macros).run().text for note in notes])[-2:]
            self._emit_text(citation_marker(name, keys, prenote, postnote))
        elif self.src.startswith((".", ",", ";", ":", ")"), self.pos):
            # "hard~\cite{x}." is "hard.", not "hard ."; "translation, \cite{x}, and" is
            # "translation, and" (Beebe's notes), not "translation,, and"
            self._trim_space(" \u00a0,:")  # (not ";", which ends "&amp;")

    def _skip_optional(self, closers: Mapping[str, str]) -> list[str]:
        """Pass over optional arguments (`[see][p.~3]`, biblatex's `(pre)(post)`) and the spaces
        around them; what they held, in order."""
        held = []
        self._skip_spaces()
        while close := closers.get(self.src[self.pos : self.pos + 1]):
            found = self.src.find(close, self.pos)
            end = len(self.src) if found < 0 else found
            held.append(self.src[self.pos + 1 : end])
            self.pos = end + 1
            self._skip_spaces()
        return held

    def _trim_space(self, characters: str = " \u00a0") -> None:
        top = self.stack[-1]
        if top.kind != _COMMAND and top.html:
            top.html[-1] = top.html[-1].rstrip(characters)
            top.text[-1] = top.text[-1].rstrip(characters)

    def _package_command(self, name: str, count: int, make: Callable[..., Fragment]) -> None:
        """siunitx's or mhchem's command (latex_science.py): its [options] passed over, its `count`
        arguments read as written; without them, the command shows as typed."""
        start = self.pos
        self._skip_optional(_OPTIONAL)
        raws = []
        for _ in range(count):
            raw = self._raw_group()
            if raw is None:
                self.pos = start
                self._emit_text("\\" + name + " ")
                return
            raws.append(raw)
        self._emit(*make(*raws))

    def _raw_group(self) -> str | None:
        """Read a braced group verbatim (for URLs), or None when there is none."""
        self._skip_spaces()
        if not self.src.startswith("{", self.pos):
            return None
        depth, start = 0, self.pos + 1
        for index in range(self.pos, len(self.src)):
            char = self.src[index]
            if char == "{" and self.src[index - 1] != "\\":
                depth += 1
            elif char == "}" and self.src[index - 1] != "\\":
                depth -= 1
                if depth == 0:
                    self.pos = index + 1
                    return _URL_ESCAPES.sub(r"\1", with_tildes(self.src[start:index])).strip()
        self.pos = len(self.src)
        return _URL_ESCAPES.sub(r"\1", with_tildes(self.src[start:])).strip()

    def _url(self) -> None:
        url = self._raw_group()
        if url is not None:
            self._emit(*self._link(url, (escape(url, quote=False), url)))

    def _verb(self) -> None:
        """`\\verb|\\relax|` (or any other delimiter, `\\verb*` too): what stands between its
        delimiters, as typed, in code; without a closing one, it is left as written."""
        if self.src.startswith("*", self.pos):
            self.pos += 1
        delimiter = self.src[self.pos : self.pos + 1]
        close = (
            self.src.find(delimiter, self.pos + 1) if delimiter and not delimiter.isalpha() and not delimiter.isspace() else -1
        )
        if close < 0:
            self._unknown("verb")  # unclosed: reported, and shown as written
            return
        literal, self.pos = self.src[self.pos + 1 : close], close + 1
        self._emit(f"<code>{escape(literal, quote=False)}</code>", literal)

    def _href(self) -> None:
        url = self._raw_group()
        if url is None:
            self._emit_text("\\href ")
            return
        self._push(_COMMAND, 1, lambda args: self._link(url, args[0]))

    def _tabbing_accent(self) -> None:
        """The tabbing environment's accents, `\\a'`, `\\a`` and `\\a=` (`\\'` ... there), as R's
        rbibutils reads them (`{\\a'A}`: Á); like TeX, the accent is on what follows it."""
        char = self.src[self.pos : self.pos + 1]
        if char in ("'", "`", "="):
            self.pos += 1
            self._control_symbol(char)
        else:
            self._unknown("a")

    def _char(self) -> None:
        """TeX's `\\char` by the code it gives (`\\char`\\\\`, `\\char'134`, `\\char"5C`, `\\char92`):
        that character, as TUG's bibliographies write a backslash (`{\\tt\\char`\\\\let}`: "\\let");
        one without a code it can read is reported, as an unknown macro is."""
        found = _CHAR_CODE.match(self.src, self.pos)
        if found is None:
            self._unknown("char")
            return
        decimal, octal, hexadecimal, character = found.groups()
        if character is not None:
            code = ord(character)
        else:
            code = int(decimal) if decimal else int(octal, 8) if octal else int(hexadecimal, 16)
        self.pos = found.end()
        if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000:
            self._emit_text(chr(code))

    def _moved(self, name: str) -> None:
        """TeX's `\\kern.05em`, `\\raise.5ex` and `\\lower`, the fine placing of a logo's letters
        (`Hóng-Z\\kern.05emì`): nothing shown, the dimension with it (what is raised shows); one
        without a dimension is reported."""
        found = _DIMENSION.match(self.src, self.pos)
        if found is None:
            self._unknown(name)
            return
        self.pos = found.end()

    def _ding(self) -> None:
        """pifont's `\\ding{51}`: its sign; one of a number not known here stays as written and is
        reported, as an unknown macro is."""
        start = self.pos
        number = self._raw_group()
        if number is None:
            self._unknown("ding")
        elif (sign := _DINGBATS.get(number.strip())) is not None:
            self._emit(sign, sign)
        else:
            self.unknown.append(f"ding{{{number}}}")
            self._emit_text(self.src[start - len("\\ding") : self.pos])

    def _doi(self) -> None:
        doi = self._raw_group()
        if doi is not None:
            self._emit(*self._link("https://doi.org/" + doi, (escape(doi, quote=False), doi)))

    def _link(self, url: str, label: Fragment) -> Fragment:
        html, text = label
        url = from_ctan(url)  # `\url{CTAN:/macros/latex/contrib/xkeyval}`: shown as written, linked to CTAN
        if not is_safe_url(url):
            self.unsafe.append(url)
            return html, text
        plain = text if text == url or not text else f"{text} ({url})"
        return f'<a href="{escape(web_address(url))}">{html or escape(url, quote=False)}</a>', plain


# what `\char` takes: a number, decimal, 'octal or "hexadecimal, or `x` and `\x`, the character x itself;
# TeX then takes one space as its end
_CHAR_CODE = re.compile(r"""[ \t\n]*(?:(\d+)|'([0-7]+)|"([0-9A-Fa-f]+)|`\\?(.)) ?""")
# a dimension, as `\kern` takes it (`.05em`, `-0.1667em`, `1pt`), and the space TeX takes as its end
_DIMENSION = re.compile(r"[ \t\n]*[-+]?[ \t\n]*(?:\d+\.?\d*|\.\d+)[ \t\n]*(?:em|ex|pt|bp|mm|cm|in|pc|sp|dd|cc|mu) ?")
_RUNS_OF_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_BRACE = re.compile(r"[{}]")
_DASH_RUN = re.compile(r"-{2,3}")  # as the scanner reads dashes: "----" is an em dash and a hyphen


def _shortcut(source: str, first: str, before: str = "", after: str = "") -> Converted | None:
    """What a full pass gives, in a third of the time, for the LaTeX most entries hold: page ranges
    (`100--109`) and titles whose only LaTeX is braces keeping a word's case (`{DNA} repair`).
    `first` is the first LaTeX found; when it is neither, the string needs a full pass."""
    if first == "--":
        if not _NEEDS_PARSING.search(source.replace("--", "")):
            return _with_dashes(curl_quotes(source, before, after))
    elif first in ("{", "}") and _braces_pair_up(source):
        plain = source.replace("{", "").replace("}", "")
        if not _NEEDS_PARSING.search(plain):  # its quotes are curled where the braces still show
            return _plain(curl_quotes(source, before, after).replace("{", "").replace("}", "").strip(" "))
    return None


def _with_dashes(source: str) -> Converted:
    """A string whose only LaTeX is dash ligatures (`--`, `---`)."""
    return _plain(_DASH_RUN.sub(lambda dashes: _LIGATURES[dashes.group()], source).strip(" "))


def _plain(text: str) -> Converted:
    """A string with no LaTeX left."""
    return Converted(escape(text, quote=False), text)


def holds_typed_quotes(text: str) -> bool:
    """Whether `text` has a quotation mark to curl (three scans: a fifth of a regex's time)."""
    return "'" in text or '"' in text or "`" in text


def curl_quotes(text: str, before: str = "", after: str = "") -> str:
    """`text` with its typed quotes curled. `before` and `after` are the characters the source has
    around it ("" at either end), which say whether a quote at its start opens or at its end is a
    prime; they are not in the result."""
    if not holds_typed_quotes(text):
        return text
    if '"' in text:  # before `after` is added: a shorthand takes two characters for one
        text = _IN_A_WORD.sub(_babel_shorthand, before + text)[len(before) :]
    text = before + text + after
    if "'" in text:
        text = _PRIME.sub("′", text)
    if "'" in text or '"' in text:
        text = _OPENING.sub(lambda quote: _OPENED[quote.group()], text)
    return text.translate(_CLOSING)[len(before) : len(text) - len(after)]


def _babel_shorthand(found: re.Match[str]) -> str:
    """`"u` inside a word: babel's ü; before another letter a `"` is left to close, as TeX has it."""
    letter = found.group(1)
    return _GERMAN_SHORTHANDS.get(letter) or found.group()


def _braces_pair_up(source: str) -> bool:
    depth = 0
    for brace in _BRACE.finditer(source):
        depth += 1 if brace.group() == "{" else -1
        if depth < 0:
            return False
    return depth == 0


def _collapse(value: str) -> str:
    """Runs of ASCII white space become one space (a no-break space from `~` is kept)."""
    if "  " in value or "\n" in value or "\t" in value or "\r" in value or "\f" in value or "\v" in value:
        value = _RUNS_OF_SPACE.sub(" ", value)
    return value.strip(" ")


def _accent(name: str, argument: Fragment) -> Fragment:
    text = argument[1]
    if not text:
        mark = _EMPTY_ACCENT.get(name, "")
        return mark, mark
    if name == "overline":  # a segment, $\\overline{AB}$: the line over all of it
        accented = "".join(char + ACCENTS[name] for char in text)
        return escape(accented, quote=False), accented
    base = {"ı": "i", "ȷ": "j"}.get(text[0], text[0])
    accented = unicodedata.normalize("NFC", base + ACCENTS[name]) + text[1:]
    return escape(accented, quote=False), accented


def _wrapped(tag: str | None, argument: Fragment) -> Fragment:
    html, text = argument
    return (_wrap(tag, html) if tag and html else html), text


def _script(tag: str, table: dict[int, int], argument: Fragment) -> Fragment:
    html, text = argument
    if tag == "sup" and text in _RAISED_SIGNS:
        return _RAISED_SIGNS[text], _RAISED_SIGNS[text]
    if text and all(ord(char) in table for char in text):
        plain = text.translate(table)
    else:
        marker = "^" if tag == "sup" else "_"
        plain = marker + (text if len(text) == 1 else f"({text})")
    return f"<{tag}>{html}</{tag}>", plain


def _math_alphabet(alphabet: Mapping[str, str], argument: Fragment) -> Fragment:
    text = "".join(alphabet.get(char, char) for char in argument[1])
    return escape(text, quote=False), text


def _bibstring(case: Callable[[str], str], args: list[Fragment]) -> Fragment:
    """biblatex's localisation key (`\\bibstring{reviewof}`) as its English words."""
    key = args[0][1].strip()
    words = case(BIBSTRINGS.get(key, key))
    return escape(words, quote=False), words


def _capitalised(words: str) -> str:
    return words[:1].upper() + words[1:]


def _fraction(args: list[Fragment]) -> Fragment:
    (top_html, top_text), (bottom_html, bottom_text) = args
    return f"{_paren(top_html, top_text)}/{_paren(bottom_html, bottom_text)}", (
        f"{_paren(top_text, top_text)}/{_paren(bottom_text, bottom_text)}"
    )


def _paren(value: str, text: str) -> str:
    return value if len(text) <= 1 else f"({value})"


def _arguments_of(body: str) -> int:
    """How many arguments a macro written as `body` takes: its highest `#n`."""
    return max((int(number) for number in _PARAMETER.findall(body)), default=0)


def _parameter_mark(found: re.Match[str]) -> str:
    return chr(_FIRST_PARAMETER + int(found[1]) - 1)


def _filled(body: Fragment, args: list[Fragment]) -> Fragment:
    """A defined macro's body with its arguments where its parameters were."""
    html, text = body
    for number, (argument_html, argument_text) in enumerate(args):
        mark = chr(_FIRST_PARAMETER + number)
        html, text = html.replace(mark, argument_html), text.replace(mark, argument_text)
    return html, text


def _known(name: str) -> bool:
    """Whether sitegen converts the macro itself (a .bib's own definition of it is not used)."""
    tables = (SYMBOLS, ACCENTS, WRAPPERS, SWITCHES, MATH_ALPHABETS, _STRUCTURAL, DISCARD_ARGUMENTS, CITATIONS, CROSS_REFERENCES)
    tables += (BUILTIN_MACROS,)
    return any(name in table for table in tables)


def _binomial(args: list[Fragment]) -> Fragment:
    (top_html, top_text), (bottom_html, bottom_text) = args
    return f"C({top_html}, {bottom_html})", f"C({top_text}, {bottom_text})"


def _over(tag: str, mark: Fragment, base: Fragment) -> Fragment:
    """`\\overset{!}{=}`, `\\underset{x}{\\min}`, `\\xrightarrow{f}`: the base, then its mark raised or
    lowered (HTML cannot stack them)."""
    html, text = _script(tag, SUPERSCRIPTS if tag == "sup" else SUBSCRIPTS, mark)
    return base[0] + html, base[1] + text


def _options_then(needed: int, apply: Apply) -> Callable[[_Pass], None]:
    """A command whose optional arguments are passed over (`\\xrightarrow[below]{above}`)."""

    def push(state: _Pass) -> None:
        state._skip_optional(_OPTIONAL)
        state._push(_COMMAND, needed, apply)

    return push


def _command(needed: int, apply: Apply) -> Callable[[_Pass], None]:
    return lambda state: state._push(_COMMAND, needed, apply)


def _package(name: str, count: int, make: Callable[..., Fragment]) -> Callable[[_Pass], None]:
    return lambda scanner: scanner._package_command(name, count, make)


# babel-french's ordinals and numbers: what stands on the line, what is raised
_FRENCH_RAISED = {
    "ieme": ("", "e"),
    "iemes": ("", "es"),
    "ier": ("", "er"),
    "iers": ("", "ers"),
    "iere": ("", "re"),
    "ieres": ("", "res"),
    "no": ("n", "o"),
    "No": ("N", "o"),
    "nos": ("n", "os"),
    "Nos": ("N", "os"),
    "primo": ("1", "o"),
    "secundo": ("2", "o"),
    "tertio": ("3", "o"),
    "quarto": ("4", "o"),
}

_STRUCTURAL: dict[str, Callable[[_Pass], None]] = {
    "url": _Pass._url,
    "verb": _Pass._verb,
    "href": _Pass._href,
    "footnote": _command(1, lambda args: (f" ({args[0][0]})", f" ({args[0][1]})")),  # a web page has no foot: in brackets
    "fg": _Pass._french_closing_quote,
    **{name: lambda scanner, raised=raised: scanner._french_raised(*raised) for name, raised in _FRENCH_RAISED.items()},
    "begin": _Pass._begin,
    "end": _Pass._end,
    "item": _Pass._item,
    "doi": _Pass._doi,
    "ding": _Pass._ding,
    "char": _Pass._char,
    "a": _Pass._tabbing_accent,
    **{name: lambda scanner, name=name: scanner._moved(name) for name in ("kern", "raise", "lower")},
    **{name: _command(2, _fraction) for name in ("frac", "dfrac", "tfrac", "cfrac")},
    **{name: _command(2, _binomial) for name in ("binom", "dbinom", "tbinom")},
    "sqrt": _Pass._root,
    **{name: _command(2, lambda args: _over("sup", *args)) for name in ("overset", "stackrel")},
    "underset": _command(2, lambda args: _over("sub", *args)),
    "xrightarrow": _options_then(1, lambda args: _over("sup", args[0], ("→", "→"))),
    "xleftarrow": _options_then(1, lambda args: _over("sup", args[0], ("←", "←"))),
    "pmod": _command(1, lambda args: (f" (mod {args[0][0]})", f" (mod {args[0][1]})")),
    **{name: _command(1, lambda args: (f"“{args[0][0]}”", f"“{args[0][1]}”")) for name in ("enquote", "mkbibquote")},
    **{name: _command(1, lambda args: _bibstring(str, args)) for name in ("bibstring", "biblstring", "bibsstring")},
    "bibcpstring": _command(1, lambda args: _bibstring(_capitalised, args)),
    "bibucstring": _command(1, lambda args: _bibstring(str.upper, args)),
    "mkbibparens": _command(1, lambda args: (f"({args[0][0]})", f"({args[0][1]})")),  # biblatex's
    "mkbibbrackets": _command(1, lambda args: (f"[{args[0][0]}]", f"[{args[0][1]}]")),
    "hspace": _command(1, lambda args: (" ", " ")),
    **{name: _package(name, 2, science.quantity) for name in ("SI", "qty")},
    **{name: _package(name, 1, lambda raw: science.plain(science.units(raw))) for name in ("si", "unit")},
    "num": _package("num", 1, lambda raw: science.plain(science.number(raw))),
    "ang": _package("ang", 1, science.angle),
    **{name: _package(name, 3, science.quantity_range) for name in ("SIrange", "qtyrange")},
    "numrange": _package("numrange", 2, lambda low, high: science.plain(f"{science.number(low)}–{science.number(high)}")),
    **{name: _package(name, 2, science.quantity_list) for name in ("SIlist", "qtylist")},
    "numlist": _package("numlist", 1, science.number_list),
    "ce": _package("ce", 1, science.chemistry),
}
