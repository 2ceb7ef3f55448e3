"""A quotation that reports its candidate's words: «Эрдоган заявил, что …», — добавили в канцелярии.

Why apart: applied to every rule's answer (`classify`), not a rule itself: a quotation naming
its candidate as the subject of a speech verb is not his own words, so the candidate is dropped.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from bot.content._attribution.context import Found, SpanContext
from bot.content.lexicon import HEARER_PRONOUNS, RELAY_VERBS, SPEECH_VERBS, role_of
from bot.content.morph import lemma, may_have_normal, parses
from bot.content.speakers import Token, Verb, speech_verb, tokens


def _not_reported_of(c: SpanContext, found: Found) -> Found:
    """ "«Эрдоган заявил, что необходимо …», — добавили в канцелярии турецкого лидера": a
    quotation that itself names its candidate speaker — by name or by the role the text gives
    him ("Президент подчеркнул") — as the subject of a speech verb reports his words; they
    are not his own, so the candidate is dropped (unknown) whatever rule chose him."""
    who = found.speaker
    if who is None:
        return found
    toks = [
        t
        for t in tokens(c.text, c.span.open + 1, c.span.close)
        if found.cut is None or not found.cut[0] <= t.start < found.cut[1]
    ]
    for k in range(1, len(toks)):
        verb = _reporting_verb(toks[k])
        subject = _subject_before(toks, k) if verb is not None else None
        if (
            verb is not None
            and subject is not None
            and _names_candidate(c, subject, verb, who, hearer=_told_to_speaker(toks, k))
        ):
            return Found(None, found.cut)
    return Found(None, found.cut) if _relays_inside(c, toks, who) else found


def _told_to_speaker(toks: list[Token], k: int) -> bool:
    """Whether the speech verb toks[k] inside the quotation says it to the one quoted
    (HEARER_PRONOUNS right after it: «Господин президент рассказал мне о последних событиях»):
    its subject is the speaker's interlocutor, never the speaker reported by role or name."""
    return k + 1 < len(toks) and toks[k + 1].lower in HEARER_PRONOUNS


def _relays_inside(c: SpanContext, toks: list[Token], who: str) -> bool:
    """ "«Макрон выступит с обращением, сообщает Le Monde», — говорится в публикации …": a
    body the quotation itself names as relaying its words («сообщает Le Monde», «пишет
    газета») is not who the quotation is of."""
    starts = {m.start for m in c.resolver.entities.orgs if m.org == who}
    return any(_relay_verb(tok.lower) and nxt.start in starts for tok, nxt in pairwise(toks))


def _relay_verb(word: str) -> bool:
    """Whether `word` is a form of a relay verb. Every word of a quotation is asked, and a
    dictionary word outside those verbs' lexemes is none without being parsed."""
    return may_have_normal(word, RELAY_VERBS) and lemma(word) in RELAY_VERBS


def _reporting_verb(tok: Token) -> Verb | None:
    """`tok` as a third-person speech verb ("заявил", "подчеркивает"), else None."""
    if not _third_person_speech(tok.lower):
        return None
    verb = speech_verb(tok)
    return verb if verb is not None and not verb.impersonal else None


@lru_cache(maxsize=16384)
def _third_person_speech(word: str) -> bool:
    """Whether `word` reads first as a third-person (or past) form of a speech verb; cached,
    as every word of every quotation is asked."""
    if not may_have_normal(word, SPEECH_VERBS):
        return False
    best = parses(word)[:1]
    return any(
        p.normal in SPEECH_VERBS and (p.has("3per") or p.has("past")) and "futr" not in p.grams
        for p in best
    )


def _subject_before(toks: list[Token], k: int) -> Token | None:
    """The word right before the verb toks[k] that may be its subject, over one adverb
    ("Эрдоган также заявил")."""
    prev = toks[k - 1]
    if k >= 2 and any(p.pos == "ADVB" for p in parses(prev.lower)[:1]):
        return toks[k - 2]
    return prev


def _names_candidate(c: SpanContext, tok: Token, verb: Verb, who: str, *, hearer: bool) -> bool:
    """Whether `tok`, the subject before a speech verb inside the quotation, names `who`:
    the last word of a nominative mention of him, or a singular nominative role noun the
    text gives him ("Президент" for the one it introduced as president) with a singular
    verb — «их представители уже настаивают» are many, never the one person who speaks. A
    role telling the speaker (`hearer`: «Господин президент рассказал мне») is another
    holder of it, the speaker's interlocutor; a name stays his own."""
    for m in c.resolver.entities.persons:
        if m.end == tok.end and m.nominative and m.person is not None:
            return m.person.name == who
    role = role_of(tok.text)
    best = parses(tok.lower)[:1]
    if role is None or verb.plural or hearer:
        return False
    if not any(p.has("nomn") and p.has("sing") for p in best):
        return False
    return c.resolver.role(role, verb.gender, c.span.open) == who
