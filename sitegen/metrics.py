"""Links to what others make of a paper: the attention it gets (Altmetric) and its citations
(Dimensions, Google Scholar, INSPIRE-HEP).

al-folio shows these as badges, each a third party's script that fetches a count in the reader's
browser. sitegen links the same pages instead: a plain link works without JavaScript, loads nothing
from those services until the reader asks, and leads to counts kept up to date there. An entry asks
for them with al-folio's fields (`altmetric = {true}`, `dimensions = {true}`, `google_scholar_id`,
`inspirehep_id`); site.yml's `publications.metrics` says which kinds the site shows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import parse_qs, quote, urlencode

from sitegen.urls import Link, is_safe_url, split_url

# the kinds of link, in the order their buttons follow the entry's other links
METRICS = ("altmetric", "dimensions", "inspirehep", "google_scholar")
_LABELS = {"altmetric": "Altmetric", "dimensions": "Dimensions", "google_scholar": "Google Scholar", "inspirehep": "INSPIRE"}
# an entry's field for each, as al-folio names it
FIELDS = {
    "altmetric": "altmetric",
    "dimensions": "dimensions",
    "google_scholar": "google_scholar_id",
    "inspirehep": "inspirehep_id",
}
_ASKED_HERE = frozenset(FIELDS[kind] for kind in ("altmetric", "dimensions", "inspirehep"))  # Scholar's: assemble.py

_YES = frozenset({"true", "yes", "1", "on"})
_NO = frozenset({"", "false", "no", "0", "off"})
_ADDRESS = re.compile(r"^https?://", re.IGNORECASE)
_TEX_ESCAPE = re.compile(r"\\([_%&#$])|[{}]")  # `u5HHmVD\_uO8C` as BibTeX users escape an underscore
# abnTeX2's `dimensions` (Brazil's ABNT references): a book's size, `21~cm`, `16~cm $\times$~23~cm`
_PHYSICAL_SIZE = re.compile(r"\d\s*(?:~|\s)*(?:cm|mm)\b")
# where the entry's identifiers are, read back from its links (made from every form exports use)
_IDENTIFIER_LINKS = {
    "doi": "https://doi.org/",
    "arxiv": "https://arxiv.org/abs/",
    "pmid": "https://pubmed.ncbi.nlm.nih.gov/",
}
_ALTMETRIC = "https://www.altmetric.com/details/"
_DIMENSIONS = "https://badge.dimensions.ai/details/"
_INSPIRE = "https://inspirehep.net/literature/"


def metric_links(fields: dict[str, str], links: Sequence[Link]) -> tuple[tuple[Link, ...], list[tuple[str, str]]]:
    """The entry's Altmetric, Dimensions and INSPIRE links (Google Scholar's needs the site's
    people: `scholar_link`), and what is wrong with the fields that ask for them: (field, problem)."""
    made: list[Link] = []
    problems: list[tuple[str, str]] = []
    if fields.keys().isdisjoint(_ASKED_HERE):  # nearly every entry: done at once
        return (), problems
    ids = _identifiers(fields, links)
    for kind, address in (("altmetric", _altmetric), ("dimensions", _dimensions), ("inspirehep", _inspire)):
        value = _TEX_ESCAPE.sub(lambda m: m.group(1) or "", fields.get(FIELDS[kind], "")).strip()
        if value.lower() in _NO or (kind == "dimensions" and _PHYSICAL_SIZE.search(value)):
            continue  # no badge asked for; a book's size, not a badge
        url, problem = address(value, ids)
        if url is not None and is_safe_url(url):
            made.append(Link(kind, _LABELS[kind], url))
        else:
            problems.append((FIELDS[kind], problem or f"{FIELDS[kind]} = {{{value}}} has an unsafe address; it is dropped"))
    return tuple(made), problems


def _identifiers(fields: dict[str, str], links: Sequence[Link]) -> dict[str, str]:
    """The DOI, arXiv and PubMed identifiers of the entry's links, and its ISBN."""
    found = {"isbn": fields.get("isbn", "").replace("-", "").replace(" ", "")}
    for link in links:
        if number := identifier(link):
            found[link.kind] = number
    return found


def identifier(link: Link) -> str:
    """The DOI, arXiv or PubMed identifier a [DOI], [arXiv] or [PubMed] button links ("" for
    another link, or one of those holding another site's address)."""
    address = _IDENTIFIER_LINKS.get(link.kind)
    return link.url.removeprefix(address).strip("/") if address and link.url.startswith(address) else ""


def _altmetric(value: str, ids: dict[str, str]) -> tuple[str | None, str]:
    """`altmetric = {true}`: the page of the paper's arXiv id, DOI, PubMed id or ISBN (al-folio's
    order); `{248277}`: the page of that Altmetric id; an address: that page."""
    if _ADDRESS.match(value):
        return value, ""
    if value.isdigit():
        return _ALTMETRIC + value, ""
    if value.lower() not in _YES:
        return (
            None,
            f"altmetric = {{{value}}} is not understood: write true (the page of its DOI or arXiv id) or its Altmetric id",
        )
    for kind in ("arxiv", "doi", "pmid", "isbn"):
        if ids.get(kind):
            return f"{_ALTMETRIC}{kind}/{_path(ids[kind])}", ""
    return None, "altmetric = {true} finds the paper by its DOI, arXiv id, PubMed id or ISBN, and this entry has none: add one"


def _dimensions(value: str, ids: dict[str, str]) -> tuple[str | None, str]:
    """`dimensions = {true}`: the page of the paper's DOI or PubMed id; `{pub.1157360482}`: of that
    Dimensions id; an address: that page."""
    if _ADDRESS.match(value):
        return value, ""
    if value.lower().startswith("pub.") or value.isdigit():
        return f"{_DIMENSIONS}id/{'pub.' * value.isdigit()}{_path(value)}", ""
    if value.lower() not in _YES:
        return None, f"dimensions = {{{value}}} is not understood: write true (the page of its DOI) or its Dimensions id (pub.…)"
    for kind in ("doi", "pmid"):
        if ids.get(kind):
            return f"{_DIMENSIONS}{kind}/{_path(ids[kind])}", ""
    return None, "dimensions = {true} finds the paper by its DOI or PubMed id, and this entry has neither: add one"


def _inspire(value: str, ids: dict[str, str]) -> tuple[str | None, str]:
    """`inspirehep_id = {3255}`: the paper's record in INSPIRE-HEP, where its citations are counted."""
    if _ADDRESS.match(value):
        return value, ""
    if value.isdigit():
        return _INSPIRE + value, ""
    return None, f"inspirehep_id = {{{value}}} is not a record number of INSPIRE-HEP (the digits ending its address)"


def _path(identifier: str) -> str:
    """An identifier as a part of an address: a DOI keeps its slashes, anything unsafe is escaped."""
    return quote(identifier, safe="/:;()[]")


def scholar_article(fields: dict[str, str]) -> tuple[str, str]:
    """The entry's `google_scholar_id` as (profile, article): the profile is "" when it only names the
    article ("qyhmnyLat1gC"), which is found on its authors' profiles (al-folio's `scholar_userid`)."""
    value = _TEX_ESCAPE.sub(lambda m: m.group(1) or "", fields.get(FIELDS["google_scholar"], "")).strip()
    if value.lower() in _NO:
        return "", ""  # `google_scholar_id = {false}`: none, as for the other fields
    profile, _, article = value.rpartition(":")
    return profile.strip(), article.strip()


def scholar_profile(links: Sequence[Link]) -> str:
    """The Google Scholar profile id of a person's `scholar` link ("" without one)."""
    for link in links:
        if link.kind == "scholar":
            return (parse_qs(split_url(link.url).query).get("user") or [""])[0]
    return ""


def scholar_link(profile: str, article: str) -> Link:
    """The article's page on a Google Scholar profile: its citations, counted and listed."""
    query = urlencode({"view_op": "view_citation", "user": profile, "citation_for_view": f"{profile}:{article}"}, safe=":")
    return Link("google_scholar", _LABELS["google_scholar"], f"https://scholar.google.com/citations?{query}")
