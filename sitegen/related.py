"""biblatex's related entries: what a work reviews, translates or reprints, named after its citation.

An entry says `related = {sear2006}` and `relatedtype = {reviewof}`, and biblatex's styles end its
citation with the work it reviews ("Review of Frank Sear, Roman Theatres"). sitegen's own style
does the same, with each related work's title linked to its page; `relatedstring` puts the
entry's own words in place of the type's. A review written without a title of its own is titled
by the works it reviews (publications.py), so that it is listed and has a page.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from sitegen.citation import RELATED_CLASS, format_names
from sitegen.model import Publication, RelatedWork

if TYPE_CHECKING:
    from sitegen.cite import Bibliography

# biblatex's related types (its manual's "Related Entries") in its English words (english.lbx); `multivolume`
# lists a work's volumes, each by its number, and has no words of its own
RELATED_WORDS = {
    "reviewof": "Review of",
    "translationof": "Translation of",
    "translationas": "Translated as",
    "translationfrom": "Translated from",
    "origpubas": "Originally published as",
    "origpubin": "Originally published in",
    "reprintof": "Reprint of",
    "reprintas": "Reprinted as",
    "reprintfrom": "Reprinted from",
}
MULTIVOLUME = "multivolume"
BY_TRANSLATOR = "bytranslator"  # "Translated by Alan H. Shapiro as The Power of Images (1988)"
RELATED_TYPES = frozenset({*RELATED_WORDS, MULTIVOLUME, BY_TRANSLATOR, "default"})
_NO_TYPE = "See also"  # biblatex prints related works without words when no type is given


def related_keys(value: str) -> list[str]:
    """The keys a `related` field names, in its order, each once (keys ignore case): "sear2006, welch2007"."""
    first: dict[str, str] = {}
    for key in (part.strip() for part in value.split(",")):
        if key:
            first.setdefault(key.lower(), key)
    return list(first.values())


def related_type(entry_type: str, fields: dict[str, str]) -> str:
    """What the entry's related works are to it: its `relatedtype` ("reviewof"), "reviewof" for
    a @review that names them without one, else ""."""
    kind = fields.get("relatedtype", "").strip().lower()
    return kind or ("reviewof" if entry_type.lower() == "review" else "")


def reviews(entry_type: str, fields: dict[str, str]) -> bool:
    """Whether the entry is a review of its related works."""
    return related_type(entry_type, fields) == "reviewof"


class RelatedWorks:
    """Gives each publication naming related works of the site the sentence that ends its citation.

    A publication given it is a new object with a new fingerprint; it is kept while it and its
    related works are the same objects at the same addresses, so `serve` and the render caches
    see the same publication again when nothing it shows changed."""

    def __init__(self) -> None:
        # by the ids of the entry and its works, which are kept with it: no id is another's while it is here
        self._made: dict[tuple[int, ...], tuple[tuple[Publication, ...], Publication]] = {}

    def resolve(
        self, publications: list[Publication], base_path: str, data_only: Sequence[Publication] = ()
    ) -> list[Publication]:
        """The publications, those naming related works given their sentence; `data_only` are the
        entries kept out of the lists (`options = {dataonly}`), named by title, without a link."""
        relating = [pub for pub in publications if pub.fields.get("related", "").strip()]
        made: dict[tuple[int, ...], tuple[tuple[Publication, ...], Publication]] = {}
        if relating:
            from sitegen.cite import Bibliography  # it imports the views: not for the processes that parse .bib files

            bibliography = Bibliography([*publications, *data_only], "author-date", base_path)
            unlisted = frozenset(map(id, data_only))
            replaced = {id(pub): self._resolved(pub, bibliography, unlisted, made) for pub in relating}
            publications = [replaced.get(id(pub), pub) for pub in publications]
        self._made = made
        return publications

    def _resolved(
        self,
        pub: Publication,
        bibliography: Bibliography,
        unlisted: frozenset[int],
        made: dict[tuple[int, ...], tuple[tuple[Publication, ...], Publication]],
    ) -> Publication:
        # a review's title may name what it reviews ("Review of Frank Sear, Roman Theatres"); a
        # reprint's or translation's is the original's own title, and says nothing of it
        title = pub.title.text.casefold() if reviews(_written_type(pub), pub.fields) else ""
        works = [work for key in related_keys(pub.fields["related"]) if (work := bibliography.get(key)) and work is not pub]
        if not works:
            return pub
        urls = [None if id(work) in unlisted else bibliography.url(work) for work in works]
        key = (id(pub), *map(id, works), hash(tuple(urls)))
        kept = self._made.get(key)
        if kept is None:
            # a review whose title names what it reviews ends without naming it again; search engines are told all
            named = [
                (work, url) for work, url in zip(works, urls, strict=True) if not _holds_title(title, work.title.text.casefold())
            ]
            sentence = related_sentence(pub, [work for work, _ in named], [url for _, url in named]) if named else ""
            described = _described(pub, works, urls)
            fingerprint = hashlib.blake2b(f"{pub.fingerprint}{sentence}{described}".encode(), digest_size=16).hexdigest()
            kept = ((pub, *works), dataclasses.replace(pub, related=sentence, related_works=described, fingerprint=fingerprint))
        kept[1].line, kept[1].order = pub.line, pub.order
        made[key] = kept
        return kept[1]


def _described(pub: Publication, works: Sequence[Publication], urls: Sequence[str | None]) -> tuple[RelatedWork, ...]:
    """The works as search engines are told of them (`RelatedWork`)."""
    kind = related_type(_written_type(pub), pub.fields) or "default"
    return tuple(
        RelatedWork(kind, work.title.text, tuple(name for name in work.authors or work.editors if not name.others), url)
        for work, url in zip(works, urls, strict=True)
    )


def _written_type(pub: Publication) -> str:
    """The entry's type as its .bib writes it (a @review is formatted as the article it is), from
    the BibTeX sitegen shows of it, which opens with it: "@review{taylor2008,"."""
    return pub.bibtex[1 : pub.bibtex.find("{")]


def _holds_title(title: str, other: str) -> bool:
    """Whether a title holds another work's title as words of its own ("Roma" is not in "Romano")."""
    return re.search(rf"(?<!\w){re.escape(other)}(?!\w)", title) is not None


def related_sentence(pub: Publication, works: Sequence[Publication], urls: Sequence[str | None]) -> str:
    """The sentence as HTML: the type's words (or the entry's `relatedstring`), then each work by
    its authors (left out when they are the entry's own), linked title and year: "Review of Frank
    Sear, <a>Roman Theatres</a> (2006); ..."; a multi-volume work's volumes by their numbers."""
    kind = related_type(_written_type(pub), pub.fields)
    shown = [_work(pub, work, url, kind) for work, url in zip(works, urls, strict=True)]
    own = pub.parts.get("relatedstring")
    words = own.html.strip() if own and own.html.strip() else _WORDS_OF.get(kind, RELATED_WORDS.get(kind, _NO_TYPE))
    sentence = f"{words} {'; '.join(shown)}" if words else "; ".join(shown)
    return f'<span class="{RELATED_CLASS}">{sentence[:1].upper()}{sentence[1:]}</span>'  # "\\autocap{e}xcerpt in"


_WORDS_OF = {MULTIVOLUME: "", BY_TRANSLATOR: "Translated"}  # each volume, each translation says the rest


def _work(pub: Publication, work: Publication, url: str | None, kind: str) -> str:
    """One related work: "Frank Sear, <a>Roman Theatres</a> (2006)"; "volume 2: <a>...</a>
    (1986)"; "by Alan H. Shapiro as <a>The Power of Images</a> (1988)"."""
    title = work.title.html if url is None or "<a " in work.title.html else f'<a href="{escape(url)}">{work.title.html}</a>'
    by, own = (work.authors, pub.authors) if work.authors else (work.editors, pub.editors)
    if kind == BY_TRANSLATOR:
        title = f"by {format_names(work.translators)} as {title}" if work.translators else f"as {title}"
    elif by and [name.display for name in by] != [name.display for name in own]:
        title = f"{format_names(by)}, {title}"
    number = work.parts.get("volume")
    if kind == MULTIVOLUME and number and number.html:
        title = f"volume {number.html}: {title}"
    return f"{title} ({work.year})" if work.year else title
