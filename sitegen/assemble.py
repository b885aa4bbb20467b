"""Cross-references: which person wrote which publication, and each person's list.

A person's `name` and `aliases` are parsed by the same BibTeX name rules as authors, then compared
on a key that ignores accents, case, word order, and hyphens and spaces inside given names.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from sitegen.errors import Report
from sitegen.model import Name, Page, Person, Publication, Site
from sitegen.names import NameParser

NameKey = tuple[str, str]


def name_key(name: Name) -> NameKey:
    """(family, given) folded: "Bai, Shi-Peng", "Shipeng Bai" and "SHIPENG BAI" are equal."""
    return _fold(name.family).replace(" ", ""), _fold(name.first).replace("-", "").replace(" ", "").replace(".", "")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold().strip()


_GIVEN_WORDS = re.compile(r"[\s.\-]+")


def initials(given: str) -> str | None:
    """ "A. B." -> "ab" when the given name is written as initials only, else None."""
    words = [word for word in _GIVEN_WORDS.split(_fold(given)) if word]
    return "".join(words) if words and all(len(word) == 1 for word in words) else None


def _initials_of(given: str) -> str:
    return "".join(word[0] for word in _GIVEN_WORDS.split(_fold(given)) if word)


class AuthorMatcher:
    """Finds the member an author name refers to, if exactly one fits."""

    def __init__(self, people: list[Person], names: NameParser):
        self._owners: dict[NameKey, set[str]] = defaultdict(set)
        self._by_initials: dict[NameKey, set[str]] = defaultdict(set)
        self._matched: dict[Name, str | None] = {}
        for person in people:
            for written in (person.name, *person.aliases):
                name = names.parse(written)
                family, _ = key = name_key(name)
                self._owners[key].add(person.slug)
                self._by_initials[(family, _initials_of(name.first))].add(person.slug)

    def match(self, name: Name) -> str | None:
        """The person's slug, or None for no one and for two or more possible people."""
        if name not in self._matched:
            self._matched[name] = self._match(name)
        return self._matched[name]

    def _match(self, name: Name) -> str | None:
        if name.others or name.literal:
            return None
        key = name_key(name)
        owners = self._owners.get(key)
        if owners is None:
            short = initials(name.first)
            owners = self._by_initials.get((key[0], short), set()) if short else set()
        return next(iter(owners)) if len(owners) == 1 else None


def assemble(people: list[Person], pages: list[Page], publications: list[Publication], names: NameParser, report: Report) -> Site:
    """Link authors to people and give each person their publications, newest first."""
    matcher = AuthorMatcher(people, names)
    authorship: dict[str, tuple[str | None, ...]] = {}
    by_person: dict[str, list[Publication]] = {person.slug: [] for person in people}
    for pub in publications:
        slugs = tuple(matcher.match(name) for name in (pub.authors or pub.editors))
        authorship[pub.key] = slugs
        for slug in dict.fromkeys(s for s in slugs if s):
            by_person[slug].append(pub)
        if people and not any(slugs) and not pub.container:
            report.warn(
                f"no person of the site is among the authors of '{pub.key}'; if one is, add the name as written there to their aliases",
                pub.path,
                pub.line,
            )
    return Site(people=people, pages=pages, publications=publications, authorship=authorship, by_person=by_person)
