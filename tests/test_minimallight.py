"""`sitegen import` of a Minimal Light site (yaoyao-liu/minimal-light, the one-page Jekyll template
hundreds of researchers fork): its `_config.yml` becomes the profile, its page the biography, news and
CV, its data files' records and the rows forks write by hand BibTeX entries, in a site that builds
without a warning."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from conftest import REPO, build, html, imported_copy, imported_entries, imported_folder, write_files

from sitegen.acadhomepage import _dated_line
from sitegen.cli import main
from sitegen.migrate import import_site
from sitegen.minimallight import MinimalLight, _address, _data_record, _row

MINIMAL_LIGHT = REPO / "tests/data/minimallight"  # the template's files, with a made-up owner


@pytest.fixture
def imported(tmp_path: Path, capsys) -> tuple[Path, list[str], str]:
    return imported_copy(MINIMAL_LIGHT, tmp_path, capsys)


def profile_of(target: Path, name: str = "lin-park") -> dict:
    """The front matter of a profile the import wrote."""
    return yaml.safe_load((target / "content/people" / f"{name}.md").read_text().split("---")[1])


def a_fork(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    """A Minimal Light fork of Lin Park's (`_config.yml`, the theme's stylesheet) with `files`."""
    return write_files(tmp_path / "old", {"_config.yml": "title: Lin Park\n", "_sass/minimal-light.scss": "", **files})


def test_its_config_and_page_become_the_profile_news_and_services(imported):
    target, notes, summary = imported
    assert "1 profile, 2 publications, 2 news items" in summary
    assert notes == [
        "index.md:18: not read as one of its news: it stays in the biography",
        "_includes/publications.html:6: 'Forgetting Less with Placebo Images': not read: lab",
        "_config.yml: analytics.google: UA-111540567-4 is a Universal Analytics id, which Google stopped in 2023; give the "
        "site's Google Analytics 4 measurement id (G-XXXXXXXXXX); not carried over",
    ]
    profile = (target / "content/people/mateo-varga.md").read_text()
    person = yaml.safe_load(profile.split("---")[1])
    assert person == {
        "name": "Mateo Varga",
        "role": "Ph.D. Student",
        "affiliation": "[Northport University](https://www.northport.example.edu)",  # its affiliation_link
        "photo": "assets/img/avatar.png",
        "email": "mvarga@northport.example.edu",  # written "mvarga (at) northport.example.edu"
        "links": {
            "scholar": "https://scholar.google.com/citations?user=VARGAAAAAAJ",
            "cv": "assets/files/curriculum_vitae.pdf",
            "github": "https://github.com/mateovarga",
            "linkedin": "https://www.linkedin.com/in/mateovarga/",
            "x": "https://twitter.com/mateovarga",
            "osf": "https://osf.io/abcd3/",  # a fork's own link, by its name
        },
        "interests": ["Continual Learning: class-incremental learning, exemplar memory", "3D Vision: object pose, neural meshes"],
        "service": [
            "Conference Reviewers: IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR) 2024-2025, "
            "European Conference on Computer Vision (ECCV) 2024",
            "Journal Reviewers: IEEE Transactions on Pattern Analysis and Machine Intelligence (TPAMI)",
        ],
    }
    site = yaml.safe_load((target / "content/site.yml").read_text())
    assert (site["base_url"], site["icon"], site["owner"]) == (
        "https://mateovarga.github.io/",
        "assets/img/favicon.png",
        "mateo-varga",
    )
    copied = sorted(path.relative_to(target / "static").as_posix() for path in (target / "static").rglob("*") if path.is_file())
    assert copied == [
        "assets/files/curriculum_vitae.pdf",
        "assets/img/avatar.png",
        "assets/img/favicon-dark.png",
        "assets/img/favicon.png",
        "assets/img/teaser_shapes.png",
    ]  # fmt: skip  (not the theme's css/ and js/)

    result = build(target)
    assert [warning.message for warning in result.warnings] == []
    assert main(["check", "--source", str(target)]) == 0  # links, and one element an id
    home = html(target / "_site/index.html")
    biography = home.select_one("section.biography")
    said = " ".join(biography.get_text(" ", strip=True).split())
    assert said.startswith("Biography I am a Ph.D. student at Northport University")  # "## About Me" is the profile's heading
    assert "Research Interests" not in said and "Stay tuned for more." in said  # the interests are the profile's
    assert "{%" not in str(biography) and "pub-row" not in str(biography) and "Our paper" not in said
    assert [li.get_text(" ", strip=True) for li in home.select("section.service li")][1].startswith("Journal Reviewers")
    news = html(target / "_site/news/index.html")
    assert [time["datetime"] for time in news.select("main time")] == ["2025-02-01", "2024-09-01"]  # "[Sept. 2024]"


def test_its_data_file_s_records_are_entries(imported):
    target, _notes, _summary = imported
    found = imported_entries(target)
    assert found["rist2025exemplar"] == {
        "type": "inproceedings",  # "Conference on Computer Vision and Pattern Recognition": no journal
        "title": "Exemplar Shapes: Class-Incremental Learning with Neural Meshes",
        "author": "Tomas Rist and Mateo Varga and Ines Kallas and Ada Roe",
        "booktitle": "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
        "abbr": "CVPR",
        "year": "2025",
        "arxiv": "https://arxiv.org/pdf/2502.01234.pdf",
        "code": "https://github.com/mateovarga/exemplar-shapes",
        "website": "https://exemplar-shapes.github.io/",
        "note": "Highlight",
        "equal_contribution": "Tomas Rist and Mateo Varga",
        "corresponding": "Ada Roe",  # marked by the envelope icon, which its legend explains
        "preview": "assets/img/teaser_shapes.png",
    }  # its `bibtex` (dblp's page) is not a link: sitegen shows the entry's BibTeX itself
    placebo = found["varga2024forgetting"]
    assert (placebo["type"], placebo["volume"], placebo["number"]) == ("article", "46", "3")  # "Volume 46, Number 3"
    assert placebo["code"] == "https://github.com/mateovarga/placebo"  # the link of its `others`
    assert "Mnemonics" not in (target / "content/publications/publications.bib").read_text()  # commented out
    build(target)
    page = html(target / "_site/publications/rist2025exemplar/index.html")
    assert page.select_one("img[src$='teaser_shapes.png']") is not None


def test_the_layout_s_lists_or_the_page_s_own_include(tmp_path):
    """Earlier versions include the list from the page (`include_relative`), later ones from the
    layout after it; a list included twice is read once."""
    source = tmp_path / "old"
    shutil.copytree(MINIMAL_LIGHT, source)
    index = source / "index.md"
    index.write_text(index.read_text() + "\n{% include_relative _includes/publications.html %}\n")
    import_site(source, tmp_path / "new")
    assert list(imported_entries(tmp_path / "new")) == ["rist2025exemplar", "varga2024forgetting"]


ROWS = """<h2 id="publications" style="margin: 2px 0px -15px;">Publications</h2>

<div class="publications">
<ol class="bibliography">

<li>
<div class="pub-row">
  <div class="col-sm-3 abbr" style="position: relative;padding-right: 15px;padding-left: 15px;">
    <img src="assets/img/ccd.png" class="teaser img-fluid z-depth-1">
    <abbr class="badge">ICPC 2024</abbr>
  </div>
  <div class="col-sm-9" style="position: relative;padding-right: 15px;padding-left: 20px;">
    <div class="title"><a href="https://arxiv.org/pdf/2401.13802.pdf">Large Language Models for Code Clone Detection</a> </div>
    <div class="author">Mohamad Khajezade, <strong>Jie JW Wu</strong>, Fatemeh Fard</div>
    <div class="periodical"><em> International Conference on Program Comprehension (ICPC 2024) </em></div>
  </div>
</div>
</li>

<li>
<div class="pub-row">
  <div class="col-sm-9" style="position: relative;padding-right: 15px;padding-left: 20px;">
    <div class="title"><a href="https://www.sciencedirect.com/science/article/pii/S016412122300">Automated Online Controlled Experiments</a></div>
    <div class="author"><strong>Wu, Jie JW</strong>, Thomas A. Mazzuchi, and Shahram Sarkani</div>
    <div class="periodical"><em>Journal of Systems and Software, 2023.</em></div>
    <div class="links">
      <a href="https://github.com/jw-wu-git/movsw" class="btn btn-sm z-depth-0" role="button" target="_blank">Code</a>
      <button class="btn btn-sm z-depth-0" onclick="copyBibtex('wu2023multi')" style="font-size: 12px;">Copy BibTeX</button>
        <textarea id="bibtex_wu2023multi" style="display: none;">
          @article{wu2023multi,
            title={A multi-objective evolutionary approach towards automated online controlled experiments},
            author={Wu, Jie JW and Mazzuchi, Thomas A and Sarkani, Shahram},
            journal={Journal of Systems and Software},
            pages={111703},
            year={2023}
          }
        </textarea>
    </div>
  </div>
</div>
</li>

<script>
  function copyBibtex(entryID) {
    navigator.clipboard.writeText(document.getElementById("bibtex_" + entryID).value);
  }
</script>

<br>

</ol>
</div>
"""


def test_rows_written_by_hand_are_entries_their_own_bibtex_kept(tmp_path, capsys):
    source = write_files(
        tmp_path / "old",
        {
            "_config.yml": "title: Jie Wu\nremote_theme: yaoyao-liu/minimal-light\n",  # the theme as a remote theme
            "index.md": "---\nlayout: homepage\n---\n\n## Bio\n\nI study software.\n\n"
            "{% include_relative _includes/publications.md %}\n",
            "_includes/publications.md": ROWS,
            "assets/img/ccd.png": (MINIMAL_LIGHT / "assets/img/teaser_shapes.png").read_bytes(),
        },
    )
    target, notes, _summary = imported_folder(source, capsys)
    assert notes == []  # the rows' wrappers and the template's script: no notes
    found = imported_entries(target)
    assert found["khajezade2024large"]["booktitle"] == "International Conference on Program Comprehension (ICPC 2024)"
    assert (found["khajezade2024large"]["abbr"], found["khajezade2024large"]["preview"]) == ("ICPC 2024", "assets/img/ccd.png")
    own = found["wu2023multi"]  # as its textarea wrote it, with what the row adds
    assert own["title"] == "A multi-objective evolutionary approach towards automated online controlled experiments"
    assert (own["pages"], own["code"]) == ("111703", "https://github.com/jw-wu-git/movsw")
    person = profile_of(target, "jie-wu")
    assert person["aliases"] == ["Jie JW Wu", "Wu, Jie JW"]  # the names in bold: the owner's, as the papers write it
    result = build(target)
    assert [warning.message for warning in result.warnings] == []  # her papers found by those names
    home = html(target / "_site/index.html")
    assert " ".join(home.select_one("section.biography").get_text(" ", strip=True).split()) == "Biography I study software."
    assert len(home.select("li.publication")) == 2


def test_it_is_told_from_the_other_jekyll_templates(tmp_path):
    site = write_files(tmp_path / "site", {"_config.yml": "title: A\n", "index.md": "Hi.\n"})
    assert not MinimalLight.recognises(site)
    write_files(site, {"_sass/minimal-light.scss": "a {}\n"})
    assert MinimalLight.recognises(site)
    (site / "index.md").unlink()
    assert not MinimalLight.recognises(site)  # no page to read


@pytest.mark.parametrize(
    ("written", "address"),
    [
        ("yourname (at) example.edu", "yourname@example.edu"),
        ("ada [at] lab [dot] org", "ada@lab.org"),
        ("ada at lab.org", "ada@lab.org"),
        ("ada@lab.org", "ada@lab.org"),
    ],
)
def test_an_address_written_for_people(written, address):
    assert _address(written) == address


def test_a_record_and_a_row():
    record = _data_record(
        {
            "title": "A <em>Title</em>",
            "authors": "<strong>Yaoyao Liu*</strong>, Bernt Schiele* <br> (* Equal contribution)",
            "conference_short": "ECCV",
            "conference": "European Conference on Computer Vision <strong>(ECCV)</strong>, 2020.",
            "publication": "https://link.springer.com/x",
            "type": "book",
        }
    )
    assert record == {
        "title": "A Title",
        "authors": ["Yaoyao Liu*", "Bernt Schiele*"],
        "emphasised": ["Yaoyao Liu"],
        "legend": "(* Equal contribution)",
        "venue": "European Conference on Computer Vision (ECCV), 2020",  # `publication`, an address, is a link
        "type": "book",  # a fork's own
        "abbr": "ECCV",
        "links": [{"label": "Publisher", "url": "https://link.springer.com/x"}],
    }
    assert _data_record({"authors": "A B"}) is None
    row = _row('<div class="pub-row"><div class="title">Plain Title</div><div class="periodical"><em>Under review</em></div>'
               '<div class="periodical"><strong>Oral</strong></div></div>')  # fmt: skip
    assert row == {"title": "Plain Title", "venue": "Under review", "note": "Oral"}
    assert _row('<div class="pub-row"><div class="title"> </div></div>') is None


def test_a_fork_s_included_sections_dated_at_their_lines_ends(tmp_path, capsys):
    """A fork's page of included files (its own Google Scholar crawler beside them), headed by HTML
    over several lines, its CV's lines dated at their ends, its talk given at two events under the
    talk's title, its records' BibTeX in files of the site, the template's example news left in."""
    source = write_files(
        tmp_path / "old",
        {
            "_config.yml": "title: Lin Park\nemail: lpark (at) northport (dot) edu\nnav_link: https://cs.northport.edu/\n"
            "orcid_link: https://orcid.org/0000-0002-1825-0097\n",
            "_sass/minimal-light.scss": "",
            "google_scholar_crawler/main.py": "",  # AcadHomepage's, which the fork copied
            "index.md": '---\nlayout: homepage\n---\n\n<h1 id="about-me"></h1>\n\n<h2 style="margin: 60px 0px 10px;">Short Bio</h2>\n\n'
            "I study secure learning.\n\n## News\n\n- **[Feb. 2020]** Our paper about incremental learning is accepted to CVPR 2020.\n\n"
            + "".join(
                f"{{% include_relative _includes/{name}.md %}}\n\n" for name in ("publications", "talks", "work", "teaching")
            ),
            "_includes/publications.md": '<h2 style="margin: 60px 0px -15px;">Publications\n  <temp>[</temp>\n'
            '  <a href="https://scholar.google.com/citations?user=PARK">Google Scholar</a>\n  <temp>]</temp>\n</h2>\n\n'
            '<div class="publications">\n{% for link in site.data.publications.main %}\n<div class="title">{{ link.title }}</div>\n'
            "{% endfor %}\n</div>\n",
            "_data/publications.yml": "main:\n  - title: Robust Depth\n    authors: <strong>Lin Park</strong>, Bo Chen\n"
            "    conference_short: ICLR'23\n    conference: International Conference on Learning Representations <strong>(ICLR)</strong>, 2023.\n"
            "    bibtex: ./assets/text/depth.txt\n    notes: Spotlight\n"
            "  - title: Mnemonics Training\n    authors: <strong>Yaoyao Liu</strong>, Qianru Sun\n    conference: CVPR, 2020.\n",
            "assets/text/depth.txt": "@inproceedings{park2023robust,\n  title={Robust Depth Against Attacks},\n"
            "  author={Park, Lin and Chen, Bo},\n  booktitle={The Eleventh ICLR},\n  year={2023}\n}\n",
            "_includes/talks.md": '<h2 style="margin: 60px 0px 10px;">Talks</h2>\n\n<h4 style="margin:0 10px 0;">Robust Depth.</h4>\n\n'
            "- [Workshop on Driving](https://iclr.cc/w), ICLR, May 2023\n- [Youth Talk](https://example.org/y), AI TIME, May 2023\n",
            "_includes/work.md": "<h2>Experience</h2>\n\n- Security Research Intern, [Ant Group](https://www.antgroup.com/en), 2022.6 ~ 2022.8\n",
            "_includes/teaching.md": "<h2>Teaching</h2>\n\n- Teaching Assistant, [CS381 Algorithms](https://example.org/cs381), 2020 Fall\n",
        },
    )
    target, notes, _summary = imported_folder(source, capsys)
    assert notes == [
        "index.md:13: the template's example line is left out",
        "_includes/publications.md:8: the template's example paper is left out: Mnemonics Training",
    ]
    person = profile_of(target)
    assert person["email"] == "lpark@northport.edu"
    assert person["links"] == {"orcid": "https://orcid.org/0000-0002-1825-0097"}  # not the logo's `nav_link`
    assert person["experience"] == [
        {"title": "Security Research Intern", "organization": "Ant Group", "years": "2022.6 – 2022.8"}
    ]
    assert person["teaching"] == [{"course": "CS381 Algorithms", "role": "Teaching Assistant", "term": "Fall 2020"}]
    own = imported_entries(target)["park2023robust"]  # its file's, with the badge and note of its record
    assert (own["title"], own["abbr"], own["note"]) == ("Robust Depth Against Attacks", "ICLR'23", "Spotlight")
    talks = [yaml.safe_load(path.read_text().split("---")[1]) for path in (target / "content/talks").iterdir()]
    assert sorted(talks, key=lambda talk: talk["event"]) == [
        {
            "title": "Robust Depth",
            "date": "2023-05-01",
            "event": "Workshop on Driving, ICLR",
            "links": {"url": "https://iclr.cc/w"},
        },
        {
            "title": "Robust Depth",
            "date": "2023-05-01",
            "event": "Youth Talk, AI TIME",
            "links": {"url": "https://example.org/y"},
        },
    ]
    result = build(target)
    assert [warning.message for warning in result.warnings] == []
    biography = html(target / "_site/index.html").select_one("section.biography")
    assert " ".join(biography.get_text(" ", strip=True).split()) == "Biography I study secure learning."


@pytest.mark.parametrize(
    ("line", "start", "end", "rest"),
    [
        (
            "Security Research Intern, [Ant Group](https://x), 2022.6 ~ 2022.8",
            "2022.6",
            "2022.8",
            "Security Research Intern, [Ant Group](https://x)",
        ),
        ("Ross Fellowship, Purdue University, 2019", "2019", "", "Ross Fellowship, Purdue University"),
        ("[Workshop](https://w), ICLR, May 2023", "May 2023", "", "[Workshop](https://w), ICLR"),
        ("Teaching Assistant, CS381, 2020 Fall", "Fall 2020", "", "Teaching Assistant, CS381"),
        ("PhD, Northport University (2022 - present)", "2022", "present", "PhD, Northport University"),
        ("*2021.06*: A talk", "2021.06", "", "A talk"),  # at its start, as AcadHomepage's
        ("M.S., UNIST (2022.03 ~ )", "2022.03", "now", "M.S., UNIST"),  # not ended
        ("B.S., Kookmin Univ (2016.03. ~ 2022.02)", "2016.03", "2022.02", "B.S., Kookmin Univ"),
    ],
)
def test_a_line_dated_at_its_start_or_end(line, start, end, rest):
    found = _dated_line(line)
    assert (found["start"], found["end"], found["rest"]) == (start, end, rest)


def test_a_line_without_a_date_at_either_end():
    assert _dated_line("Research Intern, Northport Lab") is None
    assert _dated_line("Research Intern Program") is None  # "Intern Program" is no month
    assert _dated_line("2019") is None  # a date alone dates nothing


def test_lists_of_a_data_file_under_kinds_of_paper(tmp_path):
    """A fork's data file of lists by kind (`conference:`, `journal:`) under subheadings that name
    the kind, which is no topic; or a data file that is a list alone (`site.data.papers`)."""
    loop = '{{% for link in site.data.{} %}}\n<div class="title">{{{{ link.title }}}}</div>\n{{% endfor %}}\n'
    source = a_fork(
        tmp_path,
        {
            "index.md": "## Publications\n\n### Conference Papers\n\n"
            + loop.format("publications.conference")
            + "\n### Journal Articles\n\n"
            + loop.format("publications.journal")
            + "\n## Preprints\n\n"
            + loop.format("papers"),
            "_data/publications.yml": "conference:\n  - title: Robust Depth\n    authors: <strong>Lin Park</strong>\n"
            "    conference: ICLR, 2023.\njournal:\n  - title: Deep Depth\n    authors: <strong>Lin Park</strong>\n"
            "    journal: IEEE TPAMI, 2024.\n",
            "_data/papers.yml": "- title: Shallow Depth\n  authors: Lin Park, Bo Chen\n  conference: arXiv, 2025.\n",
        },
    )
    import_site(source, tmp_path / "new")
    found = imported_entries(tmp_path / "new")
    assert [(entry["title"], entry["type"], entry.get("keywords")) for entry in found.values()] == [
        ("Robust Depth", "inproceedings", None), ("Deep Depth", "article", None), ("Shallow Depth", "misc", None),
    ]  # fmt: skip


def test_a_cv_written_as_loose_lists(tmp_path):
    """ "* Ph.D. in Computer Science, 2022 - 2025" with the university on the paragraph under it;
    "- Research Intern @ Example Research Center, Apr. 2021 - Oct. 2021" with its hosts under it."""
    source = a_fork(
        tmp_path,
        {
            "index.md": "## About Me\n\nI study.\n\n## Education\n\n* Ph.D. in Computer Science, 2022 - 2025\n\n"
            "    Northport University & Example Research Center <br/>\n\n* B.S. in Mathematics, 2015 - 2019\n\n"
            "    Tallinn University <br/>\n\n## Research Experience\n\n"
            "- Research Intern @ Example Research Center, Apr. 2021 - Oct. 2021\n\n    Hosts: Ada Roe, Bo Chen <br/>\n",
        },
    )
    import_site(source, tmp_path / "new")
    person = profile_of(tmp_path / "new")
    assert person["education"] == [
        {
            "degree": "Ph.D. in Computer Science",
            "institution": "Northport University & Example Research Center",
            "year": "2022 – 2025",
        },
        {"degree": "B.S. in Mathematics", "institution": "Tallinn University", "year": "2015 – 2019"},
    ]
    assert person["experience"] == [
        {"title": "Research Intern", "organization": "Example Research Center", "years": "Apr. 2021 – Oct. 2021",
         "description": "Hosts: Ada Roe, Bo Chen"},
    ]  # fmt: skip


def test_files_outside_assets_are_copied_where_the_site_names_them(tmp_path):
    png = (MINIMAL_LIGHT / "assets/img/avatar.png").read_bytes()
    source = write_files(
        tmp_path / "old",
        {
            "_config.yml": "title: Lin Park\navatar: ./me.png\nfavicon: /icon.png\ncv_link: docs/cv.pdf\n",
            "_sass/minimal-light.scss": "",
            "index.md": "## Publications\n\n{% for link in site.data.publications.main %}\n{% endfor %}\n",
            "_data/publications.yml": "main:\n  - title: Robust Depth\n    authors: <strong>Lin Park</strong>\n"
            "    conference: ICLR, 2023.\n    pdf: ./papers/depth.pdf\n    image: figures/depth.png\n    code: missing/none.zip\n",
            "me.png": png, "icon.png": png, "docs/cv.pdf": "%PDF-1.4\n", "papers/depth.pdf": "%PDF-1.4\n", "figures/depth.png": png,
        },
    )  # fmt: skip
    import_site(source, tmp_path / "new")
    static = tmp_path / "new/static"
    assert sorted(path.relative_to(static).as_posix() for path in static.rglob("*") if path.is_file()) == [
        "docs/cv.pdf", "figures/depth.png", "icon.png", "me.png", "papers/depth.pdf",
    ]  # fmt: skip
    person = profile_of(tmp_path / "new")
    assert (person["photo"], person["links"]) == ("me.png", {"cv": "docs/cv.pdf"})
    assert yaml.safe_load((tmp_path / "new/content/site.yml").read_text())["icon"] == "icon.png"
    entry = imported_entries(tmp_path / "new")["park2023robust"]
    assert (entry["pdf"], entry["preview"], entry["code"]) == ("papers/depth.pdf", "figures/depth.png", "missing/none.zip")
    warnings = [warning.message for warning in build(tmp_path / "new").warnings]
    assert warnings == ["entry 'park2023robust': code file 'missing/none.zip' is not in static/ (add it there or fix the path)"]


def test_news_from_a_data_file(tmp_path, capsys):
    source = a_fork(
        tmp_path,
        {
            "index.md": "## News\n\n<ul>\n{% for item in site.data.news %}\n  <li>{{ item.date }}: {{ item.headline }}</li>\n"
            "{% endfor %}\n</ul>\n",
            "_data/news.yml": '- date: September 26th, 2021\n  headline: The project with <a href="https://example.org/x">Bo Chen</a> '
            "is confirmed.\n- date: soon\n  headline: A paper.\n- date: 2021-03-02\n  headline: Homework in Chinese.\n",
        },
    )
    target, notes, _summary = imported_folder(source, capsys)
    assert notes == ["index.md:4: news item 2 of _data/news.yml has no date or text sitegen reads: left out"]
    assert sorted(path.name for path in (target / "content/news").iterdir()) == [
        "2021-03-02-homework-in-chinese.md", "2021-09-26-the-project-with-bo-chen-is-confirmed.md",
    ]  # fmt: skip
    result = build(target)
    assert [warning.message for warning in result.warnings] == []
    assert html(target / "_site/news/index.html").find("a", href="https://example.org/x") is not None
    assert html(target / "_site/index.html").select_one("section.biography") is None  # not "News" over an empty <ul>


def test_a_data_file_of_projects(tmp_path):
    """A fork's `_data/projects.yml` (a title, description, picture and links; no authors) is
    projects; one whose records have authors (theses, reports) is publications."""
    loop = '{{% for link in site.data.{} %}}\n<div class="title">{{{{ link.title }}}}</div>\n{{% endfor %}}\n'
    source = a_fork(
        tmp_path,
        {
            "index.md": "## Projects\n\n" + loop.format("projects.main") + "\n## Theses\n\n" + loop.format("theses.main"),
            "_data/projects.yml": "main:\n  - title: Depth Toolkit\n    description: Tools for depth maps.\n"
            "    code: https://github.com/lin/depth\n    image: ./assets/img/depth.png\n",
            "_data/theses.yml": "main:\n  - title: Robust Depth\n    authors: <strong>Lin Park</strong>\n    pdf: ./assets/m-thesis.pdf\n"
            "    type: Master's Thesis\n",
            "assets/img/depth.png": (MINIMAL_LIGHT / "assets/img/avatar.png").read_bytes(),
            "assets/m-thesis.pdf": "%PDF-1.4\n",
        },
    )
    import_site(source, tmp_path / "new")
    project = (tmp_path / "new/content/projects/depth-toolkit.md").read_text()
    meta = yaml.safe_load(project.split("---")[1])
    assert (meta["image"], meta["links"]) == ("assets/img/depth.png", {"code": "https://github.com/lin/depth"})
    assert project.rstrip().endswith("Tools for depth maps.")
    [(key, thesis)] = imported_entries(tmp_path / "new").items()
    assert (key, thesis["type"], thesis["title"], thesis["pdf"]) == (
        "parkrobust",
        "mastersthesis",
        "Robust Depth",
        "assets/m-thesis.pdf",
    )
    assert [warning.message for warning in build(tmp_path / "new").warnings] == []


def test_a_data_file_listed_on_another_page(tmp_path):
    """A fork's publications page (`_pages/publications.md`, sitegen's list now) or another page
    that lists the data file: its records are entries all the same, the other page lists them."""
    loop = '{% for link in site.data.publications.main %}\n<div class="title">{{ link.title }}</div>\n{% endfor %}\n'
    source = a_fork(
        tmp_path,
        {
            "index.md": "## About Me\n\nI study depth.\n",
            "_pages/publications.md": "---\npermalink: /publications/\n---\n\nAll my papers:\n\n" + loop,
            "_pages/research.md": "---\ntitle: Research\npermalink: /research/\n---\n\nMy work:\n\n" + loop,
            "_data/publications.yml": "main:\n  - title: Robust Depth\n    authors: <strong>Lin Park</strong>\n    conference: ICLR, 2023.\n",
        },
    )
    import_site(source, tmp_path / "new")
    assert list(imported_entries(tmp_path / "new")) == ["park2023robust"]  # read once
    assert (tmp_path / "new/content/pages/research.md").read_text().endswith("My work:\n\n::: publications\n:::\n")
    assert [warning.message for warning in build(tmp_path / "new").warnings] == []
    research = html(tmp_path / "new/_site/research/index.html")
    assert [item["id"] for item in research.select("li.publication")] == ["park2023robust"]


def test_a_fork_s_pages_beside_its_index_and_its_affiliation_in_parts(tmp_path):
    """Jekyll makes a page of each Markdown file with front matter beside index.md (a fork's
    research.md, teaching.md: pages of their own text here, not the lists sitegen makes); a
    read-me is none. A fork writes its affiliation as `department` and `university`."""
    source = write_files(
        tmp_path / "old",
        {
            "_config.yml": "title: Lin Park\ndepartment: ILLC\nuniversity: University of Amsterdam\navatar: ./assets/img/me.png\n",
            "_sass/minimal-light.scss": "",
            "index.md": "---\nlayout: page\n---\n\n# About\n\nI study logic.\n",
            "research.md": "---\npermalink: /research\ntitle: Research\nlayout: page\n---\n\n# Events\n\n- **CiE 2024**, Amsterdam\n",
            "teaching.md": "---\ntitle: Teaching\n---\n\n| Fall 2023 | Logic |\n",
            "notes.md": "Notes without front matter: a file Jekyll copies as it is.\n",
            "README.md": "---\ntitle: read me\n---\nThe template's.\n",
        },
    )
    import_site(source, tmp_path / "new")
    pages = sorted(path.name for path in (tmp_path / "new/content/pages").iterdir())
    assert pages == ["research.md", "teaching.md"]
    person = profile_of(tmp_path / "new")
    assert (person["affiliation"], person["photo"]) == ("ILLC, University of Amsterdam", "assets/img/me.png")  # (not there: said)
    warnings = [warning.message for warning in build(tmp_path / "new").warnings]
    assert warnings == ["photo 'assets/img/me.png' is not in static/ (add the image there or fix the path); initials are shown"]
    assert html(tmp_path / "new/_site/research/index.html").find("strong", string="CiE 2024") is not None


def test_a_fork_s_position_and_affiliation_keep_their_html_links(tmp_path, capsys):
    config = (
        "title: Lin Park\nposition: PhD student at <a href='https://vision.example.edu'>the Vision Lab</a>\n"
        "affiliation: <b>Northport</b> University\n"
    )
    target, _notes, _summary = imported_folder(
        a_fork(tmp_path, {"_config.yml": config, "index.md": "# About\n\nI study logic.\n"}), capsys
    )
    person = profile_of(target)
    assert (person["role"], person["affiliation"]) == (
        "PhD student at [the Vision Lab](https://vision.example.edu)",
        "**Northport** University",
    )


def test_a_loop_without_its_end_keeps_the_page_after_it(tmp_path, capsys):
    source = a_fork(
        tmp_path,
        {
            "index.md": "## About Me\n\nI study depth.\n\n## Publications\n\n{% for link in site.data.publications.main %}\n"
            '<div class="title">{{ link.title }}</div>\n\n## Contact\n\nlin@example.org\n',
            "_data/publications.yml": "main:\n  - title: Robust Depth\n    authors: <strong>Lin Park</strong>\n    conference: ICLR, 2023.\n",
        },
    )
    target, notes, _summary = imported_folder(source, capsys)
    assert "index.md:7: a Liquid loop without its {% endfor %}: the lines after it are kept as written" in notes
    assert list(imported_entries(target)) == ["park2023robust"]
    assert "lin@example.org" in (target / "content/people/lin-park.md").read_text()  # not lost with the loop


def test_a_site_on_the_theme_as_a_remote_theme_has_its_layout_s_lists(tmp_path):
    """Without a layout of its own (`remote_theme: yaoyao-liu/minimal-light`), the theme's shows the
    site's `_includes/publications.html` after the page."""
    source = write_files(
        tmp_path / "old",
        {
            "_config.yml": "title: Lin Park\nremote_theme: yaoyao-liu/minimal-light\n",
            "index.md": "---\nlayout: homepage\n---\n\n## About Me\n\nI study depth.\n",
            "_includes/publications.html": '<h2 id="publications">Publications</h2>\n{% for link in site.data.publications.main %}\n'
            '<div class="title">{{ link.title }}</div>\n{% endfor %}\n',
            "_data/publications.yml": "main:\n  - title: Robust Depth\n    authors: <strong>Lin Park</strong>\n    conference: ICLR, 2023.\n",
        },
    )
    import_site(source, tmp_path / "new")
    assert list(imported_entries(tmp_path / "new")) == ["park2023robust"]


def test_the_template_s_placeholders_are_left_out(tmp_path, capsys):
    """A fork that kept the template's `github_link: https://github.com/` and "yourname (at)
    example.edu": no page and no address of the owner's, left out, noted; a homepage at a domain's
    root is one."""
    source = a_fork(tmp_path, {"index.md": "I study depth.\n"})
    (source / "_config.yml").write_text(
        "title: Lin Park\nemail: yourname (at) example.edu\ngoogle_scholar: https://scholar.google.com/\n"
        "github_link: https://github.com/\nlinkedin: https://www.linkedin.com/in/linpark/\nwebsite: https://lin.dev/\n"
    )
    target, notes, _summary = imported_folder(source, capsys)
    assert notes == [
        "_config.yml: email: yourname@example.edu is the template's placeholder: left out",
        "_config.yml: google_scholar: https://scholar.google.com/ is the template's placeholder, no page of yours: left out",
        "_config.yml: github_link: https://github.com/ is the template's placeholder, no page of yours: left out",
    ]
    person = profile_of(target)
    assert "email" not in person
    assert person["links"] == {"linkedin": "https://www.linkedin.com/in/linpark/", "homepage": "https://lin.dev/"}


def test_a_fork_with_an_academicpages_publications_folder(tmp_path):
    """A fork that added academicpages' `_publications/` (its `_own_bibtex` of a page's front matter
    and Minimal Light's of a record's `bibtex` were one name: the import failed)."""
    source = a_fork(
        tmp_path,
        {
            "index.md": "I study depth.\n",
            "_publications/2024-depth.md": "---\ntitle: Robust Depth\nvenue: ICLR\ndate: 2024-05-01\n"
            "citation: 'Park, L. (2024). Robust Depth. ICLR.'\n---\n",
        },
    )
    import_site(source, tmp_path / "new")
    assert "title = {Robust Depth}" in (tmp_path / "new/content/publications/academicpages.bib").read_text()
