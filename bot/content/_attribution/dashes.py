"""Dash and signature attributions: a dash line below, a signed line, an interruption.

Why apart: the layout, not a verb, attributes these («"…",» ending a paragraph and «— сказал он»
opening the next; «– Рафаэль Гросси» alone on the next line; «Мы готовы, — сказал он, — к …»).
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.content._attribution.clauses import (
    _not_media,
    checked_speaker,
    denied,
    first_verb,
    last_verb,
    named_between,
)
from bot.content._attribution.context import Found, Outcome, SpanContext
from bot.content._attribution.relays import clause_speaker
from bot.content.balance import leaves_quote_open
from bot.content.entities import CLOSING_MARKS
from bot.content.layout import count_words, sentence_end, sentence_start
from bot.content.lexicon import (
    AUTHORED_NOUNS,
    CONTAINER_NOUNS,
    INDEFINITE_SUBJECTS,
    KIN_NOUNS,
    NON_ATTRIBUTING_VERBS,
    PERSONAL_PRONOUNS,
    PRONOUN_GENDERS,
    QUESTION_NOUNS,
    RECALLING_VERBS,
    RELAYING_VERBS,
    WORDS_LINKS,
    role_of,
)
from bot.content.mentions import Mention
from bot.content.morph import lemma, parses, word_set
from bot.content.spans import Span
from bot.content.speakers import Resolver, Token, Verb, past_leading_asides, tokens

_SIGNATURE = re.compile(r"[ \t]*[—–-][ \t]*(\S[^\n]{1,60}?)[ \t.]*$")
_SIGNED_AFTER = re.compile(r"[ \t]*[.!?…]?[ \t]*[—–-]?[ \t]*([А-ЯЁ][^\n.,:;«»\"]{2,60}?)[ \t.]*$")
# «Мы готовы, — сказал он «Известиям», — к диалогу»: the attribution between two dashes, any
# outlet or name it gives in quotation marks (a capital after the mark) included. A site may
# glue either dash to the mark before it («…партнером,— сказал глава агентства.— Мы …»); a
# hyphen glued so is a word's own («Россия-24»), never a dash.
_INTERRUPTION = re.compile(
    r"[,!?…]\s*[–—-]\s+((?:[^–—«»\"]|«[А-ЯЁA-Z][^«»\"\n]{0,60}»|\"[А-ЯЁA-Z][^«»\"\n]{0,60}\")"
    r"{3,250}?)(?:[,.]?\s+[–—-]|[,.][–—])\s+(?=\S)"
)
_LINE_DASH = re.compile(r"[ \t]*[-–—]{1,2}[ \t]*")
# Direct speech whose quotation marks the site stripped ("Нам нужно …, — убежден Озеров."): a
# comma (or the words' own ! ? …) and a dash between spaces before a lower-case word.
_UNMARKED_CUT = re.compile(r"(?:,|(?<=[!?…]))[ \t]+[—–-][ \t]+(?=[а-яё])")
_ANY_MARK = re.compile('[«»"„“”]')
_UNMARKED_MIN_WORDS = 3  # "Да, — ответил он": too short to tell speech from a fragment


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


def _clause_below_dash(c: SpanContext, lo: int) -> tuple[int, int] | None:
    """'«…Это очень опасно», -' ending its paragraph and 'подчеркивает тюменский эколог
    Максим Богопольский.' opening the next: the site broke the line after the attribution's
    dash, so its clause is the next paragraph's first sentence (this returns its bounds),
    when that paragraph opens with a lower-case word; None when the dash's own line goes on."""
    end = c.doc.layout.para_end(c.span.close)
    if c.text[lo:end].strip() or end >= len(c.text):
        return None
    start = end + 1
    if not c.text[start : start + 1].islower():
        return None
    return start, sentence_end(c.text, start, c.doc.layout.para_end(start))


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
    words = (c.span.open + 2 + cut.start(0), c.span.open + 1 + cut.end(0))  # keep the ","
    verb = first_verb(tokens(c.text, lo, hi), 3)
    if verb is None:
        # «…, — открестилась от темы Набиуллина. — …»: any past verb naming its subject
        found = _past_verb_clause(c, lo, hi)
        return Found(found.speaker, words) if isinstance(found, Found) else None
    who = c.resolver.resolve(lo, hi, verb, c.span.open)
    return Found(checked_speaker(c.resolver, lo, hi, verb, who), words)


def any_verb_after(c: SpanContext, dash: str, lo: int, hi: int) -> Outcome:
    """ "«Он настоящий лидер …», — похвалил Путин Си Цзиньпина": right after a quotation, its
    comma (or its own ! ? …) and a dash, a clause text[lo:hi] opening with a past-tense verb
    is its attribution whatever the verb («пошутил», «возмутился», «перечислил»), when the
    clause itself names the verb's subject (agreeing with its form). No context is guessed:
    «…», — задал вопрос журналист names nobody, and a link verb (NON_ATTRIBUTING_VERBS) or a
    plural one attributes nothing."""
    if "," not in dash and c.inner.rstrip()[-1:] not in ("!", "?", "…"):
        return None
    return _past_verb_clause(c, lo, hi)


def _past_verb_clause(c: SpanContext, lo: int, hi: int) -> Outcome:
    """The speaker of a clause text[lo:hi] opening with a past singular verb that is no
    link verb, when the clause names the verb's subject (`any_verb_after`), else None."""
    found = past_verb_speaker(c.resolver, lo, hi, c.span.open)
    return None if found is None else Found(found[1])


def past_verb_speaker(
    resolver: Resolver, lo: int, hi: int, pos: int, *, pronoun: bool = True
) -> tuple[Verb, str | None] | None:
    """The verb and the speaker of an attribution clause text[lo:hi] after a dash that opens
    with a past singular verb, no link verb, whatever it says the speaker did («— пошутил
    он», «— прервал его Володин», «— обратился он к депутатам»), for words at `pos`: the
    pronoun's referent, or the person or body the clause names (a role noun subject, «—
    перечислил политолог», the one the text gave it). None when the clause opens otherwise
    or names no subject, or (`pronoun` False) when a pronoun is its subject; the verb and
    None for an indefinite subject («— крикнул кто-то из зала»: the words are somebody's,
    so no rule after may hand them to the person who spoke before)."""
    toks = tokens(resolver.text, lo, hi)
    word = next((t for t in past_leading_asides(toks) if t.text[:1].isalpha()), None)
    best = parses(word.lower)[:1] if word is not None else ()
    if word is None or not best or best[0].normal in NON_ATTRIBUTING_VERBS:
        return None
    if best[0].pos != "VERB" or not best[0].has("past", "indc", "sing"):
        return None
    gender = "femn" if best[0].has("femn") else "masc" if best[0].has("masc") else None
    verb = Verb(word, gender, False, False)
    subject = _subject_token(toks, word)
    if subject is not None and subject.lower in INDEFINITE_SUBJECTS:
        return verb, None  # «— крикнул кто-то из зала»: somebody the text does not name
    if subject is not None and gender is not None and PRONOUN_GENDERS.get(subject.lower) == gender:
        return (verb, resolver.resolve(lo, hi, verb, pos)) if pronoun else None  # "— пошутил он"
    who = resolver.resolve(lo, hi, verb, pos, context=False)
    if _several_persons(resolver, lo, hi):
        return verb, None  # «— перебил Ткачева Володин»: the object may stand first (review14 R23)
    if _role_subject(subject):  # "— перечислил политолог": the role the text gave him
        if _object_named(resolver, toks, verb, subject, (who, pos)):
            return verb, None  # «— прервал министра депутат»: the minister was interrupted
        return verb, (who if _not_media(who) else None)
    if _not_media(who) and named_between(resolver, who, lo, hi):
        return verb, who
    return None


def _several_persons(resolver: Resolver, lo: int, hi: int) -> bool:
    """Whether the clause text[lo:hi] names two persons or more («— поблагодарил Путина
    Лукашенко»): a verb that takes a person object may put it before its subject, so the
    first person met is no safe speaker."""
    here = sorted(
        (m for m in resolver.entities.persons if lo <= m.start < hi and m.person),
        key=lambda m: m.start,
    )
    names = {m.person.name for m in here if m.person}
    return len(names) > 1 and not here[0].nominative  # «— обратился X к Y» keeps X


def _subject_token(toks: list[Token], verb: Token) -> Token | None:
    """The word after the clause's verb that may be its subject, past an object of the
    subject's own words ("— повторил свои слова министр", "— объяснил свое заявление он") and
    adjectives before a role ("— повторил свои слова бразильский лидер")."""
    after = [t for t in toks if t.start > verb.start]
    if (
        len(after) > 2
        and lemma(after[0].lower) == "свой"
        and lemma(after[1].lower) in AUTHORED_NOUNS
    ):
        after = after[2:]
    k = 0
    while k + 1 < len(after) and _nominative_adjective(after[k]):
        k += 1
    if k and _role_subject(after[k]):
        return after[k]
    return _role_past_object(after) or (after[0] if after else None)


def _object_named(
    resolver: Resolver,
    toks: list[Token],
    verb: Verb,
    subject: Token | None,
    found: tuple[str | None, int],
) -> bool:
    """Whether `who`, the speaker read from the clause `toks`, is the one named by the
    verb's object standing before a role subject (`_role_past_object`): «— прервал министра
    депутат», «— поправил губернатора спикер» name the minister and the governor as those
    the words were said to, and the resolver, meeting the object's role first, gives its
    person; then the subject's role names no one known (review-round16 R10). An object
    naming nobody («— нацелил подчиненных мэр») leaves the subject's role its person."""
    who, pos = found
    after = [t for t in toks if t.start > verb.token.start]
    if who is None or subject is None or subject not in after:
        return False
    k = after.index(subject)
    while k > 0 and _nominative_adjective(after[k - 1]):
        k -= 1  # «— повторил свои слова бразильский лидер»: the role's phrase
    if k == 0:
        return False  # the role right after the verb: no object before it
    lo, hi = toks[0].start, after[k].start
    return resolver.resolve(lo, hi, verb, pos, context=False) == who


_OBJECT_REACH = 4  # words of an object that may stand between the verb and a role subject


def _role_past_object(after: list[Token]) -> Token | None:
    """A role noun in the nominative after the verb's object, the object first in the clause
    («— нацелил подчиненных глава региона», «— сделал вывод дипломат», «— пересказал свой
    распорядок губернатор»): only past lowercase words, never a name, a comma or a role the
    verb took first (that one is the subject, `_subject_token`). Not past a question asked
    («— задал вопрос журналист»: the asker's question, no quotation of his, lexicon
    QUESTION_NOUNS)."""
    if not after or _role_subject(after[0]):
        return None
    for previous, tok in pairwise(after[:_OBJECT_REACH]):
        if not previous.text[:1].isalpha() or not previous.text.islower():
            return None
        if lemma(previous.lower) in QUESTION_NOUNS:
            return None
        if _role_subject(tok):
            return tok
    return None


def _nominative_adjective(tok: Token) -> bool:
    """Whether `tok` reads first as an adjective in the nominative («бразильский»)."""
    best = parses(tok.lower)[:1]
    return bool(best) and best[0].pos == "ADJF" and best[0].has("nomn")


def _role_subject(tok: Token | None) -> bool:
    """Whether `tok`, right after the verb, is a role noun in the nominative ("политолог",
    "дипломат"): the clause names its subject, as a speech verb's would."""
    return (
        tok is not None
        and role_of(tok.text) is not None
        and any(p.has("nomn") for p in parses(tok.lower)[:1])
    )


def unmarked_speech(resolver: Resolver, lo: int, hi: int) -> tuple[int, int, str] | None:
    """ "Нам нужно наладить диалог, — убежден Озеров.": a paragraph text[lo:hi] with no
    quotation mark at all, closed by a dash attribution (a speech verb among its first words,
    a person as its subject), is direct speech whose marks the site stripped; this returns
    the words' span and the speaker. Never a paragraph opening with a dash (dialogue, read
    elsewhere), an impersonal or plural verb ("— говорится в заявлении"), an outlet relaying
    ("— сообщает ТАСС") or a speaker left unknown: without marks, only a named speaker
    tells speech from narration."""
    text = resolver.text
    if text[lo : lo + 1] in "—–-":
        return None
    # the last one: "Заявления … — враньё, — сказал Небензя."
    cut = next(reversed(list(_UNMARKED_CUT.finditer(text, lo, hi))), None)
    if cut is None or count_words(text[lo : cut.start()]) < _UNMARKED_MIN_WORDS:
        return None
    words_hi = _words_end(text, lo, hi, cut.start())
    if words_hi is None:
        return None
    clause_lo = cut.end()
    clause_hi = sentence_end(text, clause_lo, hi)
    if text[clause_hi:hi].strip():
        return None  # the attribution must close the paragraph
    verb = first_verb(tokens(text, clause_lo, clause_hi), 3)
    if verb is None or verb.impersonal or verb.plural:
        return None
    if _apposition_between(resolver, sentence_start(text, lo, cut.start()), clause_lo, clause_hi):
        return None
    who = clause_speaker(resolver, clause_lo, clause_hi, verb, lo)
    if who is None or not _not_media(who):
        return None
    return lo, words_hi, who


# A dash between spaces right after a name opening a sentence: an apposition follows.
_APPOSITION_DASH = re.compile(r"[ \t]+[–—-][ \t]+")
# Name words before a person's mention that opens a sentence («Лула да » of «Лула да Силва»).
_NAME_WORDS = re.compile(r"(?:[А-ЯЁ][\w'’-]*[ \t]+(?:[а-яё]{1,3}[ \t]+)?)*")
# The attribution clause up to its first comma or colon («отметил также», before «, что …»).
_CLAUSE_PART = re.compile(r"[^,;:]*")


def _apposition_between(resolver: Resolver, sent_lo: int, clause_lo: int, clause_hi: int) -> bool:
    """ "Шахбаз Шариф – младший брат экс-премьера …, – отметил также, что …": a sentence that
    opens with a person's name (name words may stand before its mention: «Лула да Силва»)
    and a dash, closed by a dash clause with no subject of its own up to its first comma (no
    name, body, pronoun or role: «, что …» is what was said, not who said it), sets an
    apposition between two dashes; the name is the verb's subject and the words between are
    no quotation. A clause with a subject of its own («Путин – сильный лидер, – сказал
    Трамп», «…, – сказал он») leaves the words speech."""
    text, persons = resolver.text, resolver.entities.persons
    opening = next(
        (
            m
            for m in persons
            if m.start >= sent_lo and _NAME_WORDS.fullmatch(text, sent_lo, m.start)
        ),
        None,
    )
    dash = None if opening is None else _APPOSITION_DASH.match(text, opening.end)
    if opening is None or dash is None or not _role_head(text, dash.end(), clause_lo):
        return False
    if _other_subject_before(resolver, sent_lo, opening):
        return False
    own = _CLAUSE_PART.match(text, clause_lo, clause_hi)
    own_hi = own.end() if own else clause_hi
    named = [*persons, *resolver.entities.orgs]
    if any(clause_lo <= m.start < own_hi for m in named):
        return False
    words = [t.lower for t in tokens(text, clause_lo, own_hi)]
    return not any(w in PERSONAL_PRONOUNS or role_of(w) is not None for w in words)


def _role_head(text: str, lo: int, hi: int) -> bool:
    """Whether the words from `lo` open with a role or kinship noun, adjectives before it
    allowed («младший брат экс-премьера …», «бывший профсоюзный лидер», «министр с …»): an
    apposition says who the name is. A predicate («смелый человек, но он должен …») or an
    appraisal («лучший нападающий в истории клуба») is what the speaker says of him."""
    toks = [t for t in tokens(text, lo, hi) if t.text[:1].isalpha()]
    k = 0
    while k < len(toks) and k < 3 and _nominative_adjective(toks[k]):
        if toks[k].lower in _APPRAISALS:
            return False
        k += 1
    if k >= len(toks):
        return False
    word = toks[k].lower
    return role_of(toks[k].text) is not None or lemma(word) in KIN_NOUNS


# Adjectives of appraisal: the words after «X –» judge him, the speaker's words.
_APPRAISALS = word_set("лучший лучшая худший худшая великий великая")


def _other_subject_before(resolver: Resolver, sent_lo: int, opening: Mention) -> bool:
    """Whether the sentence before `sent_lo` has another person than `opening`'s as a
    nominative: «Тренер Сергей Семак ответил на вопросы.\nАртем Дзюба – …, – сказал …»
    leaves the elided subject his, and the words between the dashes his speech."""
    text = resolver.text
    end = len(text[:sent_lo].rstrip()) - 1
    if end <= 0:
        return False
    prev_lo = sentence_start(text, 0, end)
    return any(
        prev_lo <= m.start < sent_lo and m.nominative and m.person != opening.person
        for m in resolver.entities.persons
    )


def speech_before_colon(resolver: Resolver, lo: int, hi: int, at: int) -> tuple[bool, str | None]:
    """ "В своем телеграм-канале он написал:" over "- Наш Президент назначил меня …": whether
    the paragraph text[lo:hi] closes with a colon after a speech verb of its last sentence
    (not denied), which introduces the words at `at` below, and who that verb's subject is
    (None when the sentence and the context do not tell). A label with no verb («А. Иванов:»,
    «Главное из заявления Сибиги:») or a sentence with no speech verb («Речь шла о …:»)
    introduces nothing here."""
    text = resolver.text
    line = text[lo:hi].rstrip()
    if not line.endswith(":"):
        return False, None
    end = lo + len(line) - 1
    sent_lo = sentence_start(text, lo, end)
    toks = tokens(text, sent_lo, end)
    verb = last_verb(toks)
    if verb is None or denied(toks, verb):
        return False, None
    if _relays_words(toks, verb):
        return True, None
    return True, resolver.resolve(sent_lo, end, verb, at)


def _relays_words(toks: list[Token], verb: Verb) -> bool:
    """ "Он привел слова бойца Андрея Смирнова:", "Депутат процитировала обращение жителей:":
    a verb that quotes (lexicon RELAYING_VERBS) or one that recalls words it takes as its
    object (RECALLING_VERBS before a noun of CONTAINER_NOUNS, «на» between allowed) passes on
    another's words, never its subject's own: their owner stays unknown here («Он напомнил:»
    alone introduces his own words)."""
    name = lemma(verb.token.lower)
    if name in RELAYING_VERBS:
        return True
    if name not in RECALLING_VERBS:
        return False
    after = [t for t in toks if t.start >= verb.token.end and t.text[:1].isalpha()][:2]
    if after and after[0].lower in WORDS_LINKS:
        after = after[1:]
    return bool(after) and lemma(after[0].lower) in CONTAINER_NOUNS


def speech_above_dash(resolver: Resolver, lo: int, hi: int, below: int, end: int) -> str | None:
    """ "Нахожусь в командировке в Москве. …" over "– написал глава региона в социальных
    сетях.": a paragraph text[lo:hi] with no quotation mark and no opening dash, under which
    the paragraph text[below:end] is nothing but a dash attribution (a lower-case clause whose
    speech verb is among its first words, neither impersonal nor plural), is direct speech
    the site broke from its attribution; this returns the speaker, or None — without marks,
    as in `unmarked_speech`, only a named speaker (no outlet) tells speech from narration."""
    text = resolver.text
    if text[lo : lo + 1] in "—–-" or _ANY_MARK.search(text, lo, hi):
        return None
    if count_words(text[lo:hi]) < _UNMARKED_MIN_WORDS or text[below : below + 1] not in "—–-":
        return None
    dash = _LINE_DASH.match(text, below, end)
    if dash is None:
        return None
    clause_lo = dash.end()
    clause_hi = sentence_end(text, clause_lo, end)
    if not text[clause_lo : clause_lo + 1].islower() or text[clause_hi:end].strip():
        return None
    verb = first_verb(tokens(text, clause_lo, clause_hi), 3)
    if verb is None or verb.impersonal or verb.plural:
        return None
    who = clause_speaker(resolver, clause_lo, clause_hi, verb, lo)
    return who if who is not None and _not_media(who) else None


_MAX_ABOVE = 8  # paragraphs looked at above a lone closing mark for the quotation it closes


def _words_end(text: str, lo: int, hi: int, cut: int) -> int | None:
    """Where the unmarked words of the paragraph text[lo:hi] end, its attribution's comma at
    `cut`: there when the paragraph holds no quotation mark, or before the one mark it holds
    when that mark closes the words right before the comma («В течение 10 лет мы … двух
    стран», — утверждает председатель КНР.": the site lost the opening mark); None when any
    other mark stands in the paragraph (a quotation of its own, read by the spans)."""
    marks = [m.start() for m in _ANY_MARK.finditer(text, lo, hi)]
    if not marks:
        return cut
    if marks == [cut - 1] and text[cut - 1] in CLOSING_MARKS and not _left_open(text, lo):
        return cut - 1
    return None


def _left_open(text: str, lo: int) -> bool:
    """Whether a paragraph above the one at `lo` leaves a quotation open (more « than », an
    odd number of straight marks, a „ unclosed): the mark closing this paragraph closes that
    one, run over the paragraphs between, and no words lost their opening mark here. The
    nearest paragraph with any mark decides; those without marks are the quotation's middle."""
    hi = lo - 1
    for _ in range(_MAX_ABOVE):
        if hi <= 0:
            return False
        start = text.rfind("\n", 0, hi) + 1
        above = text[start:hi]
        if _ANY_MARK.search(above):
            return leaves_quote_open(above)
        hi = start - 1
    return True  # no mark in many paragraphs: too far to tell, leave it


def marks_leave_words(spans: list[Span], lo: int, hi: int, end: int) -> bool:
    """Whether the quotation marks of a dash paragraph leave its words text[lo:hi] (up to the
    attribution, the paragraph ending at `end`) to be read as dialogue: a name quoted inside
    them («— Только что узнал, что меня внесли в «Миротворец», — сказал Кожемяко») or an
    outlet or a quotation after the attribution («…, — передает «РИА Новости» его слова»,
    «…, — сказал посол. «Это не способствует …», — добавил он») do; a quotation opening
    the words or running past the attribution («— «Мы готовы», — сказал он») is the span's."""
    for span in spans:
        if span.open >= end or span.close < lo - 2:
            continue
        inside = lo < span.open and span.close < hi
        if not inside and span.open < hi:
            return False
    return True
