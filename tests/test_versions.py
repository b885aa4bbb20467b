"""A preprint of a published entry is listed as that entry (versions.py): one paper, once, with
the preprint's [arXiv] and what else it adds; its key cites the paper, its page's address leads there."""

from __future__ import annotations

import pytest
from conftest import build, html

from sitegen.build import Builder
from sitegen.cli import main

PUBLISHED = """\
@inproceedings{liu2021swin,
  title = {Swin Transformer: Hierarchical Vision Transformer using Shifted Windows},
  author = {Lovelace, Ada and Cao, Yue},
  booktitle = {ICCV},
  year = {2021},
  doi = {10.1109/ICCV48922.2021.00986},
  altmetric = {true},
}
"""
# dblp's CoRR entry of the same paper, as copied from its page
CORR = """\
@article{DBLP:journals/corr/abs-2103-14030,
  author    = {Ada Lovelace and
               Yue Cao},
  title     = {Swin Transformer: Hierarchical Vision Transformer using Shifted Windows},
  journal   = {CoRR},
  volume    = {abs/2103.14030},
  year      = {2020},
  url       = {https://arxiv.org/abs/2103.14030},
  doi       = {10.48550/ARXIV.2103.14030},
  eprinttype = {arXiv},
  eprint    = {2103.14030},
  abstract  = {We present a new vision Transformer.},
}
"""


def entries(page) -> list[tuple[str, list[str]]]:
    """Each listed entry's id and its buttons' labels."""
    return [(li["id"], [a.get_text() for a in li.select(".pub-link")]) for li in page.select("li.publication")]


def test_a_dblp_corr_entry_is_listed_as_its_paper_with_its_arxiv_and_abstract(make_site):
    site = make_site(
        {
            "content/publications/papers.bib": PUBLISHED + CORR,
            "content/pages/notes.md": "---\ntitle: Notes\n---\nAs shown [@DBLP:journals/corr/abs-2103-14030].\n",
        }
    )
    result = build(site)
    page = html(site / "_site/index.html")
    assert entries(page) == [("liu2021swin", ["DOI", "arXiv", "Altmetric"])]  # its own buttons' order kept
    assert page.select_one("#liu2021swin .pub-link-arxiv")["href"] == "https://arxiv.org/abs/2103.14030"
    assert page.select_one("#liu2021swin .abstract").get_text() == "We present a new vision Transformer."
    [warning] = result.warnings
    assert (warning.path.name, warning.line) == ("papers.bib", 9)  # at the preprint
    assert "is a preprint of 'liu2021swin' (papers.bib:1)" in warning.message
    assert "with its [arXiv] and abstract" in warning.message
    assert "once 'liu2021swin' has arxiv = {2103.14030} and its abstract" in warning.message
    cited = html(site / "_site/notes/index.html").select_one("a.citation-link")
    assert cited["href"] == "/publications/liu2021swin/"
    moved = html(site / "_site/publications/dblp-journals-corr-abs-2103-14030/index.html")
    assert moved.select_one("link[rel=canonical]")["href"] == "/publications/liu2021swin/"


@pytest.mark.parametrize(
    ("preprint", "button", "address"),
    [
        # Google Scholar's export of the arXiv version
        (
            "@article{liu2021scholar, title = {Swin transformer: Hierarchical vision transformer using shifted windows},"
            " author = {Lovelace, Ada and Cao, Yue}, journal = {arXiv preprint arXiv:2103.14030}, year = {2021}}",
            "arXiv",
            "https://arxiv.org/abs/2103.14030",
        ),
        # bioRxiv's and medRxiv's DOIs share a prefix: the venue tells them apart
        (
            "@article{lovelace2020bio, title = {Swin Transformer: Hierarchical Vision Transformer using Shifted Windows},"
            " author = {Lovelace, A.}, journal = {bioRxiv}, year = {2020}, doi = {10.1101/2020.01.01.123456}}",
            "bioRxiv",
            "https://doi.org/10.1101/2020.01.01.123456",
        ),
        (
            "@misc{lovelace2020med, title = {Swin Transformer: Hierarchical Vision Transformer using Shifted Windows},"
            " author = {Lovelace, Ada}, publisher = {medRxiv}, year = {2020}, doi = {10.1101/2020.01.01.2}}",
            "medRxiv",
            "https://doi.org/10.1101/2020.01.01.2",
        ),
    ],
)
def test_each_preprint_servers_version_becomes_its_button(make_site, preprint, button, address):
    site = make_site({"content/publications/papers.bib": PUBLISHED + preprint + "\n"})
    result = build(site)
    page = html(site / "_site/index.html")
    assert entries(page) == [("liu2021swin", ["DOI", button, "Altmetric"])]
    assert page.select("#liu2021swin .pub-link")[1]["href"] == address
    assert len(result.warnings) == 1


def test_an_arxiv_button_the_paper_has_is_not_repeated(make_site):
    own = PUBLISHED.replace("altmetric = {true},", "arxiv = {2103.14030},")
    site = make_site({"content/publications/papers.bib": own + CORR.replace("abstract", "note")})
    [warning] = build(site).warnings
    assert entries(html(site / "_site/index.html")) == [("liu2021swin", ["DOI", "arXiv"])]
    assert warning.message.split("without this warning, ")[1].startswith("remove this one (or set")


@pytest.mark.parametrize(
    "other",
    [
        CORR.replace("Ada Lovelace and", "Charles Babbage and"),  # another first author: another work
        CORR.replace("Shifted Windows", "Shifted Windows, Part II"),
        # a talk of the paper's title is no preprint of it
        "@misc{talk2021, title = {Swin Transformer: Hierarchical Vision Transformer using Shifted Windows},"
        " author = {Lovelace, Ada}, howpublished = {Invited talk, MIT}, year = {2021}}\n",
    ],
)
def test_other_works_are_listed_apart(make_site, other):
    site = make_site({"content/publications/papers.bib": PUBLISHED + other})
    result = build(site)
    assert len(entries(html(site / "_site/publications/index.html"))) == 2
    assert not any("preprint of" in warning.message for warning in result.warnings)


def test_a_short_title_names_no_one_paper(make_site):
    bib = (
        "@article{ed2021, title = {Editorial}, author = {Lovelace, Ada}, journal = {Nature}, year = {2021}}\n"
        "@misc{ed2020, title = {Editorial}, author = {Lovelace, Ada}, eprint = {2001.00001}, archiveprefix = {arXiv},"
        " year = {2020}}\n"
    )
    site = make_site({"content/publications/papers.bib": bib})
    build(site)
    assert [key for key, _ in entries(html(site / "_site/index.html"))] == ["ed2021", "ed2020"]


def test_merge_preprints_false_lists_both_without_a_warning(make_site):
    site = make_site(
        {
            "content/site.yml": "title: T\nowner: ada\npublications:\n  merge_preprints: false\n",
            "content/publications/papers.bib": PUBLISHED + CORR,
        }
    )
    assert build(site).warnings == []
    listed = [key for key, _ in entries(html(site / "_site/index.html"))]
    assert listed == ["liu2021swin", "dblp-journals-corr-abs-2103-14030"]


def test_a_list_by_the_preprints_key_lists_the_paper_once(make_site):
    site = make_site(
        {
            "content/publications/papers.bib": PUBLISHED + CORR,
            "content/pages/research.md": "---\ntitle: R\n---\n::: publications key=DBLP:journals/corr/abs-2103-14030,liu2021swin\n",
        }
    )
    result = build(site)
    assert [w for w in result.warnings if "preprint of" not in w.message] == []
    embed = html(site / "_site/research/index.html").select_one(".publication-embed")
    assert [li["id"] for li in embed.select("li.publication")] == ["liu2021swin"]


def test_an_edit_elsewhere_keeps_the_folded_entry_the_same_object(make_site):
    """`serve`'s caches know publications by identity: another entry's edit must not make the
    folded one anew (it would be rendered again each time)."""
    other = "@article{other2019, title = {Other}, author = {Lovelace, Ada}, journal = {J}, year = {2019}}\n"
    site = make_site({"content/publications/papers.bib": PUBLISHED + CORR + other})
    builder = Builder(site, in_place=True)
    before = {pub.key: pub for pub in builder.load()[1].publications}
    (site / "content/publications/papers.bib").write_text(PUBLISHED + CORR + other.replace("{J}", "{K}"))
    after = {pub.key: pub for pub in builder.load()[1].publications}
    assert after["liu2021swin"] is before["liu2021swin"] and after["other2019"] is not before["other2019"]
    assert [p.key for p in after["liu2021swin"].versions] == ["DBLP:journals/corr/abs-2103-14030"]


def test_adding_an_export_again_adds_no_preprint_the_site_lists_as_its_paper(make_site, tmp_path, capsys):
    """`sitegen add --bib` knows the site's entries from its build: a preprint folded into its
    paper is still in the file, and is not appended again (under its own key, a duplicate)."""
    site = make_site({"content/publications/papers.bib": PUBLISHED + CORR})
    export = tmp_path / "dblp.bib"
    new = "@article{lovelace2024engines, title = {Engines of Thought}, author = {Lovelace, Ada}, journal = {J}, year = {2024}}\n"
    export.write_text(new + CORR)
    assert main(["add", "--bib", str(export), "--source", str(site)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("dblp.bib: 1 added; not added: 1 the site has already")


# the same paper in a member's file, exported by another tool under its key, with a [Code] the other lacks
COPY = """\
@inproceedings{Lovelace_2021,
  title = {{Swin Transformer}: Hierarchical Vision Transformer Using Shifted Windows},
  author = {Lovelace, A. and Cao, Y.},
  booktitle = {Proceedings of the IEEE/CVF International Conference on Computer Vision},
  year = {2021},
  code = {https://github.com/ada/swin},
}
"""


def test_one_paper_in_two_members_files_under_two_keys_is_listed_once(make_site):
    """Each member's .bib holds the papers they co-wrote, from their own tool: the first file's
    entry is listed, with what the other adds; the other key cites it and its address leads there."""
    site = make_site(
        {
            "content/publications/ada.bib": PUBLISHED,
            "content/publications/yue.bib": COPY,
            "content/pages/notes.md": "---\ntitle: Notes\n---\nAs shown [@Lovelace_2021].\n",
        }
    )
    result = build(site)
    assert [str(warning) for warning in result.warnings] == []
    assert entries(html(site / "_site/index.html")) == [("liu2021swin", ["DOI", "Code", "Altmetric"])]
    assert html(site / "_site/notes/index.html").select_one("a.citation-link")["href"] == "/publications/liu2021swin/"
    moved = html(site / "_site/publications/lovelace-2021/index.html")
    assert moved.select_one("link[rel=canonical]")["href"] == "/publications/liu2021swin/"


def test_merge_preprints_false_still_lists_a_papers_copies_once(make_site):
    """The setting is about preprints: a copy in another member's file is the same version."""
    site = make_site(
        {
            "content/site.yml": "title: T\nowner: ada\npublications:\n  merge_preprints: false\n",
            "content/publications/ada.bib": PUBLISHED + CORR,
            "content/publications/yue.bib": COPY,
        }
    )
    assert build(site).warnings == []
    listed = [key for key, _ in entries(html(site / "_site/index.html"))]
    assert listed == ["liu2021swin", "dblp-journals-corr-abs-2103-14030"]


def test_one_paper_twice_in_one_file_is_listed_twice_with_a_warning(make_site):
    result = build(site := make_site({"content/publications/ada.bib": PUBLISHED + COPY}))
    assert [li["id"] for li in html(site / "_site/index.html").select("li.publication")] == ["liu2021swin", "lovelace-2021"]
    [warning] = result.warnings
    assert "entry 'Lovelace_2021' has the title, year and type of 'liu2021swin'" in warning.message


def test_a_copy_s_doi_is_the_paper_s_not_a_preprint_server_s(make_site):
    without_doi = PUBLISHED.replace("  doi = {10.1109/ICCV48922.2021.00986},\n", "")
    with_doi = COPY.replace("  code =", "  doi = {10.1109/ICCV48922.2021.00986},\n  code =")
    site = make_site({"content/publications/ada.bib": without_doi, "content/publications/yue.bib": with_doi})
    build(site)
    assert entries(html(site / "_site/index.html")) == [("liu2021swin", ["DOI", "Code"])]  # [DOI], not [bioRxiv]-like


def test_two_dois_are_two_papers_of_one_title_listed_apart_with_a_warning(make_site):
    """A workshop paper and its conference version may share a title, year and first author."""
    workshop = COPY.replace("  code =", "  doi = {10.1109/ICCVW.2021.00001},\n  code =")
    site = make_site({"content/publications/ada.bib": PUBLISHED, "content/publications/yue.bib": workshop})
    result = build(site)
    assert [li["id"] for li in html(site / "_site/index.html").select("li.publication")] == ["liu2021swin", "lovelace-2021"]
    assert [(warning.path.name, warning.line) for warning in result.warnings] == [("yue.bib", 1)]


def test_a_preprint_of_a_copy_is_folded_into_the_paper_listed(make_site):
    """The copy sorts first when it has a month the listed entry lacks: the preprint found for it
    is the listed paper's."""
    site = make_site(
        {
            "content/publications/ada.bib": PUBLISHED,
            "content/publications/yue.bib": COPY.replace("  code =", "  month = jun,\n  code =") + CORR,
        }
    )
    build(site)
    assert entries(html(site / "_site/index.html")) == [("liu2021swin", ["DOI", "Code", "arXiv", "Altmetric"])]  # by LINK_FIELDS
