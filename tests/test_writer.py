"""A page is written whole and in order, whatever pieces it comes in and however the kernel
takes them."""

from __future__ import annotations

import os
import threading

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


def folders(root):
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_dir())


def test_folders_made_ahead_are_there_for_the_pages_and_no_others(tmp_path):
    """A `mkdir` program makes the pages' folders while the build goes on; the writer finds them
    made or makes them itself, and the committed site has the folders of its pages only."""
    staged = StagedWriter(tmp_path / "out")
    staged.begin()
    names = [f"k{n}" for n in range(500)]
    staged.make_folders_ahead("publications", [*names, "..", "a/b", "-rf", "Upper", "", "x\x00"])
    maker = staged._ahead
    for name in names:
        staged.add(f"publications/{name}/index.html", name.encode())
    staged.commit(writer.Report())
    assert maker is not None and maker.returncode is not None  # waited for: it makes nothing in the site any more
    output = tmp_path / "out"
    assert folders(output) == ["publications", *sorted(f"publications/{name}" for name in names)]
    assert (output / "publications/k499/index.html").read_bytes() == b"k499"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]  # nothing made beside it


def test_folders_made_ahead_stop_at_the_command_lines_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(writer, "_command_line_budget", lambda: 3 * (2 + 9))
    staged = StagedWriter(tmp_path / "out")
    staged.begin()
    staged.make_folders_ahead("publications", ["k1", "k2", "k3", "k4", "k5"])
    staged._stop_ahead(wait=True)
    assert folders(staged.staging) == ["publications", "publications/k1", "publications/k2", "publications/k3"]


def test_a_failed_build_stops_the_folder_maker_and_a_missing_one_is_no_obstacle(tmp_path, monkeypatch):
    staged = StagedWriter(tmp_path / "out")
    staged.begin()
    staged.make_folders_ahead("publications", [f"k{n}" for n in range(20_000)])
    maker = staged._ahead
    assert maker is not None
    staged.abort()
    assert maker.returncode is not None and not staged.staging.exists()  # ended and reaped: writes no more
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))  # no mkdir program
    staged.begin()
    staged.make_folders_ahead("publications", ["k1"])
    staged.add("publications/k1/index.html", b"page")
    staged.commit(writer.Report())
    assert (tmp_path / "out/publications/k1/index.html").read_bytes() == b"page"


def test_a_leftover_still_being_written_is_deleted_once_its_writer_is_done(tmp_path, monkeypatch):
    """A build killed a moment ago may leave its `mkdir` making folders in the staging folder
    for a moment more; the next build tries deleting it again instead of failing."""
    leftover = tmp_path / ".out.sitegen-new"
    (leftover / "publications/k1").mkdir(parents=True)
    real, attempts = writer.shutil.rmtree, []

    def rmtree_while_busy(path, *args, **kwargs):
        attempts.append(path)
        if len(attempts) < 3:
            raise OSError(writer.errno.ENOTEMPTY, "Directory not empty")
        real(path, *args, **kwargs)

    monkeypatch.setattr(writer.shutil, "rmtree", rmtree_while_busy)
    monkeypatch.setattr(writer.time, "sleep", lambda seconds: None)
    staged = StagedWriter(tmp_path / "out")
    staged.begin()
    assert attempts.count(leftover) == 3 and not (staged.staging / "publications").exists()
    monkeypatch.setattr(writer.shutil, "rmtree", lambda path, *args, **kwargs: (_ for _ in ()).throw(PermissionError(13, "no")))
    with pytest.raises(PermissionError):  # any other failure is not waited out
        staged.begin()


def test_two_builds_into_one_folder_take_turns(tmp_path):
    from sitegen.errors import Report

    first, second = StagedWriter(tmp_path / "_site"), StagedWriter(tmp_path / "_site")
    first.begin()
    first.add("index.html", b"first")
    waited = threading.Event()
    started = threading.Thread(target=second.begin, kwargs={"waiting": waited.set})
    started.start()
    assert waited.wait(5)
    started.join(0.2)
    assert started.is_alive()  # waiting for the first build, its staging folder untouched
    assert (first.staging / "index.html").read_bytes() == b"first"
    first.commit(Report())
    started.join(5)
    assert not started.is_alive()
    second.add("index.html", b"second")
    second.commit(Report())
    assert (tmp_path / "_site/index.html").read_bytes() == b"second"


def test_a_failed_build_lets_the_next_one_go(tmp_path):
    first, second = StagedWriter(tmp_path / "_site"), StagedWriter(tmp_path / "_site")
    first.begin()
    first.abort()
    second.begin(waiting=lambda: pytest.fail("the aborted build still holds the turn"))
    second.abort()
