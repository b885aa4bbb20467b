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


TWO_LANGUAGES = {
    "content/site.yml": "title: Ada\nowner: ada\nlanguage: en\nlanguages: [de]\n",
    "content/pages/teaching.md": "---\ntitle: Teaching\nmenu: 1\n---\nSee *the notes*.\n",
    "content/talks/2025-01-02-engines.md": "---\ntitle: On engines\ndate: 2025-01-02\nevent: RSL\n---\nAn abstract.\n",
}


def test_a_translation_file_holds_its_originals_words_to_translate_and_changes_nothing_until_they_are(make_site, capsys):
    site = make_site(TWO_LANGUAGES)
    build(site)
    before = {
        path: (site / "_site/de" / path).read_bytes() for path in ("teaching/index.html", "talks/2025-01-02-engines/index.html")
    }
    for original in ("pages/teaching.md", "talks/2025-01-02-engines.md", "people/ada.md"):
        assert main(["translate", str(site / "content" / original), "de", "--source", str(site)]) == 0
    assert "content/pages/teaching.de.md" in capsys.readouterr().out
    written = (site / "content/pages/teaching.de.md").read_text(encoding="utf-8")
    assert written.startswith("---\n# The German (de) translation of teaching.md.")
    assert '# title: "Teaching"\n' in written and "#   See *the notes*.\n" in written and "# menu:" not in written
    talk = (site / "content/talks/2025-01-02-engines.de.md").read_text(encoding="utf-8")
    assert '# title: "On engines"\n# event: "RSL"\n' in talk
    assert build(site).warnings == []
    assert {path: (site / "_site/de" / path).read_bytes() for path in before} == before  # nothing translated yet
    page = site / "content/pages/teaching.de.md"
    page.write_text(written.replace('# title: "Teaching"', "title: Lehre") + "Siehe *die Notizen*.\n", encoding="utf-8")
    build(site)
    german = html(site / "_site/de/teaching/index.html")
    assert german.h1.get_text() == "Lehre" and german.h1.get("lang") is None and "Siehe" in german.main.get_text()
    assert [a.get_text() for a in german.select("#site-menu a")][-1] == "Lehre"  # its menu place is the original's


def test_translate_says_what_it_cannot_do(make_site, capsys):
    site = make_site(
        {**TWO_LANGUAGES, "content/pages/teaching.de.md": "---\ntitle: Lehre\n---\n", "content/pages/kolloquium.de.md": "K.\n"}
    )
    content = site / "content"
    cases = [
        (content / "pages/teaching.md", "fr", "the site has no language 'fr' (its further languages: de); add it to site.yml"),
        (content / "pages/teaching.md", "en", "en is the site's own language"),
        (content / "pages/teaching.md", "de", "teaching.de.md exists already; edit it"),
        (content / "pages/teaching.de.md", "de", "this is a translation already; translate its original, teaching.md"),
        (content / "pages/kolloquium.de.md", "de", "this is a page of the de site alone"),
        (content / "site.yml", "de", "a translation is of a Markdown file of content/"),
        (content / "pages/nothing.md", "de", "no such file"),
    ]
    for original, code, message in cases:
        assert main(["translate", str(original), code, "--source", str(site)]) == 1
        assert message in capsys.readouterr().err, (original, code)
    assert sorted(path.name for path in (content / "pages").iterdir()) == ["kolloquium.de.md", "teaching.de.md", "teaching.md"]


def test_translate_takes_a_folders_files_at_once_and_says_which_it_skipped(make_site, capsys):
    site = make_site(
        {**TWO_LANGUAGES, "content/pages/teaching.de.md": "---\ntitle: Lehre\n---\n", "content/pages/join.md": "J.\n"}
    )
    pages = sorted((site / "content/pages").glob("*.md"))  # what the shell makes of content/pages/*.md
    assert main(["translate", *map(str, pages), "de", "--source", str(site)]) == 0
    said = capsys.readouterr()
    assert "Wrote" in said.out and "join.de.md" in said.out and "Translate 1 file" in said.out
    assert "teaching.de.md exists already" in said.err and "this is a translation already" in said.err
    assert (site / "content/pages/teaching.de.md").read_text(encoding="utf-8") == "---\ntitle: Lehre\n---\n"  # kept
    assert main(["translate", *map(str, pages), "de", "--source", str(site)]) == 1  # nothing left to write
    assert main(["translate", *map(str, pages), "fr", "--source", str(site)]) == 1  # no such language: nothing
    assert "the site has no language 'fr'" in capsys.readouterr().err
    assert build(site).warnings == []


def test_translate_with_no_file_lists_what_is_left_to_translate(make_site, capsys):
    site = make_site({**TWO_LANGUAGES, "content/pages/teaching.de.md": "---\ntitle: Lehre\n---\n", "content/index.md": "Hi.\n"})
    assert main(["translate", "de", "--source", str(site)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "de: 1 of 4 texts translated"  # the home page's text, ada's profile, the page, the talk
    assert sorted(line.strip().rsplit("/", 1)[-1] for line in out[1:]) == ["2025-01-02-engines.md", "ada.md", "index.md"]


def test_a_profiles_lists_are_offered_to_translate_as_yaml_that_reads_back(make_site):
    """Education, experience and awards are lists of records: each is one comment line, which
    uncommented is the list as YAML; once translated, the German profile's list is no longer marked."""
    site = make_site(
        {
            **TWO_LANGUAGES,
            "content/people/ada.md": "---\nname: Ada Lovelace\neducation:\n  - degree: Private tuition\n    year: 1830\n---\n",
        }
    )
    assert main(["translate", str(site / "content/people/ada.md"), "de", "--source", str(site)]) == 0
    translation = site / "content/people/ada.de.md"
    written = translation.read_text(encoding="utf-8")
    assert '# education: [{"degree": "Private tuition", "year": 1830}]\n' in written
    build(site)
    assert html(site / "_site/de/index.html").select_one("section.education ul")["lang"] == "en"
    translated = written.replace('# education: [{"degree": "Private tuition"', 'education: [{"degree": "Privatunterricht"')
    translation.write_text(translated, encoding="utf-8")
    build(site)
    listed = html(site / "_site/de/index.html").select_one("section.education ul")
    assert listed.get("lang") is None and listed.select_one(".degree").get_text() == "Privatunterricht"
