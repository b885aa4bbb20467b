"""`sitegen add --dblp PID`: a computer scientist's publications from their dblp page.

dblp (dblp.org) keeps a curated list of each person's papers, with one BibTeX file for all of them
(`/pid/57/5877.bib`): one request, where an ORCID record needs one to doi.org per work, and the
papers without a DOI come too. The list is merged into the site's .bib by bibmerge.py.
"""

from __future__ import annotations

import os
import re

from sitegen import doi
from sitegen.errors import SitegenError

DBLP = "https://dblp.org/"  # SITEGEN_DBLP replaces it (the tests' stand-in)
_PID = re.compile(r"(?:https?://(?:www\.)?dblp\.(?:org|uni-trier\.de)/pid/)?([a-z0-9]+/[\w=-]+?)(?:\.html|\.bib|\.xml)?/?")


def pid(written: str) -> str:
    """ "https://dblp.org/pid/177/9741-2.html", its .bib address, or the bare "177/9741-2"."""
    found = _PID.fullmatch(written.strip())
    if found is None:
        raise SitegenError(
            f"'{written}' is not a dblp person (copy the address of their dblp page: https://dblp.org/pid/177/9741-2.html)"
        )
    return found.group(1)


def fetch(person: str) -> str:
    """The person's dblp BibTeX (`param=1`; whichever of dblp's forms that is, with or without
    crossref and abbreviated venues, bibmerge reads it)."""
    base = os.environ.get("SITEGEN_DBLP", DBLP)
    return doi.get_text(
        f"{base}pid/{person}.bib?param=1",
        "application/x-bibtex",
        f"dblp for {person}",
        f"dblp has no person {person}: copy the address of their dblp page (https://dblp.org/pid/...)",
    )
