"""Markdown -> HTML for biographies and pages, cleaned by an allow-list sanitiser (nh3).

Raw HTML in Markdown is allowed as formatting (tables, images, links) but never as script: nh3
drops script, style, event handlers and unsafe URLs. `markdown.unsafe_html: true` in site.yml
lets the owner's HTML through unchanged.
"""

from __future__ import annotations

import copy

import markdown
import nh3

_TAGS = nh3.ALLOWED_TAGS | {"figure", "figcaption", "details", "summary", "mark", "span", "div"}
_ATTRIBUTES = copy.deepcopy(nh3.ALLOWED_ATTRIBUTES)
for _tag in ("h1", "h2", "h3", "h4", "h5", "h6", "span", "div", "p", "a", "li", "sup", "code", "pre", "table", "img"):
    _ATTRIBUTES.setdefault(_tag, set()).update({"id", "class"})
_ATTRIBUTES.setdefault("img", set()).update({"src", "alt", "width", "height", "title", "loading"})


class MarkdownRenderer:
    """One Python-Markdown instance reused for every document of a build."""

    def __init__(self, unsafe_html: bool = False):
        self._markdown = markdown.Markdown(extensions=["extra", "sane_lists", "toc"], output_format="html")
        self._unsafe_html = unsafe_html

    def render(self, text: str) -> str:
        html = self._markdown.reset().convert(text)
        if self._unsafe_html:
            return html
        return nh3.clean(html, tags=_TAGS, attributes=_ATTRIBUTES, url_schemes={"http", "https", "mailto"}, link_rel=None)
