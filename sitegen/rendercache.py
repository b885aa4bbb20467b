"""What a long-lived builder keeps between builds to render again only what changed.

Publication views are made once per (entry, authorship, page owner) and keep their identity, so
each publication's rendered list item, and whole lists of them, are cached by view identity and
already encoded. Big lists go into a page as bytes after Jinja is done (`Splicer`).

An entry is listed on the publications page, its type page and the page of each member who
wrote it, the same each time but for the citation (the page owner's name is emphasised, not a
link). When the item template only outputs the citation as it is, the item is rendered once per
entry with a marker for the citation, and each page's citation is put in its place.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from markupsafe import Markup

from sitegen.model import Publication, Site
from sitegen.render import Renderer
from sitegen.views import PublicationView
from sitegen.writer import Content

ITEM_TEMPLATE = "partials/publication.html"  # one publication in a list
K = TypeVar("K")
V = TypeVar("V")


class Recent(Generic[K, V]):
    """A cache that keeps what the current and the last build used; older values go.

    For values that are cheap to make again but big to keep (whole publication lists), or that
    belong to short-lived objects (the lists each build makes).
    """

    def __init__(self) -> None:
        self._current: dict[K, V] = {}
        self._earlier: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        value = self._current.get(key)
        if value is None:
            value = self._earlier.get(key)
            if value is not None:
                self._current[key] = value
        return value

    def put(self, key: K, value: V) -> None:
        self._current[key] = value

    def next_build(self) -> None:
        self._earlier, self._current = self._current, {}

    def __len__(self) -> int:
        return len(self._current.keys() | self._earlier.keys())


@dataclass
class RenderCache:
    """What a long-lived builder keeps between builds; emptied when templates or settings change.

    Publication views are made once per (entry, authorship, page owner) and keep their identity,
    so rendered list items and whole lists are cached by view identity, already encoded.
    """

    keep_lists: bool = False  # worth it only for a builder that builds again (serve): lists are big
    context: str = ""  # settings, menu and sitegen's version: when they change, every output does
    item_template: str = ""  # the digest of partials/publication.html, which renders every list item
    emptied: bool = False  # the last build started from an empty cache
    fragments: dict[PublicationView, bytes] = field(default_factory=dict)
    by_shell: bool = False  # the item template shows the citation as it is: items are made from shells
    shells: dict[object, tuple[bytes, ...]] = field(default_factory=dict)  # view family -> its item, cut where the citation goes
    shell_marker: str = field(default_factory=lambda: f"\x00sitegen-citation-{secrets.token_hex(8)}\x00")
    views: dict[tuple[object, ...], PublicationView] = field(default_factory=dict)
    csl: dict[str, bytes] = field(default_factory=dict)  # publication fingerprint -> CSL-JSON item
    bibtex: dict[str, bytes] = field(default_factory=dict)  # publication fingerprint -> its BibTeX
    # publication fingerprint -> its entry in the search index (kind, title, URL, text): a .bib
    # edit makes a new list of entries, but most of them are the same objects (10,000: 0.1-0.15 s an edit)
    search: dict[str, tuple[int, str, str, str]] = field(default_factory=dict)
    lists: Recent[tuple[PublicationView, ...], bytes] = field(default_factory=Recent)
    # what each list of publications depends on, by the list's identity (holding the list and the
    # authorship it was made with, so the id cannot be another list's)
    signatures: Recent[int, tuple[list[Publication], dict[str, Any], Hashable]] = field(default_factory=Recent)
    # values computed from a list of publications (its partition by type, its source files), by the
    # list's identity, holding the list: the same bibliography object comes back in serve
    derived_values: Recent[tuple[int, str], tuple[list[Publication], Any]] = field(default_factory=Recent)
    views_after_pruning: int = 0

    def start_build(self, context: str, item_template: str, site: Site, shows_citation_verbatim: Callable[[], bool]) -> None:
        """Empty everything when settings changed, the rendered items when their template did;
        otherwise forget what went stale. `shows_citation_verbatim()` says whether the item
        template outputs the citation as it is (asked again when the template changed)."""
        settings_changed = context != self.context
        self.emptied = settings_changed
        if settings_changed:
            self.context, self.views, self.csl, self.bibtex, self.search = context, {}, {}, {}, {}
            self.views_after_pruning = 0
        if settings_changed or item_template != self.item_template:
            self.item_template, self.fragments, self.lists, self.shells = item_template, {}, Recent(), {}
            self.by_shell = shows_citation_verbatim()
        self.lists.next_build()
        self.signatures.next_build()
        self.derived_values.next_build()
        if not self.views_after_pruning:  # all made by one build (the first, or the first with these settings)
            self.views_after_pruning = len(self.views)  # not walked now: 0.09 s of the first edit at 10,000 entries
        elif len(self.views) > self.views_after_pruning * 3 // 2 + 100:  # amortised: edits add a few views each
            self._prune(site)
            self.views_after_pruning = len(self.views)

    def listed(self, pubs: list[Publication], authorship: dict[str, tuple[str | None, ...]]) -> Hashable:
        """Each entry's fingerprint and who of the site wrote it; the same lists come back every build."""
        held = self.signatures.get(id(pubs))
        if held is not None and held[0] is pubs and held[1] is authorship:
            return held[2]
        signature = tuple([(pub.fingerprint, authorship.get(pub.key, ())) for pub in pubs])
        self.signatures.put(id(pubs), (pubs, authorship, signature))
        return signature

    def derived(self, pubs: list[Publication], name: str, make: Callable[[], V]) -> V:
        """`make()`, computed from `pubs` and kept while the very same list comes back (serve: one
        biography's edit does not walk the 10,000 entries again)."""
        held = self.derived_values.get((id(pubs), name))
        if held is not None and held[0] is pubs:
            return held[1]
        value = make()
        self.derived_values.put((id(pubs), name), (pubs, value))
        return value

    def sizes(self) -> dict[str, int]:
        """How many of each kind of thing the cache holds (for tests: it must not grow with edits)."""
        return {
            "views": len(self.views),
            "fragments": len(self.fragments),
            "shells": len(self.shells),
            "lists": len(self.lists),
            "csl": len(self.csl),
            "search": len(self.search),
        }

    def _prune(self, site: Site) -> None:
        """Forget the views and rendered items of entries or authorships the site no longer has."""
        live = {(pub.fingerprint, site.authorship.get(pub.key, ())) for pub in site.publications}
        self.views = {key: view for key, view in self.views.items() if key[:2] in live}
        kept = set(self.views.values())
        self.fragments = {view: html for view, html in self.fragments.items() if view in kept}
        families = {view.family for view in kept}
        self.shells = {family: shell for family, shell in self.shells.items() if family in families}
        fingerprints = {pub.fingerprint for pub in site.publications}
        self.csl = {key: item for key, item in self.csl.items() if key in fingerprints}
        self.bibtex = {key: item for key, item in self.bibtex.items() if key in fingerprints}
        self.search = {key: entry for key, entry in self.search.items() if key in fingerprints}


class Splicer:
    """Puts publication lists into rendered pages as cached bytes, after Jinja is done.

    A list of 2,000 entries is megabytes: joining it into the template's string and encoding the
    page again would cost more than rendering the rest. The template gets a marker instead (with a
    random nonce no content can guess) that is replaced by the list's bytes.
    """

    def __init__(self) -> None:
        nonce = secrets.token_hex(8)
        self._marker = f"\x00sitegen-{nonce}-"
        self._pattern = re.compile(f"\x00sitegen-{nonce}-(\\d+)\x00")
        self._pending: list[bytes | list[bytes]] = []

    def slot(self, data: bytes | list[bytes]) -> Markup:
        self._pending.append(data)
        return Markup(f"{self._marker}{len(self._pending) - 1}\x00")

    def finish(self, html: str) -> Content:
        """The page's bytes, as pieces: joining megabytes only to write them out would cost as much again."""
        if not self._pending:
            return html.encode("utf-8")
        pieces = self._pattern.split(html)
        pending, self._pending = self._pending, []
        content: list[bytes] = []
        for number, piece in enumerate(pieces):
            if number % 2 == 0:
                content.append(piece.encode("utf-8"))
            else:
                spliced = pending[int(piece)]
                if isinstance(spliced, list):
                    content.extend(spliced)
                else:
                    content.append(spliced)
        return content


def publication_items(views: tuple[PublicationView, ...], renderer: Renderer, cache: RenderCache) -> bytes | list[bytes]:
    """The list items of several publications: joined once for every page that lists the same ones
    (serve), or as pieces (a one-off build: joining a 10,000-entry list would hold it twice, and an
    item made from a shell is the shell's own bytes around the citation's)."""
    html = cache.lists.get(views)
    if html is not None:
        return html
    if not cache.keep_lists:
        pieces: list[bytes] = []
        for view in views:
            if pieces:
                pieces.append(b"\n")
            pieces += _item(view, renderer, cache)
        return pieces
    html = b"\n".join([_fragment(view, renderer, cache) for view in views])
    cache.lists.put(views, html)
    return html


def _fragment(view: PublicationView, renderer: Renderer, cache: RenderCache) -> bytes:
    """One item, joined and kept (a builder that builds again)."""
    html = cache.fragments.get(view)
    if html is None:
        html = cache.fragments[view] = b"".join(_item(view, renderer, cache))
    return html


def _item(view: PublicationView, renderer: Renderer, cache: RenderCache) -> list[bytes]:
    """One item as pieces: from its shell when the template allows, else rendered."""
    if cache.by_shell and view.family is not None:
        shell = _shell(view, renderer, cache)
        citation = view.citation.encode("utf-8")
        pieces = [shell[0]]
        for part in shell[1:]:
            pieces += (citation, part)
        return pieces
    html = cache.fragments.get(view)
    if html is None:
        html = renderer.render(ITEM_TEMPLATE, pub=view).encode("utf-8")
        if view.page_owner is None:  # shown on several pages; a person's own variant on one only
            cache.fragments[view] = html
    return [html]


def _shell(view: PublicationView, renderer: Renderer, cache: RenderCache) -> tuple[bytes, ...]:
    """The entry's list item cut where the citation goes: rendered once for every page it is on."""
    shell = cache.shells.get(view.family)
    if shell is None:
        html = renderer.render(ITEM_TEMPLATE, pub=view.variant(Markup(cache.shell_marker), None))
        shell = cache.shells[view.family] = tuple(part.encode("utf-8") for part in html.split(cache.shell_marker))
    return shell
