"""Exports from Scopus and Web of Science are shown as the paper, not as the database's record."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from conftest import publications_from

from sitegen.abstracts import without_copyright, without_declarations
from sitegen.citation import format_citation
from sitegen.databases import as_the_paper, database_of, venue_in_title_case

# as Scopus exports it (2024), with the header line it writes above the entries
SCOPUS = """Scopus
EXPORT DATE: 17 February 2024

@ARTICLE{Bhatta2023,
\tauthor = {Bhatta, Rabindra and Roe, Richard},
\ttitle = {Power System Cyber-Physical Operations Training},
\tyear = {2023},
\tjournal = {Applied Sciences},
\tvolume = {13},
\tnumber = {16},
\tart_number = {9451},
\tdoi = {10.3390/app13169451},
\turl = {https://www.scopus.com/inward/record.uri?eid=2-s2.0-85169099191&doi=10.3390%2fapp13169451&partnerID=40},
\taffiliations = {National Wind Institute, Texas Tech University, Lubbock, 79401, TX, United States},
\tabstract = {We train operators of power systems. © 2023 by the authors.},
\tauthor_keywords = {cyberattacks; power systems; education},
\tkeywords = {Computer crime; Cryptography; human; male; controlled study},
\tcorrespondence_address = {R. Bhatta; National Wind Institute; email: rabindra.bhatta(at)ttu.edu},
\tpublisher = {Multidisciplinary Digital Publishing Institute (MDPI)},
\tissn = {20763417},
\tpubmed_id = {32900000},
\tlanguage = {English},
\tabbrev_source_title = {Appl. Sci.},
\ttype = {Article},
\tpublication_stage = {Final},
\tsource = {Scopus},
\tnote = {Cited by: 3; All Open Access, Gold Open Access}
}
"""

# as Web of Science exports it: a space before the key, capitals, its record's fields
WEB_OF_SCIENCE = """
@inproceedings{ WOS:000612345600012,
Author = {Doe, Jane and Smith, John A.},
Book-Group-Author = {IEEE},
Title = {Radar fusion at sea},
Booktitle = {2021 IEEE INTERNATIONAL CONFERENCE ON ROBOTICS AND AUTOMATION (ICRA 2021)},
Year = {2021},
Pages = {1234-1240},
Note = {IEEE International Conference on Robotics and Automation (ICRA), Xian, PEOPLES R CHINA, MAY 30-JUN 05, 2021},
Organization = {IEEE; IEEE Robot \\& Automat Soc},
Publisher = {IEEE},
Address = {345 E 47TH ST, NEW YORK, NY 10017 USA},
Type = {Proceedings Paper},
DOI = {10.1109/ICRA48506.2021.9561234},
Times-Cited = {4},
Unique-ID = {WOS:000612345600012},
URL = {https://www.webofscience.com/wos/woscc/full-record/WOS:000612345600012},
}

@article{ WOS:000567890100001,
Author = {Smith, John A. and Doe, Jane},
Title = {Deep learning for coastal radar},
Journal = {ACS APPLIED MATERIALS \\& INTERFACES},
Year = {2020},
Volume = {11},
Month = {SEP 1},
Publisher = {AMER CHEMICAL SOC},
Address = {1155 16TH ST, NW, WASHINGTON, DC 20036 USA},
Type = {Article},
Article-Number = {4321},
Keywords = {radar; deep learning},
Keywords-Plus = {NETWORKS; MODEL},
Journal-ISO = {ACS Appl. Mater. Interfaces},
Web-of-Science-Categories = {Materials Science, Multidisciplinary},
Unique-ID = {WOS:000567890100001},
}
"""


def load(text: str):
    publications, report = publications_from(text, names=("export.bib",))
    assert report.warnings == []
    return {pub.key: pub for pub in publications}


def citation(pub) -> str:
    return BeautifulSoup(format_citation(pub), "html.parser").get_text()


def test_a_scopus_export_is_shown_as_the_paper():
    pub = load(SCOPUS)["Bhatta2023"]
    assert citation(pub) == (
        "Rabindra Bhatta and Richard Roe. Power System Cyber-Physical Operations Training. Applied Sciences, 13(16):9451, 2023."
    )  # the article number in its place; no "Cited by: 3"
    assert [(link.label, link.url) for link in pub.links] == [
        ("DOI", "https://doi.org/10.3390/app13169451"),
        ("PubMed", "https://pubmed.ncbi.nlm.nih.gov/32900000"),
    ]  # no [URL] to Scopus's own record
    assert pub.keywords == ("cyberattacks", "power systems", "education")  # the authors', not the index terms
    assert pub.abstract.html == "We train operators of power systems."
    for noise in ("scopus", "Cited by", "affiliations", "correspondence", "human", "Article", "author_keywords"):
        assert noise not in pub.bibtex
    assert "eid = 9451" in pub.bibtex and "pmid = 32900000" in pub.bibtex


@pytest.mark.parametrize("kind_field", ["document_type", "type"])  # Scopus's older exports, and its 2024 ones
def test_a_book_chapter_scopus_exports_as_a_book_is_shown_in_its_book(kind_field):
    """Scopus writes a chapter as `@BOOK` with the book's title in `journal`: shown as a book, the
    book it is in and its pages were lost."""
    pub = load(
        f"""@BOOK{{Radu2018267, author={{Radu, F. and S{{\\'a}}nchez-Barriga, J.}}, title={{Ferrimagnetic heterostructures}},
        journal={{Novel Magnetic Nanostructures}}, year={{2018}}, pages={{267-331}}, publisher={{Elsevier}},
        abbrev_source_title={{Novel Magnetic Nanostructures}}, {kind_field}={{Book Chapter}}, source={{Scopus}}}}"""
    )["Radu2018267"]
    assert citation(pub) == (
        "F. Radu and J. Sánchez-Barriga. Ferrimagnetic heterostructures. In Novel Magnetic Nanostructures, "
        "pages 267–331. Elsevier, 2018."
    )
    assert pub.entry_type == "incollection" and pub.bibtex.startswith("@incollection{Radu2018267,")
    assert "booktitle = {Novel Magnetic Nanostructures}" in pub.bibtex and "journal" not in pub.bibtex
    whole = load(
        "@BOOK{b, author={Radu, F.}, title={Magnets}, year={2018}, publisher={Elsevier}, document_type={Book}, source={Scopus}}"
    )
    assert whole["b"].entry_type == "book"


def test_scopus_s_editors_parted_by_commas_are_each_an_editor_in_the_bibtex_shown_too():
    """Scopus writes editors as "Biswas A., Sharma V.K., Thiele J.-U.": BibTeX reads one name
    there, so the BibTeX a reader copied named one editor, and the build warned of every such entry."""
    pub = load(
        """@CONFERENCE{s, author={Srivastava, S.K.}, title={Co-Tb media}, journal={AIP Conference Proceedings},
        year={2019}, editor={Biswas A., Sharma V.K., Thiele J.-U.}, document_type={Conference Paper}, source={Scopus}}"""
    )["s"]
    assert [name.html for name in pub.editors] == ["A. Biswas", "V.K. Sharma", "J.-U. Thiele"]
    assert "editor = {Biswas, A. and Sharma, V.K. and Thiele, J.-U.}" in pub.bibtex
    assert "In A. Biswas, V.K. Sharma, and J.-U. Thiele, editors, AIP Conference Proceedings, 2019." in citation(pub)
    older = load(  # older records' initials without full stops; names that are no family name and initials stay
        """@CONFERENCE{o, author={Anders, S.}, title={T}, journal={MNE}, year={2002}, editor={Joubert O, Tedesco S},
        source={Scopus}}
        @CONFERENCE{w, author={Anders, S.}, title={U}, journal={MNE}, year={2002}, editor={Joubert Olivier and Tedesco S},
        source={Scopus}}"""
    )
    assert [name.last for name in older["o"].editors] == ["Joubert", "Tedesco"]
    assert "editor = {Joubert Olivier and Tedesco S}" in older["w"].bibtex


def test_scopus_s_record_of_a_whole_proceedings_volume_is_a_proceedings():
    """A "Conference Review" is the volume itself, without authors, its title often again as
    `journal`: it was cited as a paper in itself ("X. In X, 2022."); another `journal` is its series."""
    pubs = load(
        """@CONFERENCE{tmrc, title={2022 IEEE 33rd Magnetic Recording Conference, TMRC 2022 - Proceedings},
        journal={2022 IEEE 33rd Magnetic Recording Conference, TMRC 2022 -- Proceedings}, year={2022},
        publisher={IEEE}, document_type={Conference Review}, source={Scopus}}
        @ARTICLE{iseec, title={5th International Conference, I-SEEC 2013}, journal={Advanced Materials Research},
        year={2014}, volume={979}, publisher={Trans Tech}, document_type={Conference Review}, source={Scopus}}"""
    )
    assert pubs["tmrc"].entry_type == "proceedings"
    assert citation(pubs["tmrc"]) == "2022 IEEE 33rd Magnetic Recording Conference, TMRC 2022 - Proceedings. IEEE, 2022."
    assert citation(pubs["iseec"]) == (
        "5th International Conference, I-SEEC 2013, volume 979 of Advanced Materials Research. Trans Tech, 2014."
    )


def test_a_web_of_science_export_is_shown_as_the_paper():
    pubs = load(WEB_OF_SCIENCE)
    paper, article = pubs["WOS:000612345600012"], pubs["WOS:000567890100001"]
    assert citation(paper) == (
        "Jane Doe and John A. Smith. Radar fusion at sea. In 2021 IEEE International Conference on Robotics and"
        " Automation (ICRA 2021), pages 1234–1240, IEEE, 2021."
    )  # no street address, sponsors or meeting in capitals
    assert [link.label for link in paper.links] == ["DOI"]  # its record at webofscience.com is no button
    assert (
        citation(article)
        == "John A. Smith and Jane Doe. Deep learning for coastal radar. ACS Applied Materials & Interfaces, 11:4321, 2020."
    )
    assert article.month == 9
    assert article.keywords == ("radar", "deep learning")
    for noise in ("Times-Cited", "times-cited", "unique-id", "Proceedings Paper", "345 E 47TH", "Automat Soc"):
        assert noise not in paper.bibtex
    assert "booktitle = {2021 IEEE International Conference on Robotics and Automation (ICRA 2021)}" in paper.bibtex


def test_a_key_with_a_space_as_scopus_makes_them_is_shown_without_it():
    text = "@ARTICLE{De Souza2023, author = {De Souza, Ana}, title = {T}, journal = {J}, year = {2023}, source = {Scopus}}"
    (pub,), report = publications_from(text, names=("export.bib",))
    assert pub.key == "DeSouza2023" and pub.bibtex.startswith("@article{DeSouza2023,")
    assert [str(w) for w in report.warnings] == [
        "export.bib:1: warning: entry key 'De Souza2023' has a space, which BibTeX cannot read; it is shown as 'DeSouza2023' (write it so)"
    ]


def test_other_entries_are_as_written():
    text = "@article{a, title={T}, journal={NATURE}, keywords={human}, address={X}, url={https://www.scopus.com/x}, year=2020}"
    pub = load(text)["a"]
    assert database_of(pub.fields) is None
    assert citation(pub) == "T. NATURE, 2020."
    assert pub.keywords == ("human",)


@pytest.mark.parametrize(
    ("capitals", "iso", "titled"),
    [
        ("NATURE COMMUNICATIONS", "Nat. Commun.", "Nature Communications"),
        ("PHYSICAL REVIEW B", "", "Physical Review B"),
        ("PLOS ONE", "PLoS One", "PLoS One"),  # the abbreviation's spelling of an acronym
        ("BMC BIOINFORMATICS", "BMC Bioinform.", "BMC Bioinformatics"),
        (
            "PROCEEDINGS OF THE NATIONAL ACADEMY OF SCIENCES OF THE UNITED STATES OF AMERICA",
            "",
            "Proceedings of the National Academy of Sciences of the United States of America",
        ),
        ("ANGEWANDTE CHEMIE-INTERNATIONAL EDITION", "", "Angewandte Chemie-International Edition"),
        (
            "IEEE TRANSACTIONS ON PATTERN ANALYSIS AND MACHINE INTELLIGENCE",
            "",
            "IEEE Transactions on Pattern Analysis and Machine Intelligence",
        ),
        ("THE JOURNAL OF CHEMICAL PHYSICS", "", "The Journal of Chemical Physics"),
        ("LECTURE NOTES IN COMPUTER SCIENCE: PART II", "", "Lecture Notes in Computer Science: Part II"),
        ("PROC. OF SPIE (SMART STRUCTURES 2020)", "", "Proc. of SPIE (SMART STRUCTURES 2020)"),
    ],
)
def test_capitals_are_written_as_titles_are(capitals, iso, titled):
    record = {"journal": capitals, "journal-iso": iso, "unique-id": "WOS:000000000000001"}
    assert as_the_paper(record, database_of(record))["journal"] == titled


@pytest.mark.parametrize(
    ("abstract", "kept"),
    [
        ("We train. © 2021 Elsevier B.V. All rights reserved.", "We train."),
        ("We train. © The Author(s) 2025.", "We train."),
        ("We train. Copyright (c) 2020 IEEE.", "We train."),
        ("<jats:p>We train.</jats:p><jats:p>© 2020 Wiley</jats:p>", "<jats:p>We train.</jats:p><jats:p></jats:p>"),
        ("Panels (a), (b) and (c) show it.", "Panels (a), (b) and (c) show it."),
        ("The © sign is not a sentence of its own.", "The © sign is not a sentence of its own."),
        ("© 2020 X.", "© 2020 X."),  # nothing else: kept
    ],
)
def test_a_copyright_line_ending_an_abstract_goes(abstract, kept):
    assert without_copyright(abstract) == kept


@pytest.mark.parametrize(
    ("abstract", "kept"),
    [  # as bioRxiv's and medRxiv's BibTeX append them, each heading glued to its text
        (
            "SCRaPL is more sensitive.Competing Interest StatementThe authors have declared no competing interest.",
            "SCRaPL is more sensitive.",
        ),
        ("A score (AUROC 0.80).Competing Interest StatementNone.Funding StatementJL was supported.", "A score (AUROC 0.80)."),
        (
            "We report a Data Availability Statement audit of 100 papers.",
            "We report a Data Availability Statement audit of 100 papers.",
        ),
        ("Competing Interest StatementThe authors declare.", "Competing Interest StatementThe authors declare."),  # nothing else
    ],
)
def test_a_preprint_servers_declarations_after_an_abstract_go(abstract, kept):
    assert without_declarations(abstract) == kept


def test_a_biorxiv_entrys_abstract_is_shown_without_its_declarations():
    (pub,), _ = publications_from(
        "@article{m, title={SCRaPL}, journal={bioRxiv}, year=2021,"
        " abstract={We model noise.Competing Interest StatementThe authors have declared no competing interest.}}"
    )
    assert pub.abstract.text == "We model noise."


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Advances in neural information processing systems", "Advances in Neural Information Processing Systems"),
        (
            "Proceedings of the IEEE/CVF conference on computer vision and pattern recognition",
            "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition",
        ),
        (
            "Proceedings of the 2019 conference of the North American chapter of the association for computational "
            "linguistics: human language technologies, volume 1 (long and short papers)",
            "Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational "
            "Linguistics: Human Language Technologies, Volume 1 (Long and Short Papers)",
        ),
        (
            "2023 IEEE international conference on robotics and automation (ICRA)",
            "2023 IEEE International Conference on Robotics and Automation (ICRA)",
        ),
        ("Nature communications", "Nature Communications"),
        ("nature", "Nature"),
        ("Proceedings of the {AAAI} conference", "Proceedings of the {AAAI} Conference"),
        # as they are: title case, a name cased its own way, another language's convention, too few lower-case words
        ("Journal of Physics: Conference Series", "Journal of Physics: Conference Series"),
        ("arXiv preprint", "arXiv preprint"),
        ("arXiv preprint arXiv:2305.11676", "arXiv preprint arXiv:2305.11676"),
        ("npj Digital Medicine", "npj Digital Medicine"),
        ("eLife", "eLife"),
        ("Revue française de sociologie", "Revue française de sociologie"),
        ("Zeitschrift für angewandte Mathematik und Physik", "Zeitschrift für angewandte Mathematik und Physik"),
        ("Revista de biologia tropical", "Revista de biologia tropical"),
        (
            "IEEE Transactions on Pattern Analysis and Machine Intelligence, early access",
            "IEEE Transactions on Pattern Analysis and Machine Intelligence, early access",
        ),
    ],
)
def test_a_venue_in_google_scholar_s_sentence_case_is_shown_in_title_case(written, shown):
    assert venue_in_title_case(written) == shown


# IEEE Xplore's "Cite This" BibTeX (2024): the thesaurus' terms, then the authors' keywords, in one field
IEEE_XPLORE = """@INPROCEEDINGS{10801935,
  author={Legittimo, Marco and Costante, Gabriele},
  booktitle={2024 IEEE/RSJ International Conference on Intelligent Robots and Systems (IROS)},
  title={LF2SLAM: Learning-based Features For visual SLAM},
  year={2024},
  volume={},
  number={},
  pages={5648-5655},
  keywords={Training;Visualization;Simultaneous localization and mapping;Pose estimation;visual SLAM},
  doi={10.1109/IROS58592.2024.10801935}}
""".replace("},\n  title", "}, \n  title").replace("},\n  year", "}, \n  year")  # its spaces after two fields


@pytest.mark.parametrize(
    ("keywords", "doi", "kept"),
    [
        ("Training;Visualization;Pose estimation;visual SLAM", "10.1109/IROS58592.2024.10801935", ()),
        # the same paper's keywords as a person writes them, or another publisher's: the paper's own
        ("Training; Visualization; SLAM", "10.1109/IROS58592.2024.10801935", ("Training", "Visualization", "SLAM")),
        ("SLAM;mapping;robots", "10.1016/j.robot.2024.1", ("SLAM", "mapping", "robots")),
        ("SLAM;mapping", "10.1109/x", ("SLAM", "mapping")),  # two are not IEEE's lists of five to twenty
    ],
)
def test_ieee_xplores_thesaurus_terms_are_no_keywords_of_the_paper(keywords, doi, kept):
    pub = load(
        IEEE_XPLORE.replace(
            "Training;Visualization;Simultaneous localization and mapping;Pose estimation;visual SLAM", keywords
        ).replace("10.1109/IROS58592.2024.10801935", doi)
    )["10801935"]
    assert pub.keywords == kept
    assert ("keywords" in pub.bibtex) == bool(kept)
    assert "volume" not in pub.bibtex and "number" not in pub.bibtex  # IEEE's empty `volume={}`, `number={}`
    assert citation(pub).startswith("Marco Legittimo and Gabriele Costante. LF2SLAM")
