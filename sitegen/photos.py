"""Profile photos and project pictures made small: a phone's 4000 x 3000, 5 MB picture is shown at
160 CSS pixels, and a People page of 300 such photos would download 1.5 GB.

Each local raster photo is cut to the square the theme shows (the centre, as CSS `object-fit:
cover` would) at 320 pixels (twice the shown size, for high-density screens), turned upright as
its EXIF says, and written as WebP, which every current browser reads: 10-30 KB. A project's
picture keeps its shape, at most 1200 pixels wide (the page shows it at most 740 CSS pixels wide):
50-150 KB. The original is still published as it is (it is in static/), and is what JSON-LD and
shared links name.

Made by Pillow, measured here: a 9 MB JPEG in 0.1 s (decoded at a quarter of its size, which JPEG
allows), a 2000-pixel PNG in 0.24 s. So each result is kept in `.sitegen-cache/photos/`, named by
a hash of the photo's bytes and of how it is made: a later build reads 15 KB instead of decoding
5 MB, never a stale one, and deleting the folder is always safe. Its name in the site has the same
hash, so a browser never shows an old photo after a change.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

QUALITY = 82
RASTER = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff"})
FOLDER = "photos"  # in .sitegen-cache/


@dataclass(frozen=True)
class Shape:
    """How a picture is made small: a square cut from its centre, or its own shape at most so wide."""

    name: str  # what its file in the site is called: photo-<hash>.webp
    width: int  # pixels
    square: bool
    lossless: bool = False  # WebP without loss (a figure's thin lines and text), not a photo's

    @property
    def recipe(self) -> bytes:
        """What the cached file depends on besides the picture's bytes."""
        kind = "lossless" if self.lossless else QUALITY
        return f"{'square' if self.square else 'width'} {self.width}, webp {kind}, format 1".encode()


PROFILE = Shape("photo", 320, square=True)  # the profile photo is shown at 160 CSS pixels
PROJECT = Shape("picture", 1200, square=False)  # a project's page shows it at most 740 CSS pixels wide
FIGURE = Shape("figure", 1200, square=False)  # a picture in Markdown (figures.py), as wide as the text at most


class PhotoError(Exception):
    """The file cannot be read as a picture (not an image, truncated, an unknown format)."""


@dataclass(frozen=True)
class SmallPhoto:
    """The small version of a person's photo: where the site has it, and the file that holds it."""

    path: str  # site path, such as people/ada/photo-1a2b3c4d5e.webp
    cached: Path
    size: tuple[int, int] | None = None  # width and height, when the page needs them (not a square photo's)

    def read(self) -> bytes:
        return self.cached.read_bytes()


def is_raster(photo: str) -> bool:
    """Whether the photo is a picture Pillow makes small (an SVG is shown as it is: it scales)."""
    return Path(photo).suffix.lower() in RASTER


class PhotoMaker:
    """Makes and keeps the small photos of one site; remembers each source's hash while its size
    and modification time hold, so `serve` does not read 300 photos again for every edit."""

    def __init__(self, cache: Path):
        self.folder = cache / FOLDER
        self._digests: dict[Path, tuple[tuple[int, int, Shape], str]] = {}
        self._sizes: dict[str, tuple[int, int]] = {}
        self.used: set[str] = set()

    def small(self, source: Path, folder: str, shape: Shape = PROFILE) -> SmallPhoto:
        """The small version of `source` for the site's `folder` (`people/ada/`), from the cache or
        made now; raises PhotoError."""
        digest = self._digest(source, shape)
        cached = self.folder / f"{digest}.webp"
        self.used.add(cached.name)
        if not cached.is_file():
            _store(cached, make_small(source.read_bytes(), shape))
        size = None if shape.square else self._size(cached, digest)
        return SmallPhoto(f"{folder}{shape.name}-{digest[:12]}.webp", cached, size)

    def _size(self, cached: Path, digest: str) -> tuple[int, int]:
        if digest not in self._sizes:
            from PIL import Image

            with Image.open(cached) as image:  # reads the header only
                self._sizes[digest] = image.size
        return self._sizes[digest]

    def forget_unused(self) -> None:
        """Delete the small photos no profile used in this build (of photos since replaced)."""
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if name.endswith(".webp") and name not in self.used:
                (self.folder / name).unlink(missing_ok=True)

    def _digest(self, source: Path, shape: Shape) -> str:
        stat = source.stat()
        key = (stat.st_size, stat.st_mtime_ns, shape)
        held = self._digests.get(source)
        if held is None or held[0] != key:
            digest = hashlib.blake2b(shape.recipe + b"\0" + source.read_bytes(), digest_size=16).hexdigest()
            held = self._digests[source] = (key, digest)
        return held[1]


def make_small(data: bytes, shape: Shape = PROFILE) -> bytes:
    """The picture as WebP, upright: a square of its centre, or its own shape no wider than the
    shape's width (never made larger); raises PhotoError."""
    from PIL import Image, ImageOps  # 0.02 s: only for a site with photos to make

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", (shape.width * 2, shape.width * 2))  # a JPEG is decoded at the smallest scale still big enough
            upright = ImageOps.exif_transpose(image)
            mode = "RGBA" if upright.mode in ("RGBA", "LA", "P", "PA") else "RGB"
            upright = upright.convert(mode)
            if shape.square:
                small = ImageOps.fit(upright, (shape.width, shape.width), Image.Resampling.LANCZOS)
            else:
                small = ImageOps.contain(upright, (min(shape.width, upright.width), upright.height), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            small.save(out, "WEBP", quality=QUALITY, method=4, lossless=shape.lossless)
            return out.getvalue()
    except (OSError, ValueError, Image.DecompressionBombError, SyntaxError) as error:
        raise PhotoError(str(error) or type(error).__name__) from None


def _store(path: Path, data: bytes) -> None:
    """Written whole or not at all (a temporary file renamed); a read-only disk only costs speed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:
        raise PhotoError(f"could not write {path}") from None
