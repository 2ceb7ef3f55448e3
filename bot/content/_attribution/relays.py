"""Relays: whose words a quoting or relaying clause after a quotation gives.

Why apart: «— цитирует Захарова сообщение Стано», «— передает слова Лаврова корреспондент …»:
the clause's subject relays, and the words' owner is its object; `clause_speaker` reads any
attribution clause after a quotation, so the dash rule and reported speech share it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.content._attribution.clauses import _lemma_of, checked_speaker, subject_right_before
from bot.content._attribution.context import Found, SpanContext
from bot.content._attribution.owners import _POSSESSIVE, _POSSESSIVE_GENDER, _words_noun
from bot.content.lexicon import (
    CITING_VERBS,
    MEDIA,
    MEDIA_KINDS,
    QUOTING_VERBS,
    RECALLING_VERBS,
    REPORTER_NOUNS,
    role_of,
    same_role,
)
from bot.content.mentions import Mention
from bot.content.morph import lemma, parses
from bot.content.speakers import Resolver, Token, Verb, tokens

# "— приводит РИА Новости сообщение ведомства": the owner after the words noun, to the comma.
_OWNER_OBJECT = re.compile(r"\s+(?P<owner>[^«»\"\n:;.,]{2,120})")
# Verbs that relay someone's words: "— приводит (передает) слова Лаврова корреспондент «КП»
# Дмитрий Смирнов" gives Лавров's words, never the relaying reporter's or outlet's; so do
# those that recall or repeat them ("— напомнил Рябков слова Каи Каллас": hers).
_QUOTING = RECALLING_VERBS


def clause_speaker(resolver: Resolver, lo: int, hi: int, verb: Verb, pos: int) -> str | None:
    """Who speaks by the attribution clause text[lo:hi] after a quotation at `pos` ("—
    заявил Лавров", "— приводит заявление МИД Киргизии РИА Новости"): the owner of the words
    a quoting verb takes as its object, else the verb's subject. Dashed direct speech
    without quotation marks is attributed through here too."""
    owner = _quoted_owner(resolver, verb, lo, hi, pos)
    if owner is not None:
        return owner.speaker
    who = subject_right_before(resolver, lo, verb, hi) or resolver.resolve(lo, hi, verb, pos)
    return checked_speaker(resolver, lo, hi, verb, who)


def _quoted_owner(resolver: Resolver, verb: Verb, lo: int, hi: int, pos: int) -> Found | None:
    """ "— цитирует Захарова сообщение Стано", "— приводит РИА Новости сообщение ведомства",
    "— эти слова Лаврова приводит ТАСС": the words are those of the quoting verb's object,
    after or before it, never of whoever quotes or relays them (unknown when the object's
    owner cannot be resolved)."""
    if _lemma_of(verb) not in _QUOTING:
        return None
    text = resolver.text
    clause = tokens(text, lo, hi)
    at = next((k for k, t in enumerate(clause) if _words_noun(t)), None)
    noun = clause[at] if at is not None else None
    end = verb.token.start if noun is not None and noun.start < verb.token.start else hi
    hit = _OWNER_OBJECT.match(text, noun.end, end) if noun is not None else None
    if at is None or hit is None:
        return _quoted_person(resolver, verb, hi)
    if at > 0 and clause[at - 1].lower in _POSSESSIVE:
        # "— приводит ее слова ТАСС": the one the pronoun stands for, of its gender
        gender = _POSSESSIVE_GENDER.get(clause[at - 1].lower)
        return Found(resolver.pronoun(gender, pos) if gender else None)
    if at > 0 and lemma(clause[at - 1].lower) == "свой":
        return None  # "— вспомнил свои слова американский лидер": the subject's own words
    toks = _genitive_owner_tokens(resolver, tokens(text, hit.start("owner"), hit.end("owner")))
    role = _role_before_outlet(resolver, toks, pos)
    if role is not None:
        return role
    found, who = resolver.scan(toks, None, pos, stop_early=True) if toks else (False, None)
    if found and who is not None and MEDIA.fullmatch(who):
        return None  # "— приводит слова ТАСС": the outlet relays; the clause decides
    return Found(who if found else None)


def _role_before_outlet(resolver: Resolver, toks: list[Token], pos: int) -> Found | None:
    """ "— передает слова министра ТАСС", "— цитирует дипломата РИА Новости": a lone role noun
    right before the relaying outlet stands for the one the text introduced in that role; the
    outlet after it is its subject, never a body the role heads (so no post it names rules
    anyone out). None when `toks` are not such a role and outlet, or the role so read stands
    for nobody (the scan of the whole owner decides)."""
    if len(toks) < 2 or not MEDIA.match(resolver.text, toks[1].start):
        return None
    role = role_of(toks[0].text)
    if role is None or not any(p.has("gent") for p in parses(toks[0].lower)[:1]):
        return None
    if len(_role_holders(resolver, role, pos)) != 1:
        return None  # two ministers named: whose words the outlet relays, the role cannot say
    who = resolver.role(role, None, pos)
    return Found(who) if resolver.is_person(who) else None


def _role_holders(resolver: Resolver, role: str, pos: int) -> frozenset[str]:
    """The people named before `pos` whom the text titled with a role of the same post as
    `role` («министр обороны России Андрей Белоусов», «министром обороны Китая Дун Цзюнем»):
    a bare role noun stands for one of them only when they are one."""
    return frozenset(
        m.person.name
        for m in resolver.entities.persons
        if m.person is not None
        and m.start < pos
        and (head := resolver._head_role(m)) is not None
        and same_role(role, head)
    )


def possessive_relay(text: str, verb: Verb, lo: int, hi: int) -> bool:
    """Whether the clause text[lo:hi] relays words a possessive pronoun owns ("— передает его
    слова журналист", "— приводит ее слова ТАСС"): whose they are, the pronoun only points
    back to."""
    if _lemma_of(verb) not in _QUOTING:
        return False
    clause = tokens(text, lo, hi)
    return any(a.lower in _POSSESSIVE and _words_noun(b) for a, b in pairwise(clause))


def _genitive_owner_tokens(resolver: Resolver, toks: list[Token]) -> list[Token]:
    """The words' owner up to the relaying subject after it: "слова министра | корреспондент
    ТАСС Иван Петров" — a role noun or a person in the nominative starts the subject. A name
    read as nominative that closes the phrase right after the owner's title is the title's
    own, in a case its form does not show («слова директора Белого дома по коммуникациям
    Энтони Скарамуччи «РИА Новости»»: the outlet after it, in quotation marks, relays)."""
    nominative = {m.start: m.end for m in resolver.entities.persons if m.nominative}
    for k, tok in enumerate(toks[1:], start=1):
        closes = nominative.get(tok.start, -1) >= toks[-1].end and toks[k - 1].text[:1].isalpha()
        if (tok.start in nominative and not closes) or _nominative_person_noun(tok):
            return toks[:k]
    return toks


def _nominative_person_noun(tok: Token) -> bool:
    """Whether `tok` is a role or reporter noun read in the nominative ("корреспондент")."""
    best = parses(tok.lower)[:1]
    if not best or best[0].pos != "NOUN" or not best[0].has("nomn"):
        return False
    return best[0].normal in REPORTER_NOUNS or role_of(tok.text) is not None


def _quoted_person(resolver: Resolver, verb: Verb, hi: int) -> Found | None:
    """ "— цитирует официальный сайт МИД Китая Ван Вэньбина", "— процитировал Смирнов
    Морозова", "Смирнов процитировал Морозова: «…»": the one person «цитировать» takes as its
    object (an oblique case after it, beside at most one subject in the nominative) is whose
    words they are, never the subject that quotes nor a name inside the quotation."""
    if _lemma_of(verb) not in CITING_VERBS:
        return None
    relayed = _owner_before_outlet(resolver, verb, hi)
    if relayed is not None:
        return relayed
    after = [m for m in resolver.entities.persons if verb.token.end <= m.start < hi]
    first = after[0] if after else None
    if _object_right_after(resolver, verb, first) and first is not None and first.person:
        return Found(first.person.name)
    objects = {
        m.person.name
        for m in after
        if m.person is not None and not m.nominative and not resolver.companion(m)
    }  # «— цитирует офис Ауна на встрече с координатором ООН по Ливану»: not Ливан
    subjects = {m.person.name for m in after if m.person is not None and m.nominative}
    if len(objects) != 1 or objects & subjects or len(subjects) > 1:
        return None
    # "— процитировал Смирнов Морозова": one subject who quotes, one object whose words they are
    return Found(objects.pop())


def _object_right_after(resolver: Resolver, verb: Verb, first: Mention | None) -> bool:
    """ "— цитирует Макрона корреспондент РИА Новости Алексей Иванов": a person right after
    the verb, in an oblique case, is its object; whoever is named after him quotes. So is
    one whose name reads as a nominative too (undeclined: «Марко Рубио», «Ван И») when the
    verb's subject is named in the nominative right before it ("Каллас процитировала Марко
    Рубио: «…»")."""
    if first is None or first.person is None:
        return False
    if resolver.text[verb.token.end : first.start].strip():
        return False
    lo = resolver.sentence_start(verb.token.start)
    return not first.nominative or subject_right_before(resolver, lo, verb) not in (
        None,
        first.person.name,
    )


def _owner_before_outlet(resolver: Resolver, verb: Verb, hi: int) -> Found | None:
    """ "— цитирует Фицо телеканал ТА-3", "— цитирует Лаврова агентство Синьхуа": the
    capitalised words between the quoting verb and an outlet's kind noun (its subject) are
    whose words they are; the outlet only relays. Unknown (never the outlet) when those
    words name no person the text knows."""
    clause = tokens(resolver.text, verb.token.end, hi)
    at = next((k for k, t in enumerate(clause) if _outlet_kind(t)), None)
    if not at or not all(t.text[:1].isupper() for t in clause[:at]):
        return None
    found, who = resolver.scan(clause[:at], None, verb.token.start, stop_early=True)
    known = {m.person.name for m in resolver.entities.persons if m.person is not None}
    return Found(who if found and who in known else None)


def _outlet_kind(tok: Token) -> bool:
    """Whether `tok` is a lower-case media kind noun ("телеканал", "агентство", "газета")."""
    return tok.text[:1].islower() and lemma(tok.lower) in MEDIA_KINDS


def outlet_alone(text: str, verb: Verb, lo: int, hi: int) -> bool:
    """Whether the clause text[lo:hi] is a quoting or passing-on verb (lexicon QUOTING_VERBS)
    and, after it, only an outlet's name — capitalised words, or a media kind noun before them
    («— цитирует «Die Welt»», «— передает газета «Коммерсантъ»»): whose words, it does not
    say."""
    if lemma(verb.token.lower) not in QUOTING_VERBS:
        return False
    words = [t for t in tokens(text, verb.token.end, hi) if t.text[:1].isalpha()]
    if not words or any(t.start < verb.token.start for t in tokens(text, lo, verb.token.start)):
        return False
    return all(t.text[:1].isupper() or lemma(t.lower) in MEDIA_KINDS for t in words)


def previous_speaker(c: SpanContext) -> str | None:
    """ "«…», — прокомментировал Чижов. При этом он подчеркнул, что … «…». «…», — цитирует
    «Die Welt».", "Об этом сообщила министр … Елена Скрынник. «…», — цитирует «ИТАР-ТАСС».":
    an outlet quoting with nobody named as whose words they are goes on with the one person
    the sentence right before has speaking — the speaker of its quotation, or the subject of
    its «Об этом сообщил X» — when the quotation opens its own sentence; None when that
    sentence has nobody speaking, or two, or names someone else in the nominative (whose
    comment on the words quoted there may go on)."""
    if not c.starts_sentence or c.sent_lo == 0:
        return None
    text, resolver = c.text, c.resolver
    end = c.sent_lo
    while end > 0 and text[end - 1].isspace():
        end -= 1
    lo = resolver.sentence_start(max(0, end - 1), anchor=end)
    lo = max(lo, text.rfind("\n", 0, max(0, end - 1)) + 1)
    named = {name for at, _rank, name, _g in resolver.spoken if lo <= at < end}
    named |= {
        who
        for at, who in resolver.agents
        if lo <= at < end
        and any(m.person and m.person.name == who for m in resolver.entities.persons)
    }
    if len(named) != 1:
        return None
    who = named.pop()
    subjects = {
        m.person.name
        for m in resolver.entities.persons
        if m.person is not None
        and m.nominative
        and lo <= m.start < end
        and not resolver.inside_quote(m.start)
    }
    # «Песков прокомментировал слова Зеленского, что «…».»: the quotation's owner is not
    # the one the sentence has speaking on
    return who if subjects <= {who} else None
