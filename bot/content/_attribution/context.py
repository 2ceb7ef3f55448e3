"""What every attribution rule sees: one quoted span and the text around it, and the answers.

Why a module of its own: every rule module reads a `SpanContext` and answers `Found`,
`NOT_SPEECH` or None; keeping these here lets the rule modules depend on one small base and
never on each other's entry point (bot/content/attribution.py orders the rules).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from bot.content.layout import Layout, count_words, sentence_start
from bot.content.lexicon import NAMED_THINGS
from bot.content.morph import parses
from bot.content.spans import Span
from bot.content.speakers import Resolver, Token, tokens

_CONTEXT = 300  # characters of context looked at on each side of a quotation


@dataclass(frozen=True, slots=True)
class Found:
    """The span is speech; `speaker` is who said it (None: speech, speaker unknown).

    `cut`: the attribution inside an interrupted quotation, (start, end) in the text, left
    out of the quotation's words."""

    speaker: str | None
    cut: tuple[int, int] | None = None


class _NotSpeech(Enum):
    NOT_SPEECH = "not speech"


NOT_SPEECH = _NotSpeech.NOT_SPEECH
Outcome = Found | _NotSpeech | None


@dataclass(frozen=True, slots=True)
class Article:
    """What every rule may consult about the whole text."""

    text: str
    layout: Layout
    resolver: Resolver


@dataclass(frozen=True, slots=True)
class SpanContext:
    """One quoted span and the text around it, computed once for all rules."""

    doc: Article
    span: Span
    inner: str
    n_words: int
    para_lo: int
    para_hi: int
    sent_lo: int
    before: str
    after: str
    toks_before: list[Token]
    starts_sentence: bool
    ends_sentence: bool
    first_letter: str
    titled: bool
    last: tuple[int, str | None] | None  # (paragraph, speaker) of the previous quotation

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def after_lo(self) -> int:
        return self.span.close + 1

    @property
    def resolver(self) -> Resolver:
        return self.doc.resolver


def build_context(
    doc: Article, span: Span, last: tuple[int, str | None] | None
) -> SpanContext | None:
    """The context of `span`, or None when the span holds no word at all."""
    text = doc.text
    inner = text[span.open + 1 : span.close]
    n_words = count_words(inner)
    if n_words == 0:
        return None
    para_lo = doc.layout.para_start(span.open)
    # Context is bounded so a text of thousands of spans in one line stays linear.
    para_hi = min(doc.layout.para_end(span.close), span.close + _CONTEXT)
    sent_lo = sentence_start(text, max(para_lo, span.open - _CONTEXT), span.open)
    before = text[sent_lo : span.open]
    after = text[span.close + 1 : para_hi]
    first_letter = _first_letter(inner)
    return SpanContext(
        doc=doc,
        span=span,
        inner=inner,
        n_words=n_words,
        para_lo=para_lo,
        para_hi=para_hi,
        sent_lo=sent_lo,
        before=before,
        after=after,
        toks_before=tokens(text, sent_lo, span.open),
        starts_sentence=not before.strip(" —–-"),
        ends_sentence=not after.strip() or after.lstrip()[:1] in ".!?…;",
        first_letter=first_letter,
        titled=not first_letter.islower() and kind_noun_before(text, sent_lo, span.open),
        last=last,
    )


# A number opening a phrase of words: «20 раз прекраснее Израиля», «360 градусов».
_COUNTED = re.compile(r"[ \t]*\d+[ \t]+(?P<letter>[^\W\d_])")


def _first_letter(inner: str) -> str:
    """The first letter or digit of the quoted words, which tells a name (a capital) from a
    fragment of speech; past a number that counts the next word («в "20 раз прекраснее
    Израиля"»: a fragment, as its lowercase word says), that word's letter."""
    counted = _COUNTED.match(inner)
    if counted is not None:
        return counted.group("letter")
    return next((c for c in inner if c.isalnum()), "")


def kind_noun_before(
    text: str, lo: int, opening: int, kinds: frozenset[str] = NAMED_THINGS
) -> bool:
    """ "журнала «…»", "саммит «…»": the word before the quote names a kind of thing."""
    toks = tokens(text, max(lo, opening - 40), opening)
    if not toks:
        return False
    word = toks[-1].lower
    return word in kinds or any(
        p.normal in kinds for p in parses(word) if p.pos in ("NOUN", "PRTF")
    )
