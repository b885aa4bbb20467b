"""Pictures in Markdown made small: a 4000-pixel photo in a news item, or a 3 MB PNG figure on a
project page, was sent whole to every reader, phones included.

Each `<img>` of a document whose picture is a raster file of static/ (JPEG, PNG, WebP, TIFF, BMP; a
GIF may be animated and an SVG scales, so both stay as they are) is pointed at a WebP copy at most
1200 pixels wide beside the original (`images/fig.png` -> `images/fig-<hash>.webp`), lossless for a
PNG (a plot's thin lines and text stay sharp), and given its width and height when the HTML did not
say them (the page does not jump as it loads). The copies are made by photos.py and kept in its
cache by content; the originals are still published, for a link to the full size.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, unquote

from sitegen.photos import FIGURE, PhotoError, PhotoMaker, SmallPhoto

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC = re.compile(r"""\bsrc=(["'])([^"']+)\1""", re.IGNORECASE)
_SIZED = re.compile(r"\b(?:width|height)=", re.IGNORECASE)
_MADE_SMALL = frozenset({".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp"})


@dataclasses.dataclass
class Figures:
    """Makes the small copies of one build's Markdown pictures and remembers them, to be written."""

    photos: PhotoMaker
    base_path: str  # the site's path, which every local src starts with
    static_file: Callable[[str], Path | None]  # a site path -> its file in static/, if there is one
    made: dict[str, SmallPhoto] = dataclasses.field(default_factory=dict)  # by site path
    unreadable: list[str] = dataclasses.field(default_factory=list)  # site paths Pillow could not read

    def in_html(self, html: str) -> tuple[str, list[str]]:
        """The HTML with each local raster picture's `src` pointed at its small copy, and the
        pictures in it that cannot be read (shown as they are; the author hears of them)."""
        if "<img" not in html:
            return html, []
        before = len(self.unreadable)
        html = _IMG.sub(self._tag, html)
        return html, self.unreadable[before:]

    def _tag(self, match: re.Match[str]) -> str:
        tag = match.group(0)
        found = _SRC.search(tag)
        if found is None:
            return tag
        small = self._small(found.group(2))
        if small is None:
            return tag
        tag = tag[: found.start(2)] + self.base_path + quote(small.path, safe="/") + tag[found.end(2) :]
        if not _SIZED.search(tag) and small.size:
            tag = tag.replace("<img", f'<img width="{small.size[0]}" height="{small.size[1]}"', 1)
        return tag

    def _small(self, src: str) -> SmallPhoto | None:
        if not src.startswith(self.base_path) or "://" in src:
            return None
        site_path = unquote(src[len(self.base_path) :].split("#")[0].split("?")[0])
        if posixpath.splitext(site_path)[1].lower() not in _MADE_SMALL:
            return None
        source = self.static_file(site_path)
        if source is None:
            return None
        folder = posixpath.dirname(site_path)
        shape = dataclasses.replace(
            FIGURE, name=posixpath.splitext(posixpath.basename(site_path))[0], lossless=source.suffix.lower() == ".png"
        )
        try:
            small = self.photos.small(source, f"{folder}/" if folder else "", shape)
        except (PhotoError, OSError):
            self.unreadable.append(site_path)
            return None
        self.made[small.path] = small
        return small
