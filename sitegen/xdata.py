"""biblatex's @xdata: entries that only hold fields for other entries to take.

A .bib kept for biber can write a publisher, a journal or a series once, `@xdata{ieee, publisher
= {IEEE}, location = {New York}}`, and have entries take it: `xdata = {ieee}` gives an entry every
field of that @xdata entry (which may take another's in turn). A field can also take one field of
one, `title = {xdata=series-title}`, and a name list one name of one by its place, `author =
{Ann Lee and xdata=team-author-2}` (biber's "granular" references). As biber does it, an @xdata
entry's field replaces the entry's own, and a later one's an earlier one's; `ids` (the entry's
other keys) is never taken. An @xdata entry is not a publication, so it is never listed. What is
not there to take (no such entry, not an @xdata entry, a loop, no such field or name) is said at
the line that asks for it and left out, rather than shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

from sitegen.bibtex import RawEntry
from sitegen.names import split_multiple_persons_names

XDATA = "xdata"
_NEVER_TAKEN = frozenset({"ids", "xdata"})
# `xdata=<key>-<field>[-<place>]`; a key may hold hyphens, a field name does not
_REFERENCE = re.compile(r"\s*xdata\s*=\s*(?P<key>\S+?)-(?P<field>[a-z]+)(?:-(?P<place>\d+))?\s*", re.IGNORECASE)
_MENTION = re.compile(r"xdata\s*=", re.IGNORECASE)

Warn = Callable[[str, Path, int], None]


class XdataResolver:
    """The fields of entries that take fields from @xdata entries, for one bibliography."""

    def __init__(self, entries: Mapping[str, RawEntry], warn: Warn) -> None:
        """`entries` by lower-cased key; `warn(message, path, line)` hears of what cannot be taken."""
        self._entries = entries
        self._warn = warn
        self._has_containers = any(entry.entry_type == XDATA for entry in entries.values())
        self._resolved: dict[str, dict[str, str]] = {}  # each @xdata entry's own, resolved once (and said once)

    def concerns(self, entry: RawEntry) -> bool:
        """Whether the entry takes anything. Its values are looked through only when the bibliography
        holds @xdata entries, as only they can be referred to (10,000 entries: 27 ms otherwise)."""
        fields = entry.fields
        return XDATA in fields or (self._has_containers and any(map(_MENTION.search, fields.values())))

    def fields(self, entry: RawEntry) -> dict[str, str]:
        """The entry's fields with what it takes from @xdata entries in place."""
        return self._fields(entry, (entry.key.lower(),))

    def _fields(self, entry: RawEntry, chain: tuple[str, ...]) -> dict[str, str]:
        fields = dict(entry.fields)
        for key in _keys(fields.pop(XDATA, "")):
            if (source := self._source(entry, key, chain, XDATA)) is not None:
                taken = self._container(source, chain)
                fields.update((name, value) for name, value in taken.items() if name not in _NEVER_TAKEN)
        for name, value in list(fields.items()):
            if _MENTION.search(value):
                fields[name] = self._referred(entry, name, value, chain)
        return {name: value for name, value in fields.items() if value.strip()}

    def _container(self, source: RawEntry, chain: tuple[str, ...]) -> dict[str, str]:
        key = source.key.lower()
        if key not in self._resolved:
            self._resolved[key] = self._fields(source, (*chain, key))
        return self._resolved[key]

    def _source(self, entry: RawEntry, key: str, chain: tuple[str, ...], field: str) -> RawEntry | None:
        """The @xdata entry `key`, or None, said, when there is none to take from."""
        source = self._entries.get(key.lower())
        if source is None:
            problem = (
                "which is not in the bibliography; nothing is taken from it (add an @xdata entry of that key, or fix the key)"
            )
        elif source.entry_type != XDATA:
            problem = f"which is an @{source.entry_type}, not an @xdata entry; nothing is taken from it (crossref takes an entry's fields)"
        elif key.lower() in chain:
            problem = "which takes its fields from this entry in turn; nothing is taken from it (remove one of the two)"
        else:
            return source
        self._warn(f"entry '{entry.key}' takes fields from '{key}', {problem}", entry.path, entry.line_of(field))
        return None

    def _referred(self, entry: RawEntry, name: str, value: str, chain: tuple[str, ...]) -> str:
        """A value with its `xdata=key-field[-place]` references replaced by what they refer to; in a
        list (`A and xdata=team-author-2`), each item on its own."""
        found = []
        for item in split_multiple_persons_names(value):  # a title's " and " is joined again as it was
            reference = _REFERENCE.fullmatch(item)
            if reference is None:
                found.append(item)
            elif taken := self._taken(entry, name, reference, chain):
                found += _at_place(entry, name, reference, split_multiple_persons_names(taken), self._warn)
        return " and ".join(found)

    def _taken(self, entry: RawEntry, name: str, reference: re.Match[str], chain: tuple[str, ...]) -> str | None:
        """The field a reference names, or None, said, when it is not there."""
        if (source := self._source(entry, reference["key"], chain, name)) is None:
            return None
        taken = self._container(source, chain).get(reference["field"].lower())
        if taken is None:
            self._warn(
                f"entry '{entry.key}': {name} refers to the {reference['field']} of '{reference['key']}', which has none; "
                "it is left out (add the field there, or fix the reference)",
                entry.path,
                entry.line_of(name),
            )
        return taken


def _at_place(entry: RawEntry, name: str, reference: re.Match[str], items: list[str], warn: Warn) -> list[str]:
    """All of a referred list's items, or the one at the reference's place (counted from 1)."""
    if not reference["place"]:
        return items
    place = int(reference["place"])
    if 1 <= place <= len(items):
        return [items[place - 1]]
    warn(
        f"entry '{entry.key}': {name} refers to item {place} of the {reference['field']} of '{reference['key']}', "
        f"which has {len(items)}; it is left out (fix the number)",
        entry.path,
        entry.line_of(name),
    )
    return []


def _keys(value: str) -> list[str]:
    """The keys of an `xdata` field: one, or several separated by commas."""
    return [key.strip() for key in value.split(",") if key.strip()]
