"""A site in more than one language: which content file translates which, and a translation made whole.

site.yml's `language` is the site's own, at its root; each of its `languages` is a copy of the site
in its folder (`/de/`), as Hugo builds one a language: the theme's words, dates and citation terms
in that language, and the texts translated into it. A translation is named as its original with
the language before `.md` (`ada.de.md` beside `ada.md`, `index.de.md`: Hugo's convention). It
gives what it translates and takes the rest from its original (a profile's photo, links and
education; a page's menu place), and with no text of its own it has the original's. A text that
is not translated is shown as written, marked as the site's language, so that a screen reader
reads it so. A file that is only a translation (`kolloquium.de.md`) is a page of that language alone.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote, unquote

from sitegen.content import Text, Translation
from sitegen.errors import Diagnostic
from sitegen.i18n import autonym, is_language, og_locale
from sitegen.urls import split_url
from sitegen.yamlfile import Document, LineDict, parse_front_matter

# the words of each kind of content file a translation gives (the rest it takes from its original):
# by the folder under content/ ("" is content/index.md, the home page's text)
WORDS = {
    "people": ("role", "affiliation", "interests", "education", "experience", "awards"),  # a list: translated whole
    "pages": ("title",),
    "news": ("title",),
    "talks": ("title", "event", "location", "type"),
    "projects": ("title", "summary"),
    "publications": (),
    "": ("title",),
}


@dataclass(frozen=True)
class Source:
    """A content file to read for one language of the site."""

    path: Path  # the file read: a translation, or an original
    original: Path | None = None  # what it translates, when it translates one
    language: str | None = None  # the further language it is read for; None: the site's own

    @property
    def stem(self) -> str:
        """The document's name in every language (its slug): a translation's is its original's."""
        stem = self.path.stem
        return stem.rpartition(".")[0] if self.language and stem.lower().endswith(f".{self.language}") else stem

    def files(self) -> tuple[Path, ...]:
        """What it is read from: the file, and the original a translation takes the rest from."""
        return (self.path,) if self.original is None else (self.path, self.original)

    def read(self, texts: tuple[str, ...]) -> Read:
        """What the parse functions read, from the texts of `files()`, and which of its words are in
        the language it is read for (a further language's copy shows what is not translated)."""
        if self.language is None:
            return Read(texts[0])
        if self.stem == self.path.stem:  # an original with no translation
            return Read(texts[0], text_translated=False, kept=None)
        translation = parse_front_matter(texts[0], self.path)
        if self.original is None:
            return Read(Translation(translation, self.stem))
        original = parse_front_matter(texts[1], self.original)
        made = whole(translation, original)
        kept = frozenset(original.meta.keys() - translation.meta.keys())
        return Read(Translation(made, self.stem), bool(translation.body.strip()), kept)


class Read(NamedTuple):
    """A content file as read for one language: its text; whether its text is in that language (a
    translation without one has its original's); and which front matter keys it took from its
    original, whose words (WORDS: its title, a profile's role ...) the page marks as the original's language."""

    text: Text
    text_translated: bool = True
    kept: frozenset[str] | None = frozenset()  # the front matter's keys it has of its original (None: all of them)

    def untranslated(self, folder: str) -> frozenset[str]:
        """The words (WORDS) of a file of this folder of content/ that are its original's, in its
        language (any other folder is content/ itself: the home page's text)."""
        words = frozenset(WORDS.get(folder, WORDS[""]))
        return words if self.kept is None else words & self.kept


def language_of(path: Path, codes: Collection[str]) -> str | None:
    """The language a file translates into (`ada.de.md` -> de), or None for an original."""
    stem, dot, code = path.stem.rpartition(".")
    return code.lower() if dot and stem and code.lower() in codes else None


def originals(paths: Iterable[Path], codes: Collection[str]) -> list[Path]:
    """The files of the site's own language: those that translate none."""
    return [path for path in paths if language_of(path, codes) is None]


def stray_translations(paths: Iterable[Path], codes: Collection[str]) -> list[Path]:
    """Files named as translations into a language the site does not have (`ada.fr.md` beside
    `ada.md` without `fr` in `languages`): read as pages of their own they would be profiles
    without a name, or pages no one meant."""
    paths = list(paths)
    stems = {path.stem for path in paths}
    found = []
    for path in paths:
        stem, dot, code = path.stem.rpartition(".")
        if dot and stem in stems and code.lower() not in codes and is_language(code):
            found.append(path)
    return found


def sources(paths: Iterable[Path], codes: Collection[str], code: str | None) -> list[Source]:
    """The files to read for a language (None: the site's own, which reads the originals): each
    original's translation into it, or the original where there is none; then the translations
    that have no original (that language's alone)."""
    paths = list(paths)
    if code is None:
        return [Source(path) for path in originals(paths, codes)]
    translations = {path.stem.rpartition(".")[0]: path for path in paths if language_of(path, codes) == code}
    found = []
    for path in originals(paths, codes):
        translation = translations.pop(path.stem, None)
        found.append(Source(path, None, code) if translation is None else Source(translation, path, code))
    found += [Source(path, None, code) for path in translations.values()]
    return found


def new_warnings(said: Iterable[Diagnostic], found: Iterable[Diagnostic], codes: Collection[str]) -> list[Diagnostic]:
    """What a further language's copy of the site found that the site's own did not: its copy of
    an untranslated text says again what the original's did, and a translation what it took
    from its original (its photo, its links) with the original's words."""
    said = list(said)
    known = set(said)
    by_file = {(warning.path, warning.message) for warning in said}
    fresh = []
    for warning in found:
        original = _original(warning.path, codes) if warning.path else None
        if warning not in known and (original is None or (original, warning.message) not in by_file):
            fresh.append(warning)
            known.add(warning)
    return fresh


def _original(path: Path, codes: Collection[str]) -> Path | None:
    """The original a translation's file translates (`ada.de.md` -> `ada.md`), whether or not it exists."""
    return path.with_name(path.stem.rpartition(".")[0] + path.suffix) if language_of(path, codes) else None


def files_from_the_root(html: str, links: Iterable[tuple[str, int]], page: str, root: str, is_file: Callable[[str], bool]) -> str:
    """A text's relative links to files, in a further language's copy: `slides.pdf` in the text
    of /teaching/ names static/teaching/slides.pdf, which from /de/teaching/ it would miss, so
    such a link is written from the site's root (`/teaching/slides.pdf`). `page`: the site path
    the text is shown at; links to pages stay relative, within the language."""
    for link, _ in links:
        parts = split_url(link)
        target = posixpath.normpath(page + unquote(parts.path)) if parts.path else ""
        if not target or target.startswith("..") or not is_file(target):
            continue
        rooted = (
            root + quote(target) + (f"?{parts.query}" if parts.query else "") + (f"#{parts.fragment}" if parts.fragment else "")
        )
        written = f'="{_attribute(link)}"'
        if written in html:  # else the text is returned as it was, the same object
            html = html.replace(written, f'="{_attribute(rooted)}"')
    return html


def _attribute(value: str) -> str:
    """A value as the cleaned HTML writes it in an attribute."""
    return value.replace("&", "&amp;").replace('"', "&quot;")


def whole(translation: Document, original: Document) -> Document:
    """The translation's front matter over its original's, and its text, or the original's when it
    has none (a profile translated for its role and interests alone keeps its biography)."""
    meta = LineDict(original.meta)
    meta.lines = dict(original.meta.lines)
    meta.start_line = translation.meta.start_line
    meta.update(translation.meta)
    meta.lines.update(translation.meta.lines)
    if translation.body.strip():
        return Document(meta, translation.body, translation.body_line)
    return Document(meta, original.body, original.body_line)


@dataclass(frozen=True)
class LanguageLink:
    """A page in one of the site's languages, for the page's links to itself in the others."""

    code: str  # its language tag, for hreflang and lang
    name: str  # the language's name in itself ("Deutsch"), as a switcher shows it
    url: str
    absolute: str  # the URL with the site's host when base_url names one (hreflang wants it)
    current: bool  # the page this is a link of
    locale: str = ""  # as OpenGraph names it ("de_DE"): a shared link's preview in the reader's language


class Translations:
    """Which pages each language's copy of the site has, for every page's links to its other
    languages (the header's switcher, `<link rel="alternate" hreflang>`). A page exists in every
    language but where a text is a translation of its own (`kolloquium.de.md`); what the copies
    plan in groups (the publications' pages) is in all of them."""

    def __init__(self, languages: list[tuple[str, str, str | None]], pages: dict[str, set[str]], root: str, origin: str):
        """`languages`: (code, folder, name or None) of each, the site's own first with folder "";
        `pages`: by folder, the site paths of its pages (`people/ada/`, `404.html`), without the folder."""
        short = [
            given or autonym(code) for code, _, given in languages
        ]  # "Português (Brasil)" only beside "Português (Portugal)"
        self._languages = [
            (code, autonym(code, whole=True) if short.count(name) > 1 and not given else name, folder)
            for name, (code, folder, given) in zip(short, languages, strict=True)
        ]
        self._pages = pages
        self._anywhere = set().union(*pages.values())
        self._root, self._origin = root, origin

    @classmethod
    def of(cls, languages: list[tuple[str, str, str | None]], paths: Iterable[str], root: str, origin: str) -> Translations:
        """From the output paths of every copy (`de/people/ada/index.html`)."""
        folders = sorted((folder for _, folder, _ in languages if folder), key=len, reverse=True)
        pages: dict[str, set[str]] = {folder: set() for _, folder, _ in languages}
        for path in paths:
            if path.endswith(".html"):
                folder = next((folder for folder in folders if path.startswith(folder)), "")
                pages[folder].add(path[len(folder) :].removesuffix("index.html"))
        return cls(languages, pages, root, origin)

    def links(self, url: str) -> tuple[LanguageLink, ...]:
        """The page at `url` in each language that has it; none when only one has it."""
        path = url.removeprefix(self._root)
        current = next((folder for _, _, folder in self._languages if folder and path.startswith(folder)), "")
        path = path[len(current) :]
        found = tuple(
            LanguageLink(
                code,
                name,
                self._root + folder + path,
                self._origin + self._root + folder + path,
                folder == current,
                og_locale(code),
            )
            for code, name, folder in self._languages
            if path in self._pages.get(folder, ()) or path not in self._anywhere
        )
        return found if len(found) > 1 else ()

    def fingerprint(self, path: str) -> tuple[str, ...]:
        """What of the links a page at output path `path` shows: the languages that have it."""
        return tuple(link.code for link in self.links(self._root + path.removesuffix("index.html")))
