"""Reading .bib files: bibtexparser's splitter for the syntax, our own value resolution.

The splitter finds blocks, fields and their lines and never stops at a broken block. Field values
come back raw (`{...}`, `"..."`, `macro # {text}`); we resolve them here because bibtexparser 2.1
leaves `#` concatenation of `@string` macros unresolved. Values stay LaTeX: converting them is the
job of `latex.py`, and the clean BibTeX we show is written from these values.

Files are parsed one at a time (so a cache can keep each file's result by content) and resolved
together, because a `@string` in one file is visible in the files after it, as in BibTeX.
"""

from __future__ import annotations

import codecs
import itertools
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bibtexparser import model as bib
from bibtexparser import splitter
from bibtexparser.splitter import Splitter

from sitegen.bibformat import RECORD_FIELDS
from sitegen.errors import Report, decode_unicode, without_control_characters
from sitegen.parallel import Helper, computed_ahead

logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)  # we report its findings ourselves

# bibtexparser's splitter finds the characters it stops at ("marks") with these patterns. Each
# starts with a lookbehind, so the regex engine tries it at every character of the file: 40 % of
# parsing a big .bib. The same patterns written to start with their set of characters let the
# engine skip from one candidate to the next: the marks of a 10,000-entry file are found in 0.6 s
# instead of 1.8 s. Swapped in only for the exact patterns of the versions we know (2.0 to 2.1),
# and tested to find the very same marks.
_FASTER_MARKS = {
    r"(?<!\\)[\{\}\",=\n]|@[\w]*( |\t)*(?=[{(])": r'[{}",=\n@](?:(?<=[{}",=\n])(?<!\\[{}",=\n])|(?<=@)[\w]*( |\t)*(?=[{(]))',
    r"(?<!\\)[\{\}\",=\n)]|@[\w]*( |\t)*(?=[{(])": (
        r'[{}",=\n)@](?:(?<=[{}",=\n)])(?<!\\[{}",=\n)])|(?<=@)[\w]*( |\t)*(?=[{(]))'
    ),
}


def _use_faster_marks() -> None:
    for name in ("_MARK_PATTERN", "_PAREN_BLOCK_MARK_PATTERN"):
        faster = _FASTER_MARKS.get(getattr(getattr(splitter, name, None), "pattern", None))
        if faster is not None:
            setattr(splitter, name, re.compile(faster))


_use_faster_marks()

ENTRY_TYPES = frozenset(
    [
        "article",
        "book",
        "booklet",
        "conference",
        "inbook",
        "incollection",
        "inproceedings",
        "manual",
        "mastersthesis",
        "misc",
        "phdthesis",
        "proceedings",
        "techreport",
        "unpublished",
        "online",
        "electronic",
        "www",
        "report",
        "thesis",
        "dataset",
        "software",
        "patent",
        "collection",
        "mvbook",
        "mvcollection",
        "mvproceedings",
        "periodical",
        "suppbook",
        "suppcollection",
        "suppperiodical",
        "reference",
        "mvreference",
        "inreference",
        "standard",
        "artwork",
        "audio",
        "video",
        "music",
        "performance",
        "letter",
        "movie",
        "image",
        "bookinbook",
        "jurisdiction",
        "legislation",
        "legal",
        "review",
        "customa",
        "customb",
        "customc",
        "customd",
        "custome",
        "customf",
    ]
)

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
MONTH_MACROS = {name[:3]: name.capitalize() for name in MONTHS}
# the journals BibTeX's standard styles (plain.bst and the many made from it: abbrv, alpha, unsrt,
# ieeetr, siam ...) define beside the months: `journal = cacm` builds without an @string there
STYLE_MACROS = {
    "acmcs": "ACM Computing Surveys",
    "acta": "Acta Informatica",
    "cacm": "Communications of the ACM",
    "ibmjrd": "IBM Journal of Research and Development",
    "ibmsj": "IBM Systems Journal",
    "ieeese": "IEEE Transactions on Software Engineering",
    "ieeetc": "IEEE Transactions on Computers",
    "ieeetcad": "IEEE Transactions on Computer-Aided Design of Integrated Circuits",
    "ipl": "Information Processing Letters",
    "jacm": "Journal of the ACM",
    "jcss": "Journal of Computer and System Sciences",
    "scp": "Science of Computer Programming",
    "sicomp": "SIAM Journal on Computing",
    "tocs": "ACM Transactions on Computer Systems",
    "tods": "ACM Transactions on Database Systems",
    "tog": "ACM Transactions on Graphics",
    "toms": "ACM Transactions on Mathematical Software",
    "toois": "ACM Transactions on Office Information Systems",
    "toplas": "ACM Transactions on Programming Languages and Systems",
    "tcs": "Theoretical Computer Science",
}

# A value is a list of parts: ("text", latex) for braced/quoted/numeric parts, ("macro", name).
Part = tuple[str, str]


@dataclass
class RawEntry:
    """One entry as written: lower-cased type and field names, field values still LaTeX."""

    entry_type: str
    key: str
    fields: dict[str, str]
    path: Path
    line: int
    field_lines: dict[str, int] = field(default_factory=dict)  # counted from `offset`, not from the file's top
    offset: int = 0  # lines of the file before the piece the entry was parsed in

    def line_of(self, name: str) -> int:
        """The file line of a field (or of the entry, for a field it does not have)."""
        found = self.field_lines.get(name)
        return found + self.offset if found is not None else self.line


@dataclass
class ParsedChunk:
    """What one piece of a .bib file holds, lines counted from the piece's own first line.

    Pieces are cached by their text, so an edit that adds lines above an entry does not touch it:
    only the offset it is placed at changes.
    """

    strings: list[tuple[str, list[Part], int]] = field(default_factory=list)
    entries: list[tuple[str, str, dict[str, list[Part]], dict[str, int], int]] = field(default_factory=list)
    problems: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class ParsedFile:
    """What one .bib file holds before macros are resolved: its pieces, each with the lines before it."""

    path: Path
    chunks: list[tuple[ParsedChunk, int]] = field(default_factory=list)


def read_bib_text(path: Path, report: Report) -> str:
    """Read a .bib file (see `bib_text`)."""
    return bib_text(path.read_bytes(), path, report)


def bib_text(data: bytes, path: Path, report: Report) -> str:
    """A .bib file's text, as UTF-8 (or UTF-16 with its mark); else in the encoding its header
    names (`declared_encoding`), as JabRef reads the files it saved in one; else Windows-1252,
    with a warning, as old exports need (Latin-1 but for its curly quotes, dashes and euro sign,
    which Latin-1 reads as invisible control characters). Control characters are left out, with a
    warning."""
    try:
        text = decode_unicode(data)
    except UnicodeDecodeError as error:
        declared = declared_encoding(data)
        if declared:
            try:
                return without_control_characters(data.decode(declared), path, report)
            except UnicodeDecodeError:
                pass  # the header is wrong: read as any other file that is not UTF-8
        line = data[: error.start].count(b"\n") + 1
        report.warn(
            "not valid UTF-8; read as Windows-1252 (Latin-1) instead (save the file as UTF-8 to silence this)", path, line
        )
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:  # one of the five bytes Windows-1252 leaves undefined
            text = data.decode("latin-1")
        return without_control_characters(text, path, report)  # its bytes may be C1 controls in Latin-1
    return without_control_characters(text, path, report, data)


# A file's own word for its encoding, in a comment line above its first entry: JabRef's header
# ("% Encoding: ISO8859_2"), Emacs's and Vim's ("-*- coding: latin-9-unix -*-", "vim:
# fileencoding=latin2"), TeXShop's and TeXworks' ("% !TeX encoding = ISO-8859-1").
_ENCODING_COMMENT = re.compile(rb"^[ \t]*%[^\n]*?coding[ \t]*[:=][ \t]*([-\w.]+)", re.IGNORECASE | re.MULTILINE)
_FIRST_ENTRY = re.compile(rb"^[ \t]*@[ \t]*[a-z]+[ \t]*[{(]", re.IGNORECASE | re.MULTILINE)  # or @string, @comment
_EMACS_LINE_ENDS = re.compile(r"-(?:unix|dos|mac)$")  # Emacs's "latin-1-dos": the encoding and its line ends
_EMACS_LATIN = re.compile(r"^(?:iso-)?latin-(\d+)$")  # Emacs's "latin-9", "iso-latin-1": Python's "latin9"


def declared_encoding(data: bytes) -> str | None:
    """The Python codec a .bib file's header names (`_ENCODING_COMMENT`), or None: no header,
    a name Python does not know (Emacs's "undecided"), or a Unicode one (the file is then not what
    it says, and is read as any other file that is not UTF-8)."""
    first_entry = _FIRST_ENTRY.search(data, 0, 4096)
    found = _ENCODING_COMMENT.search(data, 0, first_entry.start() if first_entry else 4096)
    if found is None:
        return None
    name = _EMACS_LINE_ENDS.sub("", found.group(1).decode("ascii", "replace").lower())
    try:
        codec = codecs.lookup(_EMACS_LATIN.sub(r"latin\1", name)).name
    except LookupError:
        return None
    return None if codec.startswith("utf") else codec


# the opening of an entry, not of an @string, @comment or @preamble (`@` in an address matches no such opening)
_AN_ENTRY = re.compile(r"@\s*(?!(?:string|comment|preamble)\b)[a-z]\w*\s*[{(]", re.IGNORECASE)


def macro_files_first(texts: Sequence[tuple[Path, str]]) -> tuple[tuple[Path, str], ...]:
    """The .bib files (path, text) in the order given, but a file that holds no entry, only
    `@string`s (an abbreviations file: IEEEabrv.bib, strings.bib), first whatever its name: its
    macros are then known to every entry, as where LaTeX's `\bibliography{strings,papers}` names
    it first (in name order "papers.bib" came first, and every macro of "strings.bib" was
    undefined there)."""
    return tuple(sorted(texts, key=lambda path_text: _AN_ENTRY.search(path_text[1]) is not None))


PARALLEL_FROM = 2000  # pieces to parse: below this a second process costs more than it saves
_BLOCK_START = re.compile(r"\n[ \t]*@")  # not `^` with MULTILINE: ten times slower on a big file


def parse_bib(
    text: str,
    path: Path,
    chunks: dict[str, ParsedChunk] | None = None,
    progress: Callable[[int, int], None] | None = None,
    jobs: int = 1,
) -> ParsedFile:
    """Split one file into macros and entries with raw value parts; broken blocks become problems."""
    return ParsedFile(path, list(parse_pieces(text, chunks, progress, jobs)))


def parse_pieces(
    text: str,
    chunks: dict[str, ParsedChunk] | None = None,
    progress: Callable[[int, int], None] | None = None,
    jobs: int = 1,
    store: Callable[[list[ParsedChunk]], None] | None = None,
    helper: Helper[ParsedChunk] | None = None,
) -> Iterator[tuple[ParsedChunk, int]]:
    """The file's pieces parsed, in order, each with the lines before it, as soon as it is parsed.

    The text is cut where a line starts with `@` (where bibtexparser's splitter ends a block too)
    and each piece is parsed alone, so with a `chunks` cache an edit re-parses only its entry, and
    a big file is parsed by a second process while the caller uses the pieces parsed so far.
    `store(pieces)` is given all of them, in order, by the process that parsed them: the parsing
    process stores a big file while the caller is still busy with its last pieces. A `helper`
    takes on part of the caller's work on the pieces when the parsing process gets far ahead
    (see `computed_ahead`).
    """
    pieces = split_chunks(text)
    known = chunks if chunks is not None else {}
    missing = list(dict.fromkeys(chunk for chunk in pieces if chunk not in known))

    def store_all(parsed: list[ParsedChunk]) -> None:
        if store is not None:
            found = dict(zip(missing, parsed, strict=True))
            store([found.get(chunk) or known[chunk] for chunk in pieces])

    jobs = jobs if len(missing) >= PARALLEL_FROM else 1
    parsed = computed_ahead(missing, _parse_chunk, jobs, then=store_all, helper=helper)
    line, used = 0, {}
    try:
        for number, chunk in enumerate(pieces):
            piece = known.get(chunk) or used.get(chunk) or next(parsed)
            used[chunk] = piece
            if progress is not None and number % 128 == 0:
                progress(number, len(pieces))
            yield piece, line
            line += chunk.count("\n")
        next(parsed, None)  # the end: the pieces are stored, the parsing process has finished
    finally:
        parsed.close()  # a caller that stopped early stops the parsing process
    if chunks is not None:
        chunks.clear()
        chunks.update(used)  # keep what this version of the file holds, nothing older


def split_chunks(text: str) -> list[str]:
    """The file cut where a line starts with `@`: each piece holds at most one block."""
    starts = [0, *(m.start() + 1 for m in _BLOCK_START.finditer(text)), len(text)]
    return [text[start:end] for start, end in itertools.pairwise(starts)]


def plain_values(piece: ParsedChunk) -> Iterator[dict[str, str]]:
    """Each entry's fields that use no `@string` macro, as `resolve_pieces` will give them (work on
    them can start before the macros defined above the piece are known)."""
    for _, _, values, _, _ in piece.entries:
        plain = ((name, _plain(parts)) for name, parts in values.items())
        yield {name: value for name, value in plain if value is not None}


def chunks_to_json(pieces: list[ParsedChunk]) -> list[list[object]]:
    """Parsed pieces as plain JSON data, for the cache across runs (JSON, so a cache file can
    never run code the way a pickle could)."""
    return [[piece.strings, piece.entries, piece.problems] for piece in pieces]


def chunks_from_json(data: list[list[object]]) -> list[ParsedChunk]:
    pieces = []
    for strings, entries, problems in data:  # type: ignore[misc]
        pieces.append(
            ParsedChunk(
                strings=[(name, [tuple(part) for part in parts], line) for name, parts, line in strings],
                entries=[
                    (kind, key, {name: [tuple(part) for part in parts] for name, parts in values.items()}, lines, line)
                    for kind, key, values, lines, line in entries
                ],
                problems=[(message, line) for message, line in problems],
            )
        )
    return pieces


# A `%` where a field or an entry would be, at a line's start or after a field (`year = {2020}, %
# online 2019`), starts a comment to the end of its line: a field put out of use by hand (`% doi =
# {...},`), an entry (`%@article{old, ...`), a note to oneself. BibTeX's syntax has no comments,
# but biber reads these as comments, and hand-kept files have them; bibtexparser took one in an
# entry for a field's name and skipped the whole entry, and read `%@article{` as an entry, which
# the lines after it then broke. A `%` inside a word (a key that is an address: `a%2Fb`) is not one.
_COMMENT_BLOCK = re.compile(r"\s*@\s*comment\b", re.IGNORECASE)
_MARKS = re.compile(r'(?<!\\)[{}"]|(?<![^\s,}])%')  # braces and quotes as the splitter counts them


def without_comments(text: str) -> str:
    """The text without its comments (the ends of their lines kept, so that every line keeps its
    number); a `%` in a field's value is the value's."""
    if not _starts_a_comment(text) or _COMMENT_BLOCK.match(text):
        return text  # nearly every piece; an @comment's text is its own (JabRef's groups)
    pieces, depth, quoted, position, kept_from = [], 0, False, 0, 0
    while (mark := _MARKS.search(text, position)) is not None:
        found, position = mark.group(), mark.end()
        if found == "{":
            depth += 1
        elif found == "}":
            depth -= 1
        elif found == '"':
            quoted = quoted != (depth == 1)  # a quote inside braces is text
        elif depth <= 1 and not quoted:  # between two fields, or two entries
            end = text.find("\n", position)
            pieces.append(text[kept_from : mark.start()])
            kept_from = position = len(text) if end < 0 else end
    pieces.append(text[kept_from:])
    return "".join(pieces)


def _starts_a_comment(text: str) -> bool:
    """Whether a `%` in the text may start a comment: at the start, or after a space, a comma or a
    `}` (the rule `_MARKS` spells as a pattern for the full scan). Looked for with `find`, not a
    pattern: one that starts with a lookbehind is tried at every character (a third of the pieces
    hold a `%`, an abstract's `50\\%`: 0.5 s at 10,000 entries)."""
    at = text.find("%")
    while at >= 0:
        if at == 0 or text[at - 1].isspace() or text[at - 1] in ",}":
            return True
        at = text.find("%", at + 1)
    return False


# A quote inside braces in a quoted value is text, in BibTeX (`"{Stadtb"ucherei}"`, babel's German
# shorthand; `"{"}"`); bibtexparser's splitter (2.1) counts no braces in a quoted value and ended it
# there: the rest of the entry was lost without a word (its title, year, publisher). Such quotes are
# masked (a character a .bib cannot hold: control characters are taken out as it is read) for the
# splitter, and `split_value` gives them back.
_MASKED_QUOTE = "\x02"
_QUOTED_VALUE_MARKS = re.compile(r'[=#]\s*"|(?<!\\)[{}"]')


def _holds_a_quoted_value(text: str) -> bool:
    """Whether a quote follows an `=` or a `#`. Looked for from one quote to the next, not with a
    pattern over the whole piece: most pieces' quotes are umlauts' (`{\\"u}`), and a pattern
    search of every piece cost 80 ms at 10,000 entries."""
    at = text.find('"')
    while at >= 0:
        before = at - 1
        while before >= 0 and text[before] in " \t\r\n":
            before -= 1
        if before >= 0 and text[before] in "=#":
            return True
        at = text.find('"', at + 1)
    return False


def _quotes_in_braces_masked(text: str) -> str:
    """The text with each quote that is inside braces in a quoted value masked for the splitter."""
    if not _holds_a_quoted_value(text):
        return text  # nearly every piece: its values are braced
    masked, depth, opened_at = [], 0, -1  # opened_at: the depth the open quoted value started at
    for mark in _QUOTED_VALUE_MARKS.finditer(text):
        found = mark.group()
        if found == "{":
            depth += 1
        elif found == "}":
            depth -= 1
        elif opened_at < 0:
            opened_at = depth if len(found) > 1 and depth <= 1 else -1  # a value's opening quote
        elif depth == opened_at:
            opened_at = -1  # its closing quote
        elif depth > opened_at:
            masked.append(mark.end() - 1)
    if not masked:
        return text
    characters = list(text)
    for position in masked:
        characters[position] = _MASKED_QUOTE
    return "".join(characters)


# A block's opening as BibTeX reads it, where bibtexparser's splitter (2.1) does not and the entry
# was lost without a word: the `{` on the line after the type (`@incollection` NEWLINE `(`), and a
# type that only begins with "comment" (biblatex-oscola's @commentary, jurabib's @commented), which
# the splitter took for an @comment. The first is written with its line breaks after the `{`
# (every line keeps its number); the second's "c" is a letter the splitter does not know
# (`_COMMENT_LIKE`), given back by `written_type`.
_OPENING = re.compile(r"[ \t]*@(?P<type>\w+)(?P<space>\s*)[{(]")
_COMMENT_LIKE = "\u0297"  # ʗ, LATIN LETTER STRETCHED C: a word character, and its own lower case


def _opening_read_as_bibtex(text: str) -> str:
    """The piece with its block's opening written so that the splitter reads it as BibTeX does."""
    opening = _OPENING.match(text)
    if opening is None:
        return text  # a piece of text before the file's first block
    kind, space = opening["type"], opening["space"]
    if "\n" in space:
        start, end = opening.span("space")
        text = text[:start] + text[end] + space + text[end + 1 :]
    if len(kind) > 7 and kind[:7].lower() == "comment":
        start = opening.start("type")
        text = text[:start] + _COMMENT_LIKE + text[start + 1 :]
    return text


def _piece_as_bibtex(piece: str) -> str:
    """A piece (its comments out) written so that bibtexparser reads it as BibTeX does: its
    opening, its quotes inside braces."""
    return _quotes_in_braces_masked(_opening_read_as_bibtex(piece))


def read_as_bibtex(text: str) -> str:
    """A whole file (its comments out) as `_piece_as_bibtex` writes each piece, for a reader that
    parses the file at once (`sitegen add --bib`); `unmasked` and `written_type` give the values
    and types read from it back as the file has them."""
    return "".join(map(_piece_as_bibtex, split_chunks(text)))


def unmasked(value: str) -> str:
    """A value read from `read_as_bibtex`'s text, as the file has it."""
    return value.replace(_MASKED_QUOTE, '"') if _MASKED_QUOTE in value else value


def written_type(kind: str) -> str:
    """An entry's type read from `read_as_bibtex`'s text (or a piece's), as the file has it."""
    if kind[:1] != _COMMENT_LIKE:
        return kind
    return ("C" if kind[1:2].isupper() else "c") + kind[1:]


def _parse_chunk(text: str) -> ParsedChunk:
    parsed = ParsedChunk()
    for block in Splitter(_piece_as_bibtex(without_comments(text))).split().blocks:
        line = (block.start_line or 0) + 1
        if isinstance(block, bib.String):
            parsed.strings.append((block.key.lower(), split_value(block.value), line))
        elif isinstance(block, bib.Entry):
            _add_entry(parsed, block, line)
        elif isinstance(block, bib.DuplicateFieldKeyBlock):
            if duplicates := ", ".join(sorted(key for key in block.duplicate_keys if key.lower() not in RECORD_FIELDS)):
                parsed.problems.append(
                    (f"entry '{block.ignore_error_block.key}' repeats the field(s) {duplicates}; the first is used", line)
                )
            _add_entry(parsed, block.ignore_error_block, line)
        elif isinstance(block, bib.ParsingFailedBlock):
            parsed.problems.append((_failure_message(block), line))
    return parsed


def _add_entry(parsed: ParsedChunk, entry: bib.Entry, line: int) -> None:
    values: dict[str, list[Part]] = {}
    lines: dict[str, int] = {}
    for item in entry.fields:
        name = item.key.lower()
        if not name.strip():  # `= {https://...}`: a name lost in an edit
            value = " ".join(item.value.split())
            shown = value if len(value) <= 40 else value[:39] + "…"
            parsed.problems.append(
                (
                    f"entry '{entry.key}' has a field without a name (= {shown}); it is left out: write its name before the =",
                    (item.start_line or 0) + 1,
                )
            )
        elif name not in values:
            values[name] = split_value(item.value)
            lines[name] = (item.start_line or 0) + 1
    parsed.entries.append((written_type(entry.entry_type.lower()), entry.key, values, lines, line))


_WHITESPACE = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"[ \t\r]*\n[ \t\r]*(?:\n\s*)+")
_FAILED_KEY = re.compile(r"@\s*(\w+)\s*[{(]\s*([^,\s{}()=]*)")


def _failure_message(block: bib.ParsingFailedBlock) -> str:
    reason = getattr(block.error, "abort_reason", None) or str(block.error) or "syntax error"
    found = _FAILED_KEY.match(block.raw or "")
    what = f"entry '{found.group(2)}'" if found and found.group(2) else "an entry"
    reason = reason.strip().rstrip(".")
    return f"skipped {what}: {reason}. Check its braces and the commas between fields"


def split_value(raw: str) -> list[Part]:
    """Split a raw field value into its `#`-joined parts: braced, quoted, numbers and macro names."""
    raw = unmasked(raw)
    parts: list[Part] = []
    index, end = 0, len(raw)
    while index < end:
        char = raw[index]
        if char.isspace() or char == "#":
            index += 1
        elif char in '{"':
            close = _matching_close(raw, index)
            parts.append(("text", raw[index + 1 : close]))
            index = close + 1
        else:
            stop = index
            while stop < end and not raw[stop].isspace() and raw[stop] != "#":
                stop += 1
            word = raw[index:stop]
            parts.append(("text", word) if word.isdigit() else ("macro", word))
            index = stop
    return parts


_DELIMITERS = re.compile(r'[{}]|(?<!\\)"')  # `\"` (an umlaut) is no quote, as the splitter has it


def _matching_close(raw: str, start: int) -> int:
    """Index of the delimiter closing the one at `start`, by BibTeX's rules: every brace counts
    (even after a backslash), and a quote ends a quoted value only outside braces; not `\\"`,
    which the splitter (and so the value's extent) does not take for a quote either."""
    if raw[start] == "{":
        return closing_brace(raw, start)
    depth = 0
    for match in _DELIMITERS.finditer(raw, start + 1):
        char = match.group()
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif depth == 0:
            return match.start()
    return len(raw)


def closing_brace(raw: str, start: int) -> int:
    """The `}` closing the `{` at `start`, found from one `}` to the next with the `{` between
    them counted by str.count: a third of the time of visiting every brace in Python (an
    abstract's accents are dozens of them; 0.15 -> 0.05 s for the 100,000 values of 10,000 entries)."""
    depth, position = 1, start + 1
    while (close := raw.find("}", position)) >= 0:
        depth += raw.count("{", position, close) - 1
        if depth == 0:
            return close
        position = close + 1
    return len(raw)


ResolvedCache = dict[int, tuple[dict[str, list[Part]], frozenset[tuple[str, str]], dict[str, str]]]


def resolve(files: Iterable[ParsedFile], report: Report, cache: ResolvedCache | None = None) -> list[RawEntry]:
    """Resolve `@string` macros across files (in order) and give every entry plain LaTeX values."""
    pieces = ((parsed.path, chunk, offset) for parsed in files for chunk, offset in parsed.chunks)
    return list(resolve_pieces(pieces, report, cache))


def resolve_pieces(
    pieces: Iterable[tuple[Path, ParsedChunk, int]], report: Report, cache: ResolvedCache | None = None
) -> Iterator[RawEntry]:
    """The entries of the files' pieces (in file order: file, piece, lines before it) with their
    `@string` macros resolved, each as soon as its piece comes.

    With a `cache`, an entry whose parsed values (the same object, from the chunk cache) meet the
    same macros as last time gets last time's values.
    """
    macros: dict[str, str] = {**MONTH_MACROS, **STYLE_MACROS}
    used: ResolvedCache = {}
    known: frozenset[tuple[str, str]] | None = None  # the macros as a cache key, made again after a change
    # last build's macro sets, so an equal set is the same object and compares by identity
    earlier = {hit[1]: hit[1] for hit in cache.values()} if cache else {}
    for path, chunk, offset in pieces:
        for message, line in chunk.problems:
            report.warn(message, path, line + offset)
        for name, parts, line in chunk.strings:
            macros[name] = _join(parts, macros, report, path, line + offset)  # spaces at the ends count
            known = None
        for entry_type, key, values, lines, line in chunk.entries:
            if known is None and cache is not None:
                known = frozenset(macros.items())
                known = earlier.setdefault(known, known)
            hit = cache.get(id(values)) if cache is not None else None
            if hit is not None and hit[0] is values and hit[1] is known:
                fields = hit[2]
                used[id(values)] = hit
            else:
                warned = len(report.warnings)
                fields = {
                    name: _join(
                        _one_per_line(parts) if name == "keywords" else parts,
                        macros,
                        report,
                        path,
                        lines.get(name, line) + offset,
                    )
                    for name, parts in values.items()
                }
                if len(report.warnings) == warned:  # with undefined macros: resolve again, to warn again
                    used[id(values)] = (values, known, fields)
            yield RawEntry(entry_type, key, fields, path, line + offset, lines, offset)
    if cache is not None:
        cache.clear()
        cache.update(used)


def _one_per_line(parts: list[Part]) -> list[Part]:
    """Keywords one per line, as EndNote and PubMed exports write them, parted by semicolons. A list
    with semicolons of its own, or with commas between most of its words (one wrapped over lines),
    keeps its lines as white space; a MeSH heading's comma ("Polymorphism, Single Nucleotide") is
    no such list."""
    texts = [value.strip() for kind, value in parts if kind == "text"]
    lines = sum(text.count("\n") for text in texts)
    if not lines or any(";" in text for text in texts) or lines <= 2 * sum(text.count(",") for text in texts):
        return parts
    return [(kind, value.strip().replace("\n", ";") if kind == "text" else value) for kind, value in parts]


def _plain(parts: list[Part]) -> str | None:
    """The value of a field that is one braced or quoted text (the common case), else None."""
    return _collapse(parts[0][1]) if len(parts) == 1 and parts[0][0] == "text" else None


def _join(parts: list[Part], macros: dict[str, str], report: Report, path: Path, line: int) -> str:
    plain = _plain(parts)
    if plain is not None:
        return plain
    pieces = []
    for kind, value in parts:
        if kind == "macro" and "=" in value:  # `title = {T} year = {2020}`: read as the title's macro
            report.warn(
                f"a comma is missing before '{value}' (fields are parted by commas: title = {{...}}, year = {{...}}); "
                "it is left out until there is one",
                path,
                line,
            )
        elif kind == "macro":
            known = macros.get(value.lower())
            if known is None:
                report.warn(f"undefined @string macro '{value}': define it with @string or put the text in braces", path, line)
                known = value
            pieces.append(known)
        else:
            pieces.append(value)
    return _collapse("".join(pieces))


def _collapse(value: str) -> str:
    """White space runs as one space, as BibTeX reads them; a blank line stays one (LaTeX's new
    paragraph: an abstract's paragraphs are shown as such)."""
    if "\n" in value or "\t" in value or "  " in value or "\r" in value:
        if _BLANK_LINE.search(value) is None:
            return _WHITESPACE.sub(" ", value)
        return "\n\n".join(_WHITESPACE.sub(" ", part).strip() for part in _BLANK_LINE.split(value.strip()))
    return value
