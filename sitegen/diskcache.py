"""`.sitegen-cache/`: parsed .bib files kept across runs, so a second build skips the parsing.

Each entry is a JSON file named by a hash of what it was made from (the .bib file's text) and of
what made it (sitegen's code, the cache format, bibtexparser's version): a changed file or a
new sitegen simply misses, so the cache is never stale, and deleting the folder is always safe.
The code, not the version number: sitegen is installed from a Git commit, and two commits have the
same version.
JSON, not pickle: a cache file someone else wrote can at worst be ignored, never run code.
Writes go to a temporary file renamed into place; any unreadable file counts as a miss.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import bibtexparser
import orjson

from sitegen import __version__

FOLDER = ".sitegen-cache"
FORMAT = 1  # bump when what is stored changes shape


def code_digest(package: Path = Path(__file__).parent) -> str:
    """A hash of sitegen's modules as they are (2 ms): any change to the code that made an entry
    makes it a miss."""
    digest = hashlib.blake2b(digest_size=16)
    for module in sorted(package.glob("*.py")):
        digest.update(module.name.encode() + b"\0" + module.read_bytes() + b"\0")
    return digest.hexdigest()


@functools.cache
def _makers() -> bytes:
    return f"sitegen {__version__} {code_digest()}, format {FORMAT}, bibtexparser {bibtexparser.__version__}".encode()


class DiskCache:
    """JSON values by content key in one folder; remembers which entries a build used.

    A key is a hash of the whole content (a 10,000-entry .bib: 24 MB, 0.1 s), so it is only
    computed where it is needed: not to look for an entry in a folder that holds none of its kind
    (a first build), and not to keep entries when none was there before the build began.
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self.used: set[str] = set()
        self._unnamed: list[tuple[str, str]] = []  # used, but not hashed yet
        self._before: set[str] = set()  # the entries there when the build began
        self._names: dict[tuple[str, str], str] = {}  # the last content's name: hashed once a build

    def begin(self) -> None:
        """A build starts: note what the folder holds (only those can be looked up or forgotten)."""
        self.used.clear()
        try:
            self._before = {name for name in os.listdir(self.folder) if name.endswith(".json")}
        except OSError:
            self._before = set()

    def get(self, kind: str, content: str) -> object | None:
        if not any(name.startswith(f"{kind}-") for name in self._before):
            return None  # a first build: no need to hash the content to find nothing
        name = self._name(kind, content)
        self.used.add(name)
        try:
            return orjson.loads((self.folder / name).read_bytes())
        except (OSError, ValueError):  # orjson.JSONDecodeError is a ValueError
            return None

    def use(self, kind: str, content: str) -> None:
        """Count the entry as used by this build (its value is being written elsewhere)."""
        self._unnamed.append((kind, content))

    def put(self, kind: str, content: str, value: object) -> None:
        name = self._name(kind, content)
        self.used.add(name)
        try:
            self.folder.mkdir(exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
            with os.fdopen(handle, "wb") as file:
                file.writelines(_json_pieces(value))
            os.replace(temporary, self.folder / name)
        except OSError:
            pass  # a read-only or full disk only costs the next build its speed

    def forget_unused(self, kind: str) -> None:
        """Delete this kind's entries that were there before the build and it did not use (older
        versions of the files); what the build itself stored is in use."""
        stale = {name for name in self._before if name.startswith(f"{kind}-")}
        if stale:
            self.used.update(self._name(*pair) for pair in self._unnamed)
        self._unnamed.clear()  # and the texts with it (a big .bib is freed before rendering)
        for name in stale - self.used:
            (self.folder / name).unlink(missing_ok=True)

    def _name(self, kind: str, content: str) -> str:
        name = self._names.get((kind, content))
        if name is None:
            digest = hashlib.blake2b(_makers() + b"\0" + content.encode("utf-8", "surrogatepass"), digest_size=20)
            name = f"{kind}-{digest.hexdigest()}.json"
            self._names = {(kind, content): name}  # only the last: a long-lived builder keeps no old texts
        return name


def _json_pieces(value: object) -> Iterator[bytes]:
    """The value as UTF-8 JSON, a list item at a time: the whole of a big .bib's would be held in
    memory at once (26 MB for 10,000 entries)."""
    if not isinstance(value, list):
        yield orjson.dumps(value)
        return
    yield b"["
    for number, item in enumerate(value):
        if number:
            yield b","
        yield orjson.dumps(item)
    yield b"]"
