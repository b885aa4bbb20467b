"""TeX math in Markdown (`$x_i$`, `\\(x\\)`, `$$...$$`, `\\[...\\]`, `\\begin{align}...`) as MathML,
which every current browser shows without JavaScript and screen readers read.

pymdown-extensions' Arithmatex finds the math (its "smart dollar" rules leave "$10 and $20" alone,
and it keeps Markdown from reading `*` and `_` inside formulas); latex2mathml converts it. Measured
before building on it: 0.05-0.4 ms a formula; it raises on malformed TeX (`{`), which is then
shown as written with a warning; and it does not escape `\\text{...}` nor refuse `\\href`, so its
MathML goes through the same allow-list sanitiser as the rest of the page (markup.py).

Only the process that converts the documents imports this module; latex2mathml is imported at the
first formula.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from pymdownx.arithmatex import ArithmatexExtension


class MathExtension(Extension):
    """Arithmatex in its generic form (a span or div holding the TeX), then each one as MathML.
    The TeX of a formula latex2mathml cannot read goes into `unreadable` (emptied per document)."""

    def __init__(self) -> None:
        super().__init__()
        self.unreadable: list[str] = []

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # Python-Markdown names it
        ArithmatexExtension(generic=True, tex_inline_wrap=["", ""], tex_block_wrap=["", ""]).extendMarkdown(md)
        md.treeprocessors.register(_ToMathML(md, self), "mathml", 9)  # after inline (20): the spans are made there


class _ToMathML(Treeprocessor):
    def __init__(self, md: markdown.Markdown, extension: MathExtension):
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            for index, element in enumerate(parent):
                if "arithmatex" in (element.get("class") or "").split():
                    parent[index] = self.converted(element)

    def converted(self, element: etree.Element) -> etree.Element:
        """The formula as MathML in a span (inline) or div (display), kept whole by the
        serialiser through the HTML stash; or as written, when it cannot be read."""
        block = element.tag == "div"
        # Arithmatex escapes a block's TeX for HTML, not an inline formula's
        tex = (html.unescape(element.text or "") if block else element.text or "").strip()
        mathml = _mathml(tex, block)
        # a display formula wider than the screen scrolls: focusable, so a keyboard can scroll it
        replacement = etree.Element(element.tag, {"class": "math", "tabindex": "0"} if block else {"class": "math"})
        replacement.tail = element.tail
        if mathml is None:
            self.extension.unreadable.append(tex)
            replacement.text = markdown.util.AtomicString(f"$${tex}$$" if block else f"${tex}$")
        else:
            replacement.text = self.md.htmlStash.store(mathml)
        return replacement


def _mathml(tex: str, block: bool) -> str | None:
    from latex2mathml.converter import convert  # 0.04 s: only for a site that has math

    try:
        converted = convert(tex, display="block" if block else "inline")
    except Exception:  # latex2mathml raises many kinds on malformed TeX: then it is shown as written
        return None
    return converted.replace("<math ", f'<math alttext="{html.escape(tex)}" ', 1)
