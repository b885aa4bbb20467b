"""The .bib loader: macros, comments, crossref, duplicates and broken entries."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import preview_follows, publications_from

from sitegen.bibformat import DEFAULT_HIDDEN_FIELDS
from sitegen.bibtex import read_bib_text, split_value, without_comments
from sitegen.citation import format_citation
from sitegen.csl import csl_item
from sitegen.errors import Report
from sitegen.urls import is_readable_url


def load(*texts: str, exists=lambda path: True):
    names = tuple(f"refs{i}.bib" for i in range(len(texts)))
    publications, report = publications_from(*texts, names=names, hidden=("file",), exists=exists)
    return {pub.key: pub for pub in publications}, report


def messages(report: Report) -> str:
    return "\n".join(str(w) for w in report.warnings)


def test_split_value_parts():
    assert split_value('jan # " 1st " # {x}') == [("macro", "jan"), ("text", " 1st "), ("text", "x")]
    assert split_value("2023") == [("text", "2023")]
    assert split_value("{a {b} c}") == [("text", "a {b} c")]
    assert split_value('"say {"}hi{"}"') == [("text", 'say {"}hi{"}')]


@pytest.mark.parametrize(
    ("raw", "parts"),
    [
        ("{Caf{\\'e}s {and} {B}ars}", [("text", "Caf{\\'e}s {and} {B}ars")]),  # the close after many inner pairs
        ("{a {{b}} c} # x", [("text", "a {{b}} c"), ("macro", "x")]),  # nested twice
        ("{a} # {b}", [("text", "a"), ("text", "b")]),  # the first brace's close, not the last
        ("{x \\{ y}", [("text", "x \\{ y}")]),  # a brace after a backslash counts: unclosed, all is text
        ("{a {b}", [("text", "a {b}")]),
        ("{}", [("text", "")]),
        ('"a {"} b" # {c}', [("text", 'a {"} b'), ("text", "c")]),  # a quote inside braces is no end
    ],
)
def test_split_value_finds_the_closing_delimiter_by_bibtex_rules(raw: str, parts: list[tuple[str, str]]) -> None:
    assert split_value(raw) == parts


def test_string_macros_with_concatenation():
    pubs, report = load(
        """
        @string{nips = "Advances in Neural "}
        @STRING{full = nips # {Information Processing Systems}}
        @inproceedings{a, title = {T}, author = {A B}, booktitle = full # " 36", year = 2023}
        """
    )
    assert pubs["a"].fields["booktitle"] == "Advances in Neural Information Processing Systems 36"
    assert not report.warnings


def test_a_quote_inside_braces_in_a_quoted_value_is_text_and_the_entry_is_read_whole():
    """BibTeX's rule, and what babel's German shorthand needs: bibtexparser's splitter had ended the
    value at such a quote and lost the rest of the entry without a word."""
    pubs, report = load(
        r"""
        @string{pub = "{"}Verlag{"} Hermann Schmidt"}
        @book{tschichold, author = "Jan Tschichold", title = "{Die Neue Typographie}",
          subtitle = "{Ein Handbuch f{\"u}r zeitgem{"a}{\ss} Schaffende}", publisher = pub, year = "1991", pages = "240"}
        @booklet{stadt, editor = "Susanne Martin and {Stadtb"ucherei Norderstedt}", title = "Homepage", year = "2004"}
        """
    )
    book = pubs["tschichold"].fields
    assert book["subtitle"] == r'{Ein Handbuch f{\"u}r zeitgem{"a}{\ss} Schaffende}'
    assert (book["publisher"], book["year"], book["pages"]) == ('{"}Verlag{"} Hermann Schmidt', "1991", "240")
    assert [name.display for name in pubs["stadt"].editors] == ["Susanne Martin", "Stadtbücherei Norderstedt"]
    assert not report.warnings


def test_an_escaped_quote_in_a_quoted_value_is_an_umlaut_not_its_end():
    """The splitter reads `\\"` as no quote; the value's parts are read the same way."""
    pubs, report = load(
        r"""@article{s, author = "Erwin Schr\"odinger and Jane Roe", title = "Die gegenw\"artige Situation", year = 1935}"""
    )
    assert [name.display for name in pubs["s"].authors] == ["Erwin Schrödinger", "Jane Roe"]
    assert pubs["s"].title.text == "Die gegenwärtige Situation"
    assert not report.warnings


def test_macros_are_visible_in_later_files():
    pubs, report = load(
        '@string{jmlr = "Journal of Machine Learning Research"}', "@article{a, title={T}, journal = jmlr, year=2020}"
    )
    assert pubs["a"].parts["journal"].text == "Journal of Machine Learning Research"
    assert not report.warnings


def test_a_file_of_macros_alone_is_read_first_whatever_its_name(make_site):
    """An abbreviations file (strings.bib, IEEEabrv.bib) after the entries' file in name order:
    its macros were undefined in every entry that used them ("tpami" shown)."""
    from conftest import build, html

    site = make_site(
        {
            "content/publications/papers.bib": "@article{a, author={Lovelace, Ada}, title={T}, journal=tpami, year=2020}\n"
            "@article{b, author={Lovelace, Ada}, title={U}, journal={Mail me at a@b.org}, year=2020}",
            "content/publications/strings.bib": "% abbreviations\n@string{tpami = {IEEE Trans. Pattern Anal. Mach. Intell.}}",
            "content/publications/zz.bib": "@string{late = {L}}\n@misc{c, author={Lovelace, Ada}, title={V}, note=tpami, year=2020}",
        }
    )
    result = build(site)
    assert not [warning for warning in result.warnings if "macro" in warning.message]
    page = html(site / "_site/publications/index.html")
    assert "IEEE Trans. Pattern Anal. Mach. Intell." in page.select_one("#a").get_text()
    assert [item["id"] for item in page.select("li[id]")] == ["a", "b", "c"]  # one year: the files' order as it was


def test_month_macros_and_month_names():
    pubs, _ = load(
        "@article{a, title={T}, year=2020, month=dec}\n@article{b, title={T}, year=2020, month={March}}\n"
        "@article{c, title={T}, year=2020, month={11}}\n@article{d, title={T}, date={2021-04-05}}"
    )
    assert (pubs["a"].month, pubs["b"].month, pubs["c"].month) == (12, 3, 11)
    assert (pubs["d"].year, pubs["d"].month, pubs["d"].day) == (2021, 4, 5)


def test_the_journals_bibtex_s_standard_styles_define_are_known_unless_the_file_defines_them():
    """plain.bst (and abbrv, alpha, unsrt ... made from it) defines `cacm`, `jacm`, `tcs` beside the
    months: such an entry builds in LaTeX without an @string, and was "undefined" here."""
    pubs, report = load(
        "@article{a, title={A}, journal = CACM, year=1990}\n@article{b, title={B}, journal = tcs # { B}, year=1990}",
        "@string{jacm = {J. ACM}}\n@article{c, title={T}, journal = jacm, year=1990}",
    )
    assert pubs["a"].fields["journal"] == "Communications of the ACM"
    assert pubs["b"].fields["journal"] == "Theoretical Computer Science B"
    assert pubs["c"].fields["journal"] == "J. ACM"  # the file's own first
    assert not report.warnings


def test_undefined_macro_is_reported_and_shown_as_its_name():
    pubs, report = load("@article{a, title={T}, journal = jmlr, year=2020}")
    assert pubs["a"].fields["journal"] == "jmlr"
    assert "refs0.bib:1: warning: undefined @string macro 'jmlr'" in messages(report)


def test_comments_and_preamble_are_skipped():
    pubs, report = load(
        """
        @comment{jabref-meta: databaseType:bibtex;}
        @preamble{ "\\newcommand{\\noopsort}[1]{} " }
        Some free text between entries.
        @article{a, title={T}, year=2020}
        """
    )
    assert list(pubs) == ["a"]
    assert not report.warnings


def test_crossref_inherits_missing_fields_and_title_as_booktitle():
    pubs, _ = load(
        """
        @inproceedings{child, title = {Paper}, author = {A B}, crossref = {conf}, pages = {1--2}}
        @proceedings{conf, title = {Proceedings of Things}, year = 2019, publisher = {ACM}, editor = {E F}}
        """
    )
    child = pubs["child"]
    assert child.fields["booktitle"] == "Proceedings of Things"
    assert child.year == 2019
    assert child.fields["publisher"] == "ACM"
    assert child.title.text == "Paper"
    assert "crossref" not in child.bibtex


def test_a_part_takes_the_subtitle_of_the_book_it_is_in_as_the_book_s():
    """biblatex's inheritance (biblatex.def): a book's `subtitle` is its chapter's `booksubtitle`
    (biber's crossrefs.bib showed "Title of Book bit: Book Subtitle. Book Titleaddon. In Book
    Title"); a journal issue's title is its article's journal; a part's own booktitle keeps its
    own parts."""
    pubs, _ = load(
        r"""@book{b, author={Brian Bookauthor}, title={Book Title}, subtitle={Book Subtitle}, titleaddon={Book Titleaddon},
  shorttitle={BT}, publisher={P}, year=2009}
@inbook{c, author={Firstname Author}, crossref={b}, pages={123--126}, title={Title of Book bit}, year=2010}
@inbook{d, author={Firstname Author}, crossref={b}, title={Other bit}, booktitle={Own Book}, year=2010}
@periodical{j, title={Computer Graphics}, subtitle={Special Issue}, volume=35, number=4, year=2011}
@article{a, author={A B}, title={Paper}, crossref={j}, pages={1--9}}"""
    )
    assert pubs["c"].title.text == "Title of Book bit" and "shorttitle" not in pubs["c"].fields
    assert format_citation(pubs["c"]) == (
        "Firstname Author. Title of Book bit. In Book Title: Book Subtitle. Book Titleaddon, pages 123–126. P, 2010."
    )
    assert "In Own Book." in format_citation(pubs["d"]) and "booksubtitle" not in pubs["d"].fields
    assert format_citation(pubs["a"]) == "A B. Paper. Computer Graphics: Special Issue, 35(4):1–9, 2011."


def test_a_volume_of_a_multivolume_work_and_its_parts_name_the_work_with_its_subtitle():
    """biblatex-examples' maineditor: the set's subtitle went on the volume's title in its chapter's
    citation ("In Les Églises d'Orient: des origines à nos jours", the subtitle of Histoire du
    christianisme), and the set's title nowhere: biblatex makes it the volume's `maintitle`."""
    pubs, _ = load(
        r"""@mvbook{set, editor={Pietri, Charles}, title={Histoire du christianisme}, subtitle={des origines à nos jours},
  publisher={Desclée}, year=1992}
@book{vol, editor={Pietri, Luce}, title={Les Églises d'Orient}, volume=3, crossref={set}, year=1998}
@incollection{ch, author={Maraval, Pierre}, title={La réception}, crossref={vol}, pages={107--145}}"""
    )
    work = "Histoire du christianisme: des origines à nos jours"
    assert f"In Luce Pietri, editor, Les Églises d’Orient, volume 3 of {work}, pages 107–145" in format_citation(pubs["ch"])
    assert pubs["vol"].title.text == "Les Églises d’Orient"
    assert format_citation(pubs["vol"]) == f"Luce Pietri, editor. Les Églises d’Orient, volume 3 of {work}. Desclée, 1998."


def test_crossref_to_missing_entry_is_reported():
    pubs, report = load("@inproceedings{a, title={T}, year=2000,\n  crossref={nowhere}}")
    assert "a" in pubs
    assert messages(report) == (
        "refs0.bib:2: warning: entry 'a' has crossref 'nowhere', which is not in the bibliography; nothing is taken "
        "from it (fix the key, or add the entry to a .bib file)"
    )


def test_a_loop_of_crossrefs_is_said_as_a_loop_and_a_long_chain_is_followed():
    """biber's inheritance.bib: circ1 -> circ3 -> circ2 -> circ1 was said as "not in the
    bibliography", and a chain of more than five parents was cut there with the same words."""
    chain = "".join(f"@book{{r{n}, title={{R{n}}}, crossref={{r{n + 1}}}}}\n" for n in range(1, 8))
    pubs, report = load(
        "@book{circ1, title={C1}, crossref={circ3}}\n@book{circ2, title={C2}, crossref={circ1}}\n"
        "@book{circ3, title={C3}, crossref={circ2}}\n" + chain + "@book{r8, title={R8}, publisher={Deep}, year=1911}"
    )
    said = messages(report).splitlines()
    assert len(said) == 3 and all("which takes its fields from this entry in turn" in line for line in said)
    assert {line.split("'")[1] for line in said} == {"circ1", "circ2", "circ3"}
    assert pubs["r1"].parts["publisher"].text == "Deep" and pubs["r1"].year == 1911


def test_xdata_entries_give_their_fields_and_are_not_listed():
    pubs, report = load(
        """
        @xdata{pami, journaltitle = {IEEE Trans. PAMI}, publisher = {IEEE}, ids = {pamialias}}
        @xdata{ieee, xdata = {pami}, location = {New York}}
        @article{a, title = {T}, author = {A B}, xdata = {ieee}, date = {2021}, publisher = {Own}}
        @set{both, entryset = {a,b}}
        @article{b, title = {U}, author = {C D}, xdata = { pami , ieee}, year = 2020, volume = {3}}
        """
    )
    assert sorted(pubs) == ["a", "b"]  # neither the @xdata entries nor the @set are works
    assert not report.warnings
    a = pubs["a"]
    assert (a.fields["journaltitle"], a.fields["location"]) == ("IEEE Trans. PAMI", "New York")  # through two
    assert a.fields["publisher"] == "IEEE"  # as biber: the @xdata entry's field replaces the entry's own
    assert "ids" not in a.fields and "xdata" not in a.fields and "xdata" not in a.bibtex
    assert "IEEE Trans. PAMI" in format_citation(a) and "IEEE Trans. PAMI" in format_citation(pubs["b"])


def test_xdata_references_take_one_field_or_one_name():
    pubs, report = load(
        """
        @xdata{team, author = {Ann Lee and Bo Chen and {Barnes and Noble}}, title = {Pride and Prejudice}}
        @book{a, title = {xdata=team-title}, author = {Jane Doe and xdata=team-author-2 and xdata=team-author-3},
              editor = {XDATA = team-author}, translator = {Ed Ito and xdata=team-author}, year = 2020}
        """
    )
    assert not report.warnings
    a = pubs["a"]
    assert a.title.text == "Pride and Prejudice"
    assert [name.last for name in a.authors] == ["Doe", "Chen", "Barnes and Noble"]
    assert a.fields["editor"] == "Ann Lee and Bo Chen and {Barnes and Noble}"
    assert a.fields["translator"] == "Ed Ito and Ann Lee and Bo Chen and {Barnes and Noble}"


@pytest.mark.parametrize(
    ("entries", "said"),
    [
        ("@article{a, title={T}, xdata={nowhere}, year=2000}", "takes fields from 'nowhere', which is not in the bibliography"),
        ("@article{c, title={C}}\n@article{a, title={T}, xdata={c}}", "from 'c', which is an @article, not an @xdata entry"),
        (
            "@xdata{x, xdata={y}}\n@xdata{y, xdata={x}}\n@article{a, title={T}, xdata={x}}\n@article{b, title={U}, xdata={x}}",
            "from 'x', which takes its fields from this",
        ),
        (
            "@xdata{x, note={N}}\n@article{a, title={T}, author={A and xdata=x-author}}",
            "refers to the author of 'x', which has none",
        ),
        (
            "@xdata{x, author={B}}\n@article{a, title={T}, author={A and xdata=x-author-2}}",
            "item 2 of the author of 'x', which has 1",
        ),
    ],
)
def test_what_xdata_cannot_give_is_said_and_left_out(entries: str, said: str):
    pubs, report = load(entries)
    assert said in messages(report)
    assert "xdata" not in format_citation(pubs["a"]) and "xdata" not in pubs["a"].bibtex
    assert len(report.warnings) == 1  # said once, though two entries meet the loop


def test_the_preview_follows_an_edit_of_an_xdata_entry_into_the_entries_that_take_it(make_site, tmp_path):
    from sitegen.build import Builder

    bib = "@xdata{venue, journal = {Old Journal}}\n@article{a, title = {T}, author = {Ada Lovelace}, xdata = {venue}, year = 2020}\n"
    site = make_site({"content/publications/refs.bib": bib})
    refs = site / "content/publications/refs.bib"
    preview = Builder(site, tmp_path / "preview", in_place=True)
    edits = [lambda: refs.write_text(bib.replace("Old", "New")), lambda: refs.write_text(bib.replace("{venue}", "{venues}"))]
    said = preview_follows(preview, site, edits, tmp_path)
    assert "takes fields from 'venues', which is not in the bibliography" in "\n".join(said)
    page = (tmp_path / "clean0/publications/a/index.html").read_text()
    assert "New Journal" in page and "Old Journal" not in page


def test_a_line_between_fields_that_starts_with_a_percent_sign_is_a_comment():
    pubs, report = load(
        """
        @book{a,
          title = {Ouro e cobre},
          % editor = {Miguel {P}ropschi},
          % O ideal seria usar os campos `editor` e `editortype`
          note = {Side A
        % of the disc},
          abstract = "Sung {"}
        % in Portuguese",
        %  crossref = {nowhere}
          year = {1988}, vol = {2}
        }
        """
    )
    assert list(pubs) == ["a"]
    a = pubs["a"]
    assert "editor" not in a.fields and "crossref" not in a.bibtex
    assert a.fields["note"] == "Side A % of the disc"  # in a value, the line is the value's
    assert "in Portuguese" in a.fields["abstract"]
    assert messages(report).startswith("refs0.bib:11: warning: entry 'a' has the field 'vol'")  # lines still count


def test_a_percent_sign_after_a_field_starts_a_comment_but_not_in_a_value_or_a_key():
    pubs, report = load(
        """
        @string{jams = {J. Amer. Math. Soc.}}
        @article{a,
          author = {Ada Lovelace}, % as she signed
          year = {2020},% online in 2019
          title = {Engines 50 % faster},
          journal = jams % the short name
          , note = "a % b"} % the end
        @misc{https://doi.org/10.1000/a%2Fb, title = {T}, % DataCite's key, an address
          year = 2021}
        @comment{jabref-meta: grouping: % all}
        """
    )
    assert sorted(pubs) == ["a", "https://doi.org/10.1000/a%2Fb"] and not report.warnings
    a = pubs["a"]
    assert (a.title.text, a.fields["journal"], a.fields["note"], a.year) == (
        "Engines 50 % faster",
        "J. Amer. Math. Soc.",
        "a % b",
        2020,
    )


@pytest.mark.parametrize("before", ["", " ", "\t", "\n", ",", "\u00a0"])
def test_a_percent_sign_after_a_brace_a_space_or_a_comma_starts_a_comment(before):
    entry = "@misc{a, year = {2020}" + before + "% online in 2019\n}"
    assert without_comments(entry) == "@misc{a, year = {2020}" + before + "\n}"
    assert without_comments("% old\n" + entry) == "\n" + without_comments(entry)


def test_a_percent_sign_inside_a_word_starts_no_comment():
    entry = "@misc{doi:a%2Fb, year = 2020%online\n}"
    assert without_comments(entry) is entry


def test_an_entry_put_out_of_use_with_percent_signs_is_not_read():
    pubs, report = load(
        """
        @article{a, title = {A}, year = 2000}
        %@article{b,
        %  title = {The {Old} Version},
        %}
        @article{b, title = {B}, year = 2001}
        """
    )
    assert sorted(pubs) == ["a", "b"] and pubs["b"].title.text == "B"
    assert not report.warnings  # was "skipped entry 'b': Unexpectedly reached end of file"


def test_duplicate_keys_name_both_locations():
    pubs, report = load("@article{dup, title={First}, year=2000}\n\n@article{dup, title={ first }, year=2001}")
    assert list(pubs) == ["dup"] and pubs["dup"].year == 2000  # the same paper again: left out
    assert (
        "refs0.bib:3: warning: duplicate key 'dup': also defined at refs0.bib:1; this one is skipped, as the same paper "
        "(remove one of them" in messages(report)
    )


def test_one_paper_in_two_members_files_is_listed_once_without_a_warning():
    ada = "@article{lb2020, author={Lovelace, Ada and Babbage, Charles}, title={Engines}, journal={J}, year=2020}"
    charles = "@article{lb2020, author={Ada Lovelace and Charles Babbage}, title={{Engines}}, journal={Journal}, year=2020}"
    pubs, report = load(ada, charles)
    assert list(pubs) == ["lb2020"] and pubs["lb2020"].fields["journal"] == "J"  # from the first file
    assert messages(report) == ""


def test_another_paper_under_a_key_taken_is_kept_under_a_key_of_its_own():
    # as ResearchGate exports every paper: `@article{article,`
    pubs, report = load(
        """@article{article, author = {Li, Hui}, year = {2021}, month = {04}, pages = {}, title = {Transformers},
journal = {IEEE TCSVT}}
@article{article, author = {Li, Hui}, year = {2020}, pages = {}, title = {Sonar}, journal = {IEEE TGRS}}
@article{article, author = {Li, Hui}, year = {2019}, title = {Radar}, journal = {IEEE TAES}}
@article{article-2, author = {Li, Hui}, year = {2018}, title = {Lidar}, journal = {IEEE TIP}}"""
    )
    assert {key: pub.title.text for key, pub in pubs.items()} == {
        "article": "Transformers",
        "article-2": "Sonar",
        "article-3": "Radar",
        "article-2-2": "Lidar",
    }
    assert len({pub.anchor for pub in pubs.values()}) == 4
    assert "@article{article-3," in pubs["article-3"].bibtex
    assert (
        "refs0.bib:3: warning: duplicate key 'article': also defined at refs0.bib:1 for another paper; this one is listed as 'article-2'"
        in messages(report)
    )


def test_broken_entries_are_skipped_and_the_rest_loads():
    pubs, report = load(
        """@article{good1, title={One}, year=2000}
@article{unbalanced, title={Two, year=2001}
@article{good2, title={Three}, year=2002}
@article{nocomma title={Four}}
@foobar{weird, title={Five}}
@article{notitle, author={A B}, year=2003}
@article{good3, title={Six}, year=2004}
"""
    )
    assert {"good1", "good3"} <= set(pubs)
    text = messages(report)
    assert "refs0.bib:2:" in text and "unbalanced" in text
    assert "refs0.bib:5: warning: entry 'weird' has the unknown type @foobar; it is shown as an @misc" in text
    assert "refs0.bib:6: warning: entry 'notitle' has no title" in text
    assert "Traceback" not in text


def test_an_entry_whose_brace_is_on_the_line_after_its_type_is_read_with_its_lines():
    """BibTeX allows any space there; bibtexparser's splitter saw no entry and lost it silently."""
    pubs, report = load(
        """@incollection
(
    RouxSmart:95
    ,
    title = "A Model of Medical Knowledge", author = "M. Roux", year = 1995,
    booktitle = "Methods of Information in Medecine", pages = {1--2}
)
@MANUAL
{
	bibtexing ,
	TITLE = "Bib{\\TeX}ing", YEAR = 1988, author = "Oren Patashnik"
}
@misc{untitled, year = 2000}"""
    )
    assert pubs["RouxSmart:95"].fields["booktitle"] == "Methods of Information in Medecine"
    assert pubs["bibtexing"].fields["title"] == "Bib{\\TeX}ing"
    assert messages(report).startswith("refs0.bib:13: warning: entry 'untitled' has no title")  # lines kept


def test_a_type_that_begins_with_comment_is_an_entry_not_a_comment():
    """biblatex-oscola's @commentary and jurabib's @commented are legal commentaries: books; jurabib's
    @jurthesis is a thesis."""
    pubs, report = load(
        """@comment{a note, not an entry}
@commentary{blackstone, author = {Blackstone}, title = {Commentaries}, year = 1765}
@COMMENTED{erm, author = {Walther Erman}, title = {Handkommentar}, year = 2000}
@JURTHESIS{alexy, author = {Alexy, Robert}, title = {Theorie der Grundrechte}, year = 1984, type = {Habil.},
  school = {Göttingen}}"""
    )
    assert {key: pub.entry_type for key, pub in pubs.items()} == {"blackstone": "book", "erm": "book", "alexy": "thesis"}
    assert (
        format_citation(pubs["alexy"]) == "Robert Alexy. Theorie der Grundrechte. Habil., Göttingen, 1984."
    )  # the school was lost
    assert not report.warnings


def test_an_entry_of_an_unknown_type_is_shown_as_the_standard_type_its_fields_fit():
    """BibTeX's styles format an unknown type as @misc, which would drop the journal or conference
    an al-folio site's @preprint or @poster names; the BibTeX shown keeps the type as written."""
    pubs, report = load(
        """@preprint{p, title={P}, author={A B}, journal={arXiv preprint}, year=2017}
@poster{q, title={Q}, booktitle={Proc. of X}, year=2019}
@talk{r, title={R}, howpublished={Invited talk, Y}, year=2020}
@preprint{s, title={S}, url={https://example.org/s}, year=2021}
"""
    )
    assert [(pubs[k].entry_type, pubs[k].kind) for k in "pqrs"] == [
        ("article", "preprint"),
        ("inproceedings", "conference"),
        ("misc", "other"),
        ("misc", "preprint"),
    ]
    assert pubs["p"].bibtex.startswith("@preprint{p,")
    assert pubs["p"].parts["journal"].text == "arXiv preprint"
    assert "entry 'q' has the unknown type @poster; it is shown as an @inproceedings" in messages(report)


def test_a_style_s_settings_in_the_bib_are_no_publication_and_no_warning():
    """IEEE's template, REVTeX and achemso write their styles' settings as entries of the .bib."""
    pubs, report = load(
        """@IEEEtranBSTCTL{BIBctrl, CTLdash_repeated_names={no}}
@Control{achemso-control, ctrl-use-title = "no", ctrl-etal-number = "15"}
@CONTROL{REVTEX42Control}
@article{a, title={T}, author={A B}, journal={J}, year=2020}
"""
    )
    assert list(pubs) == ["a"]
    assert messages(report) == ""


def test_other_styles_names_of_a_standard_type_are_read_as_it_without_a_warning():
    """biblatex-software's types (Software Heritage's and HAL's exports) are software, and the
    @webpage and @website of many styles are biblatex's @online; one naming a journal is an article."""
    pubs, report = load(
        """@softwareversion{v, title={CGAL}, version={5.2}, author={The CGAL Project}, year=2020}
@softwaremodule{m, title={2D Polygons}, year=2020}
@codefragment{c, title={A mapper}, year=2021}
@webpage{w, title={The lab}, url={https://example.org}, year=2022}
@website{x, title={Notes}, year=2022}
@webpage{j, title={Online paper}, journal={J. Web}, year=2019}
"""
    )
    assert [pubs[k].entry_type for k in "vmcwxj"] == ["software"] * 3 + ["online"] * 2 + ["article"]
    assert pubs["v"].bibtex.startswith("@softwareversion{v,")
    assert "Version 5.2" in format_citation(pubs["v"])
    assert messages(report) == "refs0.bib:6: warning: entry 'j' has the unknown type @webpage; it is shown as an @article, " + (
        "the standard type its fields fit (say which it is: @article, @inproceedings, @misc ...)"
    )


@pytest.mark.parametrize(
    ("written", "fields", "formatted_as", "kind", "citation"),
    [
        (
            "review",
            "journaltitle={J}, volume=67, number=3, pages={443--445}",
            "article",
            "journal",
            "A B. T. J, 67(3):443–445, 2008.",
        ),
        ("suppperiodical", "journal={J}, volume=3", "article", "journal", "A B. T. J, 3, 2008."),
        (
            "inreference",
            "booktitle={Encyclopedia}, editor={E F}, pages={5--9}",
            "incollection",
            "book",
            "A B. T. In E F, editor, Encyclopedia, pages 5–9. 2008.",
        ),
        (
            "suppcollection",
            "booktitle={C}, pages={1--10}, publisher={P}",
            "incollection",
            "book",
            "A B. T. In C, pages 1–10. P, 2008.",
        ),
        ("suppbook", "booktitle={B}, pages={300--310}", "inbook", "book", "A B. T. In B, pages 300–310. 2008."),
        ("reference", "publisher={P}, volume=2", "collection", "book", "A B. T, volume 2. P, 2008."),
        ("mvcollection", "publisher={P}", "collection", "book", "A B. T. P, 2008."),
        ("mvproceedings", "publisher={P}, series={S}, number=4", "proceedings", "conference", "A B. T, number 4 in S. P, 2008."),
    ],
)
def test_biblatex_s_aliases_of_a_type_are_formatted_as_it(written, fields, formatted_as, kind, citation):
    """biblatex's standard styles format a @review as an @article, an @inreference as an
    @incollection (its manual, 2.1.1): as @misc they lost their journal, book and pages."""
    pubs, report = load(f"@{written}{{a, title={{T}}, author={{A B}}, year=2008, {fields}}}")
    assert (pubs["a"].entry_type, pubs["a"].kind, re.sub("<[^>]+>", "", format_citation(pubs["a"]))) == (
        formatted_as,
        kind,
        citation,
    )
    assert pubs["a"].bibtex.startswith(f"@{written}{{a,")  # its BibTeX as written
    assert messages(report) == ""


@pytest.mark.parametrize(
    ("journal", "kind"),
    [
        ("Advances in Neural Information Processing Systems", "conference"),  # Google Scholar's NeurIPS
        ("Advances in neural information processing systems", "conference"),
        ("Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", "conference"),
        ("International Conference on Robotics and Automation (ICRA)", "conference"),
        ("Proceedings of the 30th ACM International Conference on Multimedia", "conference"),
        ("Proceedings of the National Academy of Sciences", "journal"),  # journals called Proceedings
        ("Proceedings of the IEEE", "journal"),
        ("Nature", "journal"),
    ],
)
def test_an_article_in_a_conferences_proceedings_is_a_conference_paper(journal, kind):
    pubs, _ = load(f"@article{{a, title={{A}}, author={{A B}}, journal={{{journal}}}, year=2023}}")
    assert pubs["a"].kind == kind
    assert pubs["a"].parts["journal"].text.lower() == journal.lower()  # shown as written (title-cased at most)


def test_al_folios_line_break_in_a_badge_is_a_space():
    pubs, _ = load("@article{a, title={A}, journal={J}, year=2023, abbr={J. Intell. <br> Connect. Veh.}}")
    assert pubs["a"].parts["abbr"].html == "J. Intell. Connect. Veh."


@pytest.mark.parametrize(
    ("keywords", "kept"),
    [
        ("Computer Science - Machine Learning, Statistics - Machine Learning", ()),  # Zotero's arXiv import
        (
            "Computer Science - Machine Learning, Computer Science - Distributed, Parallel, and Cluster Computing,"
            " Mathematics - Optimization and Control, Quantum Physics",  # NASA ADS's
            (),
        ),
        ("Computer Science - Computer Vision and Pattern Recognition, diffusion models", ("diffusion models",)),
        ("Quantum Physics, entanglement", ("Quantum Physics", "entanglement")),  # the user's own words
        ("deep learning; time series - forecasting", ("deep learning", "time series - forecasting")),
        # a Zotero library's tags of its own, as a Hugo Blox site's publication had them
        (
            "⛔ No DOI found, Astrophysics - Instrumentation and Methods for Astrophysics, General Relativity and"
            " Quantum Cosmology, Physics - Data Analysis, Statistics and Probability, gravitational waves",
            ("gravitational waves",),
        ),
        ("/unread; _tablet; #nosource; ⭐⭐⭐; To Read; {DNA} repair; $\\alpha$-helix", ("DNA repair", "α-helix")),
    ],
)
def test_arxivs_subject_classes_are_no_keywords(keywords, kept):
    pubs, _ = load(f"@misc{{a, title={{A}}, author={{A B}}, year=2025, keywords={{{keywords}}}}}")
    assert pubs["a"].keywords == kept


@pytest.mark.parametrize(
    ("keywords", "kept"),
    [
        # EndNote's PubMed import, a term a line (seen in a lab's al-folio file)
        (
            "Animals\n*Genome-Wide Association Study\nFemale\n*Cocaine/administration & dosage\nRats\nMale\n"
            "Polymorphism, Single Nucleotide\nCocaine/pharmacology",
            ("Genome-Wide Association Study", "Cocaine", "Polymorphism, Single Nucleotide"),
        ),
        ("Humans; Aged, 80 and over; Middle Aged; Stroke/therapy", ("Stroke",)),
        ("male infertility; sperm", ("male infertility", "sperm")),  # one check tag alone is no MeSH list
        ("Male; sperm", ("Male", "sperm")),
        ("graphs, networks", ("graphs", "networks")),  # commas part keywords when there is no semicolon
    ],
)
def test_a_mesh_list_loses_its_check_tags_and_qualifiers_and_keeps_its_commas(keywords, kept):
    pubs, _ = load(f"@misc{{a, title={{A}}, author={{A B}}, year=2025, keywords={{{keywords}}}}}")
    assert pubs["a"].keywords == kept


def test_duplicate_field_uses_first_and_warns():
    pubs, report = load("@article{a, title={First}, title={Second}, year=2000}")
    assert pubs["a"].title.text == "First"
    assert "repeats the field(s) title" in messages(report)


def test_a_database_field_repeated_by_its_export_is_no_warning():
    """Scopus writes a `funding_details` per funder (163 warnings in one researcher's export): a
    record field, so which one is kept changes nothing shown. A shown one still warns, and so does
    a button's (hidden from the BibTeX shown, but the second repository would be lost)."""
    bib = "@article{a, title={A}, year=2000, funding_details={NSF}, funding_details={NIH}, keywords={x}, keywords={y}, "
    pubs, report = load(bib + "code={https://github.com/a/b}, code={https://github.com/a/c}}")
    assert pubs["a"].keywords == ("x",)
    repeats = [str(warning) for warning in report.warnings if "repeats" in str(warning)]
    assert len(repeats) == 1 and "entry 'a' repeats the field(s) code, keywords; the first is used" in repeats[0]


def test_non_utf8_file_is_read_as_windows_1252(tmp_path):
    """An old Windows export: Latin-1 but for its curly quotes, dashes and euro sign, which a Latin-1
    reading makes invisible control characters."""
    path = tmp_path / "old.bib"
    path.write_bytes("@article{a, title={\u201cCaf\xe9\u201d \u2013 \u20ac5}, year=2000}".encode("cp1252"))
    report = Report()
    assert "{\u201cCaf\xe9\u201d \u2013 \u20ac5}" in read_bib_text(path, report)
    assert "read as Windows-1252 (Latin-1)" in messages(report)
    assert len(report.warnings) == 1


@pytest.mark.parametrize(
    ("header", "encoding"),
    [
        ("% This file was created with JabRef 2.10.\n% Encoding: ISO8859_2\n", "iso8859-2"),  # JabRef's own
        ("% -*- coding: latin-2-unix -*-\n", "iso8859-2"),  # Emacs's, with its line ends
        ("% vim: set fileencoding=cp1250 :\n", "cp1250"),
        ("% !TeX encoding = ISO-8859-2\n", "iso8859-2"),  # TeXShop's and TeXworks'
    ],
)
def test_a_file_in_the_encoding_its_header_names_is_read_in_it(tmp_path, header, encoding):
    """JabRef saves a file in the encoding the user chose and says which in its first lines: a
    Polish file in Latin-2 read as Windows-1252 would say "£ukasz Ma³ecki"."""
    text = header + "@article{a, title={Zażółć}, author={Małecki, Łukasz}, year=2000}\n"
    assert read_bytes(tmp_path, text.encode(encoding)) == (text, "")


def read_bytes(folder: Path, data: bytes) -> tuple[str, str]:
    """A .bib file of these bytes as read, and the warnings reading it gave."""
    path = folder / "refs.bib"
    path.write_bytes(data)
    report = Report()
    return read_bib_text(path, report), messages(report)


@pytest.mark.parametrize(
    "header",
    [
        "% Encoding: UTF-8\n",  # a header that is wrong: the file is not what it says
        "% -*- coding: undecided -*-\n",  # a name Python does not know
        "@article{b, title={B}, year=2000}\n% Encoding: ISO8859_2\n",  # below an entry: no header
    ],
)
def test_a_header_that_cannot_be_followed_leaves_the_windows_1252_reading(tmp_path, header):
    text, warnings = read_bytes(tmp_path, (header + "@article{a, title={Caf\xe9 \u2013 \u20ac5}, year=2000}").encode("cp1252"))
    assert "{Caf\xe9 \u2013 \u20ac5}" in text
    assert "read as Windows-1252 (Latin-1)" in warnings


def test_a_utf8_file_is_utf8_whatever_its_header_says(tmp_path):
    """JabRef's "% Encoding: ISO8859_1" stays on a file long after it became UTF-8 text."""
    text = "% Encoding: ISO8859_1\n@article{a, title={Caf\xe9}, year=2000}\n"
    assert read_bytes(tmp_path, text.encode("utf-8")) == (text, "")


def test_a_file_neither_utf8_nor_windows_1252_is_read_as_latin1_without_its_controls(tmp_path):
    path = tmp_path / "odd.bib"
    path.write_bytes(b"@article{a, title={Caf\xe9\x81}, year=2000}")  # 0x81: undefined in Windows-1252
    report = Report()
    assert "{Caf\xe9}" in read_bib_text(path, report)
    assert "control character (U+0081)" in messages(report)


def test_control_characters_are_left_out_with_a_warning_at_the_first(tmp_path):
    """A copy from a PDF leaves one where a ligature was: invisible, and no web page may hold it."""
    path = tmp_path / "pdf.bib"
    text = "@article{a, title={Fine},\n  year=2000,\n  abstract={An e\x02cient\x0cway \x1f\x7f\x85.}}"
    path.write_text(text, encoding="utf-8")
    report = Report()
    assert read_bib_text(path, report) == text.replace("\x02", "").replace("\x0c", " ").replace("\x1f\x7f\x85", "")
    (warning,) = report.warnings
    assert warning.line == 3
    assert "control character (U+0002) is left out here, and 4 more in this file" in warning.message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_a_file_with_a_byte_order_mark_is_read_in_its_encoding(tmp_path, encoding):
    """Notepad's "Unicode" and PowerShell's `>` write UTF-16 with a mark: not Latin-1 mojibake."""
    path = tmp_path / "windows.bib"
    text = "@article{a, title={Caf\xe9 d\xe9j\xe0 vu}, author={M\xfcller, Hans}, year=2000}\n"
    path.write_bytes(("\ufeff" + text).encode(encoding) if encoding == "utf-16-be" else text.encode(encoding))
    report = Report()
    assert read_bib_text(path, report) == text
    assert report.warnings == []


def test_field_names_and_types_are_case_insensitive():
    pubs, _ = load("@ARTICLE{Key1, TITLE={T}, Year=2020, JOURNAL={J}}")
    assert pubs["Key1"].entry_type == "article"
    assert pubs["Key1"].parts["journal"].text == "J"


def test_biblatex_fields():
    pubs, _ = load(
        "@article{a, title={T}, date={2022-03}, journaltitle={J. Things}, eprint={2101.00001}, eprinttype={arXiv}, doi={https://doi.org/10.1/x}}"
    )
    pub = pubs["a"]
    assert (pub.year, pub.month) == (2022, 3)
    assert pub.parts["journaltitle"].text == "J. Things"
    links = {link.kind: link.url for link in pub.links}
    assert links["doi"] == "https://doi.org/10.1/x"
    assert links["arxiv"] == "https://arxiv.org/abs/2101.00001"


@pytest.mark.parametrize(
    ("fields", "kind", "url"),
    [
        ("hal={hal-01234567}", "hal", "https://hal.science/hal-01234567"),
        ("hal={https://hal.archives-ouvertes.fr/hal-01234567v2}", "hal", "https://hal.science/hal-01234567v2"),
        ("eprint={hal-01234567}, eprinttype={HAL}", "hal", "https://hal.science/hal-01234567"),
        ("pmid={31452104}", "pmid", "https://pubmed.ncbi.nlm.nih.gov/31452104"),
        ("pmid={PMID: 31452104}", "pmid", "https://pubmed.ncbi.nlm.nih.gov/31452104"),
        ("eprint={31452104}, eprinttype={pubmed}", "pmid", "https://pubmed.ncbi.nlm.nih.gov/31452104"),
        ("url={https://pubmed.ncbi.nlm.nih.gov/31452104/}", "pmid", "https://pubmed.ncbi.nlm.nih.gov/31452104/"),
        ("pmcid={PMC6712345}", "pmcid", "https://pmc.ncbi.nlm.nih.gov/articles/PMC6712345"),
        ("mrnumber={1234567}", "mrnumber", "https://mathscinet.ams.org/mathscinet-getitem?mr=1234567"),
        ("mrnumber={MR1234567 (2000a:11001)}", "mrnumber", "https://mathscinet.ams.org/mathscinet-getitem?mr=1234567"),
        ("zbl={0987.11003}", "zbl", "https://zbmath.org/?q=an:0987.11003"),
        ("pmcid={6712345}", "pmcid", "https://pmc.ncbi.nlm.nih.gov/articles/PMC6712345"),
        (
            "url={https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6712345/}",
            "pmcid",
            "https://pmc.ncbi.nlm.nih.gov/articles/PMC6712345/",
        ),
        ("eprint={2101.00001}, archiveprefix={arXiv}", "arxiv", "https://arxiv.org/abs/2101.00001"),
        # biblatex's other eprint types, and an untyped eprint that is an arXiv identifier, as
        # physics' styles read it (SPIRES's `eprint = {hep-th/9901001}`, INSPIRE's without its archivePrefix)
        ("eprint={2289553}, eprinttype={jstor}", "jstor", "https://www.jstor.org/stable/2289553"),
        ("url={https://www.jstor.org/stable/2289553}", "jstor", "https://www.jstor.org/stable/2289553"),
        ("eprint={1721.1/12345}, eprinttype={hdl}", "hdl", "https://hdl.handle.net/1721.1/12345"),
        ("url={http://hdl.handle.net/1721.1/12345}", "hdl", "https://hdl.handle.net/1721.1/12345"),
        ("eprint={4HIWAAAAYAAJ}, eprinttype={googlebooks}", "googlebooks", "https://books.google.com/books?id=4HIWAAAAYAAJ"),
        ("eprint={hep-paper}, eprinttype={ctan}", "ctan", "https://ctan.org/pkg/hep-paper"),
        ("eprint={hep-th/9901001}", "arxiv", "https://arxiv.org/abs/hep-th/9901001"),
        ("eprint={arXiv:1207.7214}", "arxiv", "https://arxiv.org/abs/1207.7214"),
        ("eprint={1207.7214v2}, primaryclass={hep-ex}", "arxiv", "https://arxiv.org/abs/1207.7214v2"),
    ],
)
def test_archive_identifiers_and_biblatex_eprints_become_links(fields, kind, url):
    pubs, _ = load(f"@article{{a, title={{T}}, journal={{J}}, year=2020, {fields}}}")
    assert [(link.kind, link.url) for link in pubs["a"].links] == [(kind, url)]


@pytest.mark.parametrize(
    ("venue", "url"),
    [
        ("arXiv preprint arXiv:2305.11676", "https://arxiv.org/abs/2305.11676"),
        ("arXiv:2101.00001v2", "https://arxiv.org/abs/2101.00001v2"),
        ("arXiv preprint cs/0112017", "https://arxiv.org/abs/cs/0112017"),
        ("arXiv preprint math.AG/0601001", "https://arxiv.org/abs/math.AG/0601001"),
    ],
)
def test_an_arxiv_identifier_in_the_venue_is_the_arxiv_button(venue, url):
    pubs, _ = load(
        f"@article{{a, title={{T}}, journal={{{venue}}}, year=2023}}\n@misc{{m, title={{T}}, howpublished={{{venue}}}, year=2023}}"
    )  # as Google Scholar exports preprints
    assert [(link.label, link.url) for link in pubs["a"].links] == [("arXiv", url)]
    assert [(link.label, link.url) for link in pubs["m"].links] == [("arXiv", url)]


def test_an_arxiv_identifier_given_as_the_volume_of_arxiv_is_the_arxiv_button():
    pubs, _ = load(
        """@article{s2, title={T}, journal={ArXiv}, volume={abs/2001.00001}, year=2020}
@article{other, title={T}, journal={Physics}, volume={abs/2001.00001}, year=2020}"""
    )  # as Semantic Scholar exports a preprint
    assert [(link.kind, link.url) for link in pubs["s2"].links] == [("arxiv", "https://arxiv.org/abs/2001.00001")]
    assert pubs["other"].links == ()


def test_a_dataset_is_a_data_button_after_the_code_and_not_in_the_shown_bibtex():
    pubs, _ = load("@article{a, title={T}, year=2020, dataset={https://zenodo.org/1}, code={https://git.example/x}}")
    assert [(link.kind, link.label) for link in pubs["a"].links] == [("code", "Code"), ("dataset", "Data")]
    assert "dataset" in DEFAULT_HIDDEN_FIELDS  # so the shown BibTeX leaves it out, as the other link fields


def test_an_eprint_of_another_archive_is_not_taken_for_one_of_these_and_said_when_it_is_the_only_link():
    """biblatex shows an eprint of a type it has no link for as text; sitegen dropped it silently."""
    pubs, report = load(
        """@article{a, title={T}, journal={J}, year=2020, eprint={12345}, eprinttype={ssrn}}
@article{u, title={U}, journal={J}, year=2020, eprint={wiki/LaTeX}, eprinttype={wikipedia}, url={https://en.wikipedia.org/wiki/LaTeX}}
@article{n, title={N}, journal={J}, year=2020, eprint={12345}}
@misc{p, title={P}, year=2017, howpublished={arXiv:1704.01701}, archiveprefix={arXiv}}"""
    )
    assert pubs["a"].links == () and pubs["n"].links == ()
    assert [link.label for link in pubs["u"].links] == ["URL"]
    assert messages(report) == (
        "refs0.bib:1: warning: entry 'a': its eprint '12345' is of a type sitegen has no address for "
        "(ssrn), so it is not linked: give its address as the url"
    )


def test_a_code_host_as_an_eprint_type_is_the_code_button():
    """hep-paper's and others' `eprinttype = {github}, eprintclass = {owner}, eprint = {repo}`."""
    pubs, _ = load(
        """@manual{g, title={T}, year=2020, eprint={hep-paper}, eprinttype={github}, eprintclass={janhajer}}
@manual{l, title={T}, year=2020, eprint={axelsommerfeldt/caption}, eprinttype={GitLab}}
@manual{s, title={T}, year=2020, eprint={biblatex-biber}, eprinttype={sourceforge}, eprintclass={plk}}
@manual{c, title={T}, year=2020, eprint={x}, eprinttype={github}, eprintclass={a}, code={https://github.com/lab/x}}"""
    )
    assert [[(link.label, link.url) for link in pubs[key].links] for key in "glsc"] == [
        [("Code", "https://github.com/janhajer/hep-paper")],
        [("Code", "https://gitlab.com/axelsommerfeldt/caption")],
        [("Code", "https://sourceforge.net/projects/biblatex-biber")],
        [("Code", "https://github.com/lab/x")],
    ]


def test_a_preprint_says_which_archive_holds_it():
    """A HAL preprint was "arXiv preprint arXiv:hal-...", and an eprint written `arXiv:...` "arXiv:arXiv:..."."""
    pubs, _ = load(
        """@preprint{h, title={T}, author={A B}, year=2020, eprint={hal-01234567}, eprinttype={hal}}
@misc{a, title={T}, author={A B}, year=2020, eprint={arXiv:2101.00001}, eprinttype={arxiv}}
@misc{p, title={T}, author={A B}, year=2020, eprint={hep-th/9901001}}"""
    )
    assert [format_citation(pubs[key]) for key in "hap"] == [
        "A B. T. HAL preprint hal-01234567, 2020.",
        "A B. T. arXiv preprint arXiv:2101.00001, 2020.",
        "A B. T. arXiv preprint arXiv:hep-th/9901001, 2020.",
    ]


@pytest.mark.parametrize(
    ("fields", "state"),
    [
        ("year={in press}", "In press"),
        ("year={{To Appear}}", "To appear"),
        ("year={Submitted.}", "Submitted"),
        ("pubstate={inpress}", "In press"),
        ("pubstate={forthcoming}, year={2024}", ""),  # a year says when
        ("year={n.d.}", ""),  # not a promise
    ],
)
def test_an_entry_without_a_year_may_say_it_is_forthcoming(fields, state):
    pubs, _ = load(f"@article{{a, title={{T}}, journal={{J}}, {fields}}}")
    assert pubs["a"].forthcoming == state


def test_a_dated_work_s_pubstate_is_its_status_in_csl_json():
    from sitegen.csl import csl_item

    pubs, _ = load(
        "@article{a, title={T}, journal={J}, year=2024, pubstate={forthcoming}}\n@article{b, title={T}, journal={J}, year={in press}}"
    )
    assert (pubs["a"].pubstate, pubs["a"].forthcoming) == ("Forthcoming", "")
    assert [(csl_item(pubs[key]).get("issued"), csl_item(pubs[key])["status"]) for key in "ab"] == [
        ({"date-parts": [[2024]]}, "forthcoming"),
        (None, "in press"),
    ]


def test_forthcoming_entries_come_first_and_undated_ones_last():
    pubs, _ = load(
        "@article{undated, title={T}}\n@article{old, title={T}, year=2019}\n"
        "@article{soon, title={T}, year={in press}}\n@article{new, title={T}, year=2025, month=dec}"
    )
    assert [p.key for p in sorted(pubs.values(), key=lambda p: p.sort_key)] == ["soon", "new", "old", "undated"]
    assert [pubs[k].year_label for k in ("soon", "new", "undated")] == ["Forthcoming", "2025", "Undated"]


def test_one_paper_exported_twice_under_two_keys_is_reported_not_its_other_versions():
    scholar = (
        "@inproceedings{shen2023learning, title={Learning global-aware kernel for image harmonization},"
        " booktitle={ICCV}, year={2023}}\n"
        "@article{shen2024learning, title={Learning Global-Aware Kernel for Image Harmonization}, journal={TPAMI}, year={2024}}\n"
        "@article{shen2023arxiv, title={Learning Global-Aware Kernel for Image Harmonization}, journal={arXiv preprint}, year={2023}}\n"
    )
    dblp = "@inproceedings{DBLP:conf/iccv/ShenZ23, title = {Learning Global-Aware Kernel for Image Harmonization.},\n booktitle = {{ICCV}}, year = {2023}}"
    pubs, report = load(scholar + dblp)
    assert len(pubs) == 4  # reported, not dropped: which one to keep is the author's choice
    assert [str(w) for w in report.warnings] == [
        "refs0.bib:4: warning: entry 'DBLP:conf/iccv/ShenZ23' has the title, year and type of 'shen2023learning' "
        "(refs0.bib:1); if they are one paper, remove one of them"
    ]
    _, report = load(scholar, dblp)  # in two files, two members' own: listed once (test_versions), said nothing of
    assert report.warnings == []


def test_works_of_one_title_by_other_first_authors_are_no_twins():
    """Two people's "Editorial", or their reviews of one book titled by it ("Review of Frank Sear,
    Roman Theatres"), are two works; the same author's twice is one, said of each later copy."""
    pubs, report = load(
        "@article{a, author={Taylor, Rabun}, title={Editorial}, journal={J}, year=2008}\n"
        "@article{b, author={Welch, Katherine}, title={Editorial}, journal={K}, year=2008}\n"
        "@article{c, author={Welch, K.}, title={Editorial}, journal={K}, year=2008}\n"
        "@article{d, author={Taylor, R.}, title={Editorial}, journal={J}, year=2008}"
    )
    assert len(pubs) == 4
    assert [str(w).split(" has ")[0] for w in report.warnings] == [
        "refs0.bib:3: warning: entry 'c'",
        "refs0.bib:4: warning: entry 'd'",
    ]
    assert "of 'b' (refs0.bib:2)" in str(report.warnings[0]) and "of 'a' (refs0.bib:1)" in str(report.warnings[1])
    _, report = load(
        '@article{a, author={D{\\"u}rst, M. J.}, title={Kanji}, journal={J}, year=1993}\n'
        "@article{b, author={Duerst, M. J.}, title={Kanji}, journal={J}, year=1993}\n"
        "@article{c, author={Smyth, A.}, title={Kanji}, journal={J}, year=1993}"
    )
    assert [str(w).split(" has ")[0] for w in report.warnings] == ["refs0.bib:2: warning: entry 'b'"]  # one name, two spellings


def test_newest_first_and_ties_keep_file_order():
    pubs, _ = load("@article{old, title={T}, year=2019}\n@article{b, title={T}, year=2023}\n@article{c, title={T}, year=2023}")
    assert sorted(pubs.values(), key=lambda p: p.sort_key)[0].key == "b"
    assert [p.key for p in sorted(pubs.values(), key=lambda p: p.sort_key)] == ["b", "c", "old"]


def test_a_tilde_spelt_out_in_a_link_field_is_a_tilde():
    """Old .bib files write a home page's tilde as `$\\sim$` or `\\textasciitilde{}` (LaTeX reads `~` as a space)."""
    pubs, _ = load(
        r"@misc{a, title={T}, year=1999, url={http://www.cs.x.edu/$\sim$ada/p.ps}, pdf={http://x.edu/{$\sim$}b/p.pdf}}"
    )
    assert [link.url for link in pubs["a"].links] == ["http://x.edu/~b/p.pdf", "http://www.cs.x.edu/~ada/p.ps"]


def test_a_path_on_ctan_is_linked_to_ctan():
    """TeX's own bibliographies give a package's files as `CTAN:` paths (DTK's, TUGboat's, the
    PSTricks manuals', in the url or in the address), and biblatex-dtk's @ctan gives its url as
    one: each was an unsafe link or a file missing from static/, and dropped with a warning."""
    pubs, report = load(
        r"""@manual{m, title={pst-plot}, year=1999, url={CTAN: /graphics/pstricks/generic/pst-plot.tex}}
@misc{h, title={multido}, howpublished={\url{CTAN:graphics/pstricks/generic/}}, year=2004}
@ctan{c, title={The Comprehensive {\LaTeX} Symbol List}, author={Pakin, Scott}, url={/info/symbols/comprehensive/}, date={2008}}
@ctan{w, title={xkeyval}, url={https://ctan.org/pkg/xkeyval}, year=2022}
@misc{x, title={Not a path}, year=2020, url={CTAN:/}}"""
    )
    mirrors = "https://mirrors.ctan.org/"
    assert [link.url for link in pubs["m"].links] == [mirrors + "graphics/pstricks/generic/pst-plot.tex"]
    assert f'<a href="{mirrors}graphics/pstricks/generic/">CTAN:graphics/pstricks/generic/</a>' in format_citation(pubs["h"])
    assert [(link.label, link.url, link.local) for link in pubs["c"].links] == [
        ("URL", mirrors + "info/symbols/comprehensive/", False)
    ]
    assert pubs["c"].entry_type == "software"
    assert [link.url for link in pubs["w"].links] == ["https://ctan.org/pkg/xkeyval"]
    assert messages(report) == "refs0.bib:5: warning: unsafe link in field 'url' of 'x' was dropped: 'CTAN:/'"


def test_an_e_mail_address_in_a_link_field_is_mailed():
    """bath-bst's example gives a mailing list as `url = {lis-link@jiscmail.ac.uk}`: it was taken for
    a file of the site and dropped, with a warning that it is not in static/."""
    pubs, report = load("@misc{a, title={T}, year=2020, url={lis-link@jiscmail.ac.uk}, code={user@host.org/repo}}")
    links = [(link.label, link.url, link.local) for link in pubs["a"].links]
    assert links == [("Code", "user@host.org/repo", True), ("URL", "mailto:lis-link@jiscmail.ac.uk", False)]
    assert not report.warnings


def test_unsafe_link_fields_are_dropped_with_a_warning():
    pubs, report = load("@article{a, title={T}, year=2020, code={javascript:alert(1)}, pdf={data:text/html;base64,xx}}")
    assert pubs["a"].links == ()
    assert "unsafe link in field 'code'" in messages(report)


def test_an_address_with_a_bracket_in_its_host_is_not_linked_but_said():
    """urllib takes a bracket in a host for IPv6's and raises: it stopped the build."""
    pubs, report = load("@article{a, title={T}, year=2020, url={http://arx]iv.org/abs/2409.04321}, doi={10.1/x}}")
    assert [link.label for link in pubs["a"].links] == ["DOI"]
    assert "entry 'a': url 'http://arx]iv.org/abs/2409.04321' is no address a browser can follow" in messages(report)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/a?b=c#d",
        "http://arx]iv.org/abs/1",
        "http://[::1]:8000/x",
        "http://[v1.x]/",
        "https://[1.2.3.4]/",  # IPv4 in brackets: urllib refuses it
        "https://exa\u2100mple.org/",  # a host whose NFKC form holds a slash ("a/c")
        "https://exämple.org/paper.pdf",
        "https://example.org/pa]per",
        "mailto:someone@example.org",
    ],
)
def test_an_address_is_readable_exactly_when_urllib_splits_it(url):
    """`is_readable_url` skips urllib for the addresses it cannot fail on; it must agree with it."""
    try:
        urlsplit(url)
        splits = True
    except ValueError:
        splits = False
    assert is_readable_url(url) is splits


def test_a_field_without_a_name_is_left_out_with_a_warning_at_its_line():
    """`= {https://...}`, its name lost in an edit, stopped the build (its button had no label)."""
    pubs, report = load("@article{a, title={T}, year=2020,\n  = {https://example.org/x},\n  journal={J}}")
    assert pubs["a"].links == () and pubs["a"].parts["journal"].text == "J"
    assert [str(w) for w in report.warnings] == [
        "refs0.bib:2: warning: entry 'a' has a field without a name (= {https://example.org/x}); it is left out: "
        "write its name before the ="
    ]


def test_local_pdf_must_exist_in_static():
    pubs, report = load("@article{a, title={T}, year=2020, pdf={papers/a.pdf}}", exists=lambda path: False)
    assert pubs["a"].local_pdf == "papers/a.pdf"
    assert "pdf file 'papers/a.pdf' is not in static/" in messages(report)


@pytest.mark.parametrize("path", ["../secret.pdf", "/../../etc/x.pdf", "papers/../../x.pdf", ".."])
def test_a_local_file_outside_static_is_dropped_not_linked(path):
    pubs, report = load(f"@article{{a, title={{T}}, year=2020, pdf={{{path}}}, code={{https://c.org}}}}", exists=lambda p: True)
    assert [link.kind for link in pubs["a"].links] == ["code"]
    assert f"pdf file '{path}' is outside static/ and was dropped" in messages(report)


def test_a_local_path_that_stays_in_static_is_kept_as_written():
    pubs, _ = load("@article{a, title={T}, year=2020, pdf={papers/../papers/a.pdf}, website={project/}}")
    assert [link.url for link in pubs["a"].links] == ["papers/../papers/a.pdf", "project/"]


def test_unknown_latex_macro_reported_once_with_entry():
    _, report = load("@article{a, title={\\foo{X}}, year=2020}\n@article{b, title={\\foo{Y}}, year=2020}")
    warnings = [w for w in report.warnings if "\\foo" in w.message]
    assert len(warnings) == 1
    assert "entry 'a'" in warnings[0].message


def test_an_unknown_latex_macro_in_a_name_is_reported_at_its_field():
    """As in any other field: a name showed its arguments run together ("DijkVanvan") unsaid."""
    _, report = load(
        "@article{a, title={T}, year=2020,\n  author={{\\Pre{Dijk}{x}} Dijk, Thomas},\n  editor={\\Ed{Q}, R}}\n"
        "@article{b, title={U}, year=2020, author={{\\Pre{Laan}{y}} Laan, Ann}}"
    )
    said = [(w.line, w.message.split(" (")[0]) for w in report.warnings if "macro" in w.message]
    assert said == [(2, "unknown LaTeX macro \\Pre in entry 'a'"), (3, "unknown LaTeX macro \\Ed in entry 'a'")]


def test_an_entry_s_fingerprint_tells_apart_fields_that_join_to_the_same_text():
    from sitegen.publications import _entry_digest

    same = _entry_digest("article", "k", {"title": "A", "year": "2020"}, "")
    assert same == _entry_digest("article", "k", {"title": "A", "year": "2020"}, "")
    others = [
        _entry_digest("article", "k", {"title": "A2", "year": "020"}, ""),
        _entry_digest("article", "k", {"title": "A", "year": "2021"}, ""),
        _entry_digest("article", "k", {"titl": "eA", "year": "2020"}, ""),
        _entry_digest("articlek", "", {"title": "A", "year": "2020"}, ""),
        _entry_digest("article", "k", {"title": "A", "year": "2020", "": ""}, ""),
        _entry_digest("article", "k", {"title": "A", "year": "2020"}, "[('method', (0, 'X'))]"),  # a .bib's macros
    ]
    assert len({same, *others}) == 7


def test_the_splitter_s_faster_mark_patterns_find_the_very_same_marks():
    """bibtex._FASTER_MARKS respells bibtexparser's patterns for speed: every string of up to 3
    characters that matter, and random longer ones, give the same matches."""
    import itertools
    import random
    import re

    from bibtexparser import splitter

    from sitegen.bibtex import _FASTER_MARKS

    alphabet = '{}",=\n)(@\\ \ta'
    rng = random.Random(7)
    samples = ["".join(chars) for n in range(4) for chars in itertools.product(alphabet, repeat=n)]
    samples += ["".join(rng.choice(alphabet + "article") for _ in range(rng.randint(4, 24))) for _ in range(10000)]
    for original, faster in _FASTER_MARKS.items():
        slow, fast = re.compile(original), re.compile(faster)
        for text in samples:
            found = [(m.span(), m.groups()) for m in fast.finditer(text)]
            assert found == [(m.span(), m.groups()) for m in slow.finditer(text)], repr(text)
    assert splitter._MARK_PATTERN.pattern in _FASTER_MARKS.values()  # in use with the installed bibtexparser


def test_an_identifier_field_holding_another_sites_address_links_there():
    """al-folio sites put a bioRxiv address in `arxiv` (and a publisher's in `doi`): prefixing it with
    arxiv.org/abs/ made a broken link; an arXiv address or bare id still goes to arXiv."""
    pubs, _ = load(
        """@article{a, title={A}, year=2021, arxiv={{https://www.biorxiv.org/content/early/2020/10/08/2020.10.07.329383}},
  doi={https://www.nature.com/articles/x1}}
@article{b, title={B}, year=2020, arxiv={{https://arxiv.org/abs/1810.12169}}}
"""
    )
    assert [(link.label, link.url) for link in pubs["a"].links] == [
        ("DOI", "https://www.nature.com/articles/x1"),
        ("bioRxiv", "https://www.biorxiv.org/content/early/2020/10/08/2020.10.07.329383"),
    ]
    assert [link.url for link in pubs["b"].links] == ["https://arxiv.org/abs/1810.12169"]


def test_a_misspelt_field_is_a_warning_at_its_line_unless_the_right_one_is_there():
    pubs, report = load(
        """@article{a, title={A}, journal={Science}, year=2014,
  vol = {345},
  page = {950--953},
  notes = {x}, note = {y}}
"""
    )
    text = messages(report)
    assert (
        "refs0.bib:2: warning: entry 'a' has the field 'vol', which no style reads" in text and "did you mean 'volume'?" in text
    )
    assert "refs0.bib:3: warning: entry 'a' has the field 'page'" in text and "'pages'?" in text
    assert "'notes'" not in text  # `note` is there: `notes` is the entry's own
    assert "a" in pubs


def test_authors_separated_by_commas_are_read_as_names_with_a_warning_at_the_field():
    pubs, report = load(
        """@article{a, title={A}, year=2026,
  author = {Rahmat, J.,Pham, T., Larracuente,A. M.}}
@article{b, title={B}, year=2026, author = {Ford, Jr., Henry and Rahmat, J.}}
"""
    )
    assert [name.display for name in pubs["a"].authors] == ["J. Rahmat", "T. Pham", "A. M. Larracuente"]
    assert messages(report) == (
        "refs0.bib:2: warning: the authors of 'a' are separated by commas, which BibTeX reads as one name; they are "
        "read as 3 names: write 'and' between names (\"Rahmat, J. and Pham, T.\")"
    )  # Henry Ford, Jr. is BibTeX's "von Last, Jr, First"


@pytest.mark.parametrize(
    ("field", "names"),
    [
        # two commas before the `and`
        ("Ada Lovelace, Charles Babbage, Mary Somerville and Jo Pollack", ["Ada", "Charles", "Mary", "Jo"]),
        ("Ada Lovelace, Charles Babbage, and Mary Somerville", ["Ada", "Charles", "Mary"]),  # the comma before `and`
        ("Kara Rawson, Jo Pollack, and et al.", ["Kara", "Jo", "et"]),  # et al. is no name
    ],
)
def test_a_list_with_commas_before_its_and_is_warned_of(field, names):
    """Each of these BibTeX reads as a name of given names after commas ("Charles Babbage Ada
    Lovelace"); sitegen read the first as names without a word, and the others as BibTeX."""
    pubs, report = load(f"@article{{a, title={{A}}, year=2026,\n  author = {{{field}}}}}\n")
    assert [name.display.split()[0] for name in pubs["a"].authors] == names
    assert messages(report) == (
        "refs0.bib:2: warning: the authors of 'a' are separated by commas, which BibTeX reads as one name; they are "
        f"read as {len(names) - names.count('et')} names: write 'and' between names (\"Rahmat, J. and Pham, T.\")"
    )


def test_a_name_with_more_than_two_commas_is_warned_of_as_bibtex_does():
    """biber's names.bib "Smith, Jr., Bill, Lee": BibTeX says "Too many commas"; it was read
    without a word. A braced comma is the name's, a name in biblatex's extended format (Better
    BibTeX's) has its commas between parts, and a comma-written list is said otherwise."""
    pubs, report = load(
        "@article{a, title={A}, year=2026,\n  author = {Doe, J. and Smith, Jr., Bill, Lee}}\n"
        "@article{b, title={B}, year=2026, author = {{Smith, Barney, and Co., Ltd.} and Doe, J.}}\n"
        "@article{c, title={C}, year=2026, author = {family=Oord, given=Aaron, prefix=van den, useprefix=true and Doe, J.}}\n"
    )
    assert [name.display for name in pubs["a"].authors] == ["J. Doe", "Bill Lee Smith, Jr."]
    assert messages(report) == (
        "refs0.bib:2: warning: the author 'Smith, Jr., Bill, Lee' of 'a' has more than two commas, which no name has "
        "('von Last, Jr, First'); what follows the second is read as given names (write 'and' between names, or brace "
        "a comma that is part of one: {Smith, Barney and Co.})"
    )


def test_a_doi_address_in_url_is_the_doi_button_and_a_url_of_words_is_not_a_link():
    pubs, report = load(
        """@article{a, title={A}, year=2020, url={http://dx.doi.org/10.1186/s13015-020-00173-2}}
@article{b, title={B}, year=2020,
  url = {to appear}}
@inproceedings{c, title={C}, year=1992, url={10.1351/pac199264060907}}
@inproceedings{d, title={D}, year=1992, url={doi:10.1351/pac199264060907}}
"""
    )
    assert [(link.label, link.url) for link in pubs["a"].links] == [("DOI", "https://doi.org/10.1186/s13015-020-00173-2")]
    for key in "cd":  # the bare DOI that quantumarticle's example gives as a url was taken for a file
        assert [(link.label, link.url) for link in pubs[key].links] == [("DOI", "https://doi.org/10.1351/pac199264060907")]
    assert pubs["b"].links == ()
    assert "refs0.bib:3: warning: entry 'b': url 'to appear' is neither an address nor a file, so it is not linked" in messages(
        report
    )


def test_springers_doi_key_is_the_doi_and_a_papers_arxiv_doi_is_its_arxiv_button():
    """Springer's BibTeX keys an entry by its DOI and has no doi field; a CVPR paper's `doi` that
    is its arXiv version's names that version (both seen in a lab's al-folio file)."""
    pubs, _ = load(
        """@InProceedings{10.1007/978-3-032-05185-1_63, title={S}, booktitle={MICCAI 2025}, year=2026}
@inproceedings{cvpr, title={C}, booktitle={CVPR}, year=2025, doi={10.48550/arXiv.2503.05283}, url={https://x.org/c.pdf}}
@inproceedings{both, title={B}, booktitle={CVPR}, year=2025, doi={https://doi.org/10.48550/ARXIV.2503.05283}, arxiv={2503.05283}}
@misc{preprint, title={P}, year=2025, publisher={arXiv}, doi={10.48550/arXiv.2503.05283}}
@article{keyed, title={K}, journal={J}, year=2025, doi={10.1000/own}}
"""
    )
    assert [(link.label, link.url) for link in pubs["10.1007/978-3-032-05185-1_63"].links] == [
        ("DOI", "https://doi.org/10.1007/978-3-032-05185-1_63")
    ]
    assert [(link.label, link.url) for link in pubs["cvpr"].links] == [
        ("arXiv", "https://arxiv.org/abs/2503.05283"),
        ("PDF", "https://x.org/c.pdf"),
    ]
    assert [link.label for link in pubs["both"].links] == ["arXiv"]
    assert [link.label for link in pubs["preprint"].links] == ["DOI"]  # a preprint's own DOI
    assert [link.url for link in pubs["keyed"].links] == ["https://doi.org/10.1000/own"]
    assert "doi" not in pubs["10.1007/978-3-032-05185-1_63"].bibtex  # the BibTeX shown is as written


def test_names_parted_by_semicolons_or_ampersands_are_a_warning_at_the_field():
    _, report = load(
        """@article{a, title={A}, year=2020,
  author={J. Smith; J. Doe}}
@article{b, title={B}, year=2020, author={John Smith & Jane Doe}}
@article{c, title={C}, year=2020, author={{Johnson & Johnson}}}
"""
    )
    assert "refs0.bib:2: warning: the authors of 'a' are separated by semicolons" in messages(report)
    assert "the authors of 'b' are separated by ampersands, which BibTeX reads as one name; they are read as 2 names" in messages(
        report
    )
    assert "'c'" not in messages(report)


def test_an_address_written_without_https_and_a_doi_with_a_full_stop_are_linked_right():
    pubs, report = load(
        """@article{a, title={A}, year=2020, url={www.example.com/paper}, code={github.com/lab/tool}}
@article{b, title={B}, year=2020, doi={DOI: 10.1000/xyz.}, pdf={papers/b.pdf}}
""",
        exists=lambda path: False,
    )
    assert [link.url for link in pubs["a"].links] == ["https://github.com/lab/tool", "https://www.example.com/paper"]
    assert [(link.url, link.local) for link in pubs["b"].links] == [
        ("https://doi.org/10.1000/xyz", False),
        ("papers/b.pdf", True),
    ]
    assert "'b': pdf file 'papers/b.pdf' is not in static/" in messages(report)  # a path stays a path
    assert "'a'" not in messages(report)


def test_a_url_that_is_a_repository_is_the_code_button_unless_the_entry_has_one():
    pubs, _ = load(
        """@article{tool, title={T}, year=2026, url={https://github.com/LarracuenteLab/kmerRRR}}
@article{both, title={B}, year=2026, url={https://github.com/lab/b}, code={https://gitlab.com/lab/b}}
@article{person, title={P}, year=2026, url={https://github.com/lab}}
"""
    )
    assert [(link.kind, link.label) for link in pubs["tool"].links] == [("code", "Code")]
    assert [link.label for link in pubs["both"].links] == ["Code", "URL"]
    assert [link.label for link in pubs["person"].links] == ["URL"]  # a profile, not a repository


def test_the_repository_an_abstract_gives_the_code_at_is_the_code_button():
    pubs, _ = load(
        r"""@article{said, title={T}, year=2026, abstract={We do X. Code and data are openly available at:
https://github.com/Franca-exe/SSA-brainstem.}}
@article{href, title={T}, year=2026, abstract={Our implementation is \href{https://gitlab.com/lab/tool}{here}.}}
@article{other, title={T}, year=2026, abstract={We build on https://github.com/facebook/detectron2 for boxes.}}
@article{two, title={T}, year=2026, abstract={Code: https://github.com/a/one and https://github.com/b/two.}}
@article{given, title={T}, year=2026, code={https://github.com/lab/real}, abstract={Code at https://github.com/lab/old.}}
@article{page, title={T}, year=2026, abstract={The code is at https://lab.github.io/tool.}}
"""
    )
    assert [(link.label, link.url) for link in pubs["said"].links] == [("Code", "https://github.com/Franca-exe/SSA-brainstem")]
    assert [(link.label, link.url) for link in pubs["href"].links] == [("Code", "https://gitlab.com/lab/tool")]
    assert pubs["other"].links == ()  # a repository the sentence does not give as the paper's code
    assert pubs["two"].links == ()  # several: the paper compares tools
    assert [link.url for link in pubs["given"].links] == ["https://github.com/lab/real"]  # the entry's own field first
    assert pubs["page"].links == ()  # a project page, not a repository


def test_a_biorxiv_export_links_its_pdf_and_names_its_page():
    pubs, report = load(
        """@article {Smith2020.01.01.123456, author = {Smith, Jane}, title = {Sea lice}, year = {2020},
	doi = {10.1101/2020.01.01.123456}, journal = {bioRxiv},
	URL = {https://www.biorxiv.org/content/early/2020/01/02/2020.01.01.123456},
	eprint = {https://www.biorxiv.org/content/early/2020/01/02/2020.01.01.123456.full.pdf}}"""
    )
    assert [link.label for link in pubs["Smith2020.01.01.123456"].links] == ["DOI", "PDF", "bioRxiv"]
    assert pubs["Smith2020.01.01.123456"].links[1].url.endswith(".full.pdf")
    assert pubs["Smith2020.01.01.123456"].kind == "preprint"
    assert report.warnings == []


def test_keywords_are_read_from_their_latex_and_greek_letters_are_spelt_in_their_addresses(make_site):
    from conftest import build, html

    bib = "@article{k, title={T}, author={Lovelace, Ada}, journal={J}, year={2020},"
    bib += ' keywords={{DNA} repair; Schr{\\"o}dinger equation; $\\alpha$-helix; $\\beta$-helix}}'
    site = make_site({"content/publications/refs.bib": bib})
    build(site)
    page = html(site / "_site/publications/index.html")
    assert page.select_one("#k")["data-keyword"] == "dna-repair schrodinger-equation alpha-helix beta-helix"
    facets = {a.get_text(): a["href"] for a in page.select("a[href*='/keyword/']")}
    assert facets["α-helix (1)"] == "/publications/keyword/alpha-helix/"  # not "helix", which β-helix would share
    assert {"DNA repair (1)", "Schrödinger equation (1)", "β-helix (1)"} <= set(facets)


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("https://openreview.net/forum?id=zp7W2QmxHS", "OpenReview"),
        ("https://aclanthology.org/2023.acl-long.1/", "ACL Anthology"),
        ("https://openaccess.thecvf.com/content/CVPR2025/html/X_CVPR_2025_paper.html", "CVF Open Access"),
        ("https://proceedings.mlr.press/v202/x23a.html", "PMLR"),
        ("https://example.org/paper", "URL"),
    ],
)
def test_a_url_on_a_site_where_papers_are_read_is_named_after_it(url, label):
    pubs, _ = load(f"@inproceedings{{a, title={{A}}, booktitle={{NeurIPS}}, year=2025, url={{{url}}}}}")
    assert [(link.label, link.url) for link in pubs["a"].links] == [(label, url)]
    pubs, _ = load(f"@inproceedings{{a, title={{A}}, booktitle={{NeurIPS}}, year=2025, html={{{url}}}}}")  # al-folio's
    assert [link.label for link in pubs["a"].links] == [label if label != "URL" else "HTML"]


def test_a_pdf_field_that_is_an_arxiv_abstract_page_is_the_arxiv_button():
    pubs, _ = load(
        """@article{a, title={A}, year=2017, pdf={https://arxiv.org/abs/1702.05747}}
@article{b, title={B}, year=2017, pdf={https://arxiv.org/pdf/1702.05747.pdf}}
"""
    )
    assert [(link.label, link.url) for link in pubs["a"].links] == [("arXiv", "https://arxiv.org/abs/1702.05747")]
    assert [link.label for link in pubs["b"].links] == ["PDF"]  # the paper itself


def test_what_web_exports_hold_article_numbers_entities_and_an_arxiv_url():
    """MDPI's and Frontiers' BibTeX give an article number for pages, their abstracts HTML
    entities; an al-folio @misc gives its arXiv page as the url."""
    pubs, _ = load(
        """@article{mdpi, title={Data}, journal={Data}, volume={8}, number={2}, article-number={40}, year=2023,
  abstract={GeoMx&reg; DSP, it&#8217;s 50&#37; AT&T; R\\&D}}
@article{both, title={B}, journal={J}, pages={1--9}, eid={e7}, year=2023}
@misc{preprint, title={P}, year=2023, note={under review}, url={https://arxiv.org/abs/2305.10552}}
"""
    )
    assert pubs["mdpi"].parts["pages"].text == "40"
    assert pubs["both"].parts["pages"].text == "1–9"
    assert pubs["mdpi"].abstract.html == "GeoMx® DSP, it’s 50% AT&amp;T; R&amp;D"
    assert pubs["preprint"].kind == "preprint"
    assert [(link.label, link.url) for link in pubs["preprint"].links] == [("arXiv", "https://arxiv.org/abs/2305.10552")]


def test_keywords_one_per_line_are_apart_and_a_list_with_commas_keeps_its_words():
    pubs, _ = load(
        """
        @article{endnote, title = {T}, author = {A B}, journal = {J}, year = 2020,
          keywords = {Animals
        *Genome-Wide Association Study
        Rats}}
        @article{zotero, title = {T}, author = {A B}, journal = {J}, year = 2020,
          keywords = {deep learning, image
            harmonization}}
        """
    )
    assert pubs["endnote"].keywords == ("Genome-Wide Association Study",)  # Animals, Rats: MeSH's check tags
    assert pubs["zotero"].keywords == ("deep learning", "image harmonization")


def test_a_link_field_holding_an_html_link_is_the_address_it_links():
    pubs, report = load(
        """
        @article{lab, title = {T}, author = {A B}, journal = {J}, year = 2024,
          url = {doi:<a href="https://doi.org/10.1103/PhysRevE.109.065309">10.1103/PhysRevE.109.065309</a>}}
        @article{bad, title = {T}, author = {A B}, journal = {J}, year = 2024, pdf = {<a href='javascript:alert(1)'>x</a>}}
        @article{twice, title = {T}, author = {A B}, journal = {J}, year = 2010,
          url = {doi:<a href="https://doi.org/doi:10.1016/j.exer.2009.11.001">doi:10.1016/j.exer.2009.11.001</a>}}
        """
    )
    assert [(link.label, link.url) for link in pubs["lab"].links] == [("DOI", "https://doi.org/10.1103/PhysRevE.109.065309")]
    assert "url = {https://doi.org/10.1103/PhysRevE.109.065309}" in pubs["lab"].bibtex  # a reader copies no HTML
    assert "<a" not in pubs["lab"].bibtex + pubs["twice"].bibtex
    assert [(link.label, link.url) for link in pubs["twice"].links] == [("DOI", "https://doi.org/10.1016/j.exer.2009.11.001")]
    assert pubs["bad"].links == () and "unsafe link in field 'pdf' of 'bad' was dropped: 'javascript:alert(1)'" in messages(
        report
    )


def test_bibdesk_links_are_buttons_and_its_bookkeeping_stays_out_of_the_bibtex():
    pubs, _ = load(
        """
        @article{desk, title = {T}, author = {A B}, journal = {bioRxiv}, year = 2023,
          bdsk-url-1 = {https://www.biorxiv.org/content/early/2023/05/06/2023.04.16.537080},
          bdsk-url-2 = {https://doi.org/10.1101/2023.04.16.537080},
          bdsk-url-3 = {https://example.org/three},
          bdsk-file-2 = {YnBsaXN0MDDUAQIDBAUGBwp}}
        """
    )
    desk = pubs["desk"]
    assert [(link.label, link.url) for link in desk.links] == [
        ("DOI", "https://doi.org/10.1101/2023.04.16.537080"),
        ("bioRxiv", "https://www.biorxiv.org/content/early/2023/05/06/2023.04.16.537080"),  # named after the server
    ]
    assert "bdsk" not in desk.bibtex


@pytest.mark.parametrize(
    ("month", "read"),
    [
        ('jun # "~1--5"', (6, None)),  # IEEE's templates: the month and the conference's days
        ('jun # "~12"', (6, 12)),  # and its one day
        ("{Jan.--Feb.}", (1, None)),
        ("{SEP 1}", (9, 1)),  # Web of Science's
        ("{16 March}", (3, 16)),  # day first, as British and European papers write it
        ("{18-20 April}", (4, None)),  # a conference's days
        ("{Sept.}", (9, None)),
        ("{June 10-14}", (6, None)),
        ("{Spring}", (None, None)),
    ],
)
def test_a_month_written_with_its_days_or_a_second_month_is_its_first_month(month, read):
    pubs, _ = load(f"@article{{a, title={{T}}, year=2020, month={month}}}")
    assert (pubs["a"].month, pubs["a"].day) == read


@pytest.mark.parametrize(
    "dated", ["date={2020-02-30}", "date={2020-02-00}", "year=2021, month={February~29}", "year=2020, month={June 45}"]
)
def test_a_day_the_month_has_not_is_left_out_with_a_warning(dated):
    """A feed's date of it stopped the build (`date(2020, 2, 30)`)."""
    pubs, report = load(f"@article{{a, title={{T}}, {dated}}}")
    assert pubs["a"].day is None and pubs["a"].month is not None
    assert "names no day of that month; the day is left out" in messages(report)


@pytest.mark.parametrize(
    ("dated", "field"),
    [
        ("year=2020, month={14}", "month = {14}"),
        ("date={1996-13-03}", "date = {1996-13-03}"),
        ("date={2020-00}", "date = {2020-00}"),
    ],
)
def test_a_month_there_is_none_of_is_left_out_with_a_warning(dated, field):
    """biber's dateformats.bib; it was left out unsaid."""
    pubs, report = load(f"@article{{a, title={{T}}, {dated}}}")
    assert pubs["a"].year and (pubs["a"].month, pubs["a"].day) == (None, None)
    assert f"entry 'a': {field} names no month (1 to 12); the month is left out" in messages(report)


@pytest.mark.parametrize(
    ("date", "read"),
    [
        ("2017/06/01", (2017, 6, 1)),  # Papers' and ReadCube's
        ("October 30, 2024", (2024, 10, 30)),  # EndNote's
        ("30 Oct. 2024", (2024, 10, 30)),
        ("June 2021", (2021, 6, None)),
        ("01.08.1993", (1993, 8, 1)),  # German, day first
        ("06/2021", (2021, None, None)),  # the year of any other form
        ("2019/2020", (2019, None, None)),  # a range of years, as biblatex reads it
    ],
)
def test_a_date_written_as_people_and_exports_write_it_is_read(date: str, read: tuple[int, int | None, int | None]):
    """It was read as no date at all, unsaid: the entry was listed as undated."""
    pubs, report = load(f"@article{{a, title={{T}}, date={{{date}}}}}")
    assert (pubs["a"].year, pubs["a"].month, pubs["a"].day) == read
    assert messages(report) == ""


def test_a_date_that_names_no_year_is_said_and_so_is_a_year_before_the_common_era_without_a_year_to_show():
    """`-0370`, biblatex's, is not read as a date: the entry is undated, which was unsaid; with a
    `year` written as it should read ("370 BC"), that shows and nothing is said."""
    pubs, report = load(
        "@article{a, title={T},\n  date={someday}}\n@book{b, title={Anabasis}, date={-0370}}\n"
        "@book{c, title={Hellenica}, date={-0362}, year={362 BC}}"
    )
    assert pubs["a"].year is None and pubs["b"].year is None
    said = messages(report)
    assert "refs0.bib:2: warning: entry 'a': date = {someday} is no date sitegen can read; write it as 2024-10-30" in said
    assert "refs0.bib:3: warning: entry 'b': date = {-0370} is before the common era, which sitegen does not show" in said
    assert "'c'" not in said and pubs["c"].parts["year"].text == "362 BC"


def test_a_season_in_a_date_is_its_year_unsaid():
    """EDTF's seasons (`2003-21`, spring), which biblatex prints; no month to sort or date a feed by."""
    pubs, report = load("@article{a, title={T}, date={2003-21}}")
    assert (pubs["a"].year, pubs["a"].month) == (2003, None)
    assert "month" not in messages(report)


def test_a_year_the_date_contradicts_gives_way_to_it_with_a_warning():
    """biber's rule: `date` wins over `year`. The list put the entry under 1996 and its citation said 1998."""
    pubs, report = load(
        "@book{a, title={T}, publisher={O}, date={1996-01-01}, year={1998}}\n"
        "@book{b, title={U}, publisher={O}, date={1996-01-01}, year={1996}}\n"
        "@book{c, title={V}, publisher={O}, year={1995--1996}}"
    )
    assert pubs["a"].year == 1996 and "year" not in pubs["a"].parts
    assert format_citation(pubs["a"]).endswith("O, 1996.")
    assert "refs0.bib:1: warning: entry 'a' has date = {1996-01-01} and year = {1998}; the date's year is shown" in messages(
        report
    )
    assert "'b' has date" not in messages(report)  # they agree
    assert format_citation(pubs["c"]).endswith("O, 1995–1996.")  # a year as written, with no date to contradict it


def test_a_date_range_of_years_shows_them_and_is_listed_under_its_first():
    """biblatex prints a multi-volume work's `date = {1988/2009}` as "1988–2009"; an open one
    as "1996–"; one within a year as the year."""
    pubs, _ = load(
        "@mvbook{a, title={T}, publisher={Q}, date={1988/2009}}\n"
        "@book{b, title={U}, publisher={Q}, date={1996-01-01/}}\n"
        "@book{c, title={V}, publisher={Q}, date={1996-12-10/1996-12-12}}"
    )
    assert pubs["a"].year == 1988 and format_citation(pubs["a"]).endswith("Q, 1988–2009.")
    assert format_citation(pubs["b"]).endswith("Q, 1996–.")
    assert format_citation(pubs["c"]).endswith("Q, 1996.")
    assert csl_item(pubs["a"])["issued"] == {"date-parts": [[1988], [2009]]}  # "(1988–2009)" in APA
    assert csl_item(pubs["b"])["issued"] == {"date-parts": [[1996, 1, 1]]}


def test_an_entry_without_a_date_is_dated_by_its_event_or_its_original_as_biblatex_dates_it():
    """A talk written with its `eventdate` alone was listed among the undated; a work with a date
    of its own keeps it (a paper's proceedings came out after the conference)."""
    pubs, report = load(
        "@misc{talk, title={T}, eventdate={2024-12-14}}\n"
        "@book{reprint, title={U}, origdate={1850}}\n"
        "@inproceedings{paper, title={V}, booktitle={B}, year={2025}, eventdate={2024-12-10/2024-12-15}}\n"
        "@misc{wrong, title={W},\n  eventdate={2024-13-01}}\n"
        "@misc{spring, title={X}, eventdate={2003-21}}\n"  # EDTF's season: the year alone, unsaid
        "@misc{untitled, eventtitle={ICML}, eventdate={2024-07-22}}"
    )
    assert (pubs["talk"].year, pubs["talk"].month, pubs["talk"].day) == (2024, 12, 14)
    assert pubs["reprint"].year == 1850 and format_citation(pubs["reprint"]).endswith("1850.")
    assert (pubs["paper"].year, pubs["paper"].month) == (2025, None)
    assert pubs["wrong"].year == 2024
    assert (pubs["spring"].year, pubs["spring"].month) == (2003, None) and "'spring'" not in messages(report)
    assert pubs["untitled"].title.text == "ICML (2024)"  # its page named by where and when it was given
    assert "refs0.bib:5: warning: entry 'wrong': eventdate = {2024-13-01} names no month (1 to 12)" in messages(report)


def test_a_volume_with_a_year_of_its_own_takes_no_date_from_its_multivolume_work():
    """archaeologie's EAOR: each volume was listed under the work's first year, 1988."""
    pubs, report = load(
        "@mvbook{eaor, title={EAOR}, publisher={Q}, date={1988/2009}, month={5}}\n"
        "@book{eaor2, title={Regiones}, volume=2, year={1989}, crossref={eaor}}\n"
        "@book{eaor3, title={Sardinia}, volume=3, crossref={eaor}}"
    )
    assert (pubs["eaor2"].year, pubs["eaor2"].month) == (1989, None)
    assert format_citation(pubs["eaor2"]).endswith("Q, 1989.")
    assert pubs["eaor3"].year == 1988 and format_citation(pubs["eaor3"]).endswith("Q, 1988–2009.")  # none of its own
    assert "date's year" not in messages(report)


def test_a_paper_with_a_year_of_its_own_takes_its_proceedings_month_of_that_year_only():
    """Beebe's bibliographies give each paper its year and its proceedings the month."""
    pubs, _ = load(
        "@proceedings{p, title={EuroTeX 92}, year={1992}, month=sep}\n"
        "@inproceedings{a, title={A}, year={1992}, crossref={p}}\n"
        "@inproceedings{b, title={B}, year={1993}, crossref={p}}\n"
        "@inproceedings{c, title={C}, date={1992-10}, crossref={p}}"
    )
    assert (pubs["a"].year, pubs["a"].month) == (1992, 9)
    assert (pubs["b"].year, pubs["b"].month) == (1993, None)
    assert (pubs["c"].year, pubs["c"].month) == (1992, 10) and "year" not in pubs["c"].fields


def test_mendeley_s_arxivid_is_the_arxiv_button():
    pubs, _ = load(
        "@inproceedings{a, title={T}, booktitle={ICLR}, year=2017, archivePrefix={arXiv}, arxivId={1610.04325}}\n"
        "@article{b, title={U}, journal={J}, year=2017, arxivId={1610.04325}, eprint={1610.04326}, archivePrefix={arXiv}}"
    )
    assert [(link.label, link.url) for link in pubs["a"].links] == [("arXiv", "https://arxiv.org/abs/1610.04325")]
    assert [link.url for link in pubs["b"].links] == ["https://arxiv.org/abs/1610.04326"]  # its eprint says it


def test_a_missing_comma_between_fields_is_said_as_such():
    pubs, report = load("@article{m1, author={Ada Lovelace}, title={Missing comma} year={2020}, journal={J}}")
    assert pubs["m1"].title.text == "Missing comma"  # was "Missing commayear={2020}", an "undefined @string macro"
    assert messages(report) == (
        "refs0.bib:1: warning: a comma is missing before 'year={2020}' (fields are parted by commas: "
        "title = {...}, year = {...}); it is left out until there is one"
    )


def test_an_entry_without_a_key_is_listed_under_one_made_for_it_with_a_warning():
    pubs, report = load(
        "@article{, author={Lovelace, Ada}, title={Notes on the Engine}, journal={J}, year={1843}}\n"
        "@article{lovelace1843notes, author={Lovelace, Ada}, title={Other notes}, journal={J}, year={1843}}\n"
    )
    assert sorted(pubs) == ["lovelace1843notes", "lovelace1843notesa"]  # a key written is not taken from it
    assert pubs["lovelace1843notesa"].title.text == "Notes on the Engine"
    assert messages(report) == (
        "refs0.bib:1: warning: this entry has no key, which BibTeX cannot read and no text can cite; it is listed "
        "as 'lovelace1843notesa' (write that key, or one of your own, after '@article{')"
    )
