"""biblatex's related entries (related.py): what a work reviews, translates or reprints ends its
citation, linked; a review without a title is titled by what it reviews; a volume does not take
its multi-volume work's list of volumes."""

from __future__ import annotations

import json

from conftest import build, html, preview_follows

from sitegen.build import Builder
from sitegen.citation import with_year_label

BOOKS = """\
@book{sear2006, author={Sear, Frank}, title={Roman Theatres}, subtitle={An Architectural Study}, publisher={OUP}, year=2006}
@book{welch2007, author={Welch, Katherine E.}, title={The {Roman} Amphitheatre}, publisher={CUP}, year=2007}
"""
RELATING = r"""
@review{taylor2008, author={Taylor, Rabun}, journaltitle={Journal of the Society of Architectural Historians},
  volume=67, pages={443--445}, year=2008, related={sear2006,welch2007}}
@review{hufschmid2010, author={Hufschmid, Thomas}, title={Von Caesars theatron kynegetikon}, journal={JRA},
  year=2010, related={welch2007}}
@book{zanker1988, author={Zanker, Paul}, title={The Power of Images}, publisher={UMP}, year=1988,
  related={zanker2009}, relatedtype={translationof}}
@book{zanker2009, author={Zanker, Paul}, title={Augustus und die Macht der Bilder}, publisher={Beck}, year=2009}
@article{doody1974, author={Doody, Terrence}, title={Hemingway's Style}, journal={JNT}, year=1974,
  related={welch2007}, relatedstring={\autocap{e}xcerpt in}}
@mvbook{eaor, editor={Tumolesi, Patrizia}, title={Epigrafia anfiteatrale dell'Occidente Romano}, publisher={Q}, year=1988,
  related={eaor1,eaor2}, relatedtype={multivolume}}
@book{eaor1, author={Tumolesi, Patrizia}, title={Roma}, volume=1, crossref={eaor}}
@book{eaor2, author={Gregori, Gian Luca}, title={Regiones Italiae}, volume=2, crossref={eaor}}
@misc{lost, author={Ada Lovelace}, title={Notes}, year=2020,
  related={nowhere}}
@article{moore1998, author={Moore, Gordon E.}, title={Cramming More Components}, journal={Proc. IEEE}, year=1998,
  related={moore1965}, relatedtype={reprintfrom}}
@article{moore1965, author={Moore, Gordon E.}, title={Cramming More Components}, journal={Electronics}, year=1965}
@book{zanker2009b, author={Zanker, Paul}, title={Augustus}, year=2009, related={zanker1988t}, relatedtype={bytranslator}}
@book{zanker1988t, author={Zanker, Paul}, translator={Shapiro, Alan H.}, title={The Power of Images}, year=1988}
@book{odd, author={Ada Lovelace}, title={Odd}, year=2020, related={zanker2009},
  relatedtype={commentaryon}}
"""


def _citations(site) -> dict[str, object]:
    page = html(site / "_site/publications/index.html")
    return {item["id"]: item.select_one(".citation") for item in page.select("li.publication")}


def test_a_related_work_ends_the_citation_linked_to_its_page(make_site):
    site = make_site({"content/publications/refs.bib": BOOKS + RELATING})
    warnings = build(site).warnings
    citations = _citations(site)

    def text(key: str) -> str:
        return " ".join(citations[key].get_text().split())

    assert text("hufschmid2010").endswith(
        "JRA, 2010. Review of Katherine E. Welch, The Roman Amphitheatre (2007)."
    )  # a title of its own: what it reviews after the citation
    [welch] = citations["hufschmid2010"].select(".pub-related a")
    assert welch["href"] == "/publications/welch2007/"
    assert text("zanker1988").endswith("UMP, 1988. Translation of Augustus und die Macht der Bilder (2009).")  # his own
    assert text("doody1974").endswith("JNT, 1974. Excerpt in Katherine E. Welch, The Roman Amphitheatre (2007).")
    assert text("eaor").endswith(
        "Q, 1988. Volume 1: Patrizia Tumolesi, Roma (1988); volume 2: Gian Luca Gregori, Regiones Italiae (1988)."
    )
    assert not citations["eaor1"].select(".pub-related")  # the volumes of a multi-volume work: not its list
    assert text("moore1998").endswith("1998. Reprinted from Cramming More Components (1965).")  # its own title
    assert text("zanker2009b").endswith("2009. Translated by Alan H. Shapiro as The Power of Images (1988).")
    assert text("odd").endswith("2020. See also Paul Zanker, Augustus und die Macht der Bilder (2009).")
    assert text("lost") == "Ada Lovelace. Notes. 2020."
    missing, odd = [w for w in warnings if "related" in w.message]
    assert missing.message.startswith("entry 'lost' names the related entry 'nowhere', which is not in the bibliography")
    assert (missing.path.name, missing.line) == ("refs.bib", 18)  # the line of its `related`
    assert odd.message.startswith("entry 'odd' has relatedtype 'commentaryon', which biblatex's styles have no words for")
    assert odd.line == 25


def test_a_review_without_a_title_is_titled_by_what_it_reviews(make_site):
    """As biblatex's styles let a @review be written (the archaeologie package's examples): it was
    skipped for want of a title; its title names the works, so they are not named again after it."""
    site = make_site({"content/publications/refs.bib": BOOKS + RELATING})
    build(site)
    title = "Review of Frank Sear, Roman Theatres: An Architectural Study; Katherine E. Welch, The Roman Amphitheatre"
    assert html(site / "_site/publications/taylor2008/index.html").select_one("h1").get_text() == title
    citation = _citations(site)["taylor2008"]
    assert " ".join(citation.get_text().split()) == (
        f"Rabun Taylor. {title}. Journal of the Society of Architectural Historians, 67:443–445, 2008."
    )  # a @review is an article
    assert not citation.select(".pub-related")


def test_a_review_in_a_csl_style_is_listed_by_its_title(make_site):
    site = make_site(
        {
            "content/publications/refs.bib": BOOKS + RELATING,
            "content/site.yml": "title: T\nowner: ada\npublications:\n  style: apa\n",
        }
    )
    build(site)
    text = _citations(site)["taylor2008"].get_text()
    assert "Review of Frank Sear, Roman Theatres" in text and "Journal of the Society of Architectural Historians" in text


def test_a_related_work_ends_the_citation_in_a_csl_style_too(make_site):
    """citeproc-py has no `reviewed-title`: what a work reviews or translates was left out of a
    CSL style's line, as if it were an article like any other; it ends the line, as in sitegen's."""
    site = make_site(
        {
            "content/publications/refs.bib": BOOKS + RELATING,
            "content/site.yml": "title: T\nowner: ada\npublications:\n  style: apa\n",
        }
    )
    build(site)
    citations = _citations(site)
    review = citations["hufschmid2010"]
    assert review.get_text().endswith("JRA. Review of Katherine E. Welch, The Roman Amphitheatre (2007).")
    assert review.select_one(".pub-related a")["href"] == "/publications/welch2007/"
    assert citations["zanker1988"].get_text().endswith("Translation of Augustus und die Macht der Bilder (2009).")
    assert "Review of" not in citations["welch2007"].get_text()  # only the work that relates says so


def test_a_related_work_s_year_is_not_the_one_a_text_cites():
    line = 'A. T. J, 2008. <span class="pub-related">Review of B, <a href="/p/">U</a> (2008)</span>.'
    assert with_year_label(line, "2008", "2008a", first=False) == line.replace("J, 2008.", "J, 2008a.")


def test_a_related_work_s_new_title_shows_and_an_edit_elsewhere_keeps_the_entry(make_site):
    """`serve`'s caches know publications by identity: the relating entry is the same object until
    it or a work it names changes."""
    bib = BOOKS + RELATING
    site = make_site({"content/publications/refs.bib": bib})
    builder = Builder(site, in_place=True)
    before = {pub.key: pub for pub in builder.load()[1].publications}
    (site / "content/publications/refs.bib").write_text(bib.replace("JNT}, year=1974", "JNT}, year=1975"))
    after = {pub.key: pub for pub in builder.load()[1].publications}
    assert after["hufschmid2010"] is before["hufschmid2010"] and after["doody1974"] is not before["doody1974"]
    (site / "content/publications/refs.bib").write_text(bib.replace("The {Roman} Amphitheatre", "Amphitheatres"))
    again = {pub.key: pub for pub in builder.load()[1].publications}
    assert ">Amphitheatres</a> (2007)" in again["hufschmid2010"].related
    assert again["hufschmid2010"].fingerprint != after["hufschmid2010"].fingerprint
    assert "Welch, Amphitheatres" in again["taylor2008"].title.text


def test_an_entry_kept_out_of_the_bibliography_is_not_listed_but_is_named_as_a_related_work(make_site):
    """biblatex's `options = {skipbib}` or `{dataonly}`: a reviewed book kept in the .bib for its
    review is not the site's publication; the review names it, without a link. A paper does not
    take its proceedings' options through crossref, as biber has it."""
    bib = """\
@book{sear2006, author={Sear, Frank}, title={Roman Theatres}, publisher={OUP}, year=2006, options={dataonly}}
@review{taylor2008, author={Lovelace, Ada}, title={Theatres}, journal={J}, year=2008, related={sear2006}}
@proceedings{proc, editor={Babbage, Charles}, title={Proceedings of X}, year=2020, options={skipbib=true}}
@inproceedings{paper, author={Lovelace, Ada}, title={Engines}, crossref={proc}, pages={1--2}}
@book{shown, author={Lovelace, Ada}, title={Shown}, year=2019, options={useprefix, skipbib=false}}
"""
    site = make_site({"content/publications/refs.bib": bib})
    warnings = build(site).warnings
    citations = _citations(site)
    assert sorted(citations) == ["paper", "shown", "taylor2008"]
    assert not (site / "_site/publications/sear2006").exists() and not (site / "_site/publications/proc").exists()
    review = citations["taylor2008"].select_one(".pub-related")
    assert review.get_text() == "Review of Frank Sear, Roman Theatres (2006)" and not review.select("a")
    assert (
        " ".join(citations["paper"].get_text().split())
        == "Ada Lovelace. Engines. In Charles Babbage, editor, Proceedings of X, pages 1–2, 2020."
    )
    assert not [w.message for w in warnings if "sear2006" in w.message or "'proc'" in w.message]


def test_the_preview_follows_an_edit_of_a_related_work_into_the_pages_that_name_it(make_site, tmp_path):
    """The preview's caches know an entry by its fingerprint: a related work's new title, a work
    kept out of the lists, a new type show as a clean build shows them."""
    bib = BOOKS + RELATING
    site = make_site({"content/publications/refs.bib": bib})
    refs = site / "content/publications/refs.bib"
    preview = Builder(site, tmp_path / "preview", in_place=True)
    edits = [
        lambda: refs.write_text(bib.replace("The {Roman} Amphitheatre", "Amphitheatres")),
        lambda: refs.write_text(bib.replace("publisher={CUP}, year=2007", "publisher={CUP}, year=2007, options={dataonly}")),
        lambda: refs.write_text(bib.replace("relatedtype={translationof}", "relatedtype={reprintof}")),
    ]
    preview_follows(preview, site, edits, tmp_path)
    review = html(tmp_path / "clean1/publications/index.html").select_one("#hufschmid2010 .pub-related")
    assert review.get_text() == "Review of Katherine E. Welch, The Roman Amphitheatre (2007)" and not review.select("a")
    assert "Reprint of Augustus" in html(tmp_path / "clean2/publications/index.html").select_one("#zanker1988").get_text()


def test_a_related_key_named_twice_is_one_work():
    """Keys ignore case, as the bibliography's do; the first spelling and place are kept."""
    from sitegen.related import related_keys

    assert related_keys("sear2006, ,welch2007, Sear2006,welch2007 ") == ["sear2006", "welch2007"]


def test_a_citation_of_an_entry_kept_out_of_the_lists_says_why_it_cannot_be_cited(make_site):
    from conftest import PERSON

    bib = "@book{sear2006, author={Sear, Frank}, title={Roman Theatres}, year=2006, options={dataonly}}\n"
    site = make_site({"content/publications/refs.bib": bib, "content/people/ada.md": PERSON + "\nAs in [@Sear2006].\n"})
    [said] = [w.message for w in build(site).warnings if "citation" in w.message]
    assert said.startswith("citation '[@Sear2006]': the entry 'Sear2006' is kept out of the site's lists by its options")


def test_search_engines_are_told_what_a_work_reviews_translates_or_reprints(make_site):
    """schema.org's properties of a CreativeWork: a review is `about` what it reviews (also when its
    title names it, and the citation does not again), a translation a `translationOfWork`, a reprint
    `isBasedOn` its original, a multi-volume work `hasPart` its volumes; "See also" tells nothing."""
    site = make_site({"content/publications/refs.bib": BOOKS + RELATING})
    build(site, base_url="https://example.org/lab/")

    def data(key: str) -> dict:
        page = html(site / f"_site/publications/{key}/index.html")
        return json.loads(page.select_one('script[type="application/ld+json"]').string)

    [sear, welch] = data("taylor2008")["about"]  # titled "Review of ..." by them
    assert sear == {
        "@type": "CreativeWork",
        "name": "Roman Theatres: An Architectural Study",
        "author": [{"@type": "Person", "name": "Frank Sear"}],
        "url": "https://example.org/lab/publications/sear2006/",
    }
    assert welch["name"] == "The Roman Amphitheatre"
    assert [work["name"] for work in data("zanker1988")["translationOfWork"]] == ["Augustus und die Macht der Bilder"]
    assert [work["name"] for work in data("moore1998")["isBasedOn"]] == ["Cramming More Components"]
    assert [work["name"] for work in data("eaor")["hasPart"]] == ["Roma", "Regiones Italiae"]
    assert not {"about", "isBasedOn", "mentions"} & set(data("odd"))  # a type biblatex has no words for
