"""Time `sitegen build` on synthetic bibliographies of 200, 2,000 and 10,000 entries.

Each build runs in a fresh process (interpreter start-up included in the wall time). A cold build
starts without `.sitegen-cache/`; a warm one right after it, with the cache its predecessor wrote.
The table gives the medians over the runs and the largest peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from generate import generate

HERE = Path(__file__).resolve().parent


def build_once(site: Path, cold: bool) -> tuple[float, dict[str, float]]:
    if cold:
        shutil.rmtree(site / ".sitegen-cache", ignore_errors=True)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(HERE / "measure_one.py"), str(site), str(site / "_site")], capture_output=True, text=True, check=True
    )
    return time.perf_counter() - started, json.loads(done.stdout)


def measure(site: Path, runs: int) -> dict[str, float]:
    cold, warm, peaks, info = [], [], [], {}
    for _ in range(runs):  # cold and warm interleaved, so drift of the machine touches both alike
        for is_cold, walls in ((True, cold), (False, warm)):
            wall, info = build_once(site, is_cold)
            walls.append(wall)
            peaks.append(info["peak_mb"])
    return {
        "cold_s": statistics.median(cold),
        "warm_s": statistics.median(warm),
        "peak_mb": max(peaks),
        "pages": info["pages"],
        "publications": info["publications"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{'entries':>8} {'publications':>12} {'cold s':>8} {'warm s':>8} {'peak MB':>8} {'runs':>5}")
    for size in args.sizes:
        site = generate(HERE / "out" / f"site-{size}", size)
        figures = measure(site, args.runs)
        print(
            f"{size:>8} {figures['publications']:>12} {figures['cold_s']:>8.2f} {figures['warm_s']:>8.2f}"
            f" {figures['peak_mb']:>8.0f} {args.runs:>5}",
            flush=True,
        )


if __name__ == "__main__":
    main()
