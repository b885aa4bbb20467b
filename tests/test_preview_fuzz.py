"""Random series of edits on a generated lab: after each, the preview (one long-lived builder, as
`sitegen serve` keeps) says and writes what a clean build does.

test_serve's fixed series makes each kind of edit once; what the preview keeps between builds
(parsed entries, rendered lists and items, search entries, sitemap dates) may go stale only after
two edits in a row, so here they come in a random order, from a fixed seed so that a failure
repeats. Session 34 ran this for 1,000 edits on larger sites; its one finding was a slowness
(every page's sitemap date asked git again), now tested in test_publish."""

from __future__ import annotations

import itertools
import random
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from conftest import REPO, preview_follows

from sitegen.build import Builder

sys.path.insert(0, str(REPO / "bench"))
import generate


def _bib(site: Path) -> Path:
    return site / "content/publications/bench.bib"


def _entries(text: str) -> list[tuple[int, int]]:
    """Each entry's span in the .bib (not the @string and @comment lines)."""
    starts = [found.start() for found in re.finditer(r"^@\w+\{", text, re.M)] + [len(text)]
    return [
        (start, end) for start, end in itertools.pairwise(starts) if not text[start:].lower().startswith(("@string", "@comment"))
    ]


def _edit_bib(change: Callable[[str, random.Random], str]) -> Callable[[Path, random.Random], None]:
    def edit(site: Path, rng: random.Random) -> None:
        path = _bib(site)
        path.write_text(change(path.read_text(encoding="utf-8"), rng), encoding="utf-8")

    return edit


def _retitled(text: str, rng: random.Random) -> str:
    found = rng.choice(list(re.finditer(r"title = \{([^\n]*)\},\n", text)))
    return text[: found.end(1)] + " Revisited" + text[found.end(1) :]


def _dropped(text: str, rng: random.Random) -> str:
    start, end = rng.choice(_entries(text))
    return text[:start] + text[end:]


def _copied_under_a_new_key(text: str, rng: random.Random) -> str:
    start, end = rng.choice(_entries(text))
    entry = re.sub(r"^(@\w+\{)([^,]+),", rf"\g<1>\g<2>x{rng.randrange(10**6)},", text[start:end], count=1)
    return text + "\n" + entry


def _moved_to_the_end(text: str, rng: random.Random) -> str:
    start, end = rng.choice(_entries(text))
    return text[:start] + text[end:] + "\n" + text[start:end]


def _year_changed(text: str, rng: random.Random) -> str:
    found = rng.choice(list(re.finditer(r"year = \{?(\d{4})", text)))
    return text[: found.start(1)] + str(int(found.group(1)) - rng.randrange(1, 4)) + text[found.end(1) :]


def _a_members_paper(site: Path, rng: random.Random) -> None:
    """An author of an entry replaced by a member: the entry moves onto their profile."""
    profile = rng.choice(sorted((site / "content/people").glob("*.md"))).read_text(encoding="utf-8")
    member = re.search(r"^name: (.*)$", profile, re.M).group(1)

    def change(text: str, rng: random.Random) -> str:
        found = rng.choice(list(re.finditer(r"author = \{([^\n]*)\},\n", text)))
        names = found.group(1).split(" and ")
        names[rng.randrange(len(names))] = member
        return text[: found.start(1)] + " and ".join(names) + text[found.end(1) :]

    _edit_bib(change)(site, rng)


def _profile(change: Callable[[str, random.Random], str]) -> Callable[[Path, random.Random], None]:
    def edit(site: Path, rng: random.Random) -> None:
        path = rng.choice(sorted((site / "content/people").glob("*.md")))
        path.write_text(change(path.read_text(encoding="utf-8"), rng), encoding="utf-8")

    return edit


def _member_joins(site: Path, rng: random.Random) -> None:
    number = rng.randrange(10**5)
    (site / f"content/people/new-{number}.md").write_text(f"---\nname: Ada Newby{number}\nrole: Postdoc\n---\nHi.\n")


def _member_leaves(site: Path, rng: random.Random) -> None:
    profiles = sorted((site / "content/people").glob("*.md"))
    if len(profiles) > 3:
        rng.choice(profiles).unlink()


def _template(name: str) -> Callable[[Path, random.Random], None]:
    def edit(site: Path, rng: random.Random) -> None:
        path = site / "templates" / name
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(REPO / "templates" / name, path)
        path.write_text(path.read_text(encoding="utf-8") + f"<!-- {rng.randrange(1000)} -->\n", encoding="utf-8")

    return edit


def _setting(line: str) -> Callable[[Path, random.Random], None]:
    """A line of site.yml added, or taken out again."""

    def edit(site: Path, rng: random.Random) -> None:
        path = site / "content/site.yml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(line, "") if line in text else text + line, encoding="utf-8")

    return edit


EDITS = [
    _edit_bib(_retitled),
    _edit_bib(_dropped),
    _edit_bib(_copied_under_a_new_key),
    _edit_bib(_moved_to_the_end),
    _edit_bib(_year_changed),
    _a_members_paper,
    _profile(lambda text, rng: text + f"\nMore {rng.randrange(1000)}.\n"),
    _profile(lambda text, rng: re.sub(r"^role: .*$", f"role: {rng.choice(['Alumni', 'Postdoc'])}", text, count=1, flags=re.M)),
    _profile(lambda text, rng: re.sub(r"^name: (.*)$", r"name: \1-Smith", text, count=1, flags=re.M)),
    _member_joins,
    _member_leaves,
    _template("base.html"),
    _template("partials/publication.html"),
    _setting("base_url: https://lab.example.org/group/\n"),
    _setting("publications:\n  group_by: type\n"),
]


def test_random_edits_leave_the_preview_equal_to_a_clean_build(tmp_path):
    site = generate.generate(tmp_path / "lab", 120, 12)
    rng = random.Random(34)
    edits = [lambda: rng.choice(EDITS)(site, rng) for _ in range(30)]
    preview_follows(Builder(site, tmp_path / "preview", in_place=True), site, edits, tmp_path)
