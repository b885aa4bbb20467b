"""`sitegen add --zotero LIBRARY`: a lab's shared bibliography from its Zotero group library.

Labs keep their papers in a Zotero group (or a collection of one); exporting it by hand each time
a paper is added is what keeps sites out of date. Zotero's web API exports a library, or one
collection, as BibTeX a hundred items a request (`/groups/<id>/items/top?format=bibtex`); the
pages are fetched in turn and the whole merged into the site's .bib by bibmerge.py, so running it
again adds only what is new. A public group needs nothing; a private one an API key with read
access, given in the environment (ZOTERO_API_KEY), never on the command line, where it would
stay in the shell's history.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from sitegen import doi
from sitegen.errors import SitegenError

API = "https://api.zotero.org/"  # SITEGEN_ZOTERO replaces it (the tests' stand-in)
PAGE = 100  # items a request: the most the API gives
_LIBRARY = re.compile(r"(?:https?://(?:www\.)?zotero\.org/)?(?P<kind>groups|users)/(?P<id>\d+)(?P<rest>/.*)?", re.IGNORECASE)
_COLLECTION = re.compile(r"/collections/(?P<key>[A-Z0-9]{8})(?:/|$)", re.IGNORECASE)
_ENTRY = re.compile(r"^\s*@\w+\s*\{", re.MULTILINE)


@dataclass(frozen=True)
class Library:
    """A Zotero library (a group's or a user's), or one collection of it."""

    path: str  # "groups/2189416" or "users/475425"
    collection: str = ""  # its key (8 letters and digits), or all of the library

    def __str__(self) -> str:
        return self.path + (f"/collections/{self.collection}" if self.collection else "")


def library(written: str) -> Library:
    """The library a group's page, a collection's page or `groups/<id>` / `users/<id>` names."""
    found = _LIBRARY.fullmatch(written.strip().rstrip("/"))
    if found is None:
        raise SitegenError(
            f"'{written}' is not a Zotero library: copy the address of the group's page "
            "(https://www.zotero.org/groups/2189416/my_lab, or one of its collections), or write groups/<id>; "
            "a personal library is users/<your user ID> (https://www.zotero.org/settings/keys shows it)"
        )
    collection = _COLLECTION.search(found["rest"] or "")  # after the group's name in its page's address
    return Library(f"{found['kind'].lower()}/{found['id']}", collection["key"].upper() if collection else "")


def fetch(wanted: Library) -> str:
    """The library's (or the collection's) top-level items as BibTeX, every page of them."""
    base = os.environ.get("SITEGEN_ZOTERO", API)
    headers = {"Zotero-API-Version": "3"}
    if key := os.environ.get("ZOTERO_API_KEY", "").strip():
        headers["Zotero-API-Key"] = key
    folder = f"collections/{wanted.collection}/" if wanted.collection else ""
    pages: list[str] = []
    while True:
        start = len(pages) * PAGE
        text, answer = doi.get_answer(
            f"{base}{wanted.path}/{folder}items/top?format=bibtex&limit={PAGE}&start={start}",
            headers,
            f"Zotero for {wanted}",
            f"Zotero has no library or collection {wanted}: copy the address of its page on zotero.org",
            refused=f"Zotero refuses to show {wanted}: it is private. Create a key with read access at "
            "https://www.zotero.org/settings/keys and give it as ZOTERO_API_KEY in the environment",
        )
        pages.append(text)
        if not _more(answer.get("Total-Results", ""), start + PAGE, text):
            return "\n".join(pages)


def _more(total: str, fetched: int, page: str) -> bool:
    """Whether another page follows: by the count Zotero gives, else while pages come full."""
    if total.strip().isdigit():
        return fetched < int(total)
    return len(_ENTRY.findall(page)) >= PAGE
