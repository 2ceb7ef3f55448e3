"""The summary's wording of names as the references write them: Russia's official name as
the country («Российской Федерации» → «России»), a name with its abbreviation in brackets as the
abbreviation («Службы внешней разведки (СВР)» → «СВР»).

Why: the labellers' reference summaries never write «Российская Федерация»: where the article
gives the official name, they name the country «Россия» in the same case («Постоянный
представитель Российской Федерации» → «Постоянный представитель России»), one word shorter
and one word more in common. The case is certain, as the name declines. The abbreviation
«РФ» stays as written: the references keep it about as often as they change it (set A keeps
it), and it does not decline, so its case would be a guess. Only in a text that itself calls
the country «Россия»: no word the article never uses.
The references write the abbreviation a name is given with («ДСНВ», «СБУ», «ОБСЕ»), never the
name and its abbreviation in brackets: the name's words are the ones they do not share. Only
when the bracketed letters are the initials of the words right before (short words such as
«о», «по» left out), so the brackets are sure to abbreviate them.
"""

from __future__ import annotations

import re

# The official name, by the ending of «Федерация» (its case): the country's form in that case.
_OFFICIAL = re.compile(r"\bРоссийск(?:ая|ой|ую|ою)\s+Федераци(?P<end>я|и|ю|ей|ею)\b")
OFFICIAL_FORMS = {"я": "Россия", "и": "России", "ю": "Россию", "ей": "Россией", "ею": "Россией"}
_NAMED_SO = re.compile(r"\bРосси(?:я|и|ю|ей)\b")


def country_named(text: str, body: str) -> str:
    """`text` with «Российская Федерация» as «Россия» in its case, when `body` (the article)
    calls the country «Россия» too."""
    if not _NAMED_SO.search(body):
        return text
    return _OFFICIAL.sub(lambda hit: OFFICIAL_FORMS[hit.group("end")], text)


# «Службы внешней разведки (СВР)»: a name and its abbreviation in brackets right after it.
_ABBREVIATED = re.compile(r"[ \t]*\((?P<abbr>[А-ЯЁA-Z]{2,7})\)")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Short words an abbreviation leaves out («Договор о …», «Совет по …»).
SKIPPED_IN_ABBREVIATIONS = frozenset({"о", "об", "по", "и", "в", "на", "при", "для", "за"})
_REACH_WORDS = 10  # the name before the brackets has at most this many words
_NOT_IN_NAME = re.compile(r"[^\w\s-]")


def _initials(words: list[str]) -> str:
    """The letters an abbreviation of `words` would have («Южно-Африканская Республика» → ЮАР)."""
    return "".join(
        part[:1].upper()
        for word in words
        if word.lower() not in SKIPPED_IN_ABBREVIATIONS
        for part in word.split("-")
    )


def _name_start(text: str, end: int, abbreviation: str) -> int | None:
    """Where the name that `abbreviation` shortens starts, ending at `end` (only words and
    spaces between); None when the words right before give other initials."""
    words = list(_NAME_WORD.finditer(text, max(0, end - 120), end))[-_REACH_WORDS:]
    for k in range(1, len(words) + 1):
        start = words[-k].start()
        if _NOT_IN_NAME.search(text, start, end):
            return None
        initials = _initials([w.group(0) for w in words[-k:]])
        if initials == abbreviation.upper():
            return start
        if len(initials) > len(abbreviation):
            return None
    return None


def abbreviated(text: str) -> str:
    """`text` with a name followed by its abbreviation in brackets given as the abbreviation
    alone («Службы внешней разведки (СВР) России» → «СВР России»), as the references write
    it; brackets whose letters are not the initials of the words before stay, and so does a
    name the summary opens with: the card's reader meets its subject spelled out."""
    out, at = [], 0
    for found in _ABBREVIATED.finditer(text):
        start = _name_start(text, found.start(), found.group("abbr"))
        if not start or start < at:  # a name opening the summary stays spelled out
            continue
        out.append(text[at:start] + found.group("abbr"))
        at = found.end()
    return "".join(out) + text[at:]
