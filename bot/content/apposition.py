"""The case of a name that does not decline, read from the words before it.

Why: a foreign name («Марко Рубио», «Ван И», «Аракчи») looks the same in every case, so the
name alone calls it nominative, and a later «он» or «— ответил представитель Кремля» falls
back on it as if it had been a subject. Russian says its case before it: in apposition to a
role noun («с заявлением госсекретаря США Марко Рубио»: genitive, like «госсекретаря»), as the
owner of someone's words («слова Рубио»), or after a preposition («с Рубио»). A mention whose
nearest word before it, within its clause, is one of those is no subject.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.content.lexicon import COMPOUND_PREPOSITIONS, PREPOSITIONS, WORDS_NOUNS, role_of
from bot.content.mentions import Mention
from bot.content.morph import lemma, parses

_CLAUSE_BREAK = re.compile(r"[.,;:!?«»\"“”„()\n—–]")
_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z-]+")
_LOOK_BACK = 60  # characters before a name where the word that governs it is


def governing_word(text: str, start: int, names: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The nearest lowercase word before `start` in its clause, skipping capitalised words
    of a title («госсекретаря США Марко»); None when the clause opens with the name or
    another person's name comes first («с Блинкеном Лавров»: «с» governs Блинкен). A
    preposition with a capitalised word after it governs that word, a place ending the title
    («Посол Республики Корея в России Пак Ро Бёг»), so the search goes on before it."""
    lo = max(0, start - _LOOK_BACK)
    window = text[lo:start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(window)), default=0)
    skipped = False  # a capitalised word stands between the name and the word reached
    for m in reversed(list(_WORD.finditer(window, cut))):
        at = lo + m.start()
        if any(a <= at < b for a, b in names):
            return None
        word = m.group(0)
        if word[:1].islower() and not (skipped and word in PREPOSITIONS):
            return word
        skipped = skipped or word[:1].isupper()
    return None


@lru_cache(maxsize=16384)
def oblique_by_context(word: str) -> bool:
    """Whether a name right after `word` cannot be a subject: a preposition, a noun for
    someone's words, or a role or person noun with no nominative reading («госсекретаря»,
    «послу», «дирижера»). Cached: asked of the word before every mention."""
    low = word.lower()
    if low in PREPOSITIONS or lemma(low) in WORDS_NOUNS:
        return True
    if role_of(low) is None:
        return _person_noun_oblique(low)
    return not any("nomn" in p.grams for p in parses(low) if p.pos == "NOUN")


def _person_noun_oblique(low: str) -> bool:
    """ "вокруг дирижера Валерия Гергиева": a noun for a person (no role of the lexicon) whose
    every reading is an oblique singular puts the name after it in its case too."""
    nouns = [p for p in parses(low) if p.pos == "NOUN"]
    return (
        bool(nouns)
        and all(p.has("anim") and p.has("sing") and not p.has("nomn") for p in nouns)
        and all(p.grams & {"Name", "Surn", "Patr"} == set() for p in nouns)
    )


def surely_nominative(word: str) -> bool:
    """Whether every reading of `word` as a declining name is nominative: then its own ending
    tells its case («Дмитрий Песков» after «пресс-секретарь российского лидера» is a subject
    all the same), while «Токаева» (a woman's nominative or a man's genitive) needs context."""
    readings = [  # a person's name is singular: «Лавров» is no genitive plural of «Лавр»
        p
        for p in parses(word.lower())
        if (p.has("Name") or p.has("Surn")) and not p.grams & {"Fixd", "plur"}
    ]
    return bool(readings) and all("nomn" in p.grams for p in readings)


_NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


def name_surely_nominative(words: list[str]) -> bool:
    """Whether a name of several words can only be in the nominative: a word of it surely is
    (`surely_nominative`), or the cases its words share in one gender are the nominative
    alone — «Любовь Чистякова» after «пресс-секретарь губернатора» («Любовь» may be an
    accusative, «Чистякова» a man's genitive, but a woman's «Любовь» agrees with no case of
    «Чистякова» but the nominative). A word the dictionary holds as no name (or as an
    undeclined one: «Мао», «Рубио») may be in any case of either gender."""
    if any(surely_nominative(w) for w in words):
        return True
    shared: set[str] = set()
    for gender in ("masc", "femn"):
        cases = set(_CASES)
        for word in words:
            cases &= _name_cases(word, gender)
        shared |= cases
    return shared == {"nomn"}


def _name_cases(word: str, gender: str) -> frozenset[str]:
    """The cases `word` reads in as a singular name of `gender`: all of them for a word the
    dictionary holds as no name, or as an undeclined one."""
    readings = [p for p in parses(word.lower()) if p.grams & _NAME_GRAMS and not p.has("plur")]
    if not readings or any(p.has("Fixd") for p in readings):
        return _CASES
    return frozenset(c for p in readings if p.has(gender) for c in p.grams & _CASES)


_COMPOUNDS = "|".join(p.replace(" ", r"[ \t]+") for p in COMPOUND_PREPOSITIONS)
_COMPOUND = re.compile(rf"(?<![\w-])(?:{_COMPOUNDS})[ \t]+$", re.IGNORECASE)


def after_compound(text: str, start: int) -> bool:
    """Whether a compound preposition (lexicon COMPOUND_PREPOSITIONS) stands right before
    `start`: «высказался в поддержку Монкаде» puts the name in the genitive, whatever its
    own undeclined form says — one spoken for, never the clause's subject."""
    return _COMPOUND.search(text, max(0, start - 40), start) is not None


def mark_oblique(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with `nominative` cleared where a name whose case its own words do not
    settle follows a word that governs an oblique case."""
    out: list[Mention] = []
    names = tuple((m.start, m.end) for m in mentions)
    for m in mentions:
        words = _WORD.findall(text[m.start : m.end])
        if m.nominative and not name_surely_nominative(words):
            word = governing_word(text, m.start, names)
            if (word is not None and oblique_by_context(word)) or after_compound(text, m.start):
                m = Mention(m.start, m.end, m.person, m.org, nominative=False)
        out.append(m)
    return out
