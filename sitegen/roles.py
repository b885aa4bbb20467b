"""Which group of the People page a role belongs to: "Associate Professor of Biology" is Faculty.

A lab writes roles as it likes ("Nathaniel and Helen Wisch Professor of Biology", "E2G2 PhD
candidate", "Postdoctoral Research Associate"); the People page groups people by the title a role
holds, so one person's long title does not make a group of its own. The build (assemble.py) and
the al-folio import (which must not take "Associate Professor" for a name) read the same table.
"""

from __future__ import annotations

import re

from sitegen.matching import fold

# Common role titles and the group each belongs to, unless site.yml's people.roles says otherwise.
DEFAULT_ROLE_GROUPS = {
    "professor": "Faculty", "associate professor": "Faculty", "assistant professor": "Faculty",
    "full professor": "Faculty", "lecturer": "Faculty", "senior lecturer": "Faculty", "principal investigator": "Faculty",
    "research scientist": "Faculty", "postdoc": "Postdocs", "postdoctoral researcher": "Postdocs",
    "postdoctoral fellow": "Postdocs", "research fellow": "Postdocs", "phd student": "PhD Students",
    "phd candidate": "PhD Students", "doctoral student": "PhD Students", "ms student": "MS Students",
    "master student": "MS Students", "master's student": "MS Students", "msc student": "MS Students",
    "undergraduate": "Undergraduates", "undergraduate student": "Undergraduates", "bs student": "Undergraduates",
    "research assistant": "Staff", "engineer": "Staff", "research engineer": "Staff", "lab manager": "Staff",
    "visiting student": "Visitors", "visiting scholar": "Visitors", "visiting researcher": "Visitors",
    "alumni": "Alumni", "alumnus": "Alumni", "alumna": "Alumni", "former member": "Alumni",
    "graduate student": "PhD Students", "research associate": "Staff", "technician": "Staff", "staff scientist": "Staff",
    "faculty": "Faculty", "undergrad": "Undergraduates", "graduate research assistant": "PhD Students",
}  # fmt: skip
# a role's first word that decides its group whatever title follows ("Former PhD student", "Visiting Professor",
# "Postdoctoral Research Associate", "Undergraduate Research Assistant")
ROLE_PREFIXES = {
    "former": "Alumni", "ex": "Alumni", "past": "Alumni", "visiting": "Visitors", "postdoctoral": "Postdocs",
    "postdoc": "Postdocs", "undergraduate": "Undergraduates", "undergrad": "Undergraduates",
}  # fmt: skip
_WORDS = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


KNOWN_TITLES = {fold(title): group for title, group in DEFAULT_ROLE_GROUPS.items()}  # the titles sitegen groups, folded


def role_group(role: str, roles: dict[str, str]) -> str | None:
    """The group of a role (`roles`: folded title -> group): its own title's, else that of the
    longest title in it, word for word ("Associate Professor of Biology" is Faculty, "E2G2 PhD
    candidate" PhD Students); "Former ..." is an alumnus whatever the title, "Visiting ..." a visitor."""
    folded = fold(role)
    if folded in roles:
        return roles[folded]
    words = _WORDS.findall(folded.replace(".", ""))  # "Ph.D. Candidate" is a PhD candidate
    if words and words[0] in ROLE_PREFIXES and len(words) > 1:
        return ROLE_PREFIXES[words[0]]
    spans = (" ".join(words[start:end]) for start in range(len(words)) for end in range(len(words), start, -1))
    found = max((span for span in spans if span in roles), key=len, default=None)
    return roles[found] if found else None
