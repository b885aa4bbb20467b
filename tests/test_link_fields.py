"""Buttons from the fields sites name themselves: `github`, `demo`, `openreview`, Hugo Blox's `url_pdf`."""

from __future__ import annotations

import pytest
from conftest import build, html, publications_from

from sitegen.bibformat import DEFAULT_HIDDEN_FIELDS
from sitegen.linkfields import _READ, own_button_field
from sitegen.publications import SHOWN_FIELDS


def load(text: str, hidden=DEFAULT_HIDDEN_FIELDS, exists=lambda path: path == "files/weights.zip"):
    publications, report = publications_from(text, hidden=hidden, exists=exists)
    return {pub.key: pub for pub in publications}, "\n".join(str(w) for w in report.warnings)


def buttons(pub) -> list[tuple[str, str, str]]:
    return [(link.kind, link.label, link.url) for link in pub.links]


def test_fields_sites_add_for_their_own_buttons_are_buttons_named_after_them():
    pubs, warnings = load(
        """@inproceedings{doc, title = {DocAgent}, author = {Dayu Yang}, booktitle = {ACL}, year = 2025,
          pdf = {https://aclanthology.org/2025.acl-demo.44.pdf},
          github = {https://github.com/facebookresearch/DocAgent},
          demo = {https://marked.js.org/demo/},
          openreview = {https://openreview.net/forum?id=cIrPX-Sn5n},
          project_page = {https://hng0303.github.io/VietFashion},
          huggingface = {https://huggingface.co/x/y},
          shiny_app = {https://x.shinyapps.io/},
          url = {https://aclanthology.org/2025.acl-demo.44/},
          biburl = {https://dblp.org/rec/conf/acl/Yang25.bib},
          teaser = {https://example.org/teaser.png},
          copyright = {http://arxiv.org/licenses/nonexclusive-distrib/1.0/}}"""
    )
    assert buttons(pubs["doc"]) == [
        ("pdf", "PDF", "https://aclanthology.org/2025.acl-demo.44.pdf"),
        ("code", "Code", "https://github.com/facebookresearch/DocAgent"),  # another name of `code`
        ("project", "Project", "https://hng0303.github.io/VietFashion"),
        ("link", "Demo", "https://marked.js.org/demo/"),  # the others in the file's order, before [URL]
        ("link", "OpenReview", "https://openreview.net/forum?id=cIrPX-Sn5n"),
        ("link", "Hugging Face", "https://huggingface.co/x/y"),
        ("link", "Shiny app", "https://x.shinyapps.io/"),
        ("url", "ACL Anthology", "https://aclanthology.org/2025.acl-demo.44/"),
    ]  # a database's record, a picture and a licence are no buttons
    bibtex = pubs["doc"].bibtex
    assert "url = {https://aclanthology.org/2025.acl-demo.44/}" in bibtex and "copyright" in bibtex
    for hidden in ("github", "demo", "openreview", "project_page", "huggingface", "shiny_app", "biburl"):
        assert f"{hidden} =" not in bibtex  # buttons, as the link fields they are like
    assert not warnings


def test_a_field_of_another_name_gives_way_to_the_link_field_itself_and_is_a_button_of_its_own():
    pubs, _ = load(
        """@article{a, title = {T}, author = {A B}, journal = {J}, year = 2024,
          code = {https://github.com/lab/tool}, github = {https://github.com/lab/tool-extras},
          repository = {https://github.com/lab/tool}}"""
    )
    assert buttons(pubs["a"]) == [
        ("code", "Code", "https://github.com/lab/tool"),
        ("link", "GitHub", "https://github.com/lab/tool-extras"),  # the same address twice is one button
    ]


@pytest.mark.parametrize(
    ("field", "value", "kind", "url"),
    [
        ("url_pdf", "https://x.org/p.pdf", "pdf", "https://x.org/p.pdf"),  # Hugo Blox's
        ("slides_url", "https://x.org/s.pdf", "slides", "https://x.org/s.pdf"),
        ("codeurl", "https://gitlab.com/a/b", "code", "https://gitlab.com/a/b"),
        ("github", "lab/tool", "code", "https://github.com/lab/tool"),  # as a profile's `github: name`
        ("supplementary", "https://x.org/supp.zip", "supp", "https://x.org/supp.zip"),
        ("data", "files/weights.zip", "dataset", "/files/weights.zip"),  # a file in static/
        ("page", "https://lab.github.io/tool/", "project", "https://lab.github.io/tool/"),
        ("link", "https://x.org/paper", "url", "https://x.org/paper"),
    ],
)
def test_other_names_of_the_link_fields(field, value, kind, url):
    pubs, warnings = load(f"@article{{a, title = {{T}}, author = {{A B}}, journal = {{J}}, year = 2024, {field} = {{{value}}}}}")
    assert [(link.kind, link.url if not link.local else "/" + link.url) for link in pubs["a"].links] == [(kind, url)]
    assert f"{field} =" not in pubs["a"].bibtex and not warnings


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("data", "Survey of 2019"),  # a word of another meaning, not a link
        ("software", "MATLAB R2020a"),
        ("image", "https://x.org/fig"),
        ("bdsk-file-1", "https://x.org/f"),
        ("citeulike-linkout-0", "https://x.org/c"),
        ("langid", "english"),
    ],
)
def test_fields_that_are_no_links_make_no_button(field, value):
    pubs, warnings = load(f"@article{{a, title = {{T}}, author = {{A B}}, journal = {{J}}, year = 2024, {field} = {{{value}}}}}")
    assert pubs["a"].links == () and not warnings


def test_page_with_an_address_is_a_button_and_with_pages_a_misspelling():
    pubs, warnings = load(
        "@article{a, title = {T}, author = {A B}, journal = {J}, year = 2024, page = {https://lab.org/a}}\n"
        "@article{b, title = {U}, author = {A B}, journal = {J}, year = 2024, page = {12--15}}"
    )
    assert [link.label for link in pubs["a"].links] == ["Project"] and pubs["b"].links == ()
    assert warnings == (
        "refs.bib:2: warning: entry 'b' has the field 'page', which no style reads, so its value is not shown: "
        "did you mean 'pages'?"
    )


def test_a_site_that_shows_the_link_fields_in_its_bibtex_shows_these_too():
    pubs, _ = load(
        "@article{a, title = {T}, author = {A B}, journal = {J}, year = 2024, github = {https://github.com/a/b},"
        " demo = {https://a.org/demo}}",
        hidden=("file",),
    )
    assert "github = {https://github.com/a/b}" in pubs["a"].bibtex and "demo = {https://a.org/demo}" in pubs["a"].bibtex
    pubs, _ = load(
        "@article{a, title = {T}, author = {A B}, journal = {J}, year = 2024, github = {https://github.com/a/b},"
        " demo = {https://a.org/demo}}",
        hidden=("code",),
    )
    assert "github" not in pubs["a"].bibtex and "demo = {https://a.org/demo}" in pubs["a"].bibtex  # `link` hides them


def test_an_unsafe_address_in_a_field_of_another_name_is_dropped_with_a_warning_at_its_line():
    pubs, warnings = load(
        "@article{a, title = {T}, author = {A B}, journal = {J}, year = 2024,\n  github = {javascript:alert(1)//x.y}}"
    )
    assert pubs["a"].links == ()
    assert "refs.bib:2: warning: unsafe link in field 'github' of 'a' was dropped" in warnings


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Shiny App", "shiny_app"),
        ("Model weights (v2)", "model_weights_v2"),
        ("PDF", ""),
        ("Code", ""),
        ("GitHub", ""),
        ("—", ""),
    ],
)
def test_an_importer_writes_a_link_of_its_own_label_to_a_field_of_that_name(label, field):
    assert own_button_field(label) == field


def test_the_buttons_of_a_site_s_own_fields_are_in_every_list_and_in_the_site_s_language(make_site):
    site = make_site(
        {
            "content/site.yml": "title: T\nowner: ada\nlanguage: de\n",
            "content/publications/refs.bib": (
                "@article{a, title = {T}, author = {Ada Lovelace}, journal = {J}, year = 2024,"
                " demo = {https://a.org/demo}, docs = {https://a.org/docs}, bilibili = {https://www.bilibili.com/video/BV1}}"
            ),
        }
    )
    build(site)
    for page in ("index.html", "publications/index.html", "publications/a/index.html"):
        shown = {a.get_text(): a["href"] for a in html(site / "_site" / page).select("a.pub-link")}
        assert shown == {
            "Demo": "https://a.org/demo",
            "Dokumentation": "https://a.org/docs",
            "Bilibili": "https://www.bilibili.com/video/BV1",
        }


@pytest.mark.parametrize(
    ("field", "label"),
    [
        ("paper_link", "Paper"),
        ("demo_url", "Demo"),
        ("url_openreview", "OpenReview"),
        ("model-weights-url", "Model weights"),
        ("pdf_2", "PDF 2"),  # a second link of a kind, as the importers number it: the first's label
        ("github_2", "GitHub 2"),
        ("arxiv_2", "arXiv 2"),
    ],
)
def test_a_button_is_named_by_its_field_without_the_words_that_say_it_is_a_link(field, label):
    pubs, _ = load(f"@article{{a, title = {{T}}, author = {{A B}}, journal = {{J}}, year = 2024, {field} = {{https://a.org/x}}}}")
    assert [link.label for link in pubs["a"].links] == [label]


def test_no_field_sitegen_shows_in_the_citation_is_also_a_button():
    """A field the citation shows (`howpublished = {https://...}` linked in it) would otherwise be
    shown twice: linkfields passes over every one publications.SHOWN_FIELDS names."""
    assert set(SHOWN_FIELDS) <= _READ


def test_a_link_to_a_page_of_the_site_is_no_missing_file_and_leads_to_the_page_in_its_language(make_site):
    """`blog = {/blog/2020/post/}` (academicpages' blogurl to the site's own post) and a profile's
    `blog: /news/` name pages the site makes, not files of static/: no warning, and from a
    further language's pages they lead to that language's page."""
    site = make_site(
        {
            "content/site.yml": "title: Ada\nowner: ada\nbase_url: https://ada.example.org/repo/\nlanguages: [de]\n",
            "content/people/ada.md": "---\nname: Ada Lovelace\nlinks:\n  blog: /news/\n---\nBio.\n",
            "content/news/2020-01-02-post.md": "---\ndate: 2020-01-02\ntitle: A post\nredirect_from: /blog/2020/post/\n---\nText.\n",
            "content/publications/p.bib": "@article{a, author={Ada Lovelace}, title={T}, journal={J}, year=2021,"
            " blog={/blog/2020/post/}, website={news/2020-01-02-post/#text}, pdf={/files/paper.pdf}}\n"
            "@article{b, author={Ada Lovelace}, title={U}, journal={J}, year=2020, pdf={files/lost.pdf}}\n",
            "static/files/paper.pdf": b"%PDF-1.4\n",
        }
    )
    result = build(site)
    assert [w.message for w in result.warnings] == [
        "entry 'b': pdf file 'files/lost.pdf' is not in static/ (add it there or fix the path)"
    ]
    for page, folder in (("index.html", "/repo/"), ("de/index.html", "/repo/de/")):
        home = html(site / "_site" / page)
        buttons = {a["class"][1]: a["href"] for a in home.select("#a a.pub-link")}  # by kind: the labels are German on /de/
        assert buttons["pub-link-blog"] == folder + "blog/2020/post/"
        assert buttons["pub-link-website"] == folder + "news/2020-01-02-post/#text"
        assert buttons["pub-link-pdf"] == "/repo/files/paper.pdf"  # a file is at the root in every language
        assert home.select_one("#b a.pub-link-pdf")["href"] == "/repo/files/lost.pdf"  # a missing one too: not /de/files/
        assert home.select_one("a.profile-link-blog")["href"] == folder + "news/"


@pytest.mark.parametrize(
    ("fields", "kind", "url"),
    [
        ("url = {https://example.org/my paper.pdf}", "pdf", "https://example.org/my%20paper.pdf"),
        ("doi = {10.1000/a b}", "doi", "https://doi.org/10.1000/a%20b"),
        ('url = {https://x.org/q?a=1|2&b="c"}', "url", "https://x.org/q?a=1%7C2&b=%22c%22"),
        ("url = {https://x.org/100%}", "url", "https://x.org/100%25"),
        ("url = {https://x.org/caf%C3%A9/é}", "url", "https://x.org/caf%C3%A9/é"),  # escapes and letters as they are
        ("url = {\\url{https://x.org/p\\_1}}", "url", "https://x.org/p_1"),
        ("code = {\\href{https://github.com/a/b}{the code}}", "code", "https://github.com/a/b"),
        # LaTeX's line breaks, to break the printed line (LyX's examples): a DOI's address is its [DOI]
        ("url = {\\newline http://dx.doi.org/10.1023/A:1009583815474}", "doi", "https://doi.org/10.1023/A:1009583815474"),
        ("url = {https://x.org/a/\\allowbreak b/\\\\c}", "url", "https://x.org/a/b/c"),
    ],
)
def test_a_link_field_s_address_is_one_a_page_may_hold(fields, kind, url):
    """A space or quote in an address made an href the HTML checker refuses (and feed readers may);
    an address wrapped in `\\url{}` or `\\href{}{}`, or after a `\\newline`, was taken for a file of static/."""
    (pub,), report = publications_from(f"@misc{{a, title={{T}}, author={{Doe, Jane}}, year=2020, {fields}}}")
    assert [(link.kind, link.url) for link in pub.links] == [(kind, url)]
    assert report.warnings == []


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # ACM's DOI address and a document of one's own, written into one `url` by hand
        (
            "doi = {10.1145/3613904.3642406}, url = {https://doi.org/10.1145/3613904.3642406, https://docs.google.com/d/x}",
            [("doi", "https://doi.org/10.1145/3613904.3642406"), ("url", "https://docs.google.com/d/x")],
        ),
        # without a `doi`: the DOI address is the [DOI] button, the other the [URL]
        (
            "url = {https://doi.org/10.1145/3613904.3642406; https://example.org/talk}",
            [("doi", "https://doi.org/10.1145/3613904.3642406"), ("url", "https://example.org/talk")],
        ),
        (
            "code = {https://github.com/a/b https://gitlab.com/c/d}",
            [("code", "https://github.com/a/b"), ("code", "https://gitlab.com/c/d")],
        ),
        # an archived page's address holds the page's own: one link
        (
            "url = {https://web.archive.org/web/2020/https://example.org/}",
            [("url", "https://web.archive.org/web/2020/https://example.org/")],
        ),
    ],
)
def test_each_of_several_addresses_in_one_field_is_a_link_of_its_own(fields, expected):
    pubs, warnings = load(f"@misc{{m, title = {{T}}, author = {{A B}}, year = 2024, {fields}}}")
    assert [(link.kind, link.url) for link in pubs["m"].links] == expected
    assert not warnings
