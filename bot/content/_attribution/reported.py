"""Reported speech: «он сказал, что в Кремле «…»» — a quotation after a speech verb and «что».

Why apart: the speaker is the subject of the speech verb the quotation is the content of, or
the body an impersonal clause names («на сайте МИД говорится»).
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.content._attribution.clauses import _MIN_LOOSE_WORDS, _denied, _speech_at, is_gerund
from bot.content._attribution.context import Found, Outcome, SpanContext
from bot.content._attribution.relays import _quoted_person
from bot.content._speakers.clause_words import _genitive_noun
from bot.content.lexicon import (
    CITED_TEXTS,
    MEDIA,
    NAMING_VERBS,
    OWNED_TEXTS,
    SOURCE_CUES,
    UNKNOWN_AGENTS,
)
from bot.content.morph import lemma, parses
from bot.content.speakers import Token, Verb, speech_verb, tokens

_THAT = frozenset({"что", "чтобы", "как"})


def reported_speech(c: SpanContext) -> Outcome:
    """ "он сказал, что в Кремле «…»": speech embedded after a speech verb and "что".

    A short quotation counts when it opens lowercase: a fragment of speech ("заявили, что
    ответ будет «взвешенным и адекватным»"), never a quoted name."""
    lower = c.first_letter.islower()
    loose = c.n_words >= _MIN_LOOSE_WORDS or (c.n_words >= 3 and lower)
    if not (loose and (c.ends_sentence or _opens_clause(c)) and not c.titled):
        return None
    toks = c.toks_before
    for k in range(len(toks) - 1, -1, -1):
        if lemma(toks[k].lower) in NAMING_VERBS:
            return None  # "заявил, что Блинкен назвал переговоры «…»": the naming verb's
        verb = _speech_at(toks, k)
        if verb is None:
            continue
        that = next((t for t in toks[k + 1 :] if t.lower in _THAT), None)
        if verb.impersonal:
            # "На сайте МИД РФ говорится о том, что …": only a body the clause names
            body = _text_body(c, verb, that.start) if that is not None else None
            if body is None:
                continue
            return Found(body)
        if that is None:
            if opens_own_content(toks[:k], verb):
                continue  # "подчеркнул, что говорит эти слова «…»": the outer verb's subject
            return None
        if _denied(c, verb):
            return Found(None)  # "Он не говорил, что переговоры «…»": nobody's words
        # "Она процитировала Роберта Рождественского о том, что «…»": the quoted person's.
        quoted = _quoted_person(c.resolver, verb, that.start)
        if quoted is not None:
            return quoted
        group = _group_gerund(toks[:k], verb)
        lo = _past_quotations(c, verb)
        return Found(
            c.resolver.resolve(lo, that.start, group or verb, c.span.open, context=group is None)
        )
    return None


# Words between «что» and a subjectless inner verb («что уже говорил»): particles, adverbs,
# conjunctions — never a subject of the inner verb's own.
LINK_POS = frozenset({"CONJ", "PRCL", "ADVB"})


def opens_own_content(toks: list[Token], verb: Verb) -> bool:
    """ "Кадыров подчеркнул, что говорил как «блогер»", "канцлер подчеркнул, что говорит эти
    слова «…»": whether the speech `verb` (`toks` are the tokens before it) opens, with no
    subject of its own (only adverbs or particles after «что»), the content clause of a
    singular speech verb before it — the words are then that speaker's account of his own
    words. Only when the inner verb can share his subject (`agrees_with`: «Захарова
    отметила, что уже заявляли о «…»» is others' saying)."""
    k = len(toks) - 1
    while k >= 0 and any(p.pos in LINK_POS for p in parses(toks[k].lower)[:1]):
        if toks[k].lower == "что":
            break
        k -= 1
    if k < 2 or toks[k].lower != "что" or toks[k - 1].text != ",":
        return False
    outer = _speech_at(toks, k - 2)
    if outer is None or outer.plural or outer.impersonal or is_gerund(outer):
        return False
    return agrees_with(verb, outer)


def agrees_with(inner: Verb, outer: Verb) -> bool:
    """Whether the inner speech verb can have the outer one's singular subject: singular and
    personal itself, of the same gender when both forms show one (a plural «заявляли» or a
    feminine «заявляла» after «Петров напомнил» has a subject of its own, unnamed)."""
    if inner.plural or inner.impersonal:
        return False
    return inner.gender is None or outer.gender is None or inner.gender == outer.gender


def _past_quotations(c: SpanContext, verb: Verb) -> int:
    """Where the clause of the speech `verb` starts for its subject: past the quotation its
    sentence opens with («…не выгодны Кремлю …», − сказал эксперт, добавив, что это будет
    «единственным способом …»: the words quoted name no speaker, «Кремлю» least of all),
    else the sentence's start (a subject before a quotation, «Другой источник подчеркнул,
    что Каллас «…», и добавил, что «…»», or a name in marks, «Генсек «Хизбаллы» добавил»,
    stays in the clause)."""
    start = c.sent_lo
    for tok in tokens(c.text, c.sent_lo, verb.token.start):
        if not c.resolver.inside_quote(tok.start):
            break
        start = tok.end
    return start


def _opens_clause(c: SpanContext) -> bool:
    """ "Он отметил, что «ЮАР поддерживает расширение группы БРИКС» за счет стран …": a
    quotation of four words or more right after «, что» and a singular speech verb is the
    reported words though the sentence goes on past it; not after «о том, что» nor a plural
    verb («где говорили о том, что «…»» are someone else's)."""
    toks = c.toks_before
    if c.n_words < _MIN_LOOSE_WORDS or len(toks) < 3:
        return False
    if toks[-1].lower != "что" or toks[-2].text != ",":
        return False
    verb = speech_verb(toks[-3])
    return verb is not None and not verb.plural and not verb.impersonal


def _group_gerund(before: list[Token], verb: Verb) -> Verb | None:
    """ "В ЕП комментировать отказались, подчеркнув, что «…»": a gerund has the subject of
    the finite verb before it; a plural one is a group, so only a speaker the clause names
    owns the words, never the last person the text named (the plural Verb, else None)."""
    if not any(p.pos == "GRND" for p in parses(verb.token.lower)[:1]):
        return None
    for tok in reversed(before):
        finite = [p for p in parses(tok.lower)[:1] if p.pos == "VERB"]
        if finite:
            return Verb(verb.token, None, True, False) if finite[0].has("plur") else None
    return None


def _text_body(c: SpanContext, verb: Verb, hi: int) -> str | None:
    """Whose words an impersonal clause before `hi` reports: the body (or person whose text)
    it names, else — when it says they stand in a text it gives no owner («В сообщении
    указывается, что …») — the body or outlet «— говорится в сообщении» would name, never a
    person (one there is the topic: «в статье о Лаврове»)."""
    body = _body_named(c, verb, hi)
    if body is None and _cites_unowned_text(c, hi):
        body = c.resolver.resolve(c.sent_lo, hi, verb, c.span.open)
        body = None if body is None or c.resolver.is_person(body) else body
    elif body is None and _opens_report(c, tokens(c.text, c.sent_lo, hi)):
        body = _reporting_body(c)
    return body


def _reporting_body(c: SpanContext) -> str | None:
    """ "Об этом сообщила пресс-служба Совбеза РФ. Встреча прошла в Пхеньяне. Отмечается, что
    переговоры «…»": a sentence opening with an impersonal speech verb and naming no text
    goes on with the report of the body the article said spoke last (the resolver's
    `organisation`, bodies only); never an outlet, which only relays («сообщает NHK со
    ссылкой на заявление Кисиды. Отмечается, что «…»» leaves the words unknown), nor a
    person; nor when a person is named since the body last was as the subject of a speech
    verb (he may have said them: «…, сообщила пресс-служба. Президент заявил, что …
    Отмечается, что …»; «куда Шойгу прибыл» is no such one)."""
    ents = c.resolver.entities
    body = c.resolver.organisation(c.span.open, bodies_only=True)
    if body is None or MEDIA.fullmatch(body) or c.resolver.is_person(body):
        return None
    last = max((m.end for m in ents.orgs if m.org == body and m.start < c.span.open), default=0)
    persons = [m for m in ents.persons if last <= m.start < c.span.open and m.nominative]
    speaking = any(m.person.name in c.resolver._speaking_in(m.start) for m in persons if m.person)
    return None if speaking or _another_source_since(c, body, last) else body


def _another_source_since(c: SpanContext, body: str, last: int) -> bool:
    """Whether another source is named between the body's last mention (ending at `last`)
    and the note: another body («Накануне доклад опубликовала Всемирная организация
    здравоохранения»), a phrase opening another's account (lexicon SOURCE_CUES: «Как пишет
    The Washington Post, …», «По данным …») or an unnamed source (UNKNOWN_AGENTS:
    «источник»). The note may then go on with that source as well as with the body, which
    must be the last source named; an outlet alone only relays it («сообщило агентство
    Reuters со ссылкой на заявление организации»)."""
    orgs = c.resolver.entities.orgs
    if any(
        m.org != body and last <= m.start < c.span.open and not MEDIA.fullmatch(m.org or "")
        for m in orgs
    ):
        return True
    between = c.text[last : c.span.open].lower()
    if any(re.search(rf"(?<!\w){cue}(?!\w)", between) for cue in SOURCE_CUES):
        return True
    return any(lemma(t.lower) in UNKNOWN_AGENTS for t in tokens(c.text, last, c.span.open))


def _opens_report(c: SpanContext, toks: list[Token]) -> bool:
    """Whether the sentence opens with an impersonal speech verb («Отмечается, что …»,
    «Уточняется, что …»), past its first sentence."""
    first = next((t for t in toks if t.text[:1].isalpha()), None)
    verb = speech_verb(first) if first is not None else None
    return verb is not None and verb.impersonal and c.sent_lo > 0


def _body_named(c: SpanContext, verb: Verb, hi: int) -> str | None:
    """The organisation an impersonal clause names ("на сайте МИД РФ говорится"), or the
    person whose text it cites ("В заявлении Лаврова говорится"), or None."""
    orgs = [m.org for m in c.resolver.entities.orgs if c.sent_lo <= m.start < hi and m.org]
    who = c.resolver.resolve(c.sent_lo, hi, verb, c.span.open, context=False)
    if who is None or MEDIA.fullmatch(who):
        return None
    return who if who in orgs or (c.resolver.is_person(who) and _cites_text(c, verb)) else None


def _cites_text(c: SpanContext, verb: Verb) -> bool:
    """Whether the clause before `verb` says where the words stand: "в заявлении", "во
    обращении", "в письме" (lexicon OWNED_TEXTS)."""
    toks = [t for t in c.toks_before if t.start < verb.token.start]
    return any(a.lower in ("в", "во") and lemma(b.lower) in OWNED_TEXTS for a, b in pairwise(toks))


def _cites_unowned_text(c: SpanContext, hi: int) -> bool:
    """Whether the sentence before `hi` says the words stand in a text it gives no owner
    («В сообщении указывается», «как отмечается в сообщении, было подчеркнуто», «в материале
    сказано»; lexicon CITED_TEXTS): then they are the body's or outlet's the text said
    issued it, as after a quotation. A text with an owner after it («в заявлении Лаврова»,
    «в сообщении радиостанции») is left to the clause."""
    toks = tokens(c.text, c.sent_lo, hi)
    for k, (a, b) in enumerate(pairwise(toks)):
        if a.lower not in ("в", "во") or lemma(b.lower) not in CITED_TEXTS:
            continue
        nxt = toks[k + 2] if k + 2 < len(toks) else None
        if nxt is None or c.text[b.end : nxt.start].strip():
            return True  # «в сообщении, опубликованном …», «в сообщении указывается»
        if not (nxt.text[:1].isupper() or _genitive_noun(nxt.lower)):
            return True
    return _goes_on_citing(c, toks)


def _goes_on_citing(c: SpanContext, toks: list[Token]) -> bool:
    """ "«…», — говорится в сообщении МИД России. Уточняется, что …": a sentence opening with
    an impersonal speech verb goes on citing the text the sentence before it says it quotes
    (an impersonal verb there, then «в» and a noun of CITED_TEXTS)."""
    if not _opens_report(c, toks):
        return False
    before = tokens(c.text, c.resolver.sentence_start(c.sent_lo - 1), c.sent_lo)
    return any(
        (said := speech_verb(t)) is not None
        and said.impersonal
        and a.lower in ("в", "во")
        and lemma(b.lower) in CITED_TEXTS
        for t, a, b in zip(before, before[1:], before[2:], strict=False)
    )
