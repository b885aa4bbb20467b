"""`sitegen add --dblp PID`: a person's dblp list (here from a local stand-in for dblp.org) added to
the site's .bib: what the site has is not added again, an arXiv version becomes the published
paper's [arXiv] button."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from conftest import StandIn, build, html, serving

from sitegen import bibmerge, dblp
from sitegen.cli import main
from sitegen.errors import SitegenError

# dblp's BibTeX for a person, as /pid/<pid>.bib?param=1 gives it (trimmed; newest first)
PERSON = """@inproceedings{DBLP:conf/iccv/ShenZL23,
  author       = {Xintian Shen and
                  Ada Lovelace and
                  Yong Liu 0007},
  title        = {Learning Global-Aware Kernel for Image Harmonization},
  booktitle    = {{IEEE/CVF} International Conference on Computer Vision, {ICCV} 2023,
                  Paris, France, October 1-6, 2023},
  pages        = {7501--7510},
  publisher    = {{IEEE}},
  year         = {2023},
  url          = {https://doi.org/10.1109/ICCV51070.2023.00693},
  doi          = {10.1109/ICCV51070.2023.00693},
  timestamp    = {Mon, 08 Jan 2024 16:23:16 +0100},
  biburl       = {https://dblp.org/rec/conf/iccv/ShenZL23.bib},
  bibsource    = {dblp computer science bibliography, https://dblp.org}
}

@article{DBLP:journals/corr/abs-2310-06218,
  author       = {Jingyang Xiang and
                  Ada Lovelace},
  title        = {{SUBP:} Soft Uniform Block Pruning for 1xN Sparse CNNs},
  journal      = {CoRR},
  volume       = {abs/2310.06218},
  year         = {2023},
  url          = {https://doi.org/10.48550/arXiv.2310.06218},
  doi          = {10.48550/ARXIV.2310.06218},
  eprinttype    = {arXiv},
  eprint       = {2310.06218},
  timestamp    = {Mon, 23 Oct 2023 16:12:04 +0200},
  biburl       = {https://dblp.org/rec/journals/corr/abs-2310-06218.bib},
  bibsource    = {dblp computer science bibliography, https://dblp.org}
}

@inproceedings{DBLP:conf/nips/XiangL23,
  author       = {Jingyang Xiang and
                  Ada Lovelace},
  title        = {{SUBP:} Soft Uniform Block Pruning for 1xN Sparse CNNs},
  booktitle    = {Advances in Neural Information Processing Systems 36: Annual Conference
                  on Neural Information Processing Systems 2023, NeurIPS 2023},
  year         = {2023},
  url          = {http://papers.nips.cc/paper\\_files/paper/2023/hash/a0e2f3.html},
  timestamp    = {Fri, 29 Mar 2024 15:47:10 +0100},
  biburl       = {https://dblp.org/rec/conf/nips/XiangL23.bib},
  bibsource    = {dblp computer science bibliography, https://dblp.org}
}

@article{DBLP:journals/corr/abs-2305-11676,
  author       = {Ada Lovelace},
  title        = {A Preprint Only},
  journal      = {CoRR},
  volume       = {abs/2305.11676},
  year         = {2023},
  eprinttype    = {arXiv},
  eprint       = {2305.11676},
  biburl       = {https://dblp.org/rec/journals/corr/abs-2305-11676.bib}
}

@article{DBLP:journals/tpami/Lovelace22,
  author       = {Ada Lovelace},
  title        = {Notes on the Analytical Engine},
  journal      = {{IEEE} Trans. Pattern Anal. Mach. Intell.},
  volume       = {44},
  year         = {2022},
  doi          = {10.1109/TPAMI.2022.1},
  biburl       = {https://dblp.org/rec/journals/tpami/Lovelace22.bib}
}

@inproceedings{DBLP:conf/cvpr/Lovelace21,
  author       = {Ada Lovelace},
  title        = {Sketch of the Engine},
  booktitle    = {{CVPR}},
  year         = {2021},
  biburl       = {https://dblp.org/rec/conf/cvpr/Lovelace21.bib}
}
"""

HAD = """@article{notes,
  author = {Lovelace, Ada}, title = {Notes on the analytical engine}, journal = {TPAMI}, year = {2022}}
@misc{preprint, author = {Lovelace, Ada}, title = {A preprint only}, year = {2023}}
@inproceedings{sketch, author = {Lovelace, Ada}, title = {Sketch}, booktitle = {CVPR}, year = {2021},
  doi = {10.1109/other}, biburl = {https://dblp.org/rec/conf/cvpr/Lovelace21.bib}}
"""


class Dblp(StandIn):
    asked: ClassVar[list[str]] = []

    def do_GET(self):
        Dblp.asked.append(self.path)
        if self.path == "/pid/57/5877.bib?param=1":
            self.answer(PERSON.encode(), "application/x-bibtex")
        else:
            self.send_error(404)


@pytest.fixture
def dblp_org(monkeypatch):
    with serving(Dblp) as address:
        monkeypatch.setenv("SITEGEN_DBLP", address)
        Dblp.asked = []
        yield Dblp.asked


def test_a_dblp_page_s_papers_are_added_once_with_their_arxiv_versions_as_links(make_site, dblp_org, capsys):
    site = make_site({"content/publications/refs.bib": HAD})
    assert main(["add", "--dblp", "https://dblp.org/pid/57/5877.html", "--source", str(site)]) == 0
    assert dblp_org == ["/pid/57/5877.bib?param=1"]
    out = capsys.readouterr().out.splitlines()
    assert [line.split(" (")[0] for line in out[:2]] == [
        "dblp 57/5877: added as shen2023learning",
        "dblp 57/5877: added as xiang2023subp",
    ]
    # the site's own entry for the preprint is not changed: what it could take is said
    assert (
        out[2] == "dblp 57/5877: refs.bib as preprint: its arXiv version is here; add `arxiv = {2305.11676}` for its [arXiv] link"
    )
    assert out[3] == (
        "dblp 57/5877: 2 added; not added: 3 the site has already, an arXiv version of what it lists as published (made its [arXiv] link)"
    )
    bib = (site / "content/publications/refs.bib").read_text(encoding="utf-8")
    assert bib.startswith(HAD.strip()) and bib.count("@") == 5
    assert "timestamp" not in bib and "bibsource" not in bib and "biburl = {https://dblp.org/rec/conf/iccv/ShenZL23.bib}" in bib
    assert "https://doi.org/10.1109/ICCV51070.2023.00693" not in bib  # the url that only repeated the DOI
    subp = bib[bib.index("@inproceedings{xiang2023subp,") :]
    assert "arxiv = {2310.06218}" in subp.split("\n}")[0]  # from its CoRR twin, which is not added
    assert "abs-2310-06218" not in bib

    result = build(site)
    assert [w.message for w in result.warnings] == []
    page = html(site / "_site/index.html")
    assert [a.get_text() for a in page.select("#xiang2023subp .pub-link")] == ["arXiv", "URL"]
    assert "Yong Liu." in page.select_one("#shen2023learning .citation").get_text()  # dblp's homonym number is no name

    assert main(["add", "--dblp", "57/5877", "--source", str(site)]) == 0  # again: nothing new
    assert capsys.readouterr().out.splitlines()[-1] == (
        "dblp 57/5877: 0 added; not added: 5 the site has already, an arXiv version of what it lists as published "
        "(made its [arXiv] link)"
    )
    assert (site / "content/publications/refs.bib").read_text(encoding="utf-8") == bib


@pytest.mark.parametrize(
    "written, pid",
    [
        ("https://dblp.org/pid/177/9741-2.html", "177/9741-2"),
        ("https://dblp.uni-trier.de/pid/57/5877.bib", "57/5877"),
        ("57/5877", "57/5877"),
        ("https://dblp.org/pid/f/First_Last", "f/First_Last"),
    ],
)
def test_a_dblp_page_is_named_by_its_address_or_its_pid(written, pid):
    assert dblp.pid(written) == pid


@pytest.mark.parametrize("written", ["Ada Lovelace", "https://dblp.org/db/conf/iccv/iccv2023.html", "57"])
def test_what_is_not_a_dblp_page_is_an_error_before_anything_is_fetched(make_site, dblp_org, capsys, written):
    site = make_site({})
    assert main(["add", "--dblp", written, "--source", str(site)]) == 1
    assert "is not a dblp person (copy the address of their dblp page" in capsys.readouterr().err
    assert dblp_org == []


def test_a_person_dblp_does_not_know_is_an_error_that_adds_nothing(make_site, dblp_org, capsys):
    site = make_site({})
    assert main(["add", "--dblp", "1/1", "--source", str(site)]) == 1
    assert "dblp has no person 1/1" in capsys.readouterr().err
    assert not (site / "content/publications/added.bib").exists()


def test_an_entry_naming_its_proceedings_by_crossref_is_added_whole(tmp_path: Path):
    """dblp's third form names each paper's proceedings by `crossref`: the paper takes what it lacks
    from them (their title as its booktitle); the proceedings are not an entry of the site."""
    text = """@inproceedings{DBLP:conf/nips/XiangL23,
      author = {Jingyang Xiang and Ada Lovelace}, title = {Pruning}, pages = {1--9},
      crossref = {DBLP:conf/nips/2023}, year = {2023}}
    @proceedings{DBLP:conf/nips/2023,
      editor = {Alice Oh}, title = {Advances in Neural Information Processing Systems 36}, publisher = {Curran},
      year = {2023}, biburl = {https://dblp.org/rec/conf/nips/2023.bib}}
    """
    target = tmp_path / "added.bib"
    outcome = bibmerge.merge(text, bibmerge.SiteEntries(), target, "dblp 1/1", own_keys=False)
    assert outcome.added == [("xiang2023pruning", "Pruning")]
    bib = target.read_text(encoding="utf-8")
    assert "booktitle = {Advances in Neural Information Processing Systems 36}" in bib and "publisher = {Curran}" in bib
    assert "crossref" not in bib and "@proceedings" not in bib and "biburl" not in bib


def test_an_answer_without_entries_is_an_error(tmp_path: Path):
    with pytest.raises(SitegenError, match="dblp 1/1 held no BibTeX entry to read"):
        bibmerge.merge("<html>@ busy</html>", bibmerge.SiteEntries(), tmp_path / "x.bib", "dblp 1/1")
