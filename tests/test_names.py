"""Names by BibTeX's rules, displayed "First von Last, Jr", folded for matching."""

from __future__ import annotations

import pytest

from sitegen.latex import LatexConverter
from sitegen.matching import name_key
from sitegen.names import NameParser, annotated, notes_of


@pytest.fixture(scope="module")
def parser():
    return NameParser(LatexConverter())


@pytest.mark.parametrize(
    ("written", "first", "von", "last", "jr", "display"),
    [
        ("Shipeng Bai", "Shipeng", "", "Bai", "", "Shipeng Bai"),
        ("Bai, Shipeng", "Shipeng", "", "Bai", "", "Shipeng Bai"),
        ("Ludwig van Beethoven", "Ludwig", "van", "Beethoven", "", "Ludwig van Beethoven"),
        ("van Beethoven, Ludwig", "Ludwig", "van", "Beethoven", "", "Ludwig van Beethoven"),
        ("de la Fontaine, Jean", "Jean", "de la", "Fontaine", "", "Jean de la Fontaine"),
        ("van der Berg, Jr., Hans", "Hans", "van der", "Berg", "Jr.", "Hans van der Berg, Jr."),
        ("Ford, Jr., Henry", "Henry", "", "Ford", "Jr.", "Henry Ford, Jr."),
        # the suffix written last, as people write it (BibTeX would take "Jr." for the first name)
        ("King, Martin Luther, Jr.", "Martin Luther", "", "King", "Jr.", "Martin Luther King, Jr."),
        ("Gates, William H., III", "William H.", "", "Gates", "III", "William H. Gates, III"),
        ("Brinch Hansen, Per", "Per", "", "Brinch Hansen", "", "Per Brinch Hansen"),
        (r"M{\"u}ller, J{\"o}rg", "Jörg", "", "Müller", "", "Jörg Müller"),
        (r"Paul Erd\H{o}s", "Paul", "", "Erdős", "", "Paul Erdős"),
        ("Doe, J.", "J.", "", "Doe", "", "J. Doe"),
        ("Smith, A. B.", "A. B.", "", "Smith", "", "A. B. Smith"),
        ("Jean-Claude {Van Damme}", "Jean-Claude", "", "Van Damme", "", "Jean-Claude Van Damme"),
        # MNRAS's template: sorted under D, "van" in a bibliography (it was "DijkVanvan Dijk")
        (r"{\VAN{Dijk}{Van}{van}} Dijk, Thomas", "Thomas", "", "van Dijk", "", "Thomas van Dijk"),
        ("Ali Al-Hassan", "Ali", "", "Al-Hassan", "", "Ali Al-Hassan"),
        # the comma left out before initials (BibTeX would make "W.A." the family name)
        ("Wall W.A.", "W.A.", "", "Wall", "", "W.A. Wall"),
        ("Kim Y.-H.", "Y.-H.", "", "Kim", "", "Y.-H. Kim"),
        ("de Guglielmo G.", "G.", "de", "Guglielmo", "", "G. de Guglielmo"),
        ("Smith J", "J", "", "Smith", "", "J Smith"),
        ("Wei LI", "Wei", "", "LI", "", "Wei LI"),  # a family name in capitals, not initials
        # DBLP's number for one of several people of a name is no part of it
        ("Lei Zhang 0001", "Lei", "", "Zhang", "", "Lei Zhang"),
        ("Jian Sun 0006 ", "Jian", "", "Sun", "", "Jian Sun"),
        ("{Team 2020}", "", "", "Team 2020", "", "Team 2020"),
        # Chinese, Japanese and Korean names: family name first, no space
        ("王, 小明", "小明", "", "王", "", "王小明"),
        ("田中, 太郎", "太郎", "", "田中", "", "田中太郎"),
        ("张三", "", "", "张三", "", "张三"),
        ("김, 민수", "민수", "", "김", "", "김민수"),
        ("Wang, 小明", "小明", "", "Wang", "", "小明 Wang"),  # mixed scripts: as written
    ],
)
def test_name_forms(parser, written, first, von, last, jr, display):
    name = parser.parse(written)
    assert (name.first, name.von, name.last, name.jr) == (first, von, last, jr)
    assert name.display == display


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Chapagain R and Remenyi TA and Ojeda JJ", [("R.", "Chapagain"), ("T. A.", "Remenyi"), ("J. J.", "Ojeda")]),
        ("Zachara J. and Remenyi TA and others", [("J.", "Zachara"), ("T. A.", "Remenyi"), ("", "")]),
        ("van der Berg JP and Smith J", [("J. P.", "Berg"), ("J.", "Smith")]),
        ("Wei LI and Bo XU", [("Wei", "LI"), ("Bo", "XU")]),  # capitals of family names, not initials
        ("Remenyi TA", [("Remenyi", "TA")]),  # nothing says which
        ("John Smith and Jane Doe", [("John", "Smith"), ("Jane", "Doe")]),
    ],
)
def test_a_list_of_vancouver_s_names_is_read_as_family_names_and_initials(parser, written, names):
    assert [(name.first, name.last) for name in parser.parse_list(written)] == names


def test_a_part_of_a_name_that_ends_in_a_control_word_keeps_the_space_after_it(parser):
    """TeX takes the space after a control word as its end: the parts are joined for HTML."""
    assert parser.parse(r"Kessler, Aaron M\adddot").html == "Aaron M. Kessler"
    assert parser.parse(r"Ludwig v\adddot Beethoven").html == "Ludwig v. Beethoven"


def test_corporate_name_is_kept_whole(parser):
    (name,) = parser.parse_list("{World Health Organization}")
    assert name.literal
    assert name.display == "World Health Organization"


def test_and_others_becomes_et_al(parser):
    names = parser.parse_list("A. Author and B. Writer and others")
    assert names[-1].others
    assert [n.display for n in names] == ["A. Author", "B. Writer", "et al."]


def test_and_inside_braces_does_not_split(parser):
    names = parser.parse_list("{Barnes and Noble, Inc.} and Jane Roe")
    assert [n.display for n in names] == ["Barnes and Noble, Inc.", "Jane Roe"]


@pytest.mark.parametrize(
    ("written", "displays"),
    [
        # bibtexparser's splitter skips a backslash and the character after it: a name written with
        # a command began two characters late
        (r"Jane Roe and \L{}ukasz Kaiser and \O{}stergaard, Jan", ["Jane Roe", "Łukasz Kaiser", "Jan Østergaard"]),
        (r"Roe, J. AND  \'Eric Moulines", ["J. Roe", "Éric Moulines"]),
        (r"Roe, J. and \v{C}ech, Eduard and \"{O}zt\"{u}rk, A.", ["J. Roe", "Eduard Čech", "A. Öztürk"]),
        # a control space before an `and` (TeX's `\ ` after an initial's full stop) is a space still
        (r"Booth, Wayne C.\ and Colomb, Gregory G.\ and Williams, J.", ["Wayne C. Booth", "Gregory G. Colomb", "J. Williams"]),
    ],
)
def test_a_name_that_begins_with_a_command_keeps_its_first_letters(parser, written, displays):
    assert [name.display for name in parser.parse_list(written)] == displays


def test_a_name_highlighted_by_hand_after_and_keeps_its_command(parser):
    """al-folio's lists underline or embolden their owner's name: `and \\underline{Bob Lee}`."""
    names = parser.parse_list(r"Jane Roe and \underline{Bob Lee}$^\dagger$ and \textbf{Ann Poe}")
    assert [(name.html, name.note) for name in names] == [
        ("Jane Roe", ""),
        ("<u>Bob Lee</u>", "†"),
        ("<strong>Ann Poe</strong>", ""),
    ]


@pytest.mark.parametrize(
    "written", ["Doe, Jane and and Roe, Rick", "and Doe, Jane and Roe, Rick and", "Doe, Jane AND and Roe, Rick and and"]
)
def test_an_and_too_many_names_no_one(parser, written):
    """Two in a row, or one at an end (a list joined by a script): it showed "Rick and and Roe"."""
    assert [n.display for n in parser.parse_list(written)] == ["Jane Doe", "Rick Roe"]


def test_name_html_is_escaped(parser):
    assert parser.parse("<b>Evil</b> Person").html == "&lt;b&gt;Evil&lt;/b&gt; Person"


@pytest.mark.parametrize("variant", ["Bai, Shipeng", "SHIPENG BAI", "Shi-Peng Bai", "Shi Peng Bai", "Bai, Shi-peng"])
def test_matching_key_ignores_case_order_hyphens(parser, variant):
    assert name_key(parser.parse(variant)) == name_key(parser.parse("Shipeng Bai"))


def test_matching_key_ignores_accents(parser):
    assert name_key(parser.parse(r"J{\"o}rg M{\"u}ller")) == name_key(parser.parse("Jorg Muller"))


def _person(slug: str, name: str, *aliases: str):
    from pathlib import Path

    from sitegen.model import Person

    return Person(slug, name, "", "", None, None, (), (), aliases, "", Path(f"{slug}.md"))


def test_matcher_uses_aliases_and_unique_initials(parser):
    from sitegen.matching import AuthorMatcher

    matcher = AuthorMatcher([_person("bai", "Shipeng Bai", "Bai, Shi-Peng"), _person("li", "Siqi Li")], parser)
    assert slug(matcher, parser.parse("S. Bai")) == "bai"
    assert slug(matcher, parser.parse("Bai, S.-P.")) == "bai"
    assert slug(matcher, parser.parse("Li, Siqi")) == "li"
    assert slug(matcher, parser.parse("S. Liu")) is None
    assert slug(matcher, parser.parse("Xiaoming Bai")) is None


def test_matcher_refuses_ambiguous_initials(parser):
    from sitegen.matching import AuthorMatcher

    matcher = AuthorMatcher([_person("sbai", "Shipeng Bai"), _person("sbai2", "Sheng Bai")], parser)
    assert slug(matcher, parser.parse("S. Bai")) is None
    assert slug(matcher, parser.parse("Sheng Bai")) == "sbai2"


def slug(matcher, name):
    return matcher.match(name).slug


@pytest.mark.parametrize(
    ("written", "display", "note"),
    [
        ("Shen*, Xintian", "Xintian Shen", "*"),
        ("Xintian Shen*", "Xintian Shen", "*"),
        ("Xintian Shen$^*$", "Xintian Shen", "*"),
        (r"Shen, Xintian\textsuperscript{*}", "Xintian Shen", "*"),
        (r"Jun Chen$^{\dagger}$", "Jun Chen", "†"),
        (r"Chen\dag, Jun", "Jun Chen", "†"),
        ("Jun Chen†*", "Jun Chen", "*†"),
        ("*Pang, Ce", "Ce Pang", "*"),  # before it, as some write a student's name
        ("∗Yadav, Sourabh", "Sourabh Yadav", "*"),  # U+2217, the asterisk operator
        ("Jun Chen", "Jun Chen", ""),
        ("*", "*", ""),  # nothing but a mark: a name, not a mark
        ("{A*STAR}", "A*STAR", ""),  # a star inside a word is part of it
    ],
)
def test_a_mark_written_after_a_name_is_its_note_not_part_of_it(parser, written, display, note):
    name = parser.parse(written)
    assert (name.display, name.note) == (display, note)
    assert name == parser.parse(display) or not note  # still the same person: members match


def test_biblatex_annotations_mark_names_by_position(parser):
    names = parser.parse_list("Shen, Xintian and Zhang, Jiangning and Chen, Jun and others")
    marked = annotated(names, "1=equal; 2 = first, highlight ;3:family=corresponding; 9=equal; x=equal; 4=equal")
    assert [name.note for name in marked] == ["*", "*", "†", ""]
    assert notes_of(marked) == "*†"
    assert annotated(names, "2=highlight") == names


@pytest.mark.parametrize(
    ("field", "names"),
    [
        # a list written with commas, which BibTeX reads as one name of many commas
        ("Rahmat, J.,Pham, T., Larracuente,A. M.", ["J. Rahmat", "T. Pham", "A. M. Larracuente"]),
        ("Warner, ZS, Negm,S, Frandsen,P., Larracuente,A. M., and Sproul, JS.",
         ["ZS Warner", "S Negm", "P. Frandsen", "A. M. Larracuente", "JS. Sproul"]),
        ("Ada Lovelace, Charles Babbage, Mary Somerville", ["Ada Lovelace", "Charles Babbage", "Mary Somerville"]),
        # two full names, and the comma before a final `and` (BibTeX: "Charles Babbage Ada Lovelace")
        ("Ada Lovelace, Charles Babbage, and Mary Somerville", ["Ada Lovelace", "Charles Babbage", "Mary Somerville"]),
        ("Kara Rawson, Joseph Pollack, and et al.", ["Kara Rawson", "Joseph Pollack", "et al."]),
        # ... unless the field writes names family name first: a stray comma, not a list
        ("Garcia Marquez, Gabriel Jose, and Smith, J.", ["Gabriel Jose Garcia Marquez", "J. Smith"]),
        ("Lovelace, Ada, and Babbage, Charles", ["Ada Lovelace", "Charles Babbage"]),
        # names BibTeX reads, commas and all
        ("Ford, Jr., Henry", ["Henry Ford, Jr."]),
        ("Garcia Marquez, Gabriel Jose and Smith, J.", ["Gabriel Jose Garcia Marquez", "J. Smith"]),
        ("{Barnes, Noble, and Co.}", ["Barnes, Noble, and Co."]),
    ],
)  # fmt: skip
def test_a_name_list_written_with_commas_is_read_as_the_names_it_lists(parser, field, names):
    assert [name.display for name in parser.parse_list(field)] == names


def test_a_bib_s_own_definition_of_mnras_s_van_wins():
    """MNRAS's `\\VAN` is sitegen's by default; a preamble that defines it says what it shows."""
    own = NameParser(LatexConverter(preamble={"VAN": (3, "#2")}))
    assert own.parse(r"{\VAN{Dijk}{Van}{van}} Dijk, Thomas").display == "Thomas Van Dijk"


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # as Better BibTeX's Better BibLaTeX export writes a name with a particle
        ("family=Gogh, given=Vincent, prefix=van, useprefix=true", [("Vincent", "van", "Gogh", "", "Vincent van Gogh")]),
        ("given=Jean, prefix={de la}, prefix-i={d}, family=Rousse", [("Jean", "de la", "Rousse", "", "Jean de la Rousse")]),
        ('given=Jean, family="Smith Jones", suffix=Jr.', [("Jean", "", "Smith Jones", "Jr.", "Jean Smith Jones, Jr.")]),
        (
            r"family=Doe, given=John and Smith, Jane and family=M{\"u}ller, given={Hans Peter}, given-i={H.P.}",
            [
                ("John", "", "Doe", "", "John Doe"),
                ("Jane", "", "Smith", "", "Jane Smith"),
                ("Hans Peter", "", "Müller", "", "Hans Peter Müller"),
            ],
        ),
        ("family={Doe, Jr}, given=J.", [("J.", "", "Doe, Jr", "", "J. Doe, Jr")]),  # a braced comma is the value's
        ("Smith, given=Jane", [("given=Jane", "", "Smith", "", "given=Jane Smith")]),  # not every part named: BibTeX's
    ],
)
def test_a_name_in_biblatex_s_extended_format_is_read_by_its_parts(parser, written, names):
    """biblatex's extended name format (its manual, "Name parts"); it was read as BibTeX's, "prefix=van
    useprefix=true family=Gogh, given=Vincent"."""
    parsed = parser.parse_list(written)
    assert [(name.first, name.von, name.last, name.jr, name.html) for name in parsed] == names
    assert not any(name.literal for name in parsed)


def test_an_institution_in_the_extended_format_is_one_name(parser):
    [name] = parser.parse_list("family={Barnes and Noble}")
    assert name.literal and name.html == "Barnes and Noble"


@pytest.mark.parametrize("written", ["{} and B. Writer", "given= and B. Writer", "B. Writer and {}"])
def test_an_empty_name_is_no_name(parser, written):
    """It showed as "and B. Writer. Title." (`{}`) or ". Title." (`given=`)."""
    assert [name.html for name in parser.parse_list(written)] == ["B. Writer"]


def test_a_name_that_is_an_unknown_macro_is_kept_as_its_text(parser):
    """`author = {\\Thanh{} and Sebastian Rahtz}`: shown as written, with the macro reported."""
    names = parser.parse_list(r"\Thanh{} and Sebastian Rahtz")
    assert [(name.html, name.unknown) for name in names] == [(r"\Thanh", ("Thanh",)), ("Sebastian Rahtz", ())]
