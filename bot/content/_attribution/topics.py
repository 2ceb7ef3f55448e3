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
from bot.content.lexicon import ACCORDING_NOUNS, POSSESSIVE_GENDERS, role_of
from bot.content.mentions import Mention
from bot.content.morph import lemma, parses
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
        m.nominative and m.person is not None and m.person.name == who and _dash_clause(c, m)
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


# A dash opening an attribution inside a span (after a space or the words' own comma or
# stop: «…говорю,— пояснил Лукашенко»), up to the name it gives.
_DASH_BEFORE = re.compile(r"[\s,.!?…][–—-][ \t]*(?P<clause>[^–—.!?…«»\"\n]{0,60})$")
_CLAUSE_AFTER = 30  # characters after the name where its verb may stand («— Лавров сказал»)


def _dash_clause(c: SpanContext, m: Mention) -> bool:
    """Whether the nominative mention `m` inside the span stands in a dash clause with a
    speech verb («…. — отметил Джайшанкар. — …»: the attribution the span holds), not in the
    quoted words themselves («… первый визит Владимир Путин в должности президента
    осуществил в Минск …» is about him, in a nominative a site's typo may give)."""
    dash = _DASH_BEFORE.search(c.text, max(c.span.open, m.start - 80), m.start)
    if dash is None:
        return False
    hi = min(m.end + _CLAUSE_AFTER, c.span.close)
    return _speech_between(c, dash.start("clause"), m.start) or _speech_between(c, m.end, hi)


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


_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё-]+)[ \t]+$")
_FIRST_WORD = re.compile(r"[А-ЯЁа-яё-]+")


def _post_body_not_speaker(c: SpanContext, found: Found) -> Found:
    """The answer of a rule, with its body dropped (speaker unknown) when the quotation's
    sentence names that body only inside a post in an oblique case («Действия Лай Циндэ с
    момента вступления в должность главы администрации Тайваня подтверждают, что он …
    «саботажник мира»», «в ответе официального представителя МИД РФ Александра
    Лукашевича»): the body there only tells whose head or officer a person is — the one the
    words are about, or one the sentence names after it — and never says them itself. A post
    in the nominative («Глава МИД заявил», «представитель МИД сообщил») speaks for its body
    and is left alone, as is a body the sentence also names elsewhere."""
    who = found.speaker
    if not who or c.resolver.is_person(who):
        return found
    hi = sentence_end(c.text, c.span.close, c.para_hi) if c.span.close < c.para_hi else c.para_hi
    named = [m for m in c.resolver.entities.orgs if m.org == who and c.sent_lo <= m.start < hi]
    if named and all(_inside_oblique_post(c.text, m) for m in named):
        return Found(None, found.cut)
    return found


def _inside_oblique_post(text: str, mention: Mention) -> bool:
    """Whether a body's mention in the singular is the complement of a post noun (lexicon
    ROLES) in an oblique case of the singular right before it («главы администрации
    Тайваня», «представителя МИД»); never a plural post or body («разговор глав
    внешнеполитических ведомств», «главы внешнеполитических ведомств обсудили»)."""
    before = _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before is None or role_of(before.group(1)) is None:
        return False
    nouns = [p for p in parses(before.group(1).lower()) if p.pos == "NOUN"]
    if any(p.has("nomn", "sing") for p in nouns) or not any(p.has("sing") for p in nouns):
        return False  # «глава МИД»: the post speaks; «глав ведомств»: several posts
    first = _FIRST_WORD.match(text, mention.start)
    return first is not None and any(p.has("sing") for p in parses(first.group(0).lower()))
