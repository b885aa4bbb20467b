"""Which member an author name refers to.

A person's `name` and `aliases` are parsed by the same BibTeX rules as authors, then compared on a
key that ignores accents, case, word order ("Bai, Shipeng", "Shipeng Bai", and "Bai Shipeng" as
Chinese names are often written), hyphens, dots and spaces inside given names. An initial ("S. Bai")
matches only when exactly one member fits, and so does a given name with middle initials added or
left out ("Larracuente, Amanda M." or "A. M. Larracuente" for Amanda Larracuente). Names that fit two members are ambiguous; names one or
two edits from a member's are near misses. Both are reported so people can fix their aliases.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from sitegen.model import Name, Person
from sitegen.names import NameParser, given_and_particle

NameKey = tuple[str, str]
_GIVEN_WORDS = re.compile(r"[\s.\-]+")


# BibTeX's "O'Brien" is shown "O’Brien" (latex.py curls typed quotes); a member's YAML may have either
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def fold(text: str) -> str:
    """Lower case without accents, one apostrophe: "Jörg" -> "jorg", "O’Brien" -> "o'brien"."""
    if text.isascii():  # most names: nothing to decompose (a third of linking's time at 10,000 entries)
        return text.casefold().strip()
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold().strip()


def name_key(name: Name) -> NameKey:
    """(family, given) folded: "Bai, Shi-Peng", "Shipeng Bai" and "SHIPENG BAI" are equal; a CJK
    name is one word, "王, 小明" and "王小明" (BibTeX's family name alone) alike."""
    if name.cjk:
        return name.display, ""
    return _family_key(name.family), _given_key(name.first)


def _family_key(family: str) -> str:
    return fold(family).replace(" ", "").replace("-", "")


def _given_key(given: str) -> str:
    return _GIVEN_WORDS.sub("", fold(given))


def initials(given: str) -> str | None:
    """ "A. B." -> "ab" when the given name is written as initials only, else None."""
    words = [word for word in _GIVEN_WORDS.split(fold(given)) if word]
    return "".join(words) if words and all(len(word) == 1 for word in words) else None


def _initials_of(given: str) -> str:
    return "".join(word[0] for word in _GIVEN_WORDS.split(fold(given)) if word)


def first_given(given: str) -> str | None:
    """A given name without its middle initials: "Amanda M." -> "amanda", "Daven C" -> "daven",
    "Amanda" -> "amanda"; None for initials alone or two names ("Shi-Peng", one person's name)."""
    words = [word for word in _GIVEN_WORDS.split(fold(given)) if word]
    return words[0] if words and len(words[0]) > 1 and all(len(word) == 1 for word in words[1:]) else None


@dataclass(frozen=True)
class Match:
    """The outcome for one author name."""

    slug: str | None = None
    ambiguous: tuple[str, ...] = ()  # slugs of the members it could be
    near: str | None = None  # slug of the member whose name it nearly is


class AuthorMatcher:
    """Matches author names to members; each distinct name is looked up once."""

    def __init__(self, people: list[Person], names: NameParser):
        self._exact: dict[NameKey, set[str]] = defaultdict(set)
        self._initials: dict[NameKey, set[str]] = defaultdict(set)
        self._first_initial: dict[NameKey, set[str]] = defaultdict(set)  # (family, "a") of "Amanda M."
        self._first_given: dict[NameKey, set[str]] = defaultdict(set)  # (family, "amanda") of "Amanda M."
        by_family: dict[str, set[tuple[str, str]]] = defaultdict(set)
        by_given: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self._cache: dict[Name, Match] = {}
        # the same parsed name object recurs in every entry by that author: found by identity
        # (hashing a Name is a Python call), holding the name so its id cannot be reused
        self._by_object: dict[int, tuple[Name, Match]] = {}
        # by the author list's identity (a reused publication keeps its tuple; hashing every Name is slow),
        # holding the tuple itself so the id cannot be reused by another list
        self._lists: dict[int, tuple[tuple[Name, ...], tuple[tuple[str | None, ...], tuple[tuple[Name, Match], ...]]]] = {}
        for person in people:
            for written in (person.name, *person.aliases):
                name = names.parse(written)
                family, given = key = name_key(name)
                self._exact[key].add(person.slug)
                self._initials[(family, short := _initials_of(name.first))].add(person.slug)
                self._first_initial[(family, short[:1])].add(person.slug)
                if first := first_given(name.first):
                    self._first_given[(family, first)].add(person.slug)
                by_family[family].add((given, person.slug))
                by_given[given].add((family, person.slug))
        # in order: when two members are a typo away, every run names the same one (a set's order
        # changes with Python's string hashing from one process to the next)
        self._by_family = {family: sorted(found) for family, found in by_family.items()}
        self._by_given = {given: sorted(found) for given, found in by_given.items()}

    def match_all(self, names: tuple[Name, ...]) -> tuple[tuple[str | None, ...], tuple[tuple[Name, Match], ...]]:
        """For an author list: each author's member slug, and the names worth a warning."""
        held = self._lists.get(id(names))
        if held is not None and held[0] is names:
            return held[1]
        matches = [(name, self.match(name)) for name in names]
        problems = tuple((name, match) for name, match in matches if match.ambiguous or match.near)
        found = (tuple(match.slug for _, match in matches), problems)
        self._lists[id(names)] = (names, found)
        return found

    def match(self, name: Name) -> Match:
        """Who `name` is: one member, several (ambiguous), or nobody (perhaps a near miss)."""
        held = self._by_object.get(id(name))
        if held is not None and held[0] is name:
            return held[1]
        found = self._cache.get(name)
        if found is None:
            found = self._cache[name] = self._match(name)
        self._by_object[id(name)] = (name, found)
        return found

    def _match(self, name: Name) -> Match:
        if name.others or name.literal:
            return Match()
        family, given = name_key(name)
        owners = self._owners(family, given, name.first)
        if not owners and (moved := given_and_particle(name.first))[1]:  # `{Timothy van} Zandt`
            kept, particle = moved
            owners = self._owners(_family_key(f"{particle} {name.family}"), _given_key(kept), kept)
        if owners and len(owners) == 1:
            return Match(slug=next(iter(owners)))
        if owners:
            return Match(ambiguous=tuple(sorted(owners)))
        return Match(near=self._near_miss(family, given))

    def _owners(self, family: str, given: str, written_given: str) -> set[str] | None:
        """The members of the name's key, or of its words the other way round ("Bai Shipeng":
        family name first, no comma), or of part of its given name (`_by_part`)."""
        owners = self._exact.get((family, given))
        if not owners and given:
            owners = self._exact.get((given, family))
        return owners or self._by_part(family, written_given)

    def _by_part(self, family: str, given: str) -> set[str] | None:
        """The members a name with part of the given name fits: its initials ("A. M. Larracuente":
        Amanda M. Larracuente, else the one Larracuente whose name starts with A), or its given
        name with middle initials added or left out ("Amanda M." is Amanda, and Amanda is
        "Amanda M."); the caller reports a name that fits two."""
        if short := initials(given):
            return self._initials.get((family, short)) or self._first_initial.get((family, short[0]))
        first = first_given(given)
        return self._first_given.get((family, first)) if first else None

    def _near_miss(self, family: str, given: str) -> str | None:
        """A member whose family or given name is a typo away, the other part equal (see `_typo_of`)."""
        if len(given) < 2 or len(family) < 2:
            return None
        for other_given, slug in self._by_family.get(family, ()):
            if _typo_of(given, other_given):
                return slug
        for other_family, slug in self._by_given.get(given, ()):
            if _typo_of(family, other_family):
                return slug
        return None


def _typo_of(a: str, b: str) -> bool:
    """True when a and b differ by what a typo does: one edit in names up to five letters, two in longer.

    The allowance grows with the length (as search engines' "fuzziness: AUTO" does): two edits
    would turn Kim into Liu, and every short name into a near miss of another.
    """
    allowed = 1 if min(len(a), len(b)) <= 5 else 2
    if a == b or abs(len(a) - len(b)) > allowed:
        return False
    return Levenshtein.distance(a, b, score_cutoff=allowed) <= allowed
