"""Publication lists in Markdown: `::: publications year=2020 keyword=harmonization` on a line of
its own puts the site's entries that match, as the publications page shows them, at that place of a
page, a biography or a project (al-folio's `{% bibliography -q @*[year=2020]* %}`, Quarto's
listings).

The text is converted in a process that does not know the entries (as citations are, cite.py):
the converter leaves a marker where the list goes (listfinder.py) and records the query; `select`
finds the entries once the site is loaded, and the views put each list in its marker's place.

A query is filters, all of which an entry must pass; a filter's value may list alternatives
(`type=journal,conference`): `year` (2020, 2018-2020, 2018-), `type` (journal, conference,
preprint, thesis, book, other), `keyword`, `author` (a profile's file name), `file` (a .bib file's
name), `key` (entries by key, in the order given), `selected` (true or false), and any other name
is a BibTeX field whose value is one of those given (al-folio's `@*[category=vision]*`); `limit`
keeps the first n, `order=oldest` runs the list forward in time and `group=year` heads them by
year. Anything it cannot use is a warning at its line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sitegen.errors import Report
from sitegen.matching import fold
from sitegen.model import ListQuery, Publication

TYPES = ("journal", "conference", "preprint", "thesis", "book", "other")  # a Publication's `kind`s

# `::: publications year=2020 ...` or pandoc's attribute form `::: {.publications year="2020"}`
OPENING = re.compile(r"^ {0,3}:{3,}\s*(?:\{\s*\.publications\b(?P<braced>[^}]*)\}|publications\b(?P<plain>[^{}]*))\s*$")
CLOSING = re.compile(r"^ {0,3}:{3,}\s*$")
_FILTER = re.compile(r"""([A-Za-z][\w.+-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))""")
MARKER = re.compile("\ue002(\\d+)\ue003")  # private-use characters, apart from the citations' (cite.py)


Test = Callable[[Publication], bool]  # whether an entry passes one filter


def marker(index: int) -> str:
    return f"\ue002{index}\ue003"


def parse(written: str, line: int = 0) -> tuple[ListQuery, list[str]]:
    """The directive's filters, and what of it is no filter (to be reported)."""
    opening = OPENING.match(written)
    arguments = (opening.group("braced") or opening.group("plain") or "") if opening else written
    filters = []
    for found in _FILTER.finditer(arguments):
        value = next(group for group in found.groups()[1:] if group is not None)
        filters.append((found.group(1).lower(), tuple(part.strip() for part in value.split(",") if part.strip())))
    left = [part for part in _FILTER.sub(" ", arguments).split() if part]
    return ListQuery(tuple(filters), written.strip(), line), left


@dataclass(frozen=True)
class Known:
    """What the filters are checked against: the entries, each person's, the profiles' names."""

    publications: Sequence[Publication]
    by_person: Mapping[str, Sequence[Publication]]
    people: Mapping[str, str]  # slug -> name


def select(query: ListQuery, known: Known, path: Path, report: Report) -> tuple[Publication, ...]:
    """The entries the query asks for, newest first (or in the order `key` gives them); each
    filter that cannot be used, and a list that finds nothing, is a warning at the query's line."""
    chosen = list(known.publications)
    ordered_keys: tuple[str, ...] = ()
    limit = None
    for name, values in query.filters:
        if not values:
            report.warn(f"publication list: '{name}=' has no value; it is left out", path, query.line)
        elif name == "limit":
            limit = _number(values[0], path, query.line, report)
        elif name == "group":
            if values[0] not in ("year", "none"):
                report.warn(f"publication list: group={values[0]} is not known (year or none)", path, query.line)
        elif name == "order":
            if values[0].lower() not in _OLDEST_FIRST | _NEWEST_FIRST:
                report.warn(f"publication list: order={values[0]} is not known (newest or oldest)", path, query.line)
        elif name == "key" or name == "keys":
            ordered_keys = values
        else:
            test = _TESTS.get(name, _field_test)(name, values, known, path, query.line, report)
            chosen = [pub for pub in chosen if test(pub)]
    if ordered_keys:
        chosen = _by_keys(ordered_keys, chosen, known.publications, path, query.line, report)
    else:
        chosen.sort(key=lambda pub: pub.sort_key)
        if oldest_first(query):
            chosen.reverse()
    if not chosen:
        report.warn(f"publication list '{query.written}' finds no entry: check its filters", path, query.line)
    return tuple(chosen[:limit] if limit is not None else chosen)


_OLDEST_FIRST = frozenset({"oldest", "asc", "ascending"})
_NEWEST_FIRST = frozenset({"newest", "desc", "descending"})


def oldest_first(query: ListQuery) -> bool:
    """`order=oldest` (jekyll-scholar's `ascending`): the list runs forward in time."""
    return any(name == "order" and values[:1] and values[0].lower() in _OLDEST_FIRST for name, values in query.filters)


def grouped_by_year(query: ListQuery) -> bool:
    return any(name == "group" and values[:1] == ("year",) for name, values in query.filters)


def _number(value: str, path: Path, line: int, report: Report) -> int | None:
    if value.isdigit():
        return int(value)
    report.warn(f"publication list: limit={value} is not a number; every entry is listed", path, line)
    return None


def _years(name: str, values: tuple[str, ...], known: Known, path: Path, line: int, report: Report) -> Test:
    spans = []
    for value in values:
        found = re.fullmatch(r"(\d{4})?\s*(-|–)?\s*(\d{4})?", value)
        if not found or not (found.group(1) or found.group(3)):
            report.warn(f"publication list: year={value} is no year or span of years (2020, 2018-2020, 2018-)", path, line)
            continue
        first, dash, last = found.groups()
        spans.append((int(first or 0), int(last or (9999 if dash else first))))
    return lambda pub: any(first <= (pub.year or -1) <= last for first, last in spans) if spans else True


def _types(name: str, values: tuple[str, ...], known: Known, path: Path, line: int, report: Report) -> Test:
    wanted = {value.lower() for value in values}
    for unknown in sorted(wanted - set(TYPES)):
        report.warn(f"publication list: type={unknown} is not a type ({', '.join(TYPES)})", path, line)
    return lambda pub: pub.kind in wanted


def _keywords(name: str, values: tuple[str, ...], known: Known, path: Path, line: int, report: Report) -> Test:
    wanted = {fold(value) for value in values}
    return lambda pub: any(fold(keyword) in wanted for keyword in pub.keywords)


def _authors(name: str, values: tuple[str, ...], known: Known, path: Path, line: int, report: Report) -> Test:
    chosen: set[int] = set()
    for slug in values:
        if slug not in known.people:
            report.warn(
                f"publication list: author={slug} is no profile (give a file name of content/people/: "
                f"{', '.join(sorted(known.people)[:5])})",
                path,
                line,
            )
        chosen.update(id(pub) for pub in known.by_person.get(slug, ()))
    return lambda pub: id(pub) in chosen


def _files(name: str, values: tuple[str, ...], known: Known, path: Path, line: int, report: Report) -> Test:
    files = {pub.path.stem.casefold() for pub in known.publications}
    wanted = {Path(value).stem.casefold() for value in values}
    for unknown in sorted(wanted - files):
        report.warn(f"publication list: file={unknown} is no .bib file of the site ({', '.join(sorted(files))})", path, line)
    return lambda pub: pub.path.stem.casefold() in wanted


def _selected(name: str, values: tuple[str, ...], known: Known, path: Path, line: int, report: Report) -> Test:
    wanted = values[0].lower() in ("true", "yes", "1")
    return lambda pub: pub.selected == wanted


def _field_test(name: str, values: tuple[str, ...], known: Known, path: Path, line: int, report: Report) -> Test:
    """Any other name: a field of the entry as its .bib file has it (al-folio's own fields)."""
    wanted = {fold(value) for value in values}
    return lambda pub: fold(pub.fields.get(name, "").strip("{} ")) in wanted


_TESTS = {
    "year": _years,
    "type": _types,
    "keyword": _keywords,
    "keywords": _keywords,
    "author": _authors,
    "member": _authors,
    "file": _files,
    "selected": _selected,
}


def _by_any_key(pubs: Sequence[Publication]) -> dict[str, Publication]:
    """The entries by their keys and their preprints' (listed as them), in lower case, and by the
    aliases of their `ids`, none over a key; the first of two the same."""
    versions = [(pub, version) for pub in reversed(pubs) for version in (pub, *pub.versions)]
    aliases = {alias.casefold(): pub for pub, version in versions for alias in version.known_keys[1:]}
    return aliases | {version.key.casefold(): pub for pub, version in versions}


def _by_keys(
    keys: tuple[str, ...], chosen: list[Publication], every: Sequence[Publication], path: Path, line: int, report: Report
) -> list[Publication]:
    """The entries named that the other filters let through, in the order named (keys in any
    case, as BibTeX reads them); a key of no entry is a warning."""
    by_key = _by_any_key(chosen)
    found = list({id(pub): pub for key in keys if (pub := by_key.get(key.casefold())) is not None}.values())
    if len(found) < len(keys):
        known = _by_any_key(every)
        for key in keys:
            if key.casefold() not in known:
                report.warn(f"publication list: key={key} is no entry of the site", path, line)
    return found
