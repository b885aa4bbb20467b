"""The head's <meta> tags, escaped in one piece (render.meta_tags): the same HTML as one escape per value."""

from __future__ import annotations

import pytest
from markupsafe import Markup, escape

from sitegen.render import meta_tags


def one_by_one(pairs: list[tuple[object, object]], attribute: str = "name") -> str:
    """What the template's loop wrote: each value escaped on its own."""
    return "".join(f'<meta {attribute}="{escape(name)}" content="{escape(content)}">\n' for name, content in pairs)


@pytest.mark.parametrize(
    "pairs",
    [
        [("citation_title", "Cats & \"Dogs\" <in> 'Space'"), ("citation_author", "Núñez, José")],
        [("description", "a\x00b"), ("citation_author", "c\x01d")],  # the separators inside values
        [("og:title", Markup("<em>kept</em>")), ("og:type", "article")],  # markup is not escaped again
        [("citation_volume", 12), ("citation_issue", None)],  # not text: as escape() writes it
        [("twitter:card", "")],
    ],
)
@pytest.mark.parametrize("attribute", ["name", "property"])
def test_meta_tags_read_as_the_loop_wrote_them(pairs: list[tuple[object, object]], attribute: str) -> None:
    written = meta_tags(pairs, attribute)
    assert isinstance(written, Markup)
    assert str(written) == one_by_one(pairs, attribute)


def test_a_value_is_escaped_once() -> None:
    assert meta_tags([("citation_title", "R&D <b>")]) == '<meta name="citation_title" content="R&amp;D &lt;b&gt;">\n'


def test_no_pairs_no_tags() -> None:
    assert meta_tags([]) == "" and meta_tags((), "property") == ""
