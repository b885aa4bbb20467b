"""A page is written whole and in order, whatever pieces it comes in and however the kernel
takes them."""

from __future__ import annotations

import os

import pytest

from sitegen import writer
from sitegen.writer import StagedWriter

PIECES = [b"", b"<html>", *(f"<li>{n}</li>".encode() for n in range(3000)), b"", b"</html>\n", b""]


@pytest.mark.parametrize("data", [b"", b"one piece", [], [b""], PIECES])
def test_every_piece_is_written_in_order_even_when_the_kernel_takes_a_few_bytes_at_a_time(tmp_path, monkeypatch, data):
    calls: list[int] = []

    def stingy_writev(descriptor: int, batch: list) -> int:
        calls.append(len(batch))
        return os.write(descriptor, b"".join(bytes(piece) for piece in batch)[:7])

    monkeypatch.setattr(writer.os, "writev", stingy_writev)
    monkeypatch.setattr(writer.os, "write", lambda descriptor, piece, real=os.write: real(descriptor, bytes(piece)[:7]))
    staged = StagedWriter(tmp_path / "out")
    staged.begin()
    staged.add("page/index.html", data)
    expected = data if isinstance(data, bytes) else b"".join(data)
    assert (staged.staging / "page/index.html").read_bytes() == expected
    assert max(calls, default=0) <= 1024  # the kernel's limit of pieces per call


def test_a_page_in_pieces_is_written_in_a_few_calls(tmp_path, monkeypatch):
    calls: list[int] = []
    real = os.writev
    monkeypatch.setattr(writer.os, "writev", lambda descriptor, batch: calls.append(len(batch)) or real(descriptor, batch))
    staged = StagedWriter(tmp_path / "out")
    staged.begin()
    staged.add("publications/index.html", PIECES)
    assert (staged.staging / "publications/index.html").read_bytes() == b"".join(PIECES)
    assert calls == [1024, 1024, 957]


def test_a_page_folder_under_a_known_one_is_one_mkdir_and_may_exist_already(tmp_path, monkeypatch):
    """A big site is 10,000 folders under publications/: once that is made, each page's folder
    is one mkdir (os.makedirs would look its parent up first); the other process writing the
    same build may have made it already."""
    staged = StagedWriter(tmp_path / "out")
    staged.begin()
    staged.add("publications/a/b/index.html", b"1")  # makes publications/ and publications/a/ on the way
    (staged.staging / "publications/a/c").mkdir()  # as the other process would
    made: list[str] = []
    monkeypatch.setattr(writer.os, "makedirs", lambda *args, **kwargs: made.append("makedirs"))
    for name in ("c", "d", "e"):
        staged.add(f"publications/a/{name}/index.html", name.encode())
        staged.add(f"publications/{name}/index.html", name.encode())
    assert made == []
    assert (staged.staging / "publications/a/e/index.html").read_bytes() == b"e"
    assert (staged.staging / "publications/d/index.html").read_bytes() == b"d"
