"""The outlets and bodies an article cites ("как передает ТАСС", "на сайте МИД России").

Why: the bot's /source answer shows the journal's link and, beside it, whom the journal's text
relies on; names are given in the nominative («Первому каналу» → "Первый канал") and common
aliases in one canonical form ("ИТАР-ТАСС", "МИД России").
"""

from __future__ import annotations

import re

from bot.content.entities import Entities
from bot.content.lexicon import MEDIA
from bot.content.morph import parses, restore_case

_NAME = (
    r"(?:«(?P<q>[^«»\n]{1,60})»|\"(?P<s>[^\"\n]{1,60})\""
    r"|(?P<cap>[A-ZА-ЯЁ][\w-]*(?:\.[\w-]+)*(?:[ \t]+[A-ZА-ЯЁ][\w-]*(?:\.[\w-]+)*){0,3}))"
)
# Horizontal space only: a source name never runs over a paragraph or sentence end, and a
# dot belongs to a name only inside it ("Lenta.ru"), never at its end ("Le Figaro.").
_KIND = (
    r"[ \t]+(?:(?:газет|агентств|издани|телеканал|канал|радиостанци|портал|сайт|журнал)\w*[ \t]+)?"
)
# Each cue with the words one of which it cannot match without: a text holding none of them
# is not scanned (a pattern opening with \b is tried at every offset of the text).
_CUES = tuple(
    (re.compile(cue + _KIND + _NAME), needed)
    for cue, needed in (
        (
            r"\b(?:переда[её]т|передают|сообщает|сообщают|сообщило|сообщила|пишет|пишут|информирует)",
            ("переда", "сообщ", "пишет", "пишут", "информирует"),
        ),
        # "приводит её слова ТАСС", "приводит слова председателя агентство Синьхуа"
        (
            r"\bприводит[ \t]+(?:(?:его|ее|её|их)[ \t]+слова|слова(?:[ \t]+[а-яё]+){1,2}?)",
            ("приводит",),
        ),
        (r"\bинтервью", ("интервью",)),
        (r"\bсо[ \t]+ссылкой[ \t]+на", ("ссылкой",)),
        (
            r"\b(?:по[ \t]+данным|согласно[ \t]+данным|согласно[ \t]+сообщению)",
            ("данным", "сообщению"),
        ),
        (r"\bсообщается[ \t]+на[ \t]+(?:официальном[ \t]+)?сайте", ("сайте",)),
        (r"\bна[ \t]+(?:официальном[ \t]+)?сайте", ("сайте",)),
        (r"\bв[ \t]+эфире", ("эфире",)),
    )
)
_NOT_SOURCES = frozenset({"Об", "Как", "По", "В", "На", "Это"})


def nominative(name: str) -> str:
    """«Первому каналу» → "Первый канал"; leaves names already in the nominative alone."""
    words = name.split()
    if not words:
        return name
    head = [p for p in parses(words[-1].lower()) if p.pos == "NOUN"]
    if not head or any("nomn" in p.grams for p in head):
        return name
    case = next((g for g in head[0].grams if g in ("gent", "datv", "ablt", "loct", "accs")), None)
    if case is None:
        return name
    out = []
    for word in words:
        changed = None
        for p in parses(word.lower()):
            if case in p.grams and p.pos in ("NOUN", "ADJF", "PRTF"):
                number = "plur" if "plur" in p.grams else "sing"
                inflected = p.raw.inflect({"nomn", number})
                changed = inflected.word if inflected is not None else None
                break
        out.append(restore_case(word, changed) if changed else word)
    return " ".join(out)


_COMMON_POS = frozenset({"ADJF", "ADJS", "PRTF", "VERB", "ADVB", "PREP", "CONJ", "PRCL", "NPRO"})
_RELAYED = re.compile(
    r"\b(?:[Оо]б этом|[Кк]ак)[ \t]+(?:\w+[ \t]+){0,3}?"
    r"(?:сообщили|сообщается|заявили|говорится|информировали|рассказали)\b[^.!?\n]*"
)


def _looks_like_name(name: str) -> bool:
    """ "Интерфакс", "Reuters", "Известия" — not "Официальный" or "Об"."""
    first = name.split()[0]
    if first in _NOT_SOURCES:
        return False
    if not re.match(r"[А-ЯЁа-яё]", first):
        return True
    found = parses(first.lower())
    return bool(found) and found[0].pos not in _COMMON_POS


def _cited(m: re.Match[str], entities: Entities) -> tuple[int, str] | None:
    """The source one cue names: an organisation, a quoted title, or a capitalised name."""
    quoted = m.group("q") or m.group("s")
    start = m.start("q") if m.group("q") else m.start("s") if m.group("s") else m.start("cap")
    org = next((o for o in entities.orgs if o.start <= start < o.end), None)
    if org is not None and org.org:
        return start, org.org
    if quoted:
        return start, nominative(quoted.strip())
    name = m.group("cap").rstrip(".") if m.group("cap") else ""
    person = any(p.start <= start < p.end for p in entities.persons)
    return (start, nominative(name)) if name and not person and _looks_like_name(name) else None


def find_sources(text: str, entities: Entities) -> tuple[str, ...]:
    """Cited outlets and bodies, canonical and nominative, in order of first mention."""
    cues = [cue for cue, needed in _CUES if any(word in text for word in needed)]
    found = [hit for cue in cues for m in cue.finditer(text) if (hit := _cited(m, entities))]
    for m in _RELAYED.finditer(text):
        org = next((o for o in entities.orgs if m.start() <= o.start < m.end()), None)
        if org is not None and org.org:
            found.append((org.start, org.org))
    found += [(o.start, o.org) for o in entities.orgs if o.org and MEDIA.fullmatch(o.org)]
    return tuple(dict.fromkeys(name for _, name in sorted(found)))
