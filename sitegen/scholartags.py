"""jekyll-scholar's bibliography tag, as al-folio's pages use it, made sitegen's publication list
(publist.py) by `sitegen import`: `{% bibliography -f papers -q @*[year=2020]* %}` is
`::: publications file=papers year=2020`; what has no filter (`--cited`, `!=`) is named.
"""

from __future__ import annotations

import re

# jekyll-scholar's bibliography tag, alone or in al-folio's loop over the years a page names
BIBLIOGRAPHY = re.compile(
    r"(?:\{%-?\s*for\s+(?P<variable>\w+)\s+in\s+page\.(?P<years>\w+)\s*-?%\}\s*"
    r"(?:<h\d[^>]*>\s*\{\{-?\s*(?P=variable)\s*-?\}\}\s*</h\d>\s*)?)?"
    r"\{%-?\s*bibliography\b(?P<arguments>(?:[^%]|\{\{[^}]*\}\})*?)-?%\}"
    r"(?(variable)\s*\{%-?\s*endfor\s*-?%\})",
)
_SCHOLAR_TYPES = {"article": "journal", "inproceedings": "conference", "conference": "conference", "proceedings": "conference",
                  "phdthesis": "thesis", "mastersthesis": "thesis", "thesis": "thesis", "book": "book", "incollection": "book",
                  "inbook": "book", "unpublished": "preprint", "misc": "other", "techreport": "other"}  # fmt: skip
_CONDITION = re.compile(r"^\s*(\w+)\s*(=|~=|>=|<=|>|<|!=)\s*(.*?)\s*$")


def scholar_filters(arguments: str, variable: str | None, years: list[str] | None) -> tuple[list[tuple[str, str]], list[str]]:
    """A bibliography tag's options as publication list filters, and the options that have none
    (`--cited`, `!=` ...). Inside a loop over years, the condition on the loop's variable is
    the list's grouping by year (and `years` the years it keeps)."""
    words = _SCHOLAR_WORD.findall(re.sub(r"\{\{\s*site\.scholar\.bibliography\s*\}\}", "", arguments))
    filters: list[tuple[str, str]] = [("year", ",".join(years))] if years else []
    filters += [("group", "year")] if variable else []
    problems: list[str] = []
    while words:
        option = words.pop(0)
        value = words.pop(0) if words and not words[0].startswith("-") and option in _SCHOLAR_VALUED else ""
        if option in ("-f", "--file") and value and "{" not in value:
            filters.append(("file", value))
        elif option in ("-q", "--query") and value:
            query_filters, query_problems = _scholar_query(value, variable)
            filters += query_filters
            problems += query_problems
        elif option in ("-m", "--max") and value:
            filters.append(("limit", value))
        elif option == "--order" and value:
            filters.append(("order", "oldest" if value.lower().startswith("asc") else "newest"))
        elif option not in _SCHOLAR_VALUED or option in (
            "-q",
            "--query",
            "-m",
            "--max",
            "--order",
        ):  # sitegen's look stands for the rest
            problems.append(f"option {option} {value}".strip())
    return filters, problems


_SCHOLAR_WORD = re.compile(r"[^\s\[]*\[[^\]]*\]\S*|\S+")  # a query keeps the spaces in its brackets
_SCHOLAR_VALUED = {"-f", "--file", "-q", "--query", "-m", "--max", "-T", "--template", "-g", "--group_by",
                   "--group_order", "--sort_by", "--order", "-s", "--style", "-p", "--prefix"}  # fmt: skip


def _scholar_query(query: str, variable: str | None) -> tuple[list[tuple[str, str]], list[str]]:
    """`@*[year=2020, keywords~=fog]*` or `@article[year>=2018]` as filters."""
    found = re.fullmatch(r"@(\*|\w+)(?:\[(.*)\])?\*?", query.strip())
    if found is None:
        return [], [f"query {query}"]
    kind, conditions = found.groups()
    filters = [("type", _SCHOLAR_TYPES[kind.lower()])] if kind != "*" and kind.lower() in _SCHOLAR_TYPES else []
    problems = [f"type @{kind}"] if kind != "*" and kind.lower() not in _SCHOLAR_TYPES else []
    for condition in re.split(r",|&&", conditions or ""):
        parts = _CONDITION.match(condition)
        if not condition.strip():
            continue
        if parts is None:
            problems.append(f"condition {condition.strip()}")
            continue
        name, operator, value = parts.groups()
        value = value.strip("\"'")
        if variable and re.fullmatch(rf"\{{\{{\s*{variable}\s*\}}\}}", value):
            continue  # the loop's own year: the list is grouped by year
        if name == "year" and operator in (">=", ">", "<=", "<") and value.isdigit():
            year = int(value) + (1 if operator == ">" else -1 if operator == "<" else 0)
            filters.append(("year", f"{year}-" if ">" in operator else f"-{year}"))
        elif operator == "=" or (operator == "~=" and name in ("keywords", "keyword") and re.fullmatch(r"[\w\s-]+", value)):
            filters.append(("keyword" if name == "keywords" else name, f'"{value}"' if " " in value else value))
        else:
            problems.append(f"condition {condition.strip()}")
    return filters, problems
