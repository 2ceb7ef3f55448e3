"""A person's gender from their first name or from how the text declines their name.

Why: a person of no gender fits every pronoun: «— поинтересовалась она» went to Жозеп
Боррель. A surname of both genders («Грушко», «Матвиенко») or one the dictionary does not
know leaves the gender open, but a first name the dictionary holds for one gender only
(«Александр», «Валентина») settles it; and Russian declines a man's name that ends in a
consonant («Жозепа Борреля», «Боррелю») and never a woman's («Лиз Трасс»), so a
consonant-final name seen with a case ending is a man's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.content.mentions import Mention, Person, with_persons
from bot.content.morph import PERSON_GRAMS, known, parses

# A man's case endings after a final consonant («Жозеп» → «Жозепа», «Жозепу», «Жозепом»)
# and after a soft sign or «й», which they replace («Боррель» → «Борреля», «Боррелю»).
_HARD_ENDINGS = ("а", "у", "ом", "е")
_SOFT_ENDINGS = ("я", "ю", "ем", "е")
VOWELS = frozenset("аеёиоуыэюя")
CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
# A man's foreign surname's endings by case, hard stem and soft: «Мерца», «Эрлихом»,
# «Скрипаля», «Милея», «Макеем» (after «ц», «ж», «ш», «ч», «щ» «-ем» is the hard ending).
_MAN_CASE_ENDINGS = {
    "gent": ("я", "а"),
    "accs": ("я", "а"),
    "datv": ("ю", "у"),
    "ablt": ("ем", "ём", "ом"),
}
_HUSHING = "цжшчщ"
# What is left of an adjectival surname («Зеленскому», «Вяземском») once a noun's ending is cut.
_ADJECTIVAL_END = re.compile(r"[сц]к[а-яё]{0,2}$")


def man_stem_nominative(word: str, case: str | None) -> str | None:
    """The nominative of a man's name word in an oblique `case` by its regular ending: its
    stem, soft ones with «-ь» («Скрипаля» → «Скрипаль») or «-й» after a vowel («Милея» →
    «Милей», «Абия» → «Абий»), never a guess's own nominative («Мерца» is no «Мерец»). None
    when its ending is no man's ending of that case, or an adjective's («Зеленскому»).
    One rule for both places that read such a name: beside a first name in a title's case
    (persons) and after a case frame (name_case)."""
    ending = next((e for e in _MAN_CASE_ENDINGS.get(case or "", ()) if word.endswith(e)), None)
    stem = word[: -len(ending)] if ending else ""
    if ending is None or len(stem) < 3 or stem[-1] in "йь" or _ADJECTIVAL_END.search(stem):
        return None  # «Зеленскому», «Зеленском»: an adjective's endings, not a noun's
    if stem[-1] in VOWELS:
        return stem + "й" if ending in ("я", "ю", "ем") else None
    soft = ending in ("я", "ю", "ём") or (ending == "ем" and stem[-1] not in _HUSHING)
    return stem + "ь" if soft else stem


def declined_as_man(part: str, word: str) -> bool:
    """Whether `word` is `part`, a name ending in a consonant, with a man's case ending."""
    if len(part) < 3 or not part[-1].isalpha():
        return False
    if part[-1] in "ьй":
        return any(word == part[:-1] + ending for ending in _SOFT_ENDINGS)
    if part[-1].lower() in VOWELS:
        return False
    return any(word == part + ending for ending in _HARD_ENDINGS)


# The oblique endings of a name in «-а»/«-я» (the first declension: «Ламамра» → «Ламамры»,
# «Ламамре», «Ламамру», «Ламамрой»; «Небензя» → «Небензи», «Небензю», «Небензей»).
_A_ENDINGS = ("ы", "е", "у", "ой", "ою")
_YA_ENDINGS = ("и", "е", "ю", "ей", "ею")


def declined_form(surname: str, word: str) -> bool:
    """Whether `word` is `surname` in an oblique case by a regular ending: a man's after a
    consonant (`declined_as_man`: «Лукашевича»), or the first declension's after «-а»/«-я»
    («Ламамры», «Небензи») — any surname's own oblique form, never another word."""
    if declined_as_man(surname, word):
        return True
    if len(surname) < 4 or surname[-1] not in "ая" or surname[-2:-1] in VOWELS:
        return False
    endings = _A_ENDINGS if surname[-1] == "а" else _YA_ENDINGS
    return any(word == surname[:-1] + ending for ending in endings)


def _man_by_declension(person: Person, forms: set[str]) -> bool:
    parts = person.name.split()
    return any(declined_as_man(part, word) for part in parts for word in forms)


def _given_name_gender(person: Person) -> str | None:
    """The gender of a person's first name when the dictionary holds it, in the nominative,
    for one gender only («Александр», «Валентина»; not «Саша», nor «Кэролайн»). A woman's only
    in «-а»/«-я»: the dictionary reads men's foreign names as women's («Эммануэль»)."""
    words = person.name.split()
    if len(words) < 2:
        return None
    genders = {
        g
        for p in parses(words[0].lower())
        if p.has("Name", "nomn") and p.dictionary
        for g in ("masc", "femn", "ms-f")
        if p.has(g)
    }
    if genders == {"femn"} and words[0][-1] in "ая":
        return "femn"
    return "masc" if genders == {"masc"} else None


def declined_genders(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a gender given to every person of unknown gender whose first name
    says it, or whose consonant-final name the text declines as a man's."""
    forms: dict[Person, set[str]] = {}
    for m in mentions:
        if m.person is not None and m.person.gender is None:
            forms.setdefault(m.person, set()).update(text[m.start : m.end].split())
    found: dict[Person, Person] = {}
    for person, seen in forms.items():
        # the text's own declension first: «Эммануэлем Макроном» is a man whatever the
        # dictionary says of «Эммануэль»
        gender = "masc" if _man_by_declension(person, seen) else _given_name_gender(person)
        if gender is not None:
            found[person] = replace(person, gender=gender)
    return with_persons(mentions, found)


# The endings no Russian oblique case of a name takes, but after a consonant as the genitive
# of a name in «-я» («Такэси» as «Такэся», «Асумани» as «Асуманя») or after a velar of one in
# «-а», and no case at all («-о», «-э»): foreign names keep them in every case.
_UNDECLINED_ONLY = ("и", "о", "э")
_ADJECTIVE_GENITIVES = ("ого", "его")
# The consonants before a final «-и» that is no genitive of a name in «-а» («Суги», «Ольги»:
# after a velar or a hushing one «-и» stands for «-ы»).
_HARD_I_STEMS = CONSONANTS - frozenset("гкхжшчщ")
_CAPITALISED = re.compile(r"[А-ЯЁ][а-яё]+")


def fold(word: str) -> str:
    """A word compared as the text may write it: case and «ё» ignored."""
    return word.lower().replace("ё", "е")


def _surely_oblique(word: str) -> bool:
    """Whether the dictionary itself reads `word` as a person's name, and only in an oblique
    case («Василия», «Марии»): the name beside it is declined too."""
    named = [p for p in parses(word.lower()) if p.dictionary and p.grams & PERSON_GRAMS]
    return bool(named) and not any(p.has("nomn") for p in named)


def _guessed_form(written: str, read: str, text_words: set[str]) -> bool:
    """Whether `read`, a name word's nominative, came from a mere guess at `written` as an
    oblique case: written in «-и», «-о», «-э», no dictionary reading of it has that
    nominative, and the text never writes it."""
    if fold(written) == fold(read) or not _CAPITALISED.fullmatch(written):
        return False
    if read.endswith("ь"):
        return False  # «Асели» of «Асель»: a soft-sign name's real genitive, no invention
    if not written.endswith(_UNDECLINED_ONLY) or written.endswith(_ADJECTIVE_GENITIVES):
        return False  # «Салуцкого»: an adjectival surname's genitive
    if known(written) or (written.endswith("и") and written[-2] not in _HARD_I_STEMS):
        return False  # «Безопасности», «Каи» of «Кая», «Суги» of «Суга»: a real case
    return fold(read) not in text_words


def _as_written_person(person: Person, written: list[str], text_words: set[str]) -> Person | None:
    """`person` with every name word read from a guess at an undeclined written word put back
    as written; None when no word is."""
    name = person.name.split()
    if len(name) != len(written) or any(_surely_oblique(w) for w in written):
        return None
    new = [w if _guessed_form(w, n, text_words) else n for w, n in zip(written, name, strict=True)]
    if new == name:
        return None
    surname = new[-1] if person.surname == name[-1] else person.surname
    return Person(" ".join(new), surname, person.gender, person.keys | {surname.lower()})


def undeclined_as_written(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with names never invented: «заявил президент Коморских островов Асумани
    Азали» is no «Асуманя Азали», «Такэси Иваи» no «Такэся». A foreign name word in «-и»,
    «-о», «-э» the dictionary only guesses at as an oblique case keeps its written form,
    unless the text itself writes the nominative guessed or the dictionary reads another word
    of the name in an oblique case only («Василия Небензи»: the name is declined)."""
    text_words = {fold(w) for w in re.findall(r"[А-ЯЁа-яё]+", text)}
    found: dict[Person, Person] = {}
    for m in mentions:
        if m.person is not None and m.person not in found:
            new = _as_written_person(m.person, text[m.start : m.end].split(), text_words)
            if new is not None:
                found[m.person] = new
    return with_persons(mentions, found)
