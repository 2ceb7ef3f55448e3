"""The sentences around a quotation: «Такое заявление сделал X» after it, the speaker before.

Why apart: a quotation that is a sentence of its own, or a fragment no verb of its sentence
governs, is attributed by the next sentence («Об этом заявил …») or the previous one.
"""

from __future__ import annotations

import re

from bot.content._attribution.according import _according_to
from bot.content._attribution.clauses import (
    _MIN_LOOSE_WORDS,
    _addressed,
    _fragment,
    _leads_to,
    _not_media,
    denied,
    first_verb,
    last_verb,
    lower_word_before,
    next_sentence,
    next_sentence_speaker,
    nominative_right_after,
    so_said,
    such_statement_verb,
)
from bot.content._attribution.context import _CONTEXT, Found, Outcome, SpanContext
from bot.content._attribution.fragments import _clause_verb
from bot.content.layout import sentence_end, sentence_start
from bot.content.lexicon import (
    ANSWERED_OCCASIONS,
    PUBLISHED_TEXTS,
    PUBLISHING_VERBS,
    SHIFT_OPENERS,
    role_of,
)
from bot.content.mentions import Mention
from bot.content.morph import lemma, parses
from bot.content.name_case import nominative_title
from bot.content.speakers import Token, addressed, speech_verb, tokens

_QUOTE_OPEN = re.compile(r"[«\"„“]")


def so_said_next(c: SpanContext) -> Outcome:
    """ "…, а данная тема уже «всем уже надоела». Такое заявление сделал Дмитрий Полянский":
    a fragment closing its sentence belongs to whoever the next sentence says made it."""
    if not _fragment(c) or c.starts_sentence:
        return None
    if c.ends_sentence:
        who = next_sentence_speaker(c, c.span.close + 1)
        who = _reported_subject(c, who) or who
    elif (c.n_words >= 2 or _finite_verb(c)) and _clause_verb(c) is None and not _genitive_pair(c):
        # "…, а «коврижки и аплодисменты» Запада приводят к проблемам. Об этом заявил X",
        # "возможно «нарастание проблем», поскольку …": two words at least, and the rest of
        # the sentence has no speech of its own
        end = sentence_end(c.text, c.after_lo, c.para_hi)
        rest = tokens(c.text, c.after_lo, end)
        said = any(speech_verb(t) and not _leads_to(rest, k) for k, t in enumerate(rest))
        others = _other_quotation(c, end) or _according_to(c.text, c.after_lo, end)
        if said or others:
            return None
        who = next_sentence_speaker(c, end)
        who = _reported_subject(c, who) or who
        if who is None and _next_sentence_attributes(c, end):
            return Found(None)  # "Об этом заявил представитель Госдепа": someone unnamed
    else:
        return None
    return Found(who) if _not_media(who) else None


def _other_quotation(c: SpanContext, end: int) -> bool:
    """Whether the rest of the sentence up to `end` quotes a name or words of their own (a
    capital after the mark). A lowercase fragment there ("спецслужбы Украины и «их
    зарубежные кукловоды», которые «потеряли чувство реальности». Об этом заявил X") is more
    of the same words, owned by the same next sentence."""
    for mark in _QUOTE_OPEN.finditer(c.text, c.after_lo, end):
        first = next((ch for ch in c.text[mark.end() : end] if ch.isalnum()), "")
        if not first.islower():
            return True
    return False


def _reported_subject(c: SpanContext, body: str | None) -> str | None:
    """ "Представитель МИД Ирана Нассер Канаани … опроверг «беспочвенные обвинения». Об этом
    говорится в сообщении МИД Ирана", "… Канаани опроверг «…». Об этом сообщает ТАСС.": when
    the next sentence names a body or an outlet reporting the sentence, the fragment is the
    words of the one person its own sentence names as its subject, in the nominative before
    it — the body only reports what its official said, the outlet what it heard."""
    people = c.resolver.entities.persons
    if body is None or any(m.person is not None and m.person.name == body for m in people):
        return None
    subjects = {
        m.person.name
        for m in people
        if m.person is not None
        and c.sent_lo <= m.start < c.span.open
        and not c.resolver.inside_quote(m.start)
    }
    nominative = [
        m for m in people if c.sent_lo <= m.start < c.span.open and m.nominative and m.person
    ]
    if len(subjects) == 1 and nominative:
        return subjects.pop()
    return _opening_subject(c, nominative)


def _opening_subject(c: SpanContext, nominative: list[Mention]) -> str | None:
    """ "Нетаньяху назвал Эрдогана «антисемитским диктатором», который «одержим Израилем». Об
    этом сообщает канцелярия …": with other people named only in an oblique case (the one he
    named so), the person in the nominative opening the sentence (a title before him) is still
    its one subject; never one a reported clause or «по словам» puts in the nominative later."""
    first = next(
        (m for m in c.resolver.entities.persons if m.person and c.sent_lo <= m.start < c.span.open),
        None,
    )
    if first is None or first not in nominative or first.person is None:
        return None
    name = first.person.name
    return name if all(m.person and m.person.name == name for m in nominative) else None


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
    who = (
        _previous_sentence_speaker(c)
        or next_sentence_speaker(c, c.span.close + 1)
        or _published_author(c)
    )
    if who is None and c.last is None:
        who = _next_sentence_subject(c)
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
    acted = _sentence_verb_gender(tokens(c.text, lo, hi))
    return gender is not None and acted is not None and acted != gender


def _sentence_verb_gender(toks: list[Token]) -> str | None:
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


def _next_sentence_subject(c: SpanContext) -> str | None:
    """ "«На протяжении многих лет …». В интервью RT … Мария Захарова рассказала о …": before
    anyone has spoken, a quotation that is a sentence of its own is the words of the one
    person the next sentence of its paragraph names in the nominative before its first
    speech verb, as that verb's subject (never one named after it: «Политолог объяснил,
    почему Эрдоган …»). When every name before the verb is a noun's genitive («Об этом после
    визита Лаврова заявила Мария Захарова»), the subject follows the verb: the one named in
    the nominative right after it, else nobody."""
    lo = c.span.close + 1
    while lo < c.para_hi and c.text[lo] in ".!?… ":
        lo += 1
    hi = sentence_end(c.text, lo, c.para_hi)
    toks = tokens(c.text, lo, hi)
    verb = next((v for t in toks if (v := speech_verb(t)) is not None), None)
    if verb is None or verb.plural or verb.impersonal:
        return None
    before = [
        m
        for m in c.resolver.entities.persons
        if m.person is not None and lo <= m.start < verb.token.start
    ]
    if before and all(
        _governed(c.text, lo, m) or _addressed(c.text[m.start : m.end]) for m in before
    ):
        # «Об этом после визита Лаврова заявила Мария Захарова», «Об этом Нарендре Моди
        # сообщила …» (a dative): the subject follows the verb
        return nominative_right_after(c.resolver, verb, hi, None)
    named = {m.person.name for m in before if m.person is not None}
    subjects = {m.person.name for m in before if m.person is not None and m.nominative}
    if len(named) != 1 or len(subjects) != 1:
        return None
    who = subjects.pop()
    gender = c.resolver.gender_of(who)
    return who if verb.gender in (None, gender) or gender is None else None


def _governed(text: str, lo: int, m: Mention) -> bool:
    """Whether the name `m` right after a lower-case noun may be that noun's genitive («после
    визита Лаврова», «в присутствии Моди»): then it is a circumstance's, not the subject. A
    name with no genitive reading («На брифинге Мария Захарова …») is still the subject."""
    word = lower_word_before(text, lo, m.start)
    if word is None or not any(p.pos == "NOUN" for p in parses(word.lower)[:1]):
        return False
    if m.nominative and nominative_title([t.text for t in tokens(text, lo, m.start)], opening=True):
        return False  # «Губернатор Белгородской области Вячеслав Гладков сообщил»: his title
    first = tokens(text, m.start, m.end)[:1]
    return bool(first) and any(p.has("gent") for p in parses(first[0].lower))


def _finite_verb(c: SpanContext) -> bool:
    """One quoted word that is a finite verb ("НАТО «изображает» Москву угрозой"): a claim,
    unlike one quoted noun, more often a term."""
    words = tokens(c.inner, 0, len(c.inner))
    return c.n_words == 1 and any(p.pos == "VERB" for w in words[:1] for p in parses(w.lower)[:1])


def _genitive_pair(c: SpanContext) -> bool:
    """Two quoted words opening with a genitive («выделение «репарационного кредита»»): a
    term named as the object of a noun, not a statement."""
    words = tokens(c.inner, 0, len(c.inner))
    return c.n_words == 2 and any(p.has("gent") for w in words[:1] for p in parses(w.lower)[:1])


def _next_sentence_attributes(c: SpanContext, lo: int) -> bool:
    """Whether the next sentence is an attribution («Об этом заявил …») with a speech verb,
    whoever it names."""
    lo, hi = next_sentence(c, lo)
    return so_said(c.text, lo, hi) and first_verb(tokens(c.text, lo, hi), 5) is not None


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
    if _colon_quotation(text, prev_lo, hi) and c.last and c.last[0] == layout.paragraph_of(prev_lo):
        return c.last[1]
    toks = tokens(text, prev_lo, hi)
    verb = last_verb(toks)
    if verb is None:
        return _statement_maker(c, prev_lo, hi, toks, named_only)
    if (named_only and verb.impersonal) or denied(toks, verb):
        return None
    return c.resolver.resolve(prev_lo, hi, verb, c.span.open, context=not named_only)


def _statement_maker(
    c: SpanContext, lo: int, hi: int, toks: list[Token], named_only: bool
) -> str | None:
    """«Это заявление Кац сделал во время церемонии. "…"»: the maker of a statement the
    sentence before says was made (clauses.such_statement_verb) speaks the quotation after
    it, unless that sentence names other words it answers or follows (lexicon
    ANSWERED_OCCASIONS: «в ответ на письмо профсоюза», «после разговора с Анной Козловой»:
    the quotation may be those) or the quotation's first person is of the other gender
    («Я не согласна» after «Олег Иванов сделал»): no speech verb binds the two here, so
    nothing else says they are his words."""
    verb = such_statement_verb(toks)
    if verb is None or (named_only and verb.impersonal) or denied(toks, verb):
        return None
    said = " " + " ".join(t.lower for t in toks if t.text[:1].isalpha()) + " "
    if any(f" {occasion} " in said for occasion in ANSWERED_OCCASIONS):
        return None
    who = c.resolver.resolve(lo, hi, verb, c.span.open, context=not named_only)
    speaking = first_person_gender(tokens(c.inner, 0, len(c.inner)))
    gender = c.resolver.gender_of(who)
    if speaking is not None and gender is not None and speaking != gender:
        return None
    return who


# Words that may stand between «я» and its verb or short adjective («я не согласна», «я уже
# говорил», «я бы хотела»): particles and adverbs (parts of speech).
_FIRST_PERSON_GAP = frozenset({"PRCL", "ADVB"})
_FIRST_PERSON_REACH = 3


def first_person_gender(toks: list[Token]) -> str | None:
    """The gender the speaker of quoted words gives himself in their first «я» + a past verb
    or a short adjective («Я не согласна»: feminine; «Я уже говорил»: masculine), None when
    the words say none."""
    for k, tok in enumerate(toks):
        if tok.lower != "я":
            continue
        for after in toks[k + 1 : k + 1 + _FIRST_PERSON_REACH]:
            found = parses(after.lower)[:1]
            if not found or found[0].pos in _FIRST_PERSON_GAP:
                continue
            best = found[0]
            agreeing = best.pos in ("ADJS", "PRTS") or (best.pos == "VERB" and best.has("past"))
            if agreeing and best.has("sing"):
                return "femn" if best.has("femn") else "masc" if best.has("masc") else None
            return None
    return None


def _published_author(c: SpanContext) -> str | None:
    """ "На сайте газеты опубликован комментарий научного сотрудника ИМЭМО А.Р. Борисовой о
    санкциях." over a paragraph that is one quotation: the one person named (not in the
    nominative) after a published piece of words (lexicon PUBLISHED_TEXTS) in a previous
    paragraph that publishes it (PUBLISHING_VERBS) and says no speech of its own; None when
    it names none or several after the noun (the one who answers an interview of another is
    named in the nominative, and is no author)."""
    if c.sent_lo > c.para_lo or c.para_lo == 0:
        return None
    hi = c.para_lo - 1
    toks = tokens(c.text, c.doc.layout.para_start(hi), hi)
    if last_verb(toks) is not None or not any(lemma(t.lower) in PUBLISHING_VERBS for t in toks):
        return None
    noun = next((t for t in toks if lemma(t.lower) in PUBLISHED_TEXTS), None)
    if noun is None:
        return None
    names = {
        m.person.name
        for m in c.resolver.entities.persons
        if m.person is not None
        and noun.end <= m.start < hi
        and not m.nominative
        and not _preposition_between(c.text, noun.end, m.start)
    }
    return names.pop() if len(names) == 1 else None


# Prepositions that tie a name to a published piece as its addressee or topic, not its
# author («комментарий к указу Владимира Путина», «интервью о судьбе …»; review14 R22).
_NOT_AUTHOR_LINKS = frozenset(
    ["к", "о", "об", "обо", "про", "по", "на", "в", "во", "за", "с", "со", "для", "от"]
)


def _preposition_between(text: str, lo: int, hi: int) -> bool:
    """Whether a preposition stands between a published noun and a name: then the name is
    the addressee, the topic or another text's owner, never the author (a genitive right
    after the noun, with at most a title's words between, is the author)."""
    return any(t.lower in _NOT_AUTHOR_LINKS for t in tokens(text, lo, hi))


def _colon_quotation(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence text[lo:hi] introduces a quotation after a colon («Сергей Лавров
    ответил Марко Рубио: «…».»): the words after it go on with that quotation, whose
    speaker is already read on its clause; read again on the sentence with the quotation,
    the name last before the words (whom he answers) would be taken."""
    mark = text.find("«", lo, hi)
    return mark > lo and text[lo:mark].rstrip().endswith(":")


_CLAIM_POS = frozenset({"VERB", "ADJS", "PRTS", "PRED"})
_THAT_WORDS = frozenset({"что", "чтобы"})


def carried_on(c: SpanContext) -> Outcome:
    """ "Дипломат напомнил, что … отношения были иными. Однако сегодняшний уровень диалога «не
    может устраивать никакого посла».": a quoted claim (a predicate: a verb, a short
    adjective) in a sentence with no speech of its own goes on the reported speech of
    the sentence right before it, in the same paragraph, and is its speaker's; never after
    an opening that turns to another matter («Между тем», «Ранее»), never when its own
    sentence names someone else as a subject, never a noun phrase (a term more often)."""
    if not _fragment(c) or c.starts_sentence or c.n_words < 2 or not _rest_silent(c):
        return None
    if c.sent_lo <= c.para_lo or _clause_verb(c) is not None or not _claim(c):
        return None
    opening = c.text[c.sent_lo : c.sent_lo + 20].lower()
    if opening.startswith(SHIFT_OPENERS) or _QUOTE_OPEN.search(c.text, c.sent_lo, c.span.open):
        return None
    if _names_subject(c, c.sent_lo, c.span.open):
        return None
    prev_lo = sentence_start(c.text, c.para_lo, c.sent_lo - 1)
    toks = tokens(c.text, prev_lo, c.sent_lo)
    verb = last_verb(toks)
    if verb is None or verb.impersonal or verb.plural:
        return None
    if not any(t.lower in _THAT_WORDS and t.start > verb.token.start for t in toks):
        return None
    who = c.resolver.resolve(prev_lo, c.sent_lo, verb, c.span.open)
    return Found(who) if _not_media(who) else None


def _rest_silent(c: SpanContext) -> bool:
    """Whether the sentence after the quotation says no speech of its own ("Все позиции
    «находят отражение» в документе «Резюме …»." does not; "…, заявил X." does)."""
    if c.ends_sentence:
        return True
    end = sentence_end(c.text, c.after_lo, c.para_hi)
    rest = tokens(c.text, c.after_lo, end)
    said = any(speech_verb(t) is not None for t in rest)
    return not said and _according_to(c.text, c.after_lo, end) is None


def _claim(c: SpanContext) -> bool:
    """Whether the fragment holds a predicate: a finite verb or a short adjective."""
    return any(
        p.pos in _CLAIM_POS for t in tokens(c.inner, 0, len(c.inner)) for p in parses(t.lower)[:1]
    )


def _names_subject(c: SpanContext, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] names a person in the nominative or an organisation."""
    ents = c.resolver.entities
    return any(lo <= m.start < hi and m.nominative for m in ents.persons) or any(
        lo <= m.start < hi for m in ents.orgs
    )
