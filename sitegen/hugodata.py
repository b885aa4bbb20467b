"""A Hugo lab site's publication list kept as data (`data/publications.yaml`), as BibTeX.

Many labs keep their full list in a data file that a layout of their own shows, beside the few
papers that have a page bundle (Pourquié's lab: 13 bundles, 120 papers in the data file). Each
lab writes its records its own way; the fields read are those real files use (Pourquié's, the
Baker lab's, MINT's, the Trace lab's, LaMI's): `title`, `authors` or `author` (a list, or a line
of names: "Olsen L, Botella J, …, Cohen P", "Bo Zhao; Hakan Bilen", "Xinlong Wang, et al"),
`year` or `date`, the venue (`journal`, `venue_full`, `venue`, `booktitle` ...) with its
`details` ("7(9): 102988"), `abbr` (the badge, or the only venue: "CVPR 2026"), `url` (a DOI's
address is the DOI), `doi`, `links` or `link` (a list of `{label, url}` or `{text, url}`, or
`{paper: url, code: url}`), `category` or `type` (journal, conference, preprint ...), `tags`,
`abstract`, `note`, `featured`; a record that is a formatted citation alone (CMU MultiComp's:
`citation:` HTML, no title) is read from it, its names, title and venue (`from_citation`); the
importer names those read so, those that do not read so, and the fields no entry takes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sitegen.citationtext import (
    listed_authors,
    markdown_as_latex,
    paragraphs_as_latex,
    split_citation,
    venue_details,
    without_place,
)
from sitegen.doi import free_key, scholar_key
from sitegen.hugofields import DOI_ADDRESS, TYPES, VENUE_FIELD, entry_links, tables
from sitegen.matching import fold
from sitegen.migrate import as_list, bib_value, day, link_field, text

# the fields a record names its venue by, in the order they are taken (`venue_full` before `venue`,
# its short name, then the badge)
_VENUES = ("journal", "venue_full", "venue", "booktitle", "conference", "publication", "journal_name", "source")
# every field a record's entry is made of (`slug`, the old page's name, stands for nothing there)
_READ = frozenset(
    {*_VENUES, "title", "authors", "author", "year", "date", "details", "url", "doi", "links", "link", "type", "category"}
    | {"publication_type", "kind", "abstract", "note", "featured", "selected", "highlight", "abbr", "tags", "keywords", "slug"}
    | {"citation"}
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_AT_END = re.compile(r",\s*((?:19|20)\d\d)\s*$")
# what stands for names left out of a list of authors ("Olsen L, Botella J, …, Cohen P")
_ELIDED = frozenset({"…", "...", "et al.", "et al", "others"})


def publication_records(data: Any) -> list[dict]:
    """The records of a data file of publications: a list of tables, or the list of tables its
    one key holds (`publications:`, `papers:`)."""
    if isinstance(data, dict):
        lists = [value for value in data.values() if tables(value)]
        data = lists[0] if len(lists) == 1 else []
    return tables(data)


def from_citation(record: dict) -> dict | None:
    """A record that is a formatted citation alone (`citation:`, a lab's list of them: "A. K.
    Vail, L.-P. Morency. Goals, Tasks, and Bonds. <strong>FG</strong>, 2021.") as one with its
    names, title and venue (`split_citation`), its other fields (year, links) kept; None when the
    citation does not read so."""
    if text(record.get("title")) or not (parts := split_citation(str(record.get("citation") or ""))):
        return None
    names, title, venue = parts
    return {
        **{key: value for key, value in record.items() if key != "citation"},
        "title": title,
        "authors": names,
        "venue": venue,
    }


def record_title(record: dict) -> str:
    """A record's title, compared without case, marks or spacing (to know it as a bundle's)."""
    return " ".join(fold(text(record.get("title"))).split())


def record_doi(record: dict) -> str:
    """A record's DOI: its `doi`, or the DOI its `url` or a link leads to."""
    if doi := text(record.get("doi")):
        return DOI_ADDRESS.sub("", doi).lower()
    written = [text(record.get("url")), *entry_links(record).values()]
    return next((DOI_ADDRESS.sub("", url).lower() for url in written if url and DOI_ADDRESS.match(url)), "")


def data_entry(record: dict, taken: set[str], extra: Sequence[tuple[str, str]] = ()) -> tuple[str, str, bool]:
    """A record as a BibTeX entry, with its key (free of those `taken`) and whether its authors
    were abridged ("…": the names after it are kept, the gap is not written); `extra`: fields an
    importer read besides the record's (a picture, a Google Scholar id)."""
    authors, abridged = _authors(record.get("authors") or record.get("author"))
    kind = _kind(record)
    fields = [("title", markdown_as_latex(text(record.get("title")).rstrip(".")))]  # "Evo-1: ... Alignment."
    if authors:
        fields.append(("author", " and ".join(bib_value(author) for author in authors)))
    fields += _date(record)
    fields += _venue(record, kind, dict(fields).get("year", ""))
    fields += _links(record)
    if tags := [tag for item in as_list(record.get("tags") or record.get("keywords")) if (tag := text(item))]:
        fields.append(("keywords", "; ".join(bib_value(tag) for tag in tags)))
    if abstract := str(record.get("abstract") or "").strip():
        fields.append(("abstract", paragraphs_as_latex(abstract)))
    if note := text(record.get("note")):  # (after the venue's own remark, "Tutorial": both said)
        said = dict(fields).get("note")
        fields = [field for field in fields if field[0] != "note"] + [
            ("note", f"{said}; {bib_value(note)}" if said else bib_value(note))
        ]
    if any(record.get(name) is True for name in ("featured", "selected", "highlight")):
        fields.append(("selected", "true"))
    fields += extra
    year = dict(fields).get("year", "")
    key = free_key(scholar_key(authors[0].rstrip("*†") if authors else "", year, text(record.get("title"))), taken)
    seen: set[str] = set()
    fields = [(name, value) for name, value in fields if value and not (name in seen or seen.add(name))]
    inside = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return key, f"@{kind}{{{key},\n{inside}\n}}", abridged


_THESES = frozenset({"phdthesis", "mastersthesis", "thesis"})


def _venue(record: dict, kind: str, year: str) -> list[tuple[str, str]]:
    """A record's venue and the volume, number and pages written with it (its `details`), the
    short name as the badge (`abbr`; `venue` beside `venue_full`); a venue that is the badge
    alone ("CVPR 2026") is the venue, its year the entry's when the record has none, and not
    written twice ("CVPR, 2026")."""
    line = next((text(record.get(name)) for name in _VENUES if text(record.get(name))), "")
    badge = text(record.get("abbr")) or (text(record.get("venue")) if text(record.get("venue_full")) else "")
    line, badge = (line, badge) if line else (badge, "")
    if details := text(record.get("details")):
        line = f"{line}, {details}" if line else details
    venue, numbers = venue_details(line)
    if kind in _THESES and not any(name == "address" for name, _ in numbers):  # ("Pennsylvania State University, PA, USA")
        venue, place = without_place(venue)
        numbers += [("address", place)] if place else []
    fields = [("abbr", bib_value(badge))] if badge else []  # the badge before the citation, as al-folio's
    # the year the line ends with (the citation's, not a conference's before it: "Proceedings of ..., Melbourne
    # 2019 (pp. 1-9), 2020"), else its first
    if not year and (found := _YEAR_AT_END.search(line) or _YEAR.search(f"{badge} {line}")):
        year = found.group(found.lastindex or 0)
        fields.append(("year", year))
    if venue := re.sub(rf"(?:^|[\s.,]+){year}$", "", venue).rstrip(" .,") if year else venue:  # ("2025" alone: none)
        fields.insert(0, (VENUE_FIELD.get(kind, "publisher"), bib_value(venue)))
    return fields + [(name, bib_value(value)) for name, value in numbers]


def unread_fields(record: dict) -> list[str]:
    """The fields of a record that no field of its entry takes (a lab's own `extra_desc1`)."""
    return [str(name) for name in record if str(name).lower() not in _READ]


def _authors(value: Any) -> tuple[list[str], bool]:
    """A record's authors (a list, or a line of names parted by commas or semicolons, "Bo Zhao;
    Hakan Bilen"), "et al." at the end as BibTeX's "others"; and whether names were left out
    between them ("Olsen L, Botella J, …, Cohen P": the names after the gap are kept, the gap
    cannot be written)."""
    if isinstance(value, str) and ";" in value:
        value = re.sub(r"\s*;\s*", ", ", value)
    names = [name.strip() for name in listed_authors(value) if name.strip(" .")]
    cut_short = bool(names) and names[-1] in _ELIDED  # "Xinlong Wang, et al": others
    names = names[:-1] if cut_short else names
    kept = [name for name in names if name not in _ELIDED]
    return kept + ["others"] * cut_short, len(kept) < len(names)


def _kind(record: dict) -> str:
    """The entry type a record's `category` or `type` names (journal, conference, preprint ...);
    else an article if it names a venue."""
    for name in ("type", "category", "publication_type", "kind"):
        for written in as_list(record.get(name)):
            if found := TYPES.get(fold(written).replace(" ", "-")):
                return found
    venues = [venue for name in _VENUES if (venue := venue_details(text(record.get(name)))[0]) and not _YEAR.fullmatch(venue)]
    return "article" if venues else "misc"  # (not "Under review", nor a year alone)


def _date(record: dict) -> list[tuple[str, str]]:
    """A record's year (and month, when a whole date is written)."""
    if (dated := day(record.get("date"))) is not None:
        return [("year", str(dated.year)), ("month", str(dated.month))]
    year = text(record.get("year") or record.get("date"))
    return [("year", year)] if year.isdigit() else []


def _links(record: dict) -> list[tuple[str, str]]:
    """A record's DOI and link fields: `doi`, `url` (a DOI's address is the DOI), `links` as a
    list of named addresses or a table of them (`paper: ...`, `code: ...`)."""
    listed = record.get("links") or record.get("link")
    named = [
        {"name": item.get("name") or item.get("label") or item.get("text"), "url": item.get("url")} for item in tables(listed)
    ]
    links = entry_links({"links": named})  # `{label: journal, url: ...}`, `{text: PDF, url: ...}`
    if isinstance(listed, dict):
        for name, url in listed.items():
            if (address := text(url)).startswith(("http://", "https://", "/")):
                links.setdefault(link_field(str(name).lower(), address), address)
    if url := text(record.get("url")):
        links.setdefault("doi" if DOI_ADDRESS.match(url) else link_field("url", url), url)
    fields = []
    if doi := text(record.get("doi")) or links.pop("doi", ""):
        fields.append(("doi", bib_value(DOI_ADDRESS.sub("", doi), url=True)))
    links.pop("doi", None)
    return fields + [(name, bib_value(url, url=True)) for name, url in links.items()]
