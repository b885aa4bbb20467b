"""`sitegen import` of an AcadHomepage site (RayeRen/acad-homepage.github.io, the one-page Jekyll template
hundreds of researchers fork): its page's sections become the profile's CV, BibTeX, news and talks of a
site that builds without a warning."""

from __future__ import annotations

import shutil
from pathlib import Path

import bibtexparser
import pytest
import yaml
from conftest import REPO, build, html, imported_copy, write_files

from sitegen.academicpages import AcademicPages
from sitegen.acadhomepage import (
    _DATED,
    AcadHomepage,
    _advised,
    _course,
    _day,
    _degree_and_institution,
    _position,
)
from sitegen.cli import main
from sitegen.paperlist import Line, _doi_of_its_links, _item_paper, _kind_of, _legend_alone, paper_text

ACADHOMEPAGE = REPO / "tests/data/acadhomepage"  # the template's files, with a made-up owner


@pytest.fixture
def imported(tmp_path: Path, capsys) -> tuple[Path, list[str], str]:
    return imported_copy(ACADHOMEPAGE, tmp_path, capsys)


def imported_page(tmp_path: Path, about: str) -> Path:
    """The site an AcadHomepage fork of one page (`about`, after its front matter) is made into."""
    source = write_files(
        tmp_path / "old",
        {
            "_config.yml": "author:\n  name: Ana Lima\n",
            "google_scholar_crawler/main.py": "",
            "_pages/about.md": "---\npermalink: /\n---\n" + about,
        },
    )
    target = tmp_path / "new"
    assert main(["import", str(source), str(target)]) == 0
    return target


def test_its_one_page_becomes_a_profile_with_its_papers_news_and_cv(imported):
    target, notes, summary = imported
    assert "1 profile, 6 publications, 2 news items, 2 talks, 1 project" in summary
    assert [note.split("acadhomepage-", 1)[-1].split("/old/", 1)[-1] for note in notes] == [
        "_pages/about.md:27: not read as one of its news: it stays in the biography",
        "_pages/includes/pub.md:17: the template's example paper is left out",
        "_pages/includes/pub.md:49: not read as a publication: it stays in the biography",
        "_pages/about.md:65: the template's example line is left out",
        ".github/workflows/google_scholar_crawler.yaml: copied, with google_scholar_crawler/: it keeps the count the "
        "citations badge shows (the google-scholar-stats branch) current, with the repository's GOOGLE_SCHOLAR_ID secret as before",
    ]  # the template's Liquid (the citations badge's address) is no note: it is read
    assert (target / "google_scholar_crawler/main.py").is_file() and (target / ".github/workflows/pages.yml").is_file()
    assert "GOOGLE_SCHOLAR_ID" in (target / ".github/workflows/google_scholar_crawler.yaml").read_text()
    result = build(target)
    assert [warning.message for warning in result.warnings] == []
    home = html(target / "_site/index.html")  # the owner's profile is the home page, as the page was

    biography = home.select_one("section.biography")
    said = " ".join(biography.get_text(" ", strip=True).split())
    assert said.startswith("Biography I am a PhD student at Northport University")
    assert "Research Interests" in said and "Speech : recognition, synthesis" in said  # a section with no place: kept
    assert "more to come" in said and "in preparation" in said  # the lines not read, under their headings
    assert "Hidden" not in said and "Lorem" not in said  # commented out on the old page
    assert "Tone Transfer" not in said and "Diarisation" not in said and "Dean's List" not in said  # read: not twice
    assert "gsDataBaseUrl" not in str(biography) and "{{" not in str(biography)
    badge = biography.find("img", src=lambda src: "shields.io" in src)["src"]
    assert "url=https%3A%2F%2Fcdn.jsdelivr.net%2Fgh%2Flenaokafor%2Flenaokafor.github.io%40google-scholar-stats" in badge

    lines = {
        section["aria-labelledby"]: [" ".join(li.get_text(" ", strip=True).split()) for li in section.select("li")]
        for section in home.select("main section")
        if section["aria-labelledby"] in ("education", "experience", "awards", "teaching", "service")
    }
    assert lines == {
        "education": [
            "Ph.D. in Computer Science , Northport University, Northport, 2022.09 – present",
            "B.Sc. in Mathematics , Tallinn Institute of Technology, 2018.09 – 2022.06",
        ],
        "experience": [
            "Intern , Example Speech Lab, Berlin, Germany, 2024.06 – 2024.09",  # under "Internships"
            "Intern , Northport Speech Group, 2023.06 – present Advised by: Prof. Ada Roe",  # the advisor: its line under it
            "Software Engineer , Example Systems, Tallinn, 01.2021 – 08.2022",
        ],
        "awards": [  # its words in bold the title, those after them who gave it
            "Best Student Paper Award, Example Speech Workshop , 2024.10",
            "Dean's List , Northport University, 2022, 2023",
            "Travel Grant, Example Speech Society , Apr.2021",
        ],
        "teaching": ["Speech Processing , Teaching Assistant, Northport University, 2023.09 – 2023.12"],
        "service": ["Conference Reviewer: INTERSPEECH 2024, ICASSP 2025"],
    }

    news = html(target / "_site/news/index.html")
    assert [time["datetime"] for time in news.select("main time")] == ["2025-09-01", "2025-03-14"]
    assert news.find("a", string="INTERSPEECH 2025")["href"] == "https://example.org/is25"
    project = html(target / "_site/projects/tonekit-a-toolkit-for-tonal-speech/index.html")  # a box of "Projects"
    said = " ".join(project.select_one("main").get_text(" ", strip=True).split())
    assert said.startswith("Tonekit: A Toolkit for Tonal Speech Tone-aware recognition in a few lines of Python.")  # TL;DR
    assert [item.get_text() for item in project.select("main li")] == [
        "Pretrained models for twelve languages", "A command line for batch transcription"
    ]  # fmt: skip
    assert [(a.get_text(), a["href"]) for a in project.select("main a")][:3] == [
        ("Code", "https://github.com/lenaokafor/tonekit"), ("Demo", "https://example.org/tonekit-demo"), ("Docs", "https://tonekit.example.org")
    ]  # fmt: skip
    assert "More on GitHub" in " ".join(biography.get_text(" ", strip=True).split())  # the section's other words
    talks = html(target / "_site/talks/index.html")
    assert "Listening to tones" in talks.get_text() and "Invited talk · Example University" in talks.get_text()
    assert talks.find("a", href="https://www.youtube.com/watch?v=abc123") is not None


def test_its_papers_are_entries_with_their_badges_links_pictures_and_marks(imported):
    target, _notes, _summary = imported
    library = bibtexparser.parse_string((target / "content/publications/publications.bib").read_text())
    entries = {entry.key: {name: field.value for name, field in entry.fields_dict.items()} for entry in library.entries}
    assert list(entries) == [
        "okafor2025toneaware",
        "okafor2024corpus",
        "okafor2025fewshot",
        "berg2024dialect",
        "hall2023speaker",
        "berg2025learning",
    ]  # fmt: skip  (the template's example paper left out)
    tones = entries["okafor2025toneaware"]
    assert tones["booktitle"] == "INTERSPEECH" and tones["year"] == "2025"  # the badge
    assert tones["author"] == "Lena Okafor and Jonas Berg and Ada Roe"  # a linked name is a name
    assert (tones["equal_contribution"], tones["corresponding"]) == ("Lena Okafor and Jonas Berg", "Ada Roe")  # the legend
    assert tones["website"] == "https://example.org/tones" and tones["code"] == "https://github.com/lenaokafor/tones"
    assert tones["pdf"] == "https://www.example.org/papers/tones.pdf"  # the title's link
    assert tones["preview"] == "images/tones.png" and tones["selected"] == "true"  # a paper box: featured
    assert tones["google_scholar_id"] == "OKAFORAAAAJ:u5HHmVD_uO8C"
    assert tones["abstract"].startswith("The first tone-aware recogniser")
    corpus = entries["okafor2024corpus"]  # bold title, underlined owner, the venue and links on one line
    assert (corpus["booktitle"], corpus["note"], corpus["preview"]) == ("ICASSP", "Oral", "images/corpus.png")
    assert (
        corpus["code"] == "https://github.com/lenaokafor/corpus"
        and corpus["author"] == "Lena Okafor and Mark D. Hall and Jonas Berg"
    )
    assert entries["okafor2025fewshot"]["keywords"] == "Speech Recognition"  # the topic it was listed under
    assert entries["okafor2025fewshot"]["code"] == "https://github.com/lenaokafor/transfer"
    assert "selected" not in entries["okafor2025fewshot"]
    assert (entries["berg2024dialect"]["journal"], entries["berg2024dialect"]["year"]) == ("TASLP", "2024")
    diarisation = entries["hall2023speaker"]  # an item of three lines, under "Others" / "2023": no topic
    assert (diarisation["journal"], diarisation["year"], "keywords" in diarisation) == (
        "Computer Speech and Language",
        "2023",
        False,
    )
    sandhi = entries["berg2025learning"]
    assert sandhi["howpublished"] == "arXiv preprint arXiv:2502.04321"
    assert sandhi["preview"] == "files/sandhi.png"  # "../../files/sandhi.png" from the page's folder

    build(target)
    page = html(target / "_site/index.html")
    listed = page.find("li", id="okafor2025toneaware")
    assert " ".join(listed.select_one(".citation").get_text().split()) == (
        "Lena Okafor*, Jonas Berg*, and Ada Roe†. Tone-Aware Speech Recognition for Low-Resource Languages. In INTERSPEECH, 2025."
    )
    assert [a.get_text() for a in listed.select(".pub-link")] == ["PDF", "Code", "Website", "Google Scholar"]


def test_a_chinese_copy_of_the_page_is_its_translation_read_as_the_page_is(tmp_path, capsys):
    """A fork's `about_zh.md`, the about page copied with its front matter (`redirect_from: /about/`,
    which the profile answers at) and its includes: the profile's Chinese translation, its
    template's Liquid and includes read as the about page's are."""
    source = tmp_path / "old"
    shutil.copytree(ACADHOMEPAGE, source)
    about = (source / "_pages/about.md").read_text()
    (source / "_pages/about_zh.md").write_text(
        about.replace("permalink: /", "permalink: /zh/").replace("I am a PhD", "我是博士生. I am a PhD")
    )
    target = tmp_path / "new"
    assert main(["import", str(source), str(target)]) == 0
    notes = capsys.readouterr().err
    assert "Liquid that sitegen does not run" not in notes  # the template's, and its includes, read
    assert not (target / "content/pages/zh.md").exists()
    translation = (target / "content/people/lena-okafor.zh.md").read_text()
    assert "我是博士生" in translation and "Tone-Aware Speech Recognition" in translation and "{%" not in translation
    assert [warning.message for warning in build(target).warnings] == []  # (once: an error, two pages at /about/)


def test_a_publications_page_listing_the_page_s_papers_again_in_full_adds_only_the_others(tmp_path, capsys):
    """A fork's `_pages/publications.md` lists every paper, the page's selection among them: a paper
    listed twice is one entry (it was two, each shown in every list), a paper of the full list
    alone is an entry too."""
    source = tmp_path / "old"
    shutil.copytree(ACADHOMEPAGE, source)
    (source / "_pages/publications.md").write_text(
        "---\npermalink: /publications/\ntitle: Publications\n---\n\n"
        "- ``ACL 2025`` [Few-Shot Tone Transfer](https://aclanthology.org/2025.acl-long.1.pdf), **Lena Okafor**, "
        "Mark D. Hall.\n"
        "- [Tone in Code-Switched Speech](https://example.org/new.pdf), **Lena Okafor**, Jonas Berg, **ICASSP 2026**\n"
    )
    target = tmp_path / "new"
    assert main(["import", str(source), str(target)]) == 0
    notes = capsys.readouterr().err
    assert "publications.md:6: 'Few-Shot Tone Transfer' is listed again: one entry is made of it" in notes
    assert "publications.md: the paper it lists by hand is an entry of content/publications/publications.bib" in notes
    entries = (target / "content/publications/publications.bib").read_text()
    assert entries.count("title = {Few-Shot Tone Transfer}") == 1 and "title = {Tone in Code-Switched Speech}" in entries
    assert [warning.message for warning in build(target).warnings] == []


def test_an_old_address_answers_once(tmp_path):
    """`/about` and `/about/` are one address, claimed by the first page that had it."""
    migration = AcadHomepage(ACADHOMEPAGE, tmp_path / "new")
    first = migration.unclaimed_old_pages({"redirect_from": ["/about/", "/about.html"]}, "/", Path("a.md"))
    second = migration.unclaimed_old_pages({"redirect_from": ["/about", "/zh-old/"]}, "/zh/", Path("b.md"))
    assert (first, second) == (["/about/", "/about.html"], ["/zh-old/"])
    assert migration.done.notes == ["b.md: its old address /about is another page's already; it leads there"]


def test_it_is_told_from_academicpages(tmp_path):
    assert AcadHomepage.recognises(ACADHOMEPAGE)
    assert not AcadHomepage.recognises(REPO / "tests/data/academicpages") and AcademicPages.recognises(
        REPO / "tests/data/academicpages"
    )
    fork = write_files(  # a fork without the crawler: its paper boxes say what it is
        tmp_path / "fork",
        {"_config.yml": "author:\n  name: Ana\n  avatar: a.png\n", "_pages/about.md": "<div class='paper-box'></div>\n"},
    )
    assert AcadHomepage.recognises(fork)
    (fork / "_pages/about.md").write_text("Hello\n")
    assert not AcadHomepage.recognises(fork)


def test_sections_may_be_included_files_headed_one_level_down(tmp_path):
    """A fork that splits its page into `_includes/` files headed "## 🔥 News" (with kramdown's
    attributes under them) is read as the template's page."""
    source = write_files(
        tmp_path / "old",
        {
            "_config.yml": "author:\n  name: Ana Lima\n  avatar: a.png\n  googlescholar: https://scholar.google.com/citations?user=ANA\n",
            "google_scholar_crawler/main.py": "",
            "_pages/about.md": "---\npermalink: /\n---\n{% include home/intro.md %}\n\n{% include home/news.md %}\n",
            "_includes/home/intro.md": "I study rivers.\n\n## 📝 Selected Publications\n{: #publications }\n\n"
            "\\* Equal contribution. See [Google Scholar]({{ site.author.googlescholar }}) for all.\n\n"
            "- ``ICLR 2026`` [River Flows](https://example.org/flows.pdf), **Ana Lima\\***, Bo Chen\\*\n",
            "_includes/home/news.md": "## 🔥 News\n{: #news }\n\n- *2026.01*: A paper accepted.\n",
        },
    )
    target = tmp_path / "new"
    assert main(["import", str(source), str(target)]) == 0
    profile = (target / "content/people/ana-lima.md").read_text()
    assert "I study rivers." in profile and "{:" not in profile
    assert "See [Google Scholar](https://scholar.google.com/citations?user=ANA) for all." in profile  # more than the legend: kept
    bib = (target / "content/publications/publications.bib").read_text()
    assert "booktitle = {ICLR}" in bib and "equal_contribution = {Ana Lima and Bo Chen}" in bib
    assert [path.name for path in (target / "content/news").iterdir()] == ["2026-01-01-a-paper-accepted.md"]
    assert not (target / "content/pages").exists()  # the included files are no pages


def test_a_loose_list_s_paragraphs_go_with_their_item(tmp_path):
    target = imported_page(
        tmp_path,
        "I study rivers.\n\n# 📑 Professional Activities\n\n"
        "- Conference Reviewer\n\n  CVPR 2024, ECCV 2024\n\n- \n- Journal Reviewer\n\n  IJCV\n\n# 💻 Internships\n\n"
        "- *2021.06 - 2021.11*, [Ant Group](https://example.org/ant), research intern. Hangzhou, China.\n\n"
        "  Dialogue systems that learn.\n\n- \n- Soon: more.\n\nMore to come.\n",  # an empty bullet is none
    )
    profile = yaml.safe_load((target / "content/people/ana-lima.md").read_text().split("---")[1])
    assert profile["service"] == ["Conference Reviewer: CVPR 2024, ECCV 2024", "Journal Reviewer: IJCV"]
    assert profile["experience"] == [
        {"title": "research intern", "organization": "Ant Group", "location": "Hangzhou, China", "years": "2021.06 – 2021.11",
         "description": "Dialogue systems that learn."}
    ]  # fmt: skip
    kept = "# 💻 Internships\n\n- Soon: more.\n\nMore to come."  # not an item's paragraph; the page's order kept
    assert kept in (target / "content/people/ana-lima.md").read_text()


def test_a_project_box_with_a_bold_title_and_html_links(tmp_path):
    """A fork's project box: a bold title without a link (a crash: its link was looked up), its
    role in italics, HTML buttons with icons; the awards and experience it writes as styled HTML
    cards stay in the biography as they were."""
    target = imported_page(
        tmp_path,
        "I study rivers.\n\n# 🚀 Selected Projects\n\n"
        "<div class='paper-box'>\n<div class='paper-box-text' markdown=\"1\">\n<span class=\"badge\">Sep-Dec 2025</span>\n\n"
        "**ZeroBin — Waste Management**\n\n*Team Lead*\n\n"
        '<a href="https://zerobin.example.org" class="btn-link"><i class="fas fa-globe"></i> Live Demo</a> '
        '<a href="https://github.com/ana/zerobin" class="btn-link"><i class="fab fa-github"></i> GitHub</a>\n\n'
        '- Led a team of four\n\n</div>\n</div>\n\n# 💼 Experience\n\n<div class="experience-item">\n'
        '  <div class="experience-title">Research Assistant</div>\n  <ul>\n    <li>Built a dataset</li>\n  </ul>\n</div>\n\n'
        '# 🎖 Awards\n\n<div class="award-item">\n'
        '  <span class="award-year">2025</span>\n  <span class="award-title"><strong>Champion</strong></span>\n</div>\n',
    )
    project = (target / "content/projects/zerobin-waste-management.md").read_text()
    assert "demo: https://zerobin.example.org" in project and "code: https://github.com/ana/zerobin" in project
    assert "- Led a team of four" in project and "keywords:\n- Sep-Dec 2025" in project
    profile = (target / "content/people/ana-lima.md").read_text()
    assert '<div class="award-item">' in profile and "</span>\n</div>" in profile  # a card of its own, whole
    assert '<div class="experience-item">' in profile and "  <ul>\n    <li>Built a dataset</li>\n  </ul>\n</div>" in profile
    assert [warning.message for warning in build(target).warnings] == []


def test_news_in_a_scrolling_box_of_html(tmp_path):
    """A fork's news as an HTML list in a box of its own height: its items are news items, and the
    box, empty then, is not kept."""
    target = imported_page(
        tmp_path,
        "I study rivers.\n\n# 🔥 News\n"
        '<div style="height: 200px; overflow-y: auto;">\n<ul style="margin:0">\n'
        "  <li><em>2026.04</em>: &nbsp;🎉 A paper at <a href='https://example.org/icml'>ICML 2026</a>.</li>\n"
        "  <li><strong>2025.10</strong>: A talk\n  at Example University.</li>\n"
        '  <li class="news-item"><span class="news-date">2024.01</span> <span class="news-text">A prize</span></li>\n'
        "</ul>\n</div>\n",
    )
    news = {path.name: path.read_text() for path in (target / "content/news").iterdir()}
    assert sorted(news) == [
        "2024-01-01-a-prize.md", "2025-10-01-a-talk-at-example-university.md", "2026-04-01-a-paper-at-icml-2026.md"
    ]  # fmt: skip
    assert "🎉 A paper at [ICML 2026](https://example.org/icml)." in news["2026-04-01-a-paper-at-icml-2026.md"]
    profile = (target / "content/people/ana-lima.md").read_text()
    assert "overflow-y" not in profile and "<ul" not in profile and "News" not in profile


@pytest.mark.parametrize(
    ("item", "fields"),
    [
        (
            "- ``CVPR 2024`` [Segment Anything Twice](https://example.org/sat.pdf), Ann Lee, **Bo Chen**, Mark D. Plumbley.",
            {"abbr": "CVPR 2024", "title": "Segment Anything Twice", "authors": ["Ann Lee", "Bo Chen", "Mark D. Plumbley"]},
        ),
        (
            "- [Lorem Ipsum Dolor](https://github.com), A. Smith, B. Jones, **CVPR 2020**",
            {"abbr": "CVPR 2020", "authors": ["A. Smith", "B. Jones"]},
        ),
        (
            "- `NeurIPS 2023` [Flow Models](https://example.org/f), Ann Lee. NeurIPS Datasets Track. [[code]](https://github.com/a/b)",
            {"venue": "NeurIPS Datasets Track", "links": [{"label": "code", "url": "https://github.com/a/b"}]},
        ),
        ("- Preprint: a manuscript in preparation.", None),
    ],
)
def test_a_listed_paper(item, fields):
    record = _item_paper(Line(Path("about.md"), 1, item))
    assert (record is None) if fields is None else fields.items() <= record.items()


def test_a_paper_box_text_reads_title_names_venue_links_and_description():
    record = paper_text(
        "\n[Title of It](https://example.org/it.pdf) \\\\\n<b>Ann Lee\\*</b>, [Bo Chen\\*†](https://bo.example.org)\n\n"
        "[IEEE Conference on Things](https://example.org/conf), 2024\n\n"
        '<a href="https://arxiv.org/pdf/2401.1"><i class="icon"></i> PDF</a> \\| [![Code](https://img.shields.io/github/stars/a/b)](https://github.com/a/b)\n'
        "<span class='show_paper_citations' data='ANN:xyz'></span>\n- What it found.\n"
    )
    assert record == {
        "title": "Title of It",
        "url": "https://example.org/it.pdf",
        "scholar": "ANN:xyz",
        "authors": ["Ann Lee*", "Bo Chen*†"],
        "emphasised": ["Ann Lee"],  # the owner, as the paper writes her name
        "venue": "IEEE Conference on Things, 2024",
        "links": [{"label": "PDF", "url": "https://arxiv.org/pdf/2401.1"}, {"label": "Code", "url": "https://github.com/a/b"}],
        "abstract": "What it found.",
        "text": ["- What it found."],  # as written (a project's text)
    }


def test_a_paragraph_after_the_links_is_the_description_not_the_venue():
    record = paper_text("**A Title**\nAnn Lee, **Bo Chen**\n\n[**Project**](https://example.org/p)\n\nWe propose a method.\n")
    assert "venue" not in record and record["abstract"] == "We propose a method."
    record = paper_text("**A Title**\n\nAnn Lee, **Bo Chen**\n\n<b>TL;DR:</b> It works.\n\nIEEE Conference on X (CVPR), 2021\n")
    assert record["venue"] == "IEEE Conference on X (CVPR), 2021" and record["abstract"] == "<b>TL;DR:</b> It works."


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2022.02", "2022-02-01"),
        ("2022.02.15", "2022-02-15"),
        ("08.2025", "2025-08-01"),
        ("Feb 2022", "2022-02-01"),
        ("2021", "2021-01-01"),
    ],
)
def test_a_date_as_forks_write_it(written, day):
    assert _day(written).isoformat() == day


@pytest.mark.parametrize(
    ("line", "start", "end", "rest"),
    [
        ("*2022.02*: &nbsp;🎉🎉 A paper", "2022.02", None, "🎉🎉 A paper"),
        ("*Apr.2020*  &emsp; A contest", "Apr.2020", None, "A contest"),
        ("*2025.09 - (now)*, M.Phil., HKUST", "2025.09", "(now)", "M.Phil., HKUST"),
        ("08.2016 - 07.2020, B.E. in IoT", "08.2016", "07.2020", "B.E. in IoT"),
        ("*2021, 2022* **Champion**", "2021, 2022", None, "**Champion**"),
        ("*2019.07-2020.01* Visiting Scholar", "2019.07", "2020.01", "Visiting Scholar"),  # no day "-20"
    ],
)
def test_a_dated_line(line, start, end, rest):
    found = _DATED.match(line)
    assert (found.group("start"), found.group("end"), found.group("rest")) == (start, end, rest)


def test_an_expected_end_is_said():
    found = _DATED.match("*2020.09 - 2025.06 (Expected)*, PhD, Zhejiang University")
    assert (found.group("end"), found.group("expected"), found.group("rest")) == (
        "2025.06",
        "Expected",
        "PhD, Zhejiang University",
    )


def test_who_advised_is_apart():
    assert _advised("Ph.D. in Planning, Tsinghua University, Beijing. Advisor: Prof. Ying Long.") == (
        "Ph.D. in Planning, Tsinghua University, Beijing", "Advisor: Prof. Ying Long"
    )  # fmt: skip
    assert _advised("Example Labs, Seattle") == ("Example Labs, Seattle", "")
    assert _advised("Visiting Scholar at UMass Amherst, working with Prof. Ada Roe") == (
        "Visiting Scholar at UMass Amherst", "working with Prof. Ada Roe"
    )  # fmt: skip


def test_no_date_is_none():
    assert _day("2022.13") is None and _day("soon") is None


@pytest.mark.parametrize(
    ("words", "degree", "institution"),
    [
        ("Master of Science (AI, Vision), Nanyang Technological University, Singapore", "Master of Science (AI, Vision)", "Nanyang Technological University, Singapore"),
        ("Tsinghua University, B.E. in Automation", "B.E. in Automation", "Tsinghua University"),
        ("Lorem ipsum dolor sit amet, consectetur adipiscing elit", "Lorem ipsum dolor sit amet, consectetur adipiscing elit", ""),
        ("M.Eng. in Computer Science, SJTU", "M.Eng. in Computer Science", "SJTU"),  # a degree, then where
    ],
)  # fmt: skip
def test_a_degree_line_parts_into_degree_and_institution(words, degree, institution):
    assert _degree_and_institution(words) == (degree, institution)


def test_a_position_line_parts_at_its_role():
    assert _position("Example Labs, Research Intern, Seattle", "") == {
        "title": "Research Intern", "organization": "Example Labs", "location": "Seattle"
    }  # fmt: skip
    assert _position("Visiting Scholar at UMass Amherst", "Intern") == {
        "title": "Visiting Scholar",
        "organization": "UMass Amherst",
    }
    assert _position("at Megvii, China.", "Intern") == {
        "title": "Intern", "organization": "Megvii", "location": "China"
    }  # fmt: skip


def test_a_course_line():
    assert _course("Teaching Assistant in the course *Signals*, at Northport University") == {
        "course": "Signals", "role": "Teaching Assistant", "institution": "Northport University"
    }  # fmt: skip


def test_what_a_venue_is():
    assert [_kind_of(venue) for venue in ("CVPR 2024", "IEEE International Conference on X", "IEEE TIP", "arXiv", "Medical Image Analysis")] == [
        "conference", "conference", "journal", "preprint", ""
    ]  # fmt: skip
    assert _kind_of("IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), 2025") == "conference"
    assert [_kind_of(venue) for venue in ("Pattern Recognition Letters", "Pattern Recognition, 2023")] == ["journal", "journal"]


def test_a_legend_alone():
    assert _legend_alone("\\* Equal contribution, † Corresponding author")
    assert _legend_alone("<sup>*</sup> denotes equal contribution")
    assert not _legend_alone("\\* Equal contribution. See Google Scholar for the full list.")


def test_the_owner_s_name_in_bold_is_an_alias_and_an_about_heading_is_the_biography_s(tmp_path):
    """The papers write the owner's name as they were published ("**Ana M. Lima**"): the profile
    finds them by it; "# About Me" over the page's first text is the profile's own Biography."""
    target = imported_page(
        tmp_path,
        "# 👋 About Me\n\nI study tones.\n\n# 📝 Publications\n\n"
        "- [Tone Maps](https://example.org/t), **Ana M. Lima**, Bo Chen. *Interspeech 2024*\n"
        "- [Tone Trees](https://example.org/u), Bo Chen, **Ana Lima\\***. *Interspeech 2023*\n",
    )
    person = yaml.safe_load((target / "content/people/ana-lima.md").read_text().split("---")[1])
    assert person["aliases"] == ["Ana M. Lima"]  # "Ana Lima*" is the profile's name
    result = build(target)
    assert not [warning for warning in result.warnings if "no person of the site" in warning.message]
    biography = html(target / "_site/index.html").select_one("section.biography")
    assert " ".join(biography.get_text(" ", strip=True).split()) == "Biography I study tones."


def test_talks_under_their_title_or_under_a_year(tmp_path):
    """A subheading that is a talk's title ("### Robust Depth") gives the talks listed under it their
    title; one of a year or a kind of talk ("### 2023", "### Invited Talks") groups them and does not."""
    target = imported_page(
        tmp_path,
        "I study tones.\n\n# 💬 Talks\n\n### Robust Depth\n\n- [Workshop on Driving](https://iclr.cc/w), ICLR, May 2023\n\n"
        "### 2022\n\n- *Tone Maps*, Example University, June 2022\n\n### Invited Talks\n\n- Listening to Tones, Northport, 2021.03\n",
    )
    talks = {yaml.safe_load(path.read_text().split("---")[1])["title"] for path in (target / "content/talks").iterdir()}
    assert talks == {"Robust Depth", "Tone Maps", "Listening to Tones, Northport"}


def test_links_in_brackets_and_badge_pictures_under_a_paper():
    """ "[[PDF](...)]  [[Code](...)]" is a line of links; a line of shields.io's stars and forks
    pictures, which no entry keeps, is no description."""
    record = paper_text(
        "**Robust Depth**\n<br>\n**Lin Park**, Bo Chen*\n<br>\nIEEE Robotics and Automation Letters (RA-L), 2022.\n<br>\n"
        "[[PDF](https://example.org/d.pdf)]  [[Code](https://github.com/lin/depth)]  \n"
        "![Github stars](https://img.shields.io/github/stars/lin/depth.svg)  ![Github forks](https://img.shields.io/github/forks/lin/depth.svg)\n"
    )
    assert record["links"] == [
        {"label": "PDF", "url": "https://example.org/d.pdf"},
        {"label": "Code", "url": "https://github.com/lin/depth"},
    ]
    assert "abstract" not in record and record["venue"] == "IEEE Robotics and Automation Letters (RA-L), 2022"


def test_a_projects_list_of_names_and_links(tmp_path):
    target = imported_page(
        tmp_path,
        "I study tones.\n\n# Open-Source Projects\n\n- Occupancy Grid Mapping [[Code](https://github.com/ana/ogm)]\n"
        "- [Tonekit](https://tonekit.example.org): a toolkit for tonal speech\n- More to come\n",
    )
    projects = {path.name: path.read_text() for path in (target / "content/projects").iterdir()}
    assert sorted(projects) == ["occupancy-grid-mapping.md", "tonekit.md"]
    assert "code: https://github.com/ana/ogm" in projects["occupancy-grid-mapping.md"]
    assert (
        "website: https://tonekit.example.org" in projects["tonekit.md"]
        and "a toolkit for tonal speech" in projects["tonekit.md"]
    )
    assert [warning.message for warning in build(target).warnings] == []
    biography = html(target / "_site/index.html").select_one("section.biography").get_text(" ", strip=True)
    assert "More to come" in biography and "Tonekit" not in biography


def test_a_list_under_a_degree_and_a_legend_that_says_the(tmp_path):
    target = imported_page(
        tmp_path,
        "I study tones.\n\n# 📝 Publications\n\n<p>(* denotes the equal contribution)</p>\n\n"
        "- [Tone Maps](https://example.org/t), Bo Chen*, **Ana Lima\\***. *Interspeech 2024*\n\n"
        "# 📖 Educations\n- *2023.03 - 2024.08*, **M.S.** in Phonetics. Northport University.\n"
        "    - [Thesis](https://example.org/thesis.pdf): Tones in Context\n",
    )
    person = yaml.safe_load((target / "content/people/ana-lima.md").read_text().split("---")[1])
    assert person["education"] == [
        {"degree": "M.S. in Phonetics", "institution": "Northport University", "year": "2023.03 – 2024.08",
         "description": "Thesis: Tones in Context"},
    ]  # fmt: skip
    entry = (target / "content/publications/publications.bib").read_text()
    assert "equal_contribution = {Bo Chen and Ana Lima}" in entry and "Chen*" not in entry


def test_research_interests_listed_are_the_profile_s(tmp_path):
    long = "I also like " + " ".join(["long"] * 30) + " sentences."
    target = imported_page(
        tmp_path,
        "I study tones.\n\n## Research Interests\n\nMy goal is to make speech technology work for every language.\n"
        "- **Multimodal:** Vision-Language, Audio-Visual\n- Localization and Mapping, Probabilistic Deep Learning, Robotics.\n"
        f"- {long}\n",
    )
    person = yaml.safe_load((target / "content/people/ana-lima.md").read_text().split("---")[1])
    assert person["interests"] == [
        "Multimodal: Vision-Language, Audio-Visual", "Localization and Mapping", "Probabilistic Deep Learning", "Robotics",
    ]  # fmt: skip
    build(target)
    home = html(target / "_site/index.html")
    said = " ".join(home.select_one("section.biography").get_text(" ", strip=True).split())
    assert "My goal is to make speech technology" in said and "long sentences" in said and "Multimodal" not in said
    assert [li.get_text() for li in home.select("section.interests li")][-1] == "Robotics"


def test_a_doi_from_the_address_of_its_publisher_s_page():
    record = {"title": "T", "url": "https://www.worldscientific.com/doi/abs/10.1142/S2301385023410030"}
    _doi_of_its_links(record)
    assert record == {"title": "T", "doi": "10.1142/S2301385023410030"}  # doi.org leads to that page
    record = {"title": "T", "links": [{"label": "PDF", "url": "https://dl.acm.org/doi/pdf/10.1145/3635306"}]}
    _doi_of_its_links(record)
    assert record["doi"] == "10.1145/3635306" and len(record["links"]) == 1  # the PDF is a link of its own
    record = {"title": "T", "url": "https://ieeexplore.ieee.org/document/9785497", "doi": "10.1109/LRA.2022.3178797"}
    _doi_of_its_links(record)
    assert record == {"title": "T", "url": "https://ieeexplore.ieee.org/document/9785497", "doi": "10.1109/LRA.2022.3178797"}


ABOUT_ZH = """\
---
permalink: /zh/about/
author_profile: true
lang: "zh"
redirect_from:
  - /about/
  - /cn/
---

<span class='anchor' id='about-me'></span>

我是北港大学的博士生，导师是 [Ada Roe](https://example.org/roe) 教授。
"""


def test_a_fork_s_chinese_about_page_is_the_profile_s_translation(tmp_path, capsys):
    """A fork's `about_zh.md` (the template's way to a second language: `lang: zh`, `permalink:
    /zh/about/`) is the owner's profile in Chinese, at /zh/, and the site has the language; it was
    a page named "about" of its own."""
    fork = tmp_path / "fork"
    shutil.copytree(ACADHOMEPAGE, fork)
    (fork / "_pages/about_zh.md").write_text(ABOUT_ZH)
    target, notes, summary = imported_copy(fork, tmp_path / "imported", capsys)
    assert "1 translation" in summary
    assert "_pages/about_zh.md: the zh translation of about.md (content/people/lena-okafor.zh.md)" in notes
    site = yaml.safe_load((target / "content/site.yml").read_text())
    assert (site["language"], site["languages"], site["redirects"]["/zh/about/"]) == ("en", ["zh"], "/zh/")
    assert site["redirects"]["/cn/"] == "/zh/"  # its own `redirect_from`, but for the page's that it copied:
    assert "/about/" not in site["redirects"]  # the profile answers there
    assert not (target / "content/pages").exists() or not list((target / "content/pages").glob("about*"))
    assert build(target).warnings == []
    home = html(target / "_site/zh/index.html")
    assert home.html["lang"] == "zh" and "我是北港大学的博士生" in home.select_one("section.biography").get_text()
    assert home.select_one("section.biography a")["href"] == "https://example.org/roe"
    assert "Lena Okafor" in html(target / "_site/index.html").h1.get_text()  # the profile itself as it was


def test_talks_with_a_dash_before_the_event_and_a_link_after_the_date(tmp_path):
    """ "- *Title* - Event, May 2021. [Poster](...)": the dash is no part of the event, and a link
    after the date does not hide it."""
    target = imported_page(
        tmp_path,
        "I study genes.\n\n# Talks\n\n- *Gene networks* - IGC section meeting, Dec 2021.\n"
        "- *Higher-order interactions* - CSHL Genomes conference, May 2021. [Poster](https://x.org/poster.pdf)\n",
    )
    talks = [yaml.safe_load(path.read_text().split("---")[1]) for path in sorted((target / "content/talks").iterdir())]
    assert talks == [
        {"title": "Higher-order interactions", "date": "2021-05-01", "event": "CSHL Genomes conference",
         "links": {"poster": "https://x.org/poster.pdf"}},
        {"title": "Gene networks", "date": "2021-12-01", "event": "IGC section meeting"},
    ]  # fmt: skip
