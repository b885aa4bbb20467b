"""ORCID records for `sitegen add --orcid`: the works a researcher's record lists.

ORCID's public API (no key) lists a record's works, each with its identifiers. A work with a DOI
(or, a preprint, an arXiv identifier) is fetched from doi.org as any DOI is (doi.py); the others,
which a record often holds (talks, theses, papers of venues without DOIs), are read whole, a
hundred in one request: the BibTeX the record keeps for one (its `citation` of type bibtex), else
an entry made from its title, type, venue, date, address and contributors (none named: the
record's owner, whose work it is). They are merged into the site's .bib as any list is
(bibmerge.py): what the site has is not added again.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from sitegen import doi
from sitegen.errors import SitegenError
from sitegen.migrate import bib_value

ORCID_API = "https://pub.orcid.org/v3.0/"  # SITEGEN_ORCID_API replaces it (the tests' stand-in)
ORCID_ID = re.compile(r"(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])")  # also how openalex.py tells an iD from its ids
_BULK = 100  # works ORCID gives whole in one request
# ORCID's work types -> BibTeX's, and the field its `journal-title` (the venue) is
_TYPES = {
    "journal-article": ("article", "journal"),
    "conference-paper": ("inproceedings", "booktitle"),
    "conference-abstract": ("inproceedings", "booktitle"),
    "conference-poster": ("inproceedings", "booktitle"),
    "book-chapter": ("incollection", "booktitle"),
    "book": ("book", "publisher"),
    "edited-book": ("book", "publisher"),
    "dissertation-thesis": ("phdthesis", "school"),
    "dissertation": ("phdthesis", "school"),
    "report": ("techreport", "institution"),
    "working-paper": ("techreport", "institution"),
    "preprint": ("misc", "howpublished"),
}


@dataclass
class Record:
    """What `add --orcid` takes from a record."""

    dois: list[str] = field(default_factory=list)  # its works' DOIs (a preprint's arXiv identifier), readable
    not_dois: list[str] = field(default_factory=list)  # what its DOI fields hold that is no DOI
    bibtex: str = ""  # its other works, as BibTeX
    unnamed: list[str] = field(default_factory=list)  # titles of works it says too little of to add


def read(written: str) -> Record:
    """The record's works: by DOI where they have one, as BibTeX where not."""
    orcid = check(written)
    groups = _json(f"{orcid}/works", orcid).get("group") or []
    record, others = Record(), []
    for group in groups:
        ids = (group.get("external-ids") or {}).get("external-id") or []
        own = {
            i.get("external-id-type"): i["external-id-value"]
            for i in reversed(ids)  # the first of a type wins
            if i.get("external-id-type") in ("doi", "arxiv") and i.get("external-id-relationship", "self") == "self"
        }
        summary = (group.get("work-summary") or [{}])[0]
        if found := own.get("doi") or own.get("arxiv"):
            (record.dois if doi.is_doi(found) else record.not_dois).append(found)
        elif summary.get("put-code") is not None:
            others.append(str(summary["put-code"]))
        else:
            record.unnamed.append(_title(summary) or "(no title)")
    if others:
        owner = _owner(orcid)
        entries = []
        for start in range(0, len(others), _BULK):
            for work in _works(orcid, others[start : start + _BULK]):
                if entry := _bibtex(work, owner):
                    entries.append(entry)
                else:
                    record.unnamed.append(_title(work) or "(no title)")
        record.bibtex = "\n\n".join(entries)
    return record


def check(written: str) -> str:
    """ "https://orcid.org/0000-0002-1825-0097" or the bare iD, checked by its last digit (ISO 7064 11,2)."""
    found = ORCID_ID.search(written.strip())
    digits = "".join(found.groups()) if found else ""
    total = 0
    for digit in digits[:-1]:
        total = (total + int(digit)) * 2
    check_digit = (12 - total % 11) % 11
    if not found or digits[-1] != ("X" if check_digit == 10 else str(check_digit)):
        raise SitegenError(f"'{written}' is not an ORCID iD (they look like 0000-0002-1825-0097; its last digit checks the rest)")
    return "-".join(found.groups())


def _json(path: str, orcid: str) -> dict:
    api = os.environ.get("SITEGEN_ORCID_API", ORCID_API)
    return doi.get_json(f"{api}{path}", f"ORCID for {orcid}", f"ORCID has no record {orcid}: check the iD")


def _works(orcid: str, put_codes: list[str]) -> list[dict]:
    """The works whole, by their put-codes (ORCID's bulk answer: a work or an error each)."""
    bulk = _json(f"{orcid}/works/{','.join(put_codes)}", orcid).get("bulk") or []
    return [item["work"] for item in bulk if isinstance(item, dict) and isinstance(item.get("work"), dict)]


def _owner(orcid: str) -> str:
    """The record's owner as BibTeX names a person ("Lovelace, Ada"); "" when it shows no name."""
    name = _json(f"{orcid}/person", orcid).get("name") or {}
    given = ((name.get("given-names") or {}).get("value") or "").strip()
    family = ((name.get("family-name") or {}).get("value") or "").strip()
    return f"{family}, {given}".strip(", ") if family else given


def _bibtex(work: dict, owner: str) -> str:
    """A work as BibTeX: the record's own (its `citation` of type bibtex), else made from its fields."""
    citation = work.get("citation") or {}
    if citation.get("citation-type") == "bibtex" and "@" in (citation.get("citation-value") or ""):
        return citation["citation-value"].strip()
    title = _title(work)
    if not title:
        return ""
    kind, venue_field = _TYPES.get(str(work.get("type") or ""), ("misc", "howpublished"))
    contributors = (work.get("contributors") or {}).get("contributor") or []
    names = [((c.get("credit-name") or {}).get("value") or "").strip() for c in contributors]
    authors = [name for name in names if name] or ([owner] if owner else [])
    date = work.get("publication-date") or {}
    fields = [
        ("title", bib_value(title)),
        ("author", " and ".join(bib_value(name) for name in authors)),
        ("year", ((date.get("year") or {}).get("value") or "").strip()),
        ("month", ((date.get("month") or {}).get("value") or "").lstrip("0")),
        (venue_field, bib_value(((work.get("journal-title") or {}).get("value") or "").strip())),
        ("url", bib_value(((work.get("url") or {}).get("value") or "").strip(), url=True)),
        ("abstract", bib_value((work.get("short-description") or "").strip())),
    ]
    if kind == "misc" and work.get("type") == "preprint":
        fields.append(("note", "Preprint"))
    inside = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@{kind}{{orcid{work.get('put-code', '')},\n{inside}\n}}"


def _title(work: dict) -> str:
    return (((work.get("title") or {}).get("title") or {}).get("value") or "").strip()
