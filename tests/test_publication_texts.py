"""A publication's own text (content/publications/<key>.md), shown on its page under the abstract."""

from __future__ import annotations

from conftest import build, html

BIB = """\
@article{lovelace1843,
  title = {Notes on the Analytical Engine},
  author = {Lovelace, Ada},
  year = {1843},
  abstract = {The engine weaves algebraic patterns.},
}
@article{Babbage:1864,
  title = {Passages from the Life of a Philosopher},
  author = {Babbage, Charles and Lovelace, Ada},
  year = {1864},
}
"""


def test_a_publication_s_text_is_shown_on_its_page_under_the_abstract_as_markdown(make_site):
    site = make_site(
        {
            "content/publications/refs.bib": BIB,
            "content/publications/lovelace1843.md": (
                "## Supplementary material\n\nThe notes are [online](https://example.org/notes), and the\n"
                "engine is described in [@Babbage:1864].\n\n<script>alert(1)</script>\n"
            ),
            "content/publications/babbage-1864.md": "A *key* that is no file name: named as its page is.\n",
        }
    )
    assert build(site).warnings == []
    page = html(site / "_site/publications/lovelace1843/index.html")
    text = page.select_one(".publication-text")
    sections = [h2.get_text() for h2 in page.select("article h2")]
    assert sections == ["Abstract", "Supplementary material", "References", "BibTeX"]  # after the abstract
    assert text.find("a", string="online")["href"] == "https://example.org/notes"
    assert text.select_one(".citation-link")["href"] == "/publications/babbage-1864/"  # it cites as a page does
    assert page.find("script", string="alert(1)") is None  # sanitised as every text is
    assert html(site / "_site/publications/babbage-1864/index.html").select_one(".publication-text em").get_text() == "key"
    assert html(site / "_site/index.html").select_one(".publication-text") is None  # only on its own page


def test_a_text_of_no_publication_and_front_matter_are_warnings_at_their_lines(make_site):
    site = make_site(
        {
            "content/publications/refs.bib": BIB,
            "content/publications/lovelace1834.md": "Mistyped.\n",
            "content/publications/lovelace1843.md": "---\ntitle: Notes\n---\nText.\n",
        }
    )
    warnings = sorted(str(warning).removeprefix(f"{site}/") for warning in build(site).warnings)
    assert warnings == [
        "content/publications/lovelace1834.md:1: warning: no publication has the key 'lovelace1834' (did you mean "
        "'lovelace1843'?), so this text is shown nowhere: name the file after the key of the entry whose page it belongs on",
        "content/publications/lovelace1843.md:2: warning: 'title' is not read here: a publication's text has no front "
        "matter (its title, date and links are its BibTeX entry's fields); remove it",
    ]
    assert "Text." in html(site / "_site/publications/lovelace1843/index.html").select_one(".publication-text").get_text()


def test_a_second_text_of_one_publication_is_left_out_with_a_warning(make_site):
    """By its key (a file name on this system) and by its page's address: one text is shown."""
    site = make_site(
        {
            "content/publications/refs.bib": BIB,
            "content/publications/Babbage:1864.md": "By the key.\n",
            "content/publications/babbage-1864.md": "By the address.\n",
        }
    )
    warnings = [str(warning).removeprefix(f"{site}/") for warning in build(site).warnings]
    assert warnings == [
        "content/publications/babbage-1864.md:1: warning: 'Babbage:1864' has a text already (Babbage:1864.md); "
        "this one is left out"
    ]
    shown = html(site / "_site/publications/babbage-1864/index.html").select(".publication-text")
    assert [text.get_text().strip() for text in shown] == ["By the key."]
