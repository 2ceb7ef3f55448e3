"""Dash and signature attributions: a dash line below, a signed line, an interruption.

Why apart: the layout, not a verb, attributes these («"…",» ending a paragraph and «— сказал он»
opening the next; «– Рафаэль Гросси» alone on the next line; «Мы готовы, — сказал он, — к …»).
"""

from __future__ import annotations

import re

from bot.content._attribution.clauses import _not_media, first_verb
from bot.content._attribution.context import Found, Outcome, SpanContext
from bot.content.layout import sentence_end
from bot.content.speakers import tokens

_SIGNATURE = re.compile(r"[ \t]*[—–-][ \t]*(\S[^\n]{1,60}?)[ \t.]*$")
_SIGNED_AFTER = re.compile(r"[ \t]*[.!?…]?[ \t]*[—–-]?[ \t]*([А-ЯЁ][^\n.,:;«»\"]{2,60}?)[ \t.]*$")
_INTERRUPTION = re.compile(r"[,!?…]\s*[–—-]\s+([^–—«»\"]{3,120}?)[,.]?\s+[–—-]\s+(?=\S)")
_LINE_DASH = re.compile(r"[ \t]*[-–—]{1,2}[ \t]*")


def _dash_below(c: SpanContext, lo: int) -> tuple[int, int] | None:
    """'"Это нападение, а не оскорбление",' ending its paragraph and '— сказал главный
    дипломат …' opening the next: the site broke the line before the attribution, whose
    clause (after the dash) this returns."""
    end = c.doc.layout.para_end(c.span.close)
    if c.text[lo:end].strip() or end >= len(c.text):
        return None
    dash = _LINE_DASH.match(c.text, end + 1)
    if dash is None or dash.end() == end + 1 or not c.text[dash.end() : dash.end() + 1].islower():
        return None  # "— Мы тоже, — ответил он": dialogue, not the attribution
    stop = c.doc.layout.para_end(dash.end())
    return dash.end(), sentence_end(c.text, dash.end(), stop)


def _signed_below(c: SpanContext) -> Outcome:
    """ "«Возможно»" alone in its paragraph, then "– Рафаэль Гросси" alone in the next: a
    quotation signed with a dash and a name is that person's, however short, and one signed
    with a body's name alone ("– Управление коммуникации Турции") is that body's."""
    if c.before.strip():
        return None
    if c.after.strip(" ."):
        return _signed_after(c)
    if c.para_hi >= len(c.text):
        return None
    nxt_hi = c.doc.layout.para_end(c.para_hi + 1)
    sign = _SIGNATURE.match(c.text, c.para_hi + 1, nxt_hi)
    if sign is None:
        return None
    lo, hi = sign.span(1)
    body = next((m.org for m in c.resolver.entities.orgs if (m.start, m.end) == (lo, hi)), None)
    if body is not None and _not_media(body):
        return Found(body)  # "– Управление коммуникации Турции": the body signs it
    named = [m for m in c.resolver.entities.persons if lo <= m.start and m.end <= hi]
    if len(named) != 1 or named[0].person is None or (named[0].start, named[0].end) != (lo, hi):
        return None
    return Found(named[0].person.name)


def _signed_after(c: SpanContext) -> Outcome:
    """ "«…». Касым-Жомарт Токаев" closing its paragraph: a sentence-long quotation signed on
    its own line with a person's full name (two words at least, in the nominative, and
    nothing else) is that person's, whoever the quotation itself names."""
    if c.para_hi != c.doc.layout.para_end(c.span.close):
        return None
    sign = _SIGNED_AFTER.match(c.after)
    if sign is None:
        return None
    lo, hi = c.after_lo + sign.start(1), c.after_lo + sign.end(1)
    named = [m for m in c.resolver.entities.persons if (m.start, m.end) == (lo, hi)]
    if len(named) != 1 or named[0].person is None or not named[0].nominative:
        return None
    return Found(named[0].person.name) if " " in c.text[lo:hi].strip() else None


def interrupted(c: SpanContext) -> Outcome:
    """«Мы готовы, — сказал он, — к диалогу»: the attribution inside the quotation."""
    cut = _INTERRUPTION.search(c.inner)
    if cut is None:
        return None
    lo, hi = c.span.open + 1 + cut.start(1), c.span.open + 1 + cut.end(1)
    verb = first_verb(tokens(c.text, lo, hi), 3)
    if verb is None:
        return None
    words = (c.span.open + 2 + cut.start(0), c.span.open + 1 + cut.end(0))  # keep the ","
    return Found(c.resolver.resolve(lo, hi, verb, c.span.open), words)
