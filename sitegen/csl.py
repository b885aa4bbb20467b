"""CSL-JSON: the bibliography as Zotero, Pandoc and citeproc read it. Plain text in every string."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson

from sitegen.citation import POSTED_NUMBER, type_words
from sitegen.model import Name, Publication

CSL_TYPES = {
    "article": "article-journal",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "proceedings": "book",
    "book": "book",
    "mvbook": "book",
    "collection": "book",
    "inbook": "chapter",
    "incollection": "chapter",
    "bookinbook": "chapter",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "techreport": "report",
    "report": "report",
    "manual": "report",
    "booklet": "pamphlet",
    "unpublished": "manuscript",
    "online": "webpage",
    "electronic": "webpage",
    "www": "webpage",
    "dataset": "dataset",
    "software": "software",
    "patent": "patent",
    "misc": "document",
    "standard": "standard",
    "periodical": "periodical",
}
# CSL variable -> fields that can fill it, first found wins.
_TEXT_VARIABLES = {
    "container-title": ("booktitle", "journal", "journaltitle"),
    "collection-title": ("series", "maintitle"),  # a multi-volume work, as a series its volume is in
    "volume": ("volume",),
    "number-of-volumes": ("volumes",),
    "issue": ("number", "issue"),
    "page": ("pages",),
    "edition": ("edition",),
    "publisher": ("publisher", "school", "institution", "organization", "howpublished"),
    "publisher-place": ("address", "location"),
    "genre": ("type",),
    "note": ("note",),
    "event-title": ("eventtitle",),
    "event-place": ("venue",),
}


# BibTeX's `number` is an issue's in a periodical only; a book's, chapter's or proceedings paper's
# is its number in the series ("Vol. 545"), anything else's its own (a report's, patent's, standard's, thesis's)
_ISSUED_TYPES = frozenset({"article-journal", "article-magazine", "article-newspaper", "periodical"})
_NUMBER_OF = {"book": "collection-number", "chapter": "collection-number", "paper-conference": "collection-number"}


def _issued(pub: Publication) -> list[list[int]]:
    """CSL-JSON's date-parts of when the work came out: its date, or the first and last years of
    one that spans several (`date = {1988/2009}`, `year = {1995--1996}`: "1988–2009" in APA too)."""
    written = pub.parts["year"].text if "year" in pub.parts else ""
    if len(written) == 9 and written[4] == "–" and written[:4].isdigit() and written[5:].isdigit():
        return [[int(written[:4])], [int(written[5:])]]
    return [[part for part in (pub.year, pub.month, pub.day) if part]]


def csl_item(pub: Publication) -> dict[str, Any]:
    """One publication as a CSL-JSON item (id is the BibTeX key)."""
    item: dict[str, Any] = {"id": pub.key, "type": _type(pub)}
    if not pub.untitled:  # an untitled one's is made up of where it is: no title to cite
        item["title"] = pub.title.text
    if pub.authors:
        item["author"] = [_csl_name(name) for name in pub.authors if not name.others]
    if pub.editors:
        item["editor"] = [_csl_name(name) for name in pub.editors if not name.others]
    if pub.translators:
        item["translator"] = [_csl_name(name) for name in pub.translators if not name.others]
    if pub.year:
        item["issued"] = {"date-parts": _issued(pub)}
    if state := pub.forthcoming or pub.pubstate:
        item["status"] = state.lower()
    for variable, names in _TEXT_VARIABLES.items():
        for name in names:
            if name in pub.parts and pub.parts[name].text:
                item[variable] = pub.parts[name].text.replace("–", "-") if variable == "page" else pub.parts[name].text
                break
    if pub.kind == "preprint" and POSTED_NUMBER.fullmatch(item.get("page", "")):
        item["number"] = item.pop("page")  # its number on bioRxiv: not "p. 2022.03.28.486085"
    if "genre" in item:
        item["genre"] = type_words(item["genre"])  # `type = {patentus}`: "U.S. patent", as biblatex prints it
    if "issue" in item and "number" in pub.parts and item["type"] not in _ISSUED_TYPES:
        item[_NUMBER_OF.get(item["type"], "number")] = item.pop("issue")
    if pub.language:
        item["language"] = pub.language  # a CSL processor changes the case of English titles only
    if pub.entry_type in ("phdthesis", "mastersthesis") and "genre" not in item:
        item["genre"] = "PhD thesis" if pub.entry_type == "phdthesis" else "Master’s thesis"
    for link in pub.links:
        if link.kind == "doi":
            item["DOI"] = link.url.removeprefix("https://doi.org/")
        elif link.kind in ("pmid", "pmcid"):
            item[link.kind.upper()] = link.url.rstrip("/").rsplit("/", 1)[-1]
        elif link.kind in ("url", "pdf") and "URL" not in item and not link.local:
            item["URL"] = link.url
    if item["type"] == "article" and "container-title" not in item:
        _arxiv_preprint(item, pub)
    for field, variable in (("isbn", "ISBN"), ("issn", "ISSN")):
        if pub.fields.get(field):
            item[variable] = pub.fields[field]
    if pub.abstract:
        item["abstract"] = pub.abstract.text
    if pub.keywords:
        item["keyword"] = ", ".join(pub.keywords)
    return item


def _arxiv_preprint(item: dict[str, Any], pub: Publication) -> None:
    """A preprint known by its arXiv identifier only (`eprint`, `archiveprefix`) as Zotero and
    arXiv's own CSL-JSON give one: arXiv its publisher, "arXiv:2210.05555" its number, so that a
    style writes "Title (arXiv:2210.05555). arXiv." and not the title alone."""
    arxiv = next((link.url for link in pub.links if link.kind == "arxiv"), None)
    if arxiv is None:
        return
    item.setdefault("publisher", "arXiv")
    item.setdefault("number", "arXiv:" + arxiv.rstrip("/").rsplit("/abs/", 1)[-1])
    item.setdefault("URL", arxiv)


# the types a talk or a poster is written as: with the event it was given at, CSL's speech
# (Zotero's presentation), which styles write with the event ("[Invited talk]. NeurIPS, Vancouver")
_SPOKEN_AS = frozenset({"misc", "unpublished"})


def _type(pub: Publication) -> str:
    if pub.kind == "preprint":
        return "article"
    if pub.entry_type in _SPOKEN_AS and "eventtitle" in pub.parts:
        return "speech"
    return CSL_TYPES.get(pub.entry_type, "document")


def _csl_name(name: Name) -> dict[str, Any]:
    if name.literal or (not name.first and not name.von):
        return {"literal": name.last} if name.literal or not name.last else {"family": name.last}
    person: dict[str, Any] = {"family": name.last, "given": name.first}
    if name.von:
        person["non-dropping-particle"] = name.von
    elif " " in name.last and name.last[:1].islower():
        person["parse-names"] = False  # braced whole in the .bib, `{van der Berg}`: not Berg with "van der"
    if name.jr:
        person["suffix"] = name.jr
    return person


def csl_json(publications: Iterable[Publication], cache: dict[str, bytes] | None = None) -> list[bytes]:
    """A CSL-JSON document (UTF-8) of the publications, in the given order (items cached by fingerprint),
    as pieces to write one after another: the whole site's is tens of MB, not worth joining."""
    cache = cache if cache is not None else {}
    items = []
    for pub in publications:
        item = cache.get(pub.fingerprint) if pub.fingerprint else None
        if item is None:
            # a copy: orjson's bytes keep their whole over-allocated buffer (16 KB for a 1.5 KB item),
            # which, cached for 10,000 entries, was 90 MB more at the build's peak
            item = cache[pub.fingerprint] = bytes(memoryview(orjson.dumps(csl_item(pub))))
        items.append(item)
    if not items:
        return [b"[]\n"]
    pieces = [b"[\n"]  # one item a line: readable, and fast
    for number, item in enumerate(items):
        pieces += (b",\n", item) if number else (item,)
    pieces.append(b"\n]\n")
    return pieces
