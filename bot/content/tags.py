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
from bot.content.lexicon import COUNTRIES_BY_ADJECTIVE, COUNTRY_ABBREVIATIONS, MEDIA
from bot.content.morph import parses

MAX_TAGS = 5
_CAP = re.compile(r"\b[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\b|\b[А-ЯЁ]{2,5}\b")
# Countries by their abbreviation (the lexicon's) and the international bodies a tag names.
_ABBREVIATIONS = {
    **COUNTRY_ABBREVIATIONS,
    "ЕС": "Евросоюз",
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
# The countries whose adjective («иранский») tags them too (weaker than the name): those the
# journal writes about most. Every adjective of the lexicon would reorder the tags of 59 of the
# 1307 labelled and review texts: a choice of tags, not made here. Each is matched by its stem
# less one letter, as it always was: «белорусс» meets «Белоруссии» too, weighing the country.
_TAGGED_ADJECTIVES = {
    stem[:-1]: COUNTRIES_BY_ADJECTIVE[stem][0]
    for stem in (
        "российск",
        "американск",
        "китайск",
        "украинск",
        "сирийск",
        "французск",
        "германск",
        "немецк",
        "британск",
        "турецк",
        "иранск",
        "японск",
        "индийск",
        "израильск",
        "белорусск",
    )
}
_ADJ = re.compile(r"\b(" + "|".join(_TAGGED_ADJECTIVES) + r")\w*", re.IGNORECASE)
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


_RUSSIA_AFTER = re.compile(r"^(Мин\w+) (?:России|РФ)$")


def _org_tag(org: str) -> str:
    """The hashtag of a body: a table's short name, or a Russian ministry's short name without
    the country a text may write after it («Минпромторг России» → «Минпромторг», as
    «Минобороны России» → «Минобороны»), else the name itself."""
    russian = _RUSSIA_AFTER.match(org)
    return _ORG_TAGS.get(org) or (russian.group(1) if russian else org)


def _entity_tags(scores: _Scores, entities: Entities) -> list[tuple[int, int]]:
    """People (by surname) and organisations; returns the spans they take."""
    taken: list[tuple[int, int]] = []
    for m in entities.persons:
        if m.person:
            scores.add(tag_form(m.person.surname), m.start, 1.5)
            taken.append((m.start, m.end))
    for m in entities.orgs:
        if m.org and not MEDIA.fullmatch(m.org):
            scores.add(tag_form(_org_tag(m.org)), m.start)
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
        scores.add(_TAGGED_ADJECTIVES[adj.group(1).lower()], adj.start(), 0.5)


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
