"""Pathological .bib input: each case at two sizes, to show the time grows linearly with the size.

Cases: a big .bib (the bench generator's entries repeated), one entry with thousands of authors,
a huge abstract, braces nested thousands deep, and tens of thousands of @string macros. Each is
built cold in a fresh process (`sitegen build`); the table gives seconds, peak MB, and how much
slower the big size was than the small one (linear: about the size ratio).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PERSON = "---\nname: Ada Lovelace\n---\nAda.\n"


def big_bib(megabytes: float) -> str:
    from generate import generate

    sample = (generate(HERE / "out" / "site-2000", 2000) / "content/publications/bench.bib").read_text(encoding="utf-8")
    copies = max(1, round(megabytes * 1_000_000 / len(sample.encode("utf-8"))))
    return "".join(sample.replace("@inproceedings{bench", f"@inproceedings{{c{n}x").replace("@article{bench", f"@article{{c{n}x")
                   .replace("@misc{bench", f"@misc{{c{n}x").replace("@incollection{bench", f"@incollection{{c{n}x")
                   .replace("@proceedings{bench", f"@proceedings{{c{n}x").replace("crossref = {bench", f"crossref = {{c{n}x")
                   for n in range(copies))  # fmt: skip


def many_authors(count: int) -> str:
    authors = " and ".join(f"Author{n}, Given{n}" for n in range(count))
    return f"@article{{many, author = {{Lovelace, Ada and {authors}}}, title = {{Many}}, journal = {{J}}, year = 2020}}\n"


def huge_abstract(megabytes: float) -> str:
    words = " ".join(f"word{n % 997} $x_{{{n % 10}}}$ \\emph{{e}}" for n in range(int(megabytes * 1_000_000 / 24)))
    return (
        f"@article{{huge, author = {{Lovelace, Ada}}, title = {{Huge}}, journal = {{J}}, year = 2020, abstract = {{{words}}}}}\n"
    )


def deep_braces(depth: int) -> str:
    return f"@article{{deep, author = {{Lovelace, Ada}}, title = {{{'{' * depth}Deep{'}' * depth}}}, journal = {{J}}, year = 2020}}\n"


def many_macros(count: int) -> str:
    macros = "".join(f'@string{{m{n} = "Venue {n}"}}\n' for n in range(count))
    return (
        macros + f"@article{{uses, author = {{Lovelace, Ada}}, title = {{T}}, journal = m{count - 1} # {{ end}}, year = 2020}}\n"
    )


CASES = {
    "big .bib (MB)": (big_bib, 5, 50),
    "authors in one entry": (many_authors, 500, 5000),
    "abstract (MB)": (huge_abstract, 0.1, 1),
    "nested braces": (deep_braces, 1000, 10000),
    "@string macros": (many_macros, 10000, 100000),
}


def build(bib: str, folder: Path) -> tuple[float, float]:
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "content/people").mkdir(parents=True)
    (folder / "content/publications").mkdir(parents=True)
    (folder / "content/site.yml").write_text("title: Pathological\nowner: ada\n")
    (folder / "content/people/ada.md").write_text(PERSON)
    (folder / "content/publications/case.bib").write_text(bib, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(HERE / "measure_one.py"), str(folder), str(folder / "_site")], capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"build failed:\n{done.stdout}\n{done.stderr}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return figures["seconds"], figures["peak_mb"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", nargs="*", default=list(CASES))
    args = parser.parse_args()
    print(f"{'case':<22} {'small':>8} {'s':>7} {'MB':>6}   {'big':>8} {'s':>7} {'MB':>6}   {'time ratio':>10} {'size ratio':>10}")
    for name in args.cases:
        make, small, big = CASES[name]
        (small_s, small_mb), (big_s, big_mb) = (build(make(size), HERE / "out" / "pathological") for size in (small, big))
        print(
            f"{name:<22} {small:>8} {small_s:>7.2f} {small_mb:>6.0f}   {big:>8} {big_s:>7.2f} {big_mb:>6.0f}"
            f"   {big_s / small_s:>10.1f} {big / small:>10.0f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
