"""Safe names for URLs and files, made from keys, titles and file names."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from anyascii import anyascii

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# Greek letters by their names, as science writes them out (α-helix, β-cells, κ-opioid): ASCII
# folding alone would drop them, and α-helix and β-helix would share the address of "helix"
_BEFORE_ASCII = str.maketrans(
    {
        letter: name
        for letter, name in zip(
            "αβγδεζηθικλμνξοπρσςτυφχψω",
            "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma sigma tau "
            "upsilon phi chi psi omega".split(),
            strict=True,
        )
    }
)
# a typeset apostrophe or quote (latex.py curls a .bib's typed ones) makes the slug the typed one makes:
# "Children’s health" is children-s-health, as "Children's health" is
_BEFORE_ASCII.update(str.maketrans("‘’ʼ′", "''''"))
_RESERVED = frozenset(["con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))])


@functools.lru_cache(maxsize=65536)  # keywords and keys repeat across entries and builds
def slugify(value: str) -> str:
    """Lower-case ASCII letters, digits and single hyphens; never empty, never a path."""
    ascii_text = value if value.isascii() else _in_latin_letters(value.lower().translate(_BEFORE_ASCII))
    slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    if slug in _RESERVED:
        return slug + "-x"  # a folder named "con" or "nul" cannot be made on Windows
    return slug or "x" + hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def _in_latin_letters(text: str) -> str:
    """The text in ASCII: a letter's accents dropped (é e, ş s), and a letter that has no such
    form written as it is read (Ł L, ø o, ß ss, Đ D, Þ Th, Ж Zh, 张 Zhang: AnyAscii's table), so
    that Łukasz is lukasz and 张三 zhangsan, not ukasz and a hash; anything else (a symbol) dropped."""
    letters = []
    for character in unicodedata.normalize("NFKD", text):
        if character.isascii():
            letters.append(character)
        elif unicodedata.category(character).startswith("L"):
            letters.append(anyascii(character).replace("'", ""))  # Cyrillic's soft sign: Ol'ga is olga
    return "".join(letters)
