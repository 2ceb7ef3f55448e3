"""Compressive attribution: a claim and the sentence saying who made it become one sentence.

Why: reference summaries open with who says what («Пресс-секретарь ООН Стефан Дюжаррик
заявил, что ООН не намерена …»), while a news lead often states the claim alone and names
its speaker in the next sentence («ООН не намерена … . Об этом заявил пресс-секретарь ООН
Стефан Дюжаррик, передает AP.»). The card's reader sees only the summary: a claim without
its speaker reads as the journal's own statement. Rewriting the pair as reported speech
keeps both, in one sentence, with the verb exactly as the text gives it.

A lead that names its speaker gains what the next sentence adds («Об этом он заявил в
интервью RT» → «X заявил в интервью RT, что …»), and «Claim, заявил X.» is turned round
(`speaker_first`): the references' order, and the reader meets the speaker first.

Each rewrite is a named row of `RULES` (tests/content/test_summary_rules.py has a table per
row, near misses included). A rewrite is refused — the summary stays extractive — when the
claim is direct speech (it opens with a quotation mark or a dash, speaks in the first or
second person, or gives an order: «заявил, что мы …» is ungrammatical), is a question, or has
a speech verb of its own (it is already attributed); and when the attribution names nobody
but a pronoun or a role, or is an institution relaying the news of a person or body the claim
names. Never a name or role the text does not give: the verb «заявил» is the only word added.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.content.lexicon import (
    ANONYMOUS_MARKS,
    NAME_OBLIQUE_ENDINGS,
    OUTLET,
    PREPOSITIONS,
    PRONOUN_GENDERS,
    ROLES,
    SUBJECT_ADVERBS,
    UNKNOWN_AGENTS,
    WEEKDAYS_ACCUSATIVE,
)
from bot.content.morph import lemma, parses

# Past-tense speech verbs an attribution sentence names its speaker with, any gender/number;
# present-tense relays («сообщает ТАСС», «пишет издание») are notes about the dispatch.
_VERB = (
    r"(?:заяви|сообщи|сказа|рассказа|написа|отмети|подчеркну|уточни|поясни|добави|"
    r"напомни|призна|предупреди|завери|объясни|указа|констатирова)"
    r"(?:л|ла|ло|ли)"
)
# Impersonal verbs: «Об этом говорится в заявлении МИД» → «В заявлении МИД говорится, что …».
_IMPERSONAL = r"(?:говорится|сообщается|отмечается|указывается)"
# The verb ending each pronoun agrees with: «он заявил», «она заявила», «они заявили».
_PRONOUN_ENDINGS = {"он": "л", "она": "ла", "они": "ли"}
_BEFORE_VERB = SUBJECT_ADVERBS | {"не"}  # «X не подтвердил», «X также назвал»
_PRONOUN_INSIDE = re.compile(r"(?<!\w)(?:он|она|оно|они|его|ее|её|их|ему|ей|им)(?!\w)", re.I)
# Direct speech in the first or second person cannot become reported speech.
_FIRST_PERSON = re.compile(
    r"(?<!\w)(?:я|мы|мне|меня|мной|нас|нам|нами|наш|наша|наше|наши|нашего|нашей|нашему|"
    r"нашим|наших|нашими|нашу|мой|моя|моё|мое|мои|моего|моей|моему|моим|моих|моими|мою|"
    r"ты|вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашего|вашей|вашему|вашим|ваших|вашу)(?!\w)",
    re.I,
)
_QUOTE_MARK = re.compile(r"[«»\"„“]")
_QUOTE_OPEN = re.compile(r"^[«\"„“—–-]")
_RELAY = re.compile(r"\bсо ссылкой\b|\bпереда[её]т\b|\bпишет\b")
_END = re.compile(r"[.!…]+$")
_NAME_GRAMS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"})
_LATIN = re.compile(r"[A-Za-z]")
_ADDRESS = frozenset({"impr", "2per"})
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class Claim:
    """The sentence making a claim, and whether its first word is a proper name (so keeps
    its capital letter when it moves behind «, что»)."""

    text: str
    opens_with_name: bool
    persons: tuple[str, ...] = ()  # the people it names, as written
    subject: tuple[str, str | None] | None = None  # its opening person (as written, gender)
    opens_with_body: bool = False  # an organisation is its subject («МИД Украины выразил …»)

    @property
    def names_actor(self) -> bool:
        """Whether the claim tells what someone did: an attribution by no named person after
        it only relays that news (or, as a role, stands for the person it names)."""
        return bool(self.persons) or self.opens_with_body


@dataclass(frozen=True, slots=True)
class Attribution:
    """The sentence after the claim, and the people it names (as written)."""

    text: str
    persons: tuple[str, ...] = ()


def _until_comma(text: str) -> str:
    """`text` up to its first comma outside quotation marks or brackets."""
    depth = 0
    quote = False
    for i, c in enumerate(text):
        if c in "«(":
            depth += 1
        elif c in "»)":
            depth -= 1
        elif c == '"':
            quote = not quote
        elif c == "," and depth == 0 and not quote:
            return text[:i]
    return text


def proper(word: str) -> bool:
    """Whether a capitalised sentence-opening word is a name («Россия», «ООН», «NATO»)."""
    if (len(word) > 1 and word.isupper()) or _LATIN.search(word):
        return True
    found = parses(word.lower())
    return bool(found) and bool(found[0].grams & _NAME_GRAMS)


def _lowered(claim: Claim) -> str:
    """The claim after «что»: its first word lowered, unless it is a name or a hyphenated word
    with a capital inside («Алма-Атинская декларация», «Северо-Атлантический альянс»)."""
    text = _END.sub("", claim.text.strip())
    first = re.match(r"[\w-]+", text)
    if claim.opens_with_name or (first and proper(first.group(0))):
        return text
    if first and any(part[:1].isupper() for part in first.group(0).split("-")[1:]):
        return text
    return text[:1].lower() + text[1:]


def reportable(text: str) -> bool:
    """Whether a sentence can become the object of «X заявил, что …»: a statement in the third
    person, not a quotation, not a question, not an order («Прекратите огонь»), not attributed
    already."""
    stripped = text.strip()
    return (
        bool(stripped)
        and not _QUOTE_OPEN.match(stripped)
        and "?" not in stripped
        and not _FIRST_PERSON.search(stripped)
        and not _SPEECH_VERB.search(stripped)
        and stripped[-1:] in '.!»"'
        and not any(_addressed(w) for w in _WORDS.findall(stripped))
    )


def _addressed(word: str) -> bool:
    """An imperative or second-person verb form: «давайте», «прекратите»; not a form that
    is also a past tense («пришли», «нашли», «вышли»: in news, what happened), nor a noun
    that could be one («секретарь»)."""
    found = parses(word.lower())[:2]
    return (
        bool(found)
        and bool(found[0].grams & _ADDRESS)
        and not any("past" in p.grams for p in found)
    )


_OWN_VERB = re.compile(rf"(?<!\w){_VERB}(?!\w)")
_SPEECH_VERB = re.compile(rf"(?<!\w)(?:{_VERB}|{_IMPERSONAL}|заявля\w+|считает|считают)(?!\w)")


def capitalised(text: str) -> str:
    """`text` with its first letter capitalised, the rest as written (an abbreviation keeps
    its capitals: «глава МИД» → «Глава МИД», which str.capitalize would lower)."""
    return text[:1].upper() + text[1:]


_WHOLE_BELOW = 4  # a word shorter than this is found whole, not by its stem
# The case endings a short name takes after it whole («президента Юна», «с Муном», «Пака»).
_SHORT_NAME_ENDINGS = "|".join((*NAME_OBLIQUE_ENDINGS, "ом", "ем"))


def capitalised_inside(word: str, body: str) -> bool:
    """Whether `body` writes the capitalised `word` inside a sentence too, in any ending
    («… против Запада» for «Запад»): a name the claim after «что» keeps. A word shorter than
    `_WHOLE_BELOW` letters is found whole: its stem would be one letter or none, and «В ходе
    беседы …» would match any «… Вашингтон» and stay capitalised after «что». A word of two
    or three letters may still take a case ending after it whole («Юн» in «… президента
    Юна», «Мун», «Пак»: Korean and Chinese names the body often writes in an oblique case
    only); a one-letter word never does («В», «К»)."""
    if len(word) < _WHOLE_BELOW:
        ending = f"(?:{_SHORT_NAME_ENDINGS})?" if len(word) > 1 else ""
        return re.search(rf"[\w,][ \t]+{re.escape(word)}{ending}(?!\w)", body) is not None
    return re.search(rf"[\w,][ \t]+{re.escape(word[:-1])}\w*", body) is not None


def lowered_claim(claim: str, body: str) -> str:
    """The claim after «что»: its first word lowered unless it is a name, or the text writes it
    capitalised inside a sentence too («… против Запада» keeps «Запад продолжает …»)."""
    first = re.match(r"[\w-]+", claim)
    if first is None or proper(first.group(0)):
        return claim
    return claim if capitalised_inside(first.group(0), body) else claim[:1].lower() + claim[1:]


def _who(pre: str, post: str, claim: Claim, persons: tuple[str, ...]) -> str | None:
    """The attribution's speaker with its circumstances, speaker first when it follows the
    verb («Об этом в интервью RT заявил Лавров» → «Лавров в интервью RT»); None when it is a
    pronoun or nothing, or a role without a name («Об этом дипломат заявил …» after «Боррель
    назвал …» is Боррель himself), or when it names no person while the claim names an actor
    («Об этом сообщила пресс-служба МИД» after «Лавров провел переговоры» or «МИД Украины
    выразил протест» only relays the news)."""
    post = _SELF.sub("", _apposed(_WHEN.sub("", _WHEN.sub("", post.strip())), persons).strip())
    pre = _WHEN.sub("", pre.strip() + " ").strip().rstrip(",")
    who = _possessive_dropped(" ".join(part for part in (post, pre) if part))
    who = _speaker_ahead(who, persons)
    if not who or _PRONOUN_INSIDE.search(who) or _RELAY.search(who):
        return None
    if any(p in who for p in persons) or _anonymous(who):
        return who
    if claim.names_actor:
        return None  # a role alone may be the person the claim names
    if any(lemma(w.lower()) in ROLES for w in _WORDS.findall(who)) and not _of_body(who):
        return None  # «дипломат», «министр»: someone the text named before
    return who


def _of_body(who: str) -> bool:
    """A role of a body the text names («представитель Госдепартамента США», «пресс-секретарь
    Кремля»): someone new, unnamed, not a word standing for a person named before."""
    words = _WORDS.findall(who)
    roles = [i for i, w in enumerate(words) if _role(w)]
    return bool(roles) and roles[0] + 1 < len(words) and words[roles[0] + 1][:1].isupper()


def _apposed(post: str, persons: tuple[str, ...]) -> str:
    """`post` up to its first comma, or up to the next when what follows it is a second
    title ending with the speaker's name («председатель Африканского союза, президент
    Коморских островов Азали Ассумани»): an apposition, not the sentence going on."""
    head = _until_comma(post)
    if any(p in head for p in persons) or len(head) >= len(post):
        return head
    rest = post[len(head) + 1 :]
    second = _until_comma(rest)
    named = any(second.rstrip().endswith(p) for p in persons)
    verbless = not any(
        (found := parses(w.lower())) and found[0].pos in ("VERB", "GRND", "PRTF", "PRTS")
        for w in _WORDS.findall(second)
    )
    return f"{head},{second}" if named and verbless else head


def _speaker_ahead(who: str, persons: tuple[str, ...]) -> str:
    """«в ходе брифинга глава пресс-службы Нед Прайс» → «глава пресс-службы Нед Прайс в ходе
    брифинга», «госсекретарю США Энтони Блинкену министр Ван И» → «министр Ван И
    госсекретарю США Энтони Блинкену»: the speaker (a role in the nominative, then the name)
    before where they spoke and to whom, as the references write it."""
    first = _WORDS.search(who)
    if first is None or not (first.group(0).lower() in PREPOSITIONS or _dative(first.group(0))):
        return who
    for word in _WORDS.finditer(who):
        found = parses(word.group(0).lower())[:2]
        if _role(word.group(0)) and any("nomn" in p.grams for p in found):
            head = who[word.start() :]
            if any(p in head for p in persons):
                return f"{head} {who[: word.start()].strip()}"
            return who
    return who


def _where(post: str) -> str:
    """Where or how the speaker said it, after the verb of «Об этом он заявил …»; "" when
    that is only when («8 декабря», «в среду»): a date is no circumstance worth a rewrite."""
    where = _until_comma(_END.sub("", post)).strip()
    return "" if _DATE_ONLY.fullmatch(_WHEN.sub("", where + " ").strip()) else where


# «опрошенные (изданием) чиновники»: people an outlet asked, never named.
_POLLED = frozenset({"опрошенный", "опросить"})


def _dative(word: str) -> bool:
    """A word that can only be a dative here («госсекретарю», «журналистам»): to whom."""
    found = parses(word.lower())[:2]
    return any("datv" in p.grams for p in found) and not any("nomn" in p.grams for p in found)


def _anonymous(who: str) -> bool:
    """A source or interlocutor («источник РИА Новости», «собеседник агентства»), or a role
    the text leaves without a face («высокопоставленный чиновник ЕС»): nobody the claim
    names, so never one of its actors."""
    first = _WORDS.search(who)
    word = lemma(first.group(0).lower()) if first else ""
    return word in UNKNOWN_AGENTS or word in ANONYMOUS_MARKS or word in _POLLED


def _speaker_of(
    pattern: re.Pattern[str], claim: Claim, attribution: Attribution
) -> tuple[re.Match[str], str] | None:
    """The attribution sentence matched by `pattern` and who it names (with its «pre»/«post»
    groups around the verb), when the claim can be reported; None otherwise."""
    hit = pattern.match(attribution.text.strip())
    if hit is None or not reportable(claim.text):
        return None
    who = _who(hit.group("pre"), _END.sub("", hit.group("post")), claim, attribution.persons)
    if who is None or (_subjectless(who, attribution.persons) and not _plural(hit)):
        return None
    return hit, who


def _subjectless(who: str, persons: tuple[str, ...]) -> bool:
    """A speaker phrase that opens with a preposition and names nobody («в комментарии
    ВВС»): where it was said, not who said it."""
    first = _WORDS.search(who)
    return (
        first is not None
        and first.group(0).lower() in PREPOSITIONS
        and not any(p in who for p in persons)
    )


def _plural(hit: re.Match[str]) -> bool:
    """An impersonal or plural verb («сообщили в МИД», «говорится в заявлении»): an
    institution named with a preposition is its subject."""
    groups = hit.groupdict()
    verb = groups.get("verb") or ""
    return verb.endswith("ли") or verb.endswith("ся") or groups.get("ending") == "и"


def about_this(claim: Claim, attribution: Attribution) -> str | None:
    """«Claim. Об этом заявил X в интервью RT.» → «X в интервью RT заявил, что claim.»; an
    aside after «Об этом» goes with X when it says how they spoke («выступая в Конгрессе»),
    and is dropped when it relays («как передает Trend»)."""
    said, aside = _without_aside(attribution.text.strip())
    told = ""
    first = _ABOUT_THIS.match(said)
    outlet = _TOLD_ONLY.fullmatch(first.group("pre")) if first else None
    if first is not None and outlet is not None:  # «Об этом Politico заявили чиновники»
        told = f" {outlet.group('outlet')}"
        said = said[: first.start("pre")] + said[first.end("pre") :]
    found = _speaker_of(_ABOUT_THIS, claim, Attribution(said, attribution.persons))
    if found is None:
        return None
    hit, who = found
    who = f"{who}, {aside}," if aside else who
    return f"{capitalised(who)} {hit.group('verb')}{told}, что {_lowered(claim)}."


def _without_aside(said: str) -> tuple[str, str]:
    """(the attribution without the aside after «Об этом», the aside when a gerund opens it
    or "")."""
    hit = _ASIDE.match(said)
    if hit is None:
        return said, ""
    rest = f"{hit.group('head')} {said[hit.end() :]}"
    first = _WORDS.search(hit.group("aside"))
    found = parses(first.group(0).lower())[:1] if first else ()
    return rest, hit.group("aside") if found and found[0].pos == "GRND" else ""


def _turned_round(
    pattern: re.Pattern[str], verb: str
) -> Callable[[Claim, Attribution], str | None]:
    """A rule for «Claim. <fixed phrase> X.» → «X <verb>, что claim.»: one shape, whose pattern
    and verb (a format string over the pattern's groups) are rows of RULES."""

    def turn(claim: Claim, attribution: Attribution) -> str | None:
        found = _speaker_of(pattern, claim, attribution)
        if found is None:
            return None
        hit, who = found
        said = verb.format(**{k: v or "" for k, v in hit.groupdict().items()})
        return f"{capitalised(who)} {said}, что {_lowered(claim)}."

    return turn


def outlet_citing(claim: Claim, attribution: Attribution) -> str | None:
    """«Claim. Об этом сообщает The New York Times со ссылкой на сотрудника СБУ.» → «По данным
    The New York Times со ссылкой на сотрудника СБУ, claim.»: whose news it is, in the words
    the text gives (the outlet's name does not decline, the source keeps its case); not for a
    named person, who would have to open the claim in the nominative."""
    hit = _CITING.match(attribution.text.strip())
    if hit is None or not reportable(claim.text):
        return None
    if any(p in hit.group("source") for p in attribution.persons):
        return None  # a person named there is the speaker, in a case the rewrite cannot give
    return (
        f"По данным {hit.group('outlet')} со ссылкой на {hit.group('source')}, {_lowered(claim)}."
    )


def such_statement(claim: Claim, attribution: Attribution) -> str | None:
    """«Claim. Такое заявление сделал X.» (or «Такое мнение высказал X») → «X заявил, что
    claim.»"""
    said = attribution.text.strip()
    hit = _SUCH_STATEMENT.match(said)
    if hit is not None and not _circumstance(hit.group("pre"), attribution.persons):
        # «Такую оценку прошедшей встрече дал X»: the words before the verb are the
        # assessment's object, not where or when X spoke
        said = said[: hit.start("pre")] + said[hit.end("pre") :]
    found = _speaker_of(_SUCH_STATEMENT, claim, Attribution(said, attribution.persons))
    if found is None:
        return None
    hit, who = found
    return f"{capitalised(who)} заявил{hit.group('ending')}, что {_lowered(claim)}."


def _circumstance(pre: str, persons: tuple[str, ...]) -> bool:
    """Whether the words between «Такое заявление» and its verb say where or when it was
    made («в интервью RT», «накануне») or who made it, rather than to whom or what it was
    about (a dative: «Такую оценку прошедшей встрече дал X»)."""
    words = _WORDS.findall(pre)
    if not words or any(p in pre for p in persons):
        return True
    return not _dative(words[0])


def _own_verb(text: str) -> re.Match[str] | None:
    """The claim's own past speech verb, before any quotation mark it opens."""
    marks = [i for i in (text.find(c) for c in '«"„') if i >= 0]
    return _OWN_VERB.search(text, 0, min(marks, default=len(text)))


def circumstance(claim: Claim, attribution: Attribution) -> str | None:
    """«X заявил, что claim. Об этом он заявил в интервью RT.» → «X заявил в интервью RT, что
    claim.»: where the speaker said it joins the claim's own verb, when the pronoun agrees
    with that verb («она» — «заявила»)."""
    hit = _ABOUT_THIS.match(attribution.text.strip())
    if hit is None or hit.group("pre").strip() not in _PRONOUN_ENDINGS:
        return None
    verb = _own_verb(claim.text)
    ending = _PRONOUN_ENDINGS[hit.group("pre").strip()]
    if verb is None or not verb.group(0).endswith(ending):
        return None
    where = _where(hit.group("post"))
    if not where or _PRONOUN_INSIDE.search(where) or _RELAY.search(where) or where in claim.text:
        return None
    text = claim.text.rstrip()
    return f"{text[: verb.end()]} {where}{text[verb.end() :]}"


def where_said(claim: Claim, attribution: Attribution) -> str | None:
    """A claim whose subject is a person but whose verb is no speech verb takes where it was
    said after the subject: «X назвал спекуляциями … . Об этом он заявил в интервью РИА
    Новости.» → «X в интервью РИА Новости назвал спекуляциями …»; a state («X шокирован
    ударом. Соответствующее заявление он сделал в комментарии ВВС.») becomes what X said:
    «X заявил в комментарии ВВС, что шокирован ударом». The pronoun's gender must be the
    subject's."""
    said = attribution.text.strip()
    hit = _ABOUT_THIS.match(said) or _SUCH_STATEMENT.match(said)
    if hit is None or claim.subject is None or _own_verb(claim.text):
        return None
    name, gender = claim.subject
    where = _where(hit.group("post"))
    text = claim.text.rstrip()
    at = text.find(name)
    if not where or at < 0 or _PRONOUN_INSIDE.search(where) or _RELAY.search(where):
        return None
    after = at + len(name)
    words = [w for w in _WORDS.findall(text[after:])[:4] if w.lower() not in _BEFORE_VERB]
    found = parses(words[0].lower()) if words else ()
    if not found or gender is None or PRONOUN_GENDERS.get(hit.group("pre").strip()) != gender:
        return None
    if found[0].pos in ("PRTS", "ADJS"):
        verb = "заявила" if gender == "femn" else "заявил"
        return f"{text[:after]} {verb} {where}, что{text[after:]}"
    if found[0].pos == "VERB":
        return f"{text[:after]} {where}{text[after:]}"
    return None


def so_answered(claim: Claim, attribution: Attribution) -> str | None:
    """«Claim, заявил X. Так он ответил на Y.» → «Claim, заявил X, отвечая на Y.»: what the
    speaker was answering closes the claim that names them. (After a claim without its
    speaker, «Так X прокомментировал Y.» already reads well as the second sentence: the
    lead keeps it, and references keep it too.)"""
    hit = _SO_COMMENTED.match(attribution.text.strip())
    said = _SAID_LAST.match(claim.text.strip())
    if hit is None or said is None:
        return None
    who = hit.group("who").strip()
    what = _until_comma(_END.sub("", hit.group("what"))).strip()
    if not what or not said.group("verb").endswith(_PRONOUN_ENDINGS.get(who, "-")):
        return None
    gerund = f"{_GERUNDS[hit.group('verb')]} {what}"
    return f"{said.group('claim')}, {said.group('verb')} {said.group('who')}, {gerund}."


_ABOUT_THIS = re.compile(
    rf"^(?:[Оо]б этом|[Оо] данном)\s+(?P<pre>(?:[^.!?]*?\s)?)(?P<verb>{_VERB}|{_IMPERSONAL})"
    r"(?!\w)(?P<post>[^.!?]*(?:\.(?=[^\s])[^.!?]*)*)[.!]?$"
)
# «Такое заявление сделал X», «Такое мнение высказала X», «Подобную оценку дал X»,
# «Соответствующее признание сделал X», «Такой прогноз дал X», «Такую мысль высказал X»,
# «Такую точку зрения привёл X», «Эту позицию изложил X».
# «С таким заявлением выступил X».
_SUCH_STATEMENT = re.compile(
    r"^(?:(?:Такое|Такую|Подобное|Подобную|Это|Эту|Данное|Соответствующее)\s+"
    r"(?:заявление|мнение|оценку|предположение|признание|мысль|точку\s+зрения|позицию)"
    r"|(?:Такой|Подобный|Этот|Данный|Соответствующий)\s+(?:прогноз|вывод)"
    r"|[Сс]\s+(?:таким|подобным|этим|соответствующим)\s+(?:заявлением|предупреждением))\s+"
    r"(?P<pre>(?:[^.!?]*?\s)?)(?:сделал|высказал|выразил|озвучил|дал|выступил|привел|привёл"
    r"|изложил|обозначил)"
    r"(?P<ending>а|о|и|)(?!\w)(?P<post>[^.!?]*)[.!]?$"
)
# «Эту информацию (официально) подтвердил X»: X confirmed the claim.
_CONFIRMED = re.compile(
    r"^(?:Эту|Данную|Такую|Эти|Данные|Такие)\s+(?:информацию|сведения|данные|новость)\s+"
    r"(?P<pre>(?:[^.!?]*?\s)?)(?P<verb>подтверди(?:л|ла|ли))(?!\w)(?P<post>[^.!?]*)[.!]?$"
)
# «К такому выводу пришел X»: X concluded the claim.
_CONCLUDED = re.compile(
    r"^К\s+(?:такому|этому|подобному|аналогичному)\s+(?:выводу|заключению)\s+"
    r"(?P<pre>(?:[^.!?]*?\s)?)(?P<verb>приш(?:ел|ёл|ла|ли))(?!\w)(?P<post>[^.!?]*)[.!]?$"
)
# «В этом уверен X»: X is sure of the claim; «На это указал X», «На это обратила внимание X»: X
# pointed it out. The verb stays X's own.
_CONVINCED = re.compile(
    r"^В\s+этом\s+(?P<pre>(?:[^.!?]*?\s)?)(?P<verb>уверен[аы]?|убежд[её]н[аы]?)(?!\w)"
    r"(?P<post>[^.!?]*)[.!]?$"
)
_POINTED = re.compile(
    r"^На\s+это\s+(?P<pre>(?:[^.!?]*?\s)?)(?:указал|обратил)(?P<ending>а|и|)(?:\s+внимание)?(?!\w)"
    r"(?P<post>[^.!?]*)[.!]?$"
)
# An outlet right after the verb, in the dative, before the speaker: «сказал «Ъ» посол X»,
# «заявил РИА Новости первый зампостпреда X», «заявил RT председатель комитета X», «заявил
# прессе помощник президента X».
_TOLD = (
    rf"(?P<outlet>[«\"][^«»\"]{{1,30}}[»\"]|{OUTLET}|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?"
    r"|[Жж]урналистам|[Пп]рессе|[Рр]епортерам)"
)
_TOLD_OUTLET = re.compile(rf"^{_TOLD}\s+(?=[а-яё])")
_TOLD_ONLY = re.compile(rf"{_TOLD}\s*")
# «Об этом сообщает газета The New York Times со ссылкой на сотрудника СБУ»: an outlet whose
# name does not decline (Latin, capitals, «РИА Новости»), and its source.
_CITING = re.compile(
    r"^Об этом\s+(?:сообща(?:ет|ют)|пиш(?:ет|ут)|переда(?:ет|ют)|сообщил[аио]?)\s+"
    r"(?:(?:газета|агентство|издание|телеканал|портал)\s+)?"
    r"(?P<outlet>[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|of|the))*|[А-ЯЁ][А-ЯЁ-]{1,}[А-ЯЁ]"
    r"|РИА\s+[«\"]?Новости[»\"]?)\s+со\s+ссылкой\s+на\s+(?P<source>[^.!?]{3,120}?)[.!]?$"
)
# «Об этом, выступая в Конгрессе, заявил X», «Об этом, как передает Trend со ссылкой на
# ТАСС, сообщил X»: an aside between «Об этом» and the verb.
_ASIDE = re.compile(r"^(?P<head>[Оо]б этом|[Оо] данном),\s+(?P<aside>[^,«»\"]{3,80}),\s+")
# «в понедельник, 26 марта,», «во вторник», «сегодня», «журналистам» right after the verb:
# when the news was said and to whom, which the references leave out; a comma inside it
# must not end the speaker.
_WHEN = re.compile(
    rf"^(?:(?:в|во)\s+(?:{'|'.join(WEEKDAYS_ACCUSATIVE)})"
    r"|сегодня|вчера|накануне)(?:,?\s+\d{1,2}\s+[а-я]+(?:\s+\d{4}\s+года)?,)?\s+"
    r"|^журналистам\s+"
)
# «8 декабря», «12 февраля 2024 года», or nothing: a date and no place or occasion.
_DATE_ONLY = re.compile(r"(?:\d{1,2}\s+[а-я]+(?:\s+\d{4}(?:\s+года)?)?)?")
# «его пресс-секретарь Дмитрий Песков»: a possessive before the role a named person has.
_POSSESSIVE = re.compile(r"(?<!\w)(?:его|ее|её|их)\s+(?=[\w-]+\s+[\w-]*\s*[А-ЯЁ][а-яё]+\s+[А-ЯЁ])")
# «Такое мнение высказал сам Ушаков»: the emphasis goes with the sentence it belonged to.
_SELF = re.compile(r"^(?:сам|сама|сами)\s+", re.I)

# «Так он прокомментировал Y»: the verb's gerund, for «…, заявил X, комментируя Y».
_GERUNDS = {"прокомментировал": "комментируя", "ответил": "отвечая", "отреагировал": "реагируя"}
_SO_COMMENTED = re.compile(
    rf"^Так\s+(?P<who>[^,.!?]+?)\s+(?P<verb>{'|'.join(_GERUNDS)})(?P<ending>а|и|)(?!\w)"
    r"\s*(?P<what>[^.!?]*(?:\.(?=\S)[^.!?]*)*)[.!]?$"
)
# A claim that ends with its speaker: «Китай не позволит …, заявил министр Ван И.»
_SAID_LAST = re.compile(
    rf"^(?P<claim>[^«\"„—–-].*),\s+(?P<verb>{_VERB})(?!\w)\s+(?P<who>[^,]+?)[.!]$"
)
# A claim that ends with whose judgement it is, and the verb it takes with the speaker first:
# «…, такую оценку дал посол X.», «…, считает вице-спикер X.» → «X считает, что …».
JUDGED_BY: dict[str, str] = {
    "такую оценку дал": "считает",
    "такую оценку дала": "считает",
    "так считает": "считает",
    "считает": "считает",
    "полагает": "считает",
    "уверен": "уверен",
    "уверена": "уверена",
}
_JUDGED_LAST = re.compile(
    rf"^(?P<claim>[^«\"„—–-].*),\s+(?P<verb>{'|'.join(sorted(JUDGED_BY, key=len, reverse=True))})"
    r"(?!\w)\s+(?P<who>[^,]+?)[.!]$"
)

# The attributions that name a speaker of their own (not a pronoun's antecedent).
_NAMING = (_ABOUT_THIS, _SUCH_STATEMENT, _CONFIRMED, _CONCLUDED, _CONVINCED, _POINTED)
# The rewrites, tried in order; each takes the claim and the sentence after it.
RULES: tuple[tuple[str, Callable[[Claim, Attribution], str | None]], ...] = (
    ("about-this", about_this),
    ("such-statement", such_statement),
    # «Claim. Эту информацию подтвердил X.» → «X подтвердил, что claim.»
    ("confirmed", _turned_round(_CONFIRMED, "{verb}")),
    # «Claim. К такому выводу пришел X.» → «X пришел к выводу, что claim.»
    ("concluded", _turned_round(_CONCLUDED, "{verb} к выводу")),
    # «Claim. В этом уверен X.» → «X уверен, что claim.»
    ("convinced", _turned_round(_CONVINCED, "{verb}")),
    # «Claim. На это указал X.» → «X заявил, что claim.»: the references' verb (as for «Такое
    # заявление сделал X»).
    ("pointed-to", _turned_round(_POINTED, "заявил{ending}")),
    ("outlet-citing", outlet_citing),
    ("circumstance", circumstance),
    ("where-said", where_said),
    ("so-answered", so_answered),
)


def speaker_first(claim: Claim) -> str | None:
    """«Claim, заявил X на брифинге.» → «X на брифинге заявил, что claim.» («…, такую оценку
    дал X.» → «X считает, что …», `JUDGED_BY`): the references' order, who first; only when X
    names a person and the claim can be reported."""
    said = _SAID_LAST.match(claim.text.strip()) or _JUDGED_LAST.match(claim.text.strip())
    if said is None:
        return None
    who, head = _possessive_dropped(said.group("who")), said.group("claim")  # «его помощник»
    if not any(p in who for p in claim.persons) or _PRONOUN_INSIDE.search(who):
        return None
    if not reportable(head + ".") or _quotation_closes(head):
        return None
    verb = JUDGED_BY.get(said.group("verb"), said.group("verb"))
    told = _TOLD_OUTLET.match(who)  # «сказал «Ъ» посол X» → «Посол X сказал «Ъ», что …»
    if told is not None and any(p in who[told.end() :] for p in claim.persons):
        who, verb = who[told.end() :], f"{verb} {told.group('outlet')}"
    return f"{capitalised(who)} {verb}, что {_lowered(Claim(head, claim.opens_with_name))}."


def _quotation_closes(head: str) -> bool:
    """Whether the claim ends with a quotation that is a sentence of its own («Он сказал:
    «…»», «…: «…»»), not a phrase quoted inside reported speech («поддерживает остановку
    «атак на земле, в воздухе и на море»»)."""
    if not _QUOTE_MARK.search(head[-2:]):
        return False
    opening = max(head.rfind("«"), head.rfind('"', 0, len(head) - 1), head.rfind("„"))
    before = head[:opening].rstrip()
    return opening <= 0 or before[-1:] in ":.!?—–-"


def reported_by(name: str, gender: str | None, claim: str) -> str | None:
    """«Галузин: У Киева нет желания …» (a headline giving the lead's claim to a person) →
    «Михаил Галузин заявил, что у Киева нет желания …»: the reference's form, when the claim
    can be reported and the person's gender gives the verb's."""
    if gender not in ("masc", "femn") or not reportable(claim):
        return None
    verb = "заявила" if gender == "femn" else "заявил"
    return f"{name} {verb}, что {_lowered(Claim(claim, False))}."


def names_speaker(attribution: Attribution) -> bool:
    """Whether the sentence is an attribution («Об этом заявил X …», «Такое мнение высказал
    X») whose speaker is a person it names, not a pronoun or an outlet relaying."""
    said, _aside = _without_aside(attribution.text.strip())
    hit = next((p.match(said) for p in _NAMING if p.match(said)), None)
    if hit is None or not attribution.persons:
        return False
    who = _possessive_dropped(f"{hit.group('pre')} {_until_comma(hit.group('post'))}")
    return (
        any(p in who for p in attribution.persons)
        and not _RELAY.search(who)
        and not _PRONOUN_INSIDE.search(who)
    )


def has_speaker(claim: Claim) -> bool:
    """Whether the claim names who made it already: a past speech verb of its own after a
    person or a role («Посол Турции Мехмет Самсар заявил …», «Премьер-министр Израиля
    заявил …»); an institution's («МИД РФ констатировал …») still leaves the person
    speaking for it unsaid."""
    verb = _own_verb(claim.text) or _OWN_VERB.search(claim.text)  # ««…», — отметил генсек»
    if verb is None:
        return False
    around = (
        _WORDS.findall(claim.text[: verb.start()]) + _WORDS.findall(claim.text[verb.end() :])[:3]
    )
    quoted = _QUOTE_OPEN.match(claim.text.strip()) is not None  # ««…», — отметил генсек»
    return quoted or bool(claim.persons) or any(_role(w) for w in around)


def _role(word: str) -> bool:
    """A role noun, a compound's head too («премьер-министр», «экс-посол»)."""
    return any(part in ROLES for part in {lemma(word.lower()), *lemma(word.lower()).split("-")})


def _possessive_dropped(who: str) -> str:
    """«его пресс-секретарь Дмитрий Песков» → «пресс-секретарь Дмитрий Песков»: whose
    aide they are is the claim's subject, which the rewrite puts after them."""
    return _POSSESSIVE.sub("", who)


def attribute_pair(claim: Claim, second: str, follower: Attribution) -> tuple[str, str] | None:
    """(rule name, the first sentence rewritten) when `follower` names who made the claim of
    two sentences («A. B. Об этом сообщила X.» → «X сообщила, что a. B.»): only a named
    speaker (a pronoun there may be the second sentence's subject), and only when the second
    sentence can be reported too (it goes on with X's words)."""
    if not reportable(second):
        return None
    for name, rule in RULES[: len(_NAMING)]:  # about-this … pointed-to: the named speakers
        out = rule(Claim(claim.text, claim.opens_with_name, claim.persons), follower)
        if out is not None:
            return name, out
    return None


def attribute(claim: Claim, follower: Attribution) -> tuple[str, str] | None:
    """(rule name, rewritten sentence) when `follower` says who made `claim`; else None."""
    for name, rule in RULES:
        out = rule(claim, follower)
        if out is not None:
            return name, out
    return None
