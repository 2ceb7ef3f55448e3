"""Fragments: a few quoted words inside a sentence of reported speech («…нацелен «в …»»).

Why apart: a lowercase piece of speech is the speaker's only as the content of the clause's
speech verb (a gerund's or a participle's subject, the verb after it), never a phrase the
writer merely borrows; these rules decide when a fragment is speech and whose.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.content._attribution.clauses import (
    _ALONE_VERBS,
    _HE,
    _MIN_LOOSE_WORDS,
    _SO_CALLED,
    _denied,
    _fragment,
    _named_in,
    _not_media,
    _speech_at,
    first_verb,
    is_gerund,
    next_sentence,
    next_sentence_speaker,
    such_statement_verb,
)
from bot.content._attribution.context import _CONTEXT, Found, Outcome, SpanContext
from bot.content._attribution.reported import (
    LINK_POS,
    _group_gerund,
    _text_body,
    opens_own_content,
)
from bot.content._speakers.nations import is_country_word
from bot.content.layout import sentence_end, sentence_start
from bot.content.lexicon import (
    ADDED_OR_EARLIER,
    ALLEGATION_NOUNS,
    ALLEGING_WORDS,
    CHARGE_PREPOSITIONS,
    CHARGE_VERBS,
    CIRCUMSTANCE_POS,
    CONTENT_VERBS,
    DEGREE_POS,
    DISMISSAL_VERBS,
    GRADING_POS,
    HONORIFICS,
    JUDGING_VERBS,
    MEDIA_KINDS,
    MINISTRY_ANAPHORS,
    NAMING_VERBS,
    NEXT_ACT_CONJUNCTIONS,
    OTHERS_WORDS_NOUNS,
    PARENTHETICAL_ADVERBS,
    PREDICATE_POS,
    PREPOSITIONS,
    PROPER_GRAMS,
    RELATIVE_PRONOUNS,
    RELAY_VERBS,
    REPLY_VERBS,
    SEQUENCE_OPENERS,
    SHIFT_OPENERS,
    SPEECH_ACT_NOUNS,
    SPEECH_ACTS,
    SPEECH_OBJECT_PREPOSITIONS,
    SPEECH_PHRASES,
    SPEECH_VERBS,
    STATEMENT_APPEARANCES,
    SUBORDINATE_OPENERS,
    TARGET_VERBS,
    TOPIC_PREPOSITIONS,
    UNKNOWN_AGENTS,
    role_of,
)
from bot.content.morph import lemma, parses
from bot.content.speakers import Token, Verb, naming_verb, speech_verb, tokens

_QUOTE_MARK = re.compile(r"[«»\"„“]")
_CLAUSE_MARK = re.compile(r"[,;:«»\"„“()—–]")
_MAX_GRADING = 2  # "и настоящей «…»", "и поистине настоящей «…»": words that grade a fragment
_MAX_OBJECT_WORDS = 6  # "назвав двусторонние отношения с Китаем «важнейшими»"
_NAMING_OR_JUDGING = NAMING_VERBS | JUDGING_VERBS
_VERB_FORMS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})


def _clause_verb(c: SpanContext) -> Verb | None:
    """The speech verb of the clause the quotation sits in: the last personal speech verb
    (or a naming verb: "назвал это «…»") between the sentence start and the quotation."""
    toks = c.toks_before
    for k in range(len(toks) - 1, -1, -1):
        if k == len(toks) - 1 and lemma(toks[k].lower) in _ALONE_VERBS:
            continue  # "страны продолжают «враждебную линию»": the quotation is its object
        verb = _speech_at(toks, k) or _phrase_at(toks, k)
        if verb is not None and not verb.impersonal and not _parenthetical(toks, k):
            return verb
        if lemma(toks[k].lower) in NAMING_VERBS:
            return naming_verb(toks[k])
    return None


def _speech_act(c: SpanContext) -> Verb | None:
    """The last speech act before the quotation ("поблагодарил «всех коллег»", "поздравил
    россиян с тем, что …": lexicon SPEECH_ACTS), asked only when the clause has no speech
    verb: what it says is the subject's wording, though the rules that look for a speech
    verb elsewhere in the text do not count it as one."""
    toks = c.toks_before
    act = next(
        (toks[k] for k in range(len(toks) - 1, -1, -1) if _act_at(toks, k)),
        None,
    )
    if act is None or _topic_in_infinitive(c, act):
        return None
    return naming_verb(act)


def _act_at(toks: list[Token], k: int) -> bool:
    """Whether toks[k] is an act done in words (lexicon SPEECH_ACTS: "поблагодарил") or the
    verb of one come out with ("выступил с (резкой) критикой": STATEMENT_APPEARANCES, «с», at
    most one word, then one of SPEECH_ACT_NOUNS)."""
    if lemma(toks[k].lower) in SPEECH_ACTS:
        return True
    if lemma(toks[k].lower) not in STATEMENT_APPEARANCES or k + 2 >= len(toks):
        return False
    if toks[k + 1].lower not in ("с", "со"):
        return False
    return any(lemma(t.lower) in SPEECH_ACT_NOUNS for t in toks[k + 2 : k + 4])


def _topic_in_infinitive(c: SpanContext, act: Token) -> bool:
    """ "Предложил журналистам задать вопросы о «новой волне мобилизации»": past an
    infinitive the act governs, a fragment after a noun's preposition is the topic of what
    others are to do or say (the rumour's wording), not the act's own words; the
    infinitive's object ("поручила использовать «тарифные меры»") still is."""
    between = [t for t in c.toks_before if t.start > act.start and t.text[:1].isalpha()]
    if len(between) < 3 or not _after_preposition(between):
        return False
    if not any(p.pos == "NOUN" for p in parses(between[-2].lower)[:1]):
        return False
    return any(p.pos == "INFN" for t in between[:-2] for p in parses(t.lower)[:1])


def _parenthetical(toks: list[Token], k: int) -> bool:
    """ "Многие, честно говоря, не знали, что он «отошел»": "говоря" after an adverb of manner
    (lexicon PARENTHETICAL_ADVERBS) is a way of putting things, no speech verb."""
    return k > 0 and toks[k].lower == "говоря" and lemma(toks[k - 1].lower) in PARENTHETICAL_ADVERBS


def _phrase_at(toks: list[Token], k: int) -> Verb | None:
    """The verb of a speech phrase opening at toks[k] ("дал понять", "пришел к выводу", "не
    исключил": lexicon SPEECH_PHRASES), its form telling the speaker; None if none opens."""
    for phrase in SPEECH_PHRASES:
        words = toks[k : k + len(phrase)]
        if len(words) == len(phrase) and all(
            lemma(t.lower) == w for t, w in zip(words, phrase, strict=True)
        ):
            verb = next(t for t in words if any(p.pos == "VERB" for p in parses(t.lower)[:1]))
            return naming_verb(verb)
    return None


def _subject_end(c: SpanContext, verb: Verb) -> int:
    """Where the speaker may be named after the verb: a name, role or pronoun right after it
    ("заявил Лавров, что …", "Как отметил политик, …") up to the comma; never the object
    ("назвали заявление Госдепа", "раскритиковал Washington Post за …"), nor a country
    («предупредил Ливан и «Хизбаллу» о …»: whom he warned)."""
    if lemma(verb.token.lower) in TARGET_VERBS:
        return verb.token.end
    after = [t for t in c.toks_before if t.start > verb.token.start]
    named = bool(after) and (
        (after[0].text[:1].isupper() and not is_country_word(after[0].text))
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
    if _content_clause(between) or _bare_content(c, verb) or _inside_own_content(c, verb):
        return True
    if _parenthetical_attribution(c, verb):
        return True
    if _point_of(c, verb) or _charge_of(verb, between) or _called_for(verb, between):
        return True
    if _judged_object(c, verb, between) or _verb_object(c, verb, between):
        return True
    if _act_clause(c, verb):
        return True
    words = tokens(c.inner, 0, len(c.inner))
    readings = parses(words[0].lower) if words else []
    if _judging(verb) and not verb.plural:
        return _named_as(c, verb, words, between)
    if _judging(verb) and c.n_words < 2 and not (between and between[-1].lower == "как"):
        # "В Минобороны назвали «галлюцинацией» сообщение": a body's one-word name for it
        return _named_as(c, verb, words, between)
    # "предупредил о «серьезных последствиях»": one speaker's prepositional object, whatever
    # the first reading says, is no genitive attribute of a noun ("о провале «крестового
    # похода»"); a plural "в МИД предупредили о «…»" characterises, as with naming verbs
    after_preposition = not verb.plural and _after_preposition(between)
    genitive = any(p.has("gent") for p in readings[:1]) and not after_preposition
    if c.n_words == 2 and _verb_headed(words):
        return True  # "и попытались «насильственно демократизировать» страну": a claim
    return c.n_words == 2 and len(between) <= 3 and not genitive


def _verb_headed(words: list[Token]) -> bool:
    """Whether the fragment past its grading adverbs opens with a finite verb or an
    infinitive ("насильственно демократизировать", "безответственно вмешались"): it says
    what someone does, a claim in the speaker's words, never a term's name."""
    head = _head(words)
    return head is not None and any(p.pos in ("VERB", "INFN") for p in parses(head.lower)[:1])


def _content_clause(between: list[Token]) -> bool:
    """Whether the fragment stands in the verb's content clause: after "что"/"чтобы", or
    after "о том, как" ("рассказала о том, как готовит плов «по мотивам» узбекского")."""
    words = [t.lower for t in between]
    return any(w in ("что", "чтобы") for w in words) or ("том", "как") in pairwise(words)


_PARENTHETICAL_SUBJECT = 5  # words of a subject inside «, заявила глава МИД Ширли Ботчвей,»


def _parenthetical_attribution(c: SpanContext, verb: Verb) -> bool:
    """ "Однако для этого, подчеркнул он, ее позиция должна быть … лишенной «однобокости»": a
    finite speech verb set off by commas with its subject («, подчеркнул он,») puts the whole
    sentence in its speaker's words, a fragment after it too."""
    if is_gerund(verb) or _infinitive(verb) or _participle(verb) or verb.impersonal:
        return False
    toks = c.toks_before
    at = next(k for k, t in enumerate(toks) if t.start == verb.token.start)
    if at < 2 or toks[at - 1].text != "," or not toks[at - 2].text[:1].isalpha():
        return False  # «…», — сказал Лавров, открывая …: an attribution, not set off inside
    comma = next((k for k in range(at + 1, len(toks)) if toks[k].text in ",;:"), None)
    if (
        comma is None
        or toks[comma].text != ","
        or comma - at - 1 not in range(1, _PARENTHETICAL_SUBJECT + 1)
    ):
        return False
    following = toks[comma + 1 : comma + 2]
    if following and any(p.pos == "GRND" for p in parses(following[0].lower)[:1]):
        return False  # «…, сказал он, открывая встречу в «…»»: the gerund's circumstance
    subject = toks[at + 1 : comma]
    return all(t.text[:1].isalpha() for t in subject) and (
        subject[0].lower in _HE
        or subject[0].text[:1].isupper()
        or role_of(subject[0].text) is not None
    )


def _inside_own_content(c: SpanContext, verb: Verb) -> bool:
    """ "Кадыров подчеркнул, что говорил как «блогер», а не как глава республики": the clause
    verb opens the content clause of a singular speech verb before it with no subject of its
    own (`opens_own_content`): the fragment is that speaker's account of his own words, his
    wording — unless a subject of its own follows it («…, что ранее заявлял о «провокации»
    Сидоров»)."""
    toks = [t for t in c.toks_before if t.start < verb.token.start]
    return opens_own_content(toks, verb) and not _subject_after(c, verb)


def _subject_after(c: SpanContext, verb: Verb) -> bool:
    """Whether a subject of its own follows the inner verb in its clause, up to the next
    comma or the sentence end past the quotation: a person named in the nominative, a role
    noun or a body whose first word reads as a nominative («ранее заявлял о «провокации»
    Сидоров», «… заявлял о «…» посол», «… говорил о «…» МИД Британии»)."""
    end = sentence_end(c.text, c.after_lo, c.para_hi)
    comma = c.text.find(",", c.span.close, end)
    hi = comma if comma >= 0 else end
    lo = verb.token.end
    ents = c.resolver.entities
    if any(lo <= m.start < hi and m.nominative for m in ents.persons):
        return True
    if any(lo <= m.start < hi and _may_be_nominative(c.text, m.start) for m in ents.orgs):
        return True
    return any(
        role_of(t.text) is not None and _may_be_nominative(c.text, t.start)
        for t in tokens(c.text, lo, hi)
        if not c.span.open <= t.start < c.span.close
    )


def _may_be_nominative(text: str, start: int) -> bool:
    """Whether the word at `start` has a nominative reading (an indeclinable «МИД» does)."""
    word = tokens(text, start, min(len(text), start + 40))[:1]
    return bool(word) and any(p.has("nomn") for p in parses(word[0].lower))


def _bare_content(c: SpanContext, verb: Verb) -> bool:
    """ "Ранее Лавров заявил, на Украине есть «нацификация»": a finite speech verb whose
    comma opens its content clause with no "что" (the site or the writer dropped it); no
    other comma and no verb form but the clause's own predicate stand before the fragment,
    so no gerund ("заявил, выступая на форуме о «…»") or relative clause comes between. A
    naming verb names its object, it reports no clause."""
    after = [t for t in c.toks_before if t.start > verb.token.start]
    if _judging(verb) or is_gerund(verb) or _infinitive(verb) or _participle(verb):
        return False
    if len(after) < 2 or after[0].text != "," or not after[1].text[:1].isalpha():
        return False
    if any(not t.text[:1].isalnum() for t in after[1:]):
        return False
    if _sequence_opened(after[1:]):
        return False  # "заявил, после его слов акции «обвалились»": the writer's narration
    return not any(
        p.pos in ("GRND", "PRTF", "INFN") or p.normal in SUBORDINATE_OPENERS
        for t in after[1:2]
        for p in parses(t.lower)[:1]
    )


def _sequence_opened(clause: list[Token]) -> bool:
    """Whether the clause opens with a word or phrase of sequence or time (lexicon
    SEQUENCE_OPENERS: «после», «затем», «в ответ»): what happened next, told by the writer."""
    opening = " ".join(t.lower for t in clause[:3])
    return any(opening == s or opening.startswith(s + " ") for s in SEQUENCE_OPENERS)


def _after_preposition(between: list[Token]) -> bool:
    """Whether the word right before the fragment is a preposition ("о «…»", "в «…»")."""
    return bool(between) and lemma(between[-1].lower) in PREPOSITIONS


def _judging(verb: Verb) -> bool:
    """A naming verb ("назвал"), or one that names only with an instrumental ("признал")."""
    return lemma(verb.token.lower) in _NAMING_OR_JUDGING


def _named_as(c: SpanContext, verb: Verb, words: list[Token], between: list[Token]) -> bool:
    """What one speaker called or judged something: the instrumental ("назвав его
    «отпиской»", "назвал разговор «весьма полезным»": a grading adverb first) or, after a
    naming verb, the words right after "как" ("оценил отношения с Тегераном как «сложные»").
    The object between may be long ("назвав отношения с Китаем «важнейшими»") when nothing
    but words stands there; after three words only a head that is surely instrumental. A
    plural "в МИД назвали заявление «абсурдным»" characterises: the caller checks that
    nobody is quoted there. A lone adjective read first as a genitive is the instrumental
    too when it agrees with the object (`_agrees_with_object`)."""
    if between and between[-1].lower == "как":
        return lemma(verb.token.lower) in NAMING_VERBS
    head = _head(words)
    if head is None:
        return False
    if len(between) > _MAX_OBJECT_WORDS:
        return _long_object(c, verb, between) and _surely_instrumental(head, words)
    if _inside_complement(c, verb, between):
        return True
    if len(between) <= 3:
        return any(p.has("ablt") for p in parses(head.lower))
    plain = not _CLAUSE_MARK.search(c.text, verb.token.end, c.span.open)
    return plain and (_surely_instrumental(head, words) or _agrees_with_object(words, between))


def _agrees_with_object(words: list[Token], between: list[Token]) -> bool:
    """ "назвал реакцию Брюсселя на эти события «беззубой»": one quoted adjective that may be
    an instrumental of the gender and number of the naming verb's object (the first noun
    after the verb, surely an accusative) says what the object was called, though its first
    reading is a genitive («беззубой»); never right after a preposition, whose object it is
    («назвал книгу о «холодной»…»)."""
    if len(words) != 1 or not between or _after_preposition(between):
        return False
    first = next((t for t in between if any(p.pos == "NOUN" for p in parses(t.lower)[:1])), None)
    noun = parses(first.lower)[:1] if first is not None else []
    if not noun or not noun[0].has("accs"):
        return False
    kind = ("plur",) if noun[0].has("plur") else ("sing", _gender(noun[0].grams))
    return any(
        p.pos == "ADJF" and p.has("ablt") and all(p.has(g) for g in kind)
        for p in parses(words[0].lower)
    )


def _gender(grams: frozenset[str]) -> str:
    """The gender gram of a singular noun's reading ("femn", "masc", "neut"; "ms-f" for a
    common one)."""
    return next((g for g in ("femn", "masc", "neut") if g in grams), "ms-f")


def _surely_instrumental(word: Token, words: list[Token] | None = None) -> bool:
    """Whether the word's first reading is an instrumental, or, heading a phrase of `words`
    ("противоправной аннексией": an adjective read first as a genitive), it may be one and
    the phrase's first noun surely is."""
    if any(p.has("ablt") for p in parses(word.lower)[:1]):
        return True
    if not words or not any(p.has("ablt") and p.pos == "ADJF" for p in parses(word.lower)):
        return False
    rest = words[words.index(word) + 1 :]
    noun = next((t for t in rest if any(p.pos == "NOUN" for p in parses(t.lower)[:1])), None)
    return noun is not None and any(p.has("ablt") for p in parses(noun.lower)[:1])


def _long_object(c: SpanContext, verb: Verb, between: list[Token]) -> bool:
    """ "назвал заявления советника Зеленского – Михаила Подоляка о «реальных потерях»
    российской армии «пропагандистским враньем».": an object longer than six words (names,
    a dash, a quotation of its own) still leaves the instrumental to a naming verb when no
    comma and no verb form stands in it and the fragment closes the sentence or the clause
    before the namer's own words go on («…, добавив: «…»»)."""
    if lemma(verb.token.lower) not in NAMING_VERBS:
        return False
    if not (c.ends_sentence or _speaking_on(c) or _next_predicate(c, verb)):
        return False
    if any(t.text in ",;:" for t in c.toks_before if t.start > verb.token.start):
        return False
    return not any(p.pos in _VERB_FORMS for t in between for p in parses(t.lower)[:1])


_SPEAKING_ON = re.compile(r"[ \t]*,[ \t]*(\w+)")


def _speaking_on(c: SpanContext) -> bool:
    """Whether a gerund of a speech verb follows the quotation after a comma («…, добавив:
    «…»», «…, подчеркнув, что …»): the subject goes on speaking, his clause ends there."""
    gerund = _SPEAKING_ON.match(c.after)
    return gerund is not None and any(
        p.pos == "GRND" and p.normal in SPEECH_VERBS for p in parses(gerund.group(1).lower())[:1]
    )


# "…«вульгарной комедией» и пригрозил …", "…«циничной провокацией», а также подчеркнул …"
_NEXT_PREDICATE = re.compile(
    r"[ \t]*,?[ \t]*(?:" + "|".join(map(re.escape, NEXT_ACT_CONJUNCTIONS)) + r")[ \t]+(\w+)"
)


def _next_predicate(c: SpanContext, verb: Verb) -> bool:
    """Whether a past verb of the namer's number follows the quotation after «и» or «а
    также» («назвал поездку … «вульгарной комедией» и пригрозил …»): his next act, so the
    naming clause ends at the quotation, as before a gerund of speech (`_speaking_on`)."""
    found = _NEXT_PREDICATE.match(c.after)
    return found is not None and any(
        p.pos == "VERB" and p.has("past") and p.has("plur") == verb.plural
        for p in parses(found.group(1).lower())[:1]
    )


def _inside_complement(c: SpanContext, verb: Verb, between: list[Token]) -> bool:
    """ "назвал санкции ЕС попыткой опустить «железный занавес»": the fragment goes on the
    instrumental noun the naming verb's object already took (one word after the verb at
    least, nothing but words between), or on the instrumental adjective right after the
    verb whose object stands before it ("это он назвал значимым для защиты «…»")."""
    if lemma(verb.token.lower) not in NAMING_VERBS or len(between) < 2:
        return False
    if _CLAUSE_MARK.search(c.text, verb.token.end, c.span.open):
        return False
    if any(p.pos == "NOUN" and p.has("ablt") for t in between[1:] for p in parses(t.lower)[:1]):
        return True
    # "это он назвал значимым для защиты «жизненно важных» интересов": the instrumental
    # right after the verb, its object before it
    # (an adjective: a noun there, «назвал фейком информацию о «…»», heads the object)
    return any(p.pos == "ADJF" and p.has("ablt") for p in parses(between[0].lower)[:1])


def _head(words: list[Token]) -> Token | None:
    """The first word of a fragment past the adverbs and particles that grade it ("весьма
    полезным", "несколько преждевременными", "вопиюще провокационной": `_grades`)."""
    for word, after in zip(words, [*words[1:], None], strict=True):
        if not _grades(word, after):
            return word
    return None


def _grades(word: Token, after: Token | None) -> bool:
    """Whether a fragment's word grades the next one: an adverb or a particle, or a short
    neuter adjective before a full one, which the morphology reads so for an adverb in -е
    («вопиюще провокационной», «откровенно враждебным»)."""
    found = parses(word.lower)[:1]
    if any(p.pos in DEGREE_POS for p in found):
        return True
    return (
        after is not None
        and any(p.pos == "ADJS" and p.has("neut") for p in found)
        and any(p.pos == "ADJF" for p in parses(after.lower)[:1])
    )


def _point_of(c: SpanContext, verb: Verb) -> bool:
    """ "Он призвал всех читать, ведь иначе можно утратить «когнитивные способности»": two
    words or more in the clause of one speaker's call, pointer or reproach (a plural "власти
    призывают … «…»" characterises a body; nobody is quoted)."""
    if c.n_words < 2 or verb.plural or lemma(verb.token.lower) not in CONTENT_VERBS:
        return False
    return not _pronoun_in_doubt(c, verb)


def _charge_of(verb: Verb, between: list[Token]) -> bool:
    """ "Шумер обвинил Макконнелла в «перехвате» темы встречи": a fragment right after «в» in
    the clause of one accuser's charging verb (lexicon CHARGE_VERBS, CHARGE_PREPOSITIONS) is
    the charge, in his words, one word too (a plural "в МИД обвинили …" characterises a
    body, as `_point_of`)."""
    if verb.plural or lemma(verb.token.lower) not in CHARGE_VERBS:
        return False
    return bool(between) and between[-1].lower in CHARGE_PREPOSITIONS


def _called_for(verb: Verb, between: list[Token]) -> bool:
    """ "Лукашенко призвал закончить «недоразумение» в Донбассе": one quoted word right after
    the infinitive that one speaker's call governs (lexicon CONTENT_VERBS) is what he calls
    to act on, in his words (a plural "власти призывают …" characterises, as `_point_of`)."""
    if verb.plural or lemma(verb.token.lower) not in CONTENT_VERBS or not between:
        return False
    return any(p.pos == "INFN" for p in parses(between[-1].lower)[:1])


def _judged_object(c: SpanContext, verb: Verb, between: list[Token]) -> bool:
    """ "Посол Израиля раскритиковал «однобокую» позицию Москвы", "указал на «недопустимые»
    действия": one quoted adjective right after one speaker's verb of criticism or pointing
    (lexicon CONTENT_VERBS), or after its preposition, grades the object it names: his
    verdict, in his word."""
    if c.n_words != 1 or verb.plural or lemma(verb.token.lower) not in CONTENT_VERBS:
        return False
    if len(between) > 1 or (between and lemma(between[0].lower) not in PREPOSITIONS):
        return False
    words = tokens(c.inner, 0, len(c.inner))
    return bool(words) and any(p.pos == "ADJF" for p in parses(words[0].lower)[:1])


def _act_clause(c: SpanContext, verb: Verb) -> bool:
    """ "Белоусов поблагодарил Шойгу за создание «мощного задела»", "Путин потребовал от
    министра максимально «открыть» ведомство": one or two quoted words in the clause of one
    speaker's act done in words (lexicon SPEECH_ACTS: a thanks, a demand, a proposal, an
    announcement; or one come out with, «выступил с осуждением превращения Тайваня в
    «заминированный остров»»: `_act_at`) are his wording, as in the clause of a call
    (`_point_of`); one word only when it says what is done ("«открыть»": a verb), since
    one noun there is a name as often. Not a plural
    act («Радикалы поблагодарили Египет … за «…»»: a group characterised), nor past a comma
    or a relative word («предложила ввести санкции против лиц, которые связаны с «…»»: what
    another clause says of someone else), nor behind a noun of another's words («поблагодарил
    Лукашенко за слова о «братском народе»»: lexicon OTHERS_WORDS_NOUNS, whose author
    spoke). Over the 2,910 labelled texts: four such fragments, three gold; the fourth,
    «принцип «одного Китая»», is a principle's name (lexicon TERM_NOUNS)."""
    toks = c.toks_before
    at = next((k for k, t in enumerate(toks) if t.start == verb.token.start), None)
    if verb.plural or verb.impersonal or at is None or not _act_at(toks, at):
        return False
    if c.n_words < 2 and not _verb_headed(tokens(c.inner, 0, len(c.inner))):
        return False  # "поручил правительству создать «хаб»": one noun, a name as often
    if _topic_in_infinitive(c, verb.token):
        return False  # "потребовал расследовать слухи о «списках …»": the rumour's words
    after = toks[at + 1 :]
    return not any(
        t.text in _CLAUSE_BREAKS or lemma(t.lower) in RELATIVE_PRONOUNS | OTHERS_WORDS_NOUNS
        for t in after
    )


_CLAUSE_BREAKS = frozenset(",;:—–()")


def _verb_object(c: SpanContext, verb: Verb, between: list[Token]) -> bool:
    """ "Бербок заявила об «угрозе» со стороны России", "Боррель пожаловался на «нападение»":
    one quoted word right after the preposition (lexicon SPEECH_OBJECT_PREPOSITIONS) that
    follows one speaker's speech verb at once is the object of his saying, in his word. Not
    a plural verb ("в МИД заявили о «провокации»": a body characterised), a naming verb (its
    own rules, as a verb of pointing or criticism has: `_judged_object`), a reply ("ответил
    на «обвинения»": the words replied to are another's), a
    word deeper in a noun phrase ("заявила о провале «похода»": an attribute, a name), nor a
    verb inside another's content clause ("Кадыров подчеркнул, что журналист говорил о
    «блогере»": whose word, the sentence leaves open). Over the 2,910 labelled texts this
    reading found three gold words and one the labels left out (the same sentence labelled
    both ways in two sets)."""
    if c.n_words != 1 or verb.plural or verb.impersonal or _judging(verb):
        return False
    if lemma(verb.token.lower) in REPLY_VERBS | CONTENT_VERBS or len(between) != 1:
        return False
    if _content_clause([t for t in c.toks_before if t.start < verb.token.start]):
        return False
    after = [t for t in c.toks_before if t.start > verb.token.start]
    return len(after) == 1 and after[0].lower in SPEECH_OBJECT_PREPOSITIONS


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
    subject of the clause's speech verb. Short fragments count only with a named speaker
    (or a subject the clause names that nobody can be told from: `_unnamed_subject`), never
    after "так называемый" (a term, not someone's words). With no such verb before it, the
    clause may be an impersonal report's or have its speech verb after the fragment."""
    if _not_for_this_rule(c):
        return None
    verb = _clause_verb(c) or _speech_act(c)
    if verb is None:
        return (
            _impersonal_report(c)
            or _topic_before_verb(c)
            or _added_more(c)
            or _paired_on(c)
            or _alleged_claim(c)
        )
    if _reply_topic(c, verb):
        return None  # "Захарова ответила разведке США о «вмешательстве РФ»": the words replied to
    if c.n_words < 3 and not _governed(c, verb):
        return _paired_on(c)  # "назвав ее «геноцидной блокадой» и настоящей «…»"
    if _denied(c, verb):
        return Found(None)  # "Боррель не называл Россию «…»": nobody's words
    if c.n_words < 2 and verb.plural and _judging(verb):
        return Found(None)  # "В Минобороны назвали «галлюцинацией» …": which of them, unsure
    if _participle(verb):
        return Found(_participle_owner(c, verb))
    # Only a subject the clause names: "говорили о том, что «…»" has nobody to fall back on.
    end = _subject_end(c, verb)
    who = c.resolver.resolve(c.sent_lo, end, verb, c.span.open, context=False)
    if who is None and (is_gerund(verb) or _infinitive(verb)):
        who = _gerund_subject(c, verb)
    if who is None:
        who = _carried_subject(c, verb) or _joined_predicate(c, verb)
    if who is None and c.n_words < _MIN_LOOSE_WORDS and not _role_names(c, verb):
        return Found(_said_next(c)) if _unnamed_subject(c, verb) else None
    return _fragment_owner(c, verb, who)


def _fragment_owner(c: SpanContext, verb: Verb, who: str | None) -> Found:
    """The answer for a fragment whose clause verb reads `who` as its subject: nobody when
    the fragment labels in another's words (`_judged_by_another`); for a body speaking by
    a plural verb, its spokesperson named next."""
    if who is None or _judged_by_another(c, verb, who):
        return Found(None)
    if verb.plural and not c.resolver.is_person(who):
        return Found(_spokesperson_next(c, who) or who)
    return Found(who)


def _judged_by_another(c: SpanContext, verb: Verb, who: str) -> bool:
    """ "Косачев отметил, что Джо Байден считает президента России «убийцей»", "… ответил на
    вопрос, считает ли он президента «убийцей»": a naming or judging verb standing in a
    clause reported by another speech verb (after its «что» or a comma), with a subject of
    its own there — a person named in the nominative other than `who`, a role in the
    nominative the text does not link to `who`, or a pronoun inverted after «ли» (an
    indirect question: the asker's wording) — labels in that other one's words, which the
    reporter only passes on. Nobody then: the text does not settle whether the label is the
    judge's own or the reporter's account of it (the labelled sets give it to nobody)."""
    between = [t for t in c.toks_before if t.start > verb.token.start]
    if not _judging(verb) or _content_clause(between):
        return False  # «признал, что Путин «…»»: a verb with «что» reports, as any other
    before = [t for t in c.toks_before if t.end <= verb.token.start]
    cut = max((k for k, t in enumerate(before) if t.lower == "что" or t.text == ","), default=0)
    if cut == 0 or not any(speech_verb(t) is not None for t in before[:cut]):
        return False
    lo = before[cut].end
    clause = [t for t in c.toks_before if t.start >= lo and t.start != verb.token.start]
    if any(t.lower == "ли" for t in clause) and any(t.lower in _HE for t in clause):
        return True
    if any(
        m.nominative and m.person is not None and m.person.name != who
        for m in c.resolver.entities.persons
        if lo <= m.start < verb.token.start
    ):
        return True
    return _role_subject_of_other(c, [t for t in clause if t.start < verb.token.start], who)


def _role_subject_of_other(c: SpanContext, toks: list[Token], who: str) -> bool:
    """Whether `toks` (a reported clause up to its verb) hold a role in the nominative
    («американский лидер») that the text does not link to `who`."""
    role = next(
        (
            k
            for k, t in enumerate(toks)
            if role_of(t.text) is not None and any(p.has("nomn") for p in parses(t.lower)[:1])
        ),
        None,
    )
    if role is None:
        return False
    found, other = c.resolver.scan(toks[role:], None, c.span.open, stop_early=True)
    return not found or other != who


def _not_for_this_rule(c: SpanContext) -> bool:
    """Whether `partial_quote` leaves the quotation alone: no lowercase fragment, a title, a
    term after "так называемый", or a claim after «якобы» that the sentence gives to another
    («Халили назвал ложью утверждение, что он якобы «получал деньги»»: `_claim_dismissed`),
    which no speech verb of the subject's makes his (review R11)."""
    if not c.first_letter.islower() or c.titled or _SO_CALLED.search(c.before[-40:]):
        return True
    return _alleged(c) and _claim_dismissed(c)


def _reply_topic(c: SpanContext, verb: Verb) -> bool:
    """ "Захарова ответила разведке США о «вмешательстве РФ» в выборы", "прокомментировала
    данные СМИ о «вторжении»": a fragment right after «о»/«об» in the clause of a verb of
    reply (lexicon REPLY_VERBS, TOPIC_PREPOSITIONS), with no «что» between (its content
    clause would be the replier's words), is what was replied to, in the words of those
    replied to — never the replier's."""
    if lemma(verb.token.lower) not in REPLY_VERBS:
        return False
    between = [t for t in c.toks_before if t.start > verb.token.start and t.text[:1].isalpha()]
    if _content_clause(between):
        return False
    return bool(between) and between[-1].lower in TOPIC_PREPOSITIONS


def _alleged_claim(c: SpanContext) -> Outcome:
    """ "Сикорский выступил с мольбой не посещать Россию, так как страны якобы «берут
    заложников»": two words or more right after «якобы» (lexicon ALLEGING_WORDS), in a
    sentence with no speech verb before them, are a claim reported in its maker's words:
    speech, else unknown (one word there is a scare quote: names.py `_alleged_word`). Why
    the one person the sentence names in the nominative before them makes it: with no
    speech verb, the writer's «якобы» distances the reason that subject gives for what he
    does («выступил с мольбой …, так как …»). A claim the sentence gives to another, one the
    subject dismisses, never reaches here (`partial_quote` asks `_claim_dismissed` first)."""
    if c.n_words < 2 or not _alleged(c):
        return None
    named = {
        m.person.name
        for m in c.resolver.entities.persons
        if c.sent_lo <= m.start < c.span.open and m.person is not None and m.nominative
    }
    return Found(named.pop() if len(named) == 1 else None)


def _alleged(c: SpanContext) -> bool:
    """Whether a word of doubt (lexicon ALLEGING_WORDS: «якобы») stands right before the
    quotation: the writer reports a claim he keeps at a distance."""
    toks = c.toks_before[-1:]
    return bool(toks) and lemma(toks[0].lower) in ALLEGING_WORDS


def _claim_dismissed(c: SpanContext) -> bool:
    """Whether the sentence before the quotation denies, rejects or mocks a claim (lexicon
    DISMISSAL_VERBS: «опроверг», «отвергла», «высмеял») or names the rumour, charge, report or
    lie it is (ALLEGATION_NOUNS: «слухи о том, что», «сообщения СМИ», «назвал ложью»): the
    words after «якобы» are then that claim's, the opposite of the subject's own."""
    return any(
        lemma(t.lower) in DISMISSAL_VERBS | ALLEGATION_NOUNS
        for t in c.toks_before
        if c.sent_lo <= t.start < c.span.open
    )


def _spokesperson_next(c: SpanContext, body: str) -> str | None:
    """ "В МИД Китая заявили, что «уважают» независимость … Об этом заявил пресс-секретарь
    министерства Мао Нин.": words a body was said to speak (a plural verb: «в МИД заявили»)
    that the next sentence gives to a person by name («Об этом заявил X») are that person's,
    who spoke for the body — only when X's title names that body (`_speaks_for`). Someone
    titled by another body or state («В Кремле заявили … Об этом заявила официальный
    представитель МИД Украины …»), a reporter relaying it, or a report that adds another
    speaker or an earlier saying («Об этом же / также / ранее заявлял …», lexicon
    ADDED_OR_EARLIER, an imperfective verb) leave the body; None otherwise."""
    end = sentence_end(c.text, c.after_lo, c.para_hi)
    lo, hi = next_sentence(c, end)
    who = next_sentence_speaker(c, end)
    if who is None or not c.resolver.is_person(who):
        return None
    ents = c.resolver.entities
    at = next(
        (m.start for m in ents.persons if lo <= m.start < hi and m.person and m.person.name == who),
        None,
    )
    if at is None or _added_or_earlier(tokens(c.text, lo, at)):
        return None
    return who if _speaks_for(c, body, lo, at) else None


def _added_or_earlier(toks: list[Token]) -> bool:
    """Whether the words before the named person add a speaker or an earlier saying («же»,
    «также», «ранее», lexicon ADDED_OR_EARLIER) or report it by an imperfective past
    («заявлял»: what he used to say, not who spoke now)."""
    for tok in toks:
        if tok.lower in ADDED_OR_EARLIER:
            return True
        if any(p.pos == "VERB" and p.has("impf") and p.has("past") for p in parses(tok.lower)[:1]):
            return True
    return False


def _speaks_for(c: SpanContext, body: str, lo: int, at: int) -> bool:
    """Whether the title in text[lo:at] before a person's name names `body`: the body
    itself, or a ministry anaphor («пресс-секретарь министерства», «представитель
    ведомства», lexicon MINISTRY_ANAPHORS) with no other body named there."""
    orgs = {m.org for m in c.resolver.entities.orgs if lo <= m.start < at and m.org}
    if orgs:
        return orgs == {body}
    return any(lemma(t.lower) in MINISTRY_ANAPHORS for t in tokens(c.text, lo, at))


def _said_next(c: SpanContext) -> str | None:
    """ "Россия констатирует, что у Украины и ее «европейских спонсоров» нет желания …. Такое
    мнение высказал замглавы МИД РФ Михаил Галузин": a subject nobody can be told from (a
    country, a pronoun) is the one the sentence's closing clause ("Россия … ответит на них
    «по принципу взаимности», заявил Песков") or else the next sentence names as having
    said it, by name (an outlet or a pronoun there tells nothing), else unknown."""
    closing = _closing_speaker(c)
    if closing is not None:
        return closing
    end = sentence_end(c.text, c.after_lo, c.para_hi)
    who = next_sentence_speaker(c, end)
    return who if _not_media(who) and _named_in(c, who, *next_sentence(c, end)) else None


def _unnamed_subject(c: SpanContext, verb: Verb) -> bool:
    """ "Он также отметил, что … не будет войны, а «будет мир»", "Китай выражает «серьезную
    обеспокоенность»": a short fragment the clause's own finite speech verb governs is
    speech when the clause names its subject (a pronoun, a country's or a body's proper
    name: `_proper_subject`) though the resolver cannot tell who that is (unknown then);
    a common noun ("Ряд выступающих назвал политику «многовекторной»") characterises. Not
    a gerund's or an infinitive's (their subject is another verb's), nor a reply's
    ("комментируя заявление о «…»": the words replied to are another's), nor a relative
    clause's ("эксперта, который назвал …": what its antecedent is known for)."""
    if is_gerund(verb) or _infinitive(verb) or lemma(verb.token.lower) in REPLY_VERBS:
        return False
    before = [t for t in c.toks_before if t.start < verb.token.start]
    if any(lemma(t.lower) in RELATIVE_PRONOUNS for t in before[-3:]):
        return False
    return any(_proper_subject(t) for t in before)


def _proper_subject(tok: Token) -> bool:
    """Whether `tok` reads first as a nominative personal pronoun or proper noun (lexicon
    PROPER_GRAMS: "Китай", "КНДР", "МИД")."""
    if tok.lower in _HE:
        return True
    return any(p.has("nomn") and p.grams & PROPER_GRAMS for p in parses(tok.lower)[:1])


def _impersonal_report(c: SpanContext) -> Outcome:
    """ "Уточняется, что министры обсудили координацию усилий по «противодействию пандемии»",
    "в материале сказано, что чиновники создали «план …»": a fragment of two words or more
    in the content clause of an impersonal report ("говорится", "сказано", "сообщалось")
    is speech; its speaker is the body the clause names, else unknown. One word
    ("сообщалось, что встреча «шестерки» …") is a name more often than words."""
    if c.n_words < 2:
        return None
    toks = c.toks_before
    for k in range(len(toks) - 1, -1, -1):
        verb = _speech_at(toks, k)
        if verb is None:
            continue
        that = next((t for t in toks[k + 1 :] if t.lower == "что"), None)
        if not verb.impersonal or that is None:
            return None
        return Found(_text_body(c, verb, that.start))
    return None


def _topic_before_verb(c: SpanContext) -> Outcome:
    """ "О «деструктивном воздействии» американцев говорил замминистра Сергей Рябков": a
    fragment right after "о"/"об" opening the clause of a speech verb that follows it
    (nothing but words between) is what that verb's subject spoke of, in his words; the
    speaker only a person or body the sentence names after the verb, else unknown."""
    words = [t for t in c.toks_before if t.text[:1].isalpha()]
    if c.n_words < 2 or not words or words[-1].lower not in ("о", "об"):
        return None
    end = sentence_end(c.text, c.after_lo, c.para_hi)
    toks = tokens(c.text, c.after_lo, end)
    for k, tok in enumerate(toks[:_MAX_OBJECT_WORDS]):
        if not tok.text[:1].isalpha():
            return None
        verb = _speech_at(toks, k)
        if verb is None:
            continue
        if verb.impersonal or is_gerund(verb):
            return None
        who = c.resolver.resolve(tok.start, end, verb, c.span.open, context=False)
        return Found(who if _not_media(who) and _named_in(c, who, tok.start, end) else None)
    return None


def _added_more(c: SpanContext) -> Outcome:
    """ "Ортега попросил «передать привет …». И еще «народам Абхазии и Южной Осетии».": a
    sentence of nothing but link words ("И еще", "А также") before the quotation and nothing
    after it adds to the words quoted in the sentence before, in the same paragraph: their
    speaker's (never after an opening that turns to another matter, «Ранее»)."""
    words = [t for t in c.toks_before if t.text[:1].isalpha()]
    if not c.ends_sentence or not words or c.sent_lo <= c.para_lo:
        return None
    if not all(any(p.pos in LINK_POS for p in parses(t.lower)[:1]) for t in words):
        return None
    if c.text[c.sent_lo : c.span.open].lower().lstrip().startswith(SHIFT_OPENERS):
        return None
    if c.last is None or c.last[1] is None or c.last[0] != c.doc.layout.paragraph_of(c.span.open):
        return None
    prev_lo = sentence_start(c.text, c.para_lo, c.sent_lo - 1)
    return Found(c.last[1]) if _QUOTE_MARK.search(c.text, prev_lo, c.sent_lo) else None


_PAIRED_ON = re.compile(
    rf"[»\"“]\s*,?\s*(?:и|а также|а|или|либо)\s+(?P<graded>(?:[^\W\d_]+\s+){{0,{_MAX_GRADING}}})$"
)


def _paired_on(c: SpanContext) -> Outcome:
    """ "Она добавила, что «эта цитата (Эрдогана. — RT) наделала много шума» и «можно понять
    почему»": a fragment joined by a conjunction to the quotation right before it goes on
    those words, the same person's (only a person the rules gave that quotation: the
    sentence's own verb may lie beyond what reads as its start). Between the conjunction
    and the mark only words that grade it ("назвав ее «геноцидной блокадой» и настоящей
    «экономической войной»": adjectives, adverbs, particles), never a noun or a preposition
    ("«Роснефть», а также против их «дочек»": a new object, no words of the quotation's)."""
    pair = _PAIRED_ON.search(c.text, max(c.para_lo, c.span.open - 40), c.span.open)
    if pair is None or not all(_grading(w) for w in pair.group("graded").split()):
        return None
    said = c.resolver.speakers_of_quote_closing_at(pair.start())
    return Found(said[-1]) if said else None


def _grading(word: str) -> bool:
    """Whether the word reads first as an adjective, an adverb or a particle (lexicon
    GRADING_POS): it qualifies the quoted words that follow it, names nothing of its own."""
    return any(p.pos in GRADING_POS for p in parses(word.lower())[:1])


def _infinitive(verb: Verb) -> bool:
    """ "…, которую можно признать «дном»": an infinitive, whose subject is that of the
    finite speech verb before it."""
    return any(p.pos == "INFN" for p in parses(verb.token.lower)[:1])


def _role_names(c: SpanContext, verb: Verb) -> bool:
    """ "Дипломат также назвал сроки «несколько преждевременными»", "Источник пояснил, что
    …«множество договоренностей»": what a subject the clause names only by a role or as an
    unnamed source said is still speech, its speaker unknown; the role noun must stand in
    the nominative before the verb; so is a gerund whose finite verb is plural (a group). A
    plural naming verb ("Одни назвали это «грубым искажением фактов»") names a group: the
    caller has let only three words or more through (a shorter one characterises)."""
    before = [t for t in c.toks_before if c.sent_lo <= t.start < verb.token.start]
    if verb.plural:
        return _judging(verb) and not _habitual(verb)
    if is_gerund(verb) and _group_gerund(before, verb) is not None:
        return True  # "В ЕП отказались, подчеркнув, что «официальной миссии» …": a group
    if _namesake_subject(c, before):
        return True  # "Ким назвала …" beside two Kims: someone named, which one unsure
    return any(
        (role_of(t.text) is not None or lemma(t.lower) in UNKNOWN_AGENTS)
        and any(p.has("nomn") for p in parses(t.lower)[:1])
        for t in before
    )


def _habitual(verb: Verb) -> bool:
    """ "Южную часть Курил в Японии называют «северными территориями»", "Сирию называли
    «ближневосточным болотом»": an imperfective plural naming verb with no subject named is
    how a thing is commonly called, a name, not anybody's saying (the perfective "назвали"
    reports one act of speech)."""
    return lemma(verb.token.lower) in NAMING_VERBS and any(
        p.has("impf") for p in parses(verb.token.lower)[:1]
    )


def _namesake_subject(c: SpanContext, before: list[Token]) -> bool:
    """Whether a lone name word before the verb is one two of the text's people share («Ким»
    beside «Ким Чен Ын» and «Ким Е Чжон»): a subject the text names, whom it leaves unsure."""
    for tok in before:
        if not tok.text[:1].isupper():
            continue
        shared = {
            m.person.name
            for m in c.resolver.entities.persons
            if m.person is not None
            and m.person.name != tok.text
            and tok.text in (m.person.surname, m.person.name.split()[0])
        }
        if len(shared) > 1:
            return True
    return False


def _gerund_subject(c: SpanContext, gerund: Verb) -> str | None:
    """ "«…», – заявил Блинкен в начале встречи, выразив надежду на «продуктивный разговор»":
    a gerund's fragment is the words of the subject the sentence names for the finite speech
    verb before it, by name (a pronoun there may be anyone; a plural verb's group is left to
    `reported_speech`)."""
    before = [t for t in c.toks_before if t.start < gerund.token.start]
    for k in range(len(before) - 1, -1, -1):
        verb = _speech_at(before, k)
        if verb is None or is_gerund(verb) or _participle(verb):
            continue
        if verb.plural or verb.impersonal:
            return None
        who = c.resolver.resolve(c.sent_lo, gerund.token.start, verb, c.span.open, context=False)
        return who if _named_in(c, who, c.sent_lo, gerund.token.start) else None
    return _sole_actor(c, before)


def _sole_actor(c: SpanContext, before: list[Token]) -> str | None:
    """ "Генсек кабинета Минору Кихара сделал Кикаваде выговор, указав на «…»": with no speech
    verb before the gerund, the subject of its finite verb, singular, when the sentence names
    one person only in the nominative (a dative, «Кикаваде», is no subject) who can be that
    verb's subject: its past form agrees with them, and they stand in no relative clause
    («Правительство, которое возглавляет Мишустин, одобрило проект, назвав …» is the
    government's act)."""
    finite = [t for t in before if any(p.pos == "VERB" for p in parses(t.lower)[:1])]
    if not finite or any(p.has("plur") for p in parses(finite[-1].lower)[:1]):
        return None
    lo, hi = c.sent_lo, before[-1].end if before else c.sent_lo
    subjects = {
        m.person.name
        for m in c.resolver.entities.persons
        if lo <= m.start < hi
        and m.person is not None
        and m.nominative
        and _past_agrees(finite[-1], m.person.gender)
        and not _in_relative_clause(c.text, lo, m.start)
    }
    return subjects.pop() if len(subjects) == 1 else None


def _past_agrees(verb: Token, gender: str | None) -> bool:
    """Whether a person of `gender` can be the subject of `verb`: any form but the past
    agrees; a past one needs a masculine or feminine reading (a neuter «одобрило» has a
    thing for its subject), theirs when their gender is known."""
    genders = {
        g
        for p in parses(verb.lower)
        if p.pos == "VERB" and p.has("past")
        for g in ("masc", "femn", "neut")
        if p.has(g)
    }
    if not genders:
        return True
    return gender in genders if gender is not None else bool(genders - {"neut"})


def _in_relative_clause(text: str, lo: int, start: int) -> bool:
    """Whether the word at `start` stands in a relative clause: after the last comma before
    it (from `lo` on), a word of lexicon RELATIVE_PRONOUNS («, которое возглавляет …»)."""
    comma = text.rfind(",", lo, start)
    return comma >= 0 and any(
        lemma(t.lower) in RELATIVE_PRONOUNS for t in tokens(text, comma + 1, start)
    )


def _participle_owner(c: SpanContext, verb: Verb) -> str | None:
    """ "ответил Трампу, назвавшему Россию «…»": the person named right before the
    participle's comma speaks; anyone else named in the sentence does not."""
    head_end = c.sent_lo + len(c.text[c.sent_lo : verb.token.start].rstrip(" ,"))
    owner = next((m for m in c.resolver.entities.persons if m.end == head_end), None)
    return owner.person.name if owner is not None and owner.person is not None else None


def verb_after(c: SpanContext) -> Outcome:
    """ "Избирателям нужны «реалистичные оценки» происходящего, заявил посол Анатолий
    Антонов.": a fragment in a sentence that ends with ", <speech verb> <speaker>" is the
    words of the speaker that clause names (a person or a body, never an outlet, never a
    pronoun: only the sentence's own attribution, no guess from the context). One quoted
    word ("задача «слива» беседы …, считает Ушаков") is a term more often than his words,
    unless it is the sentence's predicate ("Страны Запада «заврались» …, заявила Захарова"):
    a verb or a short adjective names no thing, it says what the speaker says of one."""
    if not _fragment(c) or c.starts_sentence or _clause_verb(c) is not None:
        return None
    if c.n_words < 2 and not _predicate_word(c):
        return None
    who = _closing_speaker(c)
    return Found(who) if who is not None else None


def closing_unnamed(c: SpanContext) -> Outcome:
    """ "При этом вернуться к «доверию и открытости», которые были тогда, не получится,
    добавил он.": a fragment of two words or more that no rule before this one reads, in a
    sentence with no speech verb before it that closes with a speech verb (neither
    impersonal nor plural) whose subject is a pronoun or a role, is speech; who that is the
    sentence does not say (unknown: no guess from the context)."""
    if not _fragment(c) or c.starts_sentence or c.n_words < 2 or _clause_verb(c) is not None:
        return None
    return Found(None) if _closing_unnamed(c) else None


def _closing_unnamed(c: SpanContext) -> bool:
    """Whether the sentence closes with ", <speech verb> <pronoun or role>" (no quotation
    in that clause)."""
    end = sentence_end(c.text, c.after_lo, c.para_hi)
    comma = c.text.rfind(", ", c.after_lo, end)
    if comma < 0 or _QUOTE_MARK.search(c.text, comma, end):
        return False
    toks = tokens(c.text, comma + 1, end)
    verb = _speech_at(toks, 0) if toks else None
    if verb is None or verb.impersonal or verb.plural or len(toks) < 2:
        return False
    subject = toks[1]
    return subject.lower in _HE or (
        role_of(subject.text) is not None and any(p.has("nomn") for p in parses(subject.lower)[:1])
    )


def _closing_speaker(c: SpanContext) -> str | None:
    """Whom the clause closing the quotation's sentence, ", заявил посол Анатолий Антонов.",
    names as having said it: a person or a body it names, never an outlet or a pronoun."""
    end = sentence_end(c.text, c.after_lo, c.para_hi)
    comma = c.text.rfind(", ", c.after_lo, end)
    if comma >= 0 and _outlet_relays(c, comma, end):
        # "…, заявил министр Субраманьям Джайшанкар, сообщает газета The Economic Times."
        end, comma = comma, c.text.rfind(", ", c.after_lo, comma)
    if comma < 0 or _QUOTE_MARK.search(c.text, comma, end):
        return None  # the closing clause holds another quotation: not a plain attribution
    toks = tokens(c.text, comma + 1, end)
    verb = _closing_verb(toks)
    if verb is None or verb.impersonal:
        return None
    who = c.resolver.resolve(comma + 1, end, verb, c.span.open, context=False)
    return who if _not_media(who) and _named_in(c, who, comma, end) else None


_MAX_CIRCUMSTANCE = 3  # words before the closing verb: ", в минувшую пятницу заявил …"


def _closing_verb(toks: list[Token]) -> Verb | None:
    """The speech verb opening a sentence's closing clause: ", заявил посол …", or ", такую
    оценку дал посол …" (a statement made), or after a few words of time, place or manner
    (", 22 мая заявил глава дипломатии ЕС Жозеп Боррель": the date's digits are no token;
    ", вчера сообщил …"): the verb still comes before its subject, whom the caller resolves.
    Never past a word that may be the subject itself (", президент заявил …": a nominative
    noun), so the clause's subject stays the one named after the verb."""
    if not toks:
        return None
    verb = _speech_at(toks, 0) or such_statement_verb(toks)
    for k in range(1, min(len(toks), _MAX_CIRCUMSTANCE + 1)):
        if verb is not None or not _circumstance(toks[k - 1]):
            break
        verb = _speech_at(toks, k)
    return verb


def _circumstance(tok: Token) -> bool:
    """Whether the word reads first as an adverb, a preposition or a particle (lexicon
    CIRCUMSTANCE_POS) or as a noun or adjective in an oblique case ("мая", "пятницу",
    "минувшую"): a word of time, place or manner, never the clause's subject, nor a word
    that opens a relative or subordinate clause (lexicon SUBORDINATE_OPENERS)."""
    first = parses(tok.lower)[:1]
    if not first or not tok.text[:1].isalpha() or first[0].has("Apro"):
        return False  # ", о которой говорят в НАТО": a relative clause, no attribution
    if first[0].normal in SUBORDINATE_OPENERS:
        return False  # ", где выступал министр": a subordinate clause, no attribution
    if first[0].pos in CIRCUMSTANCE_POS:
        return True
    return first[0].pos in ("NOUN", "ADJF") and not first[0].has("nomn")


def _outlet_relays(c: SpanContext, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] is ", сообщает (передает, пишет) <outlet>": a relay closing the
    sentence after its own attribution, which the clause before it then gives."""
    toks = tokens(c.text, lo + 1, hi)
    if not toks or lemma(toks[0].lower) not in RELAY_VERBS:
        return False
    if any(lemma(t.lower) in MEDIA_KINDS for t in toks[1:]):
        return True  # "сообщает газета The Economic Times": an outlet by its kind
    verb = _speech_at(toks, 0)
    who = c.resolver.resolve(lo + 1, hi, verb, c.span.open, context=False) if verb else None
    return who is not None and not _not_media(who)


def _predicate_word(c: SpanContext) -> bool:
    """Whether the quoted word reads first as a finite verb, a short adjective or a short
    participle (lexicon PREDICATE_POS): a predicate, never a term."""
    words = tokens(c.inner, 0, len(c.inner))
    return bool(words) and any(p.pos in PREDICATE_POS for p in parses(words[0].lower)[:1])


def _participle(verb: Verb) -> bool:
    """ "назвавшему", "заявивший": a participle, whose subject is the noun it follows."""
    found = parses(verb.token.lower)
    return bool(found) and found[0].pos == "PRTF"


def _joined_predicate(c: SpanContext, verb: Verb) -> str | None:
    """ "Сенатор заявил, что США «уничтожают армию», и назвал Киев «партнером …»": a speech
    verb joined by «, и» right after a quotation of its own sentence shares that clause's
    subject: the quotation's speaker, when the subject of the sentence's first speech verb,
    before that quotation, is the same person (never the owner of words another only
    quotes: «Лавров процитировал Блинкена: «…», и назвал …»); None otherwise."""
    if verb.plural or verb.impersonal or is_gerund(verb) or _infinitive(verb) or _participle(verb):
        return None
    before = [t for t in c.toks_before if t.start < verb.token.start]
    if len(before) < 2 or before[-1].lower != "и" or before[-2].text != ",":
        return None
    comma = before[-2].start
    closes = [hi for lo, hi in c.resolver.quoted if c.sent_lo <= lo and hi < comma]
    if not closes or c.text[max(closes) + 1 : comma].strip():
        return None
    said = c.resolver.speakers_of_quote_closing_at(max(closes))
    opening = next(lo for lo, hi in c.resolver.quoted if hi == max(closes))
    first = first_verb(tokens(c.text, c.sent_lo, opening), 12)
    if not said or first is None:
        return None
    subject = c.resolver.resolve(c.sent_lo, opening, first, opening, context=False)
    gender = c.resolver.gender_of(subject)
    if subject != said[0] or (verb.gender and gender and gender != verb.gender):
        return None
    return subject


def _carried_subject(c: SpanContext, verb: Verb) -> str | None:
    """ "«…», — заявил господин Нуртлеу. И добавил: отношения «успешно развиваются»": a
    speech verb whose sentence gives it no subject at all (only "и", "также", "затем"
    before it) goes on the subject of the sentence before, the speaker of the quotation
    just before it in the same paragraph; None otherwise."""
    if verb.plural or verb.impersonal or is_gerund(verb) or _infinitive(verb) or _participle(verb):
        return None
    before = [t for t in c.toks_before if t.start < verb.token.start]
    if not all(any(p.pos in LINK_POS for p in parses(t.lower)[:1]) for t in before):
        return None
    if c.last is None or c.last[0] != c.doc.layout.paragraph_of(c.span.open):
        return None
    gender = c.resolver.gender_of(c.last[1]) if c.last[1] is not None else None
    if gender is not None and verb.gender is not None and gender != verb.gender:
        return None
    return c.last[1]
