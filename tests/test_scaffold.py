"""`sitegen new`: a new profile, page, news item, talk or project that builds as it is, where sitegen finds it."""

from __future__ import annotations

from datetime import date

from conftest import build, html

from sitegen.cli import main
from sitegen.scaffold import create


def test_new_files_build_without_a_warning_and_show_where_expected(make_site, capsys):
    site = make_site({"content/pages/cv.md": "---\ntitle: CV\nmenu: 4\n---\nCV.\n"})
    kinds = [("person", "Émile Zola"), ("page", 'Plans: "2024" & beyond #1'), ("news", "Paper accepted"), ("talk", "Engines")]
    kinds += [("project", "Thinking engines")]
    for kind, title in kinds:
        assert main(["new", kind, title, "--source", str(site)]) == 0
    printed = capsys.readouterr().out
    assert "content/people/emile-zola.md" in printed and "content/pages/plans-2024-beyond-1.md" in printed
    result = build(site)
    assert result.warnings == []
    assert html(site / "_site/people/emile-zola/index.html").h1.get_text() == "Émile Zola"
    page = html(site / "_site/plans-2024-beyond-1/index.html")
    assert page.h1.get_text() == 'Plans: "2024" & beyond #1'  # the title as given, whatever YAML makes of such text
    assert [a.get_text() for a in page.select("nav a")][-2:] == ["CV", 'Plans: "2024" & beyond #1']  # last in the menu
    assert html(site / "_site/index.html").select_one("section.talks .talk-title a").get_text() == "Engines"  # the owner's
    assert html(site / "_site/index.html").select_one("section.projects .project-title a").get_text() == "Thinking engines"
    [news] = (site / "content/news").iterdir()
    assert news.name == f"{date.today().isoformat()}-paper-accepted.md"


def test_a_new_draft_is_left_out_until_its_line_is_removed(make_site):
    site = make_site({})
    path = create(site / "content", "news", "Coming soon", draft=True, today=date(2030, 1, 2))
    assert path.name == "2030-01-02-coming-soon.md"
    assert build(site).drafts_left_out == 1
    path.write_text("".join(line for line in path.read_text().splitlines(keepends=True) if not line.startswith("draft:")))
    assert build(site).drafts_left_out == 0 and (site / "_site/news/2030-01-02-coming-soon/index.html").is_file()


def test_an_existing_file_is_never_replaced(make_site, capsys):
    site = make_site({})
    before = (site / "content/people/ada.md").read_text()
    assert main(["new", "person", "Ada", "--source", str(site)]) == 1
    assert "exists already" in capsys.readouterr().err
    assert (site / "content/people/ada.md").read_text() == before
    assert main(["new", "page", "  ", "--source", str(site)]) == 1  # no title: said, not a file named "x..."
    assert not (site / "content/pages").exists()
