"""A person's name is never given in an oblique case: «Александру Вучичу» names Александр Вучич.

Why: the finders read a first name and a surname one word at a time, and a name the dictionary
does not know keeps a form it guessed at: «поздравление Александру Вучичу» gave «Александра
Вучич» (the dictionary's woman's accusative of «Александра»), «встрече Александара Вучича»
and «Диалог Никола Пашиняна» kept both words in the genitive, and an interview's asker «МАРИИ
ЕФИМОВОЙ» was named as written. A name in an oblique case is a wrong name to the reader.

Two signs settle that a name is oblique:
- a man's surname with a man's case ending after a stem that is a surname of its own: one of
  the surnames a woman shares unchanged (lexicon BOTH_GENDER_SURNAME_ENDINGS: «Вучича»,
  «Пашиняну» — no woman is «Вучича»), or a stem the text itself writes alone («Пашинян
  ответил»); its first name then stands in that case too and is put in a man's nominative
  (`_given_nominative`);
- every word of the name is read, by the dictionary or its guesses, as a person's name in one
  oblique case and in no nominative («Марии Ефимовой»).
Such a name is put in the nominative when every word has a sure one; else, when the surname
alone is sure, the surname names the person; else the name is unsure (None) — never oblique.
"""

from __future__ import annotations

import re

from bot.content.declension import CONSONANTS, man_stem_nominative
from bot.content.lexicon import (
    ARABIC_FAMILY_ARTICLES,
    ARABIC_NAME_PREFIXES,
    BOTH_GENDER_SURNAME_ENDINGS,
)
from bot.content.mentions import Mention, Person, with_persons
from bot.content.morph import PERSON_GRAMS, Parse, parses, restore_case
from bot.content.name_case import dictionary_nominative

# The cases a man's surname ending tells (the accusative's endings are the genitive's).
_MAN_CASES = ("gent", "datv", "ablt")
# The oblique cases a whole name may be read in; never the prepositional, which needs its
# preposition («Берге Бренде» reads as one without being one).
_OBLIQUE_CASES = ("gent", "datv", "accs", "ablt")
_CAPITALISED = re.compile(r"[А-ЯЁ][а-яё]+")
# Any name's endings in a case, a man's or a woman's («Абдаллы», «Марии», «Ахмедом»).
_CASE_ENDINGS = {
    "gent": ("а", "я", "ы", "и"),
    "datv": ("у", "ю", "е", "и"),
    "ablt": ("ом", "ем", "ём", "ой", "ей", "ым", "им"),
}


def _man_surname(last: str, text_words: frozenset[str]) -> tuple[str, str, bool] | None:
    """(nominative, case, sure) of a man's surname in an oblique case: a man's ending after a
    stem no woman's surname in «-а» has (`sure`: «Вучича», «Пашиняну») or a stem the text
    writes alone («Пашинян»); None for any other word."""
    if not _CAPITALISED.fullmatch(last):
        return None
    for case in _MAN_CASES:
        stem = man_stem_nominative(last, case)
        if stem is None:
            continue
        sure = stem.lower().endswith(BOTH_GENDER_SURNAME_ENDINGS)
        if sure or stem in text_words:
            return stem, case, sure
    return None


def _names(word: str) -> list[Parse]:
    """The dictionary's own singular readings of `word` as a person's name."""
    return [
        p
        for p in parses(word.lower())
        if p.dictionary and p.grams & PERSON_GRAMS and not p.has("plur")
    ]


def _given_nominative(word: str, case: str, sure: bool) -> str | None:
    """A man's first (or middle) name beside his surname in `case`, in the nominative: the
    dictionary's man's name («Александру» → «Александр»), one it holds undeclined as written
    («Алемайеху»), a foreign one with the surname's case ending after a consonant cut
    («Никола» → «Никол», «Александара» → «Александар»; beside a surname no woman has, even one
    the dictionary reads as a woman's); a word in no ending of the case as written («Али»).
    None when the word is a woman's name or in an ending of the case («Абдаллы»)."""
    named = _names(word)
    if any(p.has("Fixd") for p in named):
        return word
    for c in ("gent", "accs") if case == "gent" else (case,):
        man = dictionary_nominative(word, c, "masc")
        if man is not None:
            return restore_case(word, man)
    stem = man_stem_nominative(word, case)
    woman = any(p.has("femn") for p in named)
    if stem is not None and stem[-1:] in CONSONANTS and (sure or not woman):
        return stem
    if named or stem is not None or word.lower().endswith(_CASE_ENDINGS[case]):
        return None  # «Абдаллы»: some name's ending of the case, its nominative unknown
    return word


def _hyphenated_given(word: str, case: str, sure: bool) -> str | None:
    """`_given_nominative` of a first name, part by part when hyphenated: each part declines
    («Касыма-Жомарта» → «Касым-Жомарт»)."""
    parts = [_given_nominative(part, case, sure) for part in word.split("-")]
    return None if None in parts else "-".join(p for p in parts if p is not None)


def _man_name(words: list[str], text_words: frozenset[str]) -> list[str] | None:
    """`words` (a name whose last word is the surname) in a man's nominative when the surname
    is a man's in an oblique case (`_man_surname`); the surname alone when only it is sure;
    None when the surname is no such form or its first name says a woman («Анна Петрова»
    beside a «Петров» the text names: her own surname)."""
    found = _man_surname(words[-1], text_words)
    if found is None:
        return None
    surname, case, sure = found
    out = []
    for word in words[:-1]:
        kept = not word[:1].isupper() or word in ARABIC_FAMILY_ARTICLES + ARABIC_NAME_PREFIXES
        given = word if kept else _hyphenated_given(word, case, sure)
        if given is None:
            return [surname] if sure else None
        out.append(given)
    return [*out, surname]


def _person_readings(word: str) -> list[Parse]:
    """Every singular reading of `word` as a person's name that declines, guesses too: an
    undeclined one («Муто» beside «Акира», a dictionary's oblique «Акир») tells no case."""
    return [
        p
        for p in parses(word.lower())
        if p.grams & PERSON_GRAMS and not p.has("plur") and not p.has("Fixd")
    ]


def _shared_oblique(words: list[str]) -> tuple[str, str] | None:
    """(case, gender) of a name every capitalised word of which reads as a person's name in
    one oblique case and gender, its first name one the dictionary holds in no nominative
    («Марии Ефимовой», «Сергея Лаврова»); None otherwise."""
    capitals = [w for w in words if w[:1].isupper()]
    if len(capitals) < 2 or not all(_CAPITALISED.fullmatch(w) for w in capitals):
        return None  # «Сергея ЛАВРОВА»: a surname in capitals is read by the finders
    readings = [_person_readings(w) for w in capitals]
    if not all(readings):
        return None
    first = _names(capitals[0])
    if not first or any(p.has("nomn") and not p.has("plur") for p in parses(capitals[0].lower())):
        return None  # a first name that may be a nominative («Мария»), or a guess («Хитоси»)
    for case in _OBLIQUE_CASES:
        for gender in ("masc", "femn"):
            if all(any(p.has(case, gender) for p in found) for found in readings):
                return case, gender
    return None


def _word_in_nominative(word: str, case: str, gender: str) -> str | None:
    """A name word's one nominative the dictionary gives in `case` and `gender`."""
    found = dictionary_nominative(word, case, gender)
    return None if found is None else restore_case(word, found)


def in_nominative(words: list[str], text_words: frozenset[str]) -> list[str] | None:
    """A person's name (`words`, the surname last) in the nominative: as given when it is no
    oblique form; put in the nominative when it is one (`_man_name`, `_shared_oblique`); None
    when it is oblique and no sure nominative exists. `text_words`: the text's capitalised
    words, where a surname's stem written alone shows its nominative."""
    if len(words) < 2:
        return words
    man = _man_name(words, text_words)
    if man is not None:
        return man
    shared = _shared_oblique(words)
    if shared is None:
        return words
    out = [_word_in_nominative(w, *shared) if w[:1].isupper() else w for w in words]
    return None if None in out else [w for w in out if w is not None]


def capitalised_words(text: str) -> frozenset[str]:
    """The capitalised words `text` writes (`in_nominative`'s `text_words`)."""
    return frozenset(_CAPITALISED.findall(text))


def nominative_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with every person whose name the finders left in an oblique case renamed in
    its nominative: read from the name itself («Никола Пашиняна» → «Никол Пашинян»), else
    from a mention written in as many words («Александру Вучичу» → «Александр Вучич»), unless
    the text writes the name as it is."""
    text_words = capitalised_words(text)
    found: dict[Person, Person] = {}
    for m in mentions:
        person = m.person
        if person is None or person in found or person.surname != person.name.split()[-1]:
            continue
        new = _renaming(person, person.name.split(), text_words)
        written = text[m.start : m.end].split()
        if new is None and len(written) == len(person.name.split()) and not _written(person, text):
            new = _renaming(person, written, text_words)
        if new is not None:
            found[person] = new
    return with_persons(mentions, found)


def _renaming(person: Person, words: list[str], text_words: frozenset[str]) -> Person | None:
    """`person` named by the nominative of `words` (`in_nominative`), a man when his
    surname's ending says so; None when that is no other name of as many words."""
    new = in_nominative(words, text_words)
    if new is None or new == words or " ".join(new) == person.name:
        return None  # no oblique form, or one read right already
    if len(new) != len(words):
        return None  # the surname alone is for a speaker (`in_nominative`): a person keeps more
    gender = "masc" if _man_name(words, text_words) is not None else person.gender
    surname = new[-1]
    return Person(" ".join(new), surname, gender, person.keys | {surname.lower()})


def _written(person: Person, text: str) -> bool:
    """Whether the text writes the person's name exactly as it is."""
    return re.search(rf"(?<![\w-]){re.escape(person.name)}(?![\w-])", text) is not None
