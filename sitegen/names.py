"""Author and editor fields -> `Name`s, by BibTeX's rules.

Splitting ("First von Last", "von Last, First", "von Last, Jr, First", braced corporate names) is
bibtexparser's; we convert the parts from LaTeX and cache every distinct name, since the same
people appear on many entries.
"""

from __future__ import annotations

from bibtexparser.middlewares.names import parse_single_name_into_parts, split_multiple_persons_names

from sitegen.latex import LatexConverter
from sitegen.model import Name

OTHERS = Name(others=True, html="et al.")


class NameParser:
    """Parses name lists; one per build, sharing the build's LaTeX converter."""

    def __init__(self, converter: LatexConverter):
        self._converter = converter
        self._names: dict[str, Name] = {}
        self._split_ahead: dict[str, list[str]] = {}  # fields split by another process, used once
        self.unknown_macros: set[str] = set()

    def parse_list(self, latex: str) -> tuple[Name, ...]:
        """All names of an author or editor field, `and others` as a final `et al.`."""
        raws = self._split_ahead.pop(latex, None)
        return tuple(self.parse(raw) for raw in (self.split(latex) if raws is None else raws))

    @staticmethod
    def split(latex: str) -> list[str]:
        """An author or editor field cut into its names (the slower half of parsing a name list)."""
        return [raw for raw in split_multiple_persons_names(latex) if raw.strip()]

    def remember_splits(self, splits: dict[str, list[str]]) -> None:
        """Take fields split by another process, for `parse_list` to use once each."""
        self._split_ahead.update(splits)

    def parse(self, raw: str) -> Name:
        """One name; the same text always gives the same (cached) `Name`."""
        name = self._names.get(raw)
        if name is None:
            name = self._names[raw] = self._parse(raw)
        return name

    def _parse(self, raw: str) -> Name:
        if raw.strip().lower() == "others":
            return OTHERS
        parts = parse_single_name_into_parts(raw, strict=False)
        literal = (
            not parts.first
            and not parts.von
            and not parts.jr
            and len(parts.last) == 1
            and (parts.last[0].startswith("{") and parts.last[0].endswith("}"))
        )
        first, von, last, jr = (" ".join(words) for words in (parts.first, parts.von, parts.last, parts.jr))
        display = " ".join(part for part in (first, von, last) if part)
        if jr:
            display = f"{display}, {jr}"
        converted = self._converter.convert(display)
        self.unknown_macros.update(converted.unknown)
        return Name(
            first=self._text(first),
            von=self._text(von),
            last=self._text(last),
            jr=self._text(jr),
            literal=literal,
            html=converted.html,
        )

    def _text(self, latex: str) -> str:
        return self._converter.convert(latex).text if latex else ""
