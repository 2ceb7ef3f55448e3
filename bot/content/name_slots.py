"""Capitalised words that the text's own wording marks as a person's name.

Why: the dictionary knows Russian surnames and common first names, but news names foreign
people it has never seen («Рубио», «Аракчи», «Гутерреш», «Ван И»). Where a capitalised word
stands matters more than what it is: after «по словам» it is a person, beside a speech verb
of the singular («— добавил Рубио», «Гутерреш заявил») it is the speaker. A slot (the places
are lexicon data: PERSON_AFTER, PERSON_VERBS, SUBJECT_ADVERBS) gives the run of name words,
its case, and the gender the verb agrees in («пояснила» → a woman).

When unsure, nothing: a word the dictionary knows as a common word, a place, a role or a
body never fills a slot («Москва заявила», «Альянс заявил»), nor does a word with no
nominative reading beside a verb («Хезболла» read as a genitive).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache

from bot.content.lexicon import (
    BODY_PREFIXES,
    BODY_ROOTS,
    GUESSED_NAME_ENDINGS,
    NAME_ENDING_PARTICLES,
    OUTLET,
    PERSON_AFTER,
    PERSON_VERBS,
    REGION_SUFFIXES,
    SPEAKING_BODY_NOUNS,
    SUBJECT_ADVERBS,
    SUBJECT_CIRCUMSTANCE_PREPOSITIONS,
    role_of,
)
from bot.content.morph import (
    PERSON_GRAMS,
    Parse,
    common_noun,
    may_have_normal,
    parses,
    place_over_plural_name,
    word_set,
)

# A name word: capitalised, hyphenated to another («Нгози Оконджо-Ивеала») or to a Turkic
# patronymic word that ends a surname in lower case («Кара-оол», lexicon NAME_ENDING_PARTICLES).
_WORD = rf"[А-ЯЁ][а-яё]*(?:-[А-ЯЁ][а-яё]+|-(?:{'|'.join(NAME_ENDING_PARTICLES)})(?![\w-]))?"
_ENDING_PARTICLES = tuple(f"-{p}" for p in NAME_ENDING_PARTICLES)
_RUN = rf"{_WORD}(?: {_WORD}){{0,2}}"
# Sentence openers that are never part of a name («Но Рубио заявил», «Ранее …» is common).
_OPENERS = word_set(
    """но а и или да же вот ведь даже лишь только если когда хотя как так это все всё уже еще
    ещё там тут где что кто он она они мы вы сам сама"""
)
_COMMON_POS = frozenset(
    {"NOUN", "ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "NUMR", "NPRO"}
)
_PLACE_GRAMS = frozenset({"Geox", "Orgn"})
# A dictionary place or body reading this likely outweighs a name reading; a rare place reading
# of a name syllable ("ван": 0.02) does not, nor a guess ("цзякунь", "хизер" as places).
_PLACE_SCORE = 0.25


class Kind(Enum):
    """What one capitalised word can be inside a name run."""

    NAME = "name"  # a dictionary name reading, or a word the dictionary only guesses at
    SYLLABLE = "syllable"  # a short function word: «Ван», «И» (Chinese name syllables)
    COMMON = "common"  # a dictionary common word: «Ранее», «Го»
    NEVER = "never"  # a role, body, place or opener: never a name


@dataclass(frozen=True, slots=True)
class Slot:
    """A run of name words the context marks as a person, with its case and gender."""

    start: int
    end: int
    words: tuple[str, ...]
    case: str  # "nomn" beside a verb, "gent" after «по словам»
    gender: str | None  # from the agreeing verb: "masc", "femn" or None


def _dictionary(p: Parse) -> bool:
    stack = p.raw.methods_stack
    return len(stack) == 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"


@lru_cache(maxsize=16384)
def kind(word: str) -> Kind:
    """The class of one capitalised word, from its dictionary readings."""
    lower = word.lower()
    if (lower in _OPENERS and len(word) > 1) or role_of(word) is not None:
        return Kind.NEVER
    # «Кабулов»: the genitive plural of a place named in the singular is no place a text
    # names, but the surname it also is (a plural place, «Нидерландов», «Афин», still is one)
    found = tuple(p for p in parses(lower) if not plural_of_single_place(p))
    if any(p.score >= _PLACE_SCORE and p.grams & _PLACE_GRAMS and _dictionary(p) for p in found):
        return Kind.NEVER  # "Израиль", "Рим", "Сараево": a place first, a name only rarely
    if place_over_plural_name(found):
        return Kind.NEVER  # "Ливан": the country, never the genitive plural of «Ливана»
    if not found or any(p.grams & PERSON_GRAMS for p in found):
        return Kind.NAME
    best = found[0]
    if not _dictionary(best):
        # a guess: a foreign word, most likely a name, unless it begins as a body does
        body = any(lower.startswith(b) and len(lower) - len(b) >= 3 for b in BODY_PREFIXES)
        body = body or (len(lower) >= 6 and any(root in lower for root in BODY_ROOTS))
        return Kind.NEVER if body or region_word(lower) else Kind.NAME
    if best.has("Geox") or best.has("Orgn") or best.has("Abbr"):
        return Kind.NEVER
    if best.pos in _COMMON_POS:
        return Kind.COMMON
    return Kind.SYLLABLE


def plural_of_single_place(p: Parse) -> bool:
    """Whether `p` reads a word as a plural of a place or body named in the singular."""
    return bool(p.grams & _PLACE_GRAMS) and p.has("plur") and not p.has("Pltm")


# «Брянщина», «Брянщины», «Белгородчиной»: a region named by a suffix (lexicon REGION_SUFFIXES).
_REGION = re.compile(rf"[а-яё]{{3,}}(?:{'|'.join(REGION_SUFFIXES)})(?:а|ы|е|у|ой|ою)$")


def region_word(word: str) -> bool:
    """Whether `word` is a region named by a suffix («Брянщины»): a place, never a name."""
    return _REGION.search(word.lower()) is not None


_SURNAME_ENDING = re.compile(r"[а-яё]{3,}(?:ов|ев|ёв|ин|ын|ян)$")


@lru_cache(maxsize=16384)
def surname_shaped(word: str) -> bool:
    """ "Рябков", "Пашинян": a capitalised word with a Russian or Armenian surname's ending
    whose noun readings are all plural ("рябков", the genitive plural of "рябок"; «пашинян»
    of a guessed «пашинянин», as «армян» of «армянин») and whose other readings are guesses:
    as a singular verb's subject it can only be a surname the dictionary lacks."""
    if not word[:1].isupper() or not _SURNAME_ENDING.search(word):
        return False
    found = parses(word.lower())
    nouns = [p for p in found if p.pos == "NOUN"]
    others = [p for p in found if p.pos != "NOUN"]
    return (
        bool(nouns)
        and all(p.has("plur") for p in nouns)
        and not any(_dictionary(p) for p in others)
    )


def name_run(words: list[str], *, trim: bool) -> tuple[str, ...] | None:
    """The words of `words` that make a name, or None. With `trim` (a subject before its
    verb), leading words that cannot start it are dropped: common words and words without a
    nominative reading («Ранее Рубио», «с Путиным Уиткофф» → the last). A short common word
    is a name syllable beside a name word («Го Цзякунь»); a one-letter word ends a name of
    two syllables («Ван И»)."""
    kinds = [kind(w) for w in words]
    while trim and words and not _may_start(words[0], kinds[0]):
        words, kinds = words[1:], kinds[1:]
    if not words or len(words[0]) < 2 or Kind.NEVER in kinds:
        return None
    if len(words) == 1 and "-" in words[0] and not words[0].endswith(_ENDING_PARTICLES):
        return None  # "Эр-Рияд", "Абу-Даби": a lone hyphenated word is a place more often
    if len(words) == 2 and len(words[1]) == 1:
        kinds[1] = Kind.NAME  # «Ван И»: the one-letter syllable marks the Chinese name
    if Kind.NAME not in kinds:
        return None
    for w, k in zip(words, kinds, strict=True):
        if k is Kind.COMMON and (len(words) == 1 or not (syllable(w) or _last_surname(w, words))):
            return None
    return tuple(words)


def _last_surname(word: str, words: list[str]) -> bool:
    """ "Замир Кабулов заявил": a surname-shaped last word (`surname_shaped`: «Кабулов» is
    the dictionary's plural of «Кабул» alone) ends a name whose first word is a name word."""
    return word == words[-1] and surname_shaped(word)


def _may_start(word: str, word_kind: Kind) -> bool:
    """Whether a subject's name may begin with this word."""
    if word_kind is Kind.NEVER or (word_kind is Kind.COMMON and not syllable(word)):
        return False
    return _nominative_ok(word)


def syllable(word: str) -> bool:
    """A short dictionary noun that is also a Chinese or Korean name syllable («Го», «Ли»)."""
    found = parses(word.lower())
    return len(word) <= 3 and bool(found) and found[0].pos == "NOUN"


@cache
def _after_pattern() -> re.Pattern[str]:
    phrases = "|".join(re.escape(p) for p in PERSON_AFTER)
    return re.compile(rf"(?<![\w-])(?i:{phrases})\s+(?P<run>{_RUN})(?![\w-])")


_VERB_THEN_RUN = re.compile(rf"(?<![\w-])(?P<verb>[а-яё]+)[ \t]+(?P<run>{_RUN})(?![\w-])")
_RUN_THEN_WORDS = re.compile(rf"(?<![\w-])(?P<run>{_RUN})(?P<rest>(?:[ \t]+[а-яё]+){{1,3}})")


@lru_cache(maxsize=16384)
def person_verb(word: str) -> tuple[bool, str | None]:
    """Whether `word` is a singular third-person speech verb (a person's), and its gender."""
    if not may_have_normal(word, PERSON_VERBS):
        return False, None
    for p in parses(word):
        if p.pos != "VERB" or p.normal not in PERSON_VERBS or not p.has("sing") or p.has("neut"):
            continue  # a person is never neuter: "Сараево заявило"
        if "1per" in p.grams or "2per" in p.grams or "impr" in p.grams:
            continue
        return True, "femn" if p.has("femn") else "masc" if p.has("masc") else None
    return False, None


@lru_cache(maxsize=16384)
def _nominative_ok(word: str) -> bool:
    """A subject can be this word: a nominative or indeclinable reading, or none at all but
    guesses («Нгози», guessed as a verb's imperative, in «Нгози Оконджо-Ивеала заявила»)."""
    found = parses(word.lower())
    return not found or any(p.has("nomn") or p.has("Fixd") for p in found)


@lru_cache(maxsize=16384)
def _guessed_only(word: str) -> bool:
    """Whether the dictionary only guesses at `word`, in a foreign vowel no Russian noun's
    dative or genitive ends in for a man («Рютте», guessed as a locative of «рютт»): right
    after a singular speech verb, a name whatever case the guess reads (never «Боррелю»,
    «Лула»: an object, a part of a longer name)."""
    found = parses(word.lower())
    vowel = word.lower().endswith(GUESSED_NAME_ENDINGS)
    return vowel and bool(found) and not any(_dictionary(p) for p in found)


def _run_words(text: str, match: re.Match[str]) -> list[str]:
    """The run's words; a one-letter last word before a full stop is an initial («Ивана И.
    Петрова»), not a syllable, and is left out."""
    words = match.group("run").split()
    if len(words[-1]) == 1 and text[match.end("run") : match.end("run") + 1] == ".":
        words = words[:-1]
    return words


def _slot(start: int, words: tuple[str, ...], case: str, gender: str | None) -> Slot:
    return Slot(start, start + len(" ".join(words)), words, case, gender)


def find_slots(text: str) -> list[Slot]:
    """Every name run the context marks as a person, in order of position."""
    found: list[Slot] = []
    for m in _after_pattern().finditer(text):
        words = name_run(_run_words(text, m), trim=False)
        if words is not None:
            found.append(_slot(m.start("run"), words, "gent", None))
    for m in _quoted_person().finditer(text):
        if _quoted_object(m.group("run")):
            found.append(_slot(m.start("run"), (m.group("run"),), "gent", None))
    for m in _VERB_THEN_RUN.finditer(text):
        is_verb, gender = person_verb(m.group("verb"))
        words = name_run(_run_words(text, m), trim=False) if is_verb else None
        if is_verb and words is None and _lone_surname_after(text, m):
            words = (m.group("run"),)  # "— заявил Макрон": a surname the dictionary holds
        if words is not None and (
            _nominative_ok(words[-1]) or surname_shaped(words[-1]) or _guessed_only(words[-1])
        ):
            found.append(_slot(m.start("run"), words, "nomn", gender))
    for m in _RUN_THEN_WORDS.finditer(text):
        verb = _verb_after(m.group("rest").split())
        words = name_run(_run_words(text, m), trim=True) if verb else None
        run = m.group("run").split() if verb and words is None else []
        if len(run) == 1 and surname_shaped(run[0]):
            words = (run[0],)  # "Рябков заявил": alone before the verb, a surname
        if words is not None and (_nominative_ok(words[-1]) or surname_shaped(words[-1])):
            start = m.start("run") + m.group("run").rindex(" ".join(words))
            found.append(_slot(start, words, "nomn", None if verb == _NO_GENDER else verb))
    found.extend(_appositive_slots(text))
    found.sort(key=lambda s: s.start)
    return found


def _appositive_slots(text: str) -> list[Slot]:
    """Name runs of two or three words opening a sentence before a comma and a role in the
    nominative («Субраманьям Джайшанкар, руководитель …»): the sentence's subject."""
    found: list[Slot] = []
    for m in _RUN_THEN_ROLE.finditer(text):
        words = name_run(m.group("run").split(), trim=False)
        if words is not None and len(words) > 1 and _role_phrase(m.group("rest")):
            found.append(_slot(m.start("run"), words, "nomn", None))
    return found


# "Субраманьям Джайшанкар, руководитель индийского … ведомства, принял участие": a sentence
# opening with a name set off by a comma before a role in the nominative
_RUN_THEN_ROLE = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=\n))(?P<run>{_WORD}(?: {_WORD}){{1,2}}),[ \t]+"
    r"(?P<rest>[а-яё-]+(?:[ \t]+[а-яё-]+)?)"
)


@cache
def _quoted_person() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?:про)?цитиру\w*[ \t]+(?P<run>{_WORD})(?=[ \t]+[«\"]?(?:{OUTLET}))"
    )


def _quoted_object(word: str) -> bool:
    """ "— цитирует Макрона РИА Новости": the one word between a quoting verb and the outlet
    quoting is whose words they are, a man's surname in the accusative («-а», «-я»); never a
    place, body or role («цитирует Кремль ТАСС»). Its nominative must be certain (persons)."""
    if len(word) < 4 or word[-1:] not in "ая" or "-" in word or kind(word) is Kind.NEVER:
        return False
    return not any(p.normal in SPEAKING_BODY_NOUNS for p in parses(word.lower()))


_NO_GENDER = "-"
# What may follow a lone surname in the verb's slot: a mark or a lower-case word, never the
# rest of a name or a site's domain («пишет Газета.ру»).
_AFTER_SURNAME = re.compile(r"(?:[ \t]+[а-яё]|[ \t]*[,.;:!?)\n—–-](?![\w]))")


def _lone_surname_after(text: str, match: re.Match[str]) -> bool:
    """ "«…», — заявил Макрон.": one capitalised word right after a singular speech verb, the
    dictionary's inanimate common noun in the nominative («макрон», a typographic mark;
    «прайс»), or a surname-shaped plural («— отметил Кабулов»: the dictionary's genitive
    plural of «Кабул», `surname_shaped`), is the speaker's surname: nothing else is
    capitalised there. Never a body or a place that speaks as one (lexicon
    SPEAKING_BODY_NOUNS: «— заявил Кремль», «— сказал Запад»), nor a person noun («— сказал
    Собеседник»), nor a word the run goes on from."""
    word = match.group("run")
    if " " in word or "-" in word or len(word) < 4 or kind(word) is not Kind.COMMON:
        return False
    if word.lower() in SPEAKING_BODY_NOUNS:
        return False
    if not surname_shaped(word) and not _inanimate_noun(word):
        return False
    return _AFTER_SURNAME.match(text, match.end("run")) is not None


def _inanimate_noun(word: str) -> bool:
    """Whether the best reading of `word` is an inanimate common noun in the nominative
    singular («макрон», «прайс»)."""
    return common_noun(word) and parses(word.lower())[0].has("inan")


def _verb_after(rest: list[str]) -> str | None:
    """The gender of the speech verb that follows a subject (after adverbs), "-" for a verb
    without one (present tense), None when no speech verb follows."""
    skip = False
    for word, nxt in zip(rest, [*rest[1:], ""], strict=True):
        if skip:
            skip = False
            continue
        is_verb, gender = person_verb(word)
        if is_verb:
            return gender or _NO_GENDER
        skip = _manner(word, nxt)
        if word not in SUBJECT_ADVERBS and not skip:
            return None
    return None


def _manner(word: str, nxt: str) -> bool:
    """«с сожалением», «с удовлетворением»: «с» and a noun only in the instrumental, a manner
    between a subject and its verb («Келин с сожалением отметил»)."""
    if word not in ("с", "со") or not nxt:
        return False
    nouns = [p for p in parses(nxt) if p.pos == "NOUN"]
    return bool(nouns) and all(p.has("ablt") and p.has("inan") for p in nouns)


@cache
def _after_subject() -> re.Pattern[str]:
    adverbs = "|".join(sorted(SUBJECT_ADVERBS))
    return re.compile(rf"[ \t]+(?:(?:{adverbs})[ \t]+)*(?P<verb>[а-яё]+)(?![\w-])")


@lru_cache(maxsize=16384)
def past_gender(word: str) -> str | None:
    """The gender of a past-tense singular verb form ("раскрыла" → "femn"), or None when the
    word is not one or its readings disagree."""
    found = parses(word)
    if not found or found[0].pos != "VERB":
        return None
    genders = {
        g for p in found if p.pos == "VERB" for g in ("masc", "femn", "neut") if p.has(g, "past")
    }
    return genders.pop() if genders in ({"masc"}, {"femn"}) else None


def verb_gender_after(text: str, end: int) -> str | None:
    """The gender of the past-tense verb right after a subject ending at `end` (adverbs such as
    «также» between): «Набиуллина раскрыла», «Левитт ответила»."""
    m = _after_subject().match(text, end)
    return past_gender(m.group("verb")) if m else None


# Between a subject and its verb: a circumstance of lower-case words after a preposition
# («Мао Нин на брифинге заявила», «Левитт в беседе с журналистами ответила»), or the
# subject's role set off by commas («Мао Нин, официальный представитель МИД КНР, заявила»).
_CIRCUMSTANCE = re.compile(
    rf"[ \t]+(?:{'|'.join(SUBJECT_CIRCUMSTANCE_PREPOSITIONS)})(?:[ \t]+[а-яё]+){{1,3}}(?=[ \t])"
)
_APPOSITION = re.compile(r",[ \t]+(?P<role>[^,.;:!?«»\"\n—–()]{3,80}),(?=[ \t])")


def agreeing_gender_after(text: str, end: int) -> str | None:
    """The gender of the past verb whose subject ends at `end`: right after it
    (`verb_gender_after`), or after a circumstance or the subject's role between
    («Мао Нин на брифинге заявила», «Мао Нин, официальный представитель МИД КНР,
    заявила»: a woman, whatever «Мао» reads as)."""
    found = verb_gender_after(text, end)
    if found is not None:
        return found
    for pattern in (_CIRCUMSTANCE, _APPOSITION):
        m = pattern.match(text, end)
        if m is None or (pattern is _APPOSITION and not _aside(m.group("role"))):
            continue
        words = m.group(0).split()
        if any(past_gender(w.lower()) or person_verb(w.lower())[0] for w in words):
            continue  # a verb inside: no circumstance of the subject's
        return verb_gender_after(text, m.end())
    return None


def _aside(phrase: str) -> bool:
    """Whether `phrase`, set off by commas after a subject, is its role («официальный
    представитель МИД КНР»), a gerund's clause («отвечая на вопрос») or a participle's in
    the nominative («выступавшая на брифинге»): the verb after it is the subject's."""
    first = parses(phrase.split()[0].lower())[:1]
    if first and (first[0].pos == "GRND" or (first[0].pos == "PRTF" and first[0].has("nomn"))):
        return True
    return _role_phrase(phrase)


def _role_phrase(phrase: str) -> bool:
    """Whether `phrase` opens with a role in the nominative after at most two adjectives
    («официальный представитель МИД КНР», «глава МИД»): a subject's role set off by commas
    (`_aside`), or the apposition after a name opening a sentence (`_appositive_slots`,
    whose two words allow one adjective: «российский посол»)."""
    for word in phrase.split()[:3]:
        first = parses(word.lower())[:1]
        if role_of(word) is not None and first and first[0].has("nomn"):
            return True
        if not first or first[0].pos != "ADJF":
            return False
    return False
