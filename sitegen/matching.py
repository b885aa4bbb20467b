"""Which member an author name refers to.

A person's `name` and `aliases` are parsed by the same BibTeX rules as authors, then compared on a
key that ignores accents, case, word order ("Bai, Shipeng", "Shipeng Bai", and "Bai Shipeng" as
Chinese names are often written), hyphens, dots and spaces inside given names. An initial ("S. Bai")
matches only when exactly one member fits, and so does a given name with middle initials added or
left out ("Larracuente, Amanda M." or "A. M. Larracuente" for Amanda Larracuente), PubMed's
initials too ("Liu, GQ" for Guanqing Liu, by the name's pinyin syllables). Names that fit two members are ambiguous; names one or
two edits from a member's are near misses. Both are reported so people can fix their aliases.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from sitegen.model import Name, Person
from sitegen.names import NameParser, given_and_particle

NameKey = tuple[str, str]
_GIVEN_WORDS = re.compile(r"[\s.\-]+")


# BibTeX's "O'Brien" is shown "O’Brien" (latex.py curls typed quotes); a member's YAML may have either
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def fold(text: str) -> str:
    """Lower case without accents, one apostrophe: "Jörg" -> "jorg", "O’Brien" -> "o'brien"."""
    if text.isascii():  # most names: nothing to decompose (a third of linking's time at 10,000 entries)
        return text.casefold().strip()
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold().strip()


def name_key(name: Name) -> NameKey:
    """(family, given) folded: "Bai, Shi-Peng", "Shipeng Bai" and "SHIPENG BAI" are equal; a CJK
    name is one word, "王, 小明" and "王小明" (BibTeX's family name alone) alike."""
    if name.cjk:
        return name.display, ""
    return _family_key(name.family), _given_key(name.first)


def _family_key(family: str) -> str:
    return fold(family).replace(" ", "").replace("-", "")


def _given_key(given: str) -> str:
    return _GIVEN_WORDS.sub("", fold(given))


def initials(given: str) -> str | None:
    """ "A. B." -> "ab" when the given name is written as initials only, else None; PubMed's
    initials without stops too, "GQ" of `Liu, GQ` (two or three capitals that are no syllable
    of pinyin: "WEI" is a given name in capitals)."""
    if _CAPITALS.fullmatch(given) and given.casefold() not in _PINYIN:
        return given.casefold()
    words = [word for word in _GIVEN_WORDS.split(fold(given)) if word]
    return "".join(words) if words and all(len(word) == 1 for word in words) else None


_CAPITALS = re.compile(r"[A-Z]{2,3}")


def syllable_initials(given: str) -> str | None:
    """The initials of a Chinese given name written as one word, by its pinyin syllables:
    "Guanqing" -> "gq", as PubMed abbreviates it when a paper wrote "Guan-Qing" (`Liu, GQ`);
    None for a name that is not two or more syllables of pinyin ("Amanda" is "a-man-da", but
    "John" none: so few initials-only names meet such a name that the few are worth it)."""
    word = fold(given)
    if not word.isalpha() or not word.isascii() or len(word) < 4:
        return None
    syllables = _fewest_syllables(word)
    return "".join(syllable[0] for syllable in syllables) if syllables and len(syllables) > 1 else None


def _fewest_syllables(word: str) -> list[str] | None:
    """`word` cut into the fewest pinyin syllables ("xian" is one, not "xi-an"), or None."""
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            before = best[start]
            if before is not None and word[start:end] in _PINYIN and (best[end] is None or len(before) + 1 < len(best[end])):
                best[end] = [*before, word[start:end]]
    return best[-1]


# Hanyu Pinyin's syllables without tones (ü as u, as names are written), from pypinyin's table;
# written out: pypinyin takes 0.25 s to import, py-pinyin-split 1.6 s (nltk), a build 0.1 s
_PINYIN = frozenset(
    """a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen
    ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong
    cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui
    dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua
    guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji
    jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua
    kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou
    lu luan lue lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai
    nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nue nuo nv nve o ou pa pai
    pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu
    quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha
    shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su
    suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan
    wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin
    ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen
    zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo""".split()
)


def _initials_of(given: str) -> str:
    return "".join(word[0] for word in _GIVEN_WORDS.split(fold(given)) if word)


def first_given(given: str) -> str | None:
    """A given name without its middle initials: "Amanda M." -> "amanda", "Daven C" -> "daven",
    "Amanda" -> "amanda"; None for initials alone or two names ("Shi-Peng", one person's name)."""
    words = [word for word in _GIVEN_WORDS.split(fold(given)) if word]
    return words[0] if words and len(words[0]) > 1 and all(len(word) == 1 for word in words[1:]) else None


@dataclass(frozen=True)
class Match:
    """The outcome for one author name."""

    slug: str | None = None
    ambiguous: tuple[str, ...] = ()  # slugs of the members it could be
    near: str | None = None  # slug of the member whose name it nearly is


class AuthorMatcher:
    """Matches author names to members; each distinct name is looked up once."""

    def __init__(self, people: list[Person], names: NameParser):
        self._exact: dict[NameKey, set[str]] = defaultdict(set)
        self._initials: dict[NameKey, set[str]] = defaultdict(set)
        self._first_initial: dict[NameKey, set[str]] = defaultdict(set)  # (family, "a") of "Amanda M."
        self._first_given: dict[NameKey, set[str]] = defaultdict(set)  # (family, "amanda") of "Amanda M."
        by_family: dict[str, set[tuple[str, str]]] = defaultdict(set)
        by_given: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self._cache: dict[Name, Match] = {}
        # the same parsed name object recurs in every entry by that author: found by identity
        # (hashing a Name is a Python call), holding the name so its id cannot be reused
        self._by_object: dict[int, tuple[Name, Match]] = {}
        # by the author list's identity (a reused publication keeps its tuple; hashing every Name is slow),
        # holding the tuple itself so the id cannot be reused by another list
        self._lists: dict[int, tuple[tuple[Name, ...], tuple[tuple[str | None, ...], tuple[tuple[Name, Match], ...]]]] = {}
        for person in people:
            for written in (person.name, *person.aliases):
                name = names.parse(written)
                family, given = key = name_key(name)
                self._exact[key].add(person.slug)
                self._initials[(family, short := _initials_of(name.first))].add(person.slug)
                if syllables := syllable_initials(name.first):  # "Guanqing Liu" is `Liu, GQ`
                    self._initials[(family, syllables)].add(person.slug)
                self._first_initial[(family, short[:1])].add(person.slug)
                if first := first_given(name.first):
                    self._first_given[(family, first)].add(person.slug)
                by_family[family].add((given, person.slug))
                by_given[given].add((family, person.slug))
        # in order: when two members are a typo away, every run names the same one (a set's order
        # changes with Python's string hashing from one process to the next)
        self._by_family = {family: sorted(found) for family, found in by_family.items()}
        self._by_given = {given: sorted(found) for given, found in by_given.items()}

    def match_all(self, names: tuple[Name, ...]) -> tuple[tuple[str | None, ...], tuple[tuple[Name, Match], ...]]:
        """For an author list: each author's member slug, and the names worth a warning."""
        held = self._lists.get(id(names))
        if held is not None and held[0] is names:
            return held[1]
        matches = [(name, self.match(name)) for name in names]
        problems = tuple((name, match) for name, match in matches if match.ambiguous or match.near)
        found = (tuple(match.slug for _, match in matches), problems)
        self._lists[id(names)] = (names, found)
        return found

    def match(self, name: Name) -> Match:
        """Who `name` is: one member, several (ambiguous), or nobody (perhaps a near miss)."""
        held = self._by_object.get(id(name))
        if held is not None and held[0] is name:
            return held[1]
        found = self._cache.get(name)
        if found is None:
            found = self._cache[name] = self._match(name)
        self._by_object[id(name)] = (name, found)
        return found

    def _match(self, name: Name) -> Match:
        if name.others or name.literal:
            return Match()
        family, given = name_key(name)
        owners = self._owners(family, given, name.first)
        if not owners and (moved := given_and_particle(name.first))[1]:  # `{Timothy van} Zandt`
            kept, particle = moved
            owners = self._owners(_family_key(f"{particle} {name.family}"), _given_key(kept), kept)
        if owners and len(owners) == 1:
            return Match(slug=next(iter(owners)))
        if owners:
            return Match(ambiguous=tuple(sorted(owners)))
        return Match(near=self._near_miss(family, given))

    def _owners(self, family: str, given: str, written_given: str) -> set[str] | None:
        """The members of the name's key, or of its words the other way round ("Bai Shipeng":
        family name first, no comma), or of part of its given name (`_by_part`)."""
        owners = self._exact.get((family, given))
        if not owners and given:
            owners = self._exact.get((given, family))
        return owners or self._by_part(family, written_given)

    def _by_part(self, family: str, given: str) -> set[str] | None:
        """The members a name with part of the given name fits: its initials ("A. M. Larracuente":
        Amanda M. Larracuente, else the one Larracuente whose name starts with A), or its given
        name with middle initials added or left out ("Amanda M." is Amanda, and Amanda is
        "Amanda M."); the caller reports a name that fits two."""
        if short := initials(given):
            return self._initials.get((family, short)) or self._first_initial.get((family, short[0]))
        first = first_given(given)
        return self._first_given.get((family, first)) if first else None

    def _near_miss(self, family: str, given: str) -> str | None:
        """A member whose family or given name is a typo away, the other part equal (see `_typo_of`)."""
        if len(given) < 2 or len(family) < 2:
            return None
        for other_given, slug in self._by_family.get(family, ()):
            if _typo_of(given, other_given):
                return slug
        for other_family, slug in self._by_given.get(given, ()):
            if _typo_of(family, other_family):
                return slug
        return None


def _typo_of(a: str, b: str) -> bool:
    """True when a and b differ by what a typo does: one edit in names up to five letters, two in longer.

    The allowance grows with the length (as search engines' "fuzziness: AUTO" does): two edits
    would turn Kim into Liu, and every short name into a near miss of another.
    """
    allowed = 1 if min(len(a), len(b)) <= 5 else 2
    if a == b or abs(len(a) - len(b)) > allowed:
        return False
    return Levenshtein.distance(a, b, score_cutoff=allowed) <= allowed
