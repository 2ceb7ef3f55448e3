"""Attribution as ordered, named rules: is this quoted span speech, and whose?

Why rules over one shared context: the ways Russian news attributes speech («…», — заявил X;
X заявил: «…»; по словам X; Как отметил X, …; сказал, что …«…») are independent patterns,
but their ORDER matters (a dash after the quote outranks a name before it). Each rule is a
small function over one `SpanContext` built once per span; it answers `Found(speaker)` (speech,
speaker possibly unknown), `NOT_SPEECH` (a quoted name or term: stop), or None (not my case:
ask the next rule). To add a pattern, write one function and put it in `RULES` where it
belongs; tests/content/test_attribution_rules.py has one table of cases per rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.content._attribution.according import (
    as_opening,
    as_put_after,
    as_reports,
    as_said,
    po_slovam,
)
from bot.content._attribution.clauses import (
    _lemma_of,
    _not_media,
    first_verb,
    is_gerund,
    last_verb,
    named_object,
    next_sentence_speaker,
    such_statement_verb,
)
from bot.content._attribution.colon import colon_before
from bot.content._attribution.context import (
    NOT_SPEECH,
    Article,
    Found,
    Outcome,
    SpanContext,
    build_context,
)
from bot.content._attribution.dashes import (
    _clause_below_dash,
    _dash_below,
    _signed_below,
    any_verb_after,
    interrupted,
)
from bot.content._attribution.fragments import closing_unnamed, partial_quote, verb_after
from bot.content._attribution.headlines import headline, title_saying
from bot.content._attribution.names import quoted_name
from bot.content._attribution.neighbours import (
    carried_on,
    own_sentence,
    so_said_next,
)
from bot.content._attribution.owners import (
    _owned_words,
    heard_words,
    rejected_words,
    words_of_another,
)
from bot.content._attribution.predicates import content_of_previous, predicate_quote
from bot.content._attribution.relays import (
    clause_speaker,
    outlet_alone,
    possessive_relay,
    previous_speaker,
)
from bot.content._attribution.reported import reported_speech
from bot.content._attribution.reported_of import _not_reported_of
from bot.content._attribution.topics import _post_body_not_speaker, _topic_not_speaker
from bot.content._attribution.unread import unread_words
from bot.content.layout import sentence_end
from bot.content.lexicon import MEDIA, PASSING_ON_VERBS, QUOTING_VERBS, RELAY_VERBS
from bot.content.speakers import Token, Verb, tokens

__all__ = [
    "NOT_SPEECH",
    "RULES",
    "Article",
    "Found",
    "Outcome",
    "Rule",
    "SpanContext",
    "as_opening",
    "as_put_after",
    "as_reports",
    "as_said",
    "build_context",
    "carried_on",
    "classify",
    "clause_speaker",
    "closing_unnamed",
    "colon_before",
    "content_of_previous",
    "dash_after",
    "first_verb",
    "headline",
    "heard_words",
    "interrupted",
    "last_verb",
    "own_sentence",
    "partial_quote",
    "po_slovam",
    "predicate_quote",
    "quoted_name",
    "rejected_words",
    "reported_speech",
    "so_said_next",
    "such_statement_verb",
    "title_saying",
    "unread_words",
    "verb_after",
    "words_of_another",
]

_DASH_AFTER = re.compile(r"^[ \t]*[,.]?[ \t]*[-–—]{1,2}[ \t]*")
_COMMA_AFTER = re.compile(r"^[ \t]*,[ \t]*")
# «…». or «…» ending its paragraph, «— сказал министр …» opening the next (`_dash_below`).
_STOP_AFTER = re.compile(r"^[ \t]*\.?[ \t]*(?=\n|$)")
_CONJUNCTIONS = frozenset({"и", "а", "но", "или", "что", "чтобы"})
_JOINING = frozenset({"и", "а"})  # a dash clause so opened may go on to a quotation of its own


# The dash rule stays beside RULES: an outlet relaying the words asks the rules after it
# (`_sentence_attribution`), so it cannot live in a rule module without an import cycle.
def dash_after(c: SpanContext) -> Outcome:
    """«…», — заявил Лавров. (a comma alone only with the verb right after: «…», сказал он.)"""
    dash = _DASH_AFTER.match(c.after)
    comma = dash or _COMMA_AFTER.match(c.after) or _STOP_AFTER.match(c.after)
    if comma is None:
        return _bare_after(c) or _signed_below(c)
    clause_lo = c.after_lo + comma.end()
    clause_hi = sentence_end(c.text, clause_lo, c.para_hi)
    below = _clause_below_dash(c, clause_lo) if dash else _dash_below(c, clause_lo)
    if dash is None and below is None and "," not in comma.group(0):
        return _bare_after(c) or _signed_below(c)  # «…». with no dash line below it
    if below is not None:  # «"…",» ending its paragraph, «— сказал он» opening the next
        clause_lo, clause_hi = below
    toks = tokens(c.text, clause_lo, clause_hi)
    dashed = dash is not None or below is not None
    if not dashed and toks and toks[0].lower in _CONJUNCTIONS:
        return None  # "что Каллас «…», и добавил": the sentence's own verb goes on
    if not dashed and not c.starts_sentence and _owned_words(c) is not None:
        # "Заявление президента США о том, что Россия «…», прокомментировал Песков": the
        # comma closes the owner's reported words; the commenting verb names no speaker
        return None
    verb = first_verb(toks, 5 if dashed else 2) or (such_statement_verb(toks) if dashed else None)
    if verb is not None and _introduces_next(c.text, toks, verb, clause_hi):
        return None  # «…», — а в правительстве добавили: «…»: the next quotation's speaker
    if verb is None and dash is not None:
        return any_verb_after(c, dash.group(0), clause_lo, clause_hi)
    if verb is None or (not dashed and is_gerund(verb)):
        # "…, чтобы «избежать войны», призвав реформировать Пентагон": a gerund after the
        # comma goes on the sentence's own clause; what follows it is its object
        return None
    return _clause_outcome(c, verb, clause_lo, clause_hi, dashed=dashed)


def _clause_outcome(c: SpanContext, verb: Verb, lo: int, hi: int, *, dashed: bool) -> Outcome:
    """Who speaks by the attribution clause text[lo:hi] after the quotation, whose `verb`
    may only relay the words (an outlet, a possessive pointing back to their owner)."""
    who = clause_speaker(c.resolver, lo, hi, verb, c.span.open)
    # "Он вспомнил слова Владимира Путина: «…», — передает его слова журналист": the pronoun
    # points back to the words' owner, whom the sentence's own attribution names (or knows
    # to be unknown) better than the pronoun, which may stop at the one who recalled them
    if not c.starts_sentence and possessive_relay(c.text, verb, lo, hi):
        return _sentence_attribution(c) or Found(who)
    if dashed and not c.resolver.is_person(who) and outlet_alone(c.text, verb, lo, hi):
        return _relayed(c, verb, hi)  # «…», — цитирует «Die Welt».: an outlet relays
    if who is not None and MEDIA.fullmatch(who) and _lemma_of(verb) in RELAY_VERBS | QUOTING_VERBS:
        return _relayed(c, verb, hi) or Found(who)
    # «X прокомментировал так: «…», сообщается на сайте администрации»: a body's text that
    # says what a person said before a colon relays it as well (an impersonal verb); without
    # the colon («Лавров высоко оценил «…», говорится в сообщении МИД») the words may be the
    # body's own account of what he did
    relays = _lemma_of(verb) in RELAY_VERBS or (verb.impersonal and c.before.rstrip().endswith(":"))
    if who is not None and relays and not c.starts_sentence:
        return _reported_by_body(c, who) or Found(who)
    return Found(who)


def _reported_by_body(c: SpanContext, body: str) -> Found | None:
    """ "Махмуд Аббас … заявил, что Палестину и Россию объединяет «духовная связь», сообщает
    пресс-служба Кремля", «Глава Якутска Айсен Николаев прокомментировал событие так: «…»,
    сообщается на сайте администрации Якутска»: a body reporting (or its text saying) the
    words of a person its sentence names as speaking before them only relays; the person,
    named in the nominative there, is the speaker; so does an outlet the organisation table
    lacks («…», передает Sabah»). None when `body` is one of the text's people, or the
    sentence's own attribution is not a person it names so."""
    ents = c.resolver.entities
    if c.resolver.is_person(body):
        return None
    own = _sentence_attribution(c)
    if own is None or own.speaker is None:
        return None
    named = any(
        m.person is not None
        and m.person.name == own.speaker
        and m.nominative
        and c.sent_lo <= m.start < c.span.open
        for m in ents.persons
    )
    return own if named else None


# A speech verb's clause going on to a colon and a quotation: it introduces that one.
_COLON_QUOTE = re.compile(r":[ \t]*[«\"“„]")


def _introduces_next(text: str, toks: list[Token], verb: Verb, clause_hi: int) -> bool:
    """Whether the clause after the dash is joined by «а»/«и» and goes on to its own colon
    and quotation («Кожемяко заявил: «…», — а в краевом правительстве добавили: «…»»): it
    introduces the next quotation, and leaves this one to the rules after (its own «X
    заявил:»)."""
    if not toks or toks[0].lower not in _JOINING:
        return False
    return _COLON_QUOTE.search(text, verb.token.end, clause_hi) is not None


_BARE_AFTER = re.compile(r"^[ \t]+(?=[а-яё])")
_BARE_MIN_WORDS = 3


def _bare_after(c: SpanContext) -> Found | None:
    """ "«Мы не живем в мире, где одна страна раздает карты» сказала экс-президент Бразилии.": a
    sentence-long quotation of three words or more whose comma and dash the site lost, a
    speech verb right after it with the speaker it names (never an outlet's relay)."""
    bare = _BARE_AFTER.match(c.after)
    if bare is None or not c.starts_sentence or c.n_words < _BARE_MIN_WORDS:
        return None
    clause_lo = c.after_lo + bare.end()
    clause_hi = sentence_end(c.text, clause_lo, c.para_hi)
    verb = first_verb(tokens(c.text, clause_lo, clause_hi), 1)
    if verb is None or verb.impersonal or _lemma_of(verb) in RELAY_VERBS | QUOTING_VERBS:
        return None
    return Found(clause_speaker(c.resolver, clause_lo, clause_hi, verb, c.span.open))


def _relayed(c: SpanContext, verb: Verb, clause_hi: int) -> Found | None:
    """ "Турция выступает «за …», передает ТАСС. Об этом заявил министр … Мевлют Чавушоглу":
    an outlet that relays the words never spoke them; the next sentence's "Об этом заявил X"
    names who did, and so does the sentence's own attribution before the quotation ("Лавров
    заявил, что Россия «…», передает ТАСС": the rules after this one). An outlet that only
    passes words on ("передает") is nobody's speaker without them; one that writes or
    reports (None here) may be reporting in its own words; one that quotes («— цитирует ТАСС
    релиз спецслужбы») gives someone else's, as one that passes them on does."""
    named = next_sentence_speaker(c, clause_hi)
    if _not_media(named):
        return Found(named)
    own = None if c.starts_sentence else _sentence_attribution(c)
    if own is not None and _not_media(own.speaker):
        return own
    if _lemma_of(verb) not in PASSING_ON_VERBS | QUOTING_VERBS:
        return None
    return Found(previous_speaker(c))


def _sentence_attribution(c: SpanContext) -> Found | None:
    """What the rules after `dash_after` say of the quotation, from its own sentence."""
    at = next(k for k, (name, _rule) in enumerate(RULES) if name == "dash_after")
    return classify(c, RULES[at + 1 :])


Rule = Callable[[SpanContext], Outcome]
RULES: tuple[tuple[str, Rule], ...] = (
    ("quoted_name", quoted_name),
    ("dash_after", dash_after),
    ("heard_words", heard_words),
    ("rejected_words", rejected_words),
    ("words_of_another", words_of_another),
    ("colon_before", colon_before),
    ("headline", headline),
    ("po_slovam", po_slovam),
    ("as_said", as_said),
    ("as_reports", as_reports),
    ("as_opening", as_opening),
    ("as_put_after", as_put_after),
    ("reported_speech", reported_speech),
    ("partial_quote", partial_quote),
    ("verb_after", verb_after),
    ("so_said_next", so_said_next),
    ("predicate_quote", predicate_quote),
    ("content_of_previous", content_of_previous),
    ("carried_on", carried_on),
    ("interrupted", interrupted),
    ("own_sentence", own_sentence),
    ("title_saying", title_saying),
    ("closing_unnamed", closing_unnamed),
    ("unread_words", unread_words),
)


def classify(c: SpanContext, rules: tuple[tuple[str, Rule], ...] = RULES) -> Found | None:
    """The first rule's answer: Found, or None for "not speech" (by a rule or by none)."""
    for _name, rule in rules:
        outcome = rule(c)
        if outcome is None:
            continue
        return checked(c, outcome) if isinstance(outcome, Found) else None
    return None


def checked(c: SpanContext, found: Found) -> Found:
    """A rule's answer after the checks every answer passes, whichever rule gave it: the
    candidate is dropped when the quotation reports his words or is about him, or when he
    is the one a naming verb calls so (`named_object`)."""
    found = _post_body_not_speaker(c, _topic_not_speaker(c, _not_reported_of(c, found)))
    return Found(None, found.cut) if named_object(c, found.speaker) else found
