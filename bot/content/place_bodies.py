"""Bodies named by the state or region they serve: «правительство Приамурья», «Командование
армии Сирии», «областное правительство», «правительство Воронежской области».

Why apart: such a body speaks in news («— говорится на сайте правительства Приамурья»,
«Командование армии Сирии сообщило …») but no alias table can list every region and army;
the head noun and the place after it make the name, as the text writes it. A capitalised word
after the head is the body's only when it names a place: «правительство Биньямина
Нетаниягу» or «правительства Путина» name a person's cabinet, and are left to the name finder.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.content.lexicon import (
    BARE_PLACE_BODIES,
    COURT_ADJECTIVE_ENDINGS,
    COURT_COMPLEMENTS,
    COURT_HEAD,
    COURT_KINDS,
    COURT_OCCASIONS,
    COURT_VOICES,
    LOCAL_PLACE_NOUNS,
    NATION_BODY_ELSEWHERE,
    NATION_BODY_HEADS,
    NATION_BODY_NEXT_POS,
    PLACE_BODY_ADJECTIVES,
    PLACE_BODY_BRANCHES,
    PLACE_BODY_HEADS,
    REGION_KIND_NOUNS,
    REGION_REFERENCES,
    country_of_adjective,
    literals,
)
from bot.content.morph import PERSON_GRAMS, known, parses

_PLACE_BODY = re.compile(
    rf"(?<![\w-])(?:(?P<adjective>(?:{'|'.join(PLACE_BODY_ADJECTIVES)})\w+)[ \t]+)?"
    rf"(?P<head>{'|'.join(PLACE_BODY_HEADS)})"
    rf"(?:[ \t]+(?P<branch>{'|'.join(PLACE_BODY_BRANCHES)})(?![\w-]))?"
    r"(?:[ \t]+(?:(?P<region>[А-ЯЁ][а-яё-]+(?:ой|ого)(?:[ \t]+(?:муниципального|городского))?"
    rf"[ \t]+(?:{'|'.join(REGION_KIND_NOUNS)})(?![\w-])"
    rf"|(?:{'|'.join(LOCAL_PLACE_NOUNS)})[ \t]+[А-ЯЁ][\w-]+"
    rf"|(?:{'|'.join(REGION_REFERENCES)})(?![\w-]))|(?P<place>[А-ЯЁ][\w-]+)))?"
)
_LITERALS = tuple(run for head in PLACE_BODY_HEADS for run in literals(head))
_CAPITALISED_NEXT = re.compile(r"[ \t]+[А-ЯЁ]")


def _is_place(text: str, m: re.Match[str]) -> bool:
    """Whether the capitalised word after the head names a place, not a person: a state's
    abbreviation («США», «ДНР»), a geographical name by its likeliest reading («Сирии»,
    «Кузбасса»), or a word the dictionary does not know, read as no person's name and with no
    capitalised word after it («Приамурья»; never «Биньямина Нетаниягу», «Путина», a word
    the dictionary knows, or «Российской», which opens a state's formal name)."""
    word = m.group("place")
    if word.isupper():
        return 2 <= len(word) <= 5
    readings = parses(word.lower())
    if any(p.has("Geox") for p in readings[:1]):
        return True
    if known(word) or _CAPITALISED_NEXT.match(text, m.end()):
        return False
    return not any(p.has(g) for p in readings for g in PERSON_GRAMS)


def _bare_body(head: str) -> bool:
    """Whether a head names its body alone (lexicon BARE_PLACE_BODIES: «мэрии»)."""
    return any(
        p.pos == "NOUN" and p.has("sing") and p.normal in BARE_PLACE_BODIES
        for p in parses(head.lower())
    )


def find_place_bodies(text: str, free: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """The spans of every body the text names by its head and the place it serves, in order
    (bot/content/entities.py names them); a head with neither a place after it nor an
    adjective before it («в правительстве», «командование армии») names no body."""
    lower = text.lower()
    if not any(literal in lower for literal in _LITERALS):
        return []
    out: list[tuple[int, int]] = []
    for m in _PLACE_BODY.finditer(text):
        place = m.group("place")
        if m.group("region") or (place is not None and _is_place(text, m)):
            end = m.end()
        elif (m.group("adjective") and not m.group("branch")) or _bare_body(m.group("head")):
            end = m.end("head")  # «областного правительства», «мэрии»
        else:
            continue
        if free(m.start(), end):
            out.append((m.start(), end))
    return out


_NATION_BODY = re.compile(
    r"(?<![\w-])(?P<adjective>[А-ЯЁа-яё]+[сц]к(?:ое|ого|ому|им|ом|ий|ая|ой|ую))[ \t]+"
    r"(?P<head>[А-ЯЁа-яё]+)(?![\w-])"
)
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>[А-ЯЁа-яё]+)[ \t]+\Z")
_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[А-ЯЁа-яёA-Za-z]+)")


def _nation_head(word: str) -> str | None:
    """The normal form of a state body's head («армии» → «армия») in the singular, None for
    any other word (a plural «армии» of several states is no one body)."""
    for p in parses(word.lower()):
        if p.pos == "NOUN" and p.normal in NATION_BODY_HEADS and p.has("sing"):
            return p.normal
    return None


_AGREEMENT = frozenset(
    {"nomn", "gent", "datv", "accs", "ablt", "loct", "sing", "plur", "masc", "femn", "neut"}
)


def _attribute_forms(word: str) -> frozenset[frozenset[str]]:
    """The case, number and gender of each reading of `word` as a descriptive adjective or a
    participle; none for a pronoun's adjective («которую», «одно») or any other word."""
    return frozenset(
        p.grams & _AGREEMENT
        for p in parses(word.lower())
        if p.pos in ("ADJF", "PRTF") and not p.has("Apro")
    )


def _longer_name_before(text: str, start: int, nationality: str) -> bool:
    """Whether the word before the nationality adjective makes the phrase part of another
    body's name: an adjective agreeing with it («Свободной сирийской армии», «временного
    иранского правительства») or a capitalised word inside a sentence. A noun before it («в
    сообщении», «Командование» opening a sentence) or an attribute of another noun
    («оказанную египетской армии») leaves the state's body."""
    m = _WORD_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    word = m.group("word")
    if _attribute_forms(word) & _attribute_forms(nationality):
        return True
    before = text[: m.start()].rstrip()
    return word[0].isupper() and bool(before) and (before[-1].isalnum() or before[-1] == ",")


def _longer_name_after(text: str, end: int) -> bool:
    """Whether what follows the head makes it another body: a capitalised word (a person's
    cabinet «британского правительства Кира Стармера», a longer name), «в изгнании», or a
    word with no reading as a verb, a predicate, a preposition, a conjunction, a particle, an
    adverb or a pronoun (a genitive complement: «британской армии спасения»; «армия начала
    операцию» reads as a verb too). Punctuation or the text's end leaves the head alone."""
    rest = text[end : end + 40].lstrip(" \t").lower()
    if rest.startswith(NATION_BODY_ELSEWHERE):
        return True
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group("word")
    if word[0].isupper():
        return True
    return not any(p.pos in NATION_BODY_NEXT_POS for p in parses(word.lower()))


def find_national_bodies(text: str, free: Callable[[int, int], bool]) -> list[tuple[int, int, str]]:
    """(start, end, name) of every state's body the text names by a nationality adjective
    before its head («в сообщении британского правительства» → «правительство
    Великобритании»): with no place after the head, `find_place_bodies` names no body there,
    and a clause owning the words would fall back on another body named before (the foreign
    ministry). Only the whole noun group names it: an adjective the country table lacks, or a
    longer name around it («Свободной сирийской армии», «британской Армии спасения»,
    «правительства в изгнании», «правительства Кира Стармера»), names none."""
    out: list[tuple[int, int, str]] = []
    for m in _NATION_BODY.finditer(text):
        country = country_of_adjective(m.group("adjective"))
        head = _nation_head(m.group("head")) if country else None
        if country is None or head is None or not free(m.start(), m.end()):
            continue
        if _longer_name_before(text, m.start(), m.group("adjective")) or _longer_name_after(
            text, m.end()
        ):
            continue
        out.append((m.start(), m.end(), f"{head} {country}"))
    return out


# A court: a place's adjective capitalised («Таганский», «Басманный», «Троицкий») and up to
# two kinds, or a kind alone, then the head, then maybe a place in the genitive.
_COURT_ENDING = f"(?:{'|'.join(COURT_ADJECTIVE_ENDINGS)})"
_COURT = re.compile(
    rf"(?<![\w-])(?P<own>[А-ЯЁ][а-яё-]+(?:[сц]к|нн){_COURT_ENDING}[ \t]+)?"
    rf"(?P<kinds>(?:(?:{'|'.join(COURT_KINDS)}){_COURT_ENDING}[ \t]+){{0,2}})"
    rf"(?P<head>{COURT_HEAD})(?![\w-])"
    r"(?:[ \t]+(?P<place>[А-ЯЁ][\w-]+))?"
)
_COURT_COMPLEMENT = re.compile(rf"[ \t]+(?:{'|'.join(COURT_COMPLEMENTS)})(?![\w-])")


def find_courts(text: str, free: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """The spans of every court the text names by its kind or its place's adjective
    («Челябинский областной суд», «Таганского районного суда Москвы», «Басманный суд»), a
    place after it when one follows, in order. A bare «суд» names no court; nor does a state's
    adjective («британский суд»: which one, the text does not say), nor a longer name of
    another court («Европейский суд по правам человека», «Международный суд ООН»). Only a
    court the text gives a voice is named (`_court_speaks`): a court that is the place or the
    occasion of another's words is left unnamed, as before courts were read at all."""
    if "суд" not in text.lower():
        return []
    out: list[tuple[int, int]] = []
    for m in _COURT.finditer(text):
        own = m.group("own")
        if not own and not m.group("kinds"):
            continue
        if own and (country_of_adjective(own.strip()) or not _reads_as_adjective(own)):
            continue
        place = m.group("place")
        end = m.end() if place is not None and _is_place(text, m) else m.end("head")
        if _COURT_COMPLEMENT.match(text, end) or not _court_speaks(text, m):
            continue
        if free(m.start(), end):
            out.append((m.start(), end))
    return out


def _reads_as_adjective(word: str) -> bool:
    """Whether a capitalised word before a court's head may be an adjective («Троицкий»
    reads first as a surname, yet also as the town's adjective)."""
    return any(p.pos == "ADJF" for p in parses(word.strip().lower()))


_WORD_BEFORE_COURT = re.compile(r"(?<![\w-])(?P<word>[\w-]+)[ \t]*\Z")
_LOCATIVE = frozenset({"в", "во"})


def _word_before(text: str, end: int) -> str | None:
    """The word right before `end` (spaces only between), lower-cased; None after punctuation
    or at the text's start."""
    m = _WORD_BEFORE_COURT.search(text, max(0, end - 60), end)
    return m.group("word").lower() if m else None


def _court_speaks(text: str, m: re.Match[str]) -> bool:
    """Whether the court matched by `m` is named where it may be the speaker (lexicon
    COURT_VOICES): in the nominative, not after a preposition («Басманный суд заявил»; «в
    Конституционный суд» is where a complaint goes); in the locative after «в» that follows a
    verb, a punctuation mark or nothing («— сообщили в Мещанском суде»; not «заявил подсудимый
    в Тверском суде», whose subject is named); in the genitive after a noun the court speaks
    through, itself not the occasion («в решении суда», not «после решения суда»). Its dative
    and instrumental («суду», «перед судом») never speak."""
    head = m.group("head").lower()
    before = _word_before(text, m.start())
    if head == "суд":
        return before is None or not any(p.pos == "PREP" for p in parses(before))
    if head == "суде":
        if before not in _LOCATIVE:
            return False
        verb = _word_before(text, m.start() - len(before) - 1)
        return verb is None or any(p.pos == "VERB" for p in parses(verb))
    if head != "суда" or before is None:
        return False
    if not any(p.normal in COURT_VOICES for p in parses(before) if p.pos == "NOUN"):
        return False
    governor = _word_before(text, m.start() - len(before) - 1)
    return governor not in COURT_OCCASIONS
