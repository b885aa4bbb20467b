"""One paper, listed once: a preprint folded into its published version.

Researchers' .bib files often hold a paper twice: dblp lists its CoRR version apart from the
published one (and both get copied), a Zotero library keeps the arXiv item after the paper
appears, Google Scholar's export of an unmerged version sits beside the journal's. al-folio and
jekyll-scholar list both, so the paper shows twice; Google Scholar shows one paper with its
versions. Here the preprint (an entry of kind "preprint": arXiv, bioRxiv, SSRN ...) whose title and
first author a published entry shares is listed as that entry: the links, abstract and picture
the published entry lacks come from the preprint ([arXiv] above all), its key cites the published
entry and its page's address leads there (pages.py). site.yml `publications.merge_preprints:
false` lists both. One paper in two members' .bib files under two keys is folded the same way.
"""

from __future__ import annotations

import dataclasses
import hashlib

from sitegen.errors import Report
from sitegen.linkfields import LINK_FIELDS, OTHER
from sitegen.matching import fold
from sitegen.metrics import METRICS, identifier
from sitegen.model import Publication
from sitegen.urls import Link

# the kinds a preprint may be the earlier version of (not a talk or poster of the same title)
_PUBLISHED = frozenset({"journal", "conference", "book", "thesis"})
_SHORTEST_TITLE = 12  # a title key shorter than this ("introduction", "editorial") names no one paper
# a preprint's DOI, by the server's prefix: its button once the published entry has the [DOI]
_SERVERS = {
    "10.48550": "arXiv",
    "10.1101": "bioRxiv",
    "10.26434": "ChemRxiv",
    "10.2139": "SSRN",
    "10.21203": "Research Square",
    "10.31219": "OSF Preprints",
    "10.31234": "PsyArXiv",
    "10.31235": "SocArXiv",
    "10.20944": "Preprints.org",
    "10.22541": "Authorea",
}
# where a button goes among the entry's others: LINK_FIELDS' order, a server's as [arXiv]'s, metrics last
_RANK = {kind: rank for rank, kind in enumerate([name for name, _ in LINK_FIELDS] + list(METRICS))}
_RANK["preprint"] = _RANK["arxiv"]
_RANK[OTHER] = _RANK["html"]  # a field of the site's own naming: before [HTML], as linkfields orders them


class PreprintFolder:
    """Folds each build's preprints into their published versions; the folded entries are kept
    while their sources are the same objects, so `serve` and the render caches see the same
    publication again when nothing changed."""

    def __init__(self) -> None:
        self._made: dict[tuple[int, ...], tuple[tuple[Publication, ...], Publication]] = {}

    def fold(self, publications: list[Publication], report: Report, preprints: bool = True) -> list[Publication]:
        """The publications in their order, each preprint of a published entry left out and
        folded into the first such entry (the newest, as lists go); each fold is said at the
        preprint, with what to do to write it so. A paper's copies in other members' files are
        folded even when `preprints` is false (`merge_preprints: false`): they are no other
        version, and listed twice they would be the twins one file is warned of."""
        versions = _versions(publications) if preprints else {}
        for target, copies in _copies(publications).items():
            folded = versions.setdefault(target, [])
            for copy in copies:  # a preprint found for a copy (which sorted first: it has a month) is the paper's
                folded.extend(versions.pop(id(copy), []))
            folded.extend(copies)
        if not versions:
            self._made = {}
            return publications
        left_out = {id(preprint) for preprints in versions.values() for preprint in preprints}
        made: dict[tuple[int, ...], tuple[tuple[Publication, ...], Publication]] = {}
        listed = []
        for pub in publications:
            if id(pub) in left_out:
                continue
            if folded_in := versions.get(id(pub)):
                for version in folded_in:
                    if version.kind == "preprint":  # a copy in another member's file is said nothing of
                        _say(pub, version, report)
                pub = self._folded(pub, folded_in, made)
            listed.append(pub)
        self._made = made
        return listed

    def _folded(self, pub: Publication, preprints: list[Publication], made: dict) -> Publication:
        """The entry folded as last time when it and its preprints are the same objects (their line
        and order, which `PublicationBuilder` updates in place, brought up to date)."""
        sources = (pub, *preprints)
        key = tuple(map(id, sources))
        kept = self._made.get(key)
        if kept is None:
            kept = (sources, _folded(pub, preprints))
        kept[1].line, kept[1].order = pub.line, pub.order
        made[key] = kept
        return kept[1]


def _versions(publications: list[Publication]) -> dict[int, list[Publication]]:
    """id of a published entry -> the preprints of it (same title and first author)."""
    preprints = [pub for pub in publications if pub.kind == "preprint" and len(pub.title_key) >= _SHORTEST_TITLE]
    if not preprints:
        return {}
    wanted = {pub.title_key for pub in preprints}
    published: dict[tuple[str, str], Publication] = {}
    for pub in publications:  # newest first: the first of a title is the one it is listed as
        if pub.kind in _PUBLISHED and not pub.container and pub.title_key in wanted:
            published.setdefault((pub.title_key, first_family(pub)), pub)
    found: dict[int, list[Publication]] = {}
    for preprint in preprints:
        target = published.get((preprint.title_key, first_family(preprint)))
        if target is not None:
            found.setdefault(id(target), []).append(preprint)
    return found


def copy_key(pub: Publication) -> tuple[str, int | None, str, str] | None:
    """What one paper's entries in two .bib files share, to be listed once: the title, year, type
    and first author (None for an entry never folded so: a preprint, a proceedings, a short title)."""
    return (pub.title_key, pub.year, pub.kind, first_family(pub)) if _foldable(pub) else None


def _foldable(pub: Publication) -> bool:
    return pub.kind != "preprint" and not pub.container and len(pub.title_key) >= _SHORTEST_TITLE


def _copies(publications: list[Publication]) -> dict[int, list[Publication]]:
    """id of an entry -> the same paper under other keys in other .bib files (`copy_key`): a lab's
    members' files each hold the papers they co-wrote, exported by other tools
    (`lovelace2020engines` in one, `Lovelace_2020` in another). The first in the files' order is
    listed, the others folded into it. In one file, they are the user's own twins, listed with a
    warning (publications.py)."""
    alike: dict[tuple[str, int | None, str], list[Publication]] = {}
    for pub in publications:  # the first author is compared only where the rest is alike (10,000 entries: 11 -> 4.5 ms)
        if _foldable(pub):
            alike.setdefault((pub.title_key, pub.year, pub.kind), []).append(pub)
    found: dict[int, list[Publication]] = {}
    for group in alike.values():
        first: dict[str, Publication] = {}
        for pub in sorted(group, key=lambda pub: pub.order) if len(group) > 1 else ():
            kept = first.setdefault(first_family(pub), pub)
            if kept is not pub and in_two_files(kept, pub):
                found.setdefault(id(kept), []).append(pub)
    return found


def in_two_files(kept: Publication, other: Publication) -> bool:
    """Whether two entries of one `copy_key` are one paper in two members' files: not in one file
    (the user's own twins), and not of two DOIs (a workshop paper and its conference version of
    one title and year)."""
    if kept.path == other.path:
        return False
    dois = {_doi(kept), _doi(other)} - {""}
    return len(dois) <= 1


def _doi(pub: Publication) -> str:
    return next((identifier(link).lower() for link in pub.links if link.kind == "doi"), "")


def first_family(pub: Publication) -> str:
    """The first author's (or editor's) family name, without case or accents: a preprint and its
    paper of one title by other people are two works."""
    names = pub.authors or pub.editors
    return fold(names[0].family) if names else ""


def _folded(published: Publication, preprints: list[Publication]) -> Publication:
    """The published entry with what its preprints add: their links it lacks (a preprint's DOI as
    its server's button), and an abstract, picture, PDF, keywords or selection it does not have."""
    links = list(published.links)
    for preprint in preprints:
        for link in _links_lacking(links, preprint):
            rank = _rank(link)
            at = next((i for i, there in enumerate(links) if _rank(there) > rank), len(links))
            links.insert(at, link)  # among the entry's own, which keep their order
    first = preprints[0]
    keywords = dict.fromkeys([*published.keywords, *(word for p in preprints for word in p.keywords)])
    fingerprint = hashlib.blake2b(
        "".join([published.fingerprint, *(p.fingerprint for p in preprints)]).encode(), digest_size=16
    ).hexdigest()
    return dataclasses.replace(
        published,
        links=tuple(links),
        abstract=published.abstract or next((p.abstract for p in preprints if p.abstract), None),
        thumbnail=published.thumbnail or first.thumbnail,
        local_pdf=published.local_pdf or first.local_pdf,
        keywords=tuple(keywords),
        selected=published.selected or any(p.selected for p in preprints),
        versions=tuple(preprints),
        fingerprint=fingerprint,
    )


def _rank(link: Link) -> int:
    return _RANK.get(link.kind, _RANK["url"])


def _links_lacking(links: list[Link], preprint: Publication) -> list[Link]:
    """The preprint's links whose button the entry does not show yet; its DOI is its server's
    button ([bioRxiv]), as the entry's own [DOI] is the published paper's."""
    labels = {link.label for link in links}
    found = []
    for link in sorted(preprint.links, key=lambda link: link.kind == "doi"):  # its [arXiv] before its arXiv DOI
        if link.kind == "doi" and preprint.kind == "preprint":  # a copy's DOI is the paper's
            server = _server(link, preprint)
            if server is None:
                continue
            link = Link("preprint", server, link.url)
        if link.label not in labels:
            labels.add(link.label)
            found.append(link)
    return found


def _server(link: Link, preprint: Publication) -> str | None:
    """The preprint server a [DOI] is of, by its prefix (medRxiv shares bioRxiv's: the venue tells)."""
    server = _SERVERS.get(identifier(link).split("/")[0])
    if server == "bioRxiv" and "medrxiv" in " ".join(preprint.fields.values()).lower():
        return "medRxiv"
    return server


def _say(published: Publication, preprint: Publication, report: Report) -> None:
    """The fold, at the preprint: what of it the entry shows, and how to write it so that
    nothing needs folding."""
    adds = [f"[{link.label}]" for link in _links_lacking(list(published.links), preprint)]
    if preprint.abstract and not published.abstract:
        adds.append("abstract")  # "its abstract"
    arxiv = next((identifier(link) for link in preprint.links if link.kind == "arxiv"), "")
    needs = [f"arxiv = {{{arxiv}}}" if shown == "[arXiv]" and arxiv else f"its {shown}" for shown in adds]
    fix = "remove this one" + (f" once '{published.key}' has {' and '.join(needs)}" if needs else "")
    report.warn(
        f"entry '{preprint.key}' is a preprint of '{published.key}' ({published.path.name}:{published.line}), "
        f"so it is listed as that entry{' with its ' + ' and '.join(adds) if adds else ''}; to list it once "
        f"without this warning, {fix} (or set publications.merge_preprints: false to list both)",
        preprint.path,
        preprint.line,
    )
