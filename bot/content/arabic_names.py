"""Arabic name chains: «Мухаммед бен Заид Аль Нахайян» is one person, named whole.

Why: the finders read a first name and a surname, so a chain of a given name, «бен» and the
father's name, and the family's «Аль …» fell apart: «Мухаммед бен Заид» and «Аль Нахайян»
became two people, a genitive chain («Мухаммеда бен Абдель Рахмана Аль Тани») was cut to
«Мухаммеда бен Абдель», and the quotations went to a part of the name (own-dev-31: 8 of 12
wrong names). A chain is read whole, in the text's order, every declined word in the
nominative of the case its given name stands in; a shorter chain of the same given and
father's names («шейх Мухаммед бен Заид») and the family alone («Аль Нахайян») are the same
person when the text names one such family only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.content.lexicon import (
    ARABIC_FAMILY_ARTICLES,
    ARABIC_LINKS,
    ARABIC_NAME_PREFIXES,
    GLUED_ARTICLES,
    NAME_OBLIQUE_ENDINGS,
)
from bot.content.mentions import Person
from bot.content.morph import common_noun, parses
from bot.content.name_case import word_nominative

_CAP = r"[А-ЯЁ][а-яё]+"
_PREFIX = "|".join(ARABIC_NAME_PREFIXES)
_ARTICLE = "|".join(ARABIC_FAMILY_ARTICLES)
_GLUED = "|".join(GLUED_ARTICLES + tuple(a.lower() for a in ARABIC_FAMILY_ARTICLES))
# A name word, after a prefix with its glued article too: «Абд ар-Рахман», «Абдель аль-Азиз»
# (the chain goes on to the family after it: «Мухаммад бин Абд ар-Рахман Аль Тани»).
_NAME = rf"(?:(?:{_PREFIX}) (?:(?:{_GLUED})-)?)?{_CAP}"
_FAMILY = rf"(?:(?:{_ARTICLE}) {_CAP}|(?:{_ARTICLE}|{_GLUED})-{_CAP})"
_LINK = "|".join(ARABIC_LINKS)
_CHAIN = re.compile(
    rf"(?<![\w-])(?P<given>{_NAME})(?: (?:{_LINK}) {_NAME})+(?: (?P<family>{_FAMILY}))?(?![\w-])"
)
_FAMILY_ALONE = re.compile(rf"(?<![\w-]){_FAMILY}(?![\w-])")
_FATHER_ALONE = re.compile(rf"(?<![\w-])(?:{_LINK}) {_NAME}(?![\w-])")
_OBLIQUE = ("gent", "datv", "ablt", "loct")


@dataclass(frozen=True)
class Chain:
    """A person's mention found here: where, the person, whether written in the nominative."""

    start: int
    end: int
    person: Person
    nominative: bool


def _case_of(given: str, others: list[str]) -> str | None:
    """The oblique case a chain stands in: one its given name reads in as a man's name
    («Мухаммеда», «Файсала»: the genitive) and a later word of the chain declines in
    («Рахмана», «Сауда»); None for a given name the dictionary holds as a man's nominative
    («Халид», «Абдалла») or a chain no later word of which is declined («Абдалла бен Заид»):
    the chain is as written."""
    named = [p for p in parses(given.lower()) if p.has("Name", "masc") and not p.has("plur")]
    if any(p.dictionary and p.has("nomn") for p in named):
        return None
    for case in _OBLIQUE:
        if any(p.has(case) for p in named) and any(_declined(w, case) for w in others):
            return case
    return None


def _declined(word: str, case: str) -> bool:
    """Whether `word` reads as a man's name in `case` with a nominative of its own."""
    found = word_nominative(word.split("-")[-1], case, "masc")
    return found is not None and found != word.split("-")[-1]


def _nominative(word: str, case: str | None) -> str:
    """A chain's word in the nominative: a prefix, a link, an article as written, a glued
    family name by its part after the hyphen («Аль-Кавари»)."""
    if case is None or word in ARABIC_NAME_PREFIXES or (word[:1].islower() and "-" not in word):
        return word  # «аль-Азиза» after «Абд» declines by its part after the hyphen
    head, _, tail = word.rpartition("-")
    if head:
        return f"{head}-{word_nominative(tail, case, 'masc') or tail}"
    if word in ARABIC_FAMILY_ARTICLES:
        return word
    return word_nominative(word, case, "masc") or word


def _given(m: re.Match[str]) -> bool:
    """Whether a chain's given name is no common word opening a sentence («Позиция бен
    Сальмана известна»: the chain is «бен Сальмана» alone)."""
    return not common_noun(m.group("given").split()[-1])


def _chain_case(m: re.Match[str]) -> str | None:
    """The case the whole chain stands in, read from its given name against the chain's other
    capitalised words (articles and «бен» left out): one case for every word, so a genitive
    chain is put into the nominative whole, never word by word."""
    given = m.group("given").split()
    later = m.group(0).split()[len(given) :]
    others = [w for w in later if w[:1].isupper() and w not in ARABIC_NAME_PREFIXES]
    return _case_of(given[-1], [w for w in others if w not in ARABIC_FAMILY_ARTICLES])


def _chain_name(m: re.Match[str]) -> tuple[str, str | None]:
    """The chain's name in the nominative, and its family part so (None without one)."""
    words = m.group(0).split()
    case = _chain_case(m)
    name = " ".join(_nominative(w, case) for w in words)
    family = m.group("family")
    if family is None:
        return name, None
    return name, " ".join(name.split()[-len(family.split()) :])


def _family_form(written: str, family: str) -> bool:
    """Whether `written` («Аль Нахайяна») is `family` («Аль Нахайян») as written or with a
    case ending."""
    return written == family or (
        written.startswith(family) and written[len(family) :] in NAME_OBLIQUE_ENDINGS
    )


def find_chains(text: str) -> list[Chain]:
    """Every Arabic name chain of `text` and every shorter mention of its person."""
    found = [(m, *_chain_name(m)) for m in _CHAIN.finditer(text) if _given(m)]
    people: dict[str, Person] = {}
    families: dict[str, set[Person]] = {}
    for _m, name, family in sorted(found, key=lambda f: -len(f[1])):
        longer = next((p for n, p in people.items() if n.startswith(name + " ")), None)
        person = longer or people.get(name)
        if person is None:
            last = name.split()[-1].split("-")[-1]  # «аль-Аттыйя»: the family name «Аттыйя»
            person = Person(name, last, "masc", frozenset({last.lower()}))
        people[name] = person
        if family is not None:
            families.setdefault(family, set()).add(person)
    out = [Chain(m.start(), m.end(), people[name], _chain_case(m) is None) for m, name, _f in found]
    out += _short_forms(text, out, families, list(people.values()))
    return sorted(out, key=lambda c: c.start)


def _short_forms(
    text: str, chains: list[Chain], families: dict[str, set[Person]], people: list[Person]
) -> list[Chain]:
    """Mentions of a chain's person by the family alone («Аль Нахайян») or by «бен» and the
    father's name alone («— заявил бен Заид»), when one person of the text has it."""
    taken = [(c.start, c.end) for c in chains]
    out: list[Chain] = []
    for m in _FAMILY_ALONE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        matched = {p for f, ps in families.items() if _family_form(m.group(0), f) for p in ps}
        if len(matched) == 1:
            out.append(Chain(m.start(), m.end(), matched.pop(), m.group(0) in families))
    for m in _FATHER_ALONE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        father = {p for p in people if _family_form(m.group(0), _father_of(p.name))}
        if len(father) == 1:
            person = father.pop()
            out.append(Chain(m.start(), m.end(), person, m.group(0) == _father_of(person.name)))
    return out


def _father_of(name: str) -> str:
    """«бен Заид» of «Мухаммед бен Заид Аль Нахайян»: the first link and the word after it."""
    m = re.search(rf"(?<![\w-])(?:{_LINK}) {_NAME}", name)
    return m.group(0) if m else "\0"
