"""One lazily created pymorphy3 analyser and cached word lookups.

Why: creating `MorphAnalyzer` costs ~150 ms and a parse costs tens of microseconds; the
analysis of one article looks up the same few hundred words again and again, so the analyser
is created on first use and every lookup is memoised.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any


def word_set(words: str) -> frozenset[str]:
    """A vocabulary written as one whitespace-separated string."""
    return frozenset(words.split())


@cache
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@dataclass(frozen=True, slots=True)
class Parse:
    """The parts of a pymorphy3 parse the pipeline uses."""

    normal: str
    pos: str | None
    grams: frozenset[str]
    score: float
    raw: Any

    def has(self, *grams: str) -> bool:
        return self.grams.issuperset(grams)

    @property
    def dictionary(self) -> bool:
        """Whether the dictionary holds this reading itself, not a guess from the ending."""
        stack = self.raw.methods_stack
        return len(stack) == 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"


_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]{2,}")


@lru_cache(maxsize=65536)
def parses(word: str) -> tuple[Parse, ...]:
    """Every parse of `word` (lower-cased lookup), best first.

    A word of Cyrillic letters only is parsed from its lower case: pymorphy3 reads such a word
    from its lower case alone (only one capital letter, an initial, or a Latin, hyphenated or
    numeric word reads otherwise), and callers ask both «Лавров» and «лавров», so one parse
    serves both (the capitalised key is cached too, so a repeated lookup stays one hit)."""
    if not word.islower() and _CYRILLIC_WORD.fullmatch(word):
        return parses(word.lower())
    try:
        found = _analyzer().parse(word)
    except (ValueError, KeyError):  # pymorphy3 fails on characters without a Unicode name
        return ()
    return tuple(Parse(p.normal_form, *_tag_parts(str(p.tag)), p.score, p) for p in found)


@cache
def _tag_parts(tag: str) -> tuple[str | None, frozenset[str]]:
    """A pymorphy3 tag's part of speech and grammemes, read from its text once per process.

    Why: read from each parse, the part of speech costs a set intersection and a new object
    of pymorphy3's checked grammeme type, whose every `==` runs Python code; a plain string
    compares in C. The dictionary's tags are a few hundred: a table of the grammar, like the
    lexicon's forms, not of words (bench.ingest's cold words clear the words' caches only)."""
    parsed = _analyzer().TagClass(tag)
    pos = parsed.POS
    return (None if pos is None else str(pos)), frozenset(parsed.grammemes)


def sole_gender(readings: Iterable[Parse]) -> str | None:
    """The one gender ("masc" or "femn") the given dictionary readings share, or None when
    they have none or both: a name or title is gendered only when its readings agree."""
    genders = {g for p in readings for g in ("masc", "femn") if g in p.grams}
    return genders.pop() if len(genders) == 1 else None


def patronymic(word: str) -> bool:
    """Whether the dictionary reads `word` as a patronymic («Сергеевич», «Ивановна»): the one
    test of a middle name, so a label, an address and a person's name agree on it."""
    return any(p.has("Patr") for p in parses(word.lower()))


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The most likely normal form of `word`, lower-cased."""
    found = parses(word)
    return found[0].normal if found else word.lower()


@lru_cache(maxsize=65536)
def known(word: str) -> bool:
    """Whether the dictionary holds `word` itself, not only a guess from its ending."""
    try:
        return bool(_analyzer().word_is_known(word.lower()))
    except (ValueError, KeyError):
        return False


@cache
def lexeme_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """Every dictionary form («ё» written «е») of every word whose normal form is one of
    `lemmas`: a table built once per process for `may_have_normal`."""
    forms: set[str] = set()
    for normal in lemmas:
        for p in _analyzer().parse(normal):
            if p.normal_form == normal:
                forms.update(str(f.word).replace("ё", "е") for f in p.lexeme)
    return frozenset(forms)


def may_have_normal(word: str, lemmas: frozenset[str]) -> bool:
    """Whether a parse of `word` may have its normal form in `lemmas`; False means none has.

    Why: the speech-verb checks ask it of every word of every quotation, and a parse costs
    ~10 µs where this costs one set lookup. pymorphy3 gives a dictionary word its dictionary
    readings only, each one of a lexeme whose forms `lexeme_forms` holds; a word the
    dictionary lacks may be guessed as anything, so it says True and the word is parsed."""
    lower = word.lower()
    return lower.replace("ё", "е") in lexeme_forms(lemmas) or not known(lower)


# The grammemes of a reading as a person's name: a first name, a surname, a patronymic.
PERSON_GRAMS = frozenset({"Name", "Surn", "Patr"})
_NAME_GRAMS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"})
_PLACE_GRAMS = frozenset({"Geox", "Orgn"})


def place_over_plural_name(found: Sequence[Parse]) -> bool:
    """Whether a word the dictionary holds as a place in the singular reads as a person only
    in the plural («Ливан»: the genitive plural of the given name «Ливана», as likely as the
    country by the dictionary's scores): a plural names no one person, so the place wins at
    any score («Лион», a man's name in the singular too, stays a name)."""
    persons = [p for p in found if p.grams & PERSON_GRAMS]
    return (
        bool(persons)
        and all(p.has("plur") for p in persons)
        and any(p.has("sing") and p.grams & _PLACE_GRAMS and p.dictionary for p in found)
    )


@lru_cache(maxsize=65536)
def place_genitive_first(word: str) -> Parse | None:
    """The likeliest reading of `word` when it is a place in the genitive («Украины»,
    «Израиля»), else None: a state's genitive ends a title's chain and tells whose a body is,
    and both the entity finder and the person finder ask it, with their own further tests."""
    first = parses(word)[:1]
    return first[0] if first and first[0].has("Geox", "gent") else None


def common_noun(word: str) -> bool:
    """Whether `word`'s best reading is a dictionary noun in the nominative singular that is no
    name ("издание", "парламентарий"): capitalised at a sentence start, it is still no name.
    "песков" (a genitive plural of "песок") and guessed foreign words are not."""
    found = parses(word.lower())
    if not found:
        return False
    best = found[0]
    from_dictionary = type(best.raw.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
    return (
        from_dictionary
        and best.pos == "NOUN"
        and best.has("nomn", "sing")
        and not best.grams & _NAME_GRAMS
    )


def adjective(word: str) -> bool:
    """Whether `word` reads first as an adjective or a participle («американским»)."""
    found = parses(word.lower())
    return bool(found) and found[0].pos in ("ADJF", "PRTF")


@lru_cache(maxsize=16384)
def inflect(word: str, grams: frozenset[str], want: frozenset[str]) -> str | None:
    """`word` inflected to `want`, from its first parse carrying all of `grams`; None if none."""
    for p in parses(word):
        if grams <= p.grams:
            changed = p.raw.inflect(set(want))
            return str(changed.word) if changed is not None else None
    return None


def restore_case(template: str, word: str) -> str:
    """Give `word` the capitalisation of `template` (ALL CAPS, Capitalised, or lower), and
    its spelling of е/ё."""
    if "ё" not in template.lower():  # the text's own spelling: "Анналена", not "Анналёна"
        word = word.replace("ё", "е").replace("Ё", "Е")
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return word
