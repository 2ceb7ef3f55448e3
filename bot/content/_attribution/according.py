"""«По словам X», «Как отметил X», «Как передает ТАСС»: attributions opening the sentence.

Why apart: the speaker is named in an introductory phrase before the quotation, not as the
subject of the sentence; an outlet there relays, and a person named inside may be the namer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.content._attribution.clauses import (
    _HE,
    _denied,
    _fragment,
    _lemma_of,
    _named_in,
    _names_person,
    _not_media,
    _speaks_in,
    first_verb,
    is_gerund,
)
from bot.content._attribution.context import Found, Outcome, SpanContext
from bot.content._speakers.names import lowercase_adjective
from bot.content.layout import sentence_end
from bot.content.lexicon import (
    ACCORDING_NOUNS,
    ATTRIBUTIVE_POS,
    BELIEF_VERBS,
    LINK_VERBS,
    NAMING_VERBS,
    PASSING_ON_VERBS,
    POSSESSIVE_GENDERS,
    PREDICATE_POS,
    RELAY_VERBS,
    SPEAKING_SIDES,
    role_of,
)
from bot.content.morph import lemma, parses
from bot.content.speakers import Token, naming_verb, speech_verb, tokens, word_tokens

# "по словам X", "по его мнению", "по утверждению X", "со слов X", "с его слов", "на его
# взгляд", "на взгляд X" (nouns: ACCORDING_NOUNS; "на первый взгляд" is no one's view).
_PO_SLOVAM = re.compile(
    r"\b(?:[Пп]о\s+(?:(?:его|ее|её|их)\s+)?(?P<noun>[а-яё]+)"
    r"|(?:[Сс]о|[Сс]\s+(?:его|ее|её|их))\s+(?P<from>слов)"
    r"|[Нн]а\s+(?:(?:его|ее|её|их)\s+)?(?P<view>взгляд))\b"
)
_AS_REPORTS = re.compile(
    r"(?:^|[\s,])(?:[Кк]ак|[Пп]о данным|[Сс]огласно|[Сс]о ссылкой на)\b[^«\"„“]{0,80}?"
    r"(?:переда[её]т|передают|пишет|пишут|сообща\w+|информир\w+|данным|сообщению|ссылкой)"
    r"[^,\n]{0,80},\s*$"
)
_AS_SAID = re.compile(r"(?:^|[\s,(])[Кк]ак\s+([^,\n]{1,120}),\s*$")
_AS_OPENING = re.compile(r"[\s—–-]*[Кк]ак\s+([^,\n«»\"]{1,120}),\s+[^«»\"]*$")
_PAIRED = re.compile(r"\s*,?\s*(?:а|и|но|или|либо)\s+(?:не\s+)?[«\"„“]")


def po_slovam(c: SpanContext) -> Outcome:
    """ "по словам X, «…»", "по его словам, «…»", "по мнению X, …«…»"."""
    po = _according_to(c.text, c.sent_lo, c.span.open)
    if po is None:
        return None
    clause_hi = c.text.find(",", po.end(), c.span.open)
    clause_hi = c.span.open if clause_hi < 0 else clause_hi
    if not (c.n_words >= 2 and _fragment(c)) and not (
        c.n_words >= 3
        or c.ends_sentence
        or _content_pair(c)
        or _in_content(c, clause_hi)
        or _opens_content(c, clause_hi)
        or _link_predicate(c)
    ):
        return None
    if _says_in(c, clause_hi, c.span.open) and (
        _names_person(c, clause_hi, c.span.open) or _role_speaks(c, clause_hi, c.span.open)
    ):
        return None  # "По словам Трампа, Путин сказал ему, что «…»": the inner speaker's
    if _says_in(c, clause_hi, c.span.open) and _opening_reports(
        tokens(c.text, clause_hi, c.span.open), _side_noun
    ):
        # «По словам министра, турецкая сторона заверила посла, что «…»»: a side's words,
        # which no name gives (a pronoun object after its verb is no speaker either)
        return Found(None)
    if _pronoun_of_reporter(c, po):
        return None
    toks = tokens(c.text, po.start() + 2, clause_hi)
    found, who = c.resolver.scan(toks, None, c.span.open, stop_early=True)
    owner = who if found else None
    if _named_in(c, owner, clause_hi, c.span.open):
        # "По мнению министра, Путин уверен, что «…»": a role resolved onto the person the
        # clause itself names as its subject is a guess across the comma; nobody, not him
        owner = None
    elif owner is not None and _described_after(c, owner, clause_hi + 1):
        owner = _account_of_aide(c, po, owner, clause_hi + 1)
    return _inner_namer(c, clause_hi + 1, owner) or Found(owner)


def _described_after(c: SpanContext, owner: str, lo: int) -> bool:
    """ "По его словам, глава всемирной организации «глубоко обеспокоен …»": whether the
    clause after the comma opens with a role in the nominative (no speech verb of its own:
    `_says_in` has let it through) that stands for the very person the account was read as
    owned by. One whose words are reported is someone other than the one giving the account,
    so that reading of «его» is wrong (a pronoun there, «по его словам, он обеспокоен», may
    well be the owner himself, and is left alone)."""
    if not c.resolver.is_person(owner):
        return False
    toks = word_tokens(c.text, lo, c.span.open)
    head = next((t for t in toks if not _attributive(t)), None)  # «американский президент»
    if head is None or role_of(head.text) is None:
        return False
    if not any(p.has("nomn") for p in parses(head.lower)[:1]):
        return False
    found, who = c.resolver.scan(toks, None, c.span.open, stop_early=True)
    return found and who == owner


def _account_of_aide(c: SpanContext, po: re.Match[str], owner: str, lo: int) -> str | None:
    """Whose account «по его словам, <role> «…»» is when the role resolved onto its first
    reading `owner`: the pronoun's next referent past him only when the text titles that one
    as an aide or spokesman («— заявил официальный представитель генсека Дюжаррик. По его
    словам, глава организации «…»»: one speaks for the head). Any other earlier man is no
    likelier than the owner: a role with a qualifier of its own («министр обороны Китая»,
    «мэр соседнего города») names another holder and the owner keeps his account; a bare
    role («По его словам, министр «…»») may be either, so nobody."""
    other = _other_owner(c, po, owner)
    if other is not None and other != owner and c.resolver.titled_aide(other):
        return other
    return owner if _qualified_role(c, lo) else None


def _qualified_role(c: SpanContext, lo: int) -> bool:
    """Whether the role opening the clause at `lo` has a qualifier of its own after it that
    sets its holder apart: a capitalised word («президент Казахстана», «министр финансов
    Германии») or an adjective («мэр соседнего города»)."""
    toks = word_tokens(c.text, lo, c.span.open)
    at = next((i for i, t in enumerate(toks) if not _attributive(t)), None)
    if at is None:
        return False
    return any(t.text[:1].isupper() or _attributive(t) for t in toks[at + 1 :])


def _attributive(tok: Token) -> bool:
    """Whether the word is an adjective or participle in its first reading."""
    return any(p.pos in ATTRIBUTIVE_POS for p in parses(tok.lower)[:1])


def _other_owner(c: SpanContext, po: re.Match[str], owner: str) -> str | None:
    """Whose account «по его словам» gives when its first reading, `owner`, is the person the
    reported clause describes: the pronoun's next referent of its gender past him (the
    spokesman who spoke before, «— заявил Дюжаррик. По его словам, глава организации
    «…»»). An account owned by a name («По словам Захаровой, многолетняя политика …»)
    names its owner, whatever the clause's words resolve to: it stays his."""
    gender = next(
        (
            POSSESSIVE_GENDERS[t.lower]
            for t in tokens(c.text, po.start(), po.end())
            if t.lower in POSSESSIVE_GENDERS
        ),
        None,
    )
    if gender is None:
        return owner
    return c.resolver.pronoun(gender, c.span.open, frozenset({owner}))


def _says_in(c: SpanContext, lo: int, hi: int) -> bool:
    """Whether the clause after «по словам X,» has a verb of saying or naming of its own,
    not only one of holding a view: "По мнению министра, Путин уверен, что «…»" is the
    minister's account of what Putin thinks, in the minister's words (BELIEF_VERBS); so is
    "По словам Ушакова, Уиткофф передал «важный сигнал …»": one who passes a message on
    (PASSING_ON_VERBS) is no author of its wording."""
    if not _speaks_in(c, lo, hi):
        return False
    return any(
        (speech_verb(t) is not None or lemma(t.lower) in NAMING_VERBS)
        and lemma(t.lower) not in BELIEF_VERBS | PASSING_ON_VERBS
        for t in tokens(c.text, lo, hi)
    )


def _pronoun_of_reporter(c: SpanContext, po: re.Match[str]) -> bool:
    """ "Президент Молдавии заявляла, что победа …, по её мнению, «угрожает суверенитету»":
    «по её мнению» inside the «что» clause of a speech verb whose subject the sentence names
    before it stands for that subject, not for whoever spoke last; the rules after this one
    read the reporting clause."""
    if not any(t.lower in POSSESSIVE_GENDERS for t in tokens(c.text, po.start(), po.end())):
        return False
    before = tokens(c.text, c.sent_lo, po.start())
    that = next((k for k, t in enumerate(before) if t.lower == "что"), None)
    if that is None:
        return False
    verbs = [v for t in before[:that] if (v := speech_verb(t)) is not None]
    return any(not v.impersonal and not v.plural for v in verbs)


def _role_speaks(c: SpanContext, lo: int, hi: int) -> bool:
    """ "По словам японского премьера, российский президент пообещал «…»": a role in the
    nominative right before a speech verb in the reported clause is its own speaker, whose
    words the quotation gives (never the one whose account it is)."""
    toks = word_tokens(c.text, lo, hi)
    return (
        _opening_role_speaks(toks)
        or _opening_reports(tokens(c.text, lo, hi), lambda head: _role_or_body(c, head))
        or any(
            speech_verb(verb) is not None and _titled_subject(toks[:k])
            for k, verb in enumerate(toks)
        )
    )


_TITLE_TAIL = 4  # words of a role's complement between it and its verb («глава МИД России»)


def _titled_subject(before: list[Token]) -> bool:
    """Whether the words right before a verb end with a role in the nominative, its
    complement after it allowed — capitalised words and genitives («госсекретарь США
    заявил», «министр иностранных дел Индии сказал»): the verb's own subject."""
    for k in range(len(before) - 1, max(-1, len(before) - 2 - _TITLE_TAIL), -1):
        if _nominative_role(before[k]):
            return True
        if not _complement_word(before[k]):
            return False
    return False


def _complement_word(tok: Token) -> bool:
    """Whether `tok` may stand in a role's complement: a capitalised word, or one read first
    in the genitive («иностранных дел»)."""
    return tok.text[:1].isupper() or any(p.has("gent") for p in parses(tok.lower)[:1])


def _role_or_body(c: SpanContext, head: Token) -> bool:
    """Whether the word opening a reported clause is a role in the nominative, or the start
    of a body the text names («По его словам, МИД Непала заявил, что «…»»: the body's words,
    which the rules after `po_slovam` name)."""
    return _nominative_role(head) or any(m.start == head.start for m in c.resolver.entities.orgs)


def _side_noun(head: Token) -> bool:
    """Whether the word opening a reported clause is a side speaking as one: a noun of lexicon
    SPEAKING_SIDES with a nominative reading («турецкая сторона», «власти Катара»)."""
    return lemma(head.lower) in SPEAKING_SIDES and any(p.has("nomn") for p in parses(head.lower))


def _nominative_role(tok: Token) -> bool:
    """Whether `tok` is a role noun read first in the nominative («деятели», «министр»)."""
    return role_of(tok.text) is not None and any(p.has("nomn") for p in parses(tok.lower)[:1])


def _opening_role_speaks(toks: list[Token]) -> bool:
    """ "По его словам, израильские деятели постоянно выступают с угрозами, обещая вернуть
    страну «в каменный век»": a gerund has the subject of its clause, so a speech gerund
    after a role in the nominative opening the reported clause (past its adjectives) makes
    the words that role's, never the account's owner's (as `_inner_namer` does for a naming
    gerund). A finite verb further on is left alone: «западные дипломаты … говорят украинцам
    «в микрофон»» quotes the owner's own account of how they speak. A clause opening with
    anything else (a noun that is no role: «По его словам, страна не станет угрожать,
    обещая …») stays the owner's."""
    head = next((k for k, t in enumerate(toks) if not lowercase_adjective(t)), None)
    if head is None or not _nominative_role(toks[head]):
        return False
    verbs = (speech_verb(t) for t in toks[head + 1 :])
    return any(verb is not None and is_gerund(verb) for verb in verbs)


def _opening_reports(toks: list[Token], heads: Callable[[Token], bool]) -> bool:
    """ "По его словам, госсекретарь США заявил, что «РФ должна …»": a role in the nominative
    opening the reported clause (past its adjectives), its speech verb after its complement
    in the same clause (no comma between) and «что» after that verb: the quotation stands in
    what the role said, so it is the role's words, never the account's owner's. Without
    «что» («западные дипломаты говорят украинцам «в микрофон»») the owner describes how
    they speak, in words of his own. `heads` says which opening word counts: a role or a
    body (`_role_or_body`), a side (`_side_noun`)."""
    words = [t for t in toks if t.text[:1].isalpha()]
    head = next((t for t in words if not lowercase_adjective(t)), None)
    if head is None or not heads(head):
        return False
    after = [t for t in toks if t.start > head.start]
    verb = next((k for k, t in enumerate(after) if t.text == "," or speech_verb(t)), None)
    if verb is None or after[verb].text == ",":
        return False
    return any(t.lower == "что" for t in after[verb + 1 :])


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


def _in_content(c: SpanContext, lo: int) -> bool:
    """ "По словам Захаровой, призывы Керри объясняются тем, что Вашингтон пытается отвлечь
    внимание «громкими» заявлениями": a lowercase fragment inside the "что" clause of what
    the speaker said is part of her reported words."""
    return _fragment(c) and any(
        t.lower in ("что", "чтобы") for t in tokens(c.text, lo, c.span.open)
    )


def _opens_content(c: SpanContext, comma: int) -> bool:
    """ "По ее мнению, «переждать» период роста инфляции не удастся", "По словам министра,
    «угроза» со стороны Москвы стала явственнее": a lowercase fragment right after the comma
    that closes «по словам X» opens the words reported as X's, one word as much as more (a
    name there is capitalised: «Газпром»). Not a full adjective or participle: it qualifies
    the noun after it, a term's word ("«газовая» тема") as often as the speaker's."""
    if not _fragment(c) or comma >= c.span.open or c.text[comma + 1 : c.span.open].strip():
        return False
    inner = tokens(c.inner, 0, len(c.inner))
    return bool(inner) and not any(p.pos in ATTRIBUTIVE_POS for p in parses(inner[0].lower)[:1])


def _link_predicate(c: SpanContext) -> bool:
    """ "По его словам, сообщения о новых санкциях являются «сливом»", "сотрудничество было
    «институциональным»": one lowercase word right after a link verb is what the speaker
    calls the subject, his word (lexicon LINK_VERBS), never a term merely named; so is one
    that is itself a predicate, a finite verb, a short adjective or participle ("уже много
    лет «заморожена» работа комиссии": lexicon PREDICATE_POS), which names no thing."""
    if not _fragment(c):
        return False
    words = tokens(c.text, max(c.sent_lo, c.span.open - 30), c.span.open)
    if words and lemma(words[-1].lower) in LINK_VERBS:
        return True
    inner = tokens(c.inner, 0, len(c.inner))
    return bool(inner) and any(p.pos in PREDICATE_POS for p in parses(inner[0].lower)[:1])


def _according_to(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last "по словам", "по утверждению", "со слов" … in text[lo:hi], or None."""
    last = None
    for hit in _PO_SLOVAM.finditer(text, lo, hi):
        noun = hit.group("noun")
        if hit.group("from") or hit.group("view") or (noun and _according_noun(noun)):
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
    if _speaks_in(c, hi, c.span.open) and _names_person(c, hi, c.span.open):
        return None  # "Как сказано в сообщении МИД, Галузин подчеркнул «…»": his, not the body's
    who = c.resolver.resolve(lo, hi, verb, c.span.open)
    if _not_media(who):
        return Found(who)
    if c.first_letter.islower():  # "Как заявил источник, переговоры «зашли в тупик»"
        return Found(None)
    return None


_AS_AFTER = re.compile(r"[ \t]*,[ \t]*[Кк]ак[ \t]+")


def as_put_after(c: SpanContext) -> Outcome:
    """ "задать вопросы «самому опытному министру в мире», как его называет сам Карлсон",
    "ситуация «зашла в тупик», как выразился Лавров": a «как» clause right after the
    quotation, its own speech or naming verb within three words, names who put it so — a
    person or body the clause itself names (never an outlet relaying, nor a pronoun's
    guess; "как говорится" is a saying, nobody's)."""
    hit = _AS_AFTER.match(c.after)
    if hit is None or not _fragment(c):
        return None
    lo = c.after_lo + hit.end()
    hi = sentence_end(c.text, lo, c.para_hi)
    comma = c.text.find(",", lo, hi)
    hi = comma if comma >= 0 else hi
    toks = tokens(c.text, lo, hi)
    verb = first_verb(toks, 3)
    namer = next((t for t in toks[:3] if lemma(t.lower) in NAMING_VERBS), None)
    if verb is None and namer is not None:
        verb = naming_verb(namer)
    if verb is None or verb.impersonal or _lemma_of(verb) in RELAY_VERBS:
        return None
    who = c.resolver.resolve(lo, hi, verb, c.span.open, context=False)
    return Found(who) if _not_media(who) and _named_in(c, who, lo, hi) else None
