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

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from sitegen.content import Text, Translation
from sitegen.yamlfile import Document, LineDict, parse_front_matter


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

    def read(self, texts: tuple[str, ...]) -> tuple[Text, bool]:
        """What the parse functions read, from the texts of `files()`, and whether its text is in
        the language it is read for (a further language's copy shows an untranslated one)."""
        if self.language is None:
            return texts[0], True
        if self.stem == self.path.stem:
            return texts[0], False  # an original with no translation into this language
        translation = parse_front_matter(texts[0], self.path)
        if self.original is None:
            return Translation(translation, self.stem), True
        made = whole(translation, parse_front_matter(texts[1], self.original))
        return Translation(made, self.stem), bool(translation.body.strip())


def language_of(path: Path, codes: Collection[str]) -> str | None:
    """The language a file translates into (`ada.de.md` -> de), or None for an original."""
    stem, dot, code = path.stem.rpartition(".")
    return code.lower() if dot and stem and code.lower() in codes else None


def originals(paths: Iterable[Path], codes: Collection[str]) -> list[Path]:
    """The files of the site's own language: those that translate none."""
    return [path for path in paths if language_of(path, codes) is None]


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
