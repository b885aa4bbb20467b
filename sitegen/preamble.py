"""The macros a .bib file's `@preamble` defines.

BibTeX writes every file's preamble before the bibliography, so LaTeX knows its macros in every
entry: `@preamble{"\\newcommand{\\noopsort}[1]{}"}` (a sorting trick), a lab's
`\\providecommand{\\method}{DeepX}`, MathSciNet's `\\def\\cprime{$'$}`. sitegen reads their
definitions the same way and gives them to the LaTeX converter, which uses those of macros it does
not know itself (latex.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Preamble = tuple[tuple[str, tuple[int, str]], ...]  # each macro's name, number of arguments and body

# `@preamble{` or `@preamble(`, a block where it starts a line (`_at_line_start`): anchored to line
# starts, the pattern took 127 ms over the large benchmark's 24 MB, 9 ms so
_PREAMBLE = re.compile(r"@[pP][rR][eE][aA][mM][bB][lL][eE][ \t]*[{(]")
_DEFINITION = re.compile(
    r"""\\(?:(?:re)?newcommand|providecommand|DeclareRobustCommand)\*?\s*
        (?:\{\s*\\(?P<name>[A-Za-z]+)\s*\}|\\(?P<bare>[A-Za-z]+))\s*
        (?:\[\s*(?P<count>\d)\s*\])?\s*(?:\[[^\]]*\])?\s*\{
      | \\[egx]?def\s*\\(?P<defined>[A-Za-z]+)(?P<parameters>(?:\#\d)*)\s*\{""",
    re.VERBOSE,
)


def preamble_macros(texts: Iterable[str]) -> dict[str, tuple[int, str]]:
    """Each macro the files' preambles define, in order (a later definition wins, as LaTeX's
    `\\renewcommand` does): its number of arguments and its body, where `#1` stands for the first."""
    macros: dict[str, tuple[int, str]] = {}
    for text in texts:
        for found in _PREAMBLE.finditer(text):
            if not _at_line_start(text, found.start()):
                continue
            end = text.find("\n@", found.end())  # the next block's start bounds one never closed
            block = _inside(text, found.end() - 1, len(text) if end < 0 else end)
            for definition in _DEFINITION.finditer(block):
                name = definition["name"] or definition["bare"] or definition["defined"]
                count = int(definition["count"] or 0) if definition["defined"] is None else definition["parameters"].count("#")
                macros[name] = (count, _inside(block, definition.end() - 1, len(block)))
    return macros


def _at_line_start(text: str, at: int) -> bool:
    """Whether only spaces stand before `at` on its line, as where BibTeX's splitter finds a block."""
    return not text[text.rfind("\n", 0, at) + 1 : at].strip(" \t")


def _inside(text: str, start: int, stop: int) -> str:
    """What the balanced group opening at `start` holds (`{...}`, or `(...)` of a preamble written
    so); up to `stop` when it never closes."""
    opening = text[start]
    closing = "}" if opening == "{" else ")"
    depth = 0
    for index in range(start, stop):
        char = text[index]
        if char == opening and text[index - 1] != "\\":
            depth += 1
        elif char == closing and text[index - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[start + 1 : index]
    return text[start + 1 : stop]
