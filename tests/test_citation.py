"""Citation lines per entry type, in the seed's style."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from conftest import publications_from

from sitegen.citation import format_citation, format_names


def publication(bib: str):
    (pub,), _ = publications_from(bib, names=("x.bib",), hidden=())
    return pub


def text_of(html: str) -> str:
    return BeautifulSoup(html, "html.parser").get_text()


@pytest.mark.parametrize(
    ("bib", "expected"),
    [
        (
            "@inproceedings{k, author={Jingyang Xiang and Siqi Li and Yong Liu}, title={SUBP: Soft Uniform Block Pruning},"
            " booktitle={37th Conference on Neural Information Processing Systems (NeurIPS)}, pages={52033-52050}, year=2023}",
            "Jingyang Xiang, Siqi Li, and Yong Liu. SUBP: Soft Uniform Block Pruning. In 37th Conference on Neural"
            " Information Processing Systems (NeurIPS), pages 52033–52050, 2023.",
        ),
        (  # the venue in the other type's field, as al-folio sites mix them (it shows either)
            "@inproceedings{k, author={Doe, Jane}, title={Rollups}, journal={RECSI}, year={2024}}",
            "Jane Doe. Rollups. In RECSI, 2024.",
        ),
        (
            "@article{k, author={Doe, Jane}, title={Rollups}, booktitle={Ledger}, volume={3}, year={2024}}",
            "Jane Doe. Rollups. Ledger, 3, 2024.",
        ),
        (
            "@article{k, author={Doe, Jane and Roe, Richard}, title={A Study}, journal={Journal of Things},"
            " volume={12}, number={3}, pages={45--67}, year={2020}}",
            "Jane Doe and Richard Roe. A Study. Journal of Things, 12(3):45–67, 2020.",
        ),
        (
            "@article{k, author={Doe, Jane}, title={Volume only}, journal={J}, volume={7}, year={2020}}",
            "Jane Doe. Volume only. J, 7, 2020.",
        ),
        (
            "@article{k, author={Doe, Jane}, title={Is it?}, journal={arXiv preprint arXiv:2305.11676}, year={2023}}",
            "Jane Doe. Is it? arXiv preprint arXiv:2305.11676, 2023.",
        ),
        (
            "@misc{k, author={Doe, Jane}, title={Preprint}, eprint={2305.11676}, archivePrefix={arXiv}, year={2023}}",
            "Jane Doe. Preprint. arXiv preprint arXiv:2305.11676, 2023.",
        ),
        (
            "@book{k, author={Knuth, Donald E.}, title={The {TeX}book}, publisher={Addison-Wesley}, address={Reading, MA}, year={1984}}",
            "Donald E. Knuth. The TeXbook. Addison-Wesley, Reading, MA, 1984.",
        ),
        (
            "@book{k, editor={Doe, Jane and Roe, Rick}, title={Collected}, publisher={P}, year={2001}}",
            "Jane Doe and Rick Roe, editors. Collected. P, 2001.",
        ),
        (
            "@incollection{k, author={A B}, title={Chapter}, booktitle={Big Book}, editor={C D}, pages={1--9}, publisher={P}, year={2001}}",
            "A B. Chapter. In C D, editor, Big Book, pages 1–9. P, 2001.",
        ),
        (
            "@phdthesis{k, author={A B}, title={My Thesis}, school={Zhejiang University}, year={2024}}",
            "A B. My Thesis. PhD thesis, Zhejiang University, 2024.",
        ),
        (
            "@mastersthesis{k, author={A B}, title={My Thesis}, school={ZJU}, year={2024}}",
            "A B. My Thesis. Master’s thesis, ZJU, 2024.",
        ),
        (
            "@techreport{k, author={A B}, title={Report}, institution={MIT}, number={TR-7}, year={1999}}",
            "A B. Report. Technical Report TR-7, MIT, 1999.",
        ),
        (
            "@software{k, author={A B}, title={Tool}, version={1.2}, publisher={Zenodo}, year={2023}}",
            "A B. Tool. Version 1.2, Zenodo, 2023.",
        ),
        (
            "@patent{k, author={A B}, title={A Device}, number={US 1234567}, holder={Example Corp}, year={2020}}",
            "A B. A Device. Patent US 1234567, Example Corp, 2020.",
        ),
        (  # biblatex: one @thesis type, `type` a key its styles print as words
            "@thesis{k, author={A B}, title={My Thesis}, type={phdthesis}, institution={ZJU}, date={2021}}",
            "A B. My Thesis. PhD thesis, ZJU, 2021.",
        ),
        (
            "@thesis{k, author={A B}, title={My Thesis}, type={MAThesis}, institution={ZJU}, date={2021}}",
            "A B. My Thesis. Master’s thesis, ZJU, 2021.",
        ),
        (
            "@thesis{k, author={A B}, title={Habil}, type={Habilitation thesis}, institution={ZJU}, date={2021}}",
            "A B. Habil. Habilitation thesis, ZJU, 2021.",
        ),
        (
            "@report{k, author={A B}, title={Report}, type={techreport}, institution={MIT}, number={7}, date={1999}}",
            "A B. Report. Technical report 7, MIT, 1999.",
        ),
        (
            "@misc{k, author={{World Health Organization}}, title={Guidance}, howpublished={Online}, year={2020}}",
            "World Health Organization. Guidance. Online, 2020.",
        ),
        (
            "@inproceedings{k, author={A B and others}, title={T}, booktitle={Conf}, year={2020}}",
            "A B et al. T. In Conf, 2020.",
        ),
        (
            "@inproceedings{k, author={A B and C D and others}, title={T}, booktitle={Conf}, year={2020}}",
            "A B, C D, et al. T. In Conf, 2020.",
        ),
        ("@unpublished{k, author={A B}, title={Draft}, note={In preparation}, year={2025}}", "A B. Draft. 2025. In preparation."),
        # a note ends every type's citation, as in BibTeX's styles and al-folio
        (
            "@inproceedings{k, author={A B}, title={T}, booktitle={ICLR}, year={2026}, note={Oral presentation}}",
            "A B. T. In ICLR, 2026. Oral presentation.",
        ),
        (
            '@phdthesis{k, author={A B}, title={T}, school={MIT}, year={2020}, note={Advisor: Bob M{\\"u}ller}}',
            "A B. T. PhD thesis, MIT, 2020. Advisor: Bob Müller.",
        ),
        (
            "@article{k, author={A B}, title={T}, journal={J}, year={2020}, additional_info={. Spotlight}, note={To appear}}",
            "A B. T. J, 2020. Spotlight. To appear.",
        ),
        # INSPIRE-HEP's collaboration after the names, as particle physics cites its papers
        (
            '@article{k, author="Aad, Georges and others", collaboration="ATLAS", title="Higgs", journal="Phys. Lett. B",'
            ' volume="716", pages="1--29", year="2012"}',
            "Georges Aad et al. (ATLAS Collaboration). Higgs. Phys. Lett. B, 716:1–29, 2012.",
        ),
        (
            "@article{k, author={A B}, collaboration={The CMS Collaboration}, title={T}, journal={J}, year=2012}",
            "A B (The CMS Collaboration). T. J, 2012.",
        ),
        (  # IEEE Xplore's early access: no volume yet, and pages "1-1" as a placeholder
            "@article{k, author={L. {Zhang}}, journal={IEEE Transactions on Robotics}, title={T}, year={2025},"
            " volume={}, number={}, pages={1-1}, doi={10.1109/TRO.2025.1}}",
            "L. Zhang. T. IEEE Transactions on Robotics, 2025.",
        ),
        (  # with a volume, a page: one
            "@article{k, author={A B}, journal={J}, title={T}, year={2025}, volume={3}, pages={1-1}}",
            "A B. T. J, 3:1, 2025.",
        ),
        (  # a standard is named by its number
            "@standard{k, title={Information technology}, organization={ISO}, number={ISO/IEC 27001:2022}, year=2022}",
            "Information technology. ISO/IEC 27001:2022, ISO, 2022.",
        ),
        (
            "@patent{k, author={A B}, title={T}, number={11,234,567}, type={patentus}, holder={Acme}, year=2021}",
            "A B. T. U.S. patent 11,234,567, Acme, 2021.",
        ),
        (  # a patent request, as biblatex's strings name it; a research report
            "@patent{k, author={A B}, title={T}, number={9500261}, type={patreqfr}, year=1995}",
            "A B. T. French patent request 9500261, 1995.",
        ),
        (
            "@report{k, author={A B}, title={T}, type={resreport}, number={RC-6947}, institution={IBM}, year=1978}",
            "A B. T. Research report RC-6947, IBM, 1978.",
        ),
        (  # Google Scholar's bioRxiv entry: the month it was posted as its pages
            "@article{k, author={A B}, title={T}, journal={bioRxiv}, pages={2023--09}, year={2023},"
            " publisher={Cold Spring Harbor Laboratory}}",
            "A B. T. bioRxiv, 2023.",
        ),
        (  # Zotero's bioRxiv entry: its number there as its pages
            "@article{k, author={A B}, title={T}, journal={bioRxiv}, pages={2022.03.28.486085}, year={2022}}",
            "A B. T. bioRxiv, 2022.03.28.486085, 2022.",
        ),
        (  # and as medRxiv's own BibTeX gives it
            "@article{k, author={A B}, title={T}, journal={medRxiv}, elocation-id={2021.11.19.21266469}, year={2021}}",
            "A B. T. medRxiv, 2021.11.19.21266469, 2021.",
        ),
        (  # an online journal's number of the paper, where the pages would be
            "@article{k, author={A B}, title={T}, journal={Advanced Science}, pages={e23401}, year={2026}}",
            "A B. T. Advanced Science, e23401, 2026.",
        ),
        (  # ACM's number of a CHI paper, which has no pages
            "@inproceedings{k, author={A B}, title={T}, booktitle={CHI EA}, series={CHI EA '24}, articleno={306},"
            " numpages={8}, year={2024}}",
            "A B. T. In CHI EA, CHI EA ’24, article 306, 2024.",
        ),
        (  # and an online journal's, with no volume yet
            "@article{k, author={A B}, title={T}, journal={J}, eid={143}, year={2024}}",
            "A B. T. J, article 143, 2024.",
        ),
        (  # Annual Reviews' export: the volume again as the issue
            "@article{k, author={A B}, title={T}, journal={J}, volume={11}, number={Volume 11, 2024}, pages={297-319}, year={2024}}",
            "A B. T. J, 11:297–319, 2024.",
        ),
        (  # a state of publication where the pages will be
            "@article{k, author={A B}, title={T}, journal={J}, pages={to be published}, year={2023}}",
            "A B. T. J, to be published, 2023.",
        ),
        (
            "@article{k, author={A B}, title={T}, journal={Nature}, volume={521}, pages={in press}, year={2015}}",
            "A B. T. Nature, 521, in press, 2015.",
        ),
        (  # but not pages unknown, as Nelson Beebe's bibliographies write them, nor roman numerals
            "@article{k, author={A B}, title={T}, journal={J}, volume={2}, number={3}, pages={??}, year={1981}}",
            "A B. T. J, 2(3):??, 1981.",
        ),
        (
            "@article{k, author={A B}, title={T}, journal={J}, volume={8}, number={4}, pages={i--iii}, year={1995}}",
            "A B. T. J, 8(4):i–iii, 1995.",
        ),
        (  # what an export left at a field's end goes: no ",," or ":,"
            "@inproceedings{k, author={A B}, title={T}, booktitle={Proceedings of the Conference,}, pages={1--2}, year={2020}}",
            "A B. T. In Proceedings of the Conference, pages 1–2, 2020.",
        ),
        (
            "@article{k, author={A B}, title={T}, journal={arXiv preprint: }, year={2021}}",
            "A B. T. arXiv preprint, 2021.",
        ),
        (  # a page with a letter is a page
            "@article{k, author={A B}, title={T}, journal={Current Biology}, pages={R1155}, year={2023}}",
            "A B. T. Current Biology, page R1155, 2023.",
        ),
        (  # a journal's pages that look the same are pages
            "@article{k, author={A B}, title={T}, journal={J}, pages={2023--09}, year={2023}}",
            "A B. T. J, pages 2023–09, 2023.",
        ),
        (  # as Zenodo exports a release
            "@software{k, author={Smith, John}, title={tool: v1.2}, year=2023, publisher={Zenodo}, version={v1.2},"
            " doi={10.5281/zenodo.1234567}}",
            "John Smith. tool: v1.2. Version 1.2, Zenodo, 2023.",
        ),
        (  # biblatex's addendum, after the note
            "@article{k, author={A B}, title={T}, journal={J}, year={2020}, note={Invited}, addendum={Best paper award}}",
            "A B. T. J, 2020. Invited. Best paper award.",
        ),
        (  # biblatex's subtitle
            "@book{k, author={A B}, title={Deep Learning}, subtitle={A Practical Introduction}, publisher={P}, year={2020}}",
            "A B. Deep Learning: A Practical Introduction. P, 2020.",
        ),
        (
            "@book{k, author={A B}, title={Why Sonar?}, subtitle={Notes}, publisher={P}, year={2020}}",
            "A B. Why Sonar? Notes. P, 2020.",
        ),
        (  # where the conference was: biblatex's venue (Zotero's event place), not the publisher's city
            "@inproceedings{k, author={A B}, title={T}, booktitle={Proc. of X}, pages={1--10}, publisher={ACM},"
            " location={New York, NY}, venue={Vienna, Austria}, year={2026}}",
            "A B. T. In Proc. of X, pages 1–10, Vienna, Austria, ACM, 2026.",
        ),
        (  # biblatex's other parts of titles: an addon, a book's and a journal's subtitles
            "@incollection{k, author={A B}, title={T}, titleaddon={Extended version}, booktitle={Essays},"
            " booksubtitle={On Things}, booktitleaddon={With a Preface}, publisher={P}, year={2020}}",
            "A B. T. Extended version. In Essays: On Things. With a Preface. P, 2020.",
        ),
        (
            "@article{k, author={A B}, title={T}, journaltitle={Studia Logica}, journalsubtitle={An International Journal},"
            " year={2020}}",
            "A B. T. Studia Logica: An International Journal, 2020.",
        ),
        (  # biblatex's title of a special issue, after the journal
            "@article{k, author={A B}, title={T}, journal={J}, issuetitle={Deep Learning}, issuesubtitle={A Survey},"
            " volume={12}, number={3}, pages={1--10}, year={2020}}",
            "A B. T. J, Deep Learning: A Survey, 12(3):1–10, 2020.",
        ),
        (  # a part of a multi-volume work that names no book of its own
            "@inbook{k, author={A B}, title={T}, maintitle={Collected Works}, mainsubtitle={Letters}, volume={3},"
            " publisher={P}, year={2020}}",
            "A B. T. In Collected Works: Letters, volume 3. P, 2020.",
        ),
        (  # a volume of one: of that work, as plain writes a volume of a series
            "@book{k, author={A B}, title={T}, maintitle={Collected Works}, mainsubtitle={Letters}, volume={3},"
            " series={S}, number={4}, publisher={P}, year={2020}}",
            "A B. T, volume 3 of Collected Works: Letters. Number 4 in S. P, 2020.",
        ),
        (  # the work itself: how many volumes it has, as biblatex prints them (Better BibTeX's export of Zotero's "# of Volumes")
            "@mvbook{k, author={A B}, title={T}, volumes={2}, series={Profil}, number={746}, publisher={P}, year={1990}}",
            "A B. T. 2 volumes. Number 746 in Profil. P, 1990.",
        ),
        (  # a part of a volume of one
            "@incollection{k, author={A B}, title={T}, booktitle={B}, maintitle={Collected Works}, volume={3},"
            " publisher={P}, year={2020}}",
            "A B. T. In B, volume 3 of Collected Works. P, 2020.",
        ),
        (  # a talk, dated by its event as biblatex dates an entry without a date of its own
            "@misc{k, author={A B}, title={T}, type={Invited talk}, eventtitle={NeurIPS Workshop on Weather},"
            " venue={Vancouver, Canada}, eventdate={2024-12-14}}",
            "A B. T. Invited talk, NeurIPS Workshop on Weather, Vancouver, Canada, 2024.",
        ),
        (  # what kind of work a @misc is, as biblatex prints its `type`, opening the sentence
            "@misc{k, author={A B}, title={T}, type={dataset}, publisher={Zenodo}, version={v1.2}, year={2023}}",
            "A B. T. Dataset, Version 1.2, Zenodo, 2023.",
        ),
        (  # Zotero's presentation: its meeting and place were left out
            "@unpublished{k, author={A B}, title={T}, eventtitle={ICML}, venue={Vienna}, date={2024-07-22}, note={Poster}}",
            "A B. T. ICML, Vienna, 2024. Poster.",
        ),
        (  # EndNote's type says less than the entry's
            "@phdthesis{k, author={A B}, title={T}, school={MIT}, year={2020}, type={Thesis}}",
            "A B. T. PhD thesis, MIT, 2020.",
        ),
        (  # the year says it already
            "@article{k, author={A B}, title={T}, journal={J}, year={to appear}, note={To appear.}}",
            "A B. T. J, to appear.",
        ),
        # what a reference manager keeps in `note` for itself is no part of it
        (
            "@article{k, author={A B}, title={T}, journal={Nature}, year={2024},"
            " note={Cited by: 3; All Open Access, Gold Open Access}}",
            "A B. T. Nature, 2024.",
        ),
        ("@article{k, author={A B}, title={T}, journal={J}, year={2013}, note={cited By 1}}", "A B. T. J, 2013."),
        (
            "@article{k, author={A B}, title={T}, journal={J}, year={2020},"
            " note={ZSCC: 0000012\nCitation Key: b2020\nExtended version of the ICLR paper}}",
            "A B. T. J, 2020. Extended version of the ICLR paper.",
        ),
        # arXiv papers as NASA ADS and Zotero export them
        (
            "@article{k, author={A B}, title={T}, journal={arXiv e-prints}, year={2019}, eid={arXiv:1909.13014},"
            " pages={arXiv:1909.13014}, eprint={1909.13014}, archivePrefix={arXiv}}",
            "A B. T. arXiv e-prints, arXiv:1909.13014, 2019.",
        ),
        (
            "@misc{k, author={A B}, title={T}, publisher={arXiv}, year={2025}, note={arXiv:2506.11997 [cs]}}",
            "A B. T. arXiv, 2025. arXiv:2506.11997.",
        ),
        # an edition as biblatex's styles write it
        ("@book{k, author={A B}, title={T}, publisher={P}, year={2016}, edition={2}}", "A B. T. 2nd edition. P, 2016."),
        ("@book{k, author={A B}, title={T}, publisher={P}, year={2016}, edition={11}}", "A B. T. 11th edition. P, 2016."),
        ("@book{k, author={A B}, title={T}, publisher={P}, year={2016}, edition={Second}}", "A B. T. Second edition. P, 2016."),
        ("@book{k, author={A B}, title={T}, publisher={P}, year={2016}, edition={3rd ed.}}", "A B. T. 3rd ed. P, 2016."),
        (
            "@book{k, author={A B}, title={T}, publisher={P}, year={2016}, edition={Second revised}}",
            "A B. T. Second revised edition. P, 2016.",
        ),
        (  # a phrase of its own, as biblatex prints an edition that is no number (Zotero's export of a Dover book)
            "@book{k, author={A B}, title={T}, publisher={P}, year={1964}, edition={ninth Dover printing, tenth GPO printing}}",
            "A B. T. ninth Dover printing, tenth GPO printing. P, 1964.",
        ),
        ("@manual{k, title={T}, organization={O}, year={1993}, edition={Version 1.04.}}", "T. O, version 1.04, 1993."),
        ("@manual{k, author={A B}, title={T}, organization={O}, year={2016}, edition={2}}", "A B. T. O, 2nd edition, 2016."),
        (
            "@manual{k, author={A B}, title={T}, organization={O}, year={1986}, edition={Silver}}",
            "A B. T. O, silver edition, 1986.",
        ),
        # a volume of a series and a chapter go on the title's sentence, as in BibTeX's plain style
        (
            "@proceedings{k, editor={A B}, title={T}, publisher={P}, year={2013}, volume={5}, series={LNCS}}",
            "A B, editor. T, volume 5 of LNCS. P, 2013.",
        ),
        (
            "@inbook{k, author={A B}, title={T}, chapter={3}, pages={10--20}, publisher={P}, year={2011}}",
            "A B. T, chapter 3, pages 10–20. P, 2011.",
        ),
        ("@book{k, author={A B}, title={Why?}, publisher={P}, year={2011}, series={S}}", "A B. Why? S. P, 2011."),
        # a journal's whole issue (a special issue its guest editors list): its volume, number and title
        (
            "@periodical{p, editor={Doe, Jane and Roe, Rick}, title={Computers and Graphics}, year=2011,"
            " issuetitle={Semantic {3D} Media and Content}, volume=35, number=4}",
            "Jane Doe and Rick Roe, editors. Computers and Graphics, volume 35, number 4. Semantic 3D Media and Content, 2011.",
        ),
        # a part of a book as its `type` names it, and the book's edition, as plain writes them (xampl.bib)
        (
            "@inbook{k, author={A B}, title={T}, volume=1, series={S}, type={Section}, chapter={1.2}, pages={10--119},"
            " publisher={P}, address={R}, edition={Second}, year=1973}",
            "A B. T, volume 1 of S, section 1.2, pages 10–119. P, R, second edition, 1973.",
        ),
        (
            "@incollection{k, author={A B}, title={T}, booktitle={B}, type={Book Section}, chapter=3, publisher={P}, edition=3, year=1977}",
            "A B. T. In B, chapter 3. P, 3rd edition, 1977.",
        ),  # EndNote's type of every chapter: no word for its part
        (  # a volume of a set its crossref names, which is its series too: the set once
            "@inbook{k, author={A B}, title={T}, booktitle={Set}, series={Set}, volume=1, chapter=2, publisher={P}, year=1973}",
            "A B. T. In Set, volume 1, chapter 2. P, 1973.",
        ),
        # a manual's organization and address, as BibTeX's plain writes them (R's own citation); a booklet's address
        (
            "@manual{R, title={R: A Language}, author={{R Core Team}}, organization={R Foundation for Statistical Computing},"
            " address={Vienna, Austria}, year=2023}",
            "R Core Team. R: A Language. R Foundation for Statistical Computing, Vienna, Austria, 2023.",
        ),
        (
            "@manual{k, title={T}, howpublished={ser. Blue Book, No. 4}, organization={CCSDS}, address={Newport Beach, CA}, year=1999}",
            "T. ser. Blue Book, No. 4, CCSDS, Newport Beach, CA, 1999.",
        ),
        (
            "@booklet{k, title={B}, author={A B}, howpublished={Given out}, address={Paris}, year=2001}",
            "A B. B. Given out, Paris, 2001.",
        ),
        # a translated work's translators after its title, as biblatex's styles write them
        (
            "@book{k, author={A B}, title={T}, translator={Goldstein, Brigitte and C D}, publisher={P}, year={2000}}",
            "A B. T. Translated by Brigitte Goldstein and C D. P, 2000.",
        ),
        (
            "@incollection{k, author={A B}, title={T}, translator={C D}, booktitle={B}, publisher={P}, year={2000}}",
            "A B. T. Translated by C D. In B. P, 2000.",
        ),
        # an authored book's editors (a critical edition), and the same person's editing and translating once
        (
            "@book{k, author={Aristotle}, editor={Lucas, D. W.}, title={Poetics}, publisher={P}, year=1968}",
            "Aristotle. Poetics. Edited by D. W. Lucas. P, 1968.",
        ),
        (
            "@book{k, author={Cicero, Marcus Tullius}, editor={Blank-Sangmeister, Ursula}, translator={Blank-Sangmeister, Ursula},"
            " title={De natura deorum}, publisher={Reclam}, year=1995}",
            "Marcus Tullius Cicero. De natura deorum. Edited and translated by Ursula Blank-Sangmeister. Reclam, 1995.",
        ),
        ("@book{k, editor={E F}, title={T}, publisher={P}, year=1995}", "E F, editor. T. P, 1995."),  # no authors: named first
        # they come after what goes on the title's sentence: its volume, not "Translated by C D, volume 1"
        (
            "@book{k, editor={E F}, title={T}, translator={C D}, volume=1, publisher={P}, year=2009}",
            "E F, editor. T, volume 1. Translated by C D. P, 2009.",
        ),
        (
            "@book{k, author={A B}, editor={E F}, title={T}, volume=1, series={S}, publisher={P}, year=2008}",
            "A B. T, volume 1 of S. Edited by E F. P, 2008.",
        ),
        # a book's number in its series, or its series alone, a sentence of its own (plain's `format.number.series`)
        ("@book{k, author={A B}, title={T}, publisher={P}, year={2011}, series={S}}", "A B. T. S. P, 2011."),
        (
            "@book{k, author={A B}, title={T}, publisher={P}, year={2011}, series={Lecture Notes in Statistics}, number={42}}",
            "A B. T. Number 42 in Lecture Notes in Statistics. P, 2011.",
        ),
        (
            "@book{k, author={A B}, title={T}, publisher={P}, year={2011}, series={S}, volume={3}, number={4}}",
            "A B. T, volume 3 of S. P, 2011.",
        ),
        # proceedings', a collection's and a chapter's number in the series on the title's or the book's sentence
        (
            "@proceedings{k, editor={A B}, title={T}, publisher={P}, year={2011}, series={S}, number={3}}",
            "A B, editor. T, number 3 in S. P, 2011.",
        ),
        (
            "@incollection{k, author={A B}, title={T}, booktitle={B}, publisher={P}, year={2011}, series={S}, number={3}, pages={1--2}}",
            "A B. T. In B, number 3 in S, pages 1–2. P, 2011.",
        ),
        (
            "@inbook{k, author={A B}, title={T}, chapter={3}, publisher={P}, year={2011}, series={S}, volume={2}}",
            "A B. T, volume 2 of S, chapter 3. P, 2011.",
        ),
        (
            "@inbook{k, author={A B}, title={T}, chapter={3}, publisher={P}, year={2011}, series={S}}",
            "A B. T, chapter 3. S. P, 2011.",
        ),
        ("@book{k, author={A B}, title={Why?}, publisher={P}, year={2011}, volume={2}}", "A B. Why? Volume 2. P, 2011."),
        # the labels a style adds, written into the fields by hand, are not shown twice
        (
            "@article{k, author={A B}, title={T}, journal={J}, year={2020}, volume={Vol. 12}, number={No. 3}, pages={pp. 12-15}}",
            "A B. T. J, 12(3):12–15, 2020.",
        ),
        ("@article{k, author={A B}, title={T}, journal={J}, year={2020}, pages={p. 7}}", "A B. T. J, page 7, 2020."),
        # a one-page paper written as a range
        (
            "@article{k, author={A B}, title={T}, journal={J}, year={2004}, volume={25}, pages={195--195}}",
            "A B. T. J, 25:195, 2004.",
        ),
        ("@inproceedings{k, author={A B}, title={T}, booktitle={B}, year={2004}, pages={7 -- 7}}", "A B. T. In B, page 7, 2004."),
        ("@article{k, author={A B}, title={T}, journal={J}, year={2004}, pages={195--196}}", "A B. T. J, pages 195–196, 2004."),
        (
            "@inproceedings{k, author={A B}, title={T}, booktitle={In Proceedings of X}, year={2020}}",
            "A B. T. In Proceedings of X, 2020.",
        ),
        (
            "@inproceedings{k, author={A B}, title={T}, booktitle={In Silico Biology}, year={2020}}",
            "A B. T. In In Silico Biology, 2020.",
        ),
        (
            "@article{k, author={A B}, title={T}, journal={Volume Matters}, year={2020}, volume={Volumes}}",
            "A B. T. Volume Matters, Volumes, 2020.",
        ),
        # names parted by semicolons or ampersands (read so, with a warning: test_bibtex)
        (
            "@article{k, author={J. Smith; J. Doe; A. Lovelace}, title={T}, journal={J}, year={2020}}",
            "J. Smith, J. Doe, and A. Lovelace. T. J, 2020.",
        ),
        (
            "@article{k, author={Smith, John \\& Doe, Jane}, title={T}, journal={J}, year={2020}}",
            "John Smith and Jane Doe. T. J, 2020.",
        ),
        (
            "@article{k, author={{Johnson & Johnson} and Smith, J.}, title={T}, journal={J}, year={2020}}",
            "Johnson & Johnson and J. Smith. T. J, 2020.",
        ),
        # "et al." written where BibTeX wants "and others"
        ("@article{k, author={A B and et al.}, title={T}, journal={J}, year={2020}}", "A B et al. T. J, 2020."),
        ("@article{k, author={A B and {et al.}}, title={T}, journal={J}, year={2020}}", "A B et al. T. J, 2020."),
        ("@article{k, author={B, A et al.}, title={T}, journal={J}, year={2020}}", "A B et al. T. J, 2020."),
        # ... emphasised, as the paper shows it (was "A B and et al.. T.")
        ("@article{k, author={A B and \\textit{et al.}}, title={T}, journal={J}, year={2020}}", "A B et al. T. J, 2020."),
        ("@article{k, author={A B and {\\em et al.}}, title={T}, journal={J}, year={2020}}", "A B et al. T. J, 2020."),
        (  # the rest of a PubMed record, which EndNote keeps in `note` (seen in a lab's al-folio file)
            "@article{k, author={A B}, title={T}, journal={Nat Commun}, year={2026}, note={2041-1723\nLara, Montana Kay\n"
            "Orcid: 0000-0001-5810-4425\nU01 DA044451/DA/NIDA NIH HHS/United States\nJournal Article\n"
            "Research Support, N.I.H., Extramural\nEngland\n2026/06/12\n"
            "Nat Commun. 2026 Jun 11;17(1):4876. doi: 10.1038/s41467-026-73694-w.}}",
            "A B. T. Nat Commun, 2026.",
        ),
        (  # a note that only starts with an ISSN-like number is the user's
            "@article{k, author={A B}, title={T}, journal={J}, year={2020}, note={1234-5678 is the ISSN of the print edition}}",
            "A B. T. J, 2020. 1234-5678 is the ISSN of the print edition.",
        ),
        # biblatex's state of publication: instead of a year, or after it
        ("@article{k, author={A B}, title={T}, journal={J}, pubstate={inpress}}", "A B. T. J, in press."),
        (
            "@article{k, author={A B}, title={T}, journaltitle={J}, date={2024-03}, pubstate={forthcoming}}",
            "A B. T. J, 2024, forthcoming.",
        ),
        (
            "@article{k, author={A B}, title={T}, journal={J}, year={2024}, pubstate={forthcoming}, note={Forthcoming}}",
            "A B. T. J, 2024, forthcoming.",
        ),
        (
            "@article{k, author={A B}, title={T}, journal={J}, year={2024}, pubstate={prepublished}}",
            "A B. T. J, 2024, prepublished.",
        ),
        ("@article{k, author={A B}, title={T}, journal={J}, year={2024}, pubstate={green}}", "A B. T. J, 2024."),  # no state
    ],
)
def test_citation_formats(bib, expected):
    assert text_of(format_citation(publication(bib))) == expected


def test_the_semicolon_that_ends_a_character_reference_is_not_taken_for_a_dangling_one():
    html = format_citation(publication("@article{k, author={A B}, title={T}, journal={Journal of R\\&}, year={2021}}"))
    assert "Journal of R&amp;, 2021." in html


def test_owner_is_emphasised_and_members_linked():
    pub = publication("@article{k, author={A B and C D and E F}, title={T}, journal={J}, year={2020}}")
    html = format_citation(pub, marks=[None, "self", None], links=[None, None, "/people/ef/"])
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("strong", class_="self").get_text() == "C D"
    assert soup.find("a", href="/people/ef/").get_text() == "E F"


def test_format_names_counts():
    parser_pub = publication("@article{k, author={A B and C D}, title={T}, journal={J}, year={2020}}")
    assert format_names(parser_pub.authors[:1]) == "A B"
    assert format_names(parser_pub.authors) == "A B and C D"


def test_a_shortened_list_keeps_the_first_names_and_the_members_and_counts_the_rest():
    from sitegen.citation import Shortening, join_names

    shown = [f"N{n}" for n in range(10)]
    assert join_names(shown, Shortening(3)) == "N0, N1, N2, and 7 more"
    assert join_names(shown, Shortening(3, frozenset({5, 6, 9}))) == "N0, N1, N2, …, N5, N6, …, N9, and 4 more"
    assert (
        join_names(shown, Shortening(2, frozenset({2}), "/p/")) == 'N0, N1, N2, and <a class="more-authors" href="/p/">7 more</a>'
    )
    assert join_names([*shown[:4], None], Shortening(3)) == "N0, N1, N2, and 1 more"  # `and others` is not counted
    assert join_names(shown[:3], Shortening(3)) == "N0, N1, and N2"  # not longer than the limit
    assert join_names(shown, Shortening(0)) == join_names(shown)  # 0: never


def test_a_reference_managers_note_is_not_in_the_bibtex_a_reader_copies():
    pub = publication("@article{k, author={A B}, title={T}, journal={J}, year={2024}, note={Cited by: 3}}")
    assert "note" not in pub.bibtex and "Cited by" not in pub.bibtex
    pub = publication("@article{k, author={A B}, title={T}, journal={J}, year={2024}, note={ZSCC: 0000012 Oral}}")
    assert "note = {Oral}" in pub.bibtex


def test_a_preprints_posting_month_in_pages_is_its_month_not_its_pages():
    scholar = publication("@article{k, author={A B}, title={T}, journal={bioRxiv}, pages={2023--09}, year={2023}}")
    assert (scholar.year, scholar.month, "pages" in scholar.parts) == (2023, 9, False)
    dated = publication("@article{k, title={T}, journal={bioRxiv}, pages={2023--09}, year={2023}, month={aug}}")
    assert (dated.month, "pages" in dated.parts) == (8, False)
    other_year = publication("@article{k, title={T}, journal={bioRxiv}, pages={2021--09}, year={2023}}")
    assert (other_year.month, other_year.parts["pages"].text) == (None, "2021–09")
