"""The progress line: shown on a terminal for a build that takes a while, never in CI or a pipe."""

from __future__ import annotations

import io
import os
import pty
import re
import subprocess
import sys

from conftest import write_files

from sitegen.progress import Progress, wanted


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_line_is_rewritten_in_place_and_erased_at_the_end():
    terminal = Terminal()
    progress = Progress(terminal, delay=0, enabled=True)  # CI sets CI=true: say it is wanted
    progress.update("Making publications", 128, 3000)
    progress.update("Making publications", 256, 3000)  # within a tenth of a second: not shown
    progress.finish()
    shown = terminal.getvalue()
    assert shown.startswith("\rMaking publications 128/3,000")
    assert "256" not in shown
    assert shown.endswith("\r" + " " * len("Making publications 128/3,000") + "\r")


def test_a_quick_build_shows_nothing():
    terminal = Terminal()
    progress = Progress(terminal, enabled=True)  # the default delay: a second
    progress.update("Rendering: files", 10)
    progress.finish()
    assert terminal.getvalue() == ""


def test_only_a_terminal_outside_ci_gets_it(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert wanted(Terminal()) and not wanted(io.StringIO())
    monkeypatch.setenv("CI", "true")
    assert not wanted(Terminal())
    monkeypatch.delenv("CI")
    monkeypatch.setenv("TERM", "dumb")
    assert not wanted(Terminal())


def big_site(root, count=4000):
    """Big enough that a fast machine still spends over a second rendering it (3,000 short
    entries took 0.9 s on one: no progress line was due)."""
    abstract = r"We study $O(n \log n)$ bounds on Schr{\"o}dinger operators. " * 8
    entries = "".join(
        f"@article{{k{n}, author = {{Lovelace, Ada and Other, P{n}}}, title = {{Title {n}}}, journal = {{J}},"
        f" year = {1900 + n % 120}, abstract = {{{abstract}{n}}}}}\n"
        for n in range(count)
    )
    return write_files(
        root,
        {
            "content/site.yml": "title: Big\nowner: ada\n",
            "content/people/ada.md": "---\nname: Ada Lovelace\n---\nAda.\n",
            "content/publications/big.bib": entries,
        },
    )


def test_a_long_build_on_a_terminal_shows_its_phases_and_a_pipe_gets_none(tmp_path):
    site = big_site(tmp_path / "site")
    environment = {key: value for key, value in os.environ.items() if key != "CI"} | {"TERM": "xterm"}
    command = [sys.executable, "-m", "sitegen", "build", "--source", str(site)]
    main, secondary = pty.openpty()
    process = subprocess.Popen(command, stdout=secondary, stderr=secondary, env=environment)
    os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    assert process.wait() == 0
    os.close(main)
    text = shown.decode()
    assert re.search(r"\rRendering: files [\d,]+", text)  # the phase and its count, rewritten in place
    assert re.search(r"\r {10,}\rBuilt \d+ pages, 4000 publications, 0 warnings", text)  # erased, then the summary
    piped = subprocess.run(command, capture_output=True, text=True, env=environment)
    assert piped.returncode == 0 and "\r" not in piped.stdout + piped.stderr


def test_timings_add_up_each_phase_even_when_nothing_is_shown(monkeypatch):
    clock = iter([0.0, 1.0, 4.0, 4.25, 4.5, 9.0, 9.5, 20.0])  # read once per change of phase, and by timings()
    monkeypatch.setattr("sitegen.progress.time.perf_counter", lambda: next(clock))
    progress = Progress(io.StringIO(), enabled=False)
    progress.update("Reading", 1)
    progress.update("Rendering", 1)
    progress.update("Rendering", 2)  # the same phase goes on
    progress.update("Reading")  # entered again: added to its first time
    assert progress.timings() == [("Reading", 1.25), ("Rendering", 3.0)]
    progress.finish()  # at 4.5: what comes after is no phase's
    progress.update("Stamping")  # at 9.0
    progress.finish()  # at 9.5
    assert progress.timings() == [("Reading", 1.5), ("Rendering", 3.0), ("Stamping", 0.5)]


def test_build_timings_name_every_phase(tmp_path):
    from sitegen.cli import main

    write_files(tmp_path, {"content/site.yml": "title: T\n", "content/publications/a.bib": "@misc{a, title={A}, year=2020}\n"})
    out = io.StringIO()
    sys.stdout, saved = out, sys.stdout
    try:
        assert main(["build", "--source", str(tmp_path), "--timings"]) == 0
    finally:
        sys.stdout = saved
    phases = [line.rsplit("  ", 1)[0].strip() for line in out.getvalue().splitlines()[1:]]
    assert {
        "Start-up (imports, checking the stamp)",
        "Writing the build stamp",
        "Reading a.bib: entries",
        "Making publications",
        "Rendering: files",
    } <= set(phases)
    assert all(re.search(r"\d+\.\d\d s$", line) for line in out.getvalue().splitlines()[1:])
