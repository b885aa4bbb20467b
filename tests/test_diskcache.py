"""The cache of parsed .bib files: content keys are only hashed where they are needed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sitegen.diskcache import DiskCache


@pytest.fixture
def hashed(monkeypatch) -> list[int]:
    """The sizes of the contents hashed into keys."""
    sizes: list[int] = []
    original = hashlib.blake2b

    def counting(data: bytes = b"", **options):
        if data:  # not the digest of sitegen's code, which is made once a process, by update()
            sizes.append(len(data))
        return original(data, **options)

    monkeypatch.setattr(hashlib, "blake2b", counting)
    return sizes


def test_a_first_build_hashes_no_content_in_the_process_that_reads_it(tmp_path, hashed):
    cache = DiskCache(tmp_path / "cache")
    cache.begin()
    assert cache.get("bib", "@article{a, title={A}}") is None
    cache.use("bib", "@article{a, title={A}}")
    worker = DiskCache(tmp_path / "cache")  # the parsing process stores it, and hashes it there
    worker.put("bib", "@article{a, title={A}}", [1, 2])
    assert len(hashed) == 1
    cache.forget_unused("bib")
    assert len(hashed) == 1
    assert len(list((tmp_path / "cache").glob("bib-*.json"))) == 1  # what the build stored is kept


def test_an_entry_is_found_by_content_and_older_ones_are_forgotten(tmp_path, hashed):
    folder = tmp_path / "cache"
    first = DiskCache(folder)
    first.begin()
    first.put("bib", "old text", ["old"])
    first.put("bib", "text", ["parsed"])
    cache = DiskCache(folder)
    cache.begin()
    assert cache.get("bib", "text") == ["parsed"]
    assert cache.get("bib", "other text") is None
    cache.use("bib", "text")
    cache.forget_unused("bib")
    assert len(list(folder.glob("bib-*.json"))) == 1
    cache.begin()
    assert cache.get("bib", "text") == ["parsed"]


def test_a_new_version_stored_elsewhere_during_the_build_replaces_the_old_one(tmp_path):
    folder = tmp_path / "cache"
    earlier = DiskCache(folder)
    earlier.begin()
    earlier.put("bib", "old text", ["old"])
    cache = DiskCache(folder)
    cache.begin()
    assert cache.get("bib", "new text") is None
    DiskCache(folder).put("bib", "new text", ["new"])  # the parsing process
    cache.use("bib", "new text")
    cache.forget_unused("bib")
    cache.begin()
    assert cache.get("bib", "new text") == ["new"] and cache.get("bib", "old text") is None
    assert len(list(folder.glob("bib-*.json"))) == 1


def test_entries_are_keyed_on_sitegens_code_not_its_version_number(tmp_path):
    """Two commits of sitegen share a version number; a parser changed between them must miss."""
    import shutil

    from sitegen import diskcache

    package = shutil.copytree(Path(diskcache.__file__).parent, tmp_path / "sitegen", ignore=shutil.ignore_patterns("__pycache__"))
    before = diskcache.code_digest(package)
    assert diskcache.code_digest(package) == before
    bibtex = package / "bibtex.py"
    bibtex.write_text(bibtex.read_text() + "\n# changed\n")
    assert diskcache.code_digest(package) != before
    assert diskcache.code_digest() in diskcache._makers().decode()
