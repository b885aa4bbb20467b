"""biblatex's `ids`: the other keys an entry is known by (Better BibTeX keeps a changed citation
key there). A text, a list, a project, a `crossref`, an `xdata` or a `related` field may name the
entry by one; an alias that is another entry's key is said and left out."""

from __future__ import annotations

from conftest import build, html, preview_follows, publications_from

from sitegen.build import Builder

BIB = r"""
@inproceedings{shen2023fog, author={Shen, Mei}, title={Seeing Through Fog}, crossref={iccv23}, pages={1--9},
  ids={Shen2023Old, shen:fog}}
@proceedings{iccv2023, title={Proceedings of ICCV}, publisher={IEEE}, year=2023, ids={iccv23}}
@xdata{ieee, ids={ieee:pub}, publisher={IEEE Press}, location={New York}}
@book{ada1843, author={Lovelace, Ada}, title={Notes}, year=1843, xdata={ieee:pub}}
@review{taylor2008, author={Taylor, Rabun}, journal={JSAH}, year=2008, related={notes-old}}
@book{menabrea1842, author={Menabrea, Luigi}, title={Sketch of the Analytical Engine}, year=1842,
  ids={notes-old}}
@misc{clash, author={Lovelace, Ada}, title={Clash}, year=2020, ids={ada1843, fresh}}
"""


def test_crossref_xdata_and_related_find_an_entry_by_its_alias():
    publications, report = publications_from(BIB)
    pubs = {pub.key: pub for pub in publications}
    assert pubs["shen2023fog"].parts["booktitle"].text == "Proceedings of ICCV"  # crossref={iccv23}
    assert pubs["iccv2023"].container  # named by its alias: still the proceedings its papers are in
    assert pubs["ada1843"].parts["publisher"].text == "IEEE Press"  # xdata={ieee:pub}
    assert pubs["taylor2008"].title.text == "Review of Luigi Menabrea, Sketch of the Analytical Engine"
    text = "\n".join(str(warning) for warning in report.warnings)
    assert "not in the bibliography" not in text
    assert (
        "entry 'clash' has the alias 'ada1843' (ids), which is already 'ada1843''s key; it is left out "
        "(remove it from one of them)" in text
    )


def test_a_text_a_list_and_a_project_name_an_entry_by_its_alias(make_site):
    site = make_site(
        {
            "content/publications/refs.bib": BIB,
            "content/people/ada.md": "---\nname: Ada Lovelace\n---\nAs in [@Shen2023Old] and [@ADA1843].\n",
            "content/pages/fog.md": "---\ntitle: Fog\n---\n::: publications key=shen:fog\n:::\n",
            "content/projects/fog.md": "---\ntitle: Fog\npublications: [shen2023old, fresh]\n---\nText.\n",
        }
    )
    warnings = [str(warning) for warning in build(site).warnings]
    assert not [warning for warning in warnings if "no entry" in warning or "in no .bib" in warning or "key=" in warning]
    profile = html(site / "_site/index.html")  # the owner's profile is the home page
    [shen, ada] = profile.select("a.citation-link")
    assert shen["href"] == "/publications/shen2023fog/" and ada["href"] == "/publications/ada1843/"
    listed = html(site / "_site/fog/index.html").select("li.publication")
    assert [item["id"] for item in listed] == ["shen2023fog"]
    project = html(site / "_site/projects/fog/index.html").select("li.publication")
    assert sorted(item["id"] for item in project) == ["clash", "shen2023fog"]  # `fresh`: the alias it kept


def test_the_preview_follows_an_alias_given_and_taken_away(make_site, tmp_path):
    """Which entry a text's citation, a crossref or a list names changes with the `ids` of another
    entry: the preview shows it as a clean build does."""
    site = make_site(
        {
            "content/publications/refs.bib": BIB,
            "content/people/ada.md": "---\nname: Ada Lovelace\n---\nAs in [@Shen2023Old].\n",
            "content/pages/fog.md": "---\ntitle: Fog\n---\n::: publications key=shen:fog\n:::\n",
        }
    )
    refs = site / "content/publications/refs.bib"
    preview = Builder(site, tmp_path / "preview", in_place=True)
    edits = [
        lambda: refs.write_text(BIB.replace("ids={Shen2023Old, shen:fog}", "")),
        lambda: refs.write_text(BIB.replace("ids={iccv23}", "ids={iccv}")),
        lambda: refs.write_text(BIB),
    ]
    warnings = preview_follows(preview, site, edits, tmp_path)
    assert not [warning for warning in warnings if "Shen2023Old" in warning]
    assert html(tmp_path / "clean0/index.html").select_one(".citation-missing").get_text() == "Shen2023Old?"
    shen = html(tmp_path / "clean1/publications/index.html").select_one("#shen2023fog .citation").get_text()
    assert "Proceedings of ICCV" not in shen
