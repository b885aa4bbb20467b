"""Time `sitegen build` on synthetic bibliographies of 200, 2,000 and 10,000 entries.

Each build runs in a fresh process (interpreter start-up included in the wall time); the table
gives the median over the runs and the largest peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from generate import generate

HERE = Path(__file__).resolve().parent


def measure(site: Path, runs: int) -> dict[str, float]:
    walls, peaks, info = [], [], {}
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(HERE / "measure_one.py"), str(site), str(site / "_site")],
            capture_output=True,
            text=True,
            check=True,
        )
        walls.append(time.perf_counter() - started)
        info = json.loads(done.stdout)
        peaks.append(info["peak_mb"])
    return {
        "median_s": statistics.median(walls),
        "peak_mb": max(peaks),
        "pages": info["pages"],
        "publications": info["publications"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{'entries':>8} {'publications':>12} {'median s':>9} {'peak MB':>8} {'runs':>5}")
    for size in args.sizes:
        site = generate(HERE / "out" / f"site-{size}", size)
        figures = measure(site, args.runs)
        print(
            f"{size:>8} {figures['publications']:>12} {figures['median_s']:>9.2f} {figures['peak_mb']:>8.0f} {args.runs:>5}",
            flush=True,
        )


if __name__ == "__main__":
    main()
