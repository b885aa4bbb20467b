"""Author and editor fields -> `Name`s, by BibTeX's rules.

Splitting ("First von Last", "von Last, First", "von Last, Jr, First", braced corporate names) is
bibtexparser's; we convert the parts from LaTeX and cache every distinct name, since the same
people appear on many entries.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bibtexparser.middlewares.names import parse_single_name_into_parts
from bibtexparser.middlewares.names import split_multiple_persons_names as _split_by_library

from sitegen.bibtex import closing_brace
from sitegen.i18n import N_
from sitegen.latex import Converted, LatexConverter
from sitegen.model import Name, is_cjk_name

OTHERS = Name(others=True, html="et al.")
# "et al." written where BibTeX wants "and others": a name of its own ("and et al.", "and {et al.}")
# or after the last name ("Smith, John et al.")
# an `and` the splitter left at a name's start or end, where the list had two in a row or one at an end
_STRAY_AND = re.compile(r"^(?:and(?:\s+|$))+|(?:\s+and)+$", re.IGNORECASE)
# "et al." as a name, also emphasised as a paper shows it (`\textit{et al.}`, `{\em et al.}`)
_ET_AL = re.compile(r"(?:^|\s)(?:\\(?:textit|emph|textsl)\s*)?\{?\s*(?:\\(?:em|it|sl)\s+)?et\.?\s*al\.?\s*\}?\s*$", re.IGNORECASE)

# what an author's mark means, shown under the entry: as computer science's papers (and sitegen's
# own fields) mark them, and as biology's and medicine's journals often do (see `marks_reversed`)
AUTHOR_NOTES = {"*": N_("Equal contribution"), "†": N_("Corresponding author")}
AUTHOR_NOTES_REVERSED = {"*": N_("Corresponding author"), "†": N_("Equal contribution")}
# the order marks show in; those but "*" and "†" mean what the entry's `annotation` says they do
# ("+ Corresponding authors", "# These authors contributed equally")
MARKS = "*†‡§#+"
# a mark written by a name by hand: "Shen*", "*Shen", "Shen$^\dagger$", "Shen\textsuperscript{*}", "Shen†",
# "Han+", "Lee$^\#$"; not a star inside a word ({A*STAR}, Singapore's research agency), and "+" or "#"
# only right after a name
_MARK = re.compile(
    r"\s*(?:\$\^\{?(\*|\\ast|\\dagger|\\dag|\\ddagger|\\ddag|\\#|\+|\\S)\s*\}?\$"
    r"|\\textsuperscript\{\s*(\*|\\dagger|\\dag|\\ddagger|\\ddag|\\#|\+|\\S|[†‡§#])\s*\}"
    r"|(\\ddagger|\\ddag|\\dagger|\\dag)(?![a-zA-Z])(?:\{\})?"
    r"|((?<!\w)[*∗†‡§]|[*∗†‡§](?!\w)|(?<=[\w.])[+#](?![\w#+])))"
)
MAY_HOLD_MARK = re.compile(r"[*∗†‡§+#]|\\d|\\S(?![a-zA-Z])")  # a quick look: most names and author lists hold no mark
_MARK_WRITTEN = {"∗": "*", "\\ast": "*", "\\dagger": "†", "\\dag": "†", "\\ddagger": "‡", "\\ddag": "‡", "\\#": "#", "\\S": "§"}
# biblatex's data annotations (`author+an = {1=equal; 3=corresponding}`): the names that mean a mark
_ANNOTATIONS = {
    **dict.fromkeys(
        ("equal", "equalcontrib", "equal-contribution", "equalcontribution", "joint", "cofirst", "co-first", "first"), "*"
    ),
    **dict.fromkeys(("corresponding", "corr", "correspondence"), "†"),
}


class NameParser:
    """Parses name lists; one per build, sharing the build's LaTeX converter."""

    def __init__(self, converter: LatexConverter):
        self._converter = converter
        self._names: dict[str, Name] = {}
        self._split_ahead: dict[str, list[str]] = {}  # fields split by another process, used once

    @property
    def converter(self) -> LatexConverter:
        """The build's LaTeX converter, which the names share."""
        return self._converter

    def parse_list(self, latex: str) -> tuple[Name, ...]:
        """All names of an author or editor field, `and others` as a final `et al.`; an empty one
        (`{} and B`, `given=`) is no name: it showed as "and B. Title." or ". Title."."""
        raws = self._split_ahead.pop(latex, None)
        names = tuple(self.parse(raw) for raw in (self.raw_names(latex) if raws is None else raws))
        return names if all(name.html for name in names) else tuple(name for name in names if name.html or name.unknown)

    def raw_names(self, latex: str) -> list[str]:
        """An author or editor field cut into its names as BibTeX reads them (the slower half of
        parsing a name list): `split`, and a list in Vancouver's style read as such."""
        raws = self.split(latex)
        # "Chapagain R and Remenyi TA": Vancouver's? (a first name ending in a capital is the cheap sign)
        if raws and raws[0].rstrip().rstrip(".")[-1:].isupper() and "," not in latex:
            named = raws[:-1] if raws[-1] == "others" else raws
            raws = [*read, *raws[len(named) :]] if (read := vancouver(named)) else raws
        return raws

    @staticmethod
    def split(latex: str) -> list[str]:
        """An author or editor field cut into its names (the slower half of parsing a name list); a
        list written with commas instead of `and` is cut at them (`comma_listed`)."""
        found = []
        raws = split_multiple_persons_names(latex)
        for raw in raws:
            if raw[:4].lower() in ("and ", "and") or raw[-4:].lower() == " and":  # "A and and B", "A and B and": no name
                raw = _STRAY_AND.sub("", raw)
            if "=" in raw and extended_name(raw) is not None:
                found.append(raw)  # `family=Gogh, given=Vincent, prefix=van`: one name, whatever its commas
            elif (";" in raw or "&" in raw) and len(parts := _TOP_LEVEL_SEPARATOR.split(raw)) > 1:
                found += [part for part in parts if part.strip()]  # "J. Smith; J. Doe", "John Smith & Jane Doe"
            elif raw.count(",") >= 2 and (names := comma_listed(raw, inverted_elsewhere(raws))):
                found += names
            elif raw.rstrip(" .}")[-2:].lower() == "al" and (before := _ET_AL.sub("", raw)) != raw:
                # "et al." for BibTeX's "others", alone or after a name
                found += [before, "others"] if before.strip() else ["others"]
            elif raw.strip():
                found.append(raw)
        return found

    def remember_splits(self, splits: dict[str, list[str]], parsed: dict[str, Name]) -> None:
        """Take fields cut into names (`raw_names`) by another process, for `parse_list` to use
        once each, and names it parsed (`parse_for_another`); a name parsed here already stays the
        `Name` it is."""
        self._split_ahead.update(splits)
        for raw, name in parsed.items():
            self._names.setdefault(raw, name)

    def parse(self, raw: str) -> Name:
        """One name; the same text always gives the same (cached) `Name`."""
        name = self._names.get(raw)
        if name is None:
            name = self._names[raw] = self._parse(raw)
        return name

    def parse_for_another(self, raw: str) -> Name:
        """One name parsed for another process's parser (`remember_splits`), not kept here."""
        return self._names.get(raw) or self._parse(raw, self._converter.convert_for_another)

    def _parse(self, raw: str, convert: Callable[[str], Converted] | None = None) -> Name:
        convert = convert or self._converter.convert
        if raw.strip().lower() == "others":
            return OTHERS
        note = ""
        if MAY_HOLD_MARK.search(raw):
            raw, note = _without_marks(raw)
        if "=" in raw and (extended := extended_name(raw)) is not None:
            first, von, last, jr = (extended.get(part, "") for part in ("given", "prefix", "family", "suffix"))
            literal = not (first or von or jr) and _braced(last)
            last = _unbraced(last)
        else:
            first, von, last, jr, literal = _bibtex_parts(raw)
        display = " ".join(_before_a_space(part) for part in (first, von, last) if part)
        if jr:
            display = f"{display}, {jr}"
        if is_cjk_name(first, last):
            display = (von + last + first).replace(" ", "")  # "王, 小明" is 王小明 (Name.cjk)
        shown = convert(display)
        return Name(
            first=convert(first).text if first else "",
            von=convert(von).text if von else "",
            last=convert(last).text if last else "",
            jr=convert(jr).text if jr else "",
            literal=literal,
            html=shown.html,
            note=note,
            unknown=shown.unknown,
        )


def _bibtex_parts(raw: str) -> tuple[str, str, str, str, bool]:
    """A name's given names, particle, family name and suffix as BibTeX reads them ("von Last,
    Jr, First"), and whether it is an institution's (one braced word: `{Sci-Art Publishers}`)."""
    if raw.rstrip()[-1:].isdigit():
        raw = _HOMONYM_NUMBER.sub("", raw)  # "Lei Zhang 0001": DBLP's number for one of its Lei Zhangs
    if "," not in raw and (initials_after := _INITIALS_AFTER.match(raw)):
        raw = f"{initials_after.group(1)}, {initials_after.group(2)}"  # "Wall W.A.": the comma left out
    parts = parse_single_name_into_parts(raw, strict=False)
    literal = not parts.first and not parts.von and not parts.jr and len(parts.last) == 1 and _braced(parts.last[0])
    first, von, last, jr = (" ".join(words) for words in (parts.first, parts.von, parts.last, parts.jr))
    if jr and _is_suffix(first) and not _is_suffix(jr):  # "King, Martin Luther, Jr.": the suffix written last
        first, jr = jr, first
    return first, von, last, jr, literal


# a part of a name in biblatex's extended format (its manual, "Name parts"): `family=Gogh`,
# `given={Jean Paul}`, `prefix=van`, `useprefix=true`, `given-i=J`
_NAME_PART = re.compile(r"\s*([A-Za-z][A-Za-z-]*)\s*=\s*(.*?)\s*", re.DOTALL)
_NAME_PARTS = frozenset({"family", "given", "prefix", "suffix"})


def extended_name(raw: str) -> dict[str, str] | None:
    """The parts of a name written in biblatex's extended format, as Better BibTeX's biblatex
    export writes names with particles (`family=Gogh, given=Vincent, prefix=van, useprefix=true`),
    by biblatex's names for them (`family`, `given`, `prefix`, `suffix`, each without the quotes
    around it; its other options left out); None for a name written otherwise."""
    parts: dict[str, str] = {}
    for chunk in _TOP_LEVEL_COMMA.split(raw):
        found = _NAME_PART.fullmatch(chunk)
        if found is None:
            return None
        parts[found.group(1).lower()] = found.group(2)
    if "family" not in parts and "given" not in parts:
        return None
    return {part: _unquoted(value) for part, value in parts.items() if part in _NAME_PARTS}


def _unquoted(value: str) -> str:
    """A value of the extended format without the double quotes around it; braces are kept (a
    braced family name alone is an institution's, as in BibTeX's format)."""
    return value[1:-1].strip() if len(value) > 1 and value[0] == value[-1] == '"' else value


def _braced(word: str) -> bool:
    """Whether a word is one group in braces (`{Sci-Art Publishers}`, not `{A} and {B}`)."""
    return word.startswith("{") and closing_brace(word, 0) == len(word) - 1


def _unbraced(word: str) -> str:
    return word[1:-1] if _braced(word) and not _braced(word[1:-1]) else word


def given_and_particle(given: str) -> tuple[str, str]:
    """A given name that ends in a particle (BibTeX's `{Timothy van} Zandt`, sorted under Z) as
    the name and the particle: CSL's dropping particle ("Zandt, T. van", "T. van Zandt"), and
    the member Timothy van Zandt."""
    words = given.split(" ")
    first_particle = len(words)
    while first_particle > 1 and words[first_particle - 1].islower():
        first_particle -= 1
    if first_particle == len(words) or not words[0][:1].isupper():
        return given, ""
    return " ".join(words[:first_particle]), " ".join(words[first_particle:])


def split_multiple_persons_names(names: str) -> list[str]:
    """A name list cut at its top-level `and`s, as BibTeX cuts it: bibtexparser's splitter, run on
    the text with its backslashes masked. The library (2.1) skips a backslash and the character
    after it, which BibTeX does not: a name that begins with a command began two characters late
    (`A and \\L{}ukasz Kaiser` gave "{}ukasz Kaiser", `A and \\textbf{Me}` "extbf{Me}": letters
    and accents lost without a word), and a control space before an `and` hid it (`Booth, Wayne
    C.\\ and Colomb, Gregory` was one name). The masked text is as long as the list's, so the
    pieces are cut from the list at the places the splitter cut its copy. Only a backslash beside a
    space can be misread so (accents are braced in nearly every list: `M{\\"u}ller`); other lists
    go to the library as they are (looked for with `in`: a pattern's search cost 38 ms at 10,000
    lists, masking them all 40)."""
    if "\\" not in names or not (
        " \\" in names or "\\ " in names or "\n\\" in names or "\\\n" in names or "\t\\" in names or "\\\t" in names
    ):
        return _split_by_library(names)
    text = names.strip(" \r\n\t")
    masked = text.replace("\\", "\x01")  # neither a space, a brace nor a letter of "and"
    pieces, cursor = [], 0
    for piece in _split_by_library(masked):
        start = masked.find(piece, cursor)
        if start < 0:  # not a piece of its input: a library that changed its ways
            return _split_by_library(names)
        cursor = start + len(piece)
        pieces.append(text[start:cursor])
    return pieces


def _before_a_space(part: str) -> str:
    """A part of a name, with an empty group after a control word it ends with (`Aaron M\\adddot`,
    `B\\o`), which would take the space before the next part as its own end, as in TeX."""
    return f"{part}{{}}" if "\\" in part and _ENDS_IN_CONTROL_WORD.search(part) else part


_ENDS_IN_CONTROL_WORD = re.compile(r"\\[A-Za-z]+$")


# the number DBLP gives each of several people of one name, after the name ("Lei Zhang 0001",
# "Jian Sun 0006", zero-padded): no part of the name, whose family name BibTeX would read it as
_HOMONYM_NUMBER = re.compile(r"(?<=\S)\s+0\d{3}\s*$")
# "Wall W.A.", "Kim Y.-H.", "Smith J": a family name and its initials with the comma left out (BibTeX
# would make "W.A." the family name); an initial has a full stop or stands alone, since "Wei LI"
# is a given name and a family name in capitals
_INITIALS_AFTER = re.compile(
    r"^\s*((?:(?:van|von|der|den|de|del|della|di|da|dos|du|la|le|ter)\s+)*[^\W\d_][\w'’-]*[a-z][\w'’-]*)"
    r"\s+((?:[A-Z]\.(?:\s*-?\s*[A-Z]\.)*|[A-Z]))\s*$"
)


def vancouver(names: list[str]) -> list[str] | None:
    """Names as PubMed and Vancouver's style write them, a family name and initials without a
    comma ("Chapagain R", "Remenyi TA", "Zachara J."), as BibTeX reads them ("Remenyi, T. A.":
    initials without stops are letters each, so styles abbreviate and space them as any other);
    None unless every name is so, and one at least plainly (one initial, a full stop, or initials
    no name could be: "JJ"), since "Wei LI, Bo XU" are given names and family names in capitals."""
    found = [_VANCOUVER.match(name) for name in names]
    if not names or not all(found) or not any(_plainly_initials(match.group(2)) for match in found if match):
        return None
    return [f"{match.group(1)}, {_dotted(match.group(2))}" for match in found if match]


def _plainly_initials(initials: str) -> bool:
    letters = re.sub(r"[\W\d_]", "", initials)
    return "." in initials or len(letters) == 1 or not re.search(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖÙ-Ý]", letters)


def _dotted(initials: str) -> str:
    """ "PM" as "P. M."; initials written with stops ("Y.-H.") as written."""
    if "." in initials:
        return initials
    return re.sub(r"\.(?=[^\W\d_])", ". ", re.sub(r"([^\W\d_])", r"\1.", initials.replace(" ", "")))


# "Zachara J." or "Shuai PM": a family name, then only initials (no full given name)
_INITIAL = r"[A-Z\u00c0-\u00de]{1,3}\.?"  # "J.", "JM", "É."
_VANCOUVER = re.compile(rf"^\s*((?:[^\W\d][\w'’-]+\s+)*[^\W\d][\w'’-]+)\s+({_INITIAL}(?:[\s-]*{_INITIAL})*)\s*$")


def comma_listed(raw: str, inverted_elsewhere: bool) -> list[str] | None:
    """The names of what BibTeX takes for one name but is a list written with commas, as hands and
    some exports write it: "Rahmat, J., Pham, T., Larracuente, A. M." (family name and initials
    in turn) or "Ada Lovelace, Charles Babbage, Mary Somerville" (full names); None for a name
    ("von Last, Jr, First") or anything else. BibTeX would read such a list as one name of three
    parts, or stop at its third comma. Two full names before the comma of a final `and` ("Ada
    Lovelace, Charles Babbage, and Mary Somerville") are a list too when no other name of the field
    is written family name first (`inverted_elsewhere`), since "Garcia Marquez, Gabriel Jose, and
    Smith, J." is one name with a stray comma."""
    chunks = [chunk.strip() for chunk in _TOP_LEVEL_COMMA.split(raw)]
    before_and = bool(chunks) and not chunks[-1]
    if before_and:  # "Larracuente, A. M., and Sproul, J.": the comma before `and`
        chunks.pop()
    fewest = 2 if before_and and not inverted_elsewhere else 3
    if len(chunks) < fewest or not all(chunks):
        return None
    if all(len(chunk.split()) >= 2 and _CAPITALISED.match(chunk) and not _INITIALS.match(chunk) for chunk in chunks):
        return chunks
    pairs = len(chunks) % 2 == 0 and all(_GIVEN.match(given) for given in chunks[1::2])
    return [f"{family}, {given}" for family, given in zip(chunks[::2], chunks[1::2], strict=True)] if pairs else None


def listed_with_commas(field: str) -> bool:
    """Whether an author or editor field holds a list written with commas (`comma_listed`)."""
    parts = _AND.split(field)
    return any(part.count(",") >= 2 and comma_listed(part, inverted_elsewhere(parts)) for part in parts)


def inverted_elsewhere(parts: Sequence[str]) -> bool:
    """Whether a name of a field besides the one with commas looked at is written family name
    first ("Smith, J."), which tells a stray comma in that one from a list of full names (see
    `comma_listed`)."""
    return sum(1 for part in parts if _TOP_LEVEL_COMMA.search(part)) > 1


def too_many_commas(field: str) -> str | None:
    """The first name of an author or editor field with more than two commas outside braces, which
    no BibTeX form of a name has ("von Last, Jr, First"): BibTeX warns "Too many commas" and reads
    the first three parts; None when every name is fine. A list written with commas is
    `listed_with_commas`; a name in biblatex's extended format has a comma between its parts
    ("family=Oord, given=Aaron, prefix=van den, useprefix=true", Better BibTeX's)."""
    return next(
        (
            part.strip()
            for part in _AND.split(field)
            if len(_TOP_LEVEL_COMMA.findall(part)) > 2 and extended_name(part.strip()) is None
        ),
        None,
    )


def without_emphasis(field: str) -> str:
    """An author or editor field without the LaTeX emphasis a researcher puts around their own
    name (`\\textbf{M. Yaghini}`, `\\textbf{\\underline{Stefano Riva}}`, `{\\bf Smith, J.}`), as
    sitegen emphasises the owner on their pages: BibTeX reads the braced group as one family name,
    which no member matches ("Strugovshchikov, Evgenii" as a name without given names)."""
    while found := _LATEX_EMPHASIS.search(field):
        opening = found.start() if found.group(1) else found.end() - 1
        closing = closing_brace(field, opening)
        field = field[: found.start()] + field[found.end() : closing].strip() + field[closing + 1 :]
    return field


# `\textbf{`, or `{\bf ` (group 1): an emphasis command and the group it emphasises
_LATEX_EMPHASIS = re.compile(
    r"\\(?:textbf|underline|uline|emph|textit|textsl)\s*\{|(\{\s*\\(?:bf|bfseries|it|itshape|em|sl)(?![A-Za-z])\s*)"
)


def listed_otherwise(field: str) -> str:
    """What an author or editor field's names are parted by instead of `and`, if not commas:
    "semicolons" ("J. Smith; J. Doe"), "ampersands" ("John Smith & Jane Doe"), or ""."""
    found = {separator.group().strip() for separator in _TOP_LEVEL_SEPARATOR.finditer(field)}
    return " and ".join(word for mark, word in ((";", "semicolons"), ("&", "ampersands")) if any(mark in f for f in found))


_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
# a semicolon or an ampersand between names, outside braces ({Johnson \& Johnson} is one name)
_TOP_LEVEL_SEPARATOR = re.compile(r"\s*(?:;|\s\\?&\s)\s*(?![^{]*\})")
# a comma outside braces ({Smith, Barney and Co.} is one name)
_TOP_LEVEL_COMMA = re.compile(r",(?![^{]*\})")
_CAPITALISED = re.compile(r"^(?:\S+\s+)*?[A-Z\\{]")  # a name has a capital (or LaTeX) somewhere: not "et al"
_INITIALS_WRITTEN = r"(?:[A-Z]\.?\s*-?\s*){1,4}"  # "A. M.", "ZS", "J.-P."
_INITIALS = re.compile(rf"^{_INITIALS_WRITTEN}$")
# given names after a family name: initials, or a word or two capitalised ("Jane", "Mary Ann")
_GIVEN = re.compile(rf"^(?:{_INITIALS_WRITTEN}|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$")


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _is_suffix(words: str) -> bool:
    """Whether a part of a name is a generational suffix (Jr., III), which BibTeX wants between the
    family name and the first names ("Ford, Jr., Henry")."""
    return words.lower() in _SUFFIXES


def _without_marks(raw: str) -> tuple[str, str]:
    """The name without the marks written after it, and the marks ("*", "†", "*†")."""
    found: set[str] = set()

    def note(mark: re.Match[str]) -> str:
        written = next(group for group in mark.groups() if group)
        found.add(_MARK_WRITTEN.get(written, written))
        return ""

    name = _MARK.sub(note, raw)
    return (name, in_order(found)) if name.strip() else (raw, "")


def in_order(marks: set[str] | str) -> str:
    """The marks in the order they are explained under an entry ("*" before "†")."""
    return "".join(mark for mark in MARKS if mark in marks)


def annotated(names: tuple[Name, ...], annotation: str) -> tuple[Name, ...]:
    """The names with the marks biblatex's `author+an` gives them by position
    (`1=equal; 2=equal,highlight; 4=corresponding`; other annotations are left to the styles)."""
    marked: list[Name] = list(names)
    for item in annotation.split(";"):
        position, _, labels = item.partition("=")
        position = position.partition(":")[0].strip()  # `2:family=...` annotates a part of the name
        if not position.isdigit() or not 0 < int(position) <= len(marked):
            continue
        marks = {_ANNOTATIONS.get(label.strip().lower(), "") for label in labels.split(",")}
        name = marked[int(position) - 1]
        if marks - {""} and not name.others:
            marked[int(position) - 1] = replace(name, note=in_order(marks | set(name.note)))
    return tuple(marked)


def marks_reversed(names: Sequence[Name]) -> bool:
    """Whether the list's "*" and "†" mean what many biology and medicine papers make them mean,
    "†" the authors who contributed equally and "*" the corresponding author, as the list itself
    shows: one name marked alone cannot have contributed equally (it corresponds), and first
    authors marked alike shared first authorship ("Saul†, Scharmann†, ..., Albert*, Fukushima*").
    Where it does not show it, they mean what they do in computer science ("Shen*, Li*, ..., Wang†")."""
    votes = 0
    for mark, when_alone in (("*", 1), ("†", -1)):
        marked = [index for index, name in enumerate(names) if mark in name.note]
        if len(marked) == 1:
            votes += when_alone
        elif len(marked) > 1 and marked[-1] == len(marked) - 1:  # the first authors, one after another
            votes -= when_alone
    return votes > 0


def notes_of(names: Sequence[Name]) -> str:
    """The marks the names carry, each once, in order."""
    return in_order("".join(name.note for name in names))
