"""A quoted state of the subject and the content it governs: «Антонов «разочарован» тем, что «…»».

Why apart: a quoted short adjective or participle is the subject's own word though no speech
verb says so, and the lowercase quotation after it is its content; both read the predicate.
"""

from __future__ import annotations

import re

from bot.content._attribution.context import Found, Outcome, SpanContext
from bot.content.morph import parses
from bot.content.speakers import tokens

_PREDICATE_POS = frozenset({"ADJS", "PRTS"})  # a declared state, not an action (irony)
_CONTENT_LINK = re.compile(r"\s*(?:(?:о\s+|в\s+)?(?:тем|том|то)\s*,\s*)?(?:что|чтобы)\s*")


def predicate_quote(c: SpanContext) -> Outcome:
    """ "Антонов «разочарован» тем, что …": a quoted state (a short adjective or participle)
    right after the sentence's subject, a person named in the nominative, is that person's
    word, though no speech verb says so. A quoted action ("Путин «забыл» о …") is more
    often the author's irony, and stays no quotation."""
    if not c.first_letter.islower() or c.n_words > 2 or c.titled:
        return None
    persons = [m for m in c.resolver.entities.persons if c.sent_lo <= m.start < c.span.open]
    if len(persons) != 1 or not persons[0].nominative or persons[0].person is None:
        return None
    if c.text[persons[0].end : c.span.open].strip():
        return None
    first = tokens(c.inner, 0, len(c.inner))[:1]
    readings = parses(first[0].lower)[:1] if first else []
    if not any(p.pos in _PREDICATE_POS for p in readings):
        return None
    return Found(persons[0].person.name)


def content_of_previous(c: SpanContext) -> Outcome:
    """ "Антонов «разочарован» тем, что «…»": a lowercase quotation that is the content
    clause of a quotation just attributed in this sentence is the same person's."""
    if not c.first_letter.islower():
        return None
    before = [(a, b) for a, b in c.resolver.quoted if c.sent_lo <= a and b < c.span.open]
    if not before or not _CONTENT_LINK.fullmatch(c.text, before[-1][1] + 1, c.span.open):
        return None
    said = c.resolver.speakers_at(before[-1][0])
    return Found(said[0]) if said else None
