"""Time from saving a file to the browser's reload signal in `sitegen serve`.

Starts a real `sitegen serve` on a generated site, connects to its livereload websocket as a
browser would, then for each kind of edit saves a file and waits for the reload message:
(a) one person's biography, (b) one entry of the .bib, (c) a template used by every page.
Reports the median over the runs, beside the full cold build time of the same site. The site has
a `base_url` with a host, as a deployed site's site.yml has (then the preview also makes the
sitemap and the feeds, which a .bib edit changes); `--base-url /` measures one without.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from generate import SCALES, generate
from run import TRASH, discard, settle
from tornado.websocket import websocket_connect

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def appended(path: Path, text: str) -> tuple[Path, str]:
    return path, path.read_text(encoding="utf-8") + text


def edits(site: Path) -> dict[str, Callable[[], tuple[Path, str]]]:
    """Each kind of edit: a function giving the file and its new text (the clock starts at the save)."""
    bib = site / "content/publications/bench.bib"
    template = site / "templates/base.html"
    template.parent.mkdir(exist_ok=True)
    if not template.exists():
        shutil.copy(REPO / "templates/base.html", template)
    counter = iter(range(10**6))
    person = sorted((site / "content/people").glob("*.md"))[0]
    return {
        "biography": lambda: appended(person, f"\nEdit {next(counter)}.\n"),
        # a word and a line break in the title of an entry near the top: every entry below moves down a line
        "bib entry": lambda: (
            bib,
            bib.read_text(encoding="utf-8").replace(
                "bench7,\n  title = {", f"bench7,\n  title = {{Edited{next(counter)}\n    ", 1
            ),
        ),
        "template": lambda: appended(template, f"<!-- edit {next(counter)} -->\n"),
    }


async def measure(site: Path, runs: int) -> dict[str, float]:
    changes = edits(site)  # before the server starts: making the template copy is an edit too
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "sitegen", "serve", "--source", str(site), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        while "Serving" not in (server.stdout.readline() or "Serving"):
            pass
        socket_ = await websocket_connect(f"ws://127.0.0.1:{port}/livereload")
        await socket_.write_message(json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))
        await socket_.read_message()
        await socket_.write_message(json.dumps({"command": "info", "url": f"http://127.0.0.1:{port}/", "plugins": {}}))
        figures = {}
        for name, change in changes.items():
            times = []
            for _ in range(runs):
                await asyncio.sleep(0.3)
                path, text = change()
                data = text.encode("utf-8")  # as an editor saves: the bytes are ready, then written at once
                started = time.perf_counter()
                path.write_bytes(data)
                while json.loads(await socket_.read_message()).get("command") != "reload":
                    pass
                times.append(time.perf_counter() - started)
            figures[name] = statistics.median(times)
        return figures
    finally:
        server.terminate()
        server.wait()


def cold_build(site: Path) -> float:
    """A build as from a fresh clone: no output, no cache. The last run's are moved aside, not
    deleted (see run.discard): replacing a big output doubled the time at large (11.5 s, 6.0)."""
    discard(site / "_cold")
    discard(site / ".sitegen-cache")
    settle()
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "sitegen", "build", "--source", str(site), "--output", str(site / "_cold")],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def with_base_url(site: Path, base_url: str) -> Path:
    """The generated site's site.yml with `base_url` (the generator writes none)."""
    settings = site / "content/site.yml"
    lines = [line for line in settings.read_text(encoding="utf-8").splitlines() if not line.startswith("base_url:")]
    settings.write_text("\n".join([*lines, f"base_url: {base_url}"]) + "\n", encoding="utf-8")
    return site


def report(scales: list[str], runs: int, base_url: str = "https://example.org/lab/") -> None:
    """The table: for each lab site, the full build and the median time of each edit."""
    print("\n| scale  | full build s | biography ms | one .bib entry ms | template used by every page ms |")
    print("|--------|-------------:|-------------:|------------------:|-------------------------------:|")
    try:
        for scale in scales:
            entries, people = SCALES[scale]
            site = with_base_url(generate(HERE / "out" / f"serve-{scale}", entries, people), base_url)
            full = cold_build(site)
            figures = asyncio.run(measure(site, runs))
            print(
                f"| {scale:<6} | {full:>12.2f} | {figures['biography'] * 1000:>12.0f} | {figures['bib entry'] * 1000:>17.0f}"
                f" | {figures['template'] * 1000:>30.0f} |",
                flush=True,
            )
    finally:
        shutil.rmtree(TRASH, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", nargs="+", default=list(SCALES), choices=list(SCALES))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--base-url", default="https://example.org/lab/", help="the site's base_url (/: no host)")
    args = parser.parse_args()
    report(args.scales, args.runs, args.base_url)


if __name__ == "__main__":
    main()
