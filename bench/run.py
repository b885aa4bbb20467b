"""sitegen beside Hugo, Jekyll, bibtex2html and pandoc on the same generated lab sites.

For each scale (generate.SCALES) the runs are interleaved, A B A B: in every round each contender
builds once, so drift of the machine touches all of them alike; the table gives medians and
ranges, and sitegen's ratio to each peer as the median (and range) of the ratios of the rounds.
Contenders: sitegen cold (no .sitegen-cache, no previous output, as in a fresh clone), sitegen
warm (cache and output of the previous build present, nothing changed), the peers (bench/peers.py
writes their input once, untimed; each build starts without output), and the floor (writing the
files sitegen wrote, with no templating: bench/floor.py). Every build runs in a fresh process,
start-up included; peak memory is the process's maximum resident set (os.wait4, read by
bench/spawn.py). A first round is not timed (programs and inputs read once), and no output is
deleted until the end (`discard`). With --out, everything (the sites, the peers' inputs, every
output) goes into another folder than bench/out: on a RAM disk (/dev/shm/bench) the disk's share
is out of the figures, and what is left is the programs' own work.
With --serve, bench/serve_edits.py's three edits are measured on the same sites afterwards.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import peers
from generate import SCALES, generate

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
TRASH = OUT / "trash"  # earlier outputs, deleted when the benchmark ends (see discard)
_DISCARDED = itertools.count()


@dataclass
class Figures:
    walls: list[float] = field(default_factory=list)
    peak_mb: float = 0.0
    pages: int = 0

    @property
    def median(self) -> float:
        return statistics.median(self.walls)


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, float, str]:
    """Wall seconds, peak resident MB and stdout of one run of `command`, measured by bench/spawn.py."""
    report_read, report_write = os.pipe()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        spawn = [sys.executable, str(HERE / "spawn.py"), str(report_write), *command]
        process = subprocess.Popen(spawn, cwd=cwd, stdout=out, stderr=err, pass_fds=(report_write,))
        os.close(report_write)
        with os.fdopen(report_read, "rb") as stream:
            report = stream.read()
        if process.wait():
            err.seek(0)
            raise SystemExit(f"{' '.join(command)} failed:\n{err.read().decode(errors='replace')[-2000:]}")
        out.seek(0)
        figures = json.loads(report)
        return figures["wall"], figures["peak_mb"], out.read().decode()


def html_pages(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.html"))


class Contenders:
    """Each contender of one scale: how to run it once."""

    def __init__(self, site: Path, tools: list[str], out: Path = OUT):
        self.site = site
        self.output = site / "_site"
        self.tools = tools
        self.out = out  # the peers' inputs and outputs, beside the sites
        self.trash = out / TRASH.name
        for tool in tools:
            peers.prepare(tool, site, out / f"{site.name}-{tool}")

    @property
    def names(self) -> list[str]:
        return ["sitegen cold", "sitegen warm", *self.tools, "floor"]

    def run(self, name: str) -> tuple[float, float, int]:
        """Wall seconds, peak MB and pages written by one build of contender `name`."""
        if name.startswith("sitegen"):
            if name == "sitegen cold":
                discard(self.site / ".sitegen-cache", self.trash)
                discard(self.output, self.trash)
            settle()
            command = [sys.executable, "-m", "sitegen", "build", "--source", str(self.site)]
            wall, peak, _ = timed(command)
            return wall, peak, html_pages(self.output)
        if name == "floor":
            target = self.out / f"{self.site.name}-floor-output"
            discard(target, self.trash)
            settle()
            _, peak, stdout = timed([sys.executable, str(HERE / "floor.py"), str(self.output), str(target)])
            return json.loads(stdout)["seconds"], peak, html_pages(target)
        output = self.out / f"{self.site.name}-{name}-output"
        discard(output, self.trash)
        output.mkdir(parents=True)
        settle()
        wall, peak, _ = timed(peers.command(name, self.out / f"{self.site.name}-{name}", output), cwd=output)
        return wall, peak, html_pages(output)


def settle() -> None:
    """Flush what earlier runs wrote before the next is timed: otherwise each contender pays for
    the write-back of the one before it (hundreds of MB), and whoever follows the biggest writer is
    slowed most."""
    os.sync()
    time.sleep(1)


def discard(path: Path, trash: Path = TRASH) -> None:
    """Move an earlier output out of the way; it is deleted only when the benchmark ends.

    On the machine the README's figures come from (ext4 mounted with `discard`, in a Firecracker
    VM), deleting a big output made every later writer slow until the kernel's file cache was
    dropped: the floor's 10,916 files took 3.2 s after a drop, then 8.1, 11.8 and 16.6 s in three
    delete-and-write rounds, and 2.5 s again when written to new folders with nothing deleted. So
    each contender paid for deleting its own last output, and the figures drifted through a run.
    """
    if path.exists():
        trash.mkdir(parents=True, exist_ok=True)
        path.rename(trash / f"{next(_DISCARDED)}-{path.name}")


def start_clean(trash: Path = TRASH) -> str:
    """Delete what an earlier benchmark left in the trash, then (as root) drop the file cache so
    the deletions slow no run of this one (the untimed first round reads programs and inputs back);
    says what was done, for the table's header."""
    shutil.rmtree(trash, ignore_errors=True)
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("1\n")
    except OSError:
        return "file cache not dropped (not root): earlier deletions may slow the first round"
    return "file cache dropped at the start; nothing deleted until the end"


def compile_sitegen() -> None:
    """Byte-compile sitegen, as `pip install` does: with PYTHONDONTWRITEBYTECODE set (some sandboxes
    and CI images set it) every run would otherwise compile its modules again."""
    import compileall

    compileall.compile_dir(str(HERE.parent / "sitegen"), quiet=1)


def measure(contenders: Contenders, runs: int) -> dict[str, Figures]:
    figures = {name: Figures() for name in contenders.names}
    for name in contenders.names:  # an untimed round: every program and input read once (the floor copies sitegen's output)
        contenders.run(name)
    for _ in range(runs):
        for name in contenders.names:
            wall, peak, pages = contenders.run(name)
            held = figures[name]
            held.walls.append(wall)
            held.peak_mb, held.pages = max(held.peak_mb, peak), pages
    return figures


def paired_ratios(ours: list[float], theirs: list[float]) -> list[float]:
    """Our time over theirs, round by round: the two ran minutes apart at most, so the machine's
    drift between rounds (on the VM of the README, a loop's time moved by half within minutes)
    cancels, as it does not in a ratio of the two medians."""
    return [mine / other for mine, other in zip(ours, theirs, strict=True)]


def table_row(scale: str, name: str, held: Figures, figures: dict[str, Figures]) -> str:
    ratios = ""
    if not name.startswith("sitegen"):
        cold = paired_ratios(figures["sitegen cold"].walls, held.walls)
        warm = paired_ratios(figures["sitegen warm"].walls, held.walls)
        spread = f"{min(cold):.2f}-{max(cold):.2f}"
        ratios = f"{statistics.median(cold):>9.2f} {spread:>9} {statistics.median(warm):>9.2f}"
    spread = f"{min(held.walls):.2f}-{max(held.walls):.2f}"
    return (
        f"| {name:<13} | {scale:<6} | {held.pages:>6} | {held.median:>8.2f} | {spread:>11} | {held.pages / held.median:>8.0f} |"
        f" {held.peak_mb:>7.0f} | {ratios:>29} |"
    )


def round_times(figures: dict[str, Figures]) -> str:
    """Each contender's times, round by round: an outlier, and which round it was in, shows here
    as it does not in a median and a range."""
    return "\n".join(f"{name}: {' '.join(f'{wall:.2f}' for wall in held.walls)}" for name, held in figures.items())


HEADER = (
    "| tool          | scale  |  pages | median s |     range s |  pages/s | peak MB | cold÷tool     range warm÷tool |\n"
    "|---------------|--------|-------:|---------:|------------:|---------:|--------:|------------------------------:|"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", nargs="+", default=list(SCALES), choices=list(SCALES))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tools", nargs="*", default=list(peers.TOOLS), choices=list(peers.TOOLS))
    parser.add_argument("--serve", action="store_true", help="also time the three serve edits on each site")
    parser.add_argument(
        "--out", type=Path, default=OUT, help="where the table's sites and outputs go (default: bench/out; --serve's stay there)"
    )
    args = parser.parse_args()
    missing = [tool for tool in args.tools if not shutil.which(tool)]
    if missing:
        raise SystemExit(f"not installed: {', '.join(missing)} (apt-get install hugo jekyll bibtex2html pandoc)")
    compile_sitegen()
    out = args.out.resolve()
    sites = {scale: generate(out / f"lab-{scale}", *SCALES[scale]) for scale in args.scales}
    contenders = {scale: Contenders(site, args.tools, out) for scale, site in sites.items()}
    trash = out / TRASH.name
    cache = start_clean(trash)
    where = "" if out == OUT else f"; in {out}"
    print(f"{args.runs} runs per contender, interleaved; {os.cpu_count()} cores; {cache}{where}\n\n{HEADER}", flush=True)
    rounds: dict[str, str] = {}
    try:
        for scale in args.scales:
            figures = measure(contenders[scale], args.runs)
            for name, held in figures.items():
                print(table_row(scale, name, held, figures), flush=True)
            rounds[scale] = round_times(figures)
        for scale, times in rounds.items():
            print(f"\n{scale}, seconds round by round:\n{times}", flush=True)
    finally:
        shutil.rmtree(trash, ignore_errors=True)
    if args.serve:
        import serve_edits

        serve_edits.report(args.scales, args.runs)


if __name__ == "__main__":
    main()
