"""What a cited work is called in a text: "Shen et al., 2023" (with 2023a and 2023b for two works
of the same authors and year) or its number; the references list shows the same label (views)."""

from __future__ import annotations

from collections import defaultdict

from sitegen.matching import fold
from sitegen.model import Publication

NUMERIC = "numeric"  # site.yml's `markdown.citations`; the other is "author-date"


class Labels:
    """What each cited work is called in the text: "Shen et al., 2023" (author-date, with 2023a and
    2023b for two works of the same authors and year) or its number in order of first citation."""

    def __init__(self, works: list[Publication], style: str):
        self.numeric = style == NUMERIC
        self.label: dict[str, str]  # key -> "2023a" (author-date) or "3" (numeric)
        if self.numeric:
            self.references = tuple(works)
            self.label = {pub.key: str(number) for number, pub in enumerate(works, 1)}
            return
        same: dict[tuple[str, str], list[Publication]] = defaultdict(list)
        for pub in works:
            same[(fold(names_label(pub)), year_text(pub))].append(pub)
        self.label = {}
        for (_, year), group in same.items():
            group.sort(key=lambda pub: fold(pub.title.text))
            for index, pub in enumerate(group):
                self.label[pub.key] = year + (_letter(index) if len(group) > 1 else "")
        self.references = tuple(sorted(works, key=lambda pub: (fold(names_label(pub)), self.label[pub.key])))


def _letter(index: int) -> str:
    return chr(ord("a") + index) if index < 26 else f"-{index + 1}"


def names_label(pub: Publication) -> str:
    """The names a citation in the text gives: "Shen", "Shen and Zhang", "Shen et al."; a work
    without authors or editors goes by its title."""
    names = pub.authors or pub.editors
    families = [name.last if name.literal else name.display if name.cjk else name.family for name in names if not name.others]
    if not families:
        return pub.title.text if pub.untitled else pub.title.text.split(":")[0].strip() or pub.key
    if len(families) == 1 and len(names) == 1:
        return families[0]
    if len(families) == 2 and len(names) == 2:
        return f"{families[0]} and {families[1]}"
    return f"{families[0]} et al."


def year_text(pub: Publication) -> str:
    return str(pub.year) if pub.year else (pub.forthcoming.lower() if pub.forthcoming else "n.d.")
