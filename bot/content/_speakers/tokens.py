"""The words of an attribution clause and its speech verb.

Why apart: every step of speaker resolution (and the attribution rules, title and introduction
code) reads a clause as `Token`s and asks whether a word is a speech or naming `Verb`, with
its gender and number; one definition serves them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.content.lexicon import (
    CONVINCED_VERBS,
    IMPERSONAL_VERBS,
    SPEECH_VERBS,
    SPOKESMAN_ROLES,
    role_of,
)
from bot.content.morph import may_have_normal, parses

_TOKEN = re.compile(r"[А-ЯЁа-яёA-Za-z]+(?:-[А-ЯЁа-яёA-Za-z]+)*|[,;:()«»\"„“”]")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Verb:
    """A speech verb found in a clause, with what its form says about the speaker."""

    token: Token
    gender: str | None
    plural: bool
    impersonal: bool


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end], at their offsets in `text`. Matched in place (the token
    pattern looks neither behind nor ahead), not on a copy of the slice: it is asked some
    sixty times a text, often of a long stretch."""
    if start < 0 or end < 0:  # a slice counted from the end
        return tokens(text, *slice(start, end).indices(len(text))[:2])
    return [Token(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, end)]


def word_tokens(text: str, start: int, end: int) -> list[Token]:
    """The words of text[start:end]: its tokens that open with a letter (no punctuation, no
    numbers) — what the rules count and read when they ask which words stand in a stretch."""
    return [t for t in tokens(text, start, end) if t.text[:1].isalpha()]


def speech_verb(token: Token) -> Verb | None:
    """The token as a speech verb (any person, gender, past or present tense), or None.

    A future form never attributes a quotation: "где он продолжит работу" is no
    "— продолжил он"."""
    if not token.text[:1].isalpha() or not may_have_normal(token.lower, SPEECH_VERBS):
        return None
    for p in parses(token.lower):
        if "futr" in p.grams:
            continue
        if p.normal in SPEECH_VERBS and p.pos in ("VERB", "PRTS", "ADJS", "INFN", "GRND"):
            gender = "femn" if "femn" in p.grams else "masc" if "masc" in p.grams else None
            passive = p.pos == "PRTS" and p.normal not in CONVINCED_VERBS
            impersonal = p.normal in IMPERSONAL_VERBS or passive
            return Verb(token, gender, "plur" in p.grams, impersonal)
    return None


def finite_verb(word: str) -> bool:
    """A verb in the indicative («скрылся», «вернулся»), not a participle or a noun."""
    found = parses(word)
    return bool(found) and found[0].pos == "VERB" and "indc" in found[0].grams


def naming_verb(token: Token) -> Verb:
    """ "назвал", "назвала", "назвали" as a speech verb: its form tells the speaker."""
    found = next((p for p in parses(token.lower) if p.pos == "VERB"), None)
    grams = found.grams if found else frozenset()
    gender = "femn" if "femn" in grams else "masc" if "masc" in grams else None
    return Verb(token, gender, "plur" in grams, False)


Answer = tuple[bool, str | None]


def closing_attribution(toks: list[Token]) -> bool:
    """Whether the words up to a mention, after their last comma, open with a speech verb in
    the indicative and name a spokesman's role («…, о чем ранее сообщил министр Андрей
    Дещица, сообщила пресс-секретарь ОБСЕ Кэти Бертон»): the mention is the subject of the
    sentence's own closing attribution, who speaks for the one the sentence is about and says
    all of it — never a person inside the relative or «что» clause before that comma, nor one
    whom that clause's owner stands for. Only a spokesman (lexicon SPOKESMAN_ROLES): a
    journalist or an outlet closing the sentence («X пообещал …, сообщил корреспондент CNN
    Y») relays X's statement, and X keeps the words and the pronoun after them."""
    comma = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].text == ","), None)
    if comma is None or comma + 1 >= len(toks):
        return False
    verb = speech_verb(toks[comma + 1])
    if verb is None or verb.impersonal or not finite_verb(verb.token.lower):
        return False
    return any(role_of(t.text) in SPOKESMAN_ROLES for t in toks[comma + 2 :])
