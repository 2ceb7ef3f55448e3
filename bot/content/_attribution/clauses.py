"""Small readings of a clause that several attribution rules share.

Why apart: the first or last speech verb of a clause, whether a stretch names a person or has
a verb of its own, whether an answer is an outlet, whether speech is denied — each is asked by
rules of different kinds, so each is defined once here rather than in one rule's module.
"""

from __future__ import annotations

import re

from bot.content._attribution.context import SpanContext
from bot.content._speakers.names import lowercase_adjective
from bot.content.layout import sentence_end
from bot.content.lexicon import (
    AGREEING_VERBS,
    ANSWERING_VERBS,
    AUTHORED_NOUNS,
    DENIAL_VERBS,
    LEADING_VERBS,
    MEDIA,
    MEDIA_KINDS,
    NAMING_VERBS,
    NEGATION_IS_SPEECH,
    PREPOSITIONS,
    PUBLICATIONS,
    RELAY_OPENERS,
    RELAY_VERBS,
    RELAYED_TOPIC,
    REPORTER_NOUNS,
    SO_SAID_OPENINGS,
    STATEMENT_APPEARANCES,
    STATEMENT_NOUNS,
    STATEMENT_VERBS,
    SUBJECT_LEADS,
    SUCH_WORDS,
    role_of,
)
from bot.content.mentions import Mention
from bot.content.morph import PERSON_GRAMS, lemma, parses, word_set
from bot.content.speakers import (
    Resolver,
    Token,
    Verb,
    naming_verb,
    speech_verb,
    tokens,
    word_tokens,
)

_SO_CALLED = re.compile(r"(?:так|т\.)\s*(?:называем\w*|н\.)\s*$|называем\w+\s*$", re.IGNORECASE)
# Speech verbs only when used alone ("— продолжил он"); with an object they are not speech.
_ALONE_VERBS = word_set("продолжить продолжать поделиться делиться")
# Words from «Об этом» to its verb, a circumstance between («Об этом в своем Telegram-канале
# написал X», «Об этом в интервью телеканалу CNN заявил X»).
_SO_SAID_REACH = 8
_WITH = frozenset({"с", "со"})
_HE = frozenset({"он", "она", "они"})
_MIN_LOOSE_WORDS = 4
# Words after "Такое заявление" up to its verb: "Такой ответ на вопрос о поддержке Ирана со
# стороны РФ в борьбе с США и Израилем дал …"
_STATEMENT_REACH = 20
_ROLE_POS = frozenset({"NOUN", "ADJF"})  # a role noun, or an adjective opening one
_BREAK = re.compile(r"[^\w \t-]")  # anything but words between a subject and its verb


def first_verb(toks: list[Token], limit: int) -> Verb | None:
    for tok in toks[:limit]:
        verb = speech_verb(tok)
        if verb is not None:
            return verb
    return None


def such_statement_verb(toks: list[Token]) -> Verb | None:
    """ "такое заявление в интервью «Российской газете» сделал Николай Патрушев", "С таким
    заявлением выступила глава дипслужбы ЕС": a clause opening with a statement made or
    come out with, whose verb ("сделал", "выступила": no speech verbs alone) attributes the
    quotation before it."""
    words = [t for t in toks if t.text[:1].isalpha()]
    verbs = STATEMENT_VERBS
    if words and words[0].lower == "с":  # "С таким заявлением выступил X": one came out with
        words, verbs = words[1:], STATEMENT_APPEARANCES
    if len(words) < 3 or lemma(words[0].lower) not in SUCH_WORDS:
        return None
    if lemma(words[1].lower) not in STATEMENT_NOUNS:
        return None
    verb = next((t for t in words[2:_STATEMENT_REACH] if lemma(t.lower) in verbs), None)
    return naming_verb(verb) if verb is not None else None


def last_verb(toks: list[Token]) -> Verb | None:
    for tok in reversed(toks):
        verb = speech_verb(tok)
        if verb is not None:
            return verb
    return None


def _lemma_of(verb: Verb) -> str:
    found = parses(verb.token.lower)
    return found[0].normal if found else verb.token.lower


def _not_media(who: str | None) -> bool:
    return who is not None and not MEDIA.fullmatch(who)


def _speaks_in(c: SpanContext, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] has a speech or naming verb of its own: then its subject, not the
    owner of the words named before, speaks ("слова Мэй о том, что он заявил «…»"). An
    infinitive has no subject of its own («заявления X о необходимости говорить с Москвой
    «…»»: still the owner's words)."""
    return any(
        (speech_verb(t) is not None or lemma(t.lower) in NAMING_VERBS) and not _reads_infinitive(t)
        for t in tokens(c.text, lo, hi)
    )


def _reads_infinitive(tok: Token) -> bool:
    """Whether `tok` reads first as an infinitive («говорить», «назвать»)."""
    return any(p.pos == "INFN" for p in parses(tok.lower)[:1])


def _names_person(c: SpanContext, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] names a person in the nominative (a subject of its own)."""
    return any(lo <= m.start < hi and m.nominative for m in c.resolver.entities.persons)


def _named_in(c: SpanContext, who: str | None, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] mentions `who` (a person or an organisation) by name."""
    return named_between(c.resolver, who, lo, hi)


def named_between(resolver: Resolver, who: str | None, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] mentions `who` (a person or an organisation) by name."""
    ents = resolver.entities
    return who is not None and any(
        lo <= m.start < hi and who in (m.org, m.person.name if m.person else None)
        for m in (*ents.persons, *ents.orgs)
    )


def _denied(c: SpanContext, verb: Verb) -> bool:
    """ "Боррель не называл Россию «фашистским государством»", "отрицает, что Лавров назвал
    …": words someone is said not to have said, or a claim denied, are nobody's saying; so,
    when unsure, is a view negated ("не считают Обаму «катастрофой для Израиля»": the words
    of those who do)."""
    before = [t for t in c.toks_before if t.start < verb.token.start and t.text[:1].isalpha()]
    return denied(before, verb) or _denial_before(before, verb)


def _denial_before(before: list[Token], verb: Verb) -> bool:
    """Whether a denial verb (lexicon DENIAL_VERBS) stands before the speech verb `verb`, the
    words near being the claim it denies — unless `verb` is a gerund with no «что» after the
    denial: «опроверг слухи о своем участии, назвав их «мифотворчеством»» is the denier
    naming them so, his own words (never «отрицает, что, назвав его «…», …»)."""
    at = next((k for k, t in enumerate(before) if lemma(t.lower) in DENIAL_VERBS), None)
    if at is None:
        return False
    return not is_gerund(verb) or any(t.lower == "что" for t in before[at + 1 :])


def denied(toks: list[Token], verb: Verb) -> bool:
    """Whether the speech verb among `toks` comes right after «не» ("Блинкен с этим не
    согласился. «…»", "— пока не уточняется"): who did not say or agree is no sure speaker
    of the words near, and a verb denied attributes nothing. Save a «не» that denies nothing
    («не исключил, что …» says the thing may be: lexicon NEGATION_IS_SPEECH)."""
    before = [t for t in toks if t.end <= verb.token.start and t.text[:1].isalpha()]
    return (
        bool(before)
        and before[-1].lower == "не"
        and lemma(verb.token.lower) not in NEGATION_IS_SPEECH
    )


def _speech_at(toks: list[Token], k: int) -> Verb | None:
    """toks[k] as a speech verb, unless it is one only when used alone ("— продолжил он")
    and here takes an object ("продолжает расследование", "продолжил работать")."""
    verb = speech_verb(toks[k])
    if verb is not None and _leads_to(toks, k):
        return None  # "усилия, которые привели к «прорыву»": lead to, no quoting
    if verb is not None and _agrees_to_do(toks, k):
        return None  # "люди, которые соглашаются … стать «живыми бомбами»": no saying
    if verb is None or lemma(toks[k].lower) not in _ALONE_VERBS or k + 1 >= len(toks):
        return verb
    following = parses(toks[k + 1].lower)[:1]
    takes_object = any(p.pos in ("NOUN", "INFN") and not p.has("nomn") for p in following)
    return None if takes_object else verb


def _leads_to(toks: list[Token], k: int) -> bool:
    """ "привели к прорыву": «привести к» is "lead to", never quoting (lexicon LEADING)."""
    if lemma(toks[k].lower) not in LEADING_VERBS:
        return False
    return any(t.lower in ("к", "ко") for t in toks[k + 1 : k + 3])


def _agrees_to_do(toks: list[Token], k: int) -> bool:
    """ "соглашаются по заданию спецслужб стать …": a verb of agreeing (lexicon
    AGREEING_VERBS) with an infinitive among the next words of its clause agrees to a deed,
    says nothing ("согласился с тем, что …", "— согласился он" still say)."""
    if lemma(toks[k].lower) not in AGREEING_VERBS:
        return False
    for tok in toks[k + 1 : k + 6]:
        if not tok.text[:1].isalpha():
            return False
        if any(p.pos == "INFN" for p in parses(tok.lower)[:1]):
            return True
    return False


def is_gerund(verb: Verb) -> bool:
    """ "выразив", "подчеркнув": a gerund, whose subject is that of the finite verb before."""
    return any(p.pos == "GRND" for p in parses(verb.token.lower)[:1])


def _fragment(c: SpanContext) -> bool:
    """A lowercase piece of reported speech: no name, title or "так называемый" term."""
    return c.first_letter.islower() and not c.titled and not _SO_CALLED.search(c.before[-40:])


def next_sentence(c: SpanContext, lo: int) -> tuple[int, int]:
    """The bounds of the sentence opening at `lo`, or of the next paragraph's first when
    the sentence before ends its own ("«…»\nОб этом заявил Лавров.")."""
    text, para_hi = c.text, c.para_hi
    while lo < para_hi and text[lo] in ".!?… ":
        lo += 1
    if lo >= para_hi and para_hi < len(text):
        lo = para_hi + 1
        para_hi = c.doc.layout.para_end(lo)
    return lo, sentence_end(text, lo, para_hi)


_RELAY_OPENING_REACH = 80  # characters from the relaying verb to the comma ending its clause
_NO_RELAY_CLAUSE = frozenset('«»"\n')


def past_relay_opening(resolver: Resolver, lo: int, hi: int) -> int:
    """Where the attribution of the sentence text[lo:hi] starts past an opening clause in which
    an outlet only relays («Как передает Report, об этом написал генсек ООН»: the words are
    the one named after the comma's, never the outlet's); `lo` when there is none. Only an
    outlet relays so (`_relaying_outlet`): «Как сообщил министр Иван Петров, об этом ему
    рассказал посол» is the minister passing on the ambassador's words, whom nobody names."""
    text = resolver.text
    toks = tokens(text, lo, min(hi, lo + _RELAY_OPENING_REACH + 40))
    if (
        len(toks) < 3
        or toks[0].lower not in RELAY_OPENERS
        or lemma(toks[1].lower) not in RELAY_VERBS
    ):
        return lo
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    if comma is None or toks[comma].start - toks[1].end > _RELAY_OPENING_REACH:
        return lo
    if any(ch in _NO_RELAY_CLAUSE for ch in text[toks[1].end : toks[comma].start]):
        return lo  # a quotation or a paragraph's end: no relaying clause
    topic = [t.lower for t in toks[comma + 1 : comma + 1 + len(RELAYED_TOPIC)]]
    subject = next((t for t in toks[2:comma] if not lowercase_adjective(t)), None)
    if topic != list(RELAYED_TOPIC) or subject is None or not _relaying_outlet(resolver, subject):
        return lo
    return toks[comma + 1].start


def _relaying_outlet(resolver: Resolver, subject: Token) -> bool:
    """Whether the word right after a relaying verb (past lower-case adjectives) opens an
    outlet's name: a media outlet's kind («агентство», «издание») or its reporter, or a
    capitalised name that is no person and no role («Report», «ТАСС», «Sabah»): never a
    person or a role, who passes on someone's words."""
    if lemma(subject.lower) in MEDIA_KINDS | PUBLICATIONS | REPORTER_NOUNS:
        return True  # «как сообщает московский корреспондент АПА»: the outlet's own reporter
    hit = resolver._at(subject)
    if hit is not None and hit.person is not None:
        return False
    return subject.text[:1].isupper() and role_of(subject.text) is None


def next_sentence_speaker(c: SpanContext, lo: int) -> str | None:
    """Whom the sentence opening at `lo` (`next_sentence`) says made the words: «Об этом
    заявил X», «Такое мнение высказал X», past an outlet's relaying clause («Как передает
    Report, об этом написал X»)."""
    lo, hi = next_sentence(c, lo)
    past = past_relay_opening(c.resolver, lo, hi)
    if past == lo and not so_said(c.text, lo, hi):
        return None
    lo = past
    toks = tokens(c.text, lo, hi)
    verb = _so_said_verb(toks)
    if verb is None:
        return None
    subject = subject_right_before(c.resolver, lo, verb, hi)
    if subject is not None:  # "Об этом Кая Каллас сообщила Марко Рубио": not the addressee
        return subject
    who = c.resolver.resolve(lo, hi, verb, c.span.close) or _sole_named(c, verb.token.end, hi)
    return checked_speaker(c.resolver, lo, hi, verb, who)


def so_said(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence text[lo:hi] after a quotation opens as one that says who made it:
    «Об этом заявил X», «Так ответил X» (lexicon SO_SAID_OPENINGS), «Такое мнение высказал
    X», «С соответствующим заявлением выступил X» (`statement_opening`)."""
    words = word_tokens(text, lo, hi)
    if not words or not words[0].text[:1].isupper():
        return False
    opening = tuple(t.lower for t in words[:2])
    if any(opening[: len(o)] == o for o in SO_SAID_OPENINGS):
        return True
    return statement_opening(words)


def statement_opening(words: list[Token]) -> bool:
    """Whether `words` open with a statement named as the one before: one of SUCH_WORDS and
    one of STATEMENT_NOUNS, «С» before them allowed («Такое заявление», «Такую оценку», «С
    подобным мнением»)."""
    if words and words[0].lower in _WITH:
        words = words[1:]
    return (
        len(words) >= 2
        and lemma(words[0].lower) in SUCH_WORDS
        and lemma(words[1].lower) in STATEMENT_NOUNS
    )


def _so_said_verb(toks: list[Token]) -> Verb | None:
    """The verb of a `so_said` sentence that gives the words to its subject: «Об этом
    заявил», «Такое мнение высказал»; with «С …» only a coming out («С таким заявлением
    выступил X», never «С подобным заявлением согласился X»). Never a verb denied («Такое
    заявление не делал X») nor one that answers the statement named («Это заявление
    раскритиковал X», lexicon ANSWERING_VERBS): its subject did not make it."""
    words = [t for t in toks if t.text[:1].isalpha()]
    if words and words[0].lower in _WITH and statement_opening(words):
        verb = such_statement_verb(toks)
    else:
        verb = first_verb(toks, _SO_SAID_REACH) or such_statement_verb(toks)
    if verb is None or denied(toks, verb):
        return None
    if statement_opening(words) and lemma(verb.token.lower) in ANSWERING_VERBS:
        return None
    return verb


def _sole_named(c: SpanContext, lo: int, hi: int) -> str | None:
    """ "Об этом сообщил председатель НАК (НАК), директор ФСБ Александр Бортников": the one
    person text[lo:hi] names, in the nominative, when the resolver reads no subject in its
    chain of posts; None when it names anyone else too."""
    named = {m.person.name for m in c.resolver.entities.persons if lo <= m.start < hi and m.person}
    subjects = [m for m in c.resolver.entities.persons if lo <= m.start < hi and m.nominative]
    return named.pop() if len(named) == 1 and subjects else None


def named_object(c: SpanContext, who: str | None) -> bool:
    """Whether `who` is the person a naming verb before the quotation names ("Глава
    латиноамериканской страны назвал президента Франции Эммануэля Макрона «…»", "Спикер
    назвала министра КНР Ван И «…»"): the one called so is never the one who calls him so,
    whatever a role noun in the subject was resolved to. His mention stands between the verb
    and the quotation as its object: in an oblique case (its own, or its role's before it),
    or in a form the verb's gender rules out as its subject; never after a words noun
    ("расценивает слова Терезы Мэй о «…»": her words), nor named in the nominative elsewhere
    in the sentence."""
    if who is None:
        return False
    verb = next((t for t in reversed(c.toks_before) if lemma(t.lower) in NAMING_VERBS), None)
    if verb is None:
        return False
    gender = naming_verb(verb).gender
    mentions = [
        m
        for m in c.resolver.entities.persons
        if m.person is not None
        and m.person.name == who
        and c.sent_lo <= m.start < c.span.open
        and not c.resolver.inside_quote(m.start)
    ]
    objects = [m for m in mentions if m.start > verb.end]
    if not objects:
        return _fronted_object(c, mentions, verb) or (not mentions and _role_object(c, verb, who))
    if any(m.nominative and m not in objects for m in mentions):
        return False
    between = tokens(c.text, verb.end, objects[0].start)
    if any(lemma(t.lower) in AUTHORED_NOUNS for t in between):
        return False
    if between and not any(p.has("nomn") for p in parses(between[0].lower)):
        return True  # "назвала министра КНР Ван И": the role before the name is oblique
    person = objects[0].person
    return all(
        not m.nominative
        or _declined_form(c.text, m)
        or (gender is not None and person is not None and person.gender not in (None, gender))
        for m in objects
    )


def _fronted_object(c: SpanContext, mentions: list[Mention], verb: Token) -> bool:
    """Whether the person is named only right before the naming verb, in a declined form
    («Путина назвал «сильным лидером» Дональд Трамп»): the object put first, never the
    one who names him so (a name as the text writes it in the nominative may be the
    subject, whatever case the name finder read: «… Нгози Оконджо-Ивеала назвала …»)."""
    return bool(mentions) and all(
        _declined_form(c.text, m) and not c.text[m.end : verb.start].strip() for m in mentions
    )


def _declined_form(text: str, mention: Mention) -> bool:
    """Whether `mention` writes the person's surname with another ending than the nominative
    the text names him by elsewhere («назвал Путина «…»», the man being «Владимир Путин»): an
    oblique case, whatever a woman's surname of that form would read as."""
    person = mention.person
    written = text[mention.start : mention.end].split()[-1]
    if person is None or written == person.surname or len(person.surname) < 3:
        return False
    return written.startswith(person.surname[:-1]) and len(written) > len(person.surname) - 1


def _role_object(c: SpanContext, verb: Token, who: str) -> bool:
    """ "Глава латиноамериканской страны назвал российского президента «…»": a role in an
    oblique case (a noun or its adjective, no pronoun) right after the naming verb, up to
    the quotation, that stands for `who`
    makes him the one named, never the namer (the subject's description resolved onto him
    too is a guess: unknown)."""
    toks = word_tokens(c.text, verb.end, c.span.open)
    first = parses(toks[0].lower)[:1] if toks else []
    if not first or first[0].has("nomn") or first[0].has("Apro") or first[0].pos not in _ROLE_POS:
        return False  # «назвала её «…»»: a pronoun may stand for a thing, never a role
    if any(lemma(t.lower) in AUTHORED_NOUNS for t in toks):
        return False
    found, named = c.resolver.scan(toks, None, c.span.open, stop_early=True)
    return found and named == who


def subject_right_before(
    resolver: Resolver, lo: int, verb: Verb, hi: int | None = None
) -> str | None:
    """The person named in the nominative from `lo` on right before the verb, only words
    between them ("Глава евродипломатии Кая Каллас процитировала", "— так Рябков
    прокомментировал заявление Каи Каллас", "Об этом Кая Каллас сообщила Марко Рубио"): its
    subject, whoever is named after it; never one of the other gender than the verb's. Only
    when nothing but a lead («Об этом», «так») or a nominative role stands before the name in
    the clause: one after a preposition or a noun is its object or attribute («— в присутствии
    Моди сказал Путин», «— после визита Си Цзиньпина заявил Путин»); nor an undeclined one
    when a name that cannot be a dative follows the verb up to `hi` («Об этом Марко Рубио
    заявил Сергей Лавров»: the addressee first). None leaves it to the resolver."""
    found = next(
        (
            m
            for m in reversed(resolver.entities.persons)
            if m.person is not None
            and (m.nominative or _may_be_nominative(resolver.text[m.start : m.end]))
            and not _addressed(resolver.text[m.start : m.end])
            and (verb.gender is None or m.person.gender in (None, verb.gender))
            and lo <= m.start
            and m.end <= verb.token.start
            and not _BREAK.search(resolver.text[m.end : verb.token.start])
        ),
        None,
    )
    if found is None or found.person is None or not _bare_lead(resolver.text, lo, found.start):
        return None
    if hi is not None and _surer_subject_after(resolver, verb, hi, found):
        return None
    return found.person.name


def _bare_lead(text: str, lo: int, at: int) -> bool:
    """Whether text[lo:at] before a name is no more than a lead of lexicon SUBJECT_LEADS and a
    role in the nominative with its attributes («Глава евродипломатии», «российский
    министр»): no preposition, and no other noun, governs the name."""
    words = [t.lower for t in word_tokens(text, lo, at)]
    for lead in SUBJECT_LEADS:
        n = len(lead.split())
        if words[:n] == lead.split():
            words = words[n:]
            break
    if any(w in PREPOSITIONS for w in words):
        return False
    nouns = [w for w in words if (p := parses(w)[:1]) and p[0].pos == "NOUN"]
    if not nouns:
        return True
    head = nouns[0]
    return role_of(head) is not None and any(p.has("nomn") for p in parses(head))


def _surer_subject_after(resolver: Resolver, verb: Verb, hi: int, before: Mention) -> bool:
    """Whether a person right after the verb (only words between) agrees with it and reads
    surely in the nominative while the name `before` it does not («Об этом Марко Рубио
    заявил Сергей Лавров»): the undeclined name first is the addressee."""
    if _surely_nominative(resolver.text[before.start : before.end]):
        return False
    return any(
        m.person is not None
        and m.nominative
        and (verb.gender is None or m.person.gender in (None, verb.gender))
        and not _BREAK.search(resolver.text[verb.token.end : m.start])
        and _surely_nominative(resolver.text[m.start : m.end])
        for m in resolver.entities.persons
        if verb.token.end <= m.start < hi
    )


def _surely_nominative(name: str) -> bool:
    """Whether a word of `name` is a dictionary first name, surname or patronymic read in the
    nominative and never in the dative («Сергей», «Лавров»); an undeclined «Марко Рубио» may
    be either."""
    for w in name.split():
        readings = parses(w.lower())
        named = any(p.has("nomn") and p.grams & PERSON_GRAMS for p in readings)
        if named and not any(p.has("datv") for p in readings):
            return True
    return False


def _may_be_nominative(name: str) -> bool:
    """Whether every word of `name` has a nominative reading («Эммануэль Макрон» after
    «такими словами», which the name finder reads in the instrumental)."""
    return all(any(p.has("nomn") for p in parses(w.lower())) for w in name.split())


_ADDRESSEE_CASES = frozenset({"datv", "ablt", "loct"})


def _addressed(name: str) -> bool:
    """Whether a word of `name` reads only in the dative, instrumental or prepositional,
    never the nominative («Валентине Матвиенко» before «сообщил»): an addressee, whatever
    the name finder made of it; a genitive-looking «Кая» (as of «Кай») still may be a
    subject."""
    return any(
        not any(p.has("nomn") for p in readings)
        and any(p.grams & _ADDRESSEE_CASES for p in readings)
        for readings in (parses(w.lower()) for w in name.split())
    )


def checked_speaker(
    resolver: Resolver, lo: int, hi: int, verb: Verb, who: str | None
) -> str | None:
    """`who`, the speaker read for the attribution clause text[lo:hi], unless the clause names
    them only where they cannot be the verb's subject: inside a circumstance before the verb
    (a preposition or a noun governs the name: «— в присутствии Нарендры Моди заявила …»,
    «— после визита Си Цзиньпина заявил …»), or with a known gender the verb's form denies
    («— в присутствии Сергея Лаврова заявила …»). Then the person named right after the verb
    in the nominative, agreeing with it, speaks; else nobody (an unknown speaker, never the
    wrong one). A name from the context (not in the clause) is left as the resolver read it."""
    named = [
        m
        for m in resolver.entities.persons
        if m.person is not None and m.person.name == who and lo <= m.start < hi
    ]
    persons = resolver.entities.persons
    if not named or not all(_not_subject(resolver.text, lo, verb, m, persons) for m in named):
        return who
    return nominative_right_after(resolver, verb, hi, who)


def _not_subject(text: str, lo: int, verb: Verb, m: Mention, persons: list[Mention]) -> bool:
    """Whether the mention `m` in a clause from `lo` cannot be `verb`'s subject: of the other
    known gender, or before the verb with a preposition or a noun governing it: a lower-case
    word right before the name (a capital one is of the name the finder cut short: «так
    Пенни Вонг», found as «Вонг»)."""
    gender = m.person.gender if m.person is not None else None
    if verb.gender is not None and gender not in (None, verb.gender):
        return True

    if m.end > verb.token.start:
        return _before_apposed_subject(text, m, persons, verb)
    if _addressed(text[m.start : m.end]):
        return True  # "Об этом Нарендре Моди сообщила …": a dative before the verb
    return lower_word_before(text, lo, m.start) is not None and not _bare_lead(text, lo, m.start)


def _before_apposed_subject(text: str, m: Mention, persons: list[Mention], verb: Verb) -> bool:
    """Whether the name `m` after the verb, in a form that need not be the nominative («Марко
    Рубио», «Ван И»), runs straight into a role in the nominative alone and a person holding
    it («— ответила Марко Рубио глава европейской дипломатии Кая Каллас»): the role and the
    name after it are the subject, the undeclined name before them whom the verb addresses.
    A role no person follows is the name's own, written without a comma («— сказал Марко
    Рубио госсекретарь США.»), only when the verb can agree with the name: see
    `_verb_fits_name`; else the role alone may be the subject («— ответили Марко Рубио
    представители ЕС», «— ответила Ван И глава МИД ФРГ»)."""
    if _surely_nominative(text[m.start : m.end]):
        return False
    nxt = word_tokens(text, m.end, min(len(text), m.end + 40))[:1]
    if not nxt or _BREAK.search(text, m.end, nxt[0].start) or role_of(nxt[0].text) is None:
        return False
    readings = [p for p in parses(nxt[0].lower) if p.pos == "NOUN"]
    if not readings or not all(p.has("nomn") for p in readings):
        return False
    return not _verb_fits_name(verb, m) or any(
        o.person is not None
        and o.start >= nxt[0].end
        and not _BREAK.search(text, nxt[0].end, o.start)
        for o in persons
    )


def _verb_fits_name(verb: Verb, m: Mention) -> bool:
    """Whether `verb` can agree with the undeclined name `m` alone: singular, and feminine
    only when the first name may be a woman's (see `_womans_first_name`). Not by the
    person's own gender: an undeclined name takes it from the verb beside it («ответила Марко
    Рубио» makes him a woman), and a name of unknown gender after a feminine verb («—
    ответила Ван И глава МИД ФРГ») is as likely whom the role answered."""
    if verb.plural or m.person is None:
        return False
    return verb.gender != "femn" or _womans_first_name(m.person.name)


_WOMANS_ENDINGS = frozenset({"а", "я"})


def _womans_first_name(name: str) -> bool:
    """Whether the first of two or more words of `name` ends in «-а»/«-я» and reads as no
    man's name in the nominative («Кая», «Мария»; never «Никита», «Марко», «Ван»)."""
    words = name.split()
    return (
        len(words) > 1
        and words[0][-1:] in _WOMANS_ENDINGS
        and not any(p.has("Name", "nomn", "masc") for p in parses(words[0].lower()))
    )


def lower_word_before(text: str, lo: int, at: int) -> Token | None:
    """The word right before `at` in text[lo:at] when it is lower-case — a preposition or
    noun that may govern the name at `at`; None when there is none or it is capitalised (a
    capital one is of the name the finder cut short: «так Пенни Вонг», found as «Вонг»)."""
    words = word_tokens(text, lo, at)
    return words[-1] if words and words[-1].text.islower() else None


def nominative_right_after(
    resolver: Resolver, verb: Verb, hi: int, other: str | None
) -> str | None:
    """The person named in the nominative right after the verb (only words between, up to
    `hi`), of a gender the verb's form allows, other than `other`; None when there is none."""
    return next(
        (
            m.person.name
            for m in resolver.entities.persons
            if m.person is not None
            and m.nominative
            and verb.token.end <= m.start < hi
            and m.person.name != other
            and (verb.gender is None or m.person.gender in (None, verb.gender))
            and not _BREAK.search(resolver.text[verb.token.end : m.start])
        ),
        None,
    )
