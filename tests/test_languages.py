"""A site in more than one language: each further language's pages in its folder, the files at the root."""

from __future__ import annotations

import io
import json
import shutil
from xml.etree import ElementTree

import pytest
from conftest import REPO, build, html, preview_follows, write_files
from PIL import Image

from sitegen.build import Builder
from sitegen.config import load_config
from sitegen.discovery import ATOM, XML_LANG
from sitegen.errors import Report, SitegenError
from sitegen.languages import Translations
from sitegen.markup import MarkdownRenderer
from sitegen.render import Renderer
from sitegen.urls import SitePaths
from sitegen.views import Urls

GERMAN = SitePaths("/repo/", "de/", frozenset({"cv.pdf", "css/site.css", "papers/my paper.pdf"}))


@pytest.mark.parametrize(
    ("path", "url"),
    [
        ("people/ada/", "/repo/de/people/ada/"),
        ("/publications/", "/repo/de/publications/"),
        ("", "/repo/de/"),
        ("cv.pdf", "/repo/cv.pdf"),
        ("/cv.pdf#page=2", "/repo/cv.pdf#page=2"),
        ("css/site.css?v=1", "/repo/css/site.css?v=1"),
        ("papers/my%20paper.pdf", "/repo/papers/my%20paper.pdf"),  # as a link writes it
        ("missing.pdf", "/repo/de/missing.pdf"),  # no shared file: the language's own
    ],
)
def test_a_further_language_has_its_pages_in_its_folder_and_the_files_at_the_root(path, url):
    assert GERMAN.url(path) == url


def test_the_sites_own_language_has_everything_at_the_root():
    own = SitePaths("/repo/", "", frozenset({"cv.pdf"}))
    assert own.url("people/ada/") == "/repo/people/ada/" and own.url("cv.pdf") == "/repo/cv.pdf"


def test_urls_of_a_further_language():
    urls = Urls("/repo/de/", "ada", "", GERMAN)
    assert urls.person("ada") == "/repo/de/" and urls.person("bo") == "/repo/de/people/bo/"
    assert urls.file("papers/my paper.pdf") == "/repo/papers/my%20paper.pdf"
    assert urls.publication("x2024") == "/repo/de/publications/x2024/"


def test_links_in_a_further_languages_text(tmp_path):
    markdown = MarkdownRenderer(paths=GERMAN)
    html = markdown.render("[pubs](/publications/) [cv](/cv.pdf) [up](../../cv.pdf) [talk](../other/)", page="news/x/").html
    assert 'href="/repo/de/publications/"' in html and 'href="/repo/cv.pdf"' in html
    assert html.count('href="/repo/cv.pdf"') == 2 and 'href="/repo/de/news/other/"' in html


def test_the_themes_url_filter_of_a_further_language(tmp_path):
    (tmp_path / "t.html").write_text("{{ 'css/site.css' | url }} {{ 'news/' | url }} {{ '' | url }}")
    assert Renderer([tmp_path], "/repo/de/", paths=GERMAN).render("t.html") == "/repo/css/site.css /repo/de/news/ /repo/de/"


def _jpeg(colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (400, 400), colour).save(out, "JPEG")
    return out.getvalue()


BILINGUAL = {
    "content/site.yml": """\
        title: Ada's site
        base_url: https://ada.example.org/
        owner: ada
        language: en
        languages:
          de:
            title: Adas Seite
        """,
    "content/people/ada.md": "---\nname: Ada Lovelace\nrole: Professor\nphoto: ada.jpg\n---\nAda works on [engines](/teaching/).\n",
    "content/people/ada.de.md": "---\nrole: Professorin\n---\n",
    "content/pages/teaching.md": "---\ntitle: Teaching\nmenu: 1\n---\nSee [the notes](/notes.pdf) and [my profile](/).\n",
    "content/pages/teaching.de.md": "---\ntitle: Lehre\n---\nSiehe [die Notizen](/notes.pdf) und [mein Profil](/).\n",
    "content/pages/kolloquium.de.md": "---\ntitle: Kolloquium\nmenu: 2\n---\nDienstags.\n",
    "content/news/2025-03-01-award.md": "---\ndate: 2025-03-01\ntitle: An award\n---\nAda won an award.\n",
    "static/notes.pdf": b"%PDF-1.4\n",
}


@pytest.fixture
def bilingual(make_site):
    site = make_site({**BILINGUAL, "static/ada.jpg": _jpeg()})
    result = build(site)
    return site / "_site", result


def test_a_further_language_is_the_site_again_in_its_folder_in_that_language(bilingual):
    out, result = bilingual
    assert result.warnings == []
    home = html(out / "de/index.html")
    assert home.html["lang"] == "de" and "Adas Seite" in home.title.text
    assert home.select_one(".role").text == "Professorin"  # the translation's
    assert [a.text for a in home.select("#site-menu a")] == ["Start", "Neuigkeiten", "Lehre", "Kolloquium"]
    page = html(out / "de/teaching/index.html")
    assert page.h1.text == "Lehre"
    links = {a.text: a["href"] for a in page.select("main a")}
    assert links["die Notizen"] == "/notes.pdf" and links["mein Profil"] == "/de/"  # files at the root, pages in German
    assert html(out / "teaching/index.html").h1.text == "Teaching"


def test_an_untranslated_text_is_shown_as_written_and_marked_as_the_sites_language(bilingual):
    out, _ = bilingual
    home = html(out / "de/index.html")
    bio = home.select_one("#biography").find_parent("section").select_one("[lang]")
    assert bio["lang"] == "en" and "Ada works on" in bio.text  # the profile's translation has no text
    assert bio.a["href"] == "/de/teaching/"  # its links lead to the German pages
    news = html(out / "de/news/2025-03-01-award/index.html")
    assert news.html["lang"] == "de" and [e.text.strip() for e in news.select("main [lang=en]")] == [
        "An award",
        "Ada won an award.",
    ]
    assert not html(out / "index.html").select("main [lang]")  # the site's own language: nothing to mark


def test_a_title_not_translated_is_marked_as_the_sites_language_wherever_it_shows(make_site):
    site = make_site(
        {
            **BILINGUAL,
            "content/pages/teaching.de.md": "Siehe [die Notizen](/notes.pdf).\n",  # the text translated, not the title
            "content/news/2025-04-01-talk.de.md": "---\ntitle: Ein Vortrag\n---\n",  # the title, not the text
            "content/news/2025-04-01-talk.md": "---\ndate: 2025-04-01\ntitle: A talk\n---\nAda spoke.\n",
            "content/talks/engines.md": "---\ntitle: On engines\ndate: 2025-02-01\nevent: RSL\n---\n",
            "content/projects/engine.md": "---\ntitle: The engine\nsummary: It computes.\n---\n",
            "content/pages/news.md": "---\ntitle: Announcements\n---\nWhat happened.\n",  # the news list's title
            "static/ada.jpg": _jpeg(),
        }
    )
    build(site)
    out = site / "_site"
    teaching = html(out / "de/teaching/index.html")
    assert teaching.h1.text == "Teaching" and teaching.h1["lang"] == "en"
    assert teaching.select_one("main p").find_parent(attrs={"lang": True}).name == "html"  # its text is German
    assert {a.text: a.get("lang") for a in teaching.select("#site-menu a")}["Teaching"] == "en"
    news = html(out / "de/news/index.html")
    assert {a.text: a.get("lang") for a in news.select(".news-title a")} == {"Ein Vortrag": None, "An award": "en"}
    assert news.h1.text == "Announcements" and news.h1["lang"] == "en"
    assert {a.text: a.get("lang") for a in news.select("#site-menu a")}["Announcements"] == "en"
    assert html(out / "de/news/2025-04-01-talk/index.html").h1.get("lang") is None
    assert html(out / "de/talks/index.html").select_one(".talk-title a")["lang"] == "en"
    assert html(out / "de/talks/engines/index.html").h1["lang"] == "en"
    assert html(out / "de/projects/index.html").select_one(".project-title a")["lang"] == "en"
    assert html(out / "de/projects/engine/index.html").h1["lang"] == "en"
    for path in ("teaching/index.html", "news/index.html", "talks/index.html", "projects/engine/index.html"):
        assert not html(out / path).select("main [lang], #site-menu [lang]"), path  # the site's own language: nothing to mark


def test_a_page_only_in_a_translation_is_only_in_that_language(bilingual):
    out, _ = bilingual
    assert (out / "de/kolloquium/index.html").is_file() and not (out / "kolloquium").exists()
    page = html(out / "de/kolloquium/index.html")
    assert not page.select("nav.languages") and not page.select("link[hreflang]")
    assert "Kolloquium" not in [a.text for a in html(out / "index.html").select("#site-menu a")]


def test_every_page_links_its_other_languages(bilingual):
    out, _ = bilingual
    for path, current in (("teaching/index.html", "English"), ("de/teaching/index.html", "Deutsch")):
        page = html(out / path)
        switcher = [(a.text, a["href"], a["hreflang"], a.get("aria-current")) for a in page.select("nav.languages a")]
        assert switcher == [
            ("English", "/teaching/", "en", "true" if current == "English" else None),
            ("Deutsch", "/de/teaching/", "de", "true" if current == "Deutsch" else None),
        ]
        locales = [(meta["property"], meta["content"]) for meta in page.select("meta[property^='og:locale']")]
        own, other = ("en_US", "de_DE") if current == "English" else ("de_DE", "en_US")
        assert sorted(locales) == [("og:locale", own), ("og:locale:alternate", other)]  # a shared link's preview
        alternates = {link["hreflang"]: link["href"] for link in page.select("link[rel=alternate][hreflang]")}
        assert alternates == {
            "en": "https://ada.example.org/teaching/",
            "de": "https://ada.example.org/de/teaching/",
            "x-default": "https://ada.example.org/teaching/",
        }


def test_what_every_language_shares_is_at_the_root_once(bilingual):
    out, _ = bilingual
    assert not any((out / "de" / name).exists() for name in ("404.html", "robots.txt", "notes.pdf", ".nojekyll"))
    photo = html(out / "de/index.html").select_one("img.photo")["src"]
    assert photo.startswith("/people/ada/photo-") and (out / photo.lstrip("/")).is_file()
    assert not (out / "de/people").exists() or not list((out / "de/people").rglob("photo-*"))
    robots = (out / "robots.txt").read_text()
    assert (
        "Sitemap: https://ada.example.org/sitemap.xml" in robots and "Sitemap: https://ada.example.org/de/sitemap.xml" in robots
    )
    sitemap = (out / "de/sitemap.xml").read_text()
    assert "https://ada.example.org/de/teaching/" in sitemap and "https://ada.example.org/teaching/" not in sitemap
    feeds = [ElementTree.parse(out / folder / "news/feed.xml").getroot() for folder in ("", "de")]
    assert [feed.get(XML_LANG) for feed in feeds] == ["en", "de"]  # each in its language
    assert [feed.findtext(f"{{{ATOM}}}title") for feed in feeds] == ["Ada's site: News", "Adas Seite: Neuigkeiten"]
    assert (out / "de/publications.bib").exists() is (out / "publications.bib").exists()


def test_a_site_without_languages_reads_a_file_named_like_a_translation_as_its_own(make_site):
    site = make_site({"content/pages/notes.de.md": "---\ntitle: Notes\n---\nText.\n"})
    build(site)
    assert not (site / "_site/de").exists() and any((site / "_site").glob("notes*/index.html"))


@pytest.mark.parametrize(
    ("languages", "expected"),
    [
        ("[de, fr]", [("de", {}), ("fr", {})]),
        ("[en, de]", [("de", {})]),  # the site's own, named among them, is the site itself
        ("\n  de:\n    title: Labor\n  zh:\n    name: 中文（简体）", [("de", {"title": "Labor"}), ("zh", {})]),
    ],
)
def test_the_languages_setting(tmp_path, languages, expected):
    (tmp_path / "site.yml").write_text(f"title: Lab\nlanguage: en\nlanguages: {languages}\n")
    report = Report()
    config = load_config(tmp_path / "site.yml", report)
    assert [(language.code, language.settings) for language in config.languages] == expected and not report.warnings
    assert [language.name for language in config.languages][-1] == ("中文（简体）" if "name" in languages else None)
    german = config.in_language(config.languages[0])
    assert (german.language, german.base_path, german.root_path) == (expected[0][0], f"/{expected[0][0]}/", "/")


def test_a_further_language_takes_the_sites_settings_but_its_labels(tmp_path):
    (tmp_path / "site.yml").write_text(
        "title: Lab\nlabels:\n  Publications: Papers\nlanguages:\n  de:\n    description: Ein Labor\n"
    )
    config = load_config(tmp_path / "site.yml", Report())
    german = config.in_language(config.languages[0])
    assert (german.title, german.description, german.words("Publications")) == ("Lab", "Ein Labor", "Publikationen")


@pytest.mark.parametrize(
    ("languages", "message", "line"),
    [
        ("[de, german]", "language must be a language tag", 2),
        ("\n  de:\n  DE:", "DE is named twice", 4),
        ("\n  en:\n    title: X", "en is the site's own language", 3),
        ("\n  de:\n    owner: bo", None, 4),  # a setting a language cannot have its own of: a warning
    ],
)
def test_mistakes_in_the_languages_setting(tmp_path, languages, message, line):
    (tmp_path / "site.yml").write_text(f"title: Lab\nlanguages: {languages}\n")
    report = Report()
    if message is None:
        load_config(tmp_path / "site.yml", report)
        assert [(w.line, "unknown setting 'languages.de.owner'" in w.message) for w in report.warnings] == [(line, True)]
        return
    with pytest.raises(SitegenError, match=message) as raised:
        load_config(tmp_path / "site.yml", report)
    assert raised.value.diagnostic.line == line


def test_what_a_translation_takes_from_its_original_is_warned_of_once(make_site):
    site = make_site(
        {
            **BILINGUAL,
            "content/people/ada.md": "---\nname: Ada Lovelace\nphoto: missing.jpg\nfavourite: tea\n---\nAda.\n",
            "content/people/ada.de.md": "---\nrole: Professorin\ncolour: blau\n---\n",
        }
    )
    warnings = [(w.path.name, w.line, w.message) for w in build(site).warnings]
    assert [(name, line) for name, line, _ in warnings] == [("ada.de.md", 3), ("ada.md", 3), ("ada.md", 4)]
    assert "colour" in warnings[0][2] and "missing.jpg" in warnings[1][2] and "favourite" in warnings[2][2]


def test_the_preview_of_a_site_in_two_languages_follows_every_edit(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(REPO / "examples/lab/content", site / "content", copy_function=shutil.copy)
    preview = Builder(site, tmp_path / "preview", in_place=True)
    config = site / "content/site.yml"
    edits = [
        lambda: config.write_text(config.read_text() + "languages:\n  de:\n    title: Hafenlabor\n"),
        lambda: write_files(site, {"content/people/mei-lin.de.md": "---\nrole: Doktorandin\n---\nMei erforscht Nebel.\n"}),
        lambda: write_files(site, {"content/pages/kolloquium.de.md": "---\ntitle: Kolloquium\nmenu: 9\n---\nDienstags.\n"}),
        lambda: write_files(site, {"content/people/mei-lin.de.md": "---\nrole: Doktorandin\n---\n"}),  # her text again
        lambda: write_files(site, {"content/talks/2024-seeing-through-fog.de.md": "---\ntitle: Durch Nebel sehen\n---\n"}),
        lambda: write_files(  # its event translated too: no longer marked English
            site, {"content/talks/2024-seeing-through-fog.de.md": "---\ntitle: Durch Nebel sehen\nevent: CVPR-Workshop\n---\n"}
        ),
        lambda: write_files(  # a paper in German: marked on the English pages, not on the German ones
            site,
            {
                "content/publications/deutsch.bib": "@article{nebel2024, author={Mei Lin}, title={Nebel}, journal={Z}, year=2024, langid={ngerman}}\n"
            },
        ),
        lambda: (site / "content/pages/kolloquium.de.md").unlink(),
        lambda: config.write_text(
            config.read_text().replace("languages:\n  de:\n    title: Hafenlabor\n", "languages: [de, fr]\n")
        ),
        lambda: config.write_text(config.read_text().replace("languages: [de, fr]\n", "")),
    ]
    preview_follows(preview, site, edits, tmp_path)


def test_an_edit_of_a_translation_rewrites_that_languages_pages_only(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(REPO / "examples/lab/content", site / "content", copy_function=shutil.copy)
    config = site / "content/site.yml"
    config.write_text(config.read_text() + "languages: [de]\n")
    write_files(site, {"content/people/mei-lin.de.md": "---\nrole: Doktorandin\n---\n"})
    preview = Builder(site, tmp_path / "preview", in_place=True)
    preview.build()
    write_files(site, {"content/people/mei-lin.de.md": "---\nrole: Doktorandin\ninterests: [Nebel]\n---\n"})
    preview.build()
    assert sorted(preview.written) == ["de/people/index.html", "de/people/mei-lin/index.html", "de/search.json"]


def test_a_translation_into_a_language_the_site_does_not_have_is_left_out_and_said(make_site):
    site = make_site({"content/people/ada.fr.md": "---\nrole: Professeure\n---\n", "content/pages/notes.bak.md": "Old.\n"})
    warnings = [(w.path.name, "add it there, or rename the file" in w.message) for w in build(site).warnings]
    assert warnings == [("ada.fr.md", True)]  # notes.bak.md has no notes.md: a page of its own
    assert "Professeure" not in (site / "_site/index.html").read_text() and (site / "_site/notes-bak/index.html").is_file()


def test_each_language_is_named_in_itself_with_its_country_only_where_two_share_a_name():
    def names(*codes: str) -> list[str]:
        translations = Translations([(code, f"{code.lower()}/" if n else "", None) for n, code in enumerate(codes)], {}, "/", "")
        return [link.name for link in translations.links("/x/")]

    assert names("en", "zh-CN", "de") == ["English", "中文", "Deutsch"]
    assert names("pt-BR", "pt-PT", "fr") == ["Português (Brasil)", "Português (Portugal)", "Français"]


def test_a_translation_with_a_photo_of_its_own_leaves_the_originals_in_place(make_site):
    site = make_site(
        {
            **BILINGUAL,
            "content/people/ada.de.md": "---\nrole: Professorin\nphoto: ada-de.jpg\n---\n![Ada im Labor](/labor.jpg)\n",
            "static/ada.jpg": _jpeg(),
            "static/ada-de.jpg": _jpeg((30, 30, 200)),
            "static/labor.jpg": _jpeg((30, 200, 30)),
        }
    )
    for _ in range(2):  # the second build finds the first's photos kept
        assert build(site).warnings == []
        photos = [html(site / "_site" / page).select_one("img.photo")["src"] for page in ("index.html", "de/index.html")]
        figure = html(site / "_site/de/index.html").select_one("img[alt='Ada im Labor']")["src"]
        assert photos[0] != photos[1] and figure != "/labor.jpg"  # each made small
        assert all((site / "_site" / path.lstrip("/")).is_file() for path in (*photos, figure))


def test_a_language_named_in_site_yml_is_called_so_in_the_switcher(make_site):
    settings = "title: Ada's site\nowner: ada\nlanguages:\n  zh-CN:\n    name: 简体中文\n"
    site = make_site({**BILINGUAL, "content/site.yml": settings})
    build(site)
    page = html(site / "_site/zh-cn/teaching/index.html")
    assert [a.text for a in page.select("nav.languages a")] == ["English", "简体中文"] and page.html["lang"] == "zh-CN"


def test_a_relative_link_to_a_file_beside_a_page_finds_it_from_every_language(make_site):
    text = "---\ntitle: Teaching\n---\n[Slides](slides.pdf#page=2), [other](../notes/), ![Chart](chart.svg)\n"
    site = make_site(
        {
            **BILINGUAL,
            "content/pages/teaching.md": text,
            "content/pages/teaching.de.md": text.replace("Teaching", "Lehre"),
            "static/teaching/slides.pdf": b"%PDF-1.4\n",
            "static/teaching/chart.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
        }
    )
    build(site)
    own, german = (html(site / "_site" / path / "teaching/index.html").select_one("main p") for path in ("", "de"))
    assert [a["href"] for a in own.select("a")] + [own.img["src"]] == ["slides.pdf#page=2", "../notes/", "chart.svg"]
    assert [a["href"] for a in german.select("a")] + [german.img["src"]] == [
        "/teaching/slides.pdf#page=2",
        "../notes/",  # a page: the German one
        "/teaching/chart.svg",
    ]


def test_an_abstracts_citation_leads_to_the_cited_works_page_in_the_same_language(make_site):
    bib = """\
        @article{ada2024engines, author = {Lovelace, Ada}, title = {Engines}, journal = {J}, year = {2024},
          abstract = {We extend our earlier work \\cite{ada2022notes}.}}
        @article{ada2022notes, author = {Lovelace, Ada}, title = {Notes}, journal = {J}, year = {2022}}
        """
    site = make_site({**BILINGUAL, "content/publications/ada.bib": bib})
    build(site)
    for folder in ("", "de/"):
        page = html(site / "_site" / folder / "publications/ada2024engines/index.html")
        cited = page.select_one(".abstract a")
        assert cited["href"] == f"/{folder}publications/ada2022notes/", folder


def test_a_profile_translated_with_its_name_in_another_script_keeps_its_publications(make_site):
    bib = "@article{bai2024, author = {Bai, Shipeng and Lovelace, Ada}, title = {Fog}, journal = {J}, year = {2024}}\n"
    site = make_site(
        {
            "content/site.yml": "title: Lab\nlanguages: [zh]\n",
            "content/people/shipeng-bai.md": "---\nname: Shipeng Bai\n---\nShipeng.\n",
            "content/people/shipeng-bai.zh.md": "---\nname: 白世鹏\n---\n世鹏。\n",
            "content/publications/lab.bib": bib,
        },
        with_person=False,
    )
    assert build(site).warnings == []
    page = html(site / "_site/zh/index.html")  # one person: the home page
    assert page.h1.text == "白世鹏" and [li["id"] for li in page.select("li.publication")] == ["bai2024"]


def test_google_scholar_finds_a_paper_at_one_address(make_site):
    """Scholar's tags are on the paper's page in the site's own language only: the same paper
    at a second address (/de/publications/x/) would be a second record of it."""
    bib = "@article{ada2024engines, author = {Lovelace, Ada}, title = {Engines}, journal = {J}, year = {2024}}\n"
    site = make_site({**BILINGUAL, "content/publications/ada.bib": bib})
    build(site)
    own, german = (html(site / "_site" / folder / "publications/ada2024engines/index.html") for folder in ("", "de"))
    assert own.select_one("meta[name=citation_title]")["content"] == "Engines"
    assert not german.select("meta[name^=citation_]") and german.select("link[hreflang=en]")


def test_a_language_has_its_own_menu_and_labels_when_it_gives_them(make_site):
    settings = """\
        title: Ada's site
        owner: ada
        navigation:
          - {title: Home, url: /}
          - {title: Teaching, url: /teaching/}
        languages:
          de:
            navigation:
              - {title: Startseite, url: /}
              - {title: Unterricht, url: /teaching/}
            labels:
              Publications: Veröffentlichungen
        """
    bib = "@article{ada2024engines, author = {Lovelace, Ada}, title = {Engines}, journal = {J}, year = {2024}}\n"
    site = make_site({**BILINGUAL, "content/site.yml": settings, "content/publications/ada.bib": bib})
    build(site)
    page = html(site / "_site/de/teaching/index.html")
    assert [(a.text, a["href"]) for a in page.select("#site-menu a")] == [("Startseite", "/de/"), ("Unterricht", "/de/teaching/")]
    assert [a.text for a in html(site / "_site/teaching/index.html").select("#site-menu a")] == ["Home", "Teaching"]
    headings = [h2.get_text() for h2 in html(site / "_site/de/index.html").select("main h2")]
    assert "Veröffentlichungen" in headings and "Publikationen" not in headings


def test_a_publications_own_text_has_its_translation(make_site):
    bib = "@article{ada2024engines, author = {Lovelace, Ada}, title = {Engines}, journal = {J}, year = {2024}}\n"
    site = make_site(
        {
            **BILINGUAL,
            "content/publications/ada.bib": bib,
            "content/publications/ada2024engines.md": "## Data\n\nThe data are open.\n",
            "content/publications/ada2024engines.de.md": "## Daten\n\nDie Daten sind offen.\n",
            "static/ada.jpg": _jpeg(),
        }
    )
    assert build(site).warnings == []
    for folder, heading in (("", "Data"), ("de/", "Daten")):
        page = html(site / "_site" / f"{folder}publications/ada2024engines/index.html")
        assert heading in [h2.get_text() for h2 in page.select("main h2")], folder


PAPERS_IN_TWO_LANGUAGES = """\
@article{uber, author={Ada Lovelace}, title={{\\"U}ber die Maschine}, journal={Zeitschrift}, year=2020,
  langid={ngerman}, abstract={Eine Maschine, die rechnet.}}
@article{engine, author={Ada Lovelace}, title={On the engine}, journal={Journal}, year=2021, language={en-GB},
  abstract={An engine that computes.}}
@article{untold, author={Ada Lovelace}, title={A paper}, journal={Journal}, year=2022,
  language={Klingonese}}
"""


def test_a_paper_in_another_language_than_the_pages_has_its_title_and_abstract_marked_so(make_site):
    site = make_site(
        {
            "content/site.yml": "title: Ada\nowner: ada\nlanguage: en\nlanguages: [de]\n",
            "content/publications/papers.bib": PAPERS_IN_TWO_LANGUAGES,
        }
    )
    result = build(site)
    assert [(w.line, "Klingonese" in w.message) for w in result.warnings] == [(6, True)]  # at its field
    out = site / "_site"
    marked = {
        li["id"]: [(e.name, e["lang"], e.text.strip()) for e in li.select("[lang]")]
        for li in html(out / "publications/index.html").select("li.publication")
    }
    assert marked == {
        "uber": [("a", "de", "Über die Maschine"), ("div", "de", "Eine Maschine, die rechnet.")],
        "engine": [],  # British English on an English site: the same language
        "untold": [],
    }
    german = {li["id"]: li.select("[lang]") for li in html(out / "de/publications/index.html").select("li.publication")}
    assert not german["uber"] and [e["lang"] for e in german["engine"]] == ["en-GB", "en-GB"]
    page = html(out / "publications/uber/index.html")
    assert page.h1["lang"] == "de" and page.select_one(".citation span[lang=de]").text == "Über die Maschine"
    assert page.select_one("meta[name=citation_language]")["content"] == "de"
    assert json.loads(page.select_one("script[type='application/ld+json']").string)["inLanguage"] == "de"
    items = {item["id"]: item.get("language") for item in json.loads((out / "publications.json").read_text())}
    assert items == {"uber": "de", "engine": "en-GB", "untold": None}


def test_a_paper_in_simplified_chinese_is_marked_on_a_site_in_traditional_chinese(make_site):
    """One language, two scripts: a browser picks other fonts for each, so the title is marked."""
    site = make_site(
        {
            "content/site.yml": "title: Ada\nowner: ada\nlanguage: zh-Hant\n",
            "content/publications/p.bib": "@article{jian, author={Mei Lin}, title={机器学习}, journal={J}, year=2020,"
            " language={Chinese (Simplified)}}\n@article{fan, author={Mei Lin}, title={機器學習}, journal={J}, year=2021,"
            " language={zh-TW}}\n",
        }
    )
    build(site)
    listed = html(site / "_site/publications/index.html").select("li.publication")
    assert {li["id"]: [e["lang"] for e in li.select("[lang]")] for li in listed} == {"jian": ["zh-Hans"], "fan": []}


def test_a_csl_style_marks_a_papers_title_in_another_language_too(make_site):
    site = make_site(
        {
            "content/site.yml": "title: Ada\nowner: ada\npublications:\n  style: apa\n",
            "content/publications/p.bib": PAPERS_IN_TWO_LANGUAGES,
        }
    )
    build(site)
    item = html(site / "_site/index.html").select_one("li#uber .citation")
    assert "(2020)" in item.text and item.select_one("a.pub-title")["lang"] == "de"  # APA's line


def test_the_words_a_translation_does_not_give_are_marked_as_the_sites_language(make_site):
    """A profile translated for its role keeps its affiliation and interests in English, marked so;
    a talk's event and place and a project's summary not translated are marked too."""
    site = make_site(
        {
            **BILINGUAL,
            "content/site.yml": "title: Lab\nlanguage: en\nlanguages: [de]\n",
            "content/people/ada.md": "---\nname: Ada Lovelace\nrole: Professor\naffiliation: Analytical Society\n"
            "interests: [Engines]\neducation: [{degree: Private tuition, year: 1830}]\n"
            "awards: [{title: Honorary member, year: 1840}]\n---\nBio.\n",
            "content/people/bob.md": "---\nname: Bob Babbage\nrole: Student\n---\n",
            "content/people/ada.de.md": "---\nrole: Professorin\nawards: [{title: Ehrenmitglied, year: 1840}]\n---\n",
            "content/talks/engines.md": "---\ntitle: On engines\ndate: 2025-02-01\nevent: Royal Society\n"
            "location: London\ntype: Keynote\n---\n",
            "content/talks/engines.de.md": "---\ntitle: Über Maschinen\nlocation: London, England\n---\n",
            "content/projects/engine.md": "---\ntitle: The engine\nsummary: It computes.\n---\n",
        }
    )
    assert build(site).warnings == []
    out = site / "_site"
    profile = html(out / "de/people/ada/index.html")
    assert profile.select_one(".role").get("lang") is None and profile.select_one(".affiliation")["lang"] == "en"
    assert profile.select_one("section.interests ul")["lang"] == "en"
    assert profile.select_one("section.education ul")["lang"] == "en"  # a list is translated whole, or not
    assert profile.select_one("section.awards ul").get("lang") is None
    cards = {card.h3.get_text(strip=True): card for card in html(out / "de/people/index.html").select(".person-card")}
    assert (
        cards["Ada Lovelace"].select_one(".role").get("lang") is None and cards["Bob Babbage"].select_one(".role")["lang"] == "en"
    )
    meta = html(out / "de/talks/engines/index.html").select_one(".talk-meta")
    marked = [(e.get_text(), e["lang"]) for e in meta.select("[lang]")]
    assert marked == [("Keynote", "en"), ("Royal Society", "en")]  # the place is translated
    assert html(out / "de/projects/index.html").select_one(".project-summary")["lang"] == "en"
    for path in ("people/ada/index.html", "people/index.html", "talks/engines/index.html", "projects/index.html"):
        assert not html(out / path).select("main [lang]"), path  # the site's own language: nothing to mark
