"""The Markdown side of citations (see cite.py): a Python-Markdown extension that replaces each
citation with a marker and records it.

Its own module because it needs Python-Markdown, which only the process that converts the
documents imports (markup.py); resolving the markers (cite.py) does not.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

import markdown
from markdown.extensions import Extension
from markdown.extensions.toc import slugify
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor

from sitegen.cite import BARE, BRACKETED, MARKER, marker, parse_bare, parse_bracketed, without_markers
from sitegen.model import Cite

_STASHED = "\x02"  # Python-Markdown's placeholder for an element already made (inline code ...)


class CitationExtension(Extension):
    """Replaces each citation with a marker and records it in `found` (emptied for each document)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[Cite] = []

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # Python-Markdown names it
        # after escapes, footnotes and (short) reference links, which claim brackets first; before
        # autolinks. Link texts are converted after links are made, with `a` among the ancestors,
        # so no citation becomes a link inside a link.
        if "@" not in md.ESCAPED_CHARS:
            md.ESCAPED_CHARS.append("@")  # `\@name` is never a citation, and shows as `@name`
        bracketed = _Found(BRACKETED.pattern, md, self, lambda m, written: parse_bracketed(written))
        bare = _Found(BARE.pattern, md, self, lambda m, written: parse_bare(m.group(1), m.group(2), written))
        md.inlinePatterns.register(bracketed, "citation", 117)
        md.inlinePatterns.register(bare, "narrative_citation", 116)
        md.treeprocessors.register(_InTextOrder(self), "citation_order", 8)  # after inline (20), before toc (5)
        md.treeprocessors.register(_OutOfContents(), "citation_out_of_contents", 4)  # after toc


class _Found(InlineProcessor):
    """One citation syntax: `make` reads a match (and its text, backslash escapes undone) as a
    `Cite`, or None when it is no citation after all."""

    ANCESTOR_EXCLUDES = ("a",)

    def __init__(
        self,
        pattern: str,
        md: markdown.Markdown,
        extension: CitationExtension,
        make: Callable[[re.Match[str], str], Cite | None],
    ):
        super().__init__(pattern, md)
        self.extension = extension
        self.make = make

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[etree.Element | str | None, int | None, int | None]:
        written = m.group(0)
        cite = None if _STASHED in written else self.make(m, self.unescape(written))
        if cite is None:
            return None, None, None
        self.extension.found.append(cite)
        return marker(len(self.extension.found) - 1), m.start(0), m.end(0)


class _InTextOrder(Treeprocessor):
    """Numbers the markers in the order they stand in the text: each pattern goes through the
    whole paragraph in turn (the bracketed citations first), but a numeric style numbers works in
    the order a reader meets them, and lines are looked for in that order. A tree processor, not a
    postprocessor: the table of contents runs the postprocessors over its own HTML too."""

    def __init__(self, extension: CitationExtension):
        super().__init__()
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        found, ordered = self.extension.found, []

        def renumber(match: re.Match[str]) -> str:
            ordered.append(found[int(match.group(1))])
            return marker(len(ordered) - 1)

        def walk(element: etree.Element) -> None:
            if element.text and "\ue000" in element.text:
                element.text = MARKER.sub(renumber, element.text)
            for child in element:
                walk(child)
                if child.tail and "\ue000" in child.tail:
                    child.tail = MARKER.sub(renumber, child.tail)

        if found:
            walk(root)
            self.extension.found = ordered


class _OutOfContents(Treeprocessor):
    """A heading's citation is left out of the `[TOC]` made from it: its link would be a link in
    the entry's link."""

    def run(self, root: etree.Element) -> None:
        for contents in root.iter("div"):
            if "toc" in (contents.get("class") or "").split():
                for element in contents.iter():
                    if element.text and "\ue000" in element.text:
                        element.text = without_markers(element.text).rstrip()
                    if element.tail and "\ue000" in element.tail:
                        element.tail = without_markers(element.tail)


def heading_id(value: str, separator: str) -> str:
    """A heading's id, made without its citations (`## Results [@k]` is #results)."""
    return slugify(without_markers(value), separator)
