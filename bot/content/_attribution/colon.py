"""A colon before the quotation: «Лавров заявил: «…»», «Глава Минфина …, был осторожнее: «…»».

Why apart: the speaker is named before the colon, by a speech verb or by a person alone, unless
that person is only a genitive attribute of someone else.
"""

from __future__ import annotations

import re

from bot.content._attribution.according import _according_to
from bot.content._attribution.clauses import (
    _BREAK,
    _bare_lead,
    _names_person,
    _surely_nominative,
    last_verb,
)
from bot.content._attribution.context import NOT_SPEECH, Found, Outcome, SpanContext
from bot.content._attribution.owners import reply_before
from bot.content._attribution.relays import _quoted_person
from bot.content.declension import fold
from bot.content.lexicon import (
    ANSWERING_VERBS,
    CITING_VERBS,
    DENIAL_VERBS,
    LABEL_SURNAME_ENDINGS,
    NAMED_BODY_HEADS,
    QUESTION_NOUNS,
    REJECTION_VERBS,
    STATEMENT_NOUNS,
    TOPIC_PREPOSITIONS,
    WORDS_NOUNS,
    role_of,
)
from bot.content.mentions import Mention
from bot.content.morph import PERSON_GRAMS, known, lemma, parses
from bot.content.name_slots import verb_gender_after
from bot.content.speakers import (
    Token,
    Verb,
    addressed,
    finite_verb,
    naming_verb,
    speech_verb,
    tokens,
    word_tokens,
)


def colon_before(c: SpanContext) -> Outcome:
    """Лавров заявил: «…»; "Глава Минфина Антон Силуанов, впрочем, был осторожнее: «…»"."""
    if not c.before.rstrip().endswith(":"):
        return None
    opening = _colon_opening(c)
    if opening is not None:
        return opening
    if _question_put(c):
        return Found(None)  # "Ответ Шольца на вопрос: «Не могли бы вы …?»": the asker's
    verb = last_verb([t for t in c.toks_before if not _agreeing_passive(t)])
    answering = None if verb is not None else _answering_verb(c.toks_before)
    if answering is not None and _answered_words(c, answering):
        return Found(None)  # «Песков прокомментировал слова Зеленского: «…»»: maybe Зеленский's
    verb = verb or answering
    if verb is not None:
        # "Смирнов процитировал Морозова: «…»": the words of whom the subject quotes
        quoted = _quoted_person(c.resolver, verb, c.span.open)
        if quoted is not None:
            return quoted
        if _cites_unknown(c, verb):
            return Found(None)
        who = c.resolver.resolve(c.sent_lo, c.span.open, verb, c.span.open)
        if who is not None and _answering_verb(c.toks_before) and _names_in_third(c, who):
            return Found(None)  # «Орлов раскритиковал заявление оппозиции: «Губернатор Орлов …»»
        return Found(_object_fronted(c, verb, _subject_over_object(c, who)))
    if _according_to(c.text, c.sent_lo, c.span.open) is not None:
        return None  # "По его словам, Иран …: «…»": the frame's owner speaks (`po_slovam`)
    found, who = _label_speaker(c)
    if found and who is not None and _attribute_only(c, who):
        who = None  # "раздражены решением Евросоюза: «…»": whose decision, not who speaks
    who = _over_addressee(c, who)
    if found or c.n_words >= 3:
        return Found(_subject_over_object(c, who))
    return NOT_SPEECH


# A transcript's label line: the paragraph opens with a name (up to three words, a title after
# a comma allowed) and a colon right before the quotation («Тюлькин: "…"», «ДЕГТЯРЁВ: «…»»,
# «НИКОЛАЙ ШАКЛЕИН, ГУБЕРНАТОР КИРОВСКОЙ ОБЛАСТИ: «…»»).
_LABEL_LINE = re.compile(
    r"[ \t]*(?P<name>[^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*){0,2})[ \t]*(?:,[^:\n]{0,80})?:[ \t]*"
)
_OPENING_MARKS = '«"“„'


def transcript_label(c: SpanContext) -> str | None:
    """Who a transcript's label line names when the name finder read nobody there: a name in
    capitals that is, word for word, the end of the name of a person the text names
    («Гость – … Михаил Дегтярёв. … ДЕГТЯРЁВ: «…»»), or one capitalised word the dictionary
    does not hold when another label line of the text opens with a person's name («Тюлькин:
    "…"» beside «Рогозин: "…"»: the text lists speakers so). None for a label of any other
    shape, a capitals name fitting no one or several, a word the dictionary knows («Вопрос:»,
    «Адвокат:») or not shaped like a surname (lexicon LABEL_SURNAME_ENDINGS: «Фактчек:», an
    editors' rubric), or a lone label nothing marks as a transcript's."""
    line = _LABEL_LINE.fullmatch(c.text, c.para_lo, c.span.open)
    if line is None:
        return None
    words = line.group("name").split()
    if all(w.isupper() for w in words) and len(line.group("name")) > 3:
        return _person_ending_with(c, words)
    if len(words) != 1 or not words[0][1:].islower() or known(words[0]):
        return None
    if not words[0].lower().endswith(LABEL_SURNAME_ENDINGS):
        return None
    if any(m.start == line.start("name") for m in c.resolver.entities.orgs):
        return None
    return words[0] if _other_label_names_person(c, line.start("name")) else None


def _same_word(a: str, b: str) -> bool:
    """Whether two words are one name word as the label and the text spell it: a label in
    capitals and a text that writes «е» for «ё» («ДЕГТЯРЁВ» and «Дегтярев») still match."""
    return fold(a) == fold(b)


def _person_ending_with(c: SpanContext, words: list[str]) -> str | None:
    """The one person the text names whose name ends with `words` (case and «ё» aside)."""
    names = {
        m.person.name
        for m in c.resolver.entities.persons
        if m.person is not None
        and len(m.person.name.split()) >= len(words)
        and all(map(_same_word, m.person.name.split()[-len(words) :], words))
    }
    return names.pop() if len(names) == 1 else None


def _other_label_names_person(c: SpanContext, own: int) -> bool:
    """Whether a label line of another paragraph opens with a person's name."""
    persons = {m.start for m in c.resolver.entities.persons if m.person is not None}
    for start in c.doc.layout.para_starts:
        hi = c.doc.layout.para_end(start)
        line = _LABEL_LINE.match(c.text, start, hi)
        if line is None or line.start("name") == own or line.end() >= hi:
            continue
        if c.text[line.end()] in _OPENING_MARKS and line.start("name") in persons:
            return True
    return False


def _answering_verb(toks: list[Token]) -> Verb | None:
    """ "Градоначальник на пресс-конференции опроверг заявление депутата: «…»": a finite verb
    that answers, judges or rejects a statement (lexicon ANSWERING_VERBS) with a noun for words
    right after it (WORDS_NOUNS) introduces the answer, as a speech verb would: its subject
    speaks, never the owner of the words it answers (read as a label, the clause's end named
    that owner). None when the clause has no such verb."""
    for k, tok in enumerate(toks):
        if lemma(tok.lower) not in ANSWERING_VERBS or not finite_verb(tok.lower):
            continue
        if any(lemma(t.lower) in WORDS_NOUNS for t in toks[k + 1 : k + 3]):
            return naming_verb(tok)
    return None


def _answered_words(c: SpanContext, verb: Verb) -> bool:
    """Whether the words after the colon of an answering verb's clause may be the statement
    it answers rather than the answer: always unless the verb rejects or denies it (lexicon
    REJECTION_VERBS, DENIAL_VERBS: «прокомментировал/высмеял/поддержал слова X: «…»» quotes X
    as often as not), and a rejection's words that name someone in the third person — a role
    noun or a person («Силуанов опроверг слова депутата: «Министр скрывает …»», «Кремль
    опроверг заявление Bloomberg: «Путин встретится с Трампом»») — are the claim denied."""
    if lemma(verb.token.lower) not in REJECTION_VERBS | DENIAL_VERBS:
        return True
    inside = tokens(c.text, c.span.open, c.span.close)
    if any(role_of(t.text) is not None for t in inside):
        return True
    return any(c.span.open <= m.start < c.span.close for m in c.resolver.entities.persons)


def _names_in_third(c: SpanContext, who: str) -> bool:
    """Whether the quoted words speak of `who` in the third person — his name, or a role the
    text gave him («Губернатор Петр Орлов раскритиковал заявление оппозиции: «Губернатор
    Орлов провалил …»»): after a verb answering a statement, they are the statement, not
    his answer."""
    mentions = [m for m in c.resolver.entities.persons if m.person and m.person.name == who]
    if any(c.span.open <= m.start < c.span.close for m in mentions):
        return True
    roles = {r for t in tokens(c.text, c.span.open, c.span.close) if (r := role_of(t.text))}
    return any(
        c.resolver._introduced_as(m, role)  # the post the text gave him
        for role in roles
        for m in mentions
        if m.start < c.span.open
    )


def _agreeing_passive(tok: Token) -> bool:
    """Whether `tok` is a short passive participle of a speech verb that agrees with a noun
    in gender or number («борьба будет продолжена», «решения были объявлены»): a predicate
    about that thing, never an impersonal «сказано»/«отмечено» citing a text; the speech verb
    before it («Он отметил, что борьба будет продолжена: «…»») says who speaks."""
    verb = speech_verb(tok)
    if verb is None or not verb.impersonal:
        return False
    best = parses(tok.lower)[:1]
    return bool(best) and best[0].pos == "PRTS" and bool(best[0].grams & _AGREEING)


_AGREEING = frozenset({"masc", "femn", "plur"})


def _label_speaker(c: SpanContext) -> tuple[bool, str | None]:
    """Who a label without a verb names before its colon (found, speaker): read from its
    end, else from its opening name, else as a transcript's label (`transcript_label`)."""
    named = _before_topic([t for t in c.toks_before if t.text != ":"])
    if _two_labelled(c, named):
        return True, None
    found, who = c.resolver.scan(list(reversed(named)), None, c.span.open, stop_early=False)
    if not found or who is None:
        # "Александр Васильевич Чепурин, посол России: «…»": the role after the comma names
        # nobody new; the name the label opens with does
        first, named_first = c.resolver.scan(named, None, c.span.open, stop_early=True)
        if not found or (first and _names_person(c, c.sent_lo, c.span.open)):
            found, who = first, named_first
    elif not c.resolver.is_person(who):
        who = _label_person(c, named) or (None if _title_tail(who) else who)
    labelled = transcript_label(c) if not found or who is None else None
    return (True, labelled) if labelled is not None else (found, who)


def _title_tail(who: str) -> bool:
    """ "Доклад …, председателя Комитета Национального Собрания Кореи: «…»", "…, советника
    Министерства Иностранных Дел: «…»": one word the label's end gave that the dictionary
    reads first as a common noun, never as a name nor as a noun in the nominative singular
    («Собрания», «Дел», «Финансов»), is the tail of a body's or a title's name, no person
    who speaks."""
    found = parses(who.lower()) if " " not in who else ()
    if not found or not found[0].dictionary or found[0].pos != "NOUN":
        return False
    return not any(p.grams & PERSON_GRAMS or p.has("NOUN", "nomn", "sing") for p in found)


def _two_labelled(c: SpanContext, named: list[Token]) -> bool:
    """ "Олег Сорокин, министр экономики края, и Министерство финансов: «…»": a label opening
    with a person's name and a comma that joins another speaker to them — «и» after a comma,
    or before a person's name or a body's (lexicon NAMED_BODY_HEADS) — labels two; the text
    does not say which of them speaks («министр финансов и экономики» joins no one)."""
    opening = _opening_person(c)
    if opening is None:
        return False
    persons = {m.start for m in c.resolver.entities.persons if m.person is not None}
    for k, tok in enumerate(named):
        if tok.start <= opening.end or tok.lower not in _JOINED or k + 1 >= len(named):
            continue
        nxt = named[k + 1]
        comma = c.text[opening.end : tok.start].rstrip().endswith(",")
        if comma or nxt.start in persons or lemma(nxt.lower) in NAMED_BODY_HEADS:
            return True
    return False


def _opening_person(c: SpanContext) -> Mention | None:
    """The person whose name in the nominative opens the label, a comma after it («Алексей
    Воробьёв, председатель …: «…»»); None when the label opens otherwise."""
    opening = next(
        (
            m
            for m in c.resolver.entities.persons
            if m.person is not None and m.nominative and c.sent_lo <= m.start < c.span.open
        ),
        None,
    )
    if opening is None or opening.person is None:
        return None
    if c.text[c.sent_lo : opening.start].strip(" \t—–-") or not _COMMA_NEXT.match(
        c.text, opening.end
    ):
        return None
    return opening


def _label_person(c: SpanContext, named: list[Token]) -> str | None:
    """ "Алексей Воробьёв, председатель Правительства Республики Ингушетия: «…»": a label
    opening with a person's name in the nominative and a comma names him; what the scan
    read from the title's end (a body, capitalised words taken for a name) is whose post it
    is. None when the label opens otherwise."""
    opening = _opening_person(c)
    if opening is None or opening.person is None:
        return None
    if any(t.lower in _JOINED for t in named if t.start > opening.end):
        return None  # «…, и Министерство …: «…»»: two labelled, either may speak
    first, who = c.resolver.scan(named, None, c.span.open, stop_early=True)
    return who if first and who == opening.person.name else None


_COMMA_NEXT = re.compile(r"[ \t]*,")
_JOINED = frozenset({"и", "а", "или"})


def _colon_opening(c: SpanContext) -> Outcome:
    """What the colon alone settles: words going on another quotation's (`_goes_on_after_colon`)
    or a name the words open with (`_name_mid_sentence`); None otherwise."""
    went_on = _goes_on_after_colon(c)
    if went_on is not None:
        return Found(went_on)
    return NOT_SPEECH if _name_mid_sentence(c) else None


# After a closing mark: the same sentence going on, a lower-case word (a dash may come first).
_GOES_ON = re.compile(r"[ \t]+(?:[-–—][ \t]+)?(?=[a-zа-яё])")
_NAME_WORDS = 3


def _name_mid_sentence(c: SpanContext) -> bool:
    """ "Армен Оганесян, главный редактор: «Международная жизнь» - старый бренд, …",
    "Источник: «Европейская правда» со ссылкой на Le Figaro": a capitalised span of up to
    three words after a label's colon (no speech verb before it) that its sentence goes on
    after, in lower case and not with a speech verb, is a name the words after the colon
    open with, never the words themselves."""
    if c.n_words > _NAME_WORDS or not c.first_letter.isupper() or last_verb(c.toks_before):
        return False
    on = _GOES_ON.match(c.after)
    if on is None:
        return False
    word = tokens(c.text, c.after_lo + on.end(), c.para_hi)[:1]
    return not (word and speech_verb(word[0]) is not None)


# A quotation's closing mark and a colon right before the next quotation opens.
_CLOSE_THEN_COLON = re.compile(r'[»"“”][ \t]*:[ \t]*$')


def _goes_on_after_colon(c: SpanContext) -> str | None:
    """ "Евросоюз «точно не сможет отказаться от газа»: «Тем не менее …»": a quotation opening
    right after another one's closing mark and a colon goes on with its words — the person
    who spoke them speaks (None when that one has no named person). Only when the sentence
    has no speech verb before the colon, or its verb's subject is that same person: in
    «Мария Захарова прокомментировала слова Джо Байдена о том, что США «…»: «…»» the first
    words are Байден's, the reply after the colon is the subject's."""
    mark = _CLOSE_THEN_COLON.search(c.text, c.para_lo, c.span.open)
    if mark is None:
        return None
    said = c.resolver.speakers_of_quote_closing_at(mark.start())
    who = said[0] if said else None
    verb = last_verb(c.toks_before)
    if who is None or verb is None:
        return who
    subject = c.resolver.resolve(c.sent_lo, c.span.open, verb, c.span.open)
    return who if subject == who else None


def _cites_unknown(c: SpanContext, verb: Verb) -> bool:
    """ "Матвиенко процитировала Ван И: «…»" with «Ван И» found as nobody: a citing verb whose
    object the text writes capitalised (a name, or a body) up to the colon gives that one's
    words, whom we cannot tell; never the subject's, who only quotes."""
    if lemma(verb.token.lower) not in CITING_VERBS:
        return False
    words = word_tokens(c.text, verb.token.end, c.span.open)
    return bool(words) and words[0].text[:1].isupper()


def _subject_over_object(c: SpanContext, who: str | None) -> str | None:
    """ "Песков раскритиковал Смирнова: «…»", "Посол Олег Смирнов осудил Ван И: «…»": a person
    named after the past verb whose subject is another person named right before it is the
    verb's object; the subject speaks. Found by probing fresh subject–verb–object sentences:
    an undeclined or guessed object name was taken for the speaker. `who` unchanged when the
    stretch from the verb to the colon holds punctuation (another clause) or a noun of words
    («передал слова Путина: «…»» are Путин's)."""
    if who is None:
        return None
    colon = c.before.rstrip().rfind(":")
    end = c.span.open - (len(c.before) - colon) if colon >= 0 else c.span.open
    for m in c.resolver.entities.persons:
        if m.person is None or not c.sent_lo <= m.start < end or m.person.name == who:
            continue
        stretch = c.text[m.end : end]
        if not m.nominative or verb_gender_after(c.text, m.end) is None:
            continue
        if _CLAUSE_BREAK.search(stretch) or _words_relayed(c, m.end, end):
            continue
        if _words_owner(c, m):
            continue  # «Слова Каи Каллас прокомментировала …»: whose words, not who speaks
        last = who.split()[-1]
        if (last[:-1] if len(last) > 3 else last) in stretch:  # «Смирнова», «Ван И»
            return m.person.name
    return who


def _words_owner(c: SpanContext, m: Mention) -> bool:
    """Whether a noun of words (lexicon WORDS_NOUNS) stands right before the mention `m`
    or its first name does («Слова Каи Каллас прокомментировала Мария Захарова: «…»»,
    with «Каллас» found alone): the name is whose words
    the verb takes as its object, never its subject."""
    before = tokens(c.text, c.sent_lo, m.start)[-3:]
    while before and before[-1].text[:1].isupper() and len(before) > 1:
        before.pop()  # a first name the finder left out of the mention («Каи Каллас»)
    return bool(before) and lemma(before[-1].lower) in WORDS_NOUNS


def _object_fronted(c: SpanContext, verb: Verb, who: str | None) -> str | None:
    """ "Марко Рубио раскритиковал Сергей Лавров: «…»", "Ван И поддержал глава МИД России
    Сергей Лавров: «…»": the name opening the clause before the verb
    is its fronted object when a person named right after the verb (only role words between,
    up to the colon) agrees with it and is surer the subject: read surely in the nominative
    where the first is not (undeclined «Марко Рубио» may be an accusative). That one
    speaks; else `who` unchanged."""
    text = c.text
    first = next(
        (
            m
            for m in c.resolver.entities.persons
            if m.person is not None
            and m.person.name == who
            and c.sent_lo <= m.start
            and m.end <= verb.token.start
        ),
        None,
    )
    if first is None or first.person is None or _BREAK.search(text, first.end, verb.token.start):
        return who
    if not _bare_lead(text, c.sent_lo, first.start):
        return who
    sure = _surely_nominative(text[first.start : first.end])
    for m in c.resolver.entities.persons:
        if m.person is None or not verb.token.end <= m.start < c.span.open:
            continue
        if _BREAK.search(text, verb.token.end, m.start) or not m.nominative:
            return who
        agrees = verb.gender is None or m.person.gender in (None, verb.gender)
        if agrees and not sure and _surely_nominative(text[m.start : m.end]):
            return m.person.name
        return who
    return who


def _words_relayed(c: SpanContext, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds a noun of words the verb passes on («передал слова Путина:
    «…»»: Путин's); not one it replies to («прокомментировал заявление Каи Каллас: «…»»:
    the reply is quoted, the subject's)."""
    nouns = [t for t in tokens(c.text, lo, hi) if lemma(t.lower) in WORDS_NOUNS]
    return bool(nouns) and not reply_before(c, nouns[0].start)


# punctuation that ends the verb's own group before the colon
_CLAUSE_BREAK = re.compile(r"[,;.!?()«»\"—–]")


def _before_topic(named: list[Token]) -> list[Token]:
    """ "Си Цзиньпин о встрече с Трампом: «…»", "Лавров об отношениях с США: «…»": a label
    without a verb names its speaker before the topic preposition; whoever the «о …» topic
    names («с Трампом», «о Путине») is whom he spoke about, never the speaker."""
    at = next((k for k, t in enumerate(named) if t.lower in TOPIC_PREPOSITIONS), None)
    return named if at is None else named[:at]


def _over_addressee(c: SpanContext, who: str | None) -> str | None:
    """ "Захарова – Блинкену: «Это вы …»": a verbless label naming the one it is addressed to
    in the dative (or instrumental) names whom the words are said to, never who says them;
    the person the label names before, in the nominative, speaks; nobody when it names none.
    `who` unchanged when its last mention before the quotation may be a subject."""
    if who is None:
        return None
    named = [
        m
        for m in c.resolver.entities.persons
        if m.person is not None and c.sent_lo <= m.start < c.span.open
    ]
    last = next((m for m in reversed(named) if m.person and m.person.name == who), None)
    if last is None or not addressed(c.text, last):
        return who
    before = (m for m in reversed(named) if m.start < last.start and m.nominative)
    speaker = next((m.person for m in before if m.person and m.person.name != who), None)
    return speaker.name if speaker is not None else None


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
