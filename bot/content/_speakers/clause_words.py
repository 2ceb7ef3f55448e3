"""Function words and shapes of a clause: pronouns, relative words, asides, openings.

Why apart: whether a clause's subject is a pronoun, sits after a relative word, or hides behind
an aside («, комментируя беседу лидеров,») is read the same way by the resolver's memory, its
pronoun rules and the clause scan.
"""

from __future__ import annotations

from itertools import pairwise

from bot.content._speakers.nations import is_country_word, nation_keys
from bot.content._speakers.tokens import Token, Verb, tokens
from bot.content.lexicon import (
    ASIDES,
    BODY_ANAPHORS,
    BODY_NOUNS,
    OBLIQUE_PRONOUN_GENDERS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_GENDERS,
    PRONOUN_GENDERS,
    RELATIVE_ADVERBS,
    RELATIVE_OPENERS,
    RELATIVE_PREPOSITIONS,
    RELATIVE_WHAT,
    RELATIVE_WORDS,
    RELAY_VERBS,
    SPEAKER_NOUNS,
    SUBJECT_ADVERBS,
    SUBORDINATE_OPENERS,
)
from bot.content.morph import lemma, parses

_PRONOUNS = {**PRONOUN_GENDERS, **POSSESSIVE_GENDERS, **OBLIQUE_PRONOUN_GENDERS}
_POSSESSIVES = frozenset(POSSESSIVE_GENDERS)
_OBLIQUE_PRONOUNS = _POSSESSIVES | frozenset(OBLIQUE_PRONOUN_GENDERS)


def _relative(toks: list[Token]) -> bool:
    """Whether the verb's own clause (after the last comma) opens with a relative word."""
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    tail = toks[commas[-1] + 1 :] if commas else []
    return bool(tail) and (
        tail[0].lower in RELATIVE_WORDS or lemma(tail[0].lower) in RELATIVE_WORDS
    )


def _they(toks: list[Token], i: int) -> bool:
    """ "они заявили", "по их словам": a group speaks; "их назвали" is an object, not them."""
    word = toks[i].lower
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    return word == "они" or (word == "их" and nxt in ("словам", "мнению", "оценке"))


def _unresolved_subject(toks: list[Token], verb: Verb) -> bool:
    """Whether the clause names the verb's subject with a capitalised noun nothing resolved
    ("Макрон ранее заявил", a surname the dictionary holds as a common word): then the
    speaker is that unknown someone, never the last person of the verb's gender."""
    if verb.gender not in ("masc", "femn"):
        return False
    before = [t for t in toks if t.end <= verb.token.start]
    commas = [k for k, t in enumerate(before) if not t.text[:1].isalpha()]
    clause = before[commas[-1] + 1 :] if commas else before
    whose = any(  # "Его коллега заявил": someone beside the one named before
        t.lower in _POSSESSIVES and n.text[:1].islower() and lemma(n.lower) not in SPEAKER_NOUNS
        for t, n in pairwise(clause)
    )
    return whose or any(
        t.text[:1].isupper()
        and t.lower not in _PRONOUNS
        and any(p.pos == "NOUN" and p.has("nomn") for p in parses(t.lower)[:1])
        for t in clause
    )


def body_subject(toks: list[Token], verb: Verb) -> Token | None:
    """The common noun for a body (lexicon BODY_NOUNS) the verb's own clause names as its
    subject: in the nominative before the verb or after it («Как отмечает министерство», «—
    сообщила пресс-служба»), or, for a plural verb, where it was said («В российском
    ведомстве отметили»). Such a noun refers back to a body; it is never a person. None when
    the clause has none."""
    at = next((k for k, t in enumerate(toks) if t.start == verb.token.start), None)
    if at is None:
        return None
    marks = [k for k in range(at) if not toks[k].text[:1].isalnum()]
    clause = toks[marks[-1] + 1 if marks else 0 :]
    for k, tok in enumerate(clause):
        if lemma(tok.lower) not in BODY_NOUNS or not _lower_or_opening(clause, k):
            continue
        readings = parses(tok.lower)
        if any(p.has("nomn") and p.has("sing") for p in readings) and not _governed(clause, k):
            return tok
        if verb.plural and _in_place(clause, k) and any(p.has("loct") for p in readings):
            return tok
    return None


def _lower_or_opening(clause: list[Token], k: int) -> bool:
    """Whether the body noun clause[k] is written as a common noun: in lower case, or
    capitalised only as its clause's first word and with no name of its own after it
    («Ведомство также подчеркнуло»; never «Министерство обороны Японии сообщило», a body
    named in full)."""
    tok = clause[k]
    if tok.text[:1].islower():
        return True
    return k == 0 and not body_named(clause, tok)


def body_named(toks: list[Token], noun: Token) -> bool:
    """Whether the body noun `noun` goes on with its own name or owner right after it
    («министерство обороны», «посольство Франции»): a body of its own, not the one the text
    named before (a noun for a body there, «пресс-служба ведомства», still refers back)."""
    k = next((j for j, t in enumerate(toks) if t.start == noun.start), None)
    if k is None or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if not nxt.text[:1].isalpha() or lemma(nxt.lower) in BODY_NOUNS | BODY_ANAPHORS:
        return False
    first = parses(nxt.lower)[:1]
    genitive = bool(first) and first[0].pos in ("NOUN", "ADJF") and first[0].has("gent")
    return nxt.text[:1].isupper() or genitive


def body_nation(text: str, noun: Token) -> tuple[str, ...]:
    """The country keys (`nation_keys`) of a nationality adjective before the body noun
    `noun`, other adjectives aside («российское министерство», «в японском оборонном
    ведомстве»): the noun names a body of that country, never one of another country the
    text named before; () when no such adjective stands there."""
    before = tokens(text, max(0, noun.start - 60), noun.start)
    for tok in reversed(before):
        first = parses(tok.lower)[:1]
        if not first or first[0].pos not in ("ADJF", "PRTF"):
            return ()
        if is_country_word(tok.lower):
            return nation_keys(tok.lower)
    return ()


def _before_adjectives(clause: list[Token], k: int) -> int:
    """The index of the word before clause[k] and the adjectives right before it (-1: none)."""
    j = k - 1
    while j >= 0 and any(p.pos in ("ADJF", "PRTF") for p in parses(clause[j].lower)[:1]):
        j -= 1
    return j


def _governed(clause: list[Token], k: int) -> bool:
    """Whether a preposition or a noun stands right before clause[k], adjectives aside."""
    j = _before_adjectives(clause, k)
    if j < 0 or not clause[j].text[:1].isalpha():
        return False
    first = parses(clause[j].lower)[:1]
    return bool(first) and first[0].pos in ("PREP", "NOUN")


def _in_place(clause: list[Token], k: int) -> bool:
    """Whether «в» (adjectives aside) stands right before clause[k]: «в российском ведомстве»."""
    j = _before_adjectives(clause, k)
    return j >= 0 and clause[j].lower in PLACE_PREPOSITIONS


def _reported_opening(toks: list[Token], k: int) -> bool:
    """Whether a reported clause opens at toks[k] after a comma: «, что …» or an indirect
    question «, обсуждали ли …»."""
    if toks[k - 1].text != ",":
        return False
    if toks[k].lower == "что":
        return True
    return k + 1 < len(toks) and toks[k + 1].lower == "ли"


def _matter_opening(toks: list[Token], k: int) -> bool:
    """«о чем», «на что» at toks[k]: a relative clause on the main clause's matter."""
    return (
        k + 1 < len(toks)
        and toks[k].lower in RELATIVE_PREPOSITIONS
        and (toks[k + 1].lower in RELATIVE_WHAT)
    )


def _relative_opening(toks: list[Token], k: int) -> bool:
    """Whether a relative clause opens at toks[k] after a comma: «, которую …», «, с
    которым …», «, заседание которого …», «, где …», or a passive participle's phrase
    describing a noun, whose agent is no subject: «, возглавляемого Нафтали Беннетом»."""
    if toks[k - 1].text != ",":
        return False
    if toks[k].lower in RELATIVE_ADVERBS:
        return True
    if _matter_opening(toks, k):
        return True  # «, о чем ранее упомянул президент США …»
    if any(p.pos == "PRTF" and p.has("pssv") for p in parses(toks[k].lower)[:1]):
        return True  # «правительства, возглавляемого Нафтали Беннетом»: its agent, no subject
    return any(lemma(t.lower) in RELATIVE_OPENERS for t in toks[k : k + 3])


_ASIDE_WORDS = frozenset(tuple(a.split()) for a in ASIDES)
_ASIDE_POS = frozenset({"GRND", "PRTF"})


def drop_asides(toks: list[Token]) -> list[Token]:
    """The words before a verb without the asides set off by commas right before it:
    «Кирилл Дмитриев, комментируя беседу лидеров, отметил», «Дмитриев, выступая на форуме,
    заявил», «Дмитриев, в свою очередь, отметил» — the subject stands before the aside."""
    out = toks
    while len(out) > 2 and out[-1].text == ",":
        opening = max((k for k, t in enumerate(out[:-1]) if t.text in ",;:()«»"), default=-1)
        if opening < 0 or out[opening].text != "," or not _aside(out[opening + 1 : -1]):
            break
        out = out[:opening]
    return out


def cut_off_subject(before: list[Token], start: int, end: int) -> bool:
    """Whether the person named at text[start:end] among the words `before` a verb is that
    verb's own subject, cut off from it only by asides set off by commas and adverbs
    («Исраэль Кац, выступая на конференции, в очередной раз предупредил ХАМАС, что …»).
    Not when a clause of the person's own stands between — a finite verb, a conjunction,
    a clause mark («Кравец подал в отставку, и вскоре сообщил Кремль, что …») — or a
    subordinating word opens the person's own stretch («Пока Зеленский находился в
    Вашингтоне, сообщил Пентагон, что …»): the body after the verb is then its subject."""
    lead = [t for t in before if t.end <= start]
    opening = max((k for k, t in enumerate(lead) if t.text in _CLAUSE_MARKS), default=-1)
    if any(lemma(t.lower) in SUBORDINATE_OPENERS for t in lead[opening + 1 :]):
        return False
    between = _without_asides([t for t in before if t.start >= end])
    return not any(t.text in _CLAUSE_MARKS or _own_clause_word(t) for t in between)


_CLAUSE_MARKS = frozenset(",;:()«»—–-")


def _without_asides(toks: list[Token]) -> list[Token]:
    """`toks` without the asides set off by commas anywhere among them (`_aside`), with
    their commas: «, выступая на конференции,», «, в свою очередь,»."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        close = next((j for j in range(k + 1, len(toks)) if toks[j].text == ","), None)
        if toks[k].text == "," and close is not None and _aside(toks[k + 1 : close]):
            k = close + 1
            continue
        out.append(toks[k])
        k += 1
    return out


def _own_clause_word(tok: Token) -> bool:
    """A word that opens or heads a clause of its own: a finite verb, a conjunction (an
    adverb of the lexicon's SUBJECT_ADVERBS aside: «Кац также предупредил»), a subordinating
    word (lexicon SUBORDINATE_OPENERS)."""
    if tok.lower in SUBJECT_ADVERBS:
        return False
    if lemma(tok.lower) in SUBORDINATE_OPENERS:
        return True
    return any(p.pos in ("VERB", "CONJ") for p in parses(tok.lower)[:1])


def past_leading_asides(toks: list[Token]) -> list[Token]:
    """The words of an attribution clause after a dash past what may stand before its verb
    with no comma: a parenthetical phrase of the lexicon and manner adverbs («— в свою
    очередь пояснили в компании», «— иронично отреагировала она», «— тут же парировал
    он»). The verb then opens the clause as if they were not there; `toks` unchanged when
    none opens it."""
    k = 0
    for aside in _ASIDE_WORDS:
        if tuple(t.lower for t in toks[: len(aside)]) == aside:
            k = len(aside)
            break
    while k < len(toks) - 1 and any(p.pos == "ADVB" for p in parses(toks[k].lower)[:1]):
        k += 1
    return toks[k:]


def past_relay(toks: list[Token]) -> list[Token]:
    """The words of a sentence after its opening relay clause («Как сообщает ТАСС, Николас
    Мадуро, президент Венесуэлы, заявил», «Как передает агентство «Абна» со ссылкой на …,
    …»): the outlet there only passes the news on, so the sentence's subject comes after the
    clause's comma; `toks` unchanged when the sentence opens otherwise."""
    if len(toks) < 3 or toks[0].lower != "как":
        return toks
    if not any(_outlet_relays(t.lower) for t in toks[1:3]):
        return toks
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    return toks if comma is None else toks[comma + 1 :]


def _outlet_relays(word: str) -> bool:
    """Whether `word` is a relay verb as an outlet uses it: in the present («сообщает»,
    «передают») or the neuter past («сообщило агентство»), never a person's «как сообщил
    Лавров», whose clause names who speaks."""
    if lemma(word) not in RELAY_VERBS:
        return False
    return any(p.has("pres") or p.has("neut") for p in parses(word)[:1])


def _aside(words: list[Token]) -> bool:
    """A gerund or participle clause («комментируя беседу», «находясь в Москве»), or a
    parenthetical phrase of the lexicon («в свою очередь»)."""
    if not words:
        return False
    if tuple(t.lower for t in words) in _ASIDE_WORDS:
        return True
    return any(p.pos in _ASIDE_POS for p in parses(words[0].lower)[:1])


def _genitive_noun(word: str) -> bool:
    """ "пресс-служба ведомства": a noun in the genitive names whose unit it is."""
    return any(p.pos == "NOUN" and p.has("gent") for p in parses(word)[:1])
