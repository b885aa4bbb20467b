"""Safe names for URLs and files, made from keys, titles and file names."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_RESERVED = frozenset(["con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))])


@functools.lru_cache(maxsize=65536)  # keywords and keys repeat across entries and builds
def slugify(value: str) -> str:
    """Lower-case ASCII letters, digits and single hyphens; never empty, never a path."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    if slug in _RESERVED:
        return slug + "-x"  # a folder named "con" or "nul" cannot be made on Windows
    return slug or "x" + hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()[:10]
