"""`sitegen add --dblp PID`: a computer scientist's publications from their dblp page, added to the
site's .bib.

dblp (dblp.org) keeps a curated list of each person's papers, with one BibTeX file for all of them
(`/pid/57/5877.bib`): one request, where an ORCID record needs one to doi.org per work, and the
papers without a DOI come too. Added is each entry the site does not have (by its DOI, its dblp
record or its title), under a key like Google Scholar's (shen2023learning; dblp's own,
DBLP:conf/iccv/ShenZCBHWWL23, would become the entry's address). dblp lists a paper's arXiv version
(CoRR) apart from the published one: that one is not added, its identifier becomes the published
paper's `arxiv` field, its [arXiv] button. So running it again after new papers adds only those.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sitegen import doi
from sitegen.errors import SitegenError
from sitegen.latex import LatexConverter
from sitegen.publications import title_key

DBLP = "https://dblp.org/"  # SITEGEN_DBLP replaces it (the tests' stand-in)
_PID = re.compile(r"(?:https?://(?:www\.)?dblp\.(?:org|uni-trier\.de)/pid/)?([a-z0-9]+/[\w=-]+?)(?:\.html|\.bib|\.xml)?/?")
_RECORD = re.compile(r"/rec/(.+?)(?:\.bib|\.html|\.xml)?$")
_ARXIV_VOLUME = re.compile(r"abs/(\d{4}\.\d{4,5})")
_LEFT_OUT = ("timestamp", "bibsource")  # dblp's bookkeeping; `biburl` stays: it names the record for the next run


@dataclass
class SiteEntries:
    """What the site has, each with where it is ("refs.bib as shen2023lga"): to add nothing twice."""

    dois: dict[str, str] = field(default_factory=dict)  # lower case
    titles: dict[str, str] = field(default_factory=dict)  # title_key
    records: dict[str, str] = field(default_factory=dict)  # dblp's record: conf/iccv/ShenZCBHWWL23
    keys: set[str] = field(default_factory=set)  # lower case
    without_arxiv: set[str] = field(default_factory=set)  # title_key of those with no [arXiv] link


@dataclass
class Outcome:
    """What came of a dblp list: the entries added (key, title) and how many were left out, why."""

    added: list[tuple[str, str]] = field(default_factory=list)
    had: int = 0  # the site has them
    arxiv_versions: int = 0  # a published paper's arXiv version
    hints: list[str] = field(default_factory=list)  # what the site's own entries could take from the list


def pid(written: str) -> str:
    """ "https://dblp.org/pid/177/9741-2.html", its .bib address, or the bare "177/9741-2"."""
    found = _PID.fullmatch(written.strip())
    if found is None:
        raise SitegenError(
            f"'{written}' is not a dblp person (copy the address of their dblp page: https://dblp.org/pid/177/9741-2.html)"
        )
    return found.group(1)


def fetch(person: str) -> str:
    """The person's dblp BibTeX: each entry whole (dblp's "standard" form, no crossref)."""
    base = os.environ.get("SITEGEN_DBLP", DBLP)
    return doi.get_text(
        f"{base}pid/{person}.bib?param=1",
        "application/x-bibtex",
        f"dblp for {person}",
        f"dblp has no person {person}: copy the address of their dblp page (https://dblp.org/pid/...)",
    )


def record(key: str, biburl: str) -> str:
    """dblp's name of an entry's record: from its `biburl`, or its key as dblp makes it ("DBLP:conf/x/Y23")."""
    if found := _RECORD.search(biburl.strip()):
        return found.group(1)
    return key.removeprefix("DBLP:") if key.startswith("DBLP:") else ""


def add(text: str, site: SiteEntries, target: Path) -> Outcome:
    """Append the entries of a dblp list the site does not have to `target`, newest first as dblp
    lists them; an arXiv version of a paper listed as published gives that paper its `arxiv`."""
    import bibtexparser

    entries = _without_crossrefs([entry for entry in bibtexparser.parse_string(text).entries if doi.field_text(entry, "title")])
    if not entries and "@" in text:
        raise SitegenError("dblp's answer held no BibTeX entry to read; try again later")
    converter, outcome, kept = LatexConverter(), Outcome(), []
    shown = {id(entry): converter.convert(doi.field_text(entry, "title")).text for entry in entries}
    titles = {number: title_key(title) for number, title in shown.items()}
    published = {titles[id(entry)]: entry for entry in entries if not _arxiv_id(entry)}
    for entry in entries:
        where = _in_site(entry, titles[id(entry)], site)
        arxiv = _arxiv_id(entry)
        if arxiv and (twin := published.get(titles[id(entry)])) is not None:
            outcome.arxiv_versions += 1
            if doi.find_field(twin, "arxiv") is None and doi.find_field(twin, "eprint") is None:
                _set(twin, "arxiv", arxiv)
        elif where is not None:
            outcome.had += 1
            if arxiv and titles[id(entry)] in site.without_arxiv:
                site.without_arxiv.discard(titles[id(entry)])
                outcome.hints.append(f"{where}: dblp lists its arXiv version; add `arxiv = {{{arxiv}}}` for its [arXiv] link")
        else:
            kept.append(entry)
    for entry in kept:
        _tidy(entry, site)
        site.titles[titles[id(entry)]] = f"{target.name} as {entry.key}"
        outcome.added.append((entry.key, shown[id(entry)]))
    if kept:
        doi.append_entries(target, bibtexparser.write_string(bibtexparser.Library(kept), bibtex_format=doi.bibtex_format()))
    return outcome


def _without_crossrefs(entries: list) -> list:  # of bibtexparser.model.Entry
    """Each entry whole: one naming a @proceedings by `crossref` (dblp's third form) takes the
    fields it lacks from it (its title as the booktitle), and the proceedings themselves go."""
    by_key = {entry.key: entry for entry in entries}
    parents = set()
    for entry in entries:
        crossref = doi.find_field(entry, "crossref")
        parent = by_key.get(doi.field_text(entry, "crossref")) if crossref is not None else None
        if parent is None:
            continue
        entry.pop(crossref.key)
        parents.add(parent.key)
        have = {item.key.lower() for item in entry.fields}
        for item in parent.fields:
            name = "booktitle" if item.key.lower() == "title" else item.key.lower()
            if name not in have and name not in ("biburl", "timestamp", "bibsource", "url", "doi", "isbn"):
                _set(entry, name, item.value)
    return [entry for entry in entries if entry.key not in parents]


def _in_site(entry, title: str, site: SiteEntries) -> str | None:  # entry: bibtexparser.model.Entry
    """Where the site has this paper already (its DOI, its dblp record, its title), or None."""
    number = doi.field_text(entry, "doi").lower()
    found = site.dois.get(number) if number else None
    return found or site.records.get(record(entry.key, doi.field_text(entry, "biburl"))) or site.titles.get(title)


def _arxiv_id(entry) -> str:  # entry: bibtexparser.model.Entry
    """The arXiv identifier of dblp's entry for an arXiv paper (CoRR, with its eprint), or ""."""
    if doi.field_text(entry, "journal").lower() != "corr":
        return ""
    if doi.field_text(entry, "eprinttype").lower() == "arxiv" and (eprint := doi.field_text(entry, "eprint")):
        return eprint
    volume = _ARXIV_VOLUME.fullmatch(doi.field_text(entry, "volume"))
    return volume.group(1) if volume else ""


def _tidy(entry, site: SiteEntries) -> None:  # entry: bibtexparser.model.Entry
    """The entry as the site keeps it: a Scholar-like key of its own, none of dblp's bookkeeping,
    no `url` that only repeats the DOI (its [DOI] button is that link)."""
    entry.key = doi.free_key(doi.made_key(entry), site.keys)
    site.keys.add(entry.key.lower())
    number = doi.field_text(entry, "doi").lower()
    url = doi.field_text(entry, "url").lower()
    names = [*_LEFT_OUT, "url"] if number and url.endswith(number) and "doi.org/" in url else _LEFT_OUT
    for name in names:
        if (found := doi.find_field(entry, name)) is not None:
            entry.pop(found.key)
    for item in entry.fields:
        if isinstance(item.value, str) and "\n" in item.value:
            item.value = " ".join(item.value.split())  # dblp breaks long values over lines, far indented
    if number:
        site.dois[number] = entry.key


def _set(entry, name: str, value: str) -> None:  # entry: bibtexparser.model.Entry
    from bibtexparser.model import Field

    entry.set_field(Field(name, value))


def said(outcome: Outcome, person: str, target: Path) -> Iterator[str]:
    """What `add --dblp` prints: each entry added, then what was left out and why, in one line."""
    for key, title in outcome.added:
        yield f"dblp {person}: added as {key} ({title}) to {target}"
    for hint in outcome.hints:
        yield f"dblp {person}: {hint}"
    left = []
    if outcome.had:
        left.append(f"{outcome.had} the site has already")
    if outcome.arxiv_versions:
        versions = "an arXiv version" if outcome.arxiv_versions == 1 else f"{outcome.arxiv_versions} arXiv versions"
        left.append(f"{versions} of what it lists as published (made its [arXiv] link)")
    if left or not outcome.added:
        yield f"dblp {person}: {len(outcome.added)} added; not added: {', '.join(left) or 'nothing'}"
