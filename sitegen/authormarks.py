"""Fields that say who shared first authorship or corresponds, turned into the authors' marks.

Sites built on al-folio and on hand-made scripts add such a field to an entry instead of writing a
mark into the author list, so the names stay as the database wrote them (and match members):
`cofirst = {2}` (the first two authors), `equal_contribution = {1,2}` (positions, counted from 1),
`corresponding = {Wang, Peidong}` (names, in BibTeX's `and`-separated form). sitegen shows them as
the marks of biblatex's `author+an` are shown: "*" and "†" after the names, explained under the entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from sitegen.bibformat import EQUAL, MARK_FIELDS
from sitegen.matching import fold, initials, name_key
from sitegen.model import Name
from sitegen.names import in_order

_LISTED = re.compile(r"\s*(?:[,;]\s*(?:and\s+)?|\band\s+)")
_NUMBERS = re.compile(r"^\s*\d+(?:\s*(?:,|;|\band\b|\s)\s*\d+)*\s*$")


@dataclass(frozen=True)
class Marking:
    """The authors with the marks the fields give, and what could not be read, a sentence each."""

    authors: tuple[Name, ...]
    problems: tuple[tuple[str, str], ...]  # (field, what is wrong and how to write it)


def mark_fields(fields: dict[str, str]) -> list[str]:
    """The entry's fields that mark authors, in the order they were written."""
    if MARK_FIELDS.keys().isdisjoint(fields):  # nearly every entry: one set operation
        return []
    return [name for name in fields if name in MARK_FIELDS and fields[name].strip()]


def marked(authors: tuple[Name, ...], fields: dict[str, str], parse_names: Callable[[str], tuple[Name, ...]]) -> Marking:
    """The authors with the marks of the entry's mark fields (see the module's docstring)."""
    marks: list[set[str]] = [set() for _ in authors]
    problems = []
    for field in mark_fields(fields):
        mark, value = MARK_FIELDS[field], fields[field]
        positions, problem = _positions(authors, mark, value, parse_names)
        for position in positions:
            marks[position].add(mark)
        if problem:
            problems.append((field, problem))
    named = tuple(
        replace(name, note=in_order(found | set(name.note))) if found and not name.others else name
        for name, found in zip(authors, marks, strict=True)
    )
    return Marking(named, tuple(problems))


def _positions(
    authors: tuple[Name, ...], mark: str, value: str, parse_names: Callable[[str], tuple[Name, ...]]
) -> tuple[list[int], str]:
    """Which authors (0-based) a field's value means, and what of it could not be read."""
    if _NUMBERS.match(value):
        numbers = [int(number) for number in re.findall(r"\d+", value)]
        if mark == EQUAL and len(numbers) == 1:
            numbers = list(range(1, numbers[0] + 1))  # `cofirst = {2}`: one author alone shares with no one
        outside = [number for number in numbers if not 0 < number <= len(authors)]
        problem = (
            f"has no author {', '.join(map(str, outside))} (it has {len(authors)}): write the authors' positions, counted from 1"
            if outside
            else ""
        )
        return [number - 1 for number in numbers if number not in outside], problem
    positions, unknown = _named(authors, parse_names(value))
    if unknown and (listed := _LISTED.split(value)) and len(listed) > 1:
        # "Youngseo Kim, Minju Jang, and Seo-Hyun Yang": names listed as in a sentence, when read so they all are authors
        positions_listed, unknown_listed = _named(authors, [name for part in listed if part for name in parse_names(part)])
        if not unknown_listed:
            positions, unknown = positions_listed, unknown_listed
    problem = (
        f"names {', '.join(repr(name) for name in unknown)}, not among the authors: write the names as the author field "
        "does, or the authors' positions (1,2)"
        if unknown
        else ""
    )
    return positions, problem


def _named(authors: tuple[Name, ...], names: Sequence[Name]) -> tuple[list[int], list[str]]:
    """The positions of the authors named (0-based), and the names of no author."""
    positions, unknown = [], []
    for name in names:
        found = [index for index, author in enumerate(authors) if _same_person(name, author)]
        positions += found[:1]
        if not found:
            unknown.append(name.display)
    return positions, unknown


def _same_person(named: Name, author: Name) -> bool:
    """The same family name, and given names that agree as far as both are written ("P." and
    "Peidong"), so a field may name an author more briefly than the author list does."""
    if author.others:
        return False
    if named.cjk or author.cjk:  # 王小明 is one word however a .bib parts it (matching.name_key)
        return name_key(named) == name_key(author)
    if fold(named.family) != fold(author.family):
        return False
    given, written = fold(named.first), fold(author.first)
    if not given or not written:
        return True
    short = initials(named.first) or initials(author.first)
    return given[0] == written[0] if short else given == written
