"""Microseconds each template takes to render a page, on the contexts of a real build.

Builds SITE once in this process (one job, into a scratch folder; its .sitegen-cache is used),
keeping the context of the first 400 pages of each template; then renders those pages again,
five times, and prints the best time per page. This is the Jinja part of a page alone (its
context was made during the build): the figure to compare before and after a template or filter
change. The site's own templates/ override the theme's file by file, so a variant of a theme
template is measured by putting it into SITE/templates/.

    python bench/generate.py --people 300 /tmp/lab 10000
    python bench/template_times.py /tmp/lab publication.html person.html
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from sitegen import render
from sitegen.build import Builder

KEPT = 400  # pages per template: enough for a stable best-of-five, few enough to keep in memory
ROUNDS = 5


def recorded_contexts(site: Path) -> dict[str, list[tuple[render.Renderer, dict[str, Any]]]]:
    """The renderer and context of the first pages of each template, as the build rendered them."""
    kept: dict[str, list[tuple[render.Renderer, dict[str, Any]]]] = defaultdict(list)
    original = render.Renderer.render

    def keeping(self: render.Renderer, name: str, **context: Any) -> str:
        if len(kept[name]) < KEPT:
            kept[name].append((self, context))
        return original(self, name, **context)

    render.Renderer.render = keeping  # type: ignore[method-assign]
    try:
        with tempfile.TemporaryDirectory() as output:
            builder = Builder(site, Path(output) / "_site")
            builder.jobs = 1  # every page rendered here, where its context is kept
            builder.build()
    finally:
        render.Renderer.render = original  # type: ignore[method-assign]
    return kept


def per_page(pages: list[tuple[render.Renderer, dict[str, Any]]], name: str) -> float:
    """The best of ROUNDS renderings of the pages, in seconds per page."""
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for renderer, context in pages:
            renderer.render(name, **context)
        best = min(best, time.perf_counter() - started)
    return best / len(pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("templates", nargs="+", help="template names, as publication.html")
    args = parser.parse_args()
    kept = recorded_contexts(args.site)
    for name in args.templates:
        if not kept.get(name):
            print(f"{name}: no page of the site renders it")
            continue
        print(f"{name}: {per_page(kept[name], name) * 1e6:.1f} µs a page (best of {ROUNDS}, {len(kept[name])} pages)")


if __name__ == "__main__":
    main()
