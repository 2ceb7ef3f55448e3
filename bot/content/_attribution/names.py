"""Quoted names and terms: «Сила Сибири», саммит «нормандской четвёрки», термин «…».

Why apart: a name or a term inside quotation marks is the commonest quoted span that is not
speech; this rule runs first and stops the others (NOT_SPEECH).
"""

from __future__ import annotations

from bot.content._attribution.clauses import _SO_CALLED
from bot.content._attribution.context import NOT_SPEECH, Outcome, SpanContext, kind_noun_before
from bot.content.lexicon import (
    ALLEGING_WORDS,
    DESIGNATION_NOUNS,
    NAME_HEADS,
    NAMED_THINGS,
    TERM_NOUNS,
    TEXT_NOUNS,
    TITLED_ACTS,
)
from bot.content.morph import lemma, parses
from bot.content.speakers import tokens, word_tokens

_NAME_POS = frozenset({"NOUN", "ADJF"})  # the head of a name: «нормандской четвёрки»
_LOWER_NAMED = NAMED_THINGS - TEXT_NOUNS  # kinds whose name may be a lowercase phrase
_ABOUT = frozenset({"о", "об"})


def _term_before(c: SpanContext) -> bool:
    """Whether the word right before the quotation is a term noun ("понятие", "термин")."""
    toks = c.toks_before[-1:]
    return (
        bool(toks)
        and toks[0].end == len(c.text[: c.span.open].rstrip())
        and any(p.normal in TERM_NOUNS for p in parses(toks[0].lower) if p.pos == "NOUN")
    )


def quoted_name(c: SpanContext) -> Outcome:
    """ "газопровод «Сила Сибири», — отметил Новак": a name inside a sentence, not speech.

    A quoted name opens with a capital; "альянса «[должны] увеличить…»" is speech even after a
    title noun."""
    if c.starts_sentence:
        return None
    if _term_before(c) or _SO_CALLED.search(c.before[-40:]) or _alleged_word(c):
        # "понятие «ежедневный брифинг госдепа»", "так называемой «российской угрозе»":
        # words cited as words, nobody's quotation
        return NOT_SPEECH
    after_word = c.before.rstrip()[-1:].isalnum()
    short_capital = after_word and c.n_words <= 3 and _capital_or_sign(c.inner.strip())
    named = _lower_title(c) or _named_kind(c) or _status_named(c) or _title_about(c)
    return NOT_SPEECH if c.titled or short_capital or named else None


def _alleged_word(c: SpanContext) -> bool:
    """ "делали заявления о якобы «вмешательстве» России": one lowercase word right after a
    word of doubt (lexicon ALLEGING_WORDS) is a scare quote, a term held at a distance."""
    toks = c.toks_before[-1:]
    return (
        c.n_words == 1
        and c.first_letter.islower()
        and bool(toks)
        and toks[0].end == len(c.text[: c.span.open].rstrip())
        and lemma(toks[0].lower) in ALLEGING_WORDS
    )


def _capital_or_sign(inner: str) -> bool:
    """A capital first letter, or no lowercase letter at all: «Россия 1», «1+1», «G7»."""
    return inner[:1].isupper() or not any(ch.islower() for ch in inner)


def _lower_title(c: SpanContext) -> bool:
    """ "саммит «нормандской четвёрки»", "формат «большой семёрки»": a lowercase noun phrase
    in the genitive or nominative right after a noun that names a kind of thing is its name,
    not anybody's words (a phrase opening with a verb, "альянса «должен увеличить…»", or an
    instrumental after a naming verb, "назвал соглашение «кабальным»", still may be)."""
    if not c.first_letter.islower() or c.n_words > 3:
        return False
    if not kind_noun_before(c.text, c.sent_lo, c.span.open, _LOWER_NAMED):
        return False
    words = [t.lower for t in word_tokens(c.inner, 0, len(c.inner))]
    if not words or not any(p.pos in _NAME_POS for p in parses(words[0])):
        return False
    head = parses(words[-1])[:1]  # the head noun: «большой восьмерки», «одного Китая»
    return any(p.pos in _NAME_POS and (p.has("gent") or p.has("nomn")) for p in head)


def _named_kind(c: SpanContext) -> bool:
    """ "шаги по продлению «зернового соглашения»", "о «мирной конференции»": adjectives and a
    noun that heads a name (an agreement, a conference, a format, an operation) are a name
    in quotation marks, in any case, whoever's sentence it stands in."""
    if not c.first_letter.islower() or not 2 <= c.n_words <= 3:
        return False
    words = [t.lower for t in word_tokens(c.inner, 0, len(c.inner))]
    if not words:
        return False
    *modifiers, head = words
    if not all(any(p.pos == "ADJF" for p in parses(m)[:1]) for m in modifiers):
        return False
    return any(p.pos == "NOUN" and p.normal in NAME_HEADS for p in parses(head)[:1])


def _status_named(c: SpanContext) -> bool:
    """ "инициатива о признании России «спонсором терроризма»": an instrumental after a noun of
    a status conferred (three words back at most) names the status, nobody's words."""
    first = tokens(c.inner, 0, len(c.inner))[:1]
    if not c.first_letter.islower() or not first:
        return False
    if not any(p.has("ablt") for p in parses(first[0].lower)[:1]):
        return False
    before = [t.lower for t in c.toks_before[-4:] if t.text[:1].isalpha()]
    return any(p.normal in DESIGNATION_NOUNS for w in before for p in parses(w)[:1])


def _title_about(c: SpanContext) -> bool:
    """ "резолюция о «признании действий РФ геноцидом»": a lowercase phrase right after "<kind
    of thing> о" (a resolution, a law, a programme) is its title, nobody's words."""
    before = [t.lower for t in c.toks_before[-2:] if t.text[:1].isalpha()]
    if not c.first_letter.islower() or len(before) < 2 or before[-1] not in _ABOUT:
        return False
    return any(p.pos == "NOUN" and p.normal in TITLED_ACTS for p in parses(before[-2])[:1])
