"""The clean BibTeX we show and offer for download: stable field order, no tool noise.

Exports from Zotero, JabRef, Mendeley and BibDesk carry fields meant for the tool (file, owner,
timestamp ...); a reader copying the entry into a paper wants none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

FIELD_ORDER = [
    "title",
    "subtitle",
    "author",
    "editor",
    "year",
    "month",
    "date",
    "booktitle",
    "journal",
    "journaltitle",
    "series",
    "volume",
    "number",
    "issue",
    "chapter",
    "pages",
    "edition",
    "school",
    "institution",
    "organization",
    "publisher",
    "address",
    "location",
    "howpublished",
    "type",
    "eprint",
    "eprinttype",
    "archiveprefix",
    "primaryclass",
    "doi",
    "isbn",
    "issn",
    "url",
    "note",
    "keywords",
    "abstract",
]
_RANK = {name: index for index, name in enumerate(FIELD_ORDER)}

# reference managers' bookkeeping of an entry: never shown, nor read for what is
_MANAGERS_RECORD = (
    "owner timestamp date-added date-modified added-at biburl bibsource mendeley-groups mendeley-tags groups "
    "ranking readstatus printed qualityassured priority relevance comment"
)
# archives' and citation databases' record: NASA ADS's note, MathSciNet's class and reviewer, HAL's
# version, Scopus's and Web of Science's (see databases.py)
_DATABASE_RECORD = (
    "adsnote mrclass mrreviewer fjournal hal_version source publication_stage abbrev_source_title affiliations "
    "correspondence_address funding_details funding_text references coden document_type unique-id times-cited usage-count-last-180-days "
    "usage-count-since-2013 number-of-cited-references cited-references doc-delivery-number "
    "web-of-science-index web-of-science-categories research-areas researcherid-numbers orcid-numbers "
    "author-email affiliation funding-acknowledgement keywords-plus journal-iso da oa book-group-author "
    "earlyaccessdate"
)
# what only keeps a record of the entry: one an export repeats (Scopus's `funding_details`, one per
# funder) loses nothing a reader sees
RECORD_FIELDS = frozenset(f"{_MANAGERS_RECORD} {_DATABASE_RECORD}".split())
DEFAULT_HIDDEN_FIELDS = (
    # reference managers' other fields: the attached file, notes, dates, cross-references (resolved)
    "file annote annotation urldate crossref xref entryset "
    # sitegen's (and al-folio's) link and display fields, shown as buttons instead (`link`: any other
    # field holding a web address, linkfields.py)
    "pdf code dataset slides video project website poster supp blog html link arxiv hal adsurl selected abbr bibtex_show "
    "preview award award_name additional_info dimensions altmetric google_scholar_id inspirehep_id "
    f"{_MANAGERS_RECORD} {_DATABASE_RECORD}"
).split()

# The fields that say who shared first authorship or corresponds, and the mark each gives its
# authors (authormarks.py): hidden from the BibTeX shown too, where the marks say it. Kept here,
# with the other fields' names, so that reading the settings needs nothing of the authors' matching
# (a build's process compiling the templates ahead reads them: 36 ms less).
EQUAL, CORRESPONDING = "*", "†"
MARK_FIELDS = {
    **dict.fromkeys(
        (
            "cofirst",
            "co_first",
            "co-first",
            "cofirstauthors",
            "co_first_authors",
            "equal_contribution",
            "equalcontribution",
            "equal_contrib",
            "equal-contribution",
            "joint_first",
            "jointfirst",
        ),
        EQUAL,
    ),
    **dict.fromkeys(
        ("corresponding", "corresponding_author", "corresponding_authors", "correspondingauthor", "correspondingauthors"),
        CORRESPONDING,
    ),
}


# BibDesk's links and file aliases, however many, and JabRef's comments of each user (`comment-ada`)
_NUMBERED_BOOKKEEPING = re.compile(r"bdsk-(?:url|file)-\d+$|comment-")

# What reference managers write into `note` for themselves: Scopus its citation count and
# open-access status ("Cited by: 3; All Open Access, Gold Open Access": all of the note), Zotero
# the "key: value" lines of its Extra field (its Scholar citations plug-in's ZSCC count, Better
# BibTeX's citation key). The loader has joined the lines, so the values are taken one word long.
_SCOPUS_NOTE = re.compile(r"\s*cited by:?\s*\d", re.IGNORECASE)
# EndNote keeps the fields of a PubMed record it has no place for in `note`, a line each: the ISSN
# first, the authors' full names, ORCID iDs, grants ("U01 DA044451/DA/NIDA NIH HHS/United States"),
# the publication types ("Journal Article", "Review"), the country, the date PubMed had it, and its
# source line ("Nat Commun. 2026 Jun 11;17(1):4876. doi: ..."): a record, not a remark on the work
_ENDNOTE_PUBMED = re.compile(
    r"\s*\d{4}-\d{3}[\dXx]\b.*\b(?:Journal Article|Review|Preprint|Letter|Editorial|Comment)\b.*\b\d{4}/\d{2}/\d{2}\b", re.DOTALL
)
_ZOTERO_ARXIV_NOTE = re.compile(r"\s*(arXiv:\S+)\s+\[[\w.-]+\]\s*$", re.IGNORECASE)
_ZOTERO_EXTRA = re.compile(r"\b(?:zscc|citation key|mag id):\s*\S+", re.IGNORECASE)


def note_without_bookkeeping(note: str) -> str:
    """The `note` without what a reference manager keeps there for itself (empty if that is all).

    A note is shown in the citation ("Oral presentation", "To appear", "Advisor: ..."), as BibTeX's
    styles and al-folio show it; a stale citation count from a Scopus export, or the rest of a PubMed
    record EndNote put there, is no part of it."""
    if _SCOPUS_NOTE.match(note) or _ENDNOTE_PUBMED.match(note):
        return ""
    if arxiv := _ZOTERO_ARXIV_NOTE.match(note):
        return arxiv.group(1)  # Zotero's "arXiv:2506.11997 [cs]": the identifier, without the archive's class
    if ":" not in note:
        return note  # the usual note
    kept = _ZOTERO_EXTRA.sub(" ", note)
    return note if kept == note else " ".join(kept.split())


def format_entry(entry_type: str, key: str, fields: Mapping[str, str], hidden: Iterable[str]) -> str:
    """One entry as clean BibTeX: fields in a fixed order, unknown fields after them by name, empty
    ones left out (IEEE Xplore writes `volume={}` and `number={}` into every conference paper)."""
    hidden_set = set(hidden)
    names = sorted(
        (
            name
            for name, value in fields.items()
            if name not in hidden_set and value.strip() and not _NUMBERED_BOOKKEEPING.match(name)
        ),
        key=lambda n: (_RANK.get(n, len(_RANK)), n),
    )
    lines = [f"@{entry_type}{{{key},"]
    for name in names:
        value = fields[name]
        lines.append(f"  {name} = {value if value.isdigit() else '{' + value + '}'},")
    lines[-1] = lines[-1].rstrip(",")
    return "\n".join(lines) + "\n}"
