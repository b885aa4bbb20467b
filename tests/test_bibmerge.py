"""`sitegen add --bib FILE`: an export (Google Scholar's, Zotero's, a colleague's) merged into the
site's .bib: what the site has is not added again, keys are kept, an arXiv version of a published
paper becomes its [arXiv] button."""

from __future__ import annotations

from conftest import build, html

from sitegen.cli import main

SITE_BIB = """@article{lecun2015deep, title = {Deep Learning}, author = {LeCun, Yann and Lovelace, Ada}, journal = {Nature},
  year = {2015}, doi = {10.1038/nature14539}}
@misc{he2016deep, title = {Another Paper under the Key}, author = {Lovelace, Ada}, year = {2016}}
"""

# Google Scholar's "Export all" (with a JabRef @string): everything again, each time
EXPORT = """@string{cvpr = {Proceedings of the IEEE conference on computer vision and pattern recognition}}

@article{lecun2015deep,
  title={Deep learning},
  author={LeCun, Yann and Lovelace, Ada},
  journal={nature},
  year={2015}
}

@inproceedings{he2016deep,
  title={Deep residual learning for image recognition},
  author={He, Kaiming and Lovelace, Ada},
  booktitle=cvpr,
  pages={770--778},
  year={2016}
}

@article{shen2023learning,
  title={Learning Global-Aware Kernel for Image Harmonization},
  author={Shen, Xintian and Lovelace, Ada},
  journal={arXiv preprint arXiv:2305.11676},
  year={2023}
}

@inproceedings{shen2023iccv,
  title={Learning global-aware kernel for image harmonization},
  author={Shen, Xintian and Lovelace, Ada},
  booktitle={Proceedings of the IEEE/CVF International Conference on Computer Vision},
  pages={7535--7544},
  year={2023}
}

@article{lecun2016deep,
  title={Deep learning},
  author={LeCun, Yann and Lovelace, Ada},
  journal={Journal of Extended Versions},
  year={2016},
  doi={10.1000/extended}
}

@article{broken, title={Unclosed, year={2020}

@article{De Souza2024,
  title={Engines of Thought},
  abstract={We study engines,
    long ones.

    And short ones.},
  author={De Souza, Ana and Lovelace, Ada},
  journal={Journal of Engines},
  year={2024}
}
"""


def _merged(make_site, tmp_path, capsys, name: str, export: str) -> tuple[list[str], str]:
    """An export of that name merged into a site holding SITE_BIB: the lines printed, and the site's .bib then."""
    path = tmp_path / name
    path.write_text(export, encoding="utf-8")
    site = make_site({"content/publications/refs.bib": SITE_BIB})
    out = _added(site, path, capsys)
    return out, (site / "content/publications/refs.bib").read_text(encoding="utf-8")


def _added(site, export, capsys) -> list[str]:
    """`sitegen add --bib` of an export into the site: the lines it printed."""
    assert main(["add", "--bib", str(export), "--source", str(site)]) == 0
    return capsys.readouterr().out.splitlines()


def test_an_export_is_merged_keys_kept_the_site_s_papers_not_added_again(make_site, tmp_path, capsys):
    site = make_site({"content/publications/refs.bib": SITE_BIB})
    export = tmp_path / "citations.bib"
    export.write_text(EXPORT, encoding="utf-8")
    out = _added(site, export, capsys)
    assert [line.split(" (")[0] for line in out[:4]] == [
        "citations.bib: added as he2016deepa",  # the site's he2016deep is another paper: a letter added
        "citations.bib: added as shen2023iccv",
        "citations.bib: added as lecun2016deep",  # the title of the site's lecun2015deep, but another DOI
        "citations.bib: added as desouza2024engines",  # "De Souza2024" is no key to cite by
    ]
    assert out[4] == (
        "citations.bib: 4 added; not added: 1 the site has already, 1 that could not be read (broken BibTeX), "
        "an arXiv version of what it lists as published (made its [arXiv] link)"
    )
    bib = (site / "content/publications/refs.bib").read_text(encoding="utf-8")
    assert bib.startswith(SITE_BIB.strip()) and bib.count("@") == 6
    assert "booktitle = {Proceedings of the IEEE conference on computer vision" in bib  # the @string, resolved
    assert "shen2023learning" not in bib and "arxiv = {2305.11676}" in bib
    assert "abstract = {We study engines, long ones.\n\nAnd short ones.}" in bib  # lines joined, paragraphs kept
    assert [w.message for w in build(site).warnings] == []
    page = html(site / "_site/index.html")
    assert [a.get_text() for a in page.select("#shen2023iccv .pub-link")] == ["arXiv"]

    assert _added(site, export, capsys)[-1].startswith(  # the next export: only what is new
        "citations.bib: 0 added; not added: 5 the site has already"
    )
    assert (site / "content/publications/refs.bib").read_text(encoding="utf-8") == bib


def test_an_untyped_arxiv_eprint_is_seen_as_the_arxiv_version(make_site, tmp_path, capsys):
    """INSPIRE's entries written by hand, SPIRES' old ones: `eprint = {arXiv:2305.11676}` with no
    `archivePrefix` is arXiv's (as the build reads it), not a paper of its own to add."""
    site = make_site({"content/publications/refs.bib": SITE_BIB})
    export = tmp_path / "inspire.bib"
    export.write_text(
        """@article{Shen:2023ab, title={Learning Global-Aware Kernel for Image Harmonization}, author={Shen, Xintian},
        eprint={arXiv:2305.11676}, year={2023}}
        @inproceedings{Shen:2023cd, title={Learning global-aware kernel for image harmonization}, author={Shen, Xintian},
        booktitle={ICCV}, year={2023}}""",
        encoding="utf-8",
    )
    assert _added(site, export, capsys)[-1] == (
        "inspire.bib: 1 added; not added: an arXiv version of what it lists as published (made its [arXiv] link)"
    )
    bib = (site / "content/publications/refs.bib").read_text(encoding="utf-8")
    assert "Shen:2023cd" in bib and "Shen:2023ab" not in bib and "arxiv = {2305.11676}" in bib


def test_an_export_s_lines_put_out_of_use_with_percent_signs_are_comments(make_site, tmp_path, capsys):
    """A colleague's hand-kept file: a field (`% doi = ...`) or an entry commented out, as biber reads them."""
    out, bib = _merged(
        make_site,
        tmp_path,
        capsys,
        "colleague.bib",
        "@article{babbage2021engines,\n  title = {Engines},\n  % doi = {10.1000/wrong},\n"
        "  author = {Babbage, Charles and Lovelace, Ada},\n  journal = {J},\n  year = {2021}\n}\n"
        "%@article{old,\n%  title = {An Old Draft},\n%}\n",
    )
    assert [line.split(" (")[0] for line in out] == ["colleague.bib: added as babbage2021engines"]  # nothing left out
    assert "babbage2021engines" in bib and "10.1000/wrong" not in bib and "Old Draft" not in bib


def test_a_missing_or_unreadable_export_is_an_error_that_adds_nothing(make_site, tmp_path, capsys):
    site = make_site({"content/publications/refs.bib": SITE_BIB})
    assert main(["add", "--bib", str(tmp_path / "nowhere.bib"), "--source", str(site)]) == 1
    assert "nowhere.bib: error: no such .bib file" in capsys.readouterr().err
    latin = tmp_path / "latin1.bib"
    latin.write_bytes("@misc{x, title = {Caf\u00e9}}".encode("latin-1"))
    assert main(["add", "--bib", str(latin), "--source", str(site)]) == 1
    assert "this file is not UTF-8 text" in capsys.readouterr().err
    assert (site / "content/publications/refs.bib").read_text(encoding="utf-8") == SITE_BIB


def test_a_database_s_number_for_a_key_becomes_a_key_to_cite_by(make_site, tmp_path, capsys):
    """IEEE Xplore keys its export by document number, the ACM Digital Library by DOI: kept, they
    would be what `[@...]` cites and what the entry's address is."""
    out, _ = _merged(
        make_site,
        tmp_path,
        capsys,
        "exports.bib",
        "@INPROCEEDINGS{10377640, author={Shen, Xintian and Lovelace, Ada}, title={Learning Global-Aware Kernel},"
        " booktitle={ICCV}, year={2023}, doi={10.1109/ICCV51070.2023.00692}}\n"
        "@article{10.1145/3635306, author = {Zhang, Nan and Lovelace, Ada}, title = {Knowledge Equivalence in Digital Twins},"
        " journal = {ACM Trans. Model. Comput. Simul.}, year = {2024}, doi = {10.1145/3635306}}\n"
        # ResearchGate keys every export by its type
        "@article{article, author = {Babbage, Charles}, title = {Engines}, journal = {J}, year = {2021}}\n"
        "@article{article, author = {Somerville, Mary}, title = {Connexion}, journal = {J}, year = {2022}}\n"
        "@article{lovelace1843notes, author = {Lovelace, Ada}, title = {Notes}, journal = {J}, year = {1843}}\n",
    )
    assert [line.split(" (")[0] for line in out[:5]] == [
        "exports.bib: added as shen2023learning",
        "exports.bib: added as zhang2024knowledge",
        "exports.bib: added as babbage2021engines",
        "exports.bib: added as somerville2022connexion",
        "exports.bib: added as lovelace1843notes",  # in the file's order
    ]


def test_an_export_is_read_as_bibtex_reads_it_and_added_as_it_is_written(make_site, tmp_path, capsys):
    """A quote inside braces in a quoted value, a type that begins with "comment", an entry's brace
    on the line after its type: the parser library lost these entries (or their ends) silently."""
    out, bib = _merged(
        make_site,
        tmp_path,
        capsys,
        "law.bib",
        '@book{tschichold, author = "Jan Tschichold", title = "Die neue {"}Typographie{"}",\n'
        '  subtitle = "{Ein Handbuch f{\\"u}r zeitgem{"a}{\\ss} Schaffende}", publisher = "Schmidt", year = "1991"}\n'
        "@COMMENTARY{blackstone, author = {Blackstone, William}, title = {Commentaries}, year = 1765}\n"
        "@incollection\n(\n    roux:95\n    ,\n    title = {A Model}, author = {M. Roux}, year = 1995\n)\n",
    )
    assert [line.split(" (")[0] for line in out] == [
        f"law.bib: added as {key}" for key in ("tschichold", "blackstone", "roux:95")
    ]
    assert 'subtitle = {{Ein Handbuch f{\\"u}r zeitgem{"a}{\\ss} Schaffende}}' in bib and "year = {1991}" in bib
    assert "@commentary{blackstone," in bib and "\x02" not in bib


def test_an_entry_kept_out_of_the_lists_is_the_site_s_and_is_not_added_again(make_site, tmp_path, capsys):
    """`options = {dataonly}` keeps a reviewed book out of the lists, not out of the site's .bib."""
    book = "@book{sear2006, author={Sear, Frank}, title={Roman Theatres}, publisher={OUP}, year=2006, options={dataonly}}\n"
    site = make_site({"content/publications/refs.bib": book})
    export = tmp_path / "colleague.bib"
    export.write_text("@book{sear2006, author={Sear, Frank}, title={Roman Theatres}, publisher={OUP}, year=2006}\n")
    assert _added(site, export, capsys)[-1].startswith("colleague.bib: 0 added; not added: 1 the site has already")


def test_a_key_the_site_knows_as_an_alias_is_not_given_to_an_added_entry(make_site, tmp_path, capsys):
    """biblatex's `ids`: a text citing `[@he2016deep]` means the site's entry, not the new one."""
    mine = "@misc{lovelace2016, title = {Another Paper}, author = {Lovelace, Ada}, year = {2016}, ids = {He2016Deep}}\n"
    site = make_site({"content/publications/refs.bib": mine})
    export = tmp_path / "citations.bib"
    export.write_text(EXPORT.split("@article{shen2023learning")[0], encoding="utf-8")
    out = _added(site, export, capsys)
    assert "citations.bib: added as he2016deepa" in [line.split(" (")[0] for line in out]
