"""The title line: «Володин: депутатам …», «Им не нужен мир»: Пашинян о силах ….

Why apart: a title labels its quotation by a name and a colon or by «X о …», without a speech
verb, and two quoted words of a title may be a saying the body repeats.
"""

from __future__ import annotations

import re

from bot.content._attribution.clauses import _named_in, first_verb
from bot.content._attribution.context import NOT_SPEECH, Found, Outcome, SpanContext
from bot.content._speakers.nations import is_country_word, nation_keys
from bot.content.lexicon import (
    FORMER_MARKS,
    LOOSE_HEADS,
    TOPIC_PREPOSITIONS,
    RoleKind,
    role_kind,
    role_of,
    same_role,
)
from bot.content.morph import parses
from bot.content.speakers import Token, tokens

_TITLE_MAX = 200  # a first paragraph longer than this is no title line
_TITLE_LABEL = re.compile(r"\s*([^:«»\"\n.,]{2,60}):\s")
_WORD = re.compile(r"[^\W\d_]+")
_HYPHENED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # «экс-президент» is one word
_PHRASE_BREAK = re.compile(r"[.,;:!?«»()\"—–]")
# «РЭУ имени Плеханова»: a name an institution bears, no person of the text.
_NAMED_AFTER = re.compile(r"\b(?:имени|им\.)\s*$")
_LEAD = 1  # the paragraph under the title
# "Келин: отношения «практически мертвы»": a labelled title's fragment of two words or fewer
# that the body says again is the body's quotation echoed (the labels count it there once)
_ECHO_WORDS = 2
_STEM = 5  # letters of a word that survive its case endings («Северный», «Северного»)


def headline(c: SpanContext) -> Outcome:
    """The title line (the first paragraph, no closing full stop): "Володин: депутатам
    стоит «думать головой»" is the words of the one named before the colon; "«Мир устал»:
    Аракчи резко ответил …" of who the clause after the colon names — a role subject there
    only by the lead (`_role_in_lead`)."""
    if c.para_lo != 0 or c.doc.layout.para_end(0) > _TITLE_MAX:
        return None
    line = c.text[: c.doc.layout.para_end(0)]
    if not line.strip() or line.rstrip()[-1] in ".!?…":
        return None
    label = _TITLE_LABEL.match(line)
    if label is not None and label.end() <= c.span.open:
        if c.n_words <= _ECHO_WORDS and not _title_saying(c, stems=True):
            return NOT_SPEECH  # "Рябков: …дать «умереть» договору": the body's word, echoed
        return _label_speaker(c, label.start(1), label.end(1))
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
    if _named_in(c, who, lo, verb.token.end):
        return Found(who)
    return Found(_role_in_lead(c, [t for t in toks if t.end <= verb.token.start]))


def _role_in_lead(c: SpanContext, toks: list[Token]) -> str | None:
    """ "«Наша ответственность здесь»: новый президент Мексики отказалась …", "«Это не
    демарш». Постпред России покинул …": a title's role subject with no name is the one
    person the lead names in the nominative after a role word that fits it, of the country
    the title names (`_lead_person`); else unknown."""
    role = _title_role(toks)
    return _lead_person(c, role, _title_countries(toks)) if role else None


def _label_speaker(c: SpanContext, lo: int, hi: int) -> Outcome:
    """ "Володин: …", "Си Цзиньпин о встрече с Трампом: «…»": the label before the colon
    names its speaker before any topic preposition; a person inside the «о …» topic (in an
    oblique case: «с Трампом», «о Путине») is whom he spoke about, never the speaker."""
    toks = tokens(c.text, lo, hi)
    at = next((k for k, t in enumerate(toks) if k and t.lower in TOPIC_PREPOSITIONS), None)
    if at is not None:
        hi = toks[at].start
        toks = toks[:at]
        persons = [m for m in c.resolver.entities.persons if lo <= m.start < hi and m.person]
        if any(not m.nominative for m in persons):
            return None  # "Трампом о …": no nominative name opens the label
    found, who = c.resolver.scan(toks, None, c.span.open, stop_early=False)
    named = found and _named_in(c, who, lo, hi)
    return Found(who) if named else None


def _title_topic(c: SpanContext, lo: int, toks: list[Token]) -> Outcome:
    """ "«Им не нужен мир»: Пашинян о силах, мешающих …": a title quotation labelled with a
    person's name and what he spoke about is his words (two words at least, and two only as
    a saying of the title's own: a quoted one- or two-word name is no saying)."""
    at = next((k for k, t in enumerate(toks[:4]) if t.lower in TOPIC_PREPOSITIONS), 0)
    if at == 0 or c.n_words < 2 or (c.n_words == 2 and not _title_saying(c, stems=True)):
        return None
    hi = toks[at].start
    persons = [m for m in c.resolver.entities.persons if lo <= m.start < hi and m.person]
    if not persons:
        role = _title_role(toks[:at])
        who = _lead_person(c, role, _title_countries(toks[:at])) if role else None
        return Found(who) if who else None
    if len(persons) != 1 or not persons[0].nominative:
        return None
    return Found(persons[0].person.name) if persons[0].person is not None else None


def _title_role(toks: list[Token]) -> str | None:
    """ "политолог", "американский эксперт" before «о …» in a title: the role noun ending
    words all in lower case (a name or a body names someone else), in the nominative; or a
    role in lower case with whose post it is after it, «глава МИД Белоруссии — об …»."""
    words = [t for t in toks if t.text[:1].isalnum()]  # the dash before «о» is no word
    at = next((k for k, t in enumerate(words) if _lower(t, k) and role_of(t.lower)), None)
    if at is None or any(not _lower(t, k) for k, t in enumerate(words[:at])):
        return None
    if at < len(words) - 1 and not all(_post_word(t) for t in words[at + 1 :]):
        return None
    role = role_of(words[at].lower)
    found = parses(words[at].lower)[:1]
    return role if role and any(p.has("nomn") and p.has("sing") for p in found) else None


def _lower(tok: Token, k: int) -> bool:
    """Whether a title word is in lower case, the first one's capital aside (it opens the
    clause: «Постпред России покинул …», «Губернатор Камчатки о …»)."""
    return tok.text.islower() or (k == 0 and tok.text[1:].islower())


def _title_countries(toks: list[Token]) -> list[tuple[str, ...]]:
    """The countries and regions a title's role names («глава МИД Белоруссии», «Губернатор
    Белгородской области»), each as the stems its name opens with: the lead must name the
    same one for the role to stand for its person (never the governor of «Курской области»)."""
    words = [t for t in toks if t.text[:1].isalnum()][1:]  # the first is capitalised anyway
    return [
        nation_keys(t.text) or (t.lower[:4],) if is_country_word(t.text) else (t.lower[:_STEM],)
        for t in words
        if t.text[:1].isupper() and (is_country_word(t.text) or _place_word(t))
    ]


def _place_word(tok: Token) -> bool:
    """A region a title's post names, by its adjective or its own name («Белгородской»,
    «Камчатки»), not a body («МИД», «Госдумы»)."""
    return not tok.text.isupper() and any(
        p.pos == "ADJF" or p.has("Geox") for p in parses(tok.lower)[:1]
    )


def _post_word(tok: Token) -> bool:
    """A word of whose post a title's role is: a capitalised body or country («МИД
    Белоруссии», «Госдумы»), never a verb or a name in the nominative."""
    if tok.text.islower():  # «Губернатор Калининградской области»: a noun of the post
        return any(p.pos == "NOUN" and p.has("gent") for p in parses(tok.lower))
    return tok.text[:1].isupper() and not any(
        p.has("nomn") and p.has("Name") for p in parses(tok.lower)
    )


def _holds(title: str, phrase: str) -> bool:
    """Whether a phrase of the lead (between punctuation) gives someone the title's role
    himself: its first role word fits it (`_fits_role`) as the nominative head, with no
    other role after it (one «Глава офиса президента Украины» serves is no president), nor a
    former holder's («Бывший президент Франции», «Экс-президент»: lexicon FORMER_MARKS), nor
    a role that says whose by what follows (lexicon LOOSE_HEADS: «Лидер оппозиции» is no
    premier)."""
    words = [w.lower() for w in _HYPHENED.findall(phrase)]
    at = next((k for k, w in enumerate(words) if role_of(w)), None)
    if at is None or any(_former(w) for w in words[: at + 1]):
        return False
    if any(role_of(w) for w in words[at + 1 :]):  # «глава офиса президента»: a post of his
        return False
    head = words[at]
    if role_of(head) in LOOSE_HEADS and role_of(head) != title:
        return False
    nominative = any(p.has("nomn") for p in parses(head) if p.pos == "NOUN")
    return nominative and _fits_role(title, head)


def _former(word: str) -> bool:
    """Whether a word marks a post's former or acting holder (lexicon FORMER_MARKS), by its
    lemma or a hyphenated prefix («экс-президент»)."""
    found = parses(word)[:1]
    return word.split("-")[0] in FORMER_MARKS or any(p.normal in FORMER_MARKS for p in found)


def _fits_role(title: str, word: str) -> bool:
    """Whether a role word of the lead may be the one a title's role stands for: the same
    post («посол» … «посол»), one a text uses for it interchangeably, or, for a title's
    commentator («эксперт»), any commentator («политолог»)."""
    role = role_of(word)
    if role is None:
        return False
    if role == title or same_role(role, title):
        return True
    return role_kind(title) is RoleKind.EXPERT and role_kind(role) is RoleKind.EXPERT


def _lead_person(
    c: SpanContext, role: str, countries: list[tuple[str, ...]] | None = None
) -> str | None:
    """The one person the lead (the paragraph under the title) names in the nominative,
    when a role word there that fits the title's role comes before them: «"Разоблачение не
    поможет": политолог об …» and «…, сказал военный политолог … Александр Перенджиев»;
    and each country the title's role names («глава МИД Белоруссии») is named there too
    («министр иностранных дел Белоруссии Владимир Макей»; never Russia's minister)."""
    layout = c.doc.layout
    if len(layout.para_starts) < _LEAD + 1:
        return None
    lo = layout.para_starts[_LEAD]
    hi = layout.para_end(lo)
    named = [
        m
        for m in c.resolver.entities.persons
        if lo <= m.start < hi and m.nominative and not _NAMED_AFTER.search(c.text, lo, m.start)
    ]
    names = {m.person.name for m in named if m.person is not None}
    if len(names) != 1:
        return None
    first = named[0].start
    before = _WORD.findall(c.text, lo, first)
    if not any(_holds(role, part) for part in _PHRASE_BREAK.split(c.text[lo:first])):
        return None
    lowered = [w.lower() for w in before]
    if any(not any(w.startswith(keys) for w in lowered) for keys in countries or []):
        return None
    return names.pop()


def _title_saying(c: SpanContext, *, stems: bool, quoted: bool = False) -> bool:
    """Quoted words of a title are a saying («Классическая дезинформация»: Захарова про …)
    only when no word but the first is capitalised («Сила Сибири» is a name) and the body does
    not say them again: a name or term the text is about declines («Северный поток»: Миллер о
    … and «… «Северного потока» …», compared by `stems`), while a saying of three words or
    more is the body's own quotation only word for word (a body's «бессмысленными и
    нелепыми» is another quotation than the title's «Бессмысленно и нелепо»), and only when
    the body quotes them (`quoted`: «"В отличном настроении": первые реакции министров» over
    "Белоусов заявил, что находится в отличном настроении" leaves the title's the only
    quotation of them)."""
    words = _WORD.findall(c.inner)
    if any(w[:1].isupper() for w in words[1:]):
        return False
    return not _said_again(c, stems=stems, quoted=quoted)


def _said_again(c: SpanContext, *, stems: bool, quoted: bool = False) -> bool:
    """Whether the body (past the title line) has the quoted words in a row, by their stems
    or as written («ё» read as «е» either way); with `quoted`, inside one of the body's
    quotations."""
    top = c.doc.layout.para_end(0)
    if quoted:
        places = [c.text[a + 1 : b] for a, b in c.resolver.quoted if a > top]
    else:
        places = [c.text[top:]]
    mine = f" {_words(c.inner, stems)} "
    return any(mine in f" {_words(place, stems)} " for place in places)


def _words(text: str, stems: bool) -> str:
    """The words of `text` in lower case, «ё» written «е» (texts spell a word either way), by
    their stems or whole, one space apart."""
    found = _WORD.findall(text.lower().replace("ё", "е"))
    return " ".join(w[:_STEM] if stems else w for w in found)


_SET_OFF = re.compile(r"[ \t]*[:.][ \t]+(?=\w)")
_FINITE = frozenset({"VERB"})
_CLAUSE_WORDS = 6
_SAYING_WORDS = 3  # «Северный поток»: Миллер …: two words opening a title are a name as often


def title_saying(c: SpanContext) -> Outcome:
    """«"Бессмысленно и нелепо": в Совфеде осудили СБУ …», «"Это не демарш". Постпред России
    покинул заседание»: a quotation of three words or more opening the title line, set off by a
    colon or a full stop, is speech unless the body says the same words again (the labelling
    rule: then the body's is the quotation, the title repeats it) or it is a name (a capital
    inside). Its speaker is the one body or person the clause after it names before its first
    verb («в Совфеде», «МИД Ирана»); else a role opening that clause («Постпред России
    покинул», with no verb «Губернатор Камчатки о …») is the one person the lead names after a
    role word that fits it (`_role_in_lead`), else unknown — never the body a role's title
    names («депутат Госдумы о …»)."""
    if c.para_lo != 0 or c.doc.layout.para_end(0) > _TITLE_MAX or not c.starts_sentence:
        return None
    line = c.text[: c.doc.layout.para_end(0)]
    sep = _SET_OFF.match(c.after)
    if sep is None or c.n_words < _SAYING_WORDS or not line.strip() or line.rstrip()[-1] in ".!?…":
        return None
    if not _title_saying(c, stems=False, quoted=True):
        return None
    lo = c.after_lo + sep.end()
    toks = tokens(c.text, lo, len(line))[:_CLAUSE_WORDS]
    verb = next((t for t in toks if any(p.pos in _FINITE for p in parses(t.lower)[:1])), None)
    if verb is None:  # «Губернатор Камчатки о …»: a role's words, never his body's
        hi = _topic_start(toks)
        return Found(_role_in_lead(c, [t for t in toks if t.end <= hi]) if hi else None)
    before = [t for t in toks if t.end <= verb.start]
    return Found(_clause_subject(c, lo, verb.start) or _role_in_lead(c, before))


def _topic_start(toks: list[Token]) -> int | None:
    """Where a verbless title clause's topic opens («Губернатор Камчатки о причинах …»): the
    words before it say who spoke."""
    at = next((k for k, t in enumerate(toks[:4]) if k and t.lower in TOPIC_PREPOSITIONS), None)
    return toks[at].start if at is not None else None


def _clause_subject(c: SpanContext, lo: int, hi: int) -> str | None:
    """The one body, or person named in the nominative, in text[lo:hi]; None otherwise."""
    entities = c.resolver.entities
    bodies = {m.org for m in entities.orgs if lo <= m.start < hi and m.org}
    people = {
        m.person.name
        for m in entities.persons
        if lo <= m.start < hi and m.person is not None and m.nominative
    }
    named = bodies | people
    return named.pop() if len(named) == 1 else None
