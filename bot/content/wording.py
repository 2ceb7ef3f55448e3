"""The summary's wording of Russia's official name: «Российской Федерации» → «России».

Why: the labellers' reference summaries never write «Российская Федерация»: where the article
gives the official name, they name the country «Россия» in the same case («Постоянный
представитель Российской Федерации» → «Постоянный представитель России»), one word shorter
and one word more in common. The case is certain, as the name declines. The abbreviation
«РФ» stays as written: the references keep it about as often as they change it (set A keeps
it), and it does not decline, so its case would be a guess. Only in a text that itself calls
the country «Россия»: no word the article never uses.
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
