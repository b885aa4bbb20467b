"""The Markdown side of publication lists (publist.py): a Python-Markdown preprocessor that puts a
marker paragraph where each `::: publications ...` line stands and records its query.

Its own module because it needs Python-Markdown, which only the process that converts the
documents imports (markup.py); choosing the entries (publist.py) does not.
"""

from __future__ import annotations

import markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

from sitegen.model import ListQuery
from sitegen.publist import CLOSING, OPENING, marker, parse


class ListExtension(Extension):
    """Replaces each publication list with a marker paragraph and records it in `found` (with
    what of it is no filter, in `unread`), both emptied for each document."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[ListQuery] = []
        self.unread: list[tuple[str, list[str]]] = []

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # Python-Markdown names it
        # after fenced code is stashed (25), so a `::: publications` line shown as code stays code;
        # before raw HTML is (20), so one inside a `<div>` is found too
        md.preprocessors.register(_Lists(md, self), "publication_lists", 22)


class _Lists(Preprocessor):
    def __init__(self, md: markdown.Markdown, extension: ListExtension):
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        if not any(":::" in line for line in lines):
            return lines
        out: list[str] = []
        skip_closing = False
        for line in lines:
            if skip_closing and not line.strip():
                continue
            if skip_closing and CLOSING.match(line):  # pandoc's closing fence, which may follow
                skip_closing = False
                continue
            skip_closing = False
            if OPENING.match(line):
                query, unread = parse(line)
                self.extension.found.append(query)
                if unread:
                    self.extension.unread.append((line.strip(), unread))
                out += ["", marker(len(self.extension.found) - 1), ""]
                skip_closing = True
            else:
                out.append(line)
        return out
