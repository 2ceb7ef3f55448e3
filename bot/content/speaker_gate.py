"""The last word on a speaker: does the finalised candidate look like a real speaker?

Why a gate at the end: attribution rules run on open text and sometimes take a capitalised
fragment for a name («Службы внешней разведки» → "Службы Внешней", «Банка России» → "Банка",
«NBC News» → "News", a sentence-initial "Издание"). A wrong speaker is a reputational error,
an unknown one is not, so every candidate passes one check after all rules have spoken:

- an organisation the lexicon knows (or an all-caps acronym such as "ХАМАС") passes untouched;
- a role word glued to a name is dropped ("Посол Чжан Ханьхуэй" → "Чжан Ханьхуэй");
- every word of a person's name must be able to be a name (`name_word`); otherwise the
  candidate becomes the organisation whose mention in the text contains it ("Совбеза" inside
  «Совбеза России» → "Совбез России"), or unknown;
- a one-word name that is the head of a longer name in the text is given at its fullest
  ("Ван" when the text says «Ван И»).

Trade-off for surnames that are common words («Мороз», «Волк», «Макрон», «Токаев» — the
dictionary holds "токаев" as a genitive plural of "токай"): a word with a dictionary surname
or first-name reading always passes ("Мороз"); a common word without one passes beside a
first name or an unknown word ("Игорь Волк", "Сергей Рябков"), or alone where the text
itself writes it capitalised after a lower-case word, a comma or a first name ("— сказал
Волк"), where no common noun would be capitalised. So a lone surname that the text only ever
writes at a sentence start ("Волк: «…»") is dropped: unknown rather than a guess. Adjectives
("Внешней"), role and organisation words ("Банка", "Издание", "Парламентарий") never pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from enum import Enum
from functools import lru_cache

from bot.content._speakers.organisations import media_kind_before
from bot.content.declension import declined_form
from bot.content.lexicon import (
    ARABIC_LINKS,
    ARABIC_NAME_PREFIXES,
    ATTRIBUTIVE_POS,
    BARE_MINISTRIES,
    EAST_ASIAN_SURNAMES,
    GLUED_ARTICLES,
    MEDIA,
    MEDIA_KINDS,
    NAME_ENDING_PARTICLES,
    NAME_PAIR,
    NAME_PARTICLES,
    NAMED_BODY_HEADS,
    NAMED_THINGS,
    ORG_UNITS,
    ORGANISATIONS,
    PERSONAL_PRONOUNS,
    PLATFORM_NAMES,
    RUSSIAN_SURNAME_ENDINGS,
    STATE_HEAD_NOUNS,
    STATE_NAME_HEADS,
    organisations,
    role_of,
)
from bot.content.mentions import Entities
from bot.content.morph import PERSON_GRAMS, Parse, known, parses, patronymic
from bot.content.name_slots import region_word, surname_shaped
from bot.content.normalize import CYRILLIC_TO_LATIN
from bot.content.oblique_names import capitalised_words, in_nominative
from bot.content.persons import body_name_start, body_name_word, regnal_number
from storage.models import Quote

_PROPER_GRAMS = frozenset({"Geox", "Abbr", "Fixd"})
_PLACE_GRAMS = frozenset({"Geox", "Orgn"})
# Parts of speech of words that carry meaning; a capitalised word that is nothing but one of
# these in the dictionary is a common word, not a name. Function words ("Ле" in "Жан-Ив Ле
# Дриан", "И" in "Ван И") are not in this set: short foreign name syllables collide with them.
_COMMON_POS = frozenset(
    {"NOUN", "ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "NUMR"}
)
# Full adjectives and participles ("Внешней", "Объединенных"): never a name on their own.
_ORG_WORDS = NAMED_THINGS | ORG_UNITS | MEDIA_KINDS
# Lower-case particles inside foreign names: "Урсула фон дер Ляйен", "Мухаммед бин Салман".
_PARTICLES = frozenset(NAME_PARTICLES)
# An article glued to the next name word by a hyphen ("аль-Джабер", "эль-Сиси").
_GLUED_PARTICLE = re.compile(rf"(?:{'|'.join(GLUED_ARTICLES)})-(?=[А-ЯЁ])")
_LATIN = re.compile(r"[A-Za-z][A-Za-z.&'-]*")
_ACRONYM = re.compile(r"[А-ЯЁA-Z]{2,}(?:-[А-ЯЁA-Z0-9]+)?")
_CANONICAL = frozenset(org.canonical for org in ORGANISATIONS if org.canonical)
_PREVIOUS_WORD = re.compile(r"([\w-]+|,)[ \t]+$")
_NAME_PART = r"[А-ЯЁ][а-яё]*(?:-[А-ЯЁ][а-яё]*)?"


class _Kind(Enum):
    """What a capitalised word can be: a name (a dictionary name reading), a body (a role or
    organisation word), an adjective or common word of the dictionary, or other (unknown)."""

    NAME = "name"
    BODY = "body"
    ADJECTIVE = "adjective"
    GEO = "geo"
    COMMON = "common"
    OTHER = "other"


# Words that make the rest of a multi-word candidate a name: a dictionary name reading
# ("Сергей Рябков") or a word the dictionary does not know ("Линь Цзянь").
_ANCHORS = frozenset({_Kind.NAME, _Kind.OTHER})


def _from_dictionary(p: Parse) -> bool:
    """A reading of the dictionary itself, not a guess (by suffix, or by a known word after an
    unknown prefix: "хег" + "сет")."""
    stack = p.raw.methods_stack
    return len(stack) == 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"


@lru_cache(maxsize=16384)
def _org_word(word: str) -> bool:
    """A noun that names a kind of body ("Службы", "Банка", "Издание"), in any case."""
    return any(p.pos == "NOUN" and p.normal in _ORG_WORDS for p in parses(word.lower()))


def known_organisation(speaker: str, entities: Entities, text: str = "") -> bool:
    """Whether the lexicon (or the text's organisation mentions) knows `speaker` as a body."""
    if speaker in _CANONICAL or any(m.org == speaker for m in entities.orgs):
        return True
    if MEDIA.fullmatch(speaker) or any(p.fullmatch(speaker) for _, p in BARE_MINISTRIES):
        return True
    if _ACRONYM.fullmatch(speaker) or _outlet_by_kind(speaker, text):
        return True
    return any(pattern.fullmatch(speaker) for pattern, _canonical, _literals in organisations())


def _outlet_by_kind(speaker: str, text: str) -> bool:
    """Whether the text names `speaker` right after a media kind («агентство Montsame»,
    «газеты Addis Standard»): an outlet the lexicon lacks, named as one by the text itself."""
    return any(
        media_kind_before(text, m.start())
        for m in re.finditer(rf"(?<![\w-]){re.escape(speaker)}(?![\w-])", text)
    )


def _capitalised_inside(word: str, text: str) -> bool:
    """Whether `text` writes `word` (with an ending of up to 3 letters) capitalised where only
    a name would be: after a comma, a lower-case word ("заявил Токаев") or a first name
    ("Касым-Жомарт Токаев"), not at a sentence start nor inside a capitalised title
    ("Российской Федерации")."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}\w{{0,3}}(?![\w-])", text):
        prev = _PREVIOUS_WORD.search(text, max(0, m.start() - 40), m.start())
        if prev is None:
            continue
        before = prev.group(1)
        if before == "," or before[0].islower() or _word_class(before) == _Kind.NAME:
            return True
    return False


@lru_cache(maxsize=16384)
def _word_class(word: str) -> _Kind:
    """What one capitalised word can be, from its dictionary readings alone."""
    found = parses(word.lower())
    if any(p.grams & PERSON_GRAMS for p in found):
        return _Kind.NAME
    if role_of(word) is not None or _org_word(word):
        return _Kind.BODY
    if found and all(p.has("Orgn") and _from_dictionary(p) for p in found):
        return _Kind.BODY  # "Совбеза"
    if found and _from_dictionary(found[0]) and found[0].has("Geox"):
        return _Kind.GEO  # "Китая", "Франции"
    if not found or not all(_from_dictionary(p) for p in found):
        return _Kind.OTHER  # a word the dictionary only guesses at: a foreign name, most likely
    if any(p.grams & _PROPER_GRAMS or p.pos not in _COMMON_POS for p in found):
        return _Kind.OTHER
    if all(p.pos in ATTRIBUTIVE_POS for p in found):
        return _Kind.ADJECTIVE
    return _Kind.COMMON


def name_word(word: str, text: str, *, beside_name: bool = False) -> bool:
    """Whether one capitalised word of a person candidate can be part of a name.

    Beside a name or an unknown word ("Сергей Рябков", "Олаф Шольц", "Линь Цзянь", "Ким Чен
    Ын") a common or place word is a name too; a role or organisation word never is. A place
    word alone is a name ("Маас") or a state speaking ("Китай") in the nominative only, never
    in an oblique case ("посол Китая" → "Китая"), unless it has a surname's shape
    (`surname_shaped`: «Кабулов», read only as a plural of «Кабул»). A common word alone
    is a name only where the text capitalises it inside a sentence ("заявил Токаев"): the
    dictionary holds many rare words that are also foreign surnames ("токаев", "вучич",
    "ляйен"), while a common word is capitalised only at a sentence start ("Стороны").
    """
    kind = _word_class(word)
    if region_word(word) or state_head(word):
        return False  # «Губернатор Брянщины», «лидер Эмиратов»: a place, never a person
    if kind in (_Kind.COMMON, _Kind.ADJECTIVE, _Kind.GEO) and beside_name:
        return True
    if kind == _Kind.GEO:  # "Кабулов", a plural of «Кабул» only, is a surname all the same
        return any(p.has("nomn") for p in parses(word.lower())) or surname_shaped(word)
    if kind == _Kind.COMMON:  # "Рябков" (only a plural of «рябок») is a surname all the same
        return _capitalised_inside(word, text) or surname_shaped(word)
    return kind in (_Kind.NAME, _Kind.OTHER)


def state_head(word: str) -> bool:
    """A noun that heads a state's formal name (lexicon STATE_HEAD_NOUNS) in any case:
    «заявил лидер Эмиратов», «глава Королевства»: the state, capitalised as part of its name,
    never a person — though «Эмиратов» has a surname's ending and stands capitalised inside a
    sentence, as a foreign surname does. Only a word every reading of which is so, from the
    dictionary."""
    found = parses(word.lower())
    return bool(found) and all(
        p.pos == "NOUN" and p.normal in STATE_HEAD_NOUNS and _from_dictionary(p) for p in found
    )


def _body_words_only(word: str, text: str) -> bool:
    """Whether every time the text writes `word` it is a word of a body's name
    (`persons.body_name_word`: «и Министерство Финансов: «…»»): never a person's surname,
    at most a pointer to the body."""
    found = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
    return bool(found) and all(body_name_word(text, at) for at in found)


def _body_named(word: str, text: str) -> str | None:
    """The body's name a word of it (`_body_words_only`) ends where the text first writes
    it, when its head stands in the nominative there, the body the subject («Министерство
    Финансов сообщило»); None when the body is only spoken of in an oblique case
    («представителя при Организации Объединенных Наций отметил»)."""
    found = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
    start = body_name_start(text, found.start()) if found is not None else None
    if found is None or start is None:
        return None
    start = _hyphenated_start(text, start)
    head = _HYPHENATED_WORD.match(text, start)
    last = head.group(0).rsplit("-", 1)[-1] if head is not None else ""
    if head is None or not any(p.has("nomn", "sing") for p in parses(last.lower())):
        return None
    rest = " ".join(text[head.end() : found.end()].split())
    return f"{head.group(0)} {rest}"


_HYPHENATED_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
_PART_BEFORE_HYPHEN = re.compile(r"[А-ЯЁа-яё]+-$")


def _hyphenated_start(text: str, start: int) -> int:
    """Where the word at `start` opens when the parts before it are glued by hyphens
    («пресс-служба российского Совбеза»: the body's head is «пресс-служба», never «служба»
    cut at its hyphen)."""
    while (glued := _PART_BEFORE_HYPHEN.search(text, max(0, start - 30), start)) is not None:
        start = glued.start()
    return start


def _person_words(words: list[str], text: str) -> bool:
    """Every word can be a name: capitalised Cyrillic (or Latin beside Cyrillic), particles
    never last (first only in a surname given alone: «фон дер Ляйен»), no acronym, no role
    or organisation word."""
    if all(_LATIN.fullmatch(w) for w in words):
        # A Latin-only run names an outlet or a company ("NBC News", "The Economist"); one
        # Latin word alone ("News") must be a body the lexicon knows, checked before.
        return len(words) > 1
    anchored = len(words) > 1 and any(_word_class(w) in _ANCHORS for w in words)
    for i, word in enumerate(words):
        if word.lower() in _PARTICLES and i < len(words) - 1:
            continue
        if word in NAME_ENDING_PARTICLES and 1 < i == len(words) - 1:
            continue  # "Полад Бюльбюль оглы": a patronymic word ends the name
        prefix = _GLUED_PARTICLE.match(word)
        if prefix and i > 0:
            word = word[prefix.end() :]  # "Мохаммед Ахмед аль-Джабер"
        if not word[:1].isupper() or (word.isupper() and len(word) > 1):
            return False
        if _LATIN.fullmatch(word):
            continue
        if not all(name_word(p, text, beside_name=anchored) for p in _parts(word)):
            return False
    return True


_OBLIQUE_ENDINGS = ("у", "ю", "ым", "ом", "ем")


def _oblique(word: str) -> bool:
    """A name word in the dative or instrumental only ("Зарубину", "Путиным"): no speaker's
    name is written so; it is someone addressed or mentioned, glued to the real name."""
    lower = word.lower()
    if not lower.endswith(_OBLIQUE_ENDINGS):
        return False
    found = parses(lower)
    # Only the dictionary's own readings: a guessed foreign name ("Сигэру") proves nothing;
    # and only a word that declines: «Фу» of «Нгуен Фу Чонг» is an interjection, no case.
    declines = any(p.pos == "NOUN" for p in found)
    return declines and all(_from_dictionary(p) and not p.has("nomn") for p in found)


def _foreign_given_name(words: list[str], i: int, text: str) -> bool:
    """Whether the dative-looking words[i] opens a foreign name rather than naming someone
    addressed: «Минору Кихара» («минору» is the dictionary's dative of the thing «минор»).
    Only a first word whose every reading is a thing (never a person's or a place's name, as
    «Зарубину» and «Путиным» are), before a last word the text writes on its own as a
    subject («Кихара отметил»)."""
    if i != 0 or len(words) < 2:
        return False
    found = parses(words[0].lower())
    if not found or any(p.grams & PERSON_GRAMS or not p.has("inan") for p in found):
        return False
    if any(p.has("Geox") for p in found):
        return False
    subject = re.compile(rf"(?<![\w-]){re.escape(words[-1])}[ \t]+[а-яё]")
    return subject.search(text) is not None


_INNER_ENDINGS = ("ом", "ем")


def _inner_name(words: list[str], i: int) -> bool:
    """Whether the instrumental-looking words[i] is a middle name between a first name in the
    nominative and a last word that may be one («Тедрос Аданом Гебрейесус»): a name of its
    own, unlike a dative glued between two names («Павел Зарубину Ушаков»)."""
    if not 0 < i < len(words) - 1 or not words[i].lower().endswith(_INNER_ENDINGS):
        return False
    first = parses(words[0].lower())
    last = parses(words[-1].lower())
    return any(p.has("Name") and p.has("nomn") for p in first) and any(p.has("nomn") for p in last)


_DECLINED_ENDINGS = (
    "ена",
    "ина",
    "ова",
    "ева",
    "она",
    "ера",
    "ана",
    "овой",
    "евой",
    "иной",
    "ского",
)


def _declined(word: str) -> bool:
    """A lone surname with a Russian case ending and no nominative reading ("Блинкена",
    "Макрона"): the object of "процитировал Блинкена", never how the speaker is named."""
    lower = word.lower()
    if not lower.endswith(_DECLINED_ENDINGS):
        return False
    found = parses(lower)
    return bool(found) and not any(p.has("nomn") for p in found)


def _parts(word: str) -> list[str]:
    """A hyphenated name is judged whole when the dictionary knows it ("Жан-Ив"), else by part."""
    if "-" in word and _word_class(word) != _Kind.NAME:
        return [part for part in word.split("-") if part]
    return [word]


def _strip_title(words: list[str]) -> list[str]:
    """A title glued to a name is no part of it: everything up to the last role word and the
    complements after it ("Посол Чжан Ханьхуэй", "Глава МИД Ирана Аббас Аракчи" → the name);
    nothing is left when the role comes last ("Рубио Глава")."""
    last = max((i for i, w in enumerate(words) if role_of(w) is not None), default=-1)
    rest = words[last + 1 :]
    if last < 0:
        return rest
    while rest and _complement(rest[0]):
        rest = rest[1:]
    return rest


def _strip_leading_complement(words: list[str]) -> list[str]:
    """The last word of a title glued before a name of two words is no part of it: «посол
    Азербайджана в Российской Федерации Полад Бюльбюльоглу» gives "Полад Бюльбюльоглу", not
    "Федерации Полад Бюльбюльоглу". Only a place ("Франции") or the head of a state's formal
    name (lexicon STATE_NAME_HEADS) is cut, and only before two words or more: a common noun
    may open an Asian name ("Пан Ги Мун", "Бала Венкатеш Варма"), and an East Asian family
    name is never cut, though it may also be a place («Буй Динь Зинь»: Буй is a Russian
    town; lexicon EAST_ASIAN_SURNAMES), nor a given name an Arabic name prefix follows
    («Хайфа Абу Газале»: Хайфа is also a city; lexicon ARABIC_NAME_PREFIXES)."""
    while len(words) > 2 and _state_word(words[0]) and not _opens_name(words):
        words = words[1:]
    return words


def _opens_name(words: list[str]) -> bool:
    """Whether `words[0]`, a place too, is the name's own first word: an East Asian family
    name, or a given name before an Arabic name prefix (`_strip_leading_complement`)."""
    return words[0] in EAST_ASIAN_SURNAMES or words[1] in ARABIC_NAME_PREFIXES


def _state_word(word: str) -> bool:
    """A place, or a word that heads a state's formal name («Федерации», «Республике»)."""
    lower = word.lower()
    return _word_class(word) == _Kind.GEO or lower.startswith(STATE_NAME_HEADS)


def _complement(word: str) -> bool:
    """A word of a title after its role: lower-case ("иностранных"), an acronym ("МИД"),
    a place ("Ирана"), a state's head noun («Эмиратов»), an adjective or an organisation word."""
    if word[:1].islower() or (word.isupper() and len(word) > 1) or state_head(word):
        return True
    return _word_class(word) in (_Kind.GEO, _Kind.ADJECTIVE, _Kind.BODY)


def _only_inside_organisations(candidate: str, text: str, entities: Entities) -> bool:
    """Whether the text writes `candidate` only inside organisation mentions ("Федерации"
    only in «Совета Федерации»): then it is a piece of a body's name, whatever its words."""
    spans = [(m.start, m.end) for m in entities.orgs]
    hits = list(re.finditer(rf"(?<![\w-]){re.escape(candidate)}(?![\w-])", text))
    return bool(hits) and all(
        any(lo <= hit.start() and hit.end() <= hi for lo, hi in spans) for hit in hits
    )


def _organisation_around(fragment: str, text: str, entities: Entities) -> str | None:
    """The one organisation whose mention in `text` contains `fragment` ("Совбеза" inside
    «Совбеза России»), compared case-insensitively on whole words; None if none or several."""
    needle = re.compile(rf"(?<!\w){re.escape(fragment.lower().replace('ё', 'е'))}(?!\w)")
    found = {
        m.org
        for m in entities.orgs
        if m.org and needle.search(text[m.start : m.end].lower().replace("ё", "е"))
    }
    return found.pop() if len(found) == 1 else None


_LINK_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(ARABIC_LINKS)})[ \t]+$")


def _fullest(word: str, text: str) -> str:
    """A one-word name the text continues with further name parts («Ван И», «Ким Чен Ын»)
    is given whole, when the text continues it in exactly one way.

    Only for a word that is not a Russian-declined surname in the nominative (those are
    complete on their own: "Лавров", "Трамп"), and never across a nominative first name or
    patronymic ("Путин Владимир Владимирович" stays "Путин"), nor from a father's name inside
    an Arabic chain («Мухаммед бин Салман Аль Сауд»: «Салман Аль» is nobody's name). A
    monarch's name the text writes with one regnal number has it («Карл III»).
    """
    number = regnal_number(word, text)
    if number is not None:
        return f"{word} {number}"
    if any(p.has("Surn", "nomn") for p in parses(word.lower())):
        return word
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}((?:[ \t]{_NAME_PART}){{1,2}})(?![\w-])")
    forms: set[str] = set()
    for m in pattern.finditer(text):
        if _LINK_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        tail = _continuation(m.group(1).split(), text)
        if tail:
            forms.add(" ".join([word, *tail]))
    longest = max(forms, key=len, default=None)
    if longest is None or any(not longest.startswith(f) for f in forms):
        return word
    return longest


def _continuation(words: list[str], text: str) -> list[str]:
    """The leading words that can continue a name: no first name or patronymic in the
    nominative, no role, organisation or common word."""
    out: list[str] = []
    for word in words:
        first_name = any(
            p.grams & {"Name", "Patr"} and p.has("nomn", "sing") for p in parses(word.lower())
        )
        if first_name or not name_word(word, text):
            break
        out.append(word)
    return out


def gate(speaker: str | None, text: str, entities: Entities) -> str | None:
    """`speaker` if it looks like a real speaker, normalised; otherwise an organisation the
    fragment belongs to, or None."""
    if speaker is None:
        return None
    clean = " ".join(speaker.split())
    if not clean:
        return None
    if known_organisation(clean, entities, text):
        return clean
    if _across_lines(clean, text, entities) or _has_pronoun(clean):
        return None
    if _named_person(clean, entities):
        return clean
    words = _strip_leading_complement(_strip_title(clean.split()))
    if words and _only_inside_organisations(" ".join(words), text, entities):
        return _organisation_around(clean, text, entities)
    if words and all(_body_words_only(w, text) for w in words):
        return _organisation_around(clean, text, entities) or _body_named(words[-1], text)
    if words and _person_words(words, text):
        oblique = any(
            _oblique(w) and not _inner_name(words, i) and not _foreign_given_name(words, i, text)
            for i, w in enumerate(words)
        )
        if oblique or (len(words) == 1 and _declined(words[0])):
            return None  # "Павел Зарубину Ушаков", "Блинкена": not a name in the nominative
        return _fullest(words[0], text) if len(words) == 1 else " ".join(_plain(words))
    return _organisation_around(clean, text, entities)


def _across_lines(speaker: str, text: str, entities: Entities) -> bool:
    """Whether every mention the person `speaker` comes from runs over a line break ("Ван
    И.\nРанее" read as "ван Ранее"): no name is split across paragraphs, so it is none."""
    spans = [(m.start, m.end) for m in entities.persons if m.person and m.person.name == speaker]
    return bool(spans) and all("\n" in text[lo:hi] for lo, hi in spans)


def _has_pronoun(speaker: str) -> bool:
    """Whether a word of `speaker` is a pronoun («Его», «ван Его»): no name holds one, so a
    pronoun read into a name by mistake never passes as whoever spoke."""
    return any(w.lower() in PERSONAL_PRONOUNS for w in speaker.split())


def _named_person(speaker: str, entities: Entities) -> bool:
    """ "Берге Бренде": a person the text names in full, a word the dictionary holds as a name
    first, passes whatever the surname is in the dictionary («бренд» is a kind of thing, so
    «Бренде» alone would read as a body's word). So does "Пак Чин", "Ким Ё Чжон": a family
    name of East Asia first (lexicon EAST_ASIAN_SURNAMES), whose syllables are often common
    Russian words («пак», «чин») the dictionary never reads as a name."""
    words = speaker.split()
    if not 2 <= len(words) <= 3:
        return False
    if not any(m.person and m.person.name == speaker for m in entities.persons):
        return False
    if words[0] in EAST_ASIAN_SURNAMES:
        return True
    return len(words) == 2 and _word_class(words[0]) == _Kind.NAME


def _plain(words: list[str]) -> list[str]:
    """A name as a quotation names its speaker: never with the patronymic ("Александр
    Васильевич Чепурин" → "Александр Чепурин")."""
    if len(words) == 3 and patronymic(words[1]):
        return [words[0], words[2]]
    return words


def _nominative(
    speaker: str | None, text: str, entities: Entities, text_words: frozenset[str]
) -> str | None:
    """A person's name as a speaker, never in an oblique case: put in the nominative, or
    unknown when no sure nominative exists («корреспонденту "Ъ" МАРИИ ЕФИМОВОЙ» read as an
    interview's asker: «Мария Ефимова»), whichever rule named them (oblique_names)."""
    if speaker is None or known_organisation(speaker, entities, text):
        return speaker
    if " " not in speaker:
        return _lone_nominative(speaker, entities)
    found = in_nominative(speaker.split(), text_words)
    return None if found is None else " ".join(found)


def _lone_nominative(word: str, entities: Entities) -> str:
    """A one-word speaker in an oblique case of a person the text names («процитировала
    слова Ламамры», «цитирует слова Петровича», when the finders left the word unlinked) is
    that person, by the fullest name; any other word stays as it is."""
    owners = {
        m.person.name
        for m in entities.persons
        if m.person is not None and declined_form(m.person.surname, word)
    }
    return owners.pop() if len(owners) == 1 else word


def platform_name(speaker: str) -> bool:
    """A platform the words were posted on (lexicon PLATFORM_NAMES: «сообщает AFP в
    Тwittеr», typed in both alphabets), never who spoke them."""
    latin = speaker.translate(CYRILLIC_TO_LATIN)
    return speaker.lower() in PLATFORM_NAMES or latin.lower() in PLATFORM_NAMES


def lone_body_head(speaker: str) -> bool:
    """A body's head noun alone («Министерства», «Комитета», «Управление»; lexicon
    NAMED_BODY_HEADS), in any case: which ministry the reader cannot tell, and no person is
    named so. Every reading of the dictionary's must be such a noun (never a surname)."""
    found = parses(speaker.lower())
    if " " in speaker or not found or all(p.has("plur") for p in found):
        return False  # «Советов», «Домов»: a plural only is a Russian surname's shape
    return all(
        _from_dictionary(p) and p.pos == "NOUN" and p.normal in NAMED_BODY_HEADS for p in found
    )


def hyphen_cut(speaker: str, text: str) -> bool:
    """A label with a word the text writes only as a part of a hyphenated word: its tail
    («служба российского Совбеза» of «Пресс-служба российского Совбеза», «Канель» of
    «Диас-Канель») or its head («Мигель Диас» of «Мигель Диас-Канель»). A word cut at its
    hyphen names nothing whole. Not after an Arabic article glued by a hyphen («аль-Джабер»:
    «Джабер» is the surname said alone), nor before a patronymic word («Бюльбюль-оглы»)."""
    words = [w for w in speaker.split() if w[:1].isalpha() and w not in NAME_ENDING_PARTICLES]
    return any(_cut_word(word, text) for word in words)


def _cut_word(word: str, text: str) -> bool:
    """Whether the text never writes `word` alone but writes it joined by a hyphen to a word
    before it (save an Arabic article, lexicon GLUED_ARTICLES) or after it (save a patronymic
    word, lexicon NAME_ENDING_PARTICLES)."""
    escaped = re.escape(word)
    if re.search(rf"(?<![\w-]){escaped}(?![\w-])", text):
        return False
    heads = [m.group(1) for m in re.finditer(rf"(\w+)-{escaped}(?![\w-])", text)]
    if any(head.lower() not in GLUED_ARTICLES for head in heads):
        return True
    tails = [m.group(1) for m in re.finditer(rf"(?<![\w-]){escaped}-(\w+)", text)]
    return any(tail not in NAME_ENDING_PARTICLES for tail in tails)


def camel_cut(speaker: str, text: str) -> bool:
    """A label with a word the text writes only as a part of a CamelCase word: its head
    («Бреттом Мак» of «Бреттом МакГурком») or its tail («Гурк»). «МакГурк», «ДеСантис»,
    «ЛеПен» are one surname each; a piece of one names nobody."""
    return any(_camel_piece(word, text) for word in speaker.split() if word[:1].isupper())


def _camel_piece(word: str, text: str) -> bool:
    """Whether the text never writes `word` alone but writes it glued to a capital after it
    or to a lower-case letter before it (a CamelCase word's head or tail)."""
    escaped = re.escape(word)
    if re.search(rf"(?<![\w-]){escaped}(?![\w-])", text):
        return False
    return re.search(rf"(?<![\w-]){escaped}[А-ЯЁA-Z]|[а-яёa-z]{escaped}(?![\w-])", text) is not None


# The instrumental's endings of a man's name and surname («Бреттом МакГурком», «Шарлем
# Мишелем», «Сергеем Лавровым»).
_INSTRUMENTAL_ENDINGS = ("ом", "ем", "ым")


def instrumental_name(speaker: str) -> bool:
    """Whether every word of a name of two or more is in the instrumental's ending
    («Бреттом МакГурком» of «встретился с … Бреттом МакГурком»): a name read where it is a
    preposition's or a verb's object, never a nominative. Counted: of the 172 pairs of
    capitalised words so ended in all labelled texts, every one is an instrumental. A word
    the dictionary knows in the nominative is no instrumental whatever its ending
    (`_instrumental_word`): «Хазем Касем», «Хатем Салем», «Артем Гром» are subjects."""
    words = speaker.split()
    return len(words) >= NAME_PAIR and all(_instrumental_word(word) for word in words)


def _instrumental_word(word: str) -> bool:
    """A capitalised word with the instrumental's ending and no nominative reading of the
    dictionary's own («Сергеем», «Бреттом», «МакГурком»; not «Хазем», «Рустем», «Гром»)."""
    if not word[:1].isupper() or not word.lower().endswith(_INSTRUMENTAL_ENDINGS):
        return False
    return not (known(word) and any(p.has("nomn") for p in parses(word.lower())))


def place_in_name(speaker: str, text: str, entities: Entities) -> bool:
    """Whether a person the finders built (`entities`) has a word that is a place's or a body's
    name in an oblique case by the dictionary's likeliest reading («Ливана Израиль» of
    «Разрушивший территорию Ливана Израиль»: «Ливана» is Lebanon's genitive). A person's
    name in the nominative holds no such word. Only oblique singular readings: a place in the
    nominative is many a name's word («Гидеон Саар», «Арарат Мирзоян», «Ким Чен Ын»), and a
    place's plural is a Russian surname's shape («Кабулов»); an abbreviation's reading
    («Мак») is no place. A Russian surname's shape ending the name is a woman's surname,
    whatever town bears the family's name («Ольга Кирсанова», «Юлия Кашина», «Анна
    Нелидова»: Кирсанов's, Кашин's, Нелидово's genitives). A word that is a name in the
    nominative too («Ливана», «Милана», «Рима») counts as the place only beside another word
    that is a place's or a body's name first («Израиль», «Ювентус»), and only where the text
    writes that place in another form («Ливан»): «Рима Хасан» … «в Риме» is a woman."""
    if not any(m.person is not None and m.person.name == speaker for m in entities.persons):
        return False
    words = capitalised_words(text)
    names = speaker.split()
    return any(
        _oblique_place(word, words, names)
        for i, word in enumerate(names)
        if word[:1].isupper() and not (i == len(names) - 1 and _russian_surname(word, names))
    )


def _russian_surname(word: str, names: list[str]) -> bool:
    """Whether `word`, the last of a name of several words, has a Russian surname's ending."""
    return len(names) > 1 and word.lower().endswith(RUSSIAN_SURNAME_ENDINGS)


def _oblique_place(word: str, text_words: frozenset[str], names: list[str]) -> bool:
    """Whether the likeliest reading of `word` is the dictionary's place or body in an oblique
    case of the singular, and no nominative name's reading, or one beside another word of the
    name (`names`) that is a place or a body first when the text (`text_words`) names the
    same place in another form as well."""
    found = parses(word.lower())
    place = found[0] if found else None
    if place is None or not _from_dictionary(place) or not place.grams & _PLACE_GRAMS:
        return False
    if not place.has("sing") or place.has("nomn") or place.has("Abbr"):
        return False
    if not any(p.has("nomn") and p.grams & PERSON_GRAMS for p in found):
        return True
    if not any(other != word and _place_first(other) for other in names):
        return False
    return any(other != word and _names_place(other, place.normal) for other in text_words)


def _place_first(word: str) -> bool:
    """Whether the likeliest dictionary reading of `word` is a place's or a body's name."""
    found = parses(word.lower())
    return bool(found) and _from_dictionary(found[0]) and bool(found[0].grams & _PLACE_GRAMS)


def _names_place(word: str, place: str) -> bool:
    """Whether a reading of `word` is the dictionary's place whose normal form is `place`."""
    return any(p.has("Geox") and p.normal == place for p in parses(word.lower()))


def cannot_speak(speaker: str | None, text: str, entities: Entities) -> bool:
    """Whether the label `speaker`, as it is to be output, is no speaker's name as a text
    writes it: a platform (`platform_name`), a body's head noun alone (`lone_body_head`), a
    word cut at its hyphen (`hyphen_cut`) or from a CamelCase word (`camel_cut`), a name
    in the instrumental (`instrumental_name`), a person
    whose name holds a place in an oblique case (`place_in_name`). The last check of every
    speaker, whichever rule named it: unknown is better than a malformed name. A body the
    lexicon or the text knows passes. Each
    condition was counted over every label the analysis gave on the labelled sets before it
    was added: none kills a right one. Not added, on the counts: a common noun of the
    dictionary opening a name («Хакан Фидан», «Халифа Хафтар», «Кэш Пател», «Наледи Пандор»:
    33 right labels), and a lone word read only in an oblique case, since a foreign surname
    reads so («Кулеба», «Зума» as genitives of «кулеб», «зум»; «Торре» as a dative)."""
    if speaker is None or known_organisation(speaker, entities, text):
        return False
    return (
        platform_name(speaker)
        or lone_body_head(speaker)
        or hyphen_cut(speaker, text)
        or camel_cut(speaker, text)
        or instrumental_name(speaker)
        or place_in_name(speaker, text, entities)
    )


def gate_quotes(quotes: Iterable[Quote], text: str, entities: Entities) -> list[Quote]:
    """Every quotation with its speaker passed through `gate`, then in the nominative, then
    None when the label cannot be a speaker's name (`cannot_speak`)."""
    out: list[Quote] = []
    text_words = capitalised_words(text)
    for quote in quotes:
        speaker = _nominative(gate(quote.speaker, text, entities), text, entities, text_words)
        if cannot_speak(speaker, text, entities):
            speaker = None
        out.append(quote if speaker == quote.speaker else replace(quote, speaker=speaker))
    return out
