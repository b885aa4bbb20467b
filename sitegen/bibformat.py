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

DEFAULT_HIDDEN_FIELDS = (
    # reference managers' bookkeeping
    "file owner timestamp date-added date-modified added-at biburl bibsource "
    "annote annotation mendeley-groups mendeley-tags groups ranking readstatus printed "
    "qualityassured priority urldate crossref "
    # sitegen's (and al-folio's) link and display fields, shown as buttons instead
    "pdf code dataset slides video project website poster supp blog html arxiv hal selected abbr bibtex_show "
    "preview award award_name additional_info dimensions altmetric google_scholar_id"
).split()


_BIBDESK = re.compile(r"bdsk-(?:url|file)-\d+$")  # BibDesk's links and file aliases, however many


def format_entry(entry_type: str, key: str, fields: Mapping[str, str], hidden: Iterable[str]) -> str:
    """One entry as clean BibTeX: fields in a fixed order, unknown fields after them by name."""
    hidden_set = set(hidden)
    names = sorted(
        (name for name in fields if name not in hidden_set and not _BIBDESK.match(name)),
        key=lambda n: (_RANK.get(n, len(_RANK)), n),
    )
    lines = [f"@{entry_type}{{{key},"]
    for name in names:
        value = fields[name]
        lines.append(f"  {name} = {value if value.isdigit() else '{' + value + '}'},")
    lines[-1] = lines[-1].rstrip(",")
    return "\n".join(lines) + "\n}"
