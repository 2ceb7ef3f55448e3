"""A person a quotation is about is not who said it: «Кандидатура Бориса Грызлова …», — сказал он.

Why apart: applied to every rule's answer (`classify`), like `_not_reported_of`: whichever
rule chose a person (a pronoun carried on, a role, a fallback), a quotation that names that
person in the third person, or a sentence that reports what its speaker said *about* that
person («По его словам, Мезенцев возглавляет …»), makes him the topic of the words, never
their speaker — unless the sentence itself names him where a speaker stands.
"""

from __future__ import annotations

import re

from bot.content._attribution.context import Found, SpanContext
from bot.content.layout import sentence_end
from bot.content.lexicon import ACCORDING_NOUNS, POSSESSIVE_GENDERS
from bot.content.morph import lemma
from bot.content.speakers import speech_verb, tokens

# «По его словам, …», «По ее мнению, …», «С его слов, …», «На его взгляд, …»: whose words
# the sentence reports, by a possessive pronoun; after «по» only a noun of lexicon
# ACCORDING_NOUNS («По его приказу,», «По его данным,» report nobody's words).
_POSSESSIVE = "|".join(POSSESSIVE_GENDERS)
_ACCORDING_PRONOUN = re.compile(
    rf"\s*(?:[Пп]о\s+(?:{_POSSESSIVE})\s+(?P<noun>[а-яё]+)|[Сс]\s+(?:{_POSSESSIVE})\s+слов"
    rf"|[Нн]а\s+(?:{_POSSESSIVE})\s+взгляд)\s*,"
)


def _topic_not_speaker(c: SpanContext, found: Found) -> Found:
    """The answer of a rule, with its person dropped (speaker unknown) when the quotation is
    about him: named inside it in the third person and nowhere else in its sentence («…
    кандидатура Бориса Грызлова …», — сказал он), or named after an opening «По его словам,»
    («По его словам, Мезенцев возглавляет Деловой совет и «…»»: «его» is someone else)."""
    who = found.speaker
    if who is None or not c.resolver.is_person(who):
        return found
    if _named_inside_only(c, who, found.cut) or _after_according_pronoun(c, who):
        return Found(None, found.cut)
    return found


def _named_inside_only(c: SpanContext, who: str, cut: tuple[int, int] | None) -> bool:
    """Whether the quotation names `who` (outside its own nested quotations and brackets)
    and the rest of its sentence never does — nor the attribution that interrupts it («…, —
    сказал Лавров, — …»): the words are about him, and nothing makes him the one who says
    them."""
    if who not in c.resolver.named_within(c.span.open):
        return False
    if any(  # «…. — отметил Джайшанкар. — …»: an attribution the span holds, no topic
        m.nominative and m.person is not None and m.person.name == who
        for m in c.resolver.entities.persons
        if c.span.open < m.start < c.span.close
    ):
        return False
    lo, hi = cut if cut is not None else (c.span.close, c.span.close)
    end = sentence_end(c.text, c.after_lo, c.para_hi)
    return not any(
        m.person is not None
        and m.person.name == who
        and (
            c.sent_lo <= m.start < c.span.open or lo <= m.start < hi or c.span.close < m.start < end
        )
        for m in c.resolver.entities.persons
    )


def _after_according_pronoun(c: SpanContext, who: str) -> bool:
    """Whether the sentence opens «По его словам,» and then names `who` before the quotation:
    a pronoun standing for him would not be followed by his own name as the subject of what
    he said — the reported clause is about him, its speaker is someone else (unless a speech
    verb after his name makes him speak within it)."""
    opening = _ACCORDING_PRONOUN.match(c.text, c.sent_lo, c.span.open)
    if opening is None or (opening["noun"] and lemma(opening["noun"]) not in ACCORDING_NOUNS):
        return False
    named = [
        m
        for m in c.resolver.entities.persons
        if m.person is not None and m.person.name == who and opening.end() <= m.start < c.span.open
    ]
    # «На ее взгляд, Эрдоган …, призывая народ …, так как «…»»: he speaks in the clause
    return bool(named) and not _speech_between(c, named[-1].end, c.span.open)


def _speech_between(c: SpanContext, lo: int, hi: int) -> bool:
    """Whether a speech verb or gerund stands in text[lo:hi]."""
    return any(speech_verb(t) is not None for t in tokens(c.text, lo, hi))
