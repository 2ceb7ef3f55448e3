"""Owners of words: whose «слова», «заявление», «угрозы» a quotation is the content of.

Why apart: «прокомментировала заявление министра о том, что «…»», «Ее слова о том, что …»,
words heard or read — the speaker is the owner of the speech noun (in the genitive, a
possessive, or nobody the text names), never the sentence's subject who comments on them.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.content._attribution.clauses import _HE, _speaks_in
from bot.content._attribution.context import _CONTEXT, Found, Outcome, SpanContext
from bot.content.layout import sentence_end, sentence_start
from bot.content.lexicon import (
    ACCEPT_VERBS,
    AUTHORED_NOUNS,
    CLAUSE_OPENERS,
    COORDINATING_OPENERS,
    DENIAL_VERBS,
    HEARING_VERBS,
    LABELLING_VERBS,
    NAMING_VERBS,
    PREDICATE_POS,
    PREPOSITIONS,
    RECALLING_VERBS,
    REJECTED_NOUNS,
    REJECTION_VERBS,
    REPLY_VERBS,
    UNDECLINED_ENDINGS,
    UTTERANCE_NOUNS,
    WORDS_LINKS,
    role_of,
)
from bot.content.morph import lemma, parses
from bot.content.speakers import Token, speech_verb, tokens, word_tokens

_HEARD_LINKS = frozenset({",", ":", "что", "как", "будто", "якобы"})
# After a noun for someone's words (WORDS_NOUNS: "заявления главы МИД Армении Арарата
# Мирзояна о том, что «…»", "Риторика генсека НАТО о «…»"), its owner, then the link to the
# quotation. The owner's reported words may go on past "что" (the tail) until the quotation,
# unless someone else speaks in between ("слова Терезы Мэй о том, что высылка «…» «…»"). The
# link may be a topic the quotation ends ("заявление X о намерении принять пакет «…»").
_OWNER_LINK = re.compile(
    r"\s+(?P<owner>(?:[^«»\"\n:;.]|(?<=\b[А-ЯЁA-Z])\.){2,200}?)"
    r"(?P<link>,?\s+о том,?\s+что|,?\s+что|\s+(?:об?|ко?)|,[^«»\":]{0,100}:|:"
    r"|\s+об?\s+(?P<topic>[^«»\"\n:;.,!?()]{1,120}?))"
    r"(?P<tail>(?<=что)[^.!?;:\n]{0,200}?)?\s*$"
)
# "Ее слова о том, что Запад «…»": the link right after a words noun its possessive owns.
_BARE_LINK = re.compile(
    r"(?P<link>,?\s+о том,?\s+что|,?\s+что|\s+(?:об?|ко?)"
    r"|\s+об?\s+(?P<topic>[^«»\"\n:;.,!?()]{1,120}?))"
    r"(?P<tail>(?<=что)[^.!?;:\n]{0,200}?)?\s*$"
)
_POSSESSIVE_GENDER = {"его": "masc", "ее": "femn", "её": "femn"}
_POSSESSIVE = frozenset({"его", "ее", "её", "их"})
_TOPIC_OPENING = re.compile(r"(?:о|об)\b")
_TOPIC_LINKS = frozenset({"о", "об", "к", "ко"})  # "угрозы X о «…»", "призыв X к «…»"
_VERB_POS = frozenset({"VERB", "INFN", "GRND"})
_CHARGE_LINKS = frozenset({"в", "во", "о", "об"})  # «обвинения в «…»», «слухи о «…»»


def heard_words(c: SpanContext) -> Outcome:
    """ "она слышит, что: «мы просто журналисты»": words the subject heard or read, right
    after the verb of hearing, are those of people the sentence does not name: unknown."""
    toks = c.toks_before
    k = len(toks)
    while k > 0 and toks[k - 1].lower in _HEARD_LINKS:
        k -= 1
    if k == len(toks) or k == 0 or lemma(toks[k - 1].lower) not in HEARING_VERBS:
        return None
    return Found(None)


def words_of_another(c: SpanContext) -> Outcome:
    """ "прокомментировала заявление министра X о том, что «…»", "выразил недоумение по поводу
    высказываний … Вячеслава Никонова о том, что «…»", "Риторика генсека НАТО о «…»",
    "цитаты Президента РФ: «…»": the quoted words are those of the owner of the words noun
    (in the genitive), not of whoever comments on them; unknown when the owner is a role
    the text links to nobody."""
    owned = _owned_words(c)
    if owned is None:
        return _uttered_by(c) or _possessive_owner(c) or _report_commented(c)
    noun, hit = owned
    if _said_of_words(c, noun):
        return Found(None)
    if _labelled(c, noun, hit):
        return None  # "назвал заявления Собчак о Крыме «рекламной кампанией»": the namer's
    lo, hi = hit.span("owner")
    if _speaks_in(c, lo, c.span.open) or _clause_closed(hit.group("tail"), _commenter(c, lo)):
        return None
    if hit.group("link") == ":" and reply_before(c, noun.start):
        return None  # "прокомментировала слова госсекретаря: «…»": the reply is quoted
    toks = tokens(c.text, lo, hi)
    if not toks or not toks[0].text[:1].isalpha() or toks[0].lower in ("о", "об"):
        return None
    if _has_verb(_unnamed(c, toks)) or (
        hit.group("link").strip() in _TOPIC_LINKS and c.n_words < 2
    ):
        return None  # "призывы Керри объясняются тем, что": the author's clause; "об «…»" a term
    if hit.group("topic") is not None and _opens_with_verb(c):
        # "Заявление Госдепа о предложениях «не соответствует действительности»": someone's
        # verdict on the statement, whose the sentence does not say
        return Found(None)
    found, who = c.resolver.scan(toks, None, c.span.open, stop_early=False)
    if not found:
        return _unnamed_owner(c, toks, hit.group("link")) or _recalled_unknown(c, noun, hit)
    if not _genitive_owner(c, toks, who):
        return _recalled_unknown(c, noun, hit)  # "процитировал слова Махатмы Ганди: «…»"
    who = _apposed_holder(c, lo, hi, who)
    # "Володин вручил … цитаты Президента РФ: «…»", "Отвечая на слова журналиста о «…»,
    # Лавров заявил": a role the text never linked to anyone falls back on some person, here
    # the sentence's own subject: unknown, not him.
    subject = _subject_of(c, lo)
    own = who == subject or _subject_elsewhere(c, who, lo, hi)
    if hit.group("topic") is not None and not (_surely_named(c, who) or _settled_form(c, who)):
        own = True  # "слова Арианы Подесты о намерении …": a name met only in the genitive
    return Found(None if own else who)


def _labelled(c: SpanContext, noun: Token, hit: re.Match[str]) -> bool:
    """ "Эксперт назвал скандальные заявления Собчак о Крыме «рекламной кампанией»",
    "охарактеризовал слова министра о санкциях как «…»": a verb that puts a label on its
    object (lexicon LABELLING_VERBS) right before the words noun (only adjectives between)
    takes the whole noun phrase, owner and topic included, as what it names; a quotation after
    the topic that reads as the label — after «как», or in the instrumental — is the
    namer's, never the owner's words (the rules after this one find the namer). A quotation
    right after «о» or «что» is the content of the words, and stays the owner's."""
    if hit.group("topic") is None:
        return False
    before = [t for t in c.toks_before if t.end <= noun.start and t.start >= c.sent_lo]
    while before and _attribute(before[-1]):
        before.pop()
    if not before or lemma(before[-1].lower) not in LABELLING_VERBS:
        return False
    if c.toks_before and c.toks_before[-1].lower == "как":
        return True
    return _instrumental_opening(c)


def _attribute(tok: Token) -> bool:
    """Whether `tok` is an adjective or participle before a noun («скандальные»)."""
    return any(p.pos in ("ADJF", "PRTF") for p in parses(tok.lower)[:1])


_LABEL_REACH = 3  # words of the quotation read for its instrumental head


def _instrumental_opening(c: SpanContext) -> bool:
    """Whether the quotation opens (within three words, no preposition first) with a noun or
    adjective that reads only in the instrumental («рекламной кампанией», «бредом»): the
    label a naming verb gives, never the words of a topic («о мерах «наказания»»)."""
    words = tokens(c.inner, 0, min(len(c.inner), 80))[:_LABEL_REACH]
    if not words or words[0].lower in PREPOSITIONS:
        return False
    for word in words:
        cases = [p for p in parses(word.lower) if p.pos in ("NOUN", "ADJF")]
        if cases and all(p.has("ablt") for p in cases):
            return True
    return False


def _commenter(c: SpanContext, hi: int) -> str | None:
    """The gender of the person named first in the sentence before `hi`, its subject who
    comments on the owner's words; None when nobody is named or the gender is unknown."""
    for m in c.resolver.entities.persons:
        if c.sent_lo <= m.start < hi and m.person is not None:
            return m.person.gender
    return None


def _clause_closed(tail: str | None, commenter: str | None = None) -> bool:
    """ "назвал появление заявления Трампа о том, что Украина имеет шансы …, «важным
    событием»", "…, «важным событием», поскольку Киев «…»": the owner's reported clause (the
    tail after «что») held a complete clause (a finite verb, not in a relative clause) and a
    comma, after which the quotation stands right away or after a conjunction opening a clause
    of its own (lexicon CLAUSE_OPENERS): the quotation is no longer the owner's words."""
    if not tail or "," not in tail:
        return False
    *done, last = tail.split(",")
    last = last.strip().lower()
    if last and not any(last == w or last.startswith(w + " ") for w in CLAUSE_OPENERS):
        return False
    if _coordinated_predicate(last, tail, commenter):
        return False  # "…, но готова отразить «…»": the owner's subject goes on
    return any(_finite_clause(part) for part in done)


def _coordinated_predicate(part: str, tail: str, commenter: str | None) -> bool:
    """ "о том, что РФ не собирается нападать на Европу, но готова отразить ее нападение
    «…»": a coordinating conjunction (lexicon COORDINATING_OPENERS) followed at once by a
    predicate — a finite verb or a short adjective or participle, «не» aside — with no subject
    of its own joins a second predicate to the same reported clause, which stays the owner's
    words; «, но Киев «…»» opens a clause of the writer's own, and «, но заявил «…»» (a
    speech verb) goes on with the one who comments. The predicate may as well be the
    commenter's («Захарова прокомментировала заявление Рубио о том, что Вашингтон …, но
    готова «…»»): only one whose gender and number agree with the reported clause's subject
    and not with the commenter's (`commenter`, known) is the owner's."""
    words = tokens(part, 0, len(part))
    if commenter is None or len(words) < 2 or words[0].lower not in COORDINATING_OPENERS:
        return False
    rest = words[2:] if words[1].lower == "не" else words[1:]
    if not rest or speech_verb(rest[0]) is not None:
        return False
    best = parses(rest[0].lower)[:1]
    if not best or best[0].pos not in PREDICATE_POS:  # «собирается», «готова», «вынуждена»
        return False
    subject = _reported_subject(tail)
    return (
        subject is not None
        and _agrees(best[0].grams, subject)
        and not _agrees(best[0].grams, frozenset({commenter, "sing"}))
    )


_GENDERS = ("masc", "femn", "neut")


def _reported_subject(tail: str) -> frozenset[str] | None:
    """The gender and number of the reported clause's subject: its first noun that may read
    in the nominative («что Вашингтон не хочет …», «что РФ не собирается …»)."""
    for tok in tokens(tail, 0, len(tail)):
        for p in parses(tok.lower):
            if p.pos == "NOUN" and (p.has("nomn") or p.has("Fixd")):
                return p.grams
    return None


def _agrees(predicate: frozenset[str], subject: frozenset[str]) -> bool:
    """Whether a predicate's gender and number («готова»: feminine singular) fit a subject's."""
    if "plur" in predicate:
        return "plur" in subject
    if "plur" in subject:
        return False
    gender = next((g for g in _GENDERS if g in predicate), None)
    return gender is None or gender in subject


def _finite_clause(part: str) -> bool:
    """Whether `part` (a stretch between commas) is a clause with a finite verb of its own,
    never a relative one («который поставляет оружие»)."""
    toks = tokens(part, 0, len(part))
    if not toks or _RELATIVE_OPENING.match(toks[0].lower):
        return False
    return any(p.pos == "VERB" for t in toks for p in parses(t.lower)[:1])


_RELATIVE_OPENING = re.compile(r"котор|где$|куда$|когда$|чей|чья|чьё|чье")


# Between a role's complement and the role holder: a dash, a comma or just a space
# («советника Зеленского – Михаила Подоляка», «советника Зеленского, Михаила Подоляка»,
# «помощника Дональда Трампа Стивена Миллера»).
_APPOSITION = re.compile(r"(?:[ \t]*,)?[ \t]+(?:[–—-][ \t]+)?$")


def _apposed_holder(c: SpanContext, lo: int, hi: int, who: str | None) -> str | None:
    """ "заявления советника Владимира Зеленского – Михаила Подоляка о «…»", "слова помощника
    Дональда Трампа Стивена Миллера о «…»": a person right after a role and followed by
    another person (after a dash, a comma or nothing) is whose adviser, envoy or spokesman
    (the role's complement); the one after holds the role and owns the words."""
    people = [m for m in c.resolver.entities.persons if lo <= m.start < hi and m.person]
    for first, second in pairwise(people):
        if first.person is None or second.person is None or first.person.name != who:
            continue
        before = tokens(c.text, max(lo, first.start - 60), first.start)
        titled = any(role_of(t.text) is not None for t in before)
        apposed = _APPOSITION.match(c.text[first.end : second.start]) and not second.nominative
        if titled and apposed:  # "… Трампа Миллер заявил": a nominative opens a clause
            return second.person.name
    return who


def _surely_named(c: SpanContext, who: str | None) -> bool:
    """Whether `who` is a body, or a person the text names in the nominative somewhere (a
    name met only in an oblique case may keep its ending: "Ариана Подесты")."""
    ents = c.resolver.entities
    return any(m.org == who for m in ents.orgs) or any(
        m.nominative and m.person is not None and m.person.name == who for m in ents.persons
    )


def _settled_form(c: SpanContext, who: str | None) -> bool:
    """Whether a person met only in an oblique case has a name whose nominative is sure: a
    first name the dictionary holds beside a surname written as it stands in the nominative,
    as a woman's in a consonant or any foreign one in «-и», «-о», «-у», «-э», «-е» is
    («слова премьер-министра Терезы Мэй о мерах «…»»; never «Арианы Подесты», which may be
    «Подеста» or «Подесты»)."""
    for m in c.resolver.entities.persons:
        person = m.person
        if person is None or person.name != who or " " not in person.name:
            continue
        written = c.text[m.start : m.end].split()
        if written[-1] != person.surname:
            continue
        surname = person.surname.lower()
        undeclined = surname.endswith(UNDECLINED_ENDINGS) or (
            person.gender == "femn" and surname[-1:] not in "аеёиоуыэюяь"
        )
        first = written[0].lower()
        named = any(p.has("Name") and p.dictionary for p in parses(first))
        if undeclined and named:
            return True
    return False


def _subject_elsewhere(c: SpanContext, who: str | None, lo: int, hi: int) -> bool:
    """Whether the sentence names `who` in the nominative outside text[lo:hi] (the owner's
    words): then `who` is the one who answers or comments, never the words' owner."""
    end = sentence_end(c.text, c.after_lo, c.para_hi)
    return any(
        c.sent_lo <= m.start < end
        and not lo <= m.start < hi
        and m.nominative
        and m.person is not None
        and m.person.name == who
        and not c.span.open < m.start < c.span.close
        for m in c.resolver.entities.persons
    )


def _uttered_by(c: SpanContext) -> Outcome:
    """ "В Минфине объяснили фразу Антона Силуанова «…»", "прокомментировали слова Дональда
    Трампа «…»": an utterance noun (lexicon UTTERANCE_NOUNS), its owner in the genitive, then
    the quotation with nothing between: the quotation is that utterance, the owner's words."""
    toks = c.toks_before
    if len(toks) < 2 or c.text[toks[-1].end : c.span.open].strip() or _predicate_opening(c):
        return None
    owner = next(
        (
            m
            for m in c.resolver.entities.persons
            if m.end == toks[-1].end and m.person is not None and not m.nominative
        ),
        None,
    )
    if owner is None or owner.person is None:
        return None
    before = [t for t in toks if t.end <= owner.start][-2:]
    if not before or lemma(before[-1].lower) not in UTTERANCE_NOUNS:
        return None
    if len(before) == 2 and lemma(before[0].lower) in NAMING_VERBS:
        return None  # "назвала слова Рябкова «недружественным шагом»": her label for them
    return Found(owner.person.name)


_REPORT_LINK = re.compile(r"\s+о\s+том,?\s+что\b")


def _report_commented(c: SpanContext) -> Outcome:
    """ "Депутат Руслан Бальбек прокомментировал в беседе с RT сообщение о том, что Евросоюз
    «категорически осуждает» …": the content of words no owner is named for («сообщение о
    том, что», «заявления о том, что»), taken as the object of a verb of reply (lexicon
    REPLY_VERBS) before it, is the report's, never the words of the one commenting on it —
    unless the reported clause has a speech verb of its own: speech, speaker unknown."""
    toks = c.toks_before
    at = next(
        (
            k
            for k in range(len(toks) - 1, 0, -1)
            if _words_noun(toks[k]) and _REPORT_LINK.match(c.text, toks[k].end, c.span.open)
        ),
        None,
    )
    if at is None or _speaks_in(c, toks[at].end, c.span.open):
        return None
    before = toks[:at]
    if not any(lemma(t.lower) in REPLY_VERBS for t in before):
        return None
    return Found(None)


def _predicate_opening(c: SpanContext) -> bool:
    """ "слова Юнкера «были широко использованы для пропаганды»": a quotation opening with a
    verb may be the predicate of the words noun before it (what is said of the words), not
    the words."""
    first = tokens(c.text, c.span.open + 1, c.span.close)[:1]
    return bool(first) and any(p.pos in _VERB_POS for p in parses(first[0].lower)[:1])


def _possessive_owner(c: SpanContext) -> Outcome:
    """ "Ее слова о том, что Запад «…», вызвали резонанс", "Лавров напомнил Блинкену о его
    обещании, что НАТО «…»": words a possessive pronoun owns are those of the one person of
    its gender the text named just before (this sentence and the one before it), never the
    clause's subject (who would say «свой»); unknown when that is not one person ("их", two
    people, a body standing as a subject)."""
    toks = c.toks_before
    at = next(
        (
            k
            for k in range(len(toks) - 1, 0, -1)
            if (toks[k - 1].lower in _POSSESSIVE or lemma(toks[k - 1].lower) == "свой")
            and _words_noun(toks[k])
            and _BARE_LINK.match(c.text, toks[k].end, c.span.open)
        ),
        None,
    )
    if at is None or _speaks_in(c, toks[at].end, c.span.open):
        return None
    pronoun = toks[at - 1]
    if pronoun.lower not in _POSSESSIVE:
        return _own_words(c, pronoun)
    gender = _POSSESSIVE_GENDER.get(pronoun.lower)
    lo = sentence_start(c.text, max(0, c.sent_lo - _CONTEXT), max(0, c.sent_lo - 1))
    if gender is None or c.resolver.body_opens(lo, pronoun.start, gender):
        return Found(None)
    subject = _subject_of(c, pronoun.start)
    named = {
        m.person.name
        for m in c.resolver.entities.persons
        if lo <= m.start < pronoun.start
        and m.person is not None
        and m.person.gender in (None, gender)
        and m.person.name != subject
        and not c.resolver.inside_quote(m.start)
    }
    return Found(named.pop() if len(named) == 1 else None)


def rejected_words(c: SpanContext) -> Outcome:
    """ "Фицо не принимает обвинения в «оскорбительной риторике»", "отверг упреки в «…»": the
    words of a charge the subject rejects (a noun for words right before the quotation, linked
    by «в»/«о», after a verb of rejection or a negated verb of acceptance) are the accusers',
    whom the sentence does not name here: unknown, never the one who rejects them."""
    toks = c.toks_before
    k = len(toks)
    while k > 0 and toks[k - 1].lower in _CHARGE_LINKS:
        k -= 1
    if k == len(toks) or k < 2 or lemma(toks[k - 1].lower) not in REJECTED_NOUNS:
        return None
    verb = toks[k - 2]
    if lemma(verb.lower) in REJECTION_VERBS | DENIAL_VERBS:
        return Found(None)
    negated = k >= 3 and toks[k - 3].lower == "не"
    return Found(None) if negated and lemma(verb.lower) in ACCEPT_VERBS else None


def _own_words(c: SpanContext, pronoun: Token) -> Found:
    """ "Лавров повторил свои слова о том, что «…»", "Он повторил свое заявление, что …":
    «свой» owns them for the clause's subject — a person named first and in the nominative,
    or "он"/"она" opening the sentence; unknown otherwise. Inside a reported clause («Захарова
    считает, что своим заявлением о «…» госсекретарь отвлекает внимание») the subject is the
    clause's own, named after the quotation."""
    first = next(
        (m for m in c.resolver.entities.persons if c.sent_lo <= m.start < pronoun.start), None
    )
    if _reported_between(c, first.end if first else c.sent_lo, pronoun.start):
        subject = _subject_after(c)  # never the one who reports the clause
        outer = first.person.name if first is not None and first.person else None
        return Found(subject if subject != outer else None)
    if first is not None:
        return Found(first.person.name if first.nominative and first.person else None)
    opening = c.toks_before[0].lower if c.toks_before else ""
    if opening in _HE and opening != "они":
        gender = "femn" if opening == "она" else "masc"
        return Found(c.resolver.pronoun(gender, c.span.open))
    return Found(None)


def _reported_between(c: SpanContext, lo: int, hi: int) -> bool:
    """Whether a reported clause («, что …») opens between `lo` and `hi`."""
    pairs = pairwise(tokens(c.text, lo, hi))
    return any(a.text == "," and b.lower == "что" for a, b in pairs)


def _subject_after(c: SpanContext) -> str | None:
    """The subject a clause names after the quotation, before its verb («…» госсекретарь США
    отвлекает): a person or a role the text links to one person; None when nobody."""
    end = sentence_end(c.text, c.span.close, c.para_hi)
    words: list[Token] = []
    for tok in tokens(c.text, c.span.close + 1, end):
        if not tok.text[:1].isalpha() or any(p.pos in _VERB_POS for p in parses(tok.lower)[:1]):
            break
        words.append(tok)
    if not words:
        return None
    found, who = c.resolver.scan(words, None, c.span.open, stop_early=True)
    return who if found else None


def _unnamed_owner(c: SpanContext, toks: list[Token], link: str) -> Outcome:
    """ "не согласился с заявлениями российской стороны о том, что гибель генерала является
    «ценой за двуличие США»": an owner in the genitive that names nobody (no name, role or
    body) still makes the quotation someone's words: speech, speaker unknown — never the
    subject who disagrees; so does a capitalised owner the name finder does not know ("слова
    Ван И о том, что …"). Only a reported clause ("что") of two words or more."""
    readings = parses(toks[0].lower)  # "российской стороны", "СМИ" (a word of every case)
    genitive = any(p.pos in ("NOUN", "ADJF") and p.has("gent") for p in readings)
    genitive = genitive or toks[0].text[:1].isupper()
    return Found(None) if genitive and c.n_words >= 2 and link.endswith("что") else None


def _recalled_unknown(c: SpanContext, noun: Token, hit: re.Match[str]) -> Outcome:
    """ "Он процитировал слова Махатмы Ганди: «…»", "вспомнил слова своего учителя: «…»": the
    words a verb of quoting or recalling (lexicon RECALLING_VERBS) takes as its object, their
    owner after them and a colon before the quotation, are the owner's even when the text
    names him nobody it knows: unknown, never the subject who recalls them. Words with no
    owner right after them («напомнил слова из своего послания: «…»», «процитировал свои
    слова»: a preposition first, or «свой» before) are the subject's own: not this rule's."""
    if hit.group("link") != ":" or _no_owner_after(c, noun, hit):
        return None
    words = [t.lower for t in word_tokens(c.text, c.sent_lo, noun.start)][-2:]
    if words and words[-1] in WORDS_LINKS:
        words = words[:-1]  # "сослался на слова министра: «…»"
    return Found(None) if words and lemma(words[-1]) in RECALLING_VERBS else None


def _no_owner_after(c: SpanContext, noun: Token, hit: re.Match[str]) -> bool:
    """Whether the words noun has no genitive owner after it: a preposition opens what
    follows («слова из своей речи»), or «свой» stands before it («свои слова»)."""
    after = tokens(c.text, hit.start("owner"), hit.end("owner"))[:1]
    before = [t.lower for t in word_tokens(c.text, c.sent_lo, noun.start)][-1:]
    return bool(after and after[0].lower in PREPOSITIONS) or bool(
        before and lemma(before[0]) == "свой"
    )


def _words_noun(tok: Token) -> bool:
    """Whether `tok` is a noun for someone's words ("заявлением", "слова", "угрозы")."""
    return lemma(tok.lower) in AUTHORED_NOUNS and any(
        p.pos == "NOUN" for p in parses(tok.lower)[:1]
    )


def _said_of_words(c: SpanContext, noun: Token) -> bool:
    """ "Заявление Госдепа о переданных предложениях «не соответствует действительности».",
    "Заявления Каллас о российской угрозе — «очередная порция лжи».": a words noun opening its
    sentence is its subject, and with no verb outside the quotation the quotation is the
    sentence's predicate — what the writer or the speaker before says of those words, never
    the words themselves; who says it, the sentence does not tell."""
    if noun.start != c.sent_lo or not any(p.has("nomn") for p in parses(noun.lower)):
        return False
    end = sentence_end(c.text, c.after_lo, c.para_hi)
    outside = [t for t in c.toks_before if t.start > noun.start]
    outside += tokens(c.text, c.after_lo, end)
    return not _has_verb(outside)


def _has_verb(toks: list[Token]) -> bool:
    """Whether `toks` hold a verb: then they are a clause of their own, no owner in the
    genitive ("призывы Керри объясняются тем, что …")."""
    return any(p.pos in _VERB_POS for t in toks for p in parses(t.lower)[:1])


def _unnamed(c: SpanContext, toks: list[Token]) -> list[Token]:
    """`toks` without the words of a person's name: «Моди», «Ван И» may read as verbs."""
    names = [(m.start, m.end) for m in c.resolver.entities.persons]
    return [t for t in toks if not any(lo <= t.start < hi for lo, hi in names)]


def _opens_with_verb(c: SpanContext) -> bool:
    """Whether the quotation opens with a finite verb («не соответствует действительности»):
    after «заявление X о …» it is the sentence's predicate, someone's verdict on the
    statement, never the statement's own words."""
    words = tokens(c.inner, 0, min(len(c.inner), 60))
    while words and (
        words[0].lower == "не" or any(p.pos == "ADVB" for p in parses(words[0].lower)[:1])
    ):
        words = words[1:]  # «впервые стал похож на лидера», «уже не отвечает …»
    return bool(words) and any(p.pos == "VERB" for p in parses(words[0].lower)[:1])


def _owned_words(c: SpanContext) -> tuple[Token, re.Match[str]] | None:
    """The words noun nearest before the quotation whose owner and link run up to it."""
    for tok in reversed(c.toks_before):
        if _words_noun(tok):
            hit = _OWNER_LINK.match(c.text, tok.end, c.span.open)
            if hit is not None and not _TOPIC_OPENING.match(hit.group("owner")):
                return tok, hit  # ("слова о том, что …": the topic, no owner after them)
    return None


def _genitive_owner(c: SpanContext, toks: list[Token], who: str | None) -> bool:
    """Whether the owner the scan found stands in the genitive after the words noun (its
    name, or the role standing for it): "заявлением президента США", never "призыв к
    Киеву" nor a subject in the nominative."""
    lo, hi = toks[0].start, toks[-1].end
    ents = c.resolver.entities
    named = [
        m
        for m in (*ents.persons, *ents.orgs)
        if lo <= m.start < hi and who is not None and who in (m.org, m.person and m.person.name)
    ]
    if named and named[0].start == lo and _person_named(c, named[0].start):
        return True  # "слова Ван И", "слова Ёко Камикавы": a name right after it is its owner
    role = next((t for t in toks if named and t.start < named[0].start and role_of(t.text)), None)
    if role is not None and _genitive(role):
        # "слова главы европейской дипломатии Каи Каллас", "слова генерального директора ВТО
        # Нгози Оконджо-Ивеалы": the role before the name says its case
        return True
    if named:
        first = tokens(c.text, named[0].start, named[0].end)[:1]
    else:
        first = [t for t in toks if role_of(t.text) is not None or t.text[:1].isupper()][:1]
    return bool(first) and _genitive(first[0])


def _genitive(tok: Token) -> bool:
    return any(p.has("gent") for p in parses(tok.lower))


def _person_named(c: SpanContext, start: int) -> bool:
    """Whether a person's name (not a body's) starts at `start`: right after a words noun,
    whatever its form (undeclined «Ван И», «Ёко Камикавы»), it can only be the owner."""
    return any(m.start == start and m.person is not None for m in c.resolver.entities.persons)


def reply_before(c: SpanContext, at: int) -> bool:
    """Whether a verb of reply ("прокомментировала", "ответил на") takes the words noun at
    `at` as its object: the word before it, or before its preposition."""
    words = [t.lower for t in word_tokens(c.text, c.sent_lo, at)][-2:]
    if words and words[-1] == "на":
        words = words[:-1]
    return bool(words) and lemma(words[-1]) in REPLY_VERBS


def _subject_of(c: SpanContext, hi: int) -> str | None:
    """The person named first in the sentence before `hi`, as its subject."""
    for m in c.resolver.entities.persons:
        if c.sent_lo <= m.start < hi and m.person is not None:
            return m.person.name
    return None
