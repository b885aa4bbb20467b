"""Lists of entries merged into the site's .bib: `sitegen add --dblp` (a dblp page's) and `--bib`
(an export from Google Scholar, Zotero, a colleague's file).

Each entry the site does not have (by its DOI, its dblp record, which an entry's `biburl` names,
or its title) is appended, in the list's order, keeping its key unless the site has it (then a
letter is added) or it is no key to cite by (dblp's `DBLP:conf/iccv/ShenZCBHWWL23`, which would be
the entry's address, or one with a space): those get a Scholar-like key (shen2023learning). dblp and
Google Scholar list a paper's arXiv version apart from the published one: that one is not added,
its identifier becomes the published paper's `arxiv` field, its [arXiv] button. So adding the same
list again after new papers adds only those. The site's own entries are never changed: what they
could take from a list is said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sitegen import doi
from sitegen.bibtex import read_as_bibtex, unmasked, without_comments, written_type
from sitegen.errors import SitegenError
from sitegen.latex import LatexConverter
from sitegen.linkfields import eprint_of
from sitegen.model import Publication
from sitegen.publications import arxiv_in_venue, title_key
from sitegen.urls import arxiv_id

_RECORD = re.compile(r"/rec/(.+?)(?:\.bib|\.html|\.xml)?$")
# dblp's `DBLP:conf/...`, IEEE Xplore's `10377640`, the ACM Digital Library's `10.1145/3635306`, a space,
# ResearchGate's type for every entry (`article`, `inproceedings`, `unknown`)
_NO_KEY_TO_CITE_BY = re.compile(
    r"DBLP:|\d+$|10\.\d{4,9}/|.*\s|(?:article|inproceedings|incollection|book|inbook|misc|unknown|conference|thesis|"
    r"phdthesis|techreport|unpublished)$",
    re.IGNORECASE,
)
_LEFT_OUT = ("timestamp", "bibsource")  # dblp's bookkeeping; `biburl` stays: it names the record for the next run


@dataclass
class SiteEntries:
    """What the site has, each with where it is ("refs.bib as shen2023lga"): to add nothing twice."""

    dois: dict[str, str] = field(default_factory=dict)  # lower case
    titles: dict[str, str] = field(default_factory=dict)  # title_key
    records: dict[str, str] = field(default_factory=dict)  # dblp's record: conf/iccv/ShenZCBHWWL23
    keys: set[str] = field(default_factory=set)  # lower case
    titled_with_doi: set[str] = field(default_factory=set)  # title_key of those with a DOI

    @classmethod
    def of(cls, publications: list[Publication]) -> SiteEntries:
        """The site's entries by DOI, dblp record, title and key, as its build reads them (the
        preprints it lists as their papers too: the file holds them)."""
        publications = [entry for pub in publications for entry in (pub, *pub.versions)]
        known = cls(keys={key.lower() for pub in publications for key in pub.known_keys})  # an alias is taken too
        for pub in publications:
            where = f"{pub.path.name} as {pub.key}"
            known.titles.setdefault(pub.title_key, where)
            if not any(link.kind == "arxiv" for link in pub.links):
                known.without_arxiv.add(pub.title_key)
            if record := dblp_record(pub.key, pub.fields.get("biburl", "")):
                known.records[record] = where
            for link in pub.links:
                if link.kind == "doi":
                    known.dois[link.url.removeprefix("https://doi.org/").lower()] = where
                    known.titled_with_doi.add(pub.title_key)
        return known

    without_arxiv: set[str] = field(default_factory=set)  # title_key of those with no [arXiv] link


@dataclass
class Outcome:
    """What came of a list: the entries added (key, title) and how many were left out, why."""

    added: list[tuple[str, str]] = field(default_factory=list)
    had: int = 0  # the site has them
    arxiv_versions: int = 0  # a published paper's arXiv version
    hints: list[str] = field(default_factory=list)  # what the site's own entries could take from the list
    unreadable: int = 0  # entries broken past reading


def dblp_record(key: str, biburl: str) -> str:
    """dblp's name of an entry's record: from its `biburl`, or its key as dblp makes it ("DBLP:conf/x/Y23")."""
    if found := _RECORD.search(biburl.strip()):
        return found.group(1)
    return key.removeprefix("DBLP:") if key.startswith("DBLP:") else ""


def merge(text: str, site: SiteEntries, target: Path, source: str, own_keys: bool = True) -> Outcome:
    """Append the entries of `text` the site does not have to `target`, in their order; an arXiv
    version of a paper also listed as published gives that paper its `arxiv` instead. Each keeps
    its key (`own_keys`; a letter added when the site has it) or gets a Scholar-like one (dblp's
    are addresses: DBLP:conf/iccv/ShenZCBHWWL23)."""
    import bibtexparser
    from bibtexparser.model import DuplicateBlockKeyBlock, Entry

    library = bibtexparser.parse_string(read_as_bibtex(without_comments(text)))  # a colleague's `% doi = {...},`
    # an entry whose key came before (ResearchGate's exports are all `article`) is added under a key of its own
    again = [block.ignore_error_block for block in library.failed_blocks if isinstance(block, DuplicateBlockKeyBlock)]
    readable = sorted([*library.entries, *(entry for entry in again if isinstance(entry, Entry))], key=lambda e: e.start_line)
    for entry in readable:  # as the export has them
        entry.entry_type = written_type(entry.entry_type)
        for item in entry.fields:
            item.value = unmasked(item.value)
    entries = _without_crossrefs([entry for entry in readable if doi.field_text(entry, "title")])
    if not entries and "@" in text:
        raise SitegenError(f"{source} held no BibTeX entry to read")
    converter, outcome, kept = LatexConverter(), Outcome(unreadable=len(library.failed_blocks) - len(again)), []
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
                outcome.hints.append(f"{where}: its arXiv version is here; add `arxiv = {{{arxiv}}}` for its [arXiv] link")
        else:
            kept.append(entry)
    for entry in kept:
        _tidy(entry, site, own_keys)
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
    found = found or site.records.get(dblp_record(entry.key, doi.field_text(entry, "biburl")))
    if found or (number and title in site.titled_with_doi):  # one title, two DOIs: a journal version of a paper
        return found
    return site.titles.get(title)


def _arxiv_id(entry) -> str:  # entry: bibtexparser.model.Entry
    """The arXiv identifier of an entry that is an arXiv paper, or "": one whose venue says so
    (publications.arxiv_in_venue: dblp's CoRR, Google Scholar's "arXiv preprint arXiv:..."), or
    one with an arXiv eprint (typed, or untyped as INSPIRE's and SPIRES' were: `linkfields.eprint_of`)
    and no other venue than CoRR."""
    journal = doi.field_text(entry, "journal")
    volume, howpublished = doi.field_text(entry, "volume"), doi.field_text(entry, "howpublished")
    if found := arxiv_in_venue(journal, volume, howpublished):
        return found
    archive, eprint = eprint_of({name: doi.field_text(entry, name) for name in _EPRINT_FIELDS})
    no_venue = journal.lower() == "corr" or not (journal or doi.field_text(entry, "booktitle"))
    return (arxiv_id(eprint) or eprint) if archive == "arxiv" and no_venue else ""


_EPRINT_FIELDS = ("eprint", "eprinttype", "archiveprefix", "eprintclass")


def _tidy(entry, site: SiteEntries, own_keys: bool) -> None:  # entry: bibtexparser.model.Entry
    """The entry as the site keeps it: its key (or a Scholar-like one: dblp's, IEEE Xplore's
    document numbers, ACM's DOIs and any with a space are no keys to cite by), none of dblp's
    bookkeeping, no `url` that only repeats the DOI (its [DOI] button is that link)."""
    keep = own_keys and entry.key and not _NO_KEY_TO_CITE_BY.match(entry.key)
    entry.key = doi.free_key(entry.key if keep else doi.made_key(entry), site.keys)
    site.keys.add(entry.key.lower())
    number = doi.field_text(entry, "doi").lower()
    url = doi.field_text(entry, "url").lower()
    names = [*_LEFT_OUT, "url"] if number and url.endswith(number) and "doi.org/" in url else _LEFT_OUT
    for name in names:
        if (found := doi.find_field(entry, name)) is not None:
            entry.pop(found.key)
    for item in entry.fields:
        if isinstance(item.value, str) and "\n" in item.value:  # dblp breaks long values over lines, far indented
            item.value = "\n\n".join(" ".join(part.split()) for part in re.split(r"\n\s*\n", item.value))  # paragraphs kept
    if number:
        site.dois[number] = entry.key


def _set(entry, name: str, value: str) -> None:  # entry: bibtexparser.model.Entry
    from bibtexparser.model import Field

    entry.set_field(Field(name, value))


def said(outcome: Outcome, source: str, target: Path) -> Iterator[str]:
    """What `add` prints of a list (`source`: "dblp 57/5877", "scholar.bib"): each entry added,
    what the site's own entries could take from it, then what was left out and why, in one line."""
    for key, title in outcome.added:
        yield f"{source}: added as {key} ({title}) to {target}"
    for hint in outcome.hints:
        yield f"{source}: {hint}"
    left = []
    if outcome.had:
        left.append(f"{outcome.had} the site has already")
    if outcome.unreadable:
        left.append(f"{outcome.unreadable} that could not be read (broken BibTeX)")
    if outcome.arxiv_versions:
        versions = "an arXiv version" if outcome.arxiv_versions == 1 else f"{outcome.arxiv_versions} arXiv versions"
        left.append(f"{versions} of what it lists as published (made its [arXiv] link)")
    if left or not outcome.added:
        yield f"{source}: {len(outcome.added)} added; not added: {', '.join(left) or 'nothing'}"
