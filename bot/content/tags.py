"""Up to five hashtag-ready tags (#Лавров #США #Сирия) ranked by salience.

Why from named entities: the journal's channel posts end with hashtags of the people,
countries and organisations a piece is about. Salience = mentions (quote speakers count
too), boosted when the entity is in the title or the first paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from bot.content.entities import Entities
from bot.content.lexicon import MEDIA
from bot.content.morph import parses

MAX_TAGS = 5
_CAP = re.compile(r"\b[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\b|\b[А-ЯЁ]{2,5}\b")
_ABBREVIATIONS = {
    "США": "США",
    "РФ": "Россия",
    "КНР": "Китай",
    "КНДР": "КНДР",
    "ФРГ": "Германия",
    "ЕС": "Евросоюз",
    "ОАЭ": "ОАЭ",
    "ЮАР": "ЮАР",
    "НАТО": "НАТО",
    "ООН": "ООН",
    "ОБСЕ": "ОБСЕ",
    "ВОЗ": "ВОЗ",
    "МАГАТЭ": "МАГАТЭ",
    "ШОС": "ШОС",
    "БРИКС": "БРИКС",
    "ОДКБ": "ОДКБ",
    "ЕАЭС": "ЕАЭС",
    "СНГ": "СНГ",
}
_ADJECTIVES = {
    "российский": "Россия",
    "американский": "США",
    "китайский": "Китай",
    "украинский": "Украина",
    "сирийский": "Сирия",
    "французский": "Франция",
    "германский": "Германия",
    "немецкий": "Германия",
    "британский": "Великобритания",
    "турецкий": "Турция",
    "иранский": "Иран",
    "японский": "Япония",
    "индийский": "Индия",
    "израильский": "Израиль",
    "белорусский": "Белоруссия",
}
_ADJ = re.compile(r"\b(" + "|".join(a[:-3] for a in _ADJECTIVES) + r")\w*", re.IGNORECASE)
_ORG_TAGS = {
    "МИД России": "МИД",
    "Госдепартамент США": "Госдеп",
    "Минобороны России": "Минобороны",
    "СВР России": "СВР",
    "ФСБ России": "ФСБ",
    "Совбез России": "Совбез",
    "Совбез РФ": "Совбез",
    "Совет безопасности России": "Совбез",
    "Совет безопасности РФ": "Совбез",
}
_GEO_SKIP = frozenset({"Москва", "Запад"})


def tag_form(name: str) -> str:
    """ "Белый дом" → "БелыйДом": words joined in CamelCase, punctuation dropped."""
    parts = re.findall(r"[\w]+", name)
    return "".join(p[:1].upper() + p[1:] for p in parts)


@lru_cache(maxsize=16384)
def _geo(word: str) -> str | None:
    """The place `word` names, or None; cached, as every capitalised word is asked."""
    if word in _ABBREVIATIONS:
        return _ABBREVIATIONS[word]
    for p in parses(word.lower()):
        if p.has("Geox") and p.score >= 0.2 and p.pos == "NOUN":
            return p.normal[:1].upper() + p.normal[1:]
    return None


@dataclass(slots=True)
class _Scores:
    """Salience per tag, and where each tag is first mentioned (ties go to the earliest)."""

    lead_end: int
    score: dict[str, float] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)

    def add(self, tag: str, pos: int, weight: float = 1.0) -> None:
        if not tag:
            return
        bonus = 2.0 if pos < self.lead_end else 0.0
        self.score[tag] = self.score.get(tag, 0.0) + weight + bonus
        self.first.setdefault(tag, pos)

    def best(self) -> tuple[str, ...]:
        ranked = sorted(self.score, key=lambda t: (-self.score[t], self.first[t]))
        return tuple(t for t in ranked if t and t.isalnum())[:MAX_TAGS]


def _entity_tags(scores: _Scores, entities: Entities) -> list[tuple[int, int]]:
    """People (by surname) and organisations; returns the spans they take."""
    taken: list[tuple[int, int]] = []
    for m in entities.persons:
        if m.person:
            scores.add(tag_form(m.person.surname), m.start, 1.5)
            taken.append((m.start, m.end))
    for m in entities.orgs:
        if m.org and not MEDIA.fullmatch(m.org):
            scores.add(tag_form(_ORG_TAGS.get(m.org, m.org)), m.start)
            taken.append((m.start, m.end))
    return taken


def _place_tags(scores: _Scores, text: str, taken: list[tuple[int, int]]) -> None:
    """Countries and places, named ("Сирии", "США") or as adjectives ("иранский")."""
    covered = {at for lo, hi in taken for at in range(lo, hi)}  # one lookup a word
    for cap in _CAP.finditer(text):
        if cap.start() in covered:
            continue
        geo = _geo(cap.group(0))
        if geo and geo not in _GEO_SKIP:
            scores.add(tag_form(geo), cap.start())
    for adj in _ADJ.finditer(text):
        key = next((a for a in _ADJECTIVES if adj.group(1).lower() == a[:-3]), None)
        if key:
            scores.add(_ADJECTIVES[key], adj.start(), 0.5)


def derive(
    text: str, entities: Entities, speakers: Sequence[str | None], lead_end: int
) -> tuple[str, ...]:
    """Tags of the article `text` (analysis view); `lead_end` closes the title/lead zone."""
    scores = _Scores(lead_end)
    _place_tags(scores, text, _entity_tags(scores, entities))
    by_surname = {m.person.name: m.person.surname for m in entities.persons if m.person}
    for speaker in speakers:
        if speaker and speaker in by_surname:
            scores.add(tag_form(by_surname[speaker]), len(text), 1.0)
    return scores.best()
