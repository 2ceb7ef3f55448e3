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
from bot.content.lexicon import COMMENTED_VERBS, POINT_CLAUSE_OPENERS
from bot.content.morph import parses

# Verbs saying that someone spoke on a topic without what they said: the lead's only verb.
_COMMENTED = re.compile(rf"\b(?:{'|'.join(COMMENTED_VERBS)})(?!\w)")
# What a lead saying the point has: a clause («, что», «заявив», «назвав»), a colon, a quotation.
_POINT = re.compile(rf",\s+(?:{'|'.join(POINT_CLAUSE_OPENERS)})\b|[:«\"„“]")
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


_WORD = re.compile(r"[^\W\d_][\w-]*")


def _body(speaker: str) -> bool:
    """Whether `speaker` is a body («МИД России», «Белый дом», «Кремль»), not a person."""
    words = speaker.split()
    if any((w.isupper() and len(w) > 1) or w[:1].islower() for w in words):
        return True
    return len(words) == 1 and not _personal(words[0])


def _personal(word: str) -> bool:
    """A given name or surname by some reading of the dictionary («Песков», also «песок»)."""
    return any(p.grams & {"Name", "Surn", "Patr"} for p in parses(word))


def _place(word: str) -> bool:
    """A word that may stand between a title and a name: an abbreviation, a place, a body
    («Президент США Трамп», «Премьер Франции Байру»), never another person's given name."""
    found = parses(word)[:1]
    return word.isupper() or (bool(found) and bool(found[0].grams & {"Geox", "Orgn"}))


def _names(subject: str, speaker: str, said: Sequence[tuple[str, str | None]]) -> bool:
    """Whether `speaker` is the grammatical subject `subject` (the lead before its verb) ends
    with: a body named as the whole subject; a person by the full name, or by the surname
    alone after a title or a place («Президент Франции Макрон»), when nobody else who speaks
    bears it. Never someone named earlier in the subject («Отвечая на вопрос о словах Трампа,
    Песков», «После звонка Зеленскому Макрон»), nor a namesake («Дональд Трамп» is not
    «Мелания Трамп»), nor a body in the subject's title («Глава МИД России Сергей Лавров»)."""
    words = _WORD.findall(subject)
    name = speaker.split()
    if _body(speaker):
        return words == name
    if words[-len(name) :] == name:
        return True
    if not words or words[-1] != name[-1]:
        return False
    if len(words) > 1 and words[-2][:1].isupper() and not _place(words[-2]):
        return False  # another given name before the surname: a namesake
    others = {s for _, s in said if s and s != speaker and s.split()[-1] == name[-1]}
    return not others


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
    quote = next((q for q, who in said if who and _names(subject, who, said)), None)
    if quote is None:
        return text
    lead = text.strip().rstrip(".")
    words = _opening(quote.strip(), QUOTED_LIMIT - len(lead) - 5)
    words = words.rstrip(".")
    if len(words.split()) < 4 or not words[0].isupper():
        return text
    out = f"{lead}: «{words}»."
    return out if balanced(out) else text
