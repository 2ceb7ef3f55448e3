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
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from itertools import pairwise

from bot.content.layout import Layout, count_words, sentence_end, sentence_start
from bot.content.lexicon import (
    ACCORDING_NOUNS,
    CONTENT_VERBS,
    DENIAL_VERBS,
    HEARING_VERBS,
    HONORIFICS,
    MEDIA,
    NAMED_THINGS,
    NAMING_VERBS,
    OWNED_TEXTS,
    PASSING_ON_VERBS,
    QUESTION_NOUNS,
    RELAY_VERBS,
    REPLY_VERBS,
    REPORTER_NOUNS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    STATEMENT_VERBS,
    SUCH_WORDS,
    TARGET_VERBS,
    TERM_NOUNS,
    TEXT_NOUNS,
    WORDS_NOUNS,
    role_of,
)
from bot.content.mentions import Mention
from bot.content.morph import lemma, parses, word_set
from bot.content.spans import Span
from bot.content.speakers import (
    Resolver,
    Token,
    Verb,
    addressed,
    naming_verb,
    speech_verb,
    tokens,
)

_TOPIC_PREPOSITIONS = frozenset({"о", "об", "про"})
_HEARD_LINKS = frozenset({",", ":", "что", "как", "будто", "якобы"})
_QUOTE_OPEN = re.compile(r"[«\"„“]")
_SIGNATURE = re.compile(r"[ \t]*[—–-][ \t]*(\S[^\n]{1,60}?)[ \t.]*$")
_SIGNED_AFTER = re.compile(r"[ \t]*[.!?…]?[ \t]*[—–-]?[ \t]*([А-ЯЁ][^\n.,:;«»\"]{2,60}?)[ \t.]*$")
_DASH_AFTER = re.compile(r"^[ \t]*[,.]?[ \t]*[-–—]{1,2}[ \t]*")
_COMMA_AFTER = re.compile(r"^[ \t]*,[ \t]*")
# "по словам X", "по его мнению", "по утверждению X", "со слов X" (nouns: ACCORDING_NOUNS).
_PO_SLOVAM = re.compile(
    r"\b(?:[Пп]о\s+(?:(?:его|ее|её|их)\s+)?(?P<noun>[а-яё]+)|[Сс]о\s+(?P<from>слов))\b"
)
_AS_REPORTS = re.compile(
    r"(?:^|[\s,])(?:[Кк]ак|[Пп]о данным|[Сс]огласно|[Сс]о ссылкой на)\b[^«\"„“]{0,80}?"
    r"(?:переда[её]т|передают|пишет|пишут|сообща\w+|информир\w+|данным|сообщению|ссылкой)"
    r"[^,\n]{0,80},\s*$"
)
_AS_SAID = re.compile(r"(?:^|[\s,(])[Кк]ак\s+([^,\n]{1,120}),\s*$")
_AS_OPENING = re.compile(r"[\s—–-]*[Кк]ак\s+([^,\n«»\"]{1,120}),\s+[^«»\"]*$")
_INTERRUPTION = re.compile(r"[,!?…]\s*[–—-]\s+([^–—«»\"]{3,120}?)[,.]?\s+[–—-]\s+(?=\S)")
_SO_SAID = re.compile(
    r"(?:Так|Такое мнение|Такое заявление|С таким заявлением|Такую оценку|Об этом)\b"
)
_SO_CALLED = re.compile(r"(?:так|т\.)\s*(?:называем\w*|н\.)\s*$|называем\w+\s*$", re.IGNORECASE)
# After a noun for someone's words (WORDS_NOUNS: "заявления главы МИД Армении Арарата
# Мирзояна о том, что «…»", "Риторика генсека НАТО о «…»"), its owner, then the link to the
# quotation. The owner's reported words may go on past "что" (the tail) until the quotation,
# unless someone else speaks in between ("слова Терезы Мэй о том, что высылка «…» «…»").
_OWNER_LINK = re.compile(
    r"\s+(?P<owner>(?:[^«»\"\n:;.]|(?<=\b[А-ЯЁA-Z])\.){2,200}?)"
    r"(?P<link>,?\s+о том,?\s+что|,?\s+что|\s+(?:об?|ко?)|,[^«»\":]{0,100}:|:)"
    r"(?P<tail>(?<=что)[^.!?;:\n]{0,200}?)?\s*$"
)
# "Ее слова о том, что Запад «…»": the link right after a words noun its possessive owns.
_BARE_LINK = re.compile(
    r"(?P<link>,?\s+о том,?\s+что|,?\s+что|\s+(?:об?|ко?))"
    r"(?P<tail>(?<=что)[^.!?;:\n]{0,200}?)?\s*$"
)
_POSSESSIVE_GENDER = {"его": "masc", "ее": "femn", "её": "femn"}
# "— приводит РИА Новости сообщение ведомства": the owner after the words noun, to the comma.
_OWNER_OBJECT = re.compile(r"\s+(?P<owner>[^«»\"\n:;.,]{2,120})")
_POSSESSIVE = frozenset({"его", "ее", "её", "их"})
_TOPIC_OPENING = re.compile(r"(?:о|об)\b")
_TOPIC_LINKS = frozenset({"о", "об", "к", "ко"})  # "угрозы X о «…»", "призыв X к «…»"
_VERB_POS = frozenset({"VERB", "INFN", "GRND"})
# Speech verbs only when used alone ("— продолжил он"); with an object they are not speech.
_ALONE_VERBS = word_set("продолжить продолжать поделиться делиться")
# Verbs that relay someone's words: "— приводит (передает) слова Лаврова корреспондент «КП»
# Дмитрий Смирнов" gives Лавров's words, never the relaying reporter's or outlet's.
_QUOTING = word_set("цитировать процитировать приводить привести передать передавать")
_CITING = word_set("цитировать процитировать")
_LEADING = word_set("приводить привести")  # "приводят к проблемам": lead to, no quoting
_HE = frozenset({"он", "она", "они"})
_THAT = frozenset({"что", "чтобы", "как"})
_CONJUNCTIONS = frozenset({"и", "а", "но", "или", "что", "чтобы"})
_MIN_LOOSE_WORDS = 4
_TITLE_MAX = 200  # a first paragraph longer than this is no title line
_TITLE_LABEL = re.compile(r"\s*([^:«»\"\n.,]{2,60}):\s")
_PREDICATE_POS = frozenset({"ADJS", "PRTS"})  # a declared state, not an action (irony)
_NAME_POS = frozenset({"NOUN", "ADJF"})  # the head of a name: «нормандской четвёрки»
_LOWER_NAMED = NAMED_THINGS - TEXT_NOUNS  # kinds whose name may be a lowercase phrase
_CONTENT_LINK = re.compile(r"\s*(?:(?:о\s+|в\s+)?(?:тем|том|то)\s*,\s*)?(?:что|чтобы)\s*")
_QUOTE_MARK = re.compile(r"[«»\"„“]")
_WORD = re.compile(r"[^\W\d_]+")
_STEM = 5  # letters of a word that survive its case endings («Северный», «Северного»)
_PAIRED = re.compile(r"\s*,?\s*(?:а|и|но|или|либо)\s+(?:не\s+)?[«\"„“]")
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
    first_letter = next((c for c in inner if c.isalnum()), "")
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
        titled=not first_letter.islower() and _title_before(text, sent_lo, span.open),
        last=last,
    )


# --- helpers ------------------------------------------------------------------------------------


def first_verb(toks: list[Token], limit: int) -> Verb | None:
    for tok in toks[:limit]:
        verb = speech_verb(tok)
        if verb is not None:
            return verb
    return None


def such_statement_verb(toks: list[Token]) -> Verb | None:
    """ "такое заявление в интервью «Российской газете» сделал Николай Патрушев": a clause
    opening with a statement made, whose verb ("сделал", no speech verb alone) attributes
    the quotation before it."""
    words = [t for t in toks if t.text[:1].isalpha()]
    if len(words) < 3 or lemma(words[0].lower) not in SUCH_WORDS:
        return None
    if lemma(words[1].lower) not in STATEMENT_NOUNS:
        return None
    verb = next((t for t in words[2:10] if lemma(t.lower) in STATEMENT_VERBS), None)
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


def _title_before(text: str, lo: int, opening: int, kinds: frozenset[str] = NAMED_THINGS) -> bool:
    """ "журнала «…»", "саммит «…»": the word before the quote names a kind of thing."""
    toks = tokens(text, max(lo, opening - 40), opening)
    if not toks:
        return False
    word = toks[-1].lower
    return word in kinds or any(
        p.normal in kinds for p in parses(word) if p.pos in ("NOUN", "PRTF")
    )


def _term_before(c: SpanContext) -> bool:
    """Whether the word right before the quotation is a term noun ("понятие", "термин")."""
    toks = c.toks_before[-1:]
    return (
        bool(toks)
        and toks[0].end == len(c.text[: c.span.open].rstrip())
        and any(p.normal in TERM_NOUNS for p in parses(toks[0].lower) if p.pos == "NOUN")
    )


def _not_media(who: str | None) -> bool:
    return who is not None and not MEDIA.fullmatch(who)


# --- the rules, in order ------------------------------------------------------------------------


def quoted_name(c: SpanContext) -> Outcome:
    """ "газопровод «Сила Сибири», — отметил Новак": a name inside a sentence, not speech.

    A quoted name opens with a capital; "альянса «[должны] увеличить…»" is speech even after a
    title noun."""
    if c.starts_sentence:
        return None
    if _term_before(c) or _SO_CALLED.search(c.before[-40:]):
        # "понятие «ежедневный брифинг госдепа»", "так называемой «российской угрозе»":
        # words cited as words, nobody's quotation
        return NOT_SPEECH
    after_word = c.before.rstrip()[-1:].isalnum()
    short_capital = after_word and c.n_words <= 3 and _capital_or_sign(c.inner.strip())
    return NOT_SPEECH if c.titled or short_capital or _lower_title(c) else None


def _capital_or_sign(inner: str) -> bool:
    """A capital first letter, or no lowercase letter at all: «Россия 1», «1+1», «G7»."""
    return inner[:1].isupper() or not any(ch.islower() for ch in inner)


def _lower_title(c: SpanContext) -> bool:
    """ "саммит «нормандской четвёрки»", "формат «большой семёрки»": a lowercase noun phrase
    in the genitive or nominative right after a noun that names a kind of thing is its name,
    not anybody's words (a phrase opening with a verb, "альянса «должен увеличить…»", or an
    instrumental after a naming verb, "назвал соглашение «кабальным»", still may be)."""
    if not c.first_letter.islower() or c.n_words > 3:
        return False
    if not _title_before(c.text, c.sent_lo, c.span.open, _LOWER_NAMED):
        return False
    words = [t.lower for t in tokens(c.inner, 0, len(c.inner)) if t.text[:1].isalpha()]
    if not words or not any(p.pos in _NAME_POS for p in parses(words[0])):
        return False
    head = parses(words[-1])[:1]  # the head noun: «большой восьмерки», «одного Китая»
    return any(p.pos in _NAME_POS and (p.has("gent") or p.has("nomn")) for p in head)


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
        return _possessive_owner(c)
    noun, hit = owned
    lo, hi = hit.span("owner")
    if _speaks_in(c, lo, c.span.open):
        return None
    if hit.group("link") == ":" and _reply_before(c, noun.start):
        return None  # "прокомментировала слова госсекретаря: «…»": the reply is quoted
    toks = tokens(c.text, lo, hi)
    if not toks or not toks[0].text[:1].isalpha() or toks[0].lower in ("о", "об"):
        return None
    if _has_verb(toks) or (hit.group("link").strip() in _TOPIC_LINKS and c.n_words < 2):
        return None  # "призывы Керри объясняются тем, что": the author's clause; "об «…»" a term
    found, who = c.resolver.scan(toks, None, c.span.open, stop_early=False)
    if not found:
        return _unnamed_owner(c, toks, hit.group("link"))
    if not _genitive_owner(c, toks, who):
        return None
    # "Володин вручил … цитаты Президента РФ: «…»", "Отвечая на слова журналиста о «…»,
    # Лавров заявил": a role the text never linked to anyone falls back on some person, here
    # the sentence's own subject: unknown, not him.
    subject = _subject_of(c, lo)
    own = who == subject or _subject_elsewhere(c, who, lo, hi)
    return Found(None if own else who)


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
    if gender is None or _body_subject(c, lo, pronoun.start):
        return Found(None)
    subject = _subject_of(c, pronoun.start)
    named = {
        m.person.name
        for m in c.resolver.entities.persons
        if lo <= m.start < pronoun.start
        and m.person is not None
        and m.person.gender in (None, gender)
        and m.person.name != subject
        and not c.resolver._inside_quote(m.start)
    }
    return Found(named.pop() if len(named) == 1 else None)


def _own_words(c: SpanContext, pronoun: Token) -> Found:
    """ "Лавров повторил свои слова о том, что «…»", "Он повторил свое заявление, что …":
    «свой» owns them for the clause's subject — a person named first and in the nominative,
    or "он"/"она" opening the sentence; unknown otherwise."""
    first = next(
        (m for m in c.resolver.entities.persons if c.sent_lo <= m.start < pronoun.start), None
    )
    if first is not None:
        return Found(first.person.name if first.nominative and first.person else None)
    opening = c.toks_before[0].lower if c.toks_before else ""
    if opening in _HE and opening != "они":
        gender = "femn" if opening == "она" else "masc"
        return Found(c.resolver.pronoun(gender, c.span.open))
    return Found(None)


def _body_subject(c: SpanContext, lo: int, hi: int) -> bool:
    """Whether a sentence in text[lo:hi] opens with an organisation, its subject ("Минобороны
    выступило. Его заявление …": "его" may be the body's)."""
    return any(
        lo <= m.start < hi and not c.text[sentence_start(c.text, lo, m.start) : m.start].strip()
        for m in c.resolver.entities.orgs
    )


def _unnamed_owner(c: SpanContext, toks: list[Token], link: str) -> Outcome:
    """ "не согласился с заявлениями российской стороны о том, что гибель генерала является
    «ценой за двуличие США»": an owner in the genitive that names nobody (no name, role or
    body) still makes the quotation someone's words: speech, speaker unknown — never the
    subject who disagrees. Only a reported clause ("что") of two words or more."""
    readings = parses(toks[0].lower)  # "российской стороны", "СМИ" (a word of every case)
    genitive = any(p.pos in ("NOUN", "ADJF") and p.has("gent") for p in readings)
    return Found(None) if genitive and c.n_words >= 2 and link.endswith("что") else None


def _words_noun(tok: Token) -> bool:
    """Whether `tok` is a noun for someone's words ("заявлением", "слова", "угрозы")."""
    return lemma(tok.lower) in WORDS_NOUNS and any(p.pos == "NOUN" for p in parses(tok.lower)[:1])


def _has_verb(toks: list[Token]) -> bool:
    """Whether `toks` hold a verb: then they are a clause of their own, no owner in the
    genitive ("призывы Керри объясняются тем, что …")."""
    return any(p.pos in _VERB_POS for t in toks for p in parses(t.lower)[:1])


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
    if named:
        first = tokens(c.text, named[0].start, named[0].end)[:1]
    else:
        first = [t for t in toks if role_of(t.text) is not None or t.text[:1].isupper()][:1]
    return bool(first) and any(p.has("gent") for p in parses(first[0].lower))


def _reply_before(c: SpanContext, at: int) -> bool:
    """Whether a verb of reply ("прокомментировала", "ответил на") takes the words noun at
    `at` as its object: the word before it, or before its preposition."""
    words = [t.lower for t in tokens(c.text, c.sent_lo, at) if t.text[:1].isalpha()][-2:]
    if words and words[-1] == "на":
        words = words[:-1]
    return bool(words) and lemma(words[-1]) in REPLY_VERBS


def _speaks_in(c: SpanContext, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] has a speech or naming verb of its own: then its subject, not the
    owner of the words named before, speaks ("слова Мэй о том, что он заявил «…»")."""
    return any(
        speech_verb(t) is not None or lemma(t.lower) in NAMING_VERBS for t in tokens(c.text, lo, hi)
    )


def _names_person(c: SpanContext, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] names a person in the nominative (a subject of its own)."""
    return any(lo <= m.start < hi and m.nominative for m in c.resolver.entities.persons)


def _subject_of(c: SpanContext, hi: int) -> str | None:
    """The person named first in the sentence before `hi`, as its subject."""
    for m in c.resolver.entities.persons:
        if c.sent_lo <= m.start < hi and m.person is not None:
            return m.person.name
    return None


def clause_speaker(resolver: Resolver, lo: int, hi: int, verb: Verb, pos: int) -> str | None:
    """Who speaks by the attribution clause text[lo:hi] after a quotation at `pos` ("—
    заявил Лавров", "— приводит заявление МИД Киргизии РИА Новости"): the owner of the words
    a quoting verb takes as its object, else the verb's subject. Dashed direct speech
    without quotation marks is attributed through here too."""
    owner = _quoted_owner(resolver, verb, lo, hi, pos)
    return owner.speaker if owner is not None else resolver.resolve(lo, hi, verb, pos)


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
        return None  # "— приводит ее слова ТАСС": the clause's pronoun names the owner
    toks = _genitive_owner_tokens(resolver, tokens(text, hit.start("owner"), hit.end("owner")))
    found, who = resolver.scan(toks, None, pos, stop_early=True) if toks else (False, None)
    if found and who is not None and MEDIA.fullmatch(who):
        return None  # "— приводит слова ТАСС": the outlet relays; the clause decides
    return Found(who if found else None)


def _genitive_owner_tokens(resolver: Resolver, toks: list[Token]) -> list[Token]:
    """The words' owner up to the relaying subject after it: "слова министра | корреспондент
    ТАСС Иван Петров" — a role noun or a person in the nominative starts the subject."""
    nominative = {m.start for m in resolver.entities.persons if m.nominative}
    for k, tok in enumerate(toks[1:], start=1):
        if tok.start in nominative or _nominative_person_noun(tok):
            return toks[:k]
    return toks


def _nominative_person_noun(tok: Token) -> bool:
    """Whether `tok` is a role or reporter noun read in the nominative ("корреспондент")."""
    best = parses(tok.lower)[:1]
    if not best or best[0].pos != "NOUN" or not best[0].has("nomn"):
        return False
    return best[0].normal in REPORTER_NOUNS or role_of(tok.text) is not None


def _quoted_person(resolver: Resolver, verb: Verb, hi: int) -> Found | None:
    """ "— цитирует официальный сайт МИД Китая Ван Вэньбина": the one person «цитировать»
    takes as its object (an oblique case after it) is whose words they are, never the
    subject that quotes nor a name inside the quotation."""
    if _lemma_of(verb) not in _CITING:
        return None
    after = [m for m in resolver.entities.persons if verb.token.end <= m.start < hi]
    first = after[0] if after else None
    if _object_right_after(resolver, verb, first) and first is not None and first.person:
        return Found(first.person.name)
    objects = {m.person.name for m in after if m.person is not None and not m.nominative}
    if len(objects) != 1 or len(after) != len([m for m in after if not m.nominative]):
        return None
    return Found(objects.pop())


def _object_right_after(resolver: Resolver, verb: Verb, first: Mention | None) -> bool:
    """ "— цитирует Макрона корреспондент РИА Новости Алексей Иванов": a person right after
    the verb, in an oblique case, is its object; whoever is named after him quotes."""
    if first is None or first.person is None or first.nominative:
        return False
    return not resolver.text[verb.token.end : first.start].strip()


def dash_after(c: SpanContext) -> Outcome:
    """«…», — заявил Лавров. (a comma alone only with the verb right after: «…», сказал он.)"""
    dash = _DASH_AFTER.match(c.after)
    comma = dash or _COMMA_AFTER.match(c.after)
    if comma is None:
        return _signed_below(c)
    clause_lo = c.after_lo + comma.end()
    clause_hi = sentence_end(c.text, clause_lo, c.para_hi)
    below = None if dash else _dash_below(c, clause_lo)
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
    if verb is None or (not dashed and _gerund(verb)):
        # "…, чтобы «избежать войны», призвав реформировать Пентагон": a gerund after the
        # comma goes on the sentence's own clause; what follows it is its object
        return None
    who = clause_speaker(c.resolver, clause_lo, clause_hi, verb, c.span.open)
    if who is not None and MEDIA.fullmatch(who) and _lemma_of(verb) in RELAY_VERBS:
        return _relayed(c, verb, clause_hi) or Found(who)
    return Found(who)


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


def _relayed(c: SpanContext, verb: Verb, clause_hi: int) -> Found | None:
    """ "Турция выступает «за …», передает ТАСС. Об этом заявил министр … Мевлют Чавушоглу":
    an outlet that relays the words never spoke them; the next sentence's "Об этом заявил X"
    names who did, and so does the sentence's own attribution before the quotation ("Лавров
    заявил, что Россия «…», передает ТАСС": the rules after this one). An outlet that only
    passes words on ("передает") is nobody's speaker without them; one that writes or
    reports (None here) may be reporting in its own words."""
    named = _next_sentence_speaker(c, clause_hi)
    if _not_media(named):
        return Found(named)
    own = None if c.starts_sentence else _sentence_attribution(c)
    if own is not None and _not_media(own.speaker):
        return own
    return Found(None) if _lemma_of(verb) in PASSING_ON_VERBS else None


def _sentence_attribution(c: SpanContext) -> Found | None:
    """What the rules after `dash_after` say of the quotation, from its own sentence."""
    at = next(k for k, (name, _rule) in enumerate(RULES) if name == "dash_after")
    return classify(c, RULES[at + 1 :])


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


def colon_before(c: SpanContext) -> Outcome:
    """Лавров заявил: «…»; "Глава Минфина Антон Силуанов, впрочем, был осторожнее: «…»"."""
    if not c.before.rstrip().endswith(":"):
        return None
    if _question_put(c):
        return Found(None)  # "Ответ Шольца на вопрос: «Не могли бы вы …?»": the asker's
    verb = last_verb(c.toks_before)
    if verb is not None:
        return Found(c.resolver.resolve(c.sent_lo, c.span.open, verb, c.span.open))
    named = [t for t in c.toks_before if t.text != ":"]
    found, who = c.resolver.scan(list(reversed(named)), None, c.span.open, stop_early=False)
    if not found or who is None:
        # "Александр Васильевич Чепурин, посол России: «…»": the role after the comma names
        # nobody new; the name the label opens with does
        first, named_first = c.resolver.scan(named, None, c.span.open, stop_early=True)
        if not found or (first and _names_person(c, c.sent_lo, c.span.open)):
            found, who = first, named_first
    if found and who is not None and _attribute_only(c, who):
        who = None  # "раздражены решением Евросоюза: «…»": whose decision, not who speaks
    if found or c.n_words >= 3:
        return Found(who)
    return NOT_SPEECH


def _question_put(c: SpanContext) -> bool:
    """ "Ответ Олафа Шольца на вопрос: «Не могли бы вы конкретизировать?»": a question after
    a question noun and its colon is put to the sentence's subject, never his words (who asked
    it the sentence does not say)."""
    named = [t for t in c.toks_before if t.text != ":"]
    if not named or lemma(named[-1].lower) not in QUESTION_NOUNS:
        return False
    return c.inner.rstrip(' .»"').endswith("?")


def _attribute_only(c: SpanContext, who: str) -> bool:
    """Whether every mention of `who` before the quotation is a genitive attribute of the
    noun before it ("решением Евросоюза"), never a subject or a label."""
    ents = c.resolver.entities
    named = [
        m
        for m in (*ents.persons, *ents.orgs)
        if c.sent_lo <= m.start < c.span.open
        and who in (m.org, m.person.name if m.person else None)
    ]
    if not named:
        return False
    for m in named:
        prev = tokens(c.text, max(c.sent_lo, m.start - 30), m.start)[-1:]
        first = tokens(c.text, m.start, m.end)[:1]
        if not prev or not first or m.nominative:
            return False
        noun = [p for p in parses(prev[0].lower)[:1] if p.pos == "NOUN" and not p.has("nomn")]
        if not noun or noun[0].normal in WORDS_NOUNS | STATEMENT_NOUNS:
            return False  # "словами Лаврова: «…»" are his
        if any(p.has("nomn") for p in parses(first[0].lower)[:1]):
            return False
    return True


def headline(c: SpanContext) -> Outcome:
    """The title line (the first paragraph, no closing full stop): "Володин: депутатам
    стоит «думать головой»" is the words of the one named before the colon; "«Мир устал»:
    глава МИД Ирана резко ответил …" of who the clause after the colon names."""
    if c.para_lo != 0 or c.doc.layout.para_end(0) > _TITLE_MAX:
        return None
    line = c.text[: c.doc.layout.para_end(0)]
    if not line.strip() or line.rstrip()[-1] in ".!?…":
        return None
    label = _TITLE_LABEL.match(line)
    if label is not None and label.end() <= c.span.open:
        toks = tokens(c.text, label.start(1), label.end(1))
        found, who = c.resolver.scan(toks, None, c.span.open, stop_early=False)
        named = found and _named_in(c, who, label.start(1), label.end(1))
        return Found(who) if named else None
    if not c.starts_sentence or not c.after.startswith(":"):
        return None
    lo = c.after_lo + 1
    toks = tokens(c.text, lo, len(line))
    verb = first_verb(toks, 6)
    if verb is None:
        return _title_topic(c, lo, toks)
    # Only the subject before the verb ("ответил на критику Зеленского" names no speaker),
    # and only one the title names: a role there ("глава МИД Ирана") is introduced later.
    who = c.resolver.resolve(lo, verb.token.end, verb, c.span.open, context=False)
    return Found(who if _named_in(c, who, lo, verb.token.end) else None)


def _title_topic(c: SpanContext, lo: int, toks: list[Token]) -> Outcome:
    """ "«Им не нужен мир»: Пашинян о силах, мешающих …": a title quotation labelled with a
    person's name and what he spoke about is his words (two words at least, and two only as
    a saying of the title's own: a quoted one- or two-word name is no saying)."""
    at = next((k for k, t in enumerate(toks[:4]) if t.lower in _TOPIC_PREPOSITIONS), 0)
    if at == 0 or c.n_words < 2 or (c.n_words == 2 and not _title_saying(c)):
        return None
    hi = toks[at].start
    persons = [m for m in c.resolver.entities.persons if lo <= m.start < hi and m.person]
    if len(persons) != 1 or not persons[0].nominative:
        return None
    return Found(persons[0].person.name) if persons[0].person is not None else None


def _title_saying(c: SpanContext) -> bool:
    """Two quoted words of a title are a saying («Классическая дезинформация»: Захарова про
    …) only when no word but the first is capitalised («Сила Сибири» is a name) and the body
    does not name them again."""
    words = _WORD.findall(c.inner)
    return not any(w[:1].isupper() for w in words[1:]) and not _recurs_in_body(c)


def _recurs_in_body(c: SpanContext) -> bool:
    """Whether the body (past the title line) says the quoted words again, in any case (by
    their stems): a name or term the text is about («Северный поток»: Миллер о … and «…
    «Северного потока» …»), not a saying of the title alone."""
    words = " ".join(w[:_STEM] for w in _WORD.findall(c.inner.lower()))
    body = " ".join(w[:_STEM] for w in _WORD.findall(c.text[c.doc.layout.para_end(0) :].lower()))
    return f" {words} " in f" {body} "


def _named_in(c: SpanContext, who: str | None, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] mentions `who` (a person or an organisation) by name."""
    ents = c.resolver.entities
    return who is not None and any(
        lo <= m.start < hi and who in (m.org, m.person.name if m.person else None)
        for m in (*ents.persons, *ents.orgs)
    )


def po_slovam(c: SpanContext) -> Outcome:
    """ "по словам X, «…»", "по его словам, «…»", "по мнению X, …«…»"."""
    po = _according_to(c.text, c.sent_lo, c.span.open)
    if po is None:
        return None
    clause_hi = c.text.find(",", po.end(), c.span.open)
    clause_hi = c.span.open if clause_hi < 0 else clause_hi
    if not (c.n_words >= 2 and _fragment(c)) and not (
        c.n_words >= 3 or c.ends_sentence or _content_pair(c) or _in_content(c, clause_hi)
    ):
        return None
    if _speaks_in(c, clause_hi, c.span.open) and _names_person(c, clause_hi, c.span.open):
        return None  # "По словам Трампа, Путин сказал ему, что «…»": the inner speaker's
    toks = tokens(c.text, po.start() + 2, clause_hi)
    found, who = c.resolver.scan(toks, None, c.span.open, stop_early=True)
    owner = who if found else None
    return _inner_namer(c, clause_hi + 1, owner) or Found(owner)


def _inner_namer(c: SpanContext, lo: int, owner: str | None) -> Found | None:
    """ "По мнению спикера, глава СКР оскорбил народ, назвав палату «государственной дурой»":
    a naming verb whose subject the clause after the opinion's `owner` names (a role, a
    pronoun) gives the words to that subject; negated ("Лэмми не называл …"), to nobody.
    None when the clause names no subject ("это можно назвать «провалом»": the owner's)."""
    toks = tokens(c.text, lo, c.span.open)
    namer = next((t for t in reversed(toks) if lemma(t.lower) in NAMING_VERBS), None)
    if namer is None:
        return None
    verb = naming_verb(namer)
    if _denied(c, verb):
        return Found(None)
    subject = _subject_word(toks, namer)
    who = c.resolver.resolve(lo, c.span.open, verb, c.span.open, context=False)
    if who is None and any(p.pos == "GRND" for p in parses(namer.lower)[:1]):
        # "глава СКР оскорбил народ, назвав …": a gerund's subject opens its clause
        before = [t for t in toks if t.start < namer.start]
        _found, who = c.resolver.scan(before, verb, c.span.open, stop_early=True)
    if subject is None:
        return Found(who) if who is not None else None
    if subject.lower not in _HE and (owner is None or who == owner):
        # a role the text links to nobody falls back on the last person, maybe the owner
        # (or the owner is unknown, and the role may have fallen back on him): unknown
        return Found(None)
    return Found(who)


def _subject_word(toks: list[Token], verb: Token) -> Token | None:
    """The role noun in the nominative or personal pronoun standing before `verb` ("глава СКР
    оскорбил народ, назвав …"): a subject, known or not, of its own; None when none."""
    for tok in toks:
        if tok.start >= verb.start:
            break
        if tok.lower in _HE:
            return tok
        if role_of(tok.text) is not None and any(p.has("nomn") for p in parses(tok.lower)[:1]):
            return tok
    return None


def _denied(c: SpanContext, verb: Verb) -> bool:
    """ "Боррель не называл Россию «фашистским государством»", "отрицает, что Лавров назвал
    …": words someone is said not to have said, or a claim denied, are nobody's saying; so,
    when unsure, is a view negated ("не считают Обаму «катастрофой для Израиля»": the words
    of those who do)."""
    before = [t for t in c.toks_before if t.start < verb.token.start and t.text[:1].isalpha()]
    if before and before[-1].lower == "не":
        return True
    return any(lemma(t.lower) in DENIAL_VERBS for t in before)


def _in_content(c: SpanContext, lo: int) -> bool:
    """ "По словам Захаровой, призывы Керри объясняются тем, что Вашингтон пытается отвлечь
    внимание «громкими» заявлениями": a lowercase fragment inside the "что" clause of what
    the speaker said is part of her reported words."""
    return _fragment(c) and any(
        t.lower in ("что", "чтобы") for t in tokens(c.text, lo, c.span.open)
    )


def _according_to(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last "по словам", "по утверждению", "со слов" … in text[lo:hi], or None."""
    last = None
    for hit in _PO_SLOVAM.finditer(text, lo, hi):
        noun = hit.group("noun")
        if hit.group("from") or (noun and _according_noun(noun)):
            last = hit
    return last


def _according_noun(word: str) -> bool:
    """ "словам", "утверждению": a noun for someone's words in the dative, after «по»."""
    return any(p.normal in ACCORDING_NOUNS and p.has("datv") for p in parses(word))


def _content_pair(c: SpanContext) -> bool:
    """ "обсуждала не «конкретные формулировки», а «суть …»": a two-word fragment set against
    (or joined to) the next quotation of its sentence is part of the same reported words."""
    if not _fragment(c) or c.n_words < 2:
        return False
    return _PAIRED.match(c.after) is not None


def as_said(c: SpanContext) -> Outcome:
    """ "Как отметил министр, «…»": the clause names the speaker (not a relaying outlet)."""
    hit = _AS_SAID.search(c.before)
    if hit is None or c.n_words < 2:
        return None
    lo, hi = c.sent_lo + hit.start(1), c.sent_lo + hit.end(1)
    verb = first_verb(tokens(c.text, lo, hi), 3)
    if verb is None or _lemma_of(verb) in RELAY_VERBS:
        return None
    return Found(c.resolver.resolve(lo, hi, verb, c.span.open))


def as_reports(c: SpanContext) -> Outcome:
    """ "Как передает ТАСС, «…»": the outlet relays whoever was named as speaking before."""
    hit = _AS_REPORTS.search(c.before) if c.n_words >= 3 else None
    if hit is None:
        return None
    agents = c.resolver.agents
    agent = next((w for at, w in reversed(agents) if at < c.span.open and _not_media(w)), None)
    if agent is None:
        agent = _writer(c, c.sent_lo + hit.start())
    if agent is None:
        _found, agent = c.resolver.scan(c.toks_before, None, c.span.open, stop_early=False)
    return Found(agent)


def _writer(c: SpanContext, lo: int) -> str | None:
    """ "При этом, как пишет председатель Госдумы, «…»": the person (or body) the «как …»
    clause itself names as writing, never an outlet (which relays someone named before)."""
    clause = tokens(c.text, lo, c.span.open)
    clause = clause[next((k for k, t in enumerate(clause) if t.text[:1].isalpha()), 0) :]
    found, who = c.resolver.scan(clause, None, c.span.open, stop_early=True)
    return who if found and _not_media(who) else None


def as_opening(c: SpanContext) -> Outcome:
    """ "Как сообщил Ушаков, встреча «может состояться…».": a person (never an outlet) named
    in a sentence-opening "Как …," clause owns the quotation closing the sentence."""
    hit = _AS_OPENING.match(c.before)
    if hit is None or not c.ends_sentence or c.titled or c.n_words < 3:
        return None
    lo, hi = c.sent_lo + hit.start(1), c.sent_lo + hit.end(1)
    verb = first_verb(tokens(c.text, lo, hi), 3)
    if verb is None:
        return None
    who = c.resolver.resolve(lo, hi, verb, c.span.open)
    if _not_media(who):
        return Found(who)
    if c.first_letter.islower():  # "Как заявил источник, переговоры «зашли в тупик»"
        return Found(None)
    return None


def reported_speech(c: SpanContext) -> Outcome:
    """ "он сказал, что в Кремле «…»": speech embedded after a speech verb and "что".

    A short quotation counts when it opens lowercase: a fragment of speech ("заявили, что
    ответ будет «взвешенным и адекватным»"), never a quoted name."""
    lower = c.first_letter.islower()
    loose = c.n_words >= _MIN_LOOSE_WORDS or (c.n_words >= 3 and lower)
    if not (loose and c.ends_sentence and not c.titled):
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
            body = _body_named(c, verb, that.start) if that is not None else None
            if body is None:
                continue
            return Found(body)
        if that is None:
            return None
        if _denied(c, verb):
            return Found(None)  # "Он не говорил, что переговоры «…»": nobody's words
        # "Она процитировала Роберта Рождественского о том, что «…»": the quoted person's.
        quoted = _quoted_person(c.resolver, verb, that.start)
        if quoted is not None:
            return quoted
        group = _group_gerund(toks[:k], verb)
        return Found(
            c.resolver.resolve(
                c.sent_lo, that.start, group or verb, c.span.open, context=group is None
            )
        )
    return None


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


def _body_named(c: SpanContext, verb: Verb, hi: int) -> str | None:
    """The organisation an impersonal clause names ("на сайте МИД РФ говорится"), or the
    person whose text it cites ("В заявлении Лаврова говорится"), or None."""
    orgs = [m.org for m in c.resolver.entities.orgs if c.sent_lo <= m.start < hi and m.org]
    who = c.resolver.resolve(c.sent_lo, hi, verb, c.span.open, context=False)
    if who is None or MEDIA.fullmatch(who):
        return None
    return who if who in orgs or (_is_person(c, who) and _cites_text(c, verb)) else None


def _cites_text(c: SpanContext, verb: Verb) -> bool:
    """Whether the clause before `verb` says where the words stand: "в заявлении", "во
    обращении", "в письме" (lexicon OWNED_TEXTS)."""
    toks = [t for t in c.toks_before if t.start < verb.token.start]
    return any(a.lower in ("в", "во") and lemma(b.lower) in OWNED_TEXTS for a, b in pairwise(toks))


def _is_person(c: SpanContext, who: str) -> bool:
    """Whether `who` is a person the text names (not a body or an outlet)."""
    return any(m.person is not None and m.person.name == who for m in c.resolver.entities.persons)


def _clause_verb(c: SpanContext) -> Verb | None:
    """The speech verb of the clause the quotation sits in: the last personal speech verb
    (or a naming verb: "назвал это «…»") between the sentence start and the quotation."""
    toks = c.toks_before
    for k in range(len(toks) - 1, -1, -1):
        verb = _speech_at(toks, k)
        if verb is not None and not verb.impersonal:
            return verb
        if lemma(toks[k].lower) in NAMING_VERBS:
            return naming_verb(toks[k])
    return None


def _speech_at(toks: list[Token], k: int) -> Verb | None:
    """toks[k] as a speech verb, unless it is one only when used alone ("— продолжил он")
    and here takes an object ("продолжает расследование", "продолжил работать")."""
    verb = speech_verb(toks[k])
    if verb is None or lemma(toks[k].lower) not in _ALONE_VERBS or k + 1 >= len(toks):
        return verb
    following = parses(toks[k + 1].lower)[:1]
    takes_object = any(p.pos in ("NOUN", "INFN") and not p.has("nomn") for p in following)
    return None if takes_object else verb


def _subject_end(c: SpanContext, verb: Verb) -> int:
    """Where the speaker may be named after the verb: a name, role or pronoun right after it
    ("заявил Лавров, что …", "Как отметил политик, …") up to the comma; never the object
    ("назвали заявление Госдепа", "раскритиковал Washington Post за …")."""
    if lemma(verb.token.lower) in TARGET_VERBS:
        return verb.token.end
    after = [t for t in c.toks_before if t.start > verb.token.start]
    named = bool(after) and (
        after[0].text[:1].isupper()
        or role_of(after[0].text) is not None
        or after[0].lower in _HE
        or lemma(after[0].lower) in HONORIFICS  # "подчеркнул господин Рябков, «…»"
    )
    if not named:
        return verb.token.end
    comma = next((t for t in after if t.text in ",;:"), None)
    return comma.start if comma is not None else c.span.open


def _governed(c: SpanContext, verb: Verb) -> bool:
    """A one- or two-word fragment is speech only as the content of the verb: after "что"
    ("заявил, что Госдеп опирается на «домыслы»") or as its object ("констатировал
    «сравнительное затишье»"), not deep in a noun phrase ("о провале «крестового похода»")."""
    between = [t for t in c.toks_before if t.start > verb.token.start and t.text[:1].isalpha()]
    if any(t.lower in ("что", "чтобы") for t in between):
        return True
    if _point_of(c, verb):
        return True
    words = tokens(c.inner, 0, len(c.inner))
    readings = parses(words[0].lower) if words else []
    if lemma(verb.token.lower) in NAMING_VERBS and len(between) <= 3 and not verb.plural:
        return _named_as(words, between)
    genitive = any(p.has("gent") for p in readings[:1])
    return c.n_words == 2 and len(between) <= 3 and not genitive


def _named_as(words: list[Token], between: list[Token]) -> bool:
    """What one speaker called or judged something: the instrumental ("назвав его
    «отпиской»") or the words right after "как" ("расценил решение как «провокацию»"). A
    plural "в МИД назвали заявление «абсурдным»" characterises: the caller checks that
    nobody is quoted there."""
    if between and between[-1].lower == "как":
        return True
    return bool(words) and any(p.has("ablt") for p in parses(words[0].lower))


def _point_of(c: SpanContext, verb: Verb) -> bool:
    """ "Он призвал всех читать, ведь иначе можно утратить «когнитивные способности»": two
    words or more in the clause of one speaker's call, pointer or reproach (a plural "власти
    призывают … «…»" characterises a body; nobody is quoted)."""
    if c.n_words < 2 or verb.plural or lemma(verb.token.lower) not in CONTENT_VERBS:
        return False
    return not _pronoun_in_doubt(c, verb)


def _pronoun_in_doubt(c: SpanContext, verb: Verb) -> bool:
    """Whether the verb's subject is "он"/"она" while the sentence before names more than one
    person ("По мнению сенатора Пушкова, Трамп нацелен на …. Он указал на …": who is "он"?)."""
    if not any(t.lower in _HE for t in c.toks_before if t.start < verb.token.start):
        return False
    lo = sentence_start(c.text, max(0, c.sent_lo - _CONTEXT), max(0, c.sent_lo - 1))
    named = {
        m.person.name
        for m in c.resolver.entities.persons
        if lo <= m.start < c.sent_lo and m.person is not None
    }
    return len(named) != 1


def partial_quote(c: SpanContext) -> Outcome:
    """ "Лавров заявил, что Запад нацелен на сдерживание России «в стратегическом плане»",
    "назвал утечку «сливом»": a lowercase fragment inside reported speech belongs to the
    subject of the clause's speech verb. Short fragments count only with a named speaker,
    never after "так называемый" (a term, not someone's words)."""
    if not c.first_letter.islower() or c.titled or _SO_CALLED.search(c.before[-40:]):
        return None
    verb = _clause_verb(c)
    if verb is None or (c.n_words < 3 and not _governed(c, verb)):
        return None
    if _denied(c, verb):
        return Found(None)  # "Боррель не называл Россию «…»": nobody's words
    if _participle(verb):
        return Found(_participle_owner(c, verb))
    # Only a subject the clause names: "говорили о том, что «…»" has nobody to fall back on.
    end = _subject_end(c, verb)
    who = c.resolver.resolve(c.sent_lo, end, verb, c.span.open, context=False)
    if who is None and _gerund(verb):
        who = _gerund_subject(c, verb)
    if who is None and c.n_words < _MIN_LOOSE_WORDS:
        return None
    return Found(who)


def _gerund(verb: Verb) -> bool:
    """ "выразив", "подчеркнув": a gerund, whose subject is that of the finite verb before."""
    return any(p.pos == "GRND" for p in parses(verb.token.lower)[:1])


def _gerund_subject(c: SpanContext, gerund: Verb) -> str | None:
    """ "«…», – заявил Блинкен в начале встречи, выразив надежду на «продуктивный разговор»":
    a gerund's fragment is the words of the subject the sentence names for the finite speech
    verb before it, by name (a pronoun there may be anyone; a plural verb's group is left to
    `reported_speech`)."""
    before = [t for t in c.toks_before if t.start < gerund.token.start]
    for k in range(len(before) - 1, -1, -1):
        verb = _speech_at(before, k)
        if verb is None or _gerund(verb) or _participle(verb):
            continue
        if verb.plural or verb.impersonal:
            return None
        who = c.resolver.resolve(c.sent_lo, gerund.token.start, verb, c.span.open, context=False)
        return who if _named_in(c, who, c.sent_lo, gerund.token.start) else None
    return None


def _participle(verb: Verb) -> bool:
    """ "назвавшему", "заявивший": a participle, whose subject is the noun it follows."""
    found = parses(verb.token.lower)
    return bool(found) and found[0].pos == "PRTF"


def _participle_owner(c: SpanContext, verb: Verb) -> str | None:
    """ "ответил Трампу, назвавшему Россию «…»": the person named right before the
    participle's comma speaks; anyone else named in the sentence does not."""
    head_end = c.sent_lo + len(c.text[c.sent_lo : verb.token.start].rstrip(" ,"))
    owner = next((m for m in c.resolver.entities.persons if m.end == head_end), None)
    return owner.person.name if owner is not None and owner.person is not None else None


def _fragment(c: SpanContext) -> bool:
    """A lowercase piece of reported speech: no name, title or "так называемый" term."""
    return c.first_letter.islower() and not c.titled and not _SO_CALLED.search(c.before[-40:])


def verb_after(c: SpanContext) -> Outcome:
    """ "Избирателям нужны «реалистичные оценки» происходящего, заявил посол Анатолий
    Антонов.": a fragment in a sentence that ends with ", <speech verb> <speaker>" is the
    words of the speaker that clause names (a person or a body, never an outlet, never a
    pronoun: only the sentence's own attribution, no guess from the context). One quoted
    word ("задача «слива» беседы …, считает Ушаков") is a term more often than his words."""
    if not _fragment(c) or c.n_words < 2 or c.starts_sentence or _clause_verb(c) is not None:
        return None
    end = sentence_end(c.text, c.after_lo, c.para_hi)
    comma = c.text.rfind(", ", c.after_lo, end)
    if comma < 0 or _QUOTE_MARK.search(c.text, comma, end):
        return None  # the closing clause holds another quotation: not a plain attribution
    toks = tokens(c.text, comma + 1, end)
    # ", заявил посол …" or ", такую оценку дал посол …" (a statement made)
    verb = (_speech_at(toks, 0) or such_statement_verb(toks)) if toks else None
    if verb is None or verb.impersonal:
        return None
    who = c.resolver.resolve(comma + 1, end, verb, c.span.open, context=False)
    return Found(who) if _not_media(who) and _named_in(c, who, comma, end) else None


def so_said_next(c: SpanContext) -> Outcome:
    """ "…, а данная тема уже «всем уже надоела». Такое заявление сделал Дмитрий Полянский":
    a fragment closing its sentence belongs to whoever the next sentence says made it."""
    if not _fragment(c) or c.starts_sentence:
        return None
    if c.ends_sentence:
        who = _next_sentence_speaker(c, c.span.close + 1)
    elif c.n_words >= 2 and _clause_verb(c) is None and not _genitive_pair(c):
        # "…, а «коврижки и аплодисменты» Запада приводят к проблемам. Об этом заявил X",
        # "возможно «нарастание проблем», поскольку …": two words at least, and the rest of
        # the sentence has no speech of its own
        end = sentence_end(c.text, c.after_lo, c.para_hi)
        rest = tokens(c.text, c.after_lo, end)
        said = any(speech_verb(t) and not _leads_to(rest, k) for k, t in enumerate(rest))
        others = _QUOTE_OPEN.search(c.text, c.after_lo, end) or _according_to(
            c.text, c.after_lo, end
        )
        if said or others:
            return None
        who = _next_sentence_speaker(c, end)
        if who is None and _next_sentence_attributes(c, end):
            return Found(None)  # "Об этом заявил представитель Госдепа": someone unnamed
    else:
        return None
    return Found(who) if _not_media(who) else None


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
    opening = before[-1][0]
    who = next((name for at, _rank, name, _g in c.resolver.spoken if at == opening), None)
    return Found(who) if who is not None else None


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


def own_sentence(c: SpanContext) -> Outcome:
    """A quotation that is a sentence of its own: the speaker of the sentence before ("Об этом
    заявил Лавров. «…»"), after ("«…». Так прокомментировал ситуацию Лавров."), or of the
    previous quotation in this or the previous paragraph."""
    inner_final = c.inner.rstrip()[-1:] in ".!?…"
    long_enough = c.n_words >= _MIN_LOOSE_WORDS or (inner_final and c.n_words >= 2)
    if not (c.starts_sentence and (c.ends_sentence or inner_final)) or c.titled:
        return None
    if not long_enough:
        return None
    who = _previous_sentence_speaker(c) or _next_sentence_speaker(c, c.span.close + 1)
    here = c.doc.layout.paragraph_of(c.span.open)
    if who is None and c.last is not None and here - c.last[0] <= 1:
        who = None if _another_subject(c) else c.last[1]
    return Found(None if _subject_inside(c, who) else who)


def _subject_inside(c: SpanContext, who: str | None) -> bool:
    """Whether the quotation itself names `who` as the subject of a verb right after the name
    ("«…Владимир Путин сообщил мне, что …»"): a person the words talk about in the third
    person is not who says them, so a speaker taken from the sentences around is a guess."""
    if who is None:
        return False
    for m in c.resolver.entities.persons:
        if not c.span.open < m.start < c.span.close or m.person is None:
            continue
        if m.person.name != who or not m.nominative:
            continue
        nxt = tokens(c.text, m.end, min(m.end + 40, c.span.close))[:1]
        if nxt and any(p.pos == "VERB" for p in parses(nxt[0].lower)[:1]):
            return True
    return False


def _another_subject(c: SpanContext) -> bool:
    """Whether the sentence right before the quotation names a person in the nominative
    other than the previous quotation's speaker ("«…», — сказал Лавров. Блинкен с этим не
    согласился. «…»"): then carrying the previous speaker on would be a guess."""
    last = c.last[1] if c.last is not None else None
    hi = c.span.open if not c.starts_sentence else c.sent_lo
    lo = sentence_start(c.text, max(0, hi - _CONTEXT), max(0, hi - 1))
    there = [m for m in c.resolver.entities.persons if lo <= m.start < hi and m.person]
    if any(m.nominative and m.person is not None and m.person.name != last for m in there):
        return True
    # "«…», — заявил Боррель. Дипломат задала Боррелю вопрос. «…?»": the last speaker is
    # now only whom someone else addresses
    mine = [m for m in there if m.person is not None and m.person.name == last]
    if mine and all(addressed(c.text, m) for m in mine):
        return True
    gender = next((m.person.gender for m in mine if m.person is not None), None)
    if gender is None:
        gender = c.resolver.gender_of(last)
    acted = _past_gender(tokens(c.text, lo, hi))
    return gender is not None and acted is not None and acted != gender


def _past_gender(toks: list[Token]) -> str | None:
    """The gender of the first singular past-tense verb of a sentence whose subject opens it
    as a person, a role noun or «он»/«она» («Дипломат задала вопрос»: feminine); None when it
    opens otherwise («Встреча прошла …» says nothing of a person), has no such verb, or its
    form does not say."""
    if not toks or not (toks[0].lower in ("он", "она") or role_of(toks[0].text) is not None):
        return None
    for tok in toks:
        found = [p for p in parses(tok.lower)[:1] if p.pos == "VERB" and p.has("past", "sing")]
        if found:
            grams = found[0].grams
            return "femn" if "femn" in grams else "masc" if "masc" in grams else None
    return None


def _leads_to(toks: list[Token], k: int) -> bool:
    """ "приводят только к проблемам": «приводить к» is "lead to", never quoting."""
    if lemma(toks[k].lower) not in _LEADING:
        return False
    return any(t.lower in ("к", "ко") for t in toks[k + 1 : k + 3])


def _next_sentence_speaker(c: SpanContext, lo: int) -> str | None:
    text, layout = c.text, c.doc.layout
    para_hi = c.para_hi
    while lo < para_hi and text[lo] in ".!?… ":
        lo += 1
    if lo >= para_hi and para_hi < len(text):  # "«…»\nОб этом заявил Лавров."
        lo = para_hi + 1
        para_hi = layout.para_end(lo)
    hi = sentence_end(text, lo, para_hi)
    if not _SO_SAID.match(text, lo, hi):
        return None
    toks = tokens(text, lo, hi)
    verb = first_verb(toks, 5) or such_statement_verb(toks)
    return c.resolver.resolve(lo, hi, verb, c.span.close) if verb is not None else None


def _genitive_pair(c: SpanContext) -> bool:
    """Two quoted words opening with a genitive («выделение «репарационного кредита»»): a
    term named as the object of a noun, not a statement."""
    words = tokens(c.inner, 0, len(c.inner))
    return c.n_words == 2 and any(p.has("gent") for p in parses(words[0].lower)[:1])


def _next_sentence_attributes(c: SpanContext, lo: int) -> bool:
    """Whether the next sentence is an attribution («Об этом заявил …») with a speech verb,
    whoever it names."""
    text = c.text
    para_hi = c.para_hi
    while lo < para_hi and text[lo] in ".!?… ":
        lo += 1
    if lo >= para_hi and para_hi < len(text):
        lo = para_hi + 1
        para_hi = c.doc.layout.para_end(lo)
    hi = sentence_end(text, lo, para_hi)
    return bool(_SO_SAID.match(text, lo, hi)) and first_verb(tokens(text, lo, hi), 5) is not None


def _previous_sentence_speaker(c: SpanContext) -> str | None:
    text, layout = c.text, c.doc.layout
    lo, hi = c.para_lo, c.sent_lo
    named_only = False
    if hi <= c.para_lo:  # the quotation opens its paragraph: look at the previous one
        if c.para_lo == 0:
            return None
        hi = c.para_lo - 1
        lo = layout.para_start(hi)
        # "Путин заявил, что …\n«…»": without a colon, only a speaker the sentence names.
        named_only = not text[lo:hi].rstrip().endswith(":")
    prev_lo = sentence_start(text, lo, max(lo, hi - 1))
    verb = last_verb(tokens(text, prev_lo, hi))
    if verb is None or (named_only and verb.impersonal):
        return None
    return c.resolver.resolve(prev_lo, hi, verb, c.span.open, context=not named_only)


Rule = Callable[[SpanContext], Outcome]
RULES: tuple[tuple[str, Rule], ...] = (
    ("quoted_name", quoted_name),
    ("dash_after", dash_after),
    ("heard_words", heard_words),
    ("words_of_another", words_of_another),
    ("colon_before", colon_before),
    ("headline", headline),
    ("po_slovam", po_slovam),
    ("as_said", as_said),
    ("as_reports", as_reports),
    ("as_opening", as_opening),
    ("reported_speech", reported_speech),
    ("partial_quote", partial_quote),
    ("verb_after", verb_after),
    ("so_said_next", so_said_next),
    ("predicate_quote", predicate_quote),
    ("content_of_previous", content_of_previous),
    ("interrupted", interrupted),
    ("own_sentence", own_sentence),
)


def classify(c: SpanContext, rules: tuple[tuple[str, Rule], ...] = RULES) -> Found | None:
    """The first rule's answer: Found, or None for "not speech" (by a rule or by none)."""
    for _name, rule in rules:
        outcome = rule(c)
        if outcome is None:
            continue
        return _not_reported_of(c, outcome) if isinstance(outcome, Found) else None
    return None


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
        if verb is not None and subject is not None and _names_candidate(c, subject, verb, who):
            return Found(None, found.cut)
    return Found(None, found.cut) if _relays_inside(c, toks, who) else found


def _relays_inside(c: SpanContext, toks: list[Token], who: str) -> bool:
    """ "«Макрон выступит с обращением, сообщает Le Monde», — говорится в публикации …": a
    body the quotation itself names as relaying its words («сообщает Le Monde», «пишет
    газета») is not who the quotation is of."""
    starts = {m.start for m in c.resolver.entities.orgs if m.org == who}
    return any(
        lemma(tok.lower) in RELAY_VERBS and nxt.start in starts for tok, nxt in pairwise(toks)
    )


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


def _names_candidate(c: SpanContext, tok: Token, verb: Verb, who: str) -> bool:
    """Whether `tok`, the subject before a speech verb inside the quotation, names `who`:
    the last word of a nominative mention of him, or a nominative role noun the text gives
    him ("Президент" for the one it introduced as president)."""
    for m in c.resolver.entities.persons:
        if m.end == tok.end and m.nominative and m.person is not None:
            return m.person.name == who
    role = role_of(tok.text)
    if role is None or not any(p.has("nomn") for p in parses(tok.lower)[:1]):
        return False
    return c.resolver.role(role, verb.gender, c.span.open) == who
