"""The theme in the site's language: every word the theme uses is in every catalogue, a German site
reads German, site.yml's `labels` put a site's own words over the theme's."""

from __future__ import annotations

import datetime
import functools
import http.server
import json
import re
import shutil
import threading
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from conftest import REPO, Quiet, build, html

from sitegen.errors import SitegenError
from sitegen.i18n import CATALOGUES, SCRIPT_WORDS, Words, language_tag, languages, same_language

_TEXT = r'"((?:[^"\\]|\\.)*)"'


def used_words() -> set[str]:
    """Every word the theme asks for: `_()` and `ngettext()` in templates, `N_()`, `words()` and
    `words.count()` in sitegen's code, and the script's words."""
    found = set(SCRIPT_WORDS)
    for path in (REPO / "templates").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        found.update(re.findall(r"\b_\(" + _TEXT, text) + re.findall(r"\bngettext\(" + _TEXT, text))
    for path in (REPO / "sitegen").glob("*.py"):
        found.update(re.findall(r"\b(?:N_|words|words\.count)\(" + _TEXT, path.read_text(encoding="utf-8")))
    return found


def catalogue(language: str) -> dict[str, object]:
    with (CATALOGUES / f"{language}.po").open("rb") as file:
        return {
            message.id if isinstance(message.id, str) else message.id[0]: message.string
            for message in read_po(file)
            if message.id
        }


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "pt", "zh", "ja", "nl", "ru"])
def test_every_word_of_the_theme_is_translated_with_its_places_kept(language):
    assert language in languages()
    words = catalogue(language)
    assert set(words) == used_words()  # nothing missing, nothing left over
    for english, translated in words.items():
        forms = translated if isinstance(translated, tuple) else (translated,)
        assert all(forms), english
        wanted = set(re.findall(r"%\(\w+\)[sd]|\{\w+\}", english)) - {"%(num)d"}
        for form in forms:
            assert set(re.findall(r"%\(\w+\)[sd]|\{\w+\}", form)) - {"%(num)d"} == wanted, (english, form)


@pytest.fixture(scope="module")
def german_lab(tmp_path_factory):
    root = tmp_path_factory.mktemp("lab-de")
    shutil.copytree(REPO / "examples/lab/content", root / "content")
    settings = root / "content/site.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("language: en", "language: de"), encoding="utf-8")
    build(root)
    return root / "_site"


def test_a_german_site_reads_german_in_menus_headings_filters_and_dates(german_lab):
    home = html(german_lab / "index.html")
    assert [a.get_text() for a in home.select("header nav a")][:5] == [
        "Start",
        "Personen",
        "Projekte",
        "Publikationen",
        "Neuigkeiten",
    ]
    assert home.select_one(".skip-link").get_text() == "Zum Inhalt springen"
    assert home.select_one("#selected-publications").get_text() == "Ausgewählte Publikationen"
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}", home.select_one(".news-list time").get_text())  # 01.03.2025
    people = html(german_lab / "people/index.html")
    assert people.select_one("h1").get_text() == "Personen"
    assert "Doktorandinnen und Doktoranden" in [h.get_text() for h in people.select("h2")]
    listing = html(german_lab / "publications/index.html")
    assert [h.get_text() for h in listing.select(".facet-title")] == ["Jahr", "Art", "Mitglied", "Schlagwort"]
    assert listing.select_one(".filter-status").get_text() == "34 Publikationen"
    assert listing.select_one(".pub-abstract summary").get_text() == "Zusammenfassung"
    words = json.loads(listing.select_one("body")["data-words"])
    assert words["Showing {shown} of {total} publications"] == "{shown} von {total} Publikationen"
    assert html(german_lab / "404.html").select_one("h1").get_text() == "Seite nicht gefunden"
    assert html(german_lab / "publications/type/journal/index.html").select_one("h1").get_text() == "Zeitschriftenartikel"


def test_an_english_page_carries_no_words_for_the_script(make_site):
    site = make_site({})
    build(site)
    assert html(site / "_site/index.html").select_one("body").get("data-words") is None


def test_labels_put_the_sites_own_words_over_the_theme(make_site):
    site = make_site(
        {
            "content/site.yml": "title: T\nowner: ada\nlanguage: de\nlabels:\n  Publications: Papers\n  Biography: Über mich\n",
            "content/publications/refs.bib": "@article{k, author = {Lovelace, Ada}, title = {T}, journal = {J}, year = 2020}\n",
        }
    )
    build(site)
    page = html(site / "_site/index.html")
    assert [h.get_text() for h in page.select("h2")] == ["Über mich", "Papers"]
    assert page.select_one(".pub-abstract") is None and page.select_one(".downloads").get_text().startswith("Diese Liste")


def test_a_label_for_a_word_the_theme_does_not_have_is_an_error_at_its_line(make_site):
    site = make_site({"content/site.yml": "title: T\nowner: ada\nlabels:\n  Publicatons: Papers\n"})
    with pytest.raises(SitegenError) as raised:
        build(site)
    error = raised.value.diagnostic
    assert error.line == 4 and "no words 'Publicatons' (did you mean 'Publications'?)" in error.message


def test_a_language_without_a_catalogue_keeps_the_english_words_and_dates_its_own_way():
    words = Words("fi")
    assert words("Publications") == "Publications"
    assert words.date(datetime.date(2025, 3, 1)) == "1.3.2025"
    assert Words("en").date(datetime.date(2025, 3, 1)) == "1 Mar 2025"
    assert Words("pt-BR")("Publications") == "Publicações"  # the language's catalogue for a regional tag
    assert Words("de").count("%(num)d publication", "%(num)d publications", 1) == "1 Publikation"
    assert Words("zh").count("%(num)d publication", "%(num)d publications", 3) == "3 篇论文"


def test_the_catalogues_go_into_the_wheel():
    assert '"i18n/*.po"' in (REPO / "pyproject.toml").read_text() and Path(CATALOGUES).is_dir()


def test_a_label_is_text_not_html(make_site):
    site = make_site(
        {"content/site.yml": 'title: T\nowner: ada\nlabels:\n  Biography: "<b>Me</b> & co"\n  Skip to content: "<i>Skip</i>"\n'}
    )
    build(site)
    page = html(site / "_site/index.html")
    assert page.select_one("#biography").get_text() == "<b>Me</b> & co" and page.select("b, i") == []
    assert page.select_one(".skip-link").get_text() == "<i>Skip</i>"  # put in as the template compiled


def test_serve_speaks_a_new_language_at_once(make_site):
    from sitegen.build import Builder

    site = make_site({"content/site.yml": "title: T\nowner: ada\nlanguage: de\n"})
    builder = Builder(site, in_place=True)
    builder.build()
    assert html(site / "_site/index.html").select_one("#biography").get_text() == "Biografie"
    settings = site / "content/site.yml"
    settings.write_text(settings.read_text().replace("language: de", "language: fr"))
    builder.build()
    page = html(site / "_site/index.html")
    assert (
        page.select_one("#biography").get_text() == "Biographie"
        and page.select_one(".skip-link").get_text() == "Aller au contenu"
    )


def test_a_right_to_left_language_turns_the_page_and_keeps_bibtex_left_to_right(make_site, browser):
    """Arabic, Hebrew, Persian ... (Babel knows which): dir="rtl", the abstract's rule on the
    right, the thumbnail on the left, the BibTeX still left to right."""
    bib = "@article{k, author = {Lovelace, Ada}, title = {T}, journal = {J}, year = 2020, abstract = {A.}, preview = {pic.png}}\n"
    site = make_site(
        {
            "content/site.yml": "title: T\nowner: ada\nlanguage: ar\n",
            "content/publications/refs.bib": bib,
            "static/pic.png": b"\x89PNG\r\n\x1a\n",
        }
    )
    build(site)
    assert html(site / "_site/index.html").select_one("html")["dir"] == "rtl"
    assert html(site / "_site/publications/k/index.html").select_one("html")["dir"] == "rtl"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site / "_site")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page()
    try:
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
        page.eval_on_selector(".pub-abstract", "details => details.open = true")
        page.eval_on_selector(".pub-bibtex", "details => details.open = true")
        assert page.eval_on_selector(".abstract", "e => getComputedStyle(e).borderRightWidth") == "3px"
        assert page.eval_on_selector(".pub-thumbnail", "e => getComputedStyle(e).float") == "left"
        assert page.eval_on_selector("pre.bibtex", "e => getComputedStyle(e).direction") == "ltr"
    finally:
        page.close()
        server.shutdown()
    english = make_site({"content/site.yml": "title: T\nowner: ada\nlanguage: en\n"})
    build(english)
    assert html(english / "_site/index.html").select_one("html").get("dir") is None


@pytest.mark.parametrize("label", ["100% Fotos", "Foto von %(nome)s"])
def test_a_label_that_cannot_take_its_words_places_is_an_error_at_its_line(make_site, label):
    site = make_site({"content/site.yml": f'title: T\nowner: ada\nlabels:\n  "Photo of %(name)s": "{label}"\n'})
    with pytest.raises(SitegenError) as raised:
        build(site)
    assert raised.value.diagnostic.line == 4 and "keep those places, and write a % as %%" in raised.value.diagnostic.message


@pytest.mark.parametrize(
    ("written", "tag"),
    [
        ("ngerman", "de"),  # biblatex's langid, LaTeX's own names
        ("USenglish", "en-US"),
        ("brazil", "pt-BR"),
        ("German", "de"),  # Zotero's and Mendeley's language field: what its user typed
        ("english and french", "en"),
        ("Deutsch", "de"),
        ("Français", "fr"),
        ("Chinese (Simplified)", "zh-Hans"),  # a variety, as Zotero's users write it
        ("Brazilian Portuguese", "pt-BR"),
        ("English (Canada)", "en-CA"),
        ("Spanish (Mexico)", "es-MX"),
        ("Dutch (Netherlands)", "nl"),  # a variety the CLDR has no name for: its language at least
        ("deu", "de"),  # ISO 639-2's codes, both of them
        ("ger", "de"),
        ("pt_br", "pt-BR"),  # tags, written as they come
        ("zh-hans-cn", "zh-Hans-CN"),
        ("{english}", "en"),
        ("Klingonese", None),
        ("xx", None),
        ("", None),
    ],
)
def test_a_works_language_is_read_as_bibtex_files_write_it(written, tag):
    assert language_tag(written) == tag


def test_two_tags_of_one_language_are_the_same_language_whatever_their_countries():
    assert same_language("en-US", "en") and same_language("pt_BR", "pt-PT") and not same_language("de", "en")


@pytest.mark.parametrize(
    ("tag", "other", "same"),
    [
        ("zh-Hant", "zh-Hans", False),  # Traditional and Simplified characters
        ("zh-TW", "zh-Hans", False),  # Taiwan's is Traditional (CLDR's likely subtags)
        ("zh-CN", "zh-Hant", False),
        ("zh-TW", "zh-Hant", True),
        ("zh-HK", "zh_TW", True),
        ("zh-CN", "zh-Hans", True),
        ("zh", "zh-Hant", True),  # says nothing of its script
        ("sr-Latn", "sr-Cyrl", False),
        ("sr-ME", "sr-Latn", True),  # Montenegro's Serbian is written in Latin letters
        ("en-GB", "en-US", True),
    ],
)
def test_one_language_in_two_scripts_is_two(tag, other, same):
    assert same_language(tag, other) is same and same_language(other, tag) is same
