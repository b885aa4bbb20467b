"""A CSL style's `text-case` of a title, done on the title's LaTeX, where BibTeX keeps its case.

Chicago, MLA and many other styles write titles in title case ("Learning to See in the Dark"),
a few in sentence case or capitals. citeproc-py cannot do it for sitegen: the title goes to it as a
placeholder (it is filled in per page, linked and with its formulas), and its title case leaves
the parts of a compound in lower case ("Self-supervised"). So the case a style gives an entry's
title is found by citeproc-py (cslstyle.py) and done here, on the LaTeX, as the CSL specification
says and citeproc-js (Zotero's processor) does: a word in lower case gets a capital, and so does
each part of a hyphenated compound ("Self-Supervised", "State-of-the-Art"); the small words
(citeproc-js's: "a", "of", "the", every preposition, "due to" ...) stay small but first, last or
after a colon; a word written with a capital is kept ("iPhone", "BERT", "Vitamin A", and "From" as
citeproc-js keeps it); a title all in capitals is first made small. Sentence case is the
specification's: the first word capitalized, the others as written (citeproc-js and citeproc-py
make them small: "bayesian networks from dna data").

What BibTeX keeps is kept: a braced group (`{lme4}`, `{k}-means`, `{de Gaulle}`), a formula, a
command's name, an address (`\\url{...}`), an HTML tag of a publisher's markup. A command that
only sets its argument's type (`\\emph{...}`, `{\\em ...}`) and an accented letter (`\\"o`,
`{\\'e}`) are cased with the text, as BibTeX cases them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

TITLE, SENTENCE, CAPITALIZE_FIRST, CAPITALIZE_ALL, UPPERCASE, LOWERCASE = (
    "title",
    "sentence",
    "capitalize-first",
    "capitalize-all",
    "uppercase",
    "lowercase",
)

# the small words title case leaves in lower case: citeproc-js's (the CSL specification's, and every
# preposition, as Chicago and MLA keep them: "without", "between"), and its phrases ("due to")
SMALL_WORDS = frozenset(
    """a about above across afore after against al along alongside amid amidst among amongst an and anenst
    apropos apud around as aside astride at athwart atop barring before behind below beneath beside besides
    between beyond but by c ca circa d' de despite down during et except for forenenst from given in inside
    into lest like modulo near next nor notwithstanding of off on onto or out over per plus pro qua sans since
    so than the through thru throughout thruout till to toward towards under underneath until unto up upon v
    v. van versus via vis-à-vis von vs vs. with within without yet""".split()
)
SMALL_PHRASES = frozenset(
    """according to|ahead of|apart from|as for|as of|as per|as regards|aside from|back to|because of|close to|
    due to|except for|far from|inside of|instead of|near to|next to|on to|out from|out of|outside of|prior to|
    pursuant to|rather than|regardless of|such as|that of|up to|where as""".replace("\n    ", "").split("|")
)
# commands whose argument is text set in another type: cased with the rest (BibTeX, biblatex, pandoc)
_TYPE_COMMANDS = frozenset(
    "emph textit textbf textsl textsc textup textmd textrm textsf textnormal mkbibemph mkbibbold "
    "mkbibitalic enquote mkbibquote underline uline em it bf sl sc rm sf up md normalfont itshape "
    "bfseries upshape slshape scshape".split()
)
_ITALIC_COMMANDS = frozenset("emph textit mkbibemph mkbibitalic textsl".split())
_ITALIC_SWITCHES = frozenset("em it sl itshape slshape".split())  # italics to the end of the group
_ITALIC_TAG = re.compile(r"</?(?:i|em)\s*>", re.IGNORECASE)
_ACCENT_SYMBOLS = frozenset("'\"`^~=.")  # \'e, \"o ...
_ACCENT_WORDS = frozenset("u v H c d b r k t".split())  # \v{s}, \c c ...
_CHAR, _SPACE, _FIXED = 0, 1, 2
_TOKEN = re.compile(
    r"""(?P<math>\$\$.*?\$\$|\$(?:\\.|[^$\\])*\$|\\\(.*?\\\)|\\\[.*?\\\])
      | (?P<markupmath><(?P<mathtag>(?:mml:)?math|tex-math)\b[^>]*>.*?</(?P=mathtag)\s*>)
      | (?P<tag></?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>|&\#?\w+;)
      | \\(?P<word>[A-Za-z]+)\*?
      | \\(?P<symbol>.)
      | (?P<space>[\s~]+)
      | (?P<open>\{) | (?P<close>\})
      | (?P<char>[^\s~\\{}$<&\-–—]+|.)""",
    re.VERBOSE | re.DOTALL,
)
_PUNCTUATION = "\"'“‘«([¡¿`*"  # what a word may open with before its first letter
_AFTER_A_BREAK = (":", "?", "!", "—")  # after these a small word starts a new phrase: capitalized


@dataclass
class _Atom:
    """One piece of the title: text that takes a case (`_CHAR`: a run of characters without spaces
    or hyphens, or an accented letter, its command its `before` and `after`), a space between
    words, a hyphen or dash (`_CHAR` of its own), or a piece kept as it is (`_FIXED`;
    `letters` tells a braced word or a formula from a command's name or a tag)."""

    kind: int
    char: str = ""
    before: str = ""
    after: str = ""
    letters: bool = False
    italic: bool = False

    @property
    def source(self) -> str:
        return self.before + self.char + self.after


def in_case(latex: str, case: str | None) -> str:
    """`latex` with the CSL `case` done (see the module's docstring); any other case: as it is."""
    if case not in _CASINGS or not latex:
        return latex
    atoms = _atoms(latex)
    _CASINGS[case](atoms)
    return "".join(atom.source for atom in atoms)


def _atoms(latex: str) -> list[_Atom]:
    """The title's atoms, left to right (see `_Reader`)."""
    reader = _Reader(latex)
    reader.read()
    return reader.atoms


class _Reader:
    """Reads a title into atoms, knowing which letters are in italics (a species, a gene, a phrase
    in Latin: title case leaves them as written, "<i>Escherichia coli</i>", "\\emph{in vitro}")."""

    def __init__(self, latex: str):
        self.latex = latex
        self.tokens = list(_TOKEN.finditer(latex))
        self.atoms: list[_Atom] = []
        self.groups: list[bool] = []  # each open group's: whether it is in italics
        self.italic_tags = 0

    @property
    def italic(self) -> bool:
        return self.italic_tags > 0 or any(self.groups)

    def add(self, kind: int, text: str, letters: bool = False) -> None:
        self.atoms.append(_Atom(kind, text, letters=letters, italic=self.italic))

    def read(self) -> None:
        at = 0
        while at < len(self.tokens):
            at = self._token(at)

    def _token(self, at: int) -> int:
        """The atoms of the token at `at`; the index of the next token to read."""
        token = self.tokens[at]
        kind = token.lastgroup
        if kind in ("math", "markupmath"):
            self.add(_FIXED, token.group(), letters=True)
        elif kind == "space":
            self.add(_SPACE, token.group())
        elif kind == "char":
            self.add(_CHAR, token.group())
        elif kind == "open":
            return self._group(at)
        elif kind == "close":
            self.add(_FIXED, "}")
            if self.groups:
                self.groups.pop()
        elif kind in ("word", "symbol"):
            return self._command(at)
        else:  # a tag or an entity
            if _ITALIC_TAG.fullmatch(token.group()):
                self.italic_tags = max(0, self.italic_tags + (-1 if token.group()[1] == "/" else 1))
            self.add(_FIXED, token.group())
        return at + 1

    def _group(self, at: int) -> int:
        """A braced group: BibTeX's "special character" (`{\\"o}`, `{\\em word}`) is cased, any
        other is kept as written."""
        end = _group_end(self.tokens, at)
        start = self.tokens[at].end()
        inner = self.latex[start : self.tokens[end - 1].start()] if end - 1 > at else ""
        if inner.startswith("\\"):
            self.add(_FIXED, "{")
            self.groups.append(False)
            return at + 1
        self.add(
            _FIXED, self.latex[self.tokens[at].start() : self.tokens[end - 1].end()], letters=any(c.isalpha() for c in inner)
        )
        return end

    def _command(self, at: int) -> int:
        """A command: an accent's letter takes a case, a type command's argument is text (in
        italics for `\\emph`, `\\textit`; `\\em` and `\\it` to the end of their group), any other
        command's braced arguments are kept as written."""
        token = self.tokens[at]
        name = token.group("word") or token.group("symbol")
        if name in _ACCENT_SYMBOLS or name in _ACCENT_WORDS:
            accented = _accented(self.latex, self.tokens, at)
            if accented is not None:
                atom, after, rest = accented
                for each in (atom, rest) if rest else (atom,):
                    each.italic = self.italic
                    self.atoms.append(each)
                return after
        if token.group("symbol") == " ":
            self.add(_SPACE, token.group())
            return at + 1
        self.add(_FIXED, token.group())
        at += 1
        if token.group("symbol") is not None:
            return at
        if name in _ITALIC_SWITCHES:
            if self.groups:
                self.groups[-1] = True
            else:
                self.groups.append(True)  # to the end of the title
        if name in _TYPE_COMMANDS:
            while at < len(self.tokens) and self.tokens[at].lastgroup == "space":
                self.add(_FIXED, self.tokens[at].group())
                at += 1
            if at < len(self.tokens) and self.tokens[at].lastgroup == "open" and name not in _ITALIC_SWITCHES:
                self.add(_FIXED, "{")
                self.groups.append(name in _ITALIC_COMMANDS)
                at += 1
            return at
        while at < len(self.tokens) and self.tokens[at].lastgroup == "open":  # \\url{...}, \\cite{...}
            end = _group_end(self.tokens, at)
            self.add(_FIXED, self.latex[self.tokens[at].start() : self.tokens[end - 1].end()], letters=True)
            at = end
        return at


def _group_end(tokens: list[re.Match[str]], at: int) -> int:
    """The index after the brace that closes the one at `at` (or after the last token)."""
    depth = 0
    for index in range(at, len(tokens)):
        kind = tokens[index].lastgroup
        depth += 1 if kind == "open" else -1 if kind == "close" else 0
        if depth == 0:
            return index + 1
    return len(tokens)


def _accented(latex: str, tokens: list[re.Match[str]], at: int) -> tuple[_Atom, int, _Atom | None] | None:
    """An accent and the letter it is on (`\\"o`, `\\"{o}`, `\\v s`) as one letter, or None."""
    command = tokens[at].group()
    following = at + 1
    space = ""
    if following < len(tokens) and tokens[following].lastgroup == "space" and tokens[at].group("word"):
        space, following = tokens[following].group(), following + 1
    if following >= len(tokens):
        return None
    token = tokens[following]
    if token.lastgroup == "char" and token.group()[0].isalpha():
        atom = _Atom(_CHAR, token.group()[0], before=command + space)
        rest = token.group()[1:]
        if rest:  # \"uber: the run goes on after the accented letter
            return atom, following + 1, _Atom(_CHAR, rest)
        return atom, following + 1, None
    braced = latex[token.start() : token.start() + 3]
    if token.lastgroup == "open" and len(braced) == 3 and braced[1].isalpha() and braced[2] == "}":
        return _Atom(_CHAR, braced[1], before=command + space + "{", after="}"), following + 3, None
    return None


def _words(atoms: list[_Atom]) -> list[list[_Atom]]:
    """The atoms of each word (between spaces), spaces left out."""
    words: list[list[_Atom]] = [[]]
    for atom in atoms:
        if atom.kind == _SPACE:
            if words[-1]:
                words.append([])
        else:
            words[-1].append(atom)
    return [word for word in words if word]


def _parts(word: list[_Atom]) -> list[list[_Atom]]:
    """A word's parts, parted by hyphens and dashes: "state-of-the-art" has four."""
    parts: list[list[_Atom]] = [[]]
    for atom in word:
        if atom.kind == _CHAR and atom.char in "-–—":
            parts.append([])
        else:
            parts[-1].append(atom)
    return parts


def _chars(atoms: list[_Atom]) -> str:
    """The text of the atoms that take a case."""
    return "".join(atom.char for atom in atoms if atom.kind == _CHAR)


def _in_lower_case(atoms: list[_Atom]) -> bool:
    """Whether the part's letters are all small (at least one; braced ones do not count)."""
    return _chars(atoms).islower()


def _capitalized(atoms: list[_Atom]) -> None:
    """The part's first letter made a capital, after the marks a word may open with; none where
    something kept as it is comes first (`{k}-means`, `$x$-ray`)."""
    for atom in atoms:
        if atom.kind == _FIXED:
            if atom.letters:
                return
            continue
        for at, char in enumerate(atom.char):
            if char.isalpha():
                atom.char = atom.char[:at] + char.upper() + atom.char[at + 1 :]
                return
            if char not in _PUNCTUATION:
                return


def _text(atoms: list[_Atom]) -> str:
    """A part's words as they read, for the small words: "of", "(the" -> "the"."""
    return _chars(atoms).strip(_PUNCTUATION + ')]"”’,;:?!').lower()


def _each_letter(atoms: list[_Atom], change: Callable[[str], str]) -> None:
    for atom in atoms:
        if atom.kind == _CHAR:
            atom.char = change(atom.char)


def _shouted(atoms: list[_Atom]) -> bool:
    """Whether the title is in capitals: two words or more, no small letter (a lone "BERT" is a name)."""
    words = [chars for word in _words(atoms) if (chars := _chars(word)) and chars.upper() != chars.lower()]
    return len(words) > 1 and all(chars.isupper() for chars in words)


def _title_case(atoms: list[_Atom]) -> None:
    if _shouted(atoms):
        _each_letter(atoms, str.lower)
    words = _words(atoms)
    parted = [_parts(word) for word in words]
    in_phrases = _in_small_phrases(words, parted)
    for number, parts in enumerate(parted):
        opens = number == 0 or _ends_a_phrase(words[number - 1])
        for index, part in enumerate(parts):
            if _in_italics(part):  # a species, a gene, a phrase in Latin: as written, but at the start
                if number == index == 0 and _in_lower_case(part):
                    _capitalized(part)
                continue
            small = _text(part) in SMALL_WORDS or number in in_phrases
            kept_small = small and not (
                (index == 0 and (opens or len(parts) > 1)) or (number == len(words) - 1 and index == len(parts) - 1)
            )
            if not kept_small and _in_lower_case(part) and not _written_as_is(part):
                _capitalized(part)


def _in_small_phrases(words: list[list[_Atom]], parted: list[list[list[_Atom]]]) -> set[int]:
    """The numbers of the words that make a small phrase ("due to", "such as") with the next or the
    one before; a compound (more than one of `parted`) is in none."""
    texts = [_text(word) if len(parts) == 1 else "" for word, parts in zip(words, parted, strict=True)]
    found: set[int] = set()
    for number in range(len(words) - 1):
        if f"{texts[number]} {texts[number + 1]}" in SMALL_PHRASES and not _ends_a_phrase(words[number]):
            found |= {number, number + 1}
    return found


def _in_italics(part: list[_Atom]) -> bool:
    lettered = [atom for atom in part if atom.kind == _CHAR and atom.char.upper() != atom.char.lower()]
    return bool(lettered) and all(atom.italic for atom in lettered)


def _ends_a_phrase(word: list[_Atom]) -> bool:
    chars = _chars(word).rstrip('"”’)')
    return chars.endswith(_AFTER_A_BREAK)


def _written_as_is(part: list[_Atom]) -> bool:
    """An abbreviation, address or file name ("e.g.", "arxiv.org", "setup.py"): a stop, slash or
    at sign inside the part."""
    chars = _chars(part).rstrip('.,;:?!)]"”’')
    return any(mark in chars for mark in "./@")


def _sentence_case(atoms: list[_Atom]) -> None:
    """CSL's sentence case: a title in capitals made small; the first word capitalized when it is
    in lower case; every other word as it is (citeproc-py made them all small: "bayesian")."""
    if _shouted(atoms):
        _each_letter(atoms, str.lower)
    _capitalize_first(atoms)


def _capitalize_first(atoms: list[_Atom]) -> None:
    words = _words(atoms)
    if words and _in_lower_case(words[0]):
        _capitalized(words[0])


def _capitalize_all(atoms: list[_Atom]) -> None:
    for word in _words(atoms):
        if _in_lower_case(word):
            _capitalized(word)


_CASINGS: dict[str, Callable[[list[_Atom]], None]] = {
    TITLE: _title_case,
    SENTENCE: _sentence_case,
    CAPITALIZE_FIRST: _capitalize_first,
    CAPITALIZE_ALL: _capitalize_all,
    UPPERCASE: lambda atoms: _each_letter(atoms, str.upper),
    LOWERCASE: lambda atoms: _each_letter(atoms, str.lower),
}
CASES = tuple(_CASINGS)  # the CSL cases `in_case` does
