"""`sitegen add --openalex AUTHOR`: a researcher's works as OpenAlex knows them.

OpenAlex (openalex.org, free and open, the successor of Microsoft Academic) indexes 250 million works
and assigns each to its authors: a researcher with no dblp page and an ORCID record they never
filled in has an OpenAlex author page all the same, and each work comes with what doi.org's BibTeX
lacks: its abstract (kept as an index of words, put back in order here), its PubMed and arXiv
identifiers and its open-access PDF. Two hundred works a request, through the cursor OpenAlex pages
with; each work an entry, merged into the site's .bib by bibmerge.py as dblp's list is (so what the
site has is not added twice). Corrections, retraction notices and peer reviews, which OpenAlex
also counts as works, are not added.
"""

from __future__ import annotations

import html
import os
import re
import urllib.parse

from sitegen import doi, orcid
from sitegen.errors import SitegenError
from sitegen.migrate import bib_value

API = "https://api.openalex.org/"  # SITEGEN_OPENALEX replaces it (the tests' stand-in)
PAGE = 200  # works a request: the most OpenAlex gives
_AUTHOR = re.compile(r"(?:https?://(?:api\.)?openalex\.org/(?:authors/)?)?(A\d{4,12})/?", re.IGNORECASE)
# works that are no publication of the author's: a correction, a retraction notice, a journal's
# front matter, a review of someone else's paper, a grant
_NOT_WORKS = frozenset({"erratum", "paratext", "peer-review", "grant", "libguides", "retraction", "supplementary-materials"})
# OpenAlex's work types -> BibTeX's, and the field its source (the venue) goes in
_TYPES = {
    "article": ("article", "journal"),
    "review": ("article", "journal"),
    "letter": ("article", "journal"),
    "editorial": ("article", "journal"),
    "book-chapter": ("incollection", "booktitle"),
    "book": ("book", "publisher"),
    "dissertation": ("phdthesis", "school"),
    "report": ("techreport", "institution"),
    "preprint": ("misc", "howpublished"),
    "dataset": ("misc", "howpublished"),
}
_TAGS = {"i": "textit", "em": "emph", "b": "textbf", "strong": "textbf", "sub": "textsubscript", "sup": "textsuperscript"}
_PAIRED_TAG = re.compile(r"<(i|em|b|strong|sub|sup)>([^<>]*)</\1>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^<>]+>")
_HOST = re.compile(r"\s*\([^()]*\)$")  # "arXiv (Cornell University)": the repository's host


def author(written: str) -> str:
    """ "https://openalex.org/A5023888391" (or its api. address, or the bare id) as the id; an
    ORCID iD (checked) as itself, since OpenAlex finds an author's works by it too."""
    found = _AUTHOR.fullmatch(written.strip())
    if found is not None:
        return found.group(1).upper()
    if orcid.ORCID_ID.search(written):
        return orcid.check(written)
    raise SitegenError(
        f"'{written}' is not an OpenAlex author: search for yourself at https://openalex.org and copy the address "
        "of your author page (https://openalex.org/A5023888391), or give your ORCID iD"
    )


def fetch(person: str) -> tuple[str, int]:
    """The person's works as BibTeX, and how many of OpenAlex's works were no publication of theirs."""
    entries, left_out, cursor = [], 0, "*"
    while cursor:
        page = _page(person, cursor)
        for work in page.get("results") or []:
            if not isinstance(work, dict):
                continue
            if work.get("type") in _NOT_WORKS or work.get("is_paratext"):
                left_out += 1
            elif entry := bibtex(work):
                entries.append(entry)
        cursor = (page.get("meta") or {}).get("next_cursor")
        if not page.get("results"):
            break
    return "\n\n".join(entries), left_out


def _page(person: str, cursor: str) -> dict:
    base = os.environ.get("SITEGEN_OPENALEX", API)
    by = "author.orcid" if orcid.ORCID_ID.search(person) else "author.id"
    asked = {"filter": f"{by}:{person}", "per-page": PAGE, "cursor": cursor}
    if key := os.environ.get("OPENALEX_API_KEY", "").strip():
        asked["api_key"] = key  # OpenAlex's free key: more requests a day than without
    query = urllib.parse.urlencode(asked)
    return doi.get_json(
        f"{base}works?{query}",
        f"OpenAlex for {person}",
        f"OpenAlex has no author {person}: copy the address of your author page on openalex.org",
    )


def bibtex(work: dict) -> str:
    """A work as a BibTeX entry; "" when it has no title."""
    title = _text(work.get("title") or work.get("display_name"))
    if not title:
        return ""
    location = work.get("primary_location") if isinstance(work.get("primary_location"), dict) else {}
    source = location.get("source") if isinstance(location.get("source"), dict) else {}
    kind, venue_field = _TYPES.get(str(work.get("type") or ""), ("misc", "howpublished"))
    if kind == "article" and source.get("type") == "conference":
        kind, venue_field = "inproceedings", "booktitle"
    biblio = work.get("biblio") if isinstance(work.get("biblio"), dict) else {}
    ids = work.get("ids") if isinstance(work.get("ids"), dict) else {}
    number = str(work.get("doi") or "").removeprefix("https://doi.org/")
    first, last = (str(biblio.get(name) or "").strip() for name in ("first_page", "last_page"))
    pages = f"{first}--{last}" if first and last and last != first else first or last  # an article number once
    fields = [
        ("title", title),
        ("author", " and ".join(_authors(work))),
        ("year", str(work.get("publication_year") or "")),
        ("month", str(work.get("publication_date") or "")[5:7].lstrip("0")),
        (venue_field, _venue(source)),
        ("volume", bib_value(str(biblio.get("volume") or ""))),
        ("number", bib_value(str(biblio.get("issue") or ""))),
        ("pages", bib_value(pages)),
        ("doi", bib_value(number, url=True)),
        ("pmid", str(ids.get("pmid") or "").rstrip("/").rsplit("/", 1)[-1]),
        (
            "pmcid",
            "PMC" + str(ids.get("pmcid") or "").rstrip("/").rsplit("/", 1)[-1].removeprefix("PMC") if ids.get("pmcid") else "",
        ),
        ("arxiv", _arxiv(work)),
        ("url", "" if number else bib_value(str(location.get("landing_page_url") or ""), url=True)),
        ("abstract", _text(_abstract(work.get("abstract_inverted_index")))),
    ]
    inside = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@{kind}{{openalex{str(work.get('id') or '').rsplit('/', 1)[-1]},\n{inside}\n}}"


def _venue(source: dict) -> str:
    """The source's name; a repository's without its host ("arXiv (Cornell University)" is arXiv,
    "Zenodo (CERN European Organization for Nuclear Research)" Zenodo)."""
    name = _text(source.get("display_name"))
    return _HOST.sub("", name) if source.get("type") == "repository" else name


def _authors(work: dict) -> list[str]:
    names = []
    for authorship in work.get("authorships") or []:
        person = authorship.get("author") if isinstance(authorship, dict) else None
        name = _text((person or {}).get("display_name") or authorship.get("raw_author_name"))
        if name:
            names.append(name)
    return names


def _arxiv(work: dict) -> str:
    """The arXiv identifier of the work's arXiv version, among the places OpenAlex knows it is."""
    addresses = (str(place.get("landing_page_url") or "") for place in work.get("locations") or [] if isinstance(place, dict))
    return next((found for address in addresses if "arxiv.org/" in address and (found := doi.arxiv_id(address))), "")


def _abstract(index: object) -> str:
    """The abstract from OpenAlex's inverted index (each word -> where it stands), words in order;
    a leading "Abstract" label dropped."""
    if not isinstance(index, dict):
        return ""
    placed = sorted(
        (position, str(word)) for word, positions in index.items() for position in positions or [] if isinstance(position, int)
    )
    text = " ".join(word for _, word in placed)
    return re.sub(r"^(?:abstract)[\s.:]+", "", text, flags=re.IGNORECASE)


def _text(value: object) -> str:
    """A title or name as a BibTeX value: OpenAlex's italics, bold, sub- and superscripts as LaTeX,
    other tags dropped, LaTeX's specials escaped."""
    text = bib_value(html.unescape(str(value or "").strip()))
    text = _PAIRED_TAG.sub(lambda found: f"\\{_TAGS[found.group(1).lower()]}{{{found.group(2)}}}", text)
    return " ".join(_ANY_TAG.sub("", text).split())
