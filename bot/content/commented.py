"""A lead that only says someone commented («Министр энергетики Болат Акчулаков прокомментировал
ситуацию вокруг …», «Спикер Кремля отреагировал на заявление …») followed by what they said.

Why: such a lead names who spoke and the topic, but not the point, and the references always
give the point («… заявил, что речь идет не о создании газового союза …»). The article gives
it in the speaker's quotation right after the lead, which a summary never takes as a second
sentence (a quotation opening a second sentence loses in general: bot/content/summary.py).
Here, and only here, the quotation's first sentences follow the lead after a colon, in
guillemets, as the speaker's words: «…, прокомментировал …: «…».»
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from razdel import sentenize

from bot.content.balance import balanced

# Verbs saying that someone spoke on a topic without what they said: the lead's only verb.
_COMMENTED = re.compile(
    r"\b(?:прокомментировал[аи]?|отреагировал[аи]?|высказал(?:ся|ась|ись)\s+(?:о|об|по|насчет|"
    r"насчёт|относительно|про)|ответил[аи]?\s+на\s+(?:вопрос|критик)\w*)(?!\w)"
)
# What a lead saying the point has: a clause («, что», «заявив», «назвав»), a colon, a quotation.
_POINT = re.compile(
    r",\s+(?:что|как|заявив|назвав|отметив|подчеркнув|указав|добавив|пояснив|объяснив)\b|[:«\"„“]"
)
_SENTENCE_END = re.compile(r"[.!?…]\s+\S")
QUOTED_LIMIT = 300  # the lead and the quotation's sentences together at most this long
LEAD_LIMIT = 130  # a longer lead says enough of the topic: the quotation only lengthens it


def commented(text: str) -> bool:
    """Whether `text` is one sentence saying only that someone commented on a topic."""
    core = text.strip()
    return (
        bool(_COMMENTED.search(core))
        and not _POINT.search(core)
        and not _SENTENCE_END.search(core)
        and "?" not in core
    )


def _names(text: str, speaker: str) -> bool:
    """Whether `text` names `speaker` (a person by the first letters of the surname, a body
    by its whole name)."""
    last = speaker.split()[-1]
    return speaker in text or (len(last) > 3 and last[: max(4, len(last) - 2)] in text)


def _opening(quote: str, room: int) -> str:
    """The quotation's first sentences within `room` characters, up to the first question;
    empty when even the first does not fit."""
    out = ""
    for piece in sentenize(quote):
        said = piece.text.strip()
        if "?" in said or len(out) + len(said) + 1 > room:
            break
        out = f"{out} {said}".strip()
    return out


def with_comment(text: str, said: Sequence[tuple[str, str | None]]) -> str:
    """`text` followed by the first quotation of the speaker its subject names (never of the
    one whose words they commented on: «Песков прокомментировал слова Си Цзиньпина»), when
    `text` only says they commented (`commented`) and is short; `text` as it is otherwise."""
    if len(text) > LEAD_LIMIT or not commented(text):
        return text
    verb = _COMMENTED.search(text)
    subject = text[: verb.start()] if verb else ""
    quote = next((q for q, speaker in said if speaker and _names(subject, speaker)), None)
    if quote is None:
        return text
    lead = text.strip().rstrip(".")
    words = _opening(quote.strip(), QUOTED_LIMIT - len(lead) - 5)
    words = words.rstrip(".")
    if len(words.split()) < 4 or not words[0].isupper():
        return text
    out = f"{lead}: «{words}»."
    return out if balanced(out) else text
