"""Papers written by hand on an old site's pages (sitegen/paperlist.py): a citation in each style
people write their lists in is read into the fields of its entry."""

from __future__ import annotations

from pathlib import Path

import bibtexparser
import pytest

from sitegen.cli import main
from sitegen.hugodata import data_entry
from sitegen.paperlist import Line, Section, _citation, _kind_of, _ListedInFile, listed_papers


def entry_fields(written: str) -> dict[str, str]:
    """The fields of the entry a citation written by hand makes (`{}` when it does not read), its
    kind told by its venue's words as the importer tells it (HandWrittenPapers._paper)."""
    record = _citation(written)
    if record is None:
        return {}
    record["type"] = _kind_of(record["venue"])
    _key, entry, _abridged = data_entry(record, set())
    return dict(line.strip().rstrip(",").split(" = ", 1) for line in entry.splitlines()[1:-1])


@pytest.mark.parametrize(
    ("written", "fields"),
    [
        (  # IEEE's: the title in quotes, "vol." and "pp."
            'A. Vesely and L. Finos, "Permutation tests," *Stat*, vol. 3, pp. 1-10, 2024. [PDF](https://x.org/a.pdf)',
            {"author": "{A. Vesely and L. Finos}", "title": "{Permutation tests}", "journal": "{Stat}", "volume": "{3}",
             "pages": "{1--10}", "year": "{2024}", "pdf": "{https://x.org/a.pdf}"},
        ),
        (  # APA's: the year after the names, a DOI's address
            "**Izydorczyk, D.**, & Bröder, A. (2021). Exemplar-based judgment. _Psychonomic Bulletin & Review_, 28, "
            "1-9. (https://doi.org/10.3758/s13423-020-01861-1)",
            {"author": "{Izydorczyk, D. and Bröder, A.}", "title": "{Exemplar-based judgment}",
             "journal": "{Psychonomic Bulletin \\& Review}", "volume": "{28}", "pages": "{1--9}", "year": "{2021}",
             "doi": "{10.3758/s13423-020-01861-1}"},
        ),
        (  # Vancouver's (medicine's): family names and initials, "year;volume(number):pages", a DOI
            "Vesely A, Finos L, Goeman JJ, et al. Permutation tests for everyone. Stat Med. 2024 Mar;43(2):100-110. "
            "doi:10.1002/sim.1234",
            {"author": "{Vesely, A. and Finos, L. and Goeman, J. J. and others}", "title": "{Permutation tests for everyone}",
             "journal": "{Stat Med}", "volume": "{43}", "number": "{2}", "pages": "{100--110}", "year": "{2024}",
             "doi": "{10.1002/sim.1234}"},
        ),
        (  # Springer's (LNCS): a colon after the names, "volume, pages (year)"
            "Vesely, A., Finos, L.: Permutation tests. Stat 3, 1–10 (2024)",
            {"author": "{Vesely, A. and Finos, L.}", "title": "{Permutation tests}", "journal": "{Stat}", "volume": "{3}",
             "pages": "{1--10}", "year": "{2024}"},
        ),
        (  # Chicago's and MLA's: "Family, Given, and Given Family", the title quoted, "volume (year): pages"
            'Vesely, Anna, and Livio Finos. "Permutation Tests." *Stat* 3, no. 2 (2024): 1-10.',
            {"author": "{Vesely, Anna and Livio Finos}", "title": "{Permutation Tests}", "journal": "{Stat}", "volume": "{3}",
             "number": "{2}", "pages": "{1--10}", "year": "{2024}"},
        ),
        (  # a list's own way: names, the title in italics, the venue, the year
            "**Anna Vesely**, Livio Finos, *Permutation tests*, Stat, 2024",
            {"author": "{Anna Vesely and Livio Finos}", "title": "{Permutation tests}", "journal": "{Stat}", "year": "{2024}"},
        ),
        (  # a conference's: "In" before it
            "**A. Vesely**, L. Finos. Permutation tests. In *Proc. ICML*, 2024.",
            {"author": "{A. Vesely and L. Finos}", "title": "{Permutation tests}", "booktitle": "{Proc. ICML}", "year": "{2024}"},
        ),
        (  # a CV's numbered citations: "[J3]", "**[C2]**"
            '**[J3]** A. Vesely and L. Finos, "Permutation tests," *Stat*, vol. 3, 2024.',
            {"author": "{A. Vesely and L. Finos}", "title": "{Permutation tests}", "journal": "{Stat}", "volume": "{3}",
             "year": "{2024}"},
        ),
        (  # each after its year
            "(2024) A. Vesely, L. Finos. Permutation tests. *Stat*.",
            {"author": "{A. Vesely and L. Finos}", "title": "{Permutation tests}", "journal": "{Stat}", "year": "{2024}"},
        ),
        (  # Chicago's author-date: the year a sentence after the names, "volume (number): pages"
            'Vesely, Anna, and Livio Finos. 2024. "Permutation Tests." *Stat* 3 (2): 1-10.',
            {"author": "{Vesely, Anna and Livio Finos}", "title": "{Permutation Tests}", "journal": "{Stat}", "year": "{2024}",
             "volume": "{3}", "number": "{2}", "pages": "{1--10}"},
        ),
        (  # IEEE's conference paper: its pages after the year
            'A. Vesely and L. Finos, "Permutation tests," in *Proc. IEEE CVPR*, 2024, pp. 1–10.',
            {"author": "{A. Vesely and L. Finos}", "title": "{Permutation tests}", "booktitle": "{Proc. IEEE CVPR}",
             "year": "{2024}", "pages": "{1--10}"},
        ),
        (  # Google Scholar's "Chicago", as people paste it: the pages and the publisher after the proceedings
            'Das, Diptashree, **Mohammad Abdi**, and Marvin Onabajo. "Toward Co-Design." In 2024 IEEE Symposium on '
            "Dynamic Spectrum Access Networks (DySPAN), pp. 540-547. IEEE, 2024.",
            {"author": "{Das, Diptashree and Mohammad Abdi and Marvin Onabajo}", "title": "{Toward Co-Design}",
             "booktitle": "{2024 IEEE Symposium on Dynamic Spectrum Access Networks (DySPAN)}", "year": "{2024}",
             "pages": "{540--547}", "publisher": "{IEEE}"},
        ),
        (  # and its preprint, the year in brackets at the end
            'Milin Zhang, and **Mohammad Abdi**. "Adversarial Machine Learning." arXiv preprint arXiv:2309.17401 (2023).',
            {"author": "{Milin Zhang and Mohammad Abdi}", "title": "{Adversarial Machine Learning}",
             "howpublished": "{arXiv preprint arXiv:2309.17401}", "year": "{2023}"},
        ),
        (  # a paper under review: no year yet, the state after the venue its note
            '**A. Rahimnejad**, J. Khazaei, "Model-free State Estimation," _IEEE Transactions on Power Systems_, Under Review.',
            {"author": "{A. Rahimnejad and J. Khazaei}", "title": "{Model-free State Estimation}",
             "journal": "{IEEE Transactions on Power Systems}", "note": "{Under review}"},
        ),
        (  # IEEE's article number
            'E. Akbari, **A. Rahimnejad**, "Holistic Swarm Optimization," _Computer Methods in Applied Mechanics and '
            "Engineering_, vol. 445, 2025, Art. 118208. [doi:10.1016/j.cma.2025.118208](https://doi.org/10.1016/j.cma.2025.118208)",
            {"author": "{E. Akbari and A. Rahimnejad}", "title": "{Holistic Swarm Optimization}",
             "journal": "{Computer Methods in Applied Mechanics and Engineering}", "year": "{2025}", "volume": "{445}",
             "pages": "{118208}", "doi": "{10.1016/j.cma.2025.118208}"},
        ),
        (  # SPIE's proceedings: the volume's title, its number, the article's number (which some write as "Vol.")
            '**P. Poudel**, A. Illanes. "Active contours extension". Proc. SPIE 10138, Medical Imaging 2017: Imaging '
            "Informatics, Vol. 1013803, 2017.",
            {"author": "{P. Poudel and A. Illanes}", "title": "{Active contours extension}",
             "booktitle": "{Medical Imaging 2017: Imaging Informatics}", "year": "{2017}", "volume": "{10138}",
             "pages": "{1013803}", "publisher": "{SPIE}"},
        ),
        (  # and as SPIE's own citation writes it: the article's number, the year in brackets
            "Poudel, P., Illanes, A.: Active contours. Proc. SPIE 12345, Optics Today, 123450A (2022)",
            {"author": "{Poudel, P. and Illanes, A.}", "title": "{Active contours}", "booktitle": "{Optics Today}",
             "year": "{2022}", "volume": "{12345}", "pages": "{123450A}", "publisher": "{SPIE}"},
        ),
        (  # APA's names left out between others (20 authors and more): the names written, in order
            "Shimazu, L., Tanaka, K., ... & **Arashi, H.** (2024). Deep sensing. *Journal of Rivers*, 5(2), 1–8.",
            {"author": "{Shimazu, L. and Tanaka, K. and Arashi, H.}", "title": "{Deep sensing}",
             "journal": "{Journal of Rivers}", "year": "{2024}", "volume": "{5}", "number": "{2}", "pages": "{1--8}"},
        ),
        (  # a gap before the owner, and the rest cut short
            "Shimazu L., … **Arashi H.**, et al. (2026). Deep sensing. *Journal of Rivers*, 5.",
            {"author": "{Shimazu, L. and Arashi, H. and others}", "title": "{Deep sensing}",
             "journal": "{Journal of Rivers}", "year": "{2026}", "volume": "{5}"},
        ),
        (  # Nature's: family names and initials, "&" before the last, "Journal volume, pages (year)"; the DOI a
            # link's words, the publisher's page its address (doi.org leads there)
            "Tomaszewski, T., Ali, M. A. & Caetano-Anollés, G. Seasonal effects decouple SARS-CoV-2 haplotypes. F1000Res "
            "12, 267 (2023). [DOI: 10.12688/f1000research.131522.1](https://f1000research.com/articles/12-267)",
            {"author": "{Tomaszewski, T. and Ali, M. A. and Caetano-Anollés, G.}",
             "title": "{Seasonal effects decouple SARS-CoV-2 haplotypes}", "journal": "{F1000Res}", "year": "{2023}",
             "volume": "{12}", "pages": "{267}", "doi": "{10.12688/f1000research.131522.1}"},
        ),
        (  # Google Scholar's "Cite" as MLA: "volume.number (year): pages"
            'Vesely, Anna, and Livio Finos. "Permutation tests." Statistics in Medicine 43.2 (2024): 100-110.',
            {"author": "{Vesely, Anna and Livio Finos}", "title": "{Permutation tests}", "journal": "{Statistics in Medicine}",
             "year": "{2024}", "volume": "{43}", "number": "{2}", "pages": "{100--110}"},
        ),
        (  # and its MLA of proceedings: their name, then the year after a full stop
            'Vesely, Anna, et al. "Permutation tests." Proceedings of the IEEE Conference on Vision. 2024.',
            {"author": "{Vesely, Anna and others}", "title": "{Permutation tests}",
             "booktitle": "{Proceedings of the IEEE Conference on Vision}", "year": "{2024}"},
        ),
        (  # Vancouver's last page written short: "100-10" is 100--110
            "Vesely A, Finos L. Permutation tests. Stat Med. 2024;43(2):100-10.",
            {"author": "{Vesely, A. and Finos, L.}", "title": "{Permutation tests}", "journal": "{Stat Med}", "year": "{2024}",
             "volume": "{43}", "number": "{2}", "pages": "{100--110}"},
        ),
        (  # a preprint to appear in a journal: an article of it, "To appear" its note
            "A. Duval and J. Martin. Simplicial effective resistance. Preprint; to appear in *Israel J. Math.*, 2022.",
            {"author": "{A. Duval and J. Martin}", "title": "{Simplicial effective resistance}",
             "journal": "{Israel J. Math}", "year": "{2022}", "note": "{To appear}"},
        ),
        (  # the title first, then the names, then the venue
            "Permutation tests for everyone. A. Vesely, L. Finos. In *Proc. ICML*, 2024.",
            {"author": "{A. Vesely and L. Finos}", "title": "{Permutation tests for everyone}", "booktitle": "{Proc. ICML}",
             "year": "{2024}"},
        ),
        (  # and a paper in preparation: the title, the names cut short, the year
            "Towards detectability of forced signals in rainfall. Shiheng Duan, et al. 2025",
            {"author": "{Shiheng Duan and others}", "title": "{Towards detectability of forced signals in rainfall}",
             "year": "{2025}"},
        ),
        ("More of them on [my Scholar page](https://scholar.google.com/citations?user=x).", {}),  # no citation
        ("Anna Vesely and Livio Finos. Permutation tests.", {}),  # no venue, no year: not known to be a paper
        ("Talk: Permutation tests. University of Padova, 2023.", {}),  # a word alone is no person's name
    ],
)  # fmt: skip
def test_a_citation_written_by_hand_is_read_in_each_style_people_write(written, fields):
    assert entry_fields(written) == fields


@pytest.mark.parametrize(
    ("written", "fields"),
    [
        (  # Google Scholar's Harvard: the year (and month) after the names, the pages in brackets, the publisher
            'Nsabagwa, M., Otim, J.S. and Akol, R., 2018, July. Minimal Idle-Listen Scheduling. In 2018 41st International Conference on Telecommunications and Signal Processing (TSP) (pp. 1-5). IEEE.',
            {'title': '{Minimal Idle-Listen Scheduling}', 'author': '{Nsabagwa, M. and Otim, J.S. and Akol, R.}', 'booktitle': '{2018 41st International Conference on Telecommunications and Signal Processing (TSP)}', 'year': '{2018}', 'pages': '{1--5}', 'publisher': '{IEEE}'},
        ),
        (  # a title in quotes after names Vancouver's style would misread ("Ruth M"); the days, month and place after the venue
            'Ruth M. Mbabazi, Ben Sebitosi and Richard Okou, “Uganda’s Energy Sector”, IEEE 10th Industrial and Commercial Use of Energy Conference, 19-21 August 2013, Capetown, South Africa.',
            {'title': '{Uganda’s Energy Sector}', 'author': '{Ruth M. Mbabazi and Ben Sebitosi and Richard Okou}', 'booktitle': '{IEEE 10th Industrial and Commercial Use of Energy Conference}', 'year': '{2013}', 'month': '{8}', 'address': '{Capetown, South Africa}'},
        ),
        (  # pages without a full stop, the date and the place after them, an ISSN
            'Julianne SANSA OTIM and Milton WAISSWA, “On Improvement of the Weather Information Management in Uganda,” Proceedings of the 5th UbuntuNet Alliance annual conference pp 9- 14, November 2012, Dar es Salaam, Tanzania, ISSN 2223-7062',
            {'title': '{On Improvement of the Weather Information Management in Uganda}', 'author': '{Julianne SANSA OTIM and Milton WAISSWA}', 'booktitle': '{Proceedings of the 5th UbuntuNet Alliance annual conference}', 'year': '{2012}', 'pages': '{9--14}', 'issn': '{2223-7062}', 'month': '{11}', 'address': '{Dar es Salaam, Tanzania}'},
        ),
        (  # ISBNs of the print and online books (the first kept), not the remark "(Online)"
            'Julianne Sansa Otim, Celestino OBUA, “Field Testing a Drug Management Application”, SPRINGER LNICST 147, pp. 127-133, 2015, ISBN: 978-3-319-16885-2 (Print) 978-3-319-16886-9 (Online).',
            {'title': '{Field Testing a Drug Management Application}', 'author': '{Julianne Sansa Otim and Celestino OBUA}', 'journal': '{SPRINGER LNICST 147}', 'year': '{2015}', 'pages': '{127--133}', 'isbn': '{978-3-319-16885-2}'},
        ),
        (  # "Volume 11, Issue 2" written out after the venue
            'Emmanuel Masabo, Julianne Sansa-Otim & Damien Hanyurwimfura, “Integrated Feature Extraction”, International Journal Of Computer Science & Security (IJCSS) Volume 11, Issue 2, 2017',
            {'title': '{Integrated Feature Extraction}', 'author': '{Emmanuel Masabo and Julianne Sansa-Otim and Damien Hanyurwimfura}', 'journal': '{International Journal Of Computer Science \\& Security (IJCSS)}', 'year': '{2017}', 'volume': '{11}', 'number': '{2}'},
        ),
        (  # a name copied from a PDF LaTeX made ("Bj¨orn"), a closing quote after a space, an award after the place
            'Amos Nungu, Julianne Sansa-Otim and Bj¨orn Pehrson, “African Great Lakes Rural Broadband Research Infrastructure, ” Proc. IST-Africa 2012 Conference. May 2012, Dar es Salaam, Tanzania, Received the Best paper Award.',
            {'title': '{African Great Lakes Rural Broadband Research Infrastructure}', 'author': '{Amos Nungu and Julianne Sansa-Otim and Björn Pehrson}', 'booktitle': '{Proc. IST-Africa 2012 Conference}', 'year': '{2012}', 'note': '{Received the Best paper Award}', 'month': '{5}', 'address': '{Dar es Salaam, Tanzania}'},
        ),
        (  # "M.Kaburu", "Sansa -Otim", a quote opened before a space
            'Dennis M.Kaburu, Julianne Sansa -Otim, Tony Bulega " A model for e-assessment authentication." Proceedings of the 2016 JKUAT Conference, pp.100-110, November 2016',
            {'title': '{A model for e-assessment authentication}', 'author': '{Dennis M. Kaburu and Julianne Sansa-Otim and Tony Bulega}', 'booktitle': '{Proceedings of the 2016 JKUAT Conference}', 'year': '{2016}', 'pages': '{100--110}', 'month': '{11}'},
        ),
        (  # the publisher before the venue ("IEEE. African Conference ..."), IEEE's ISBN with its "/12"
            'Maxwell O. Momanyi and Agnes F.N. Lumala, “Robust Mobile Cloud Services Through Offline Support, ” IEEE. African Conference of Software Engineering and Applied Computing (ACSEAC), 24 - 26 September 2012, Gabarone, Botswana, ISBN 978-0-7695-4909-5/12.',
            {'title': '{Robust Mobile Cloud Services Through Offline Support}', 'author': '{Maxwell O. Momanyi and Agnes F.N. Lumala}', 'booktitle': '{African Conference of Software Engineering and Applied Computing (ACSEAC)}', 'year': '{2012}', 'isbn': '{978-0-7695-4909-5}', 'month': '{9}', 'address': '{Gabarone, Botswana}', 'publisher': '{IEEE}'},
        ),
    ],
)  # fmt: skip
def test_a_cv_s_citations_as_people_type_them(written, fields):
    """A real hand-written page's list (a lecturer's, seen through the search tool): ISBNs and
    ISSNs, dates and places, awards, PDF-copied accents and the odd spacing of hand-typed lists."""
    assert entry_fields(written) == fields


CV = """# Publications

1. **Lovelace, A.**, & Babbage, C. (2024). Notes on the engine. *Annals of Computing*, 33, 100-110.
   https://doi.org/10.1000/notes.2024
2. Babbage, C., **Lovelace, A.** (2023). A paper the site has. *Engines*, 1.

- Invited talk at the Royal Society, 2023.

[C1] A. Lovelace and C. Babbage, "On the analytical engine," in Proc. ICML, 2022.
"""


def test_add_list_adds_the_papers_a_list_written_by_hand_gives(make_site, tmp_path, capsys):
    """`sitegen add --list`: a CV's list of papers is read as an old site's publications page is,
    each paper the site lacks added to its .bib (keys as Google Scholar makes them), what did not
    read said at its line; nothing else of the file is taken."""
    site = make_site(
        {
            "content/publications/refs.bib": "@article{old, title={A Paper the Site Has}, author={Lovelace, Ada}, "
            "journal={Engines}, year={2023}}\n",
        }
    )
    (tmp_path / "cv.md").write_text(CV, encoding="utf-8")
    assert main(["add", "--list", str(tmp_path / "cv.md"), "--source", str(site)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{tmp_path / 'cv.md'}:7: not read as a publication: it stays in the file, not added"
    assert out[1:] == [
        "cv.md: added as lovelace2024notes (Notes on the engine) to " + str(site / "content/publications/refs.bib"),
        "cv.md: added as lovelace2022analytical (On the analytical engine) to " + str(site / "content/publications/refs.bib"),
        "cv.md: 2 added; not added: 1 the site has already",
    ]
    added = (site / "content/publications/refs.bib").read_text()
    assert "journal = {Annals of Computing},\n  year = {2024},\n  volume = {33},\n  pages = {100--110},\n" in added
    assert "doi = {10.1000/notes.2024}" in added and "booktitle = {Proc. ICML}" in added


def test_add_list_of_no_paper_says_so(make_site, tmp_path, capsys):
    site = make_site({})
    (tmp_path / "notes.txt").write_text("My papers are on Google Scholar.\n", encoding="utf-8")
    assert main(["add", "--list", str(tmp_path / "notes.txt"), "--source", str(site)]) == 0
    assert "notes.txt: no paper read" in capsys.readouterr().out
    assert main(["add", "--list", str(tmp_path / "none.md"), "--source", str(site)]) == 1
    assert "none.md: error: no such list file" in capsys.readouterr().err
    (tmp_path / "cv.txt").write_bytes("A. Lovélace. Notes. *Annals*, 2021.\n".encode("latin-1"))
    assert main(["add", "--list", str(tmp_path / "cv.txt"), "--source", str(site)]) == 1
    assert "cv.txt: error: this file is not UTF-8 text: save it as UTF-8 (a text editor's Save As" in capsys.readouterr().err


def test_a_year_s_heading_dates_the_papers_listed_under_it_that_say_none():
    """Lists grouped by year seldom repeat it: "## 2021" over citations and titles without one
    (they did not read as papers, or became entries without a year)."""
    text = (
        "## 2021\n\n"
        "- A. Lovelace and C. Babbage. Notes on engines. *Annals of Computing*.\n"
        "- **On Differences**<br>\n  **A. Lovelace**, C. Babbage<br>\n  *Engines Journal*\n\n"
        "## Preprints\n\n"
        "- A. Lovelace. A preprint. *arXiv*.\n"
    )
    entries, notes = listed_papers(text, Path("cv.md"))
    assert [(entry.split("{", 2)[1].split(",")[0], "year = {2021}" in entry) for entry in entries] == [
        ("lovelace2021notes", True),
        ("lovelace2021differences", True),
    ]
    assert notes == ["cv.md:10: not read as a publication: it stays in the file, not added"]  # no year under "Preprints"


def test_an_item_starting_with_the_owner_s_bold_name_is_a_citation_not_a_title():
    """ "- **P. Natarajan**, T. Berg and L. Okafor. Title. *Venue*, 2024.": the bold start is the
    first author (it was read as the title, the names after it as the authors and the title in the
    venue); a bold title before the names stays a title."""
    text = (
        "- **P. Natarajan**, T. Berg and L. Okafor. Thermal niches. *Ecology Letters*, 2024.\n"
        "- **Priya Natarajan** and Tomas Berg. Cold water. *Oikos*, 2023.\n"
        "- **Occupancy models for sparse surveys**, L. Okafor, **P. Natarajan**, *MEE 2022*.\n"
    )
    entries, notes = listed_papers(text, Path("cv.md"))
    fields = [dict(line.strip().rstrip(",").split(" = ", 1) for line in entry.splitlines()[1:-1]) for entry in entries]
    assert [(entry["title"], entry["author"]) for entry in fields] == [
        ("{Thermal niches}", "{P. Natarajan and T. Berg and L. Okafor}"),
        ("{Cold water}", "{Priya Natarajan and Tomas Berg}"),
        ("{Occupancy models for sparse surveys}", "{L. Okafor and P. Natarajan}"),
    ]
    assert notes == []


def test_a_heading_over_lines_that_stay_is_kept_with_them(tmp_path):
    """ "## Talks" over a talk on a publications page stays over it; "## Journal articles", whose
    papers all became entries, does not."""
    reader = _ListedInFile()
    reader.target = tmp_path  # (the site the page's entries would be written to)
    text = (
        "## Journal articles\n\n- A. Lovelace and C. Babbage. Notes on engines. *Annals of Computing*, 2021.\n\n"
        "## Talks\n\n- Invited seminar, Engine Society, 2023.\n"
    )
    assert reader.papers_listed(text, Path("publications.md"), 1) == "## Talks\n\n- Invited seminar, Engine Society, 2023."
    assert len(reader.entries) == 1


JABREF_EXPORT = """\
<h4>Journal Publications</h4>
<!-- Generated from JabRef by PubList -->
<ul class="biblist">

<!-- Item: Besson_UFFC_2016 -->
<li ><p>
A. Besson, M. Zhang and O. Bernard
<br><b>A Sparse Reconstruction Framework for Fourier-Based Plane-Wave Imaging</b><br>
<i>IEEE Transactions on Ultrasonics</i>, vol. 63, no. 12, pp. 2092-2106, dec 2016.
<br />
<a href="javascript:toggleBibtex('Besson_UFFC_2016')">[BibTeX]</a>
<a href="https://infoscience.epfl.ch/record/218870/files/UFFC_EPFL_2016.pdf" target="_blank">[PDF]</a>
</p>
<div id="bib_Besson_UFFC_2016" class="bibtex noshow">
<pre>
@article{Besson_UFFC_2016,
  author = {Adrien Besson and Miaomiao Zhang and Olivier Bernard},
  title = {A Sparse Reconstruction Framework for Fourier-Based Plane-Wave Imaging},
  journal = {IEEE Transactions on Ultrasonics},
  year = {2016},
  pages = {2092--2106}
}
</pre>
</div>
</li>
</ul>

<h4>Talks</h4>
<ul>
<li>Invited talk, EPFL, 2019.</li>
</ul>

- D. Perdios and A. Besson. A deep learning approach. *IUS*, 2017. [Code](https://github.com/dperdios/sda)

  ```bibtex
  @inproceedings{Perdios_IUS_2017,
    author = {Dimitris Perdios and Adrien Besson},
    title = {A Deep Learning Approach to Ultrasound Image Recovery},
    booktitle = {IEEE International Ultrasonics Symposium (IUS)},
    year = {2017}
  }
  ```
"""


def test_a_list_with_each_paper_s_bibtex_gives_those_entries(tmp_path):
    """JabRef's and bibtex2html's HTML exports (each item its citation, links and its BibTeX in a
    hidden `<pre>`), or a fenced block under an item: the entry as written, with the links the item
    adds (not the one that shows the BibTeX); what held them goes, what else the page says stays."""
    reader = _ListedInFile()
    reader.target = tmp_path
    kept = reader.papers_listed(JABREF_EXPORT, Path("publications.md"), 1)
    assert kept == "#### Talks\n<ul>\n<li>Invited talk, EPFL, 2019.</li>\n</ul>"
    assert reader.entries[0] == (
        "@article{Besson_UFFC_2016,\n  author = {Adrien Besson and Miaomiao Zhang and Olivier Bernard},\n"
        "  title = {A Sparse Reconstruction Framework for Fourier-Based Plane-Wave Imaging},\n"
        "  journal = {IEEE Transactions on Ultrasonics},\n  year = {2016},\n  pages = {2092--2106},\n"
        "  pdf = {https://infoscience.epfl.ch/record/218870/files/UFFC_EPFL_2016.pdf}\n}"
    )
    assert reader.entries[1].startswith("@inproceedings{Perdios_IUS_2017,\n  author = {Dimitris Perdios and Adrien Besson},")
    assert reader.entries[1].endswith("  year = {2017},\n  code = {https://github.com/dperdios/sda}\n}")
    assert len(reader.entries) == 2


def test_add_list_keeps_the_keys_of_the_bibtex_a_list_gives(make_site, tmp_path, capsys):
    site = make_site({})
    (tmp_path / "publications.html").write_text(JABREF_EXPORT, encoding="utf-8")
    assert main(["add", "--list", str(tmp_path / "publications.html"), "--source", str(site)]) == 0
    out = capsys.readouterr().out
    assert "added as Besson_UFFC_2016 (A Sparse Reconstruction Framework" in out
    assert "added as Perdios_IUS_2017 (A Deep Learning Approach" in out


def test_a_title_by_its_names_with_its_place_and_lines_under_it():
    """ "[Title](...) by A, B. *Venue*, Place (Country), 2025" (seen on a real researcher's page),
    the lines under the item (an award, "**Code:** [address](address)") its note and links, a
    venue whose emphasis goes on to the next line, and a title linked to no page ("[Title](#)")."""
    text = (
        "- [Probing Attention](https://link.springer.com/book/978) by Frédéric Charpentier, Adrien Guille. "
        "*International Conference on Information Retrieval (NLPIR)*, Fukuoka (Japan), 2025\n"
        "<br>**Best student paper award**<br>**Code:** [https://github.com/ag/probe](https://github.com/ag/probe)\n"
        "- [Les agents conversationnels](#) by Adrien Guille. *Recueil des résumés, 56èmes Journées de la SFdS*, "
        "Marseille (France), 2025\n"
        "- [Document Classification](publications/docgat.pdf) by Adrien Guille, Hugo Attali. *18th International Workshop on\n"
        "Mining and Learning with Graphs (MLG @ ECML-PKDD)*, Grenoble (France), 2022\n"
    )
    entries, notes = listed_papers(text, Path("publications.md"))
    fields = [dict(line.strip().rstrip(",").split(" = ", 1) for line in entry.splitlines()[1:-1]) for entry in entries]
    assert fields[0] == {
        "title": "{Probing Attention}", "author": "{Frédéric Charpentier and Adrien Guille}", "year": "{2025}",
        "booktitle": "{International Conference on Information Retrieval (NLPIR)}",
        "url": "{https://link.springer.com/book/978}", "code": "{https://github.com/ag/probe}",
        "note": "{Best student paper award}", "address": "{Fukuoka (Japan)}",
    }  # fmt: skip
    assert fields[1]["journal"] == "{Recueil des résumés, 56èmes Journées de la SFdS}" and "url" not in fields[1]
    assert fields[2]["booktitle"] == "{18th International Workshop on Mining and Learning with Graphs (MLG @ ECML-PKDD)}"
    assert (fields[2]["address"], fields[2]["pdf"]) == ("{Grenoble (France)}", "{publications/docgat.pdf}")
    assert notes == []


def test_the_tags_that_hold_a_list_of_citations_stay_balanced(tmp_path):
    """A list of citations read into entries: the `<ul>` goes with them, a `<div>` holding it stays,
    opened and closed (a `<div>` left open makes Markdown of nothing after it)."""
    reader = _ListedInFile()
    reader.target = tmp_path
    text = (
        "<div class='pubs'>\n<ul>\n<li>M. Silva and J. Costa. Salt marsh resilience. <i>Ecology</i>, 2024.</li>\n"
        "</ul>\n</div>\n\nMore on my *Scholar* page.\n"
    )
    assert reader.papers_listed(text, Path("p.md"), 1) == "<div class='pubs'>\n\n</div>\n\nMore on my *Scholar* page."
    assert len(reader.entries) == 1


def test_a_cv_s_talks_are_no_papers_though_written_as_citations():
    """A whole CV given to `add --list`: what is under "## Invited Talks" or "## Teaching" reads
    like citations ("A. Lovelace. Engines. *Royal Society*, 2022.") and is no paper; a heading that
    names papers too ("Papers and presentations") is read."""
    text = (
        "## Journal articles\n\n- A. Lovelace and C. Babbage. Notes on engines. *Annals of Computing*, 2021.\n\n"
        "## Invited Talks\n\n- A. Lovelace. Engines and looms. *Royal Society*, 2022.\n\n"
        "## Papers and presentations\n\n- A. Lovelace. Looms. *Weaving Conference*, 2020.\n"
    )
    entries, notes = listed_papers(text, Path("cv.md"))
    assert [entry.split("{", 2)[1].split(",")[0] for entry in entries] == ["lovelace2021notes", "lovelace2020looms"]
    assert notes == ["cv.md:5: what is under 'Invited Talks' is read as no publications"]


def test_a_conference_paper_s_place_and_month_remarks_and_theses_as_lists_write_them():
    """A title's link over the names and the venue (seen on a real researcher's page): the place
    and month a conference's line ends with are its address and month, a remark in brackets its
    note, a publisher after its full stop the publisher; an abbreviation in brackets stays; a
    link "[arXiv version]" is the entry's, not the venue's; a nickname in quotes is part of a
    name; a year after the names is the year; "Name. Ph.D. Dissertation (2023)" is a thesis."""
    text = """\
1. [Ship of Theseus](https://arxiv.org/pdf/2311.08374.pdf) <br>
Nafis Tripto, **Adaku Uchendu**, Ting-Hao 'Kenneth' Huang <br>
ECAI (European Conference on Artificial Intelligence) 2024, Santiago de Compostela, Spain, October 2024 (Oral)

2. [Attribution of Neural Text](https://dl.acm.org/doi/pdf/10.1145/3606274.3606276) <br>
**Adaku Uchendu**, Thai Le <br>
SIGKDD Explorations, Vol. 25(1), June 2023 [[arXiv version](https://arxiv.org/pdf/2210.10488.pdf)]

3. [Robustness of Networks](https://x.org/robust.pdf) <br>
**Adaku Uchendu**, Daniel Campoy. (2021). <br>
IEEE Fourth International Conference on Knowledge Engineering (AIKE). IEEE, December 2021.

4. [A Reverse Turing Test](https://x.org/rtt.pdf) <br>
Jialin Shao, **Adaku Uchendu** <br>
In 11th Int'l ACM Web Science Conf. (WebSci @ ACM), Boston, MA, July 2019.

* [Reverse Turing Test in the Age of Deepfake Texts](https://x.org/thesis.pdf) <br>
  **Adaku Uchendu**. Ph.D. Dissertation (2023) <br>
  Pennsylvania State University, PA, USA.

* [Numerical Simulation of Vibrations](uchendu_thesis.pdf) <br>
**Adaku Uchendu**. Senior Thesis (2017) <br>
University of Maryland Baltimore County, MD, USA.
"""
    entries, notes = listed_papers(text, Path("publications.md"))
    assert notes == []
    kinds = [entry.split("{", 1)[0] for entry in entries]
    assert kinds == ["@inproceedings", "@article", "@inproceedings", "@inproceedings", "@phdthesis", "@thesis"]
    fields = [dict(line.strip().rstrip(",").split(" = ", 1) for line in entry.splitlines()[1:-1]) for entry in entries]
    assert fields[0]["author"] == "{Nafis Tripto and Adaku Uchendu and Ting-Hao 'Kenneth' Huang}"
    assert {name: fields[0][name] for name in ("booktitle", "address", "month", "note")} == {
        "booktitle": "{ECAI (European Conference on Artificial Intelligence)}", "address": "{Santiago de Compostela, Spain}",
        "month": "{10}", "note": "{Oral}",
    }  # fmt: skip
    assert {name: fields[1].get(name) for name in ("journal", "volume", "number", "month", "arxiv")} == {
        "journal": "{SIGKDD Explorations}", "volume": "{25}", "number": "{1}", "month": "{6}",
        "arxiv": "{https://arxiv.org/pdf/2210.10488.pdf}",
    }  # fmt: skip
    assert (fields[2]["author"], fields[2]["year"], fields[2]["publisher"]) == (
        "{Adaku Uchendu and Daniel Campoy}",
        "{2021}",
        "{IEEE}",
    )
    assert fields[2]["booktitle"] == "{IEEE Fourth International Conference on Knowledge Engineering (AIKE)}"
    assert (fields[3]["booktitle"], fields[3]["address"]) == ("{11th Int'l ACM Web Science Conf. (WebSci @ ACM)}", "{Boston, MA}")
    assert (fields[4]["school"], fields[4]["address"], fields[4]["year"], fields[4]["author"]) == (
        "{Pennsylvania State University}", "{PA, USA}", "{2023}", "{Adaku Uchendu}"
    )  # fmt: skip  # (the university's place its address)
    assert (fields[5]["type"], fields[5]["institution"], fields[5]["address"], fields[5]["year"]) == (
        "{Senior thesis}", "{University of Maryland Baltimore County}", "{MD, USA}", "{2017}"
    )  # fmt: skip


def test_the_venue_s_remark_and_the_record_s_note_are_both_kept():
    record = {
        "title": "T",
        "authors": ["A. Vesely"],
        "venue": "CVPR 2024 (Oral)",
        "note": "Best paper award",
        "type": "conference",
    }
    _key, entry, _abridged = data_entry(record, set())
    assert "note = {Oral; Best paper award}" in entry and entry.count("note =") == 1


def test_a_list_s_kramdown_attributes_are_no_part_of_its_papers():
    """ "[[PAPER]](...){: .btn}" (a Jekyll page's buttons, given to `add --list`) is the paper's link."""
    text = (
        '- Milin Zhang and **Mohammad Abdi**. "Adversarial Machine Learning." arXiv preprint arXiv:2309.17401 (2023).\n'
        "[[PAPER]](https://arxiv.org/pdf/2309.17401.pdf){: .btn} [[CODE]](https://github.com/x/y){: .btn}\n"
    )
    entries, notes = listed_papers(text, Path("publications.md"))
    assert notes == [] and "btn" not in entries[0] and "code = {https://github.com/x/y}" in entries[0]


def test_a_list_that_puts_the_owner_in_italics_and_the_venue_in_brackets():
    """A real page's way (seen through the search tool): a bold title over the names, the owner's
    in italics (the profile's alias, not a name with stars), the venue in brackets in italics,
    with its state and how it was presented or its award before it; "MS Thesis. University, 2022"."""
    text = """\
1. **Okay, Let's Do This! Modeling Event Coreference**{BR}
   *Abhijnan Nath*, Shadi Manafi, Nikhil Krishnaswamy{BR}
   *(Oral, Accepted at NAACL Main 2024)*{BR}
   [Paper](https://arxiv.org/pdf/2404.03196.pdf)

2. **Propositional Extraction from Natural Speech**{BR}
   Videep Venkatesha, *Abhijnan Nath*, Nikhil Krishnaswamy{BR}
   *(Best Paper Award at EDM 2024)*

3. **Simultaneous Reward Distillation**{BR}
   *Abhijnan Nath*, Changsoo Jung{BR}
   *(Under Review)*{BR}
   [Preprint](https://arxiv.org/pdf/2410.08458)

4. **Linear Mappings: Semantic Transfer from Transformer Models**{BR}
   *Abhijnan Nath*{BR}
   MS Thesis. Colorado State University, 2022{BR}
   [Paper](https://mountainscholar.org/handle/10217/235958)
""".replace("{BR}", "  ")  # (Markdown's line breaks: two spaces)
    reader = _ListedInFile()
    entries, notes = listed_papers(text, Path("publications.md"))
    assert notes == []
    fields = [dict(line.strip().rstrip(",").split(" = ", 1) for line in entry.splitlines()[1:-1]) for entry in entries]
    assert [entry.split("{", 1)[0] for entry in entries] == ["@inproceedings", "@article", "@misc", "@mastersthesis"]
    assert fields[0]["author"] == "{Abhijnan Nath and Shadi Manafi and Nikhil Krishnaswamy}"
    assert (fields[0]["booktitle"], fields[0]["note"], fields[0]["year"]) == ("{NAACL Main}", "{Oral; Accepted}", "{2024}")
    assert (fields[1]["journal"], fields[1]["note"]) == ("{EDM}", "{Best Paper Award}")
    assert (fields[2]["note"], "journal" in fields[2]) == ("{Under review}", False)
    assert (fields[3]["title"], fields[3]["school"], fields[3]["year"]) == (
        "{Linear Mappings: Semantic Transfer from Transformer Models}", "{Colorado State University}", "{2022}"
    )  # fmt: skip
    reader._publications_of(Section(None, "publications", [Line(Path("p.md"), 1, line) for line in text.splitlines()]))
    assert set(reader.names_written) == {"Abhijnan Nath"}  # (the profile's alias)


def test_ieee_citations_wrapped_over_lines_with_their_titles_linked():
    """A real page's IEEE list as pandoc wraps it (seen through the search tool): the title a link
    in quotes (its address the DOI, or the PDF), the venue in bold, the place and the month before
    the pages, "accepted for publication in", "6–10 Oct. 2025", an arXiv icon's "version" link and
    an award in brackets after it."""
    text = """\
1. **Sarath Babu** and B. S. Manoj, "[*Toward a type-based analysis of
   road networks*](https://dl.acm.org/doi/10.1145/3397579)," **ACM
   Transactions on Spatial Algorithms and Systems (ACM TSAS)**,
   vol. 6, no. 4, pp. 28:1–28:45, Aug. 2020.
2. G. Zu, V. Lee, **Sarath
    Babu**, and H. Zhang,
    "[*Real-world integration of open-source 5G core
    with commercial
    RAN*](https://arawireless.org/uploads/Real-World.pdf),"
    accepted for publication in **IEEE Military Communications
    Conference (IEEE MILCOM 2025)**, Los Angels, CA, USA, 6–10
    Oct. 2025.
3. M. Nadim, **Sarath Babu**, H. Zhang, "[*AraSync:
   Precision time synchronization in rural wireless living
   lab*](https://doi.org/10.1145/3636534.3697318)," in Proceedings of
   the 30th Annual **International Conference on Mobile Computing and
   Networking (ACM MobiCom '24)**, Washington D.C., DC, USA,
   Nov. 2024, pp. 1898–1905. ( [<img src="images/arxiv.png"
   style="vertical-align: middle" height="20"></img>
   version](https://arxiv.org/pdf/2503.18218) ) [ <span
   class="award">Best Paper Award</span> ]
"""
    entries, notes = listed_papers(text, Path("publications.md"))
    assert notes == []
    fields = [dict(line.strip().rstrip(",").split(" = ", 1) for line in entry.splitlines()[1:-1]) for entry in entries]
    assert fields[0] == {
        "title": "{Toward a type-based analysis of road networks}", "author": "{Sarath Babu and B. S. Manoj}",
        "journal": "{ACM Transactions on Spatial Algorithms and Systems (ACM TSAS)}", "year": "{2020}", "volume": "{6}",
        "number": "{4}", "pages": "{28:1--28:45}", "month": "{8}", "doi": "{10.1145/3397579}",
    }  # fmt: skip
    assert fields[1] == {
        "title": "{Real-world integration of open-source 5G core with commercial RAN}",
        "author": "{G. Zu and V. Lee and Sarath Babu and H. Zhang}",
        "booktitle": "{IEEE Military Communications Conference (IEEE MILCOM 2025)}", "year": "{2025}", "note": "{Accepted}",
        "month": "{10}", "address": "{Los Angels, CA, USA}", "pdf": "{https://arawireless.org/uploads/Real-World.pdf}",
    }  # fmt: skip
    assert fields[2]["booktitle"] == (
        "{Proceedings of the 30th Annual International Conference on Mobile Computing and Networking (ACM MobiCom '24)}"
    )
    assert {name: fields[2][name] for name in ("address", "month", "pages", "note", "doi", "arxiv")} == {
        "address": "{Washington D.C., DC, USA}", "month": "{11}", "pages": "{1898--1905}", "note": "{Best Paper Award}",
        "doi": "{10.1145/3636534.3697318}", "arxiv": "{https://arxiv.org/pdf/2503.18218}",
    }  # fmt: skip


def test_names_then_the_title_s_link_then_the_venue():
    """A real lab page's way (seen through the search tool): "Names, [Title](address), Venue, Year."
    (a title in brackets without an address too, "[Title]()"), names left out ("A, B, ..., [Title]"),
    initials without a space ("S.A.Moshizi"), a particle joined ("W. vanRees"), "(submitted)", and a
    publisher's name as the venue: a book."""
    text = """\
* **H.R. Karbasian**, S.A.Moshizi, [Dynamic stall analysis of S809 pitching airfoil](https://doi.org/10.1017/jmech.2015.72), Journal of Mechanics, 2015.

* G. Chang, **H.R. Karbasian**, ..., [The influence of kinematics of blades](https://link.springer.com/article/10.1007/s12206), Journal of Mechanical Science and Technology, 2020.

* **H.R. Karbasian**, W. vanRees, [Development of surrogate models for unsteady flow fields](), American Physical Society, Indianapolis, USA, 2022.

* **H.R. Karbasian**, W.M. van Rees, [A parametric LSTM neural network for flapping foils](), (submitted)

* B.C. Vermeire, **H.R. Karbasian**, [Computational Fluid Dynamics: An Open-Source Approach](https://x.org/cfd.pdf), Concordia University Press, 2020.
"""
    entries, notes = listed_papers(text, Path("publications.md"))
    assert notes == []
    fields = [dict(line.strip().rstrip(",").split(" = ", 1) for line in entry.splitlines()[1:-1]) for entry in entries]
    assert fields[0] == {
        "title": "{Dynamic stall analysis of S809 pitching airfoil}", "author": "{H.R. Karbasian and S.A. Moshizi}",
        "journal": "{Journal of Mechanics}", "year": "{2015}", "doi": "{10.1017/jmech.2015.72}",
    }  # fmt: skip
    assert (fields[1]["author"], fields[1]["url"]) == (
        "{G. Chang and H.R. Karbasian and others}", "{https://link.springer.com/article/10.1007/s12206}"
    )  # fmt: skip
    assert (fields[2]["title"], fields[2]["author"]) == (
        "{Development of surrogate models for unsteady flow fields}", "{H.R. Karbasian and W. vanRees}"
    )  # fmt: skip
    assert (fields[3]["note"], "year" in fields[3]) == ("{Submitted}", False)
    assert entries[4].startswith("@book{") and fields[4]["publisher"] == "{Concordia University Press}"


def test_an_html_list_s_items_over_several_lines_and_chicago_s_humanities_citations():
    """Real pages' ways (seen through the search tool): an HTML list whose items go on over lines
    (before, none was read and nothing said), "pag. 113-114", a stray "and ." after the last name;
    Chicago's notes-and-bibliography style of the humanities, "Family Name, Given." first."""
    text = """\
<ul style="list-style-type:disc">
  <li><b>P. Poudel</b>, A. Illanes and M. Friebe and . "Ultrasound thyroid texture classification
using a simple texture pattern". Book of abstracts 51st annual
conference of the German Society for Biomedical Engineering, Dresden, Germany,
September 2017.</li>
  <li><b>P. Poudel</b>, C. Hansen and M. Friebe. "3D Segmentation of Thyroid
Ultrasound Images". Current Directions in Biomedical
Engineering, Vol. 2, Issue 1, pag. 467-470, Delft, 2016.</li>
</ul>

- Prabhakar John, Abhishek. “Christological Themes in the Physiologus.” *Doon Theological Journal* 19, no. 1–2 (June & December 2022): 118–134.
- Prabhakar John, Abhishek, “Praying with the Persecuted Church,” AIM, 48, no. 11 (November 2019): 34-36.
"""
    entries, notes = listed_papers(text, Path("publications.md"))
    assert notes == []
    fields = [dict(line.strip().rstrip(",").split(" = ", 1) for line in entry.splitlines()[1:-1]) for entry in entries]
    assert (fields[0]["author"], fields[0]["month"], fields[0]["address"]) == (
        "{P. Poudel and A. Illanes and M. Friebe}", "{9}", "{Dresden, Germany}"
    )  # fmt: skip
    assert fields[0]["booktitle"] == "{Book of abstracts 51st annual conference of the German Society for Biomedical Engineering}"
    assert (fields[1]["volume"], fields[1]["number"], fields[1]["pages"]) == ("{2}", "{1}", "{467--470}")
    assert fields[2] == {
        "title": "{Christological Themes in the Physiologus}", "author": "{Prabhakar John, Abhishek}",
        "journal": "{Doon Theological Journal}", "year": "{2022}", "volume": "{19}", "number": "{1–2}", "pages": "{118--134}",
    }  # fmt: skip
    assert (fields[3]["author"], fields[3]["journal"], fields[3]["pages"]) == ("{Prabhakar John, Abhishek}", "{AIM}", "{34--36}")


@pytest.mark.parametrize(
    ("written", "kind", "fields"),
    [
        ('D. Gottesman, "Stabilizer Codes," Ph.D. thesis, Caltech (1997).', "@phdthesis", {"school": "{Caltech}"}),
        (
            'Klapuri, A. "Signal processing methods," Ph.D. thesis, Tampere University of Technology, Finland, April 2004.',
            "@phdthesis",
            {"school": "{Tampere University of Technology}", "address": "{Finland}", "month": "{4}"},
        ),
        ("J. Doe. My thesis title. Master's thesis, MIT, 2019.", "@mastersthesis", {"school": "{MIT}", "year": "{2019}"}),
        (  # "submitted to" the university: no state of a paper under review
            "Arashi H. (2022). Transcultural New Waves. Master's thesis, submitted to Kyoto University.",
            "@mastersthesis",
            {"school": "{Kyoto University}", "year": "{2022}", "note": None},
        ),
    ],
)
def test_a_thesis_cited_is_a_thesis_of_its_university(written, kind, fields):
    entries, notes = listed_papers(f"- {written}\n", Path("publications.md"))
    assert notes == [] and entries[0].startswith(kind + "{")
    read = dict(line.strip().rstrip(",").split(" = ", 1) for line in entries[0].splitlines()[1:-1])
    assert {name: read.get(name) for name in fields} == fields and "journal" not in read


def test_a_list_of_authors_with_a_gap_is_said_at_its_line():
    """The names APA leaves out ("A, B, ... & Z") are not on the page: the entry keeps those written,
    and the note asks for the rest."""
    text = "# Papers\n\n- Shimazu, L., Tanaka, K., ... & Arashi, H. (2024). Deep sensing. *Journal of Rivers*, 5(2), 1–8.\n"
    entries, notes = listed_papers(text, Path("cv.md"))
    assert len(entries) == 1 and "author = {Shimazu, L. and Tanaka, K. and Arashi, H.}" in entries[0]
    assert notes == ["cv.md:3: its author list is abridged (…): the names written are kept, add those left out"]


def test_a_heading_over_a_paper_s_names_and_venue_is_its_title():
    """A card of HTML made Markdown (seen on a real hand-written site): the picture, the title a
    heading, the names (parted by semicolons too), the venue, the DOI, "Abstract" over the
    abstract, a paragraph each; a heading over a list is the list's topic, as before."""
    text = """\
## Papers

![Teaser](images/t.png)

### Fish in rivers and lakes

**J. Doe**, A. Smith; B. Lee

*Ecology Letters*, 2024

- **DOI:** 10.1000/fish.2024

Abstract

Fish swim.

### Deep Learning

- **J. Doe**, A. Smith. A topic's paper. *Neural Computation*, 2023.
"""
    entries, notes = listed_papers(text, Path("publications.md"))
    assert notes == []
    fields = [dict(line.strip().rstrip(",").split(" = ", 1) for line in entry.splitlines()[1:-1]) for entry in entries]
    assert fields[0] == {
        "title": "{Fish in rivers and lakes}", "author": "{J. Doe and A. Smith and B. Lee}", "journal": "{Ecology Letters}",
        "year": "{2024}", "doi": "{10.1000/fish.2024}", "abstract": "{Fish swim.}", "preview": "{images/t.png}",
    }  # fmt: skip  # ("## Papers" is no topic)
    assert (fields[1]["title"], fields[1]["keywords"]) == ("{A topic's paper}", "{Deep Learning}")


def test_a_paper_written_as_labelled_fields():
    """A real page's way (seen through the search tool): "**Title:** ... **Author:** ...
    **Journal:** ... **Publication Year:** ...", a thesis's school as its journal, a link under it."""
    text = """1. **Title:** AlphaFold2 reveals structural patterns of haplotype diversification.
   **Author:** Ali, M. A.
   **Journal:** MS Thesis, University of Illinois at Urbana-Champaign **Publication Year:** 2024

   [DOI: ideals.illinois.edu/items/131533](https://hdl.handle.net/2142/124433)
"""
    entries, notes = listed_papers(text, Path("publications.md"))
    assert notes == [] and entries == [
        "@mastersthesis{ali2024alphafold2,\n"
        "  title = {AlphaFold2 reveals structural patterns of haplotype diversification},\n"
        "  author = {Ali, M. A.},\n"
        "  year = {2024},\n"
        "  school = {University of Illinois at Urbana-Champaign},\n"
        "  url = {https://hdl.handle.net/2142/124433}\n"
        "}"
    ]


def test_the_owner_in_bold_among_labelled_authors():
    """The owner's name in bold is their alias under "**Authors:**" as under "**Author:**"."""
    reader = _ListedInFile()
    for label in ("Author", "Authors"):
        text = f"""1. **Title:** Rivers and the fish in them, as {label} writes.
   **{label}:** **Ali, M. A.**, Lee, B.
   **Journal:** Fish **Publication Year:** 2024
"""
        reader._publications_of(Section(None, "publications", [Line(Path("p.md"), 1, line) for line in text.splitlines()]))
    assert reader.names_written == ["Ali, M. A.", "Ali, M. A."]


def test_apa_citations_over_lines_parted_by_rules():
    """A real page's list (an economist's, seen through the search tool): each APA citation over
    four lines (Markdown's hard breaks: the names and year, the title, the venue, the DOI's
    address), a rule right over the next one's names."""
    text = """## Selected Publications

Zhang, Y., **Tang, S.**, & Bousrih, J. (2025).{BR}
Sowing the seeds of sustainability: Digitalization and carbon emissions.{BR}
*Journal of Environmental Management*, 393, 127119.{BR}
https://doi.org/10.1016/j.jenvman.2025.127119

---
Cai, H. H., **Tang, S.**, et al. (2024).{BR}
Environmental sustainability policy and green innovation.{BR}
*Journal of Environmental Management*.{BR}
https://doi.org/10.1016/j.jenvman.2024.122218

---
""".replace("{BR}", "  ")  # (Markdown's hard breaks)
    entries, notes = listed_papers(text, Path("publications.md"))
    fields = [dict(line.strip().rstrip(",").split(" = ", 1) for line in entry.splitlines()[1:-1]) for entry in entries]
    assert notes == [] and [entry["title"] for entry in fields] == [
        "{Sowing the seeds of sustainability: Digitalization and carbon emissions}",
        "{Environmental sustainability policy and green innovation}",
    ]
    assert fields[0]["author"] == "{Zhang, Y. and Tang, S. and Bousrih, J.}"
    assert (fields[0]["volume"], fields[0]["pages"], fields[0]["doi"]) == ("{393}", "{127119}", "{10.1016/j.jenvman.2025.127119}")
    assert (fields[1]["author"], fields[1]["year"]) == ("{Cai, H. H. and Tang, S. and others}", "{2024}")


@pytest.mark.parametrize("heading", ["First-Author", "Co-Author", "Co-authored Papers", "Publications of Jane Doe", "Papers"])
def test_a_heading_of_one_s_part_in_the_papers_is_no_topic(heading):
    """A heading that says how the owner took part ("## First-Author", "## Co-Author", real pages'),
    or only that papers follow, is no topic of theirs (no `keywords`); a field's name is one."""
    text = f"## {heading}\n\n- **J. Doe**, A. Smith. Fish swim. *Ecology Letters*, 2024.\n\n## Deep Learning\n\n"
    text += "- **J. Doe**, A. Smith. Nets learn. *Neural Computation*, 2023.\n"
    entries, _notes = listed_papers(text, Path("publications.md"))
    assert ["keywords" in entry for entry in entries] == [False, True]


def test_kramdown_s_html_items_of_papers_with_their_points_under_them():
    """A real page's way (a climate scientist's, seen through the search tool): `<li markdown="1">`
    a paper, its title a link, the names and the year after them (bare: "Boos. 2024"), on its line
    or the next, and a list of its points under it (its summary: a link in a sentence there is no
    link of the paper's), "Accepted." its note; "_words_" Markdown's emphasis."""
    text = """## First-Author

<ol reversed markdown="1">
  <li markdown="1">
[Testing NeuralGCM on heatwaves](https://www.nature.com/articles/s41612-025-01137-2) **Shiheng Duan**, Jishi Zhang. 2025

    - How do we nudge? For stochastic ensembles, we introduce _ensemble involution_.
  </li>

  <li markdown="1">
[Meteorological drivers of monsoon extremes](https://doi.org/10.1029/2023JD040535)
**Shiheng Duan**, Paul Ullrich, William Boos. 2024

    - A hackathon paper from [ForceSMIP](https://sites.google.com/forcesmip/) and its friends.
    - Accepted.
  </li>
</ol>
"""
    entries, notes = listed_papers(text, Path("publications.md"))
    library = bibtexparser.parse_string("\n\n".join(entries))
    fields = [{name: field.value for name, field in entry.fields_dict.items()} for entry in library.entries]
    assert notes == [] and [(entry["author"], entry["year"]) for entry in fields] == [
        ("Shiheng Duan and Jishi Zhang", "2025"), ("Shiheng Duan and Paul Ullrich and William Boos", "2024")
    ]  # fmt: skip
    assert fields[0]["abstract"] == "How do we nudge? For stochastic ensembles, we introduce \\emph{ensemble involution}."
    assert (fields[1]["doi"], fields[1]["note"]) == ("10.1029/2023JD040535", "Accepted")
    assert fields[1]["abstract"].startswith("A hackathon paper from \\href{https://sites.google.com/forcesmip/}{ForceSMIP}")
    assert not any(name.startswith("forcesmip") for name in fields[1]) and "keywords" not in fields[0]


def test_an_html_list_of_citations_with_their_links_on_the_lines_under_them():
    """A real page's list (a student's, seen through the search tool): an `<li>` over lines, the
    citation on one, an arXiv identifier alone on the next (its year the identifier's), the
    bracketed links on the last; "Accepted as a spotlight presentation at ICLR, 2021." (ICLR, and
    how it was presented the note), "pages 2371--2380", an acceptance rate after the venue."""
    text = """<ul>

<li>
	<b>Ekdeep Singh Lubana</b>, Robert&nbsp;P. Dick, and Hidenori Tanaka. Beyond BatchNorm: Towards Normalization.
 arXiv:2106.05956[cs.LG]
	[&nbsp;<a href="https://arxiv.org/abs/2106.05956">arXiv</a>&nbsp;][&nbsp;<a href="https://github.com/x/bn">code</a>&nbsp;]
</li>

<li>
	<b>Ekdeep Singh Lubana</b> and Robert&nbsp;P. Dick. A Gradient Flow Framework. <em>Accepted as a <b>spotlight</b> presentation at ICLR, 2021.</em>
	[&nbsp;<a href="https://arxiv.org/abs/2009.11839">arXiv</a>&nbsp;]
</li>

<li>
	<b>Ekdeep Singh Lubana</b> and Robert&nbsp;P. Dick. Digital Foveation. <em>In Proc. Int. Conf. Hardware/Software Codesign and System Synthesis, Oct. 2018</em>, pages 2371--2380. Typical conference acceptance rate: <25%.
	[&nbsp;<a href="pubs/foveation.pdf">pdf</a>&nbsp;]
</li>
</ul>
"""
    entries, notes = listed_papers(text, Path("publications.md"))
    fields = [dict(line.strip().rstrip(",").split(" = ", 1) for line in entry.splitlines()[1:-1]) for entry in entries]
    assert notes == [] and len(fields) == 3
    assert (fields[0]["howpublished"], fields[0]["year"], fields[0]["code"]) == (
        "{arXiv:2106.05956}",
        "{2021}",
        "{https://github.com/x/bn}",
    )
    assert (fields[1]["booktitle"], fields[1]["note"]) == ("{ICLR}", "{Accepted; Spotlight presentation}")
    assert (fields[2]["booktitle"], fields[2]["pages"], fields[2]["month"], fields[2]["note"]) == (
        "{Proc. Int. Conf. Hardware/Software Codesign and System Synthesis}", "{2371--2380}", "{10}",
        "{Typical conference acceptance rate: <25\\%}",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("written", "title", "journal"),
    [
        (  # a question, then its subtitle (a linguist's list)
            "Rosen, N., & O. Sammons. (2020). How “mixed” is mixed language phonology? An acoustic analysis of the "
            "Michif vowel system. Journal of the Acoustical Society of America. 147(4): 2989–2999",
            "{How “mixed” is mixed language phonology? An acoustic analysis of the Michif vowel system}",
            "{Journal of the Acoustical Society of America}",
        ),
        ("Doe, J. (2020). Is it real? Nature Physics. 5: 1-10.", "{Is it real?}", "{Nature Physics}"),  # (the journal)
    ],
)
def test_a_title_that_asks_a_question_keeps_its_subtitle(written, title, journal):
    fields = entry_fields(written)
    assert (fields["title"], fields["journal"]) == (title, journal)


def test_a_heading_of_the_papers_state_is_their_note_not_a_topic():
    """ "## Under Review", "## Working Papers", "## In Preparation" say where the papers under them
    stand (their note), not what they are about (no `keywords`); a DOI as a link's words without
    its scheme ("[doi.org/10.1121/...](...)") is the DOI."""
    text = """## Under Review

- J. Doe, A. Smith. Fish swim. *Ecology Letters*, 2025.

## Working Papers

- J. Doe, A. Smith. Fish fly. 2024. [doi.org/10.1121/10.0001009](http://doi.org/10.1121/10.0001009)
"""
    entries, notes = listed_papers(text, Path("publications.md"))
    fields = [dict(line.strip().rstrip(",").split(" = ", 1) for line in entry.splitlines()[1:-1]) for entry in entries]
    assert notes == [] and [(entry.get("note"), "keywords" in entry) for entry in fields] == [
        ("{Under review}", False), ("{Working paper}", False)
    ]  # fmt: skip
    assert fields[1]["doi"] == "{10.1121/10.0001009}"


PAPERS_TABLE = """## Journal articles

|        |  |
|   :-:    | -       |
| <img src='../images/publication/diffsvd.png' width="200"> | Rohit Sunil Kanchi, __Sicheng He__.  <br><br> [__Differentiable singular value decomposition (SVD)__](https://doi.org/10.1016/j.ymssp.2025.112817)  <br><br> _Mechanical Systems and Signal Processing_ (2025).|
| <img src='../images/publication/flutter_opt.png' width="200"> | __Sicheng He__, Eirikur Jonsson. <br><br> [__Wing Aerodynamic Shape Optimization__](https://arc.aiaa.org/doi/abs/10.2514/6.2022-3357). <br><br> _In AIAA Aviation, Chicago, IL, June 2022. American Institute of Aeronautics and Astronautics_.|
| <img src='../images/publication/optimization.png' width="200"> | __Sicheng He__. ["Aerodynamic Shape Optimization using a Time-Spectral Approach."](https://deepblue.lib.umich.edu/handle/2027.42/167969) PhD diss., 2020.

## Courses

| Course | Term |
| --- | --- |
| CS 101 | Fall 2024 |
"""


def test_a_markdown_table_of_papers_each_beside_its_picture():
    """A real page's way (an engineer's, seen through the search tool): a Markdown table, a row a
    paper, its picture in one cell (the preview) and in the next the names, the title a link in
    bold and the venue, parted by `<br>`s; "In AIAA Aviation, Chicago, IL, June 2022. American
    Institute of ..." a conference's paper with its place, month and publisher; Chicago's "PhD
    diss., 2020" a thesis. A table of anything else stays as it is."""
    reader = _ListedInFile()
    reader.target = Path("/nonexistent")
    kept = reader.papers_listed(PAPERS_TABLE, Path("publications.md"), 1)
    assert kept == "## Courses\n\n| Course | Term |\n| --- | --- |\n| CS 101 | Fall 2024 |"
    library = bibtexparser.parse_string("\n\n".join(reader.entries))
    fields = {entry.key: (entry.entry_type, {k: f.value for k, f in entry.fields_dict.items()}) for entry in library.entries}
    assert {key: kind for key, (kind, _) in fields.items()} == {
        "kanchi2025differentiable": "article", "he2022wing": "inproceedings", "he2020aerodynamic": "phdthesis"
    }  # fmt: skip
    assert fields["kanchi2025differentiable"][1]["preview"] == "images/publication/diffsvd.png"  # (its path in the site)
    wing = fields["he2022wing"][1]
    assert (wing["booktitle"], wing["address"], wing["month"], wing["publisher"]) == (
        "AIAA Aviation", "Chicago, IL", "6", "American Institute of Aeronautics and Astronautics"
    )  # fmt: skip
    assert fields["he2020aerodynamic"][1]["title"] == "Aerodynamic Shape Optimization using a Time-Spectral Approach"


def test_a_citation_with_a_list_of_its_points_under_it():
    """An item's citation over a list of what the paper finds (a climate scientist's "in
    preparation" list): the citation read alone, the points its abstract, the heading its state."""
    text = """## In Preparation

- Towards detectability of forced signals in rainfall. Shiheng Duan, et al. 2025

    - Detect forced precipitation changes without any spatial or temporal aggregation.
"""
    entries, notes = listed_papers(text, Path("publications.md"))
    library = bibtexparser.parse_string(entries[0])
    fields = {name: field.value for name, field in library.entries[0].fields_dict.items()}
    assert notes == [] and (fields["year"], fields["note"]) == ("2025", "In preparation")
    assert fields["abstract"] == "Detect forced precipitation changes without any spatial or temporal aggregation."


def test_a_list_s_label_goes_with_its_papers():
    """ "Published:" over a list whose papers are all entries now goes with them (a student's
    page); a label over what stays on the page stays with it."""
    reader = _ListedInFile()
    reader.target = Path("/nonexistent")
    text = "Published:\n\n1. J. Doe, A. Smith. Fish swim. *Ecology Letters*, 2020.\n\nOther:\n\n- We won a grant.\n"
    kept = reader.papers_listed(text, Path("publications.md"), 1)
    assert kept == "Other:\n\n- We won a grant." and len(reader.entries) == 1
