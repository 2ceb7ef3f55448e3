"""Who said it: resolving an attribution clause to a person's full name or an organisation.

Why a resolver with memory: Russian news names a speaker once in full and then refers to
them as "Лаврова", "он", "министр", "пресс-секретарь российского лидера" or "говорится в
сообщении" (meaning the organisation named a sentence earlier). The resolver keeps the
article's mentions and the speakers found so far and answers such references in order.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

from bot.content.entities import Entities, Mention
from bot.content.layout import sentence_end, sentence_start
from bot.content.lexicon import (
    ANONYMITY_AFTER,
    ANONYMITY_BEFORE,
    ANONYMOUS_MARKS,
    ASIDES,
    BACKGROUND_OPENERS,
    COUNTRY_NOUNS,
    HEAD_ROLES,
    HEADS,
    IMPERSONAL_VERBS,
    INTERLOCUTORS,
    LEADER_ROLES,
    MEDIA,
    MEDIA_KINDS,
    NAMING_VERBS,
    ORG_UNITS,
    OWNED_TEXTS,
    PERSON_AFTER,
    POST_BODIES,
    POST_ROLES,
    PREPOSITIONS,
    PUBLICATIONS,
    SHIFT_OPENERS,
    SPEECH_VERBS,
    SPOKESMAN_ROLES,
    UNKNOWN_AGENTS,
    WORDS_NOUNS,
    RoleKind,
    role_kind,
    role_of,
    same_role,
    title_heads,
)
from bot.content.mentions import UNKNOWN_BODY
from bot.content.morph import Parse, common_noun, lemma, may_have_normal, parses, word_set

_TOKEN = re.compile(r"[А-ЯЁа-яёA-Za-z]+(?:-[А-ЯЁа-яёA-Za-z]+)*|[,;:()«»\"„“”]")

_LAST_WORD = re.compile(r"([А-ЯЁа-яё]+)[ \t]+$")
_PRONOUNS = {
    "он": "masc",
    "его": "masc",
    "него": "masc",
    "она": "femn",
    "ее": "femn",
    "её": "femn",
    "нее": "femn",
    "неё": "femn",
}
_POSSESSIVES = frozenset({"его", "ее", "её"})
_OBLIQUE_PRONOUNS = _POSSESSIVES | {"него", "нее", "неё"}
# Nouns whose owner speaks: "по его словам", "— приводит ТАСС его слова".
_SPEAKER_NOUNS = word_set(
    "слово мнение оценка данные версия мысль заявление комментарий высказывание цитата реплика"
)
# Bodies whose head a role names: "глава венгерского МИД", "главы турецкой дипломатии".
NATIONAL_BODIES = frozenset(
    {"МИД", "МВД", "Минобороны", "Минфина", "Минфин", "Минэкономразвития"}
) | (word_set("дипломатия ведомство правительство министерство парламент разведка армия"))
# Whose words or writing a genitive name is: "статья посла Антонова", "слова Рубио".
_CITED_NOUNS = _SPEAKER_NOUNS | WORDS_NOUNS | OWNED_TEXTS | PUBLICATIONS | word_set("интервью")
# "По словам X, …", "По мнению X, …" opening a sentence: X says the whole sentence.
_PO_SLOVAM_OPENING = re.compile(r"[Пп]о\s+(?:словам|мнению|оценке|данным)\s+(?=[^,]{2,120},)")
_LATIN = re.compile(r"[A-Za-z][\w.-]*")
_CATAPHORA_REACH = 400  # characters after a pronoun where its person may be named first
# Prepositions that end a name scan: the lexicon's, but «без» and «между» (they never did).
_STOP_PREPOSITIONS = PREPOSITIONS - word_set("без между")
_SENTENCE_REACH = 400  # characters looked back for the start of a sentence
_OUTLET_WORDS = 4  # capitalised words an outlet's name runs to after its kind («газета …»)
_WORD_BEFORE = re.compile(r"([\w-]+)[ \t]+$")
_ACTING_FOR = re.compile(r"(?<![\w-])в\s+лице(?![\w-])", re.IGNORECASE)
_COMMON_WORD = re.compile(r"(?<![\w-])[а-яё]{3,}")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Verb:
    """A speech verb found in a clause, with what its form says about the speaker."""

    token: Token
    gender: str | None
    plural: bool
    impersonal: bool


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end], at their offsets in `text`. Matched in place (the token
    pattern looks neither behind nor ahead), not on a copy of the slice: it is asked some
    sixty times a text, often of a long stretch."""
    if start < 0 or end < 0:  # a slice counted from the end
        return tokens(text, *slice(start, end).indices(len(text))[:2])
    return [Token(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, end)]


def speech_verb(token: Token) -> Verb | None:
    """The token as a speech verb (any person, gender, past or present tense), or None.

    A future form never attributes a quotation: "где он продолжит работу" is no
    "— продолжил он"."""
    if not token.text[:1].isalpha() or not may_have_normal(token.lower, SPEECH_VERBS):
        return None
    for p in parses(token.lower):
        if "futr" in p.grams:
            continue
        if p.normal in SPEECH_VERBS and p.pos in ("VERB", "PRTS", "ADJS", "INFN", "GRND"):
            gender = "femn" if "femn" in p.grams else "masc" if "masc" in p.grams else None
            impersonal = p.normal in IMPERSONAL_VERBS or p.pos == "PRTS"
            return Verb(token, gender, "plur" in p.grams, impersonal)
    return None


def naming_verb(token: Token) -> Verb:
    """ "назвал", "назвала", "назвали" as a speech verb: its form tells the speaker."""
    found = next((p for p in parses(token.lower) if p.pos == "VERB"), None)
    grams = found.grams if found else frozenset()
    gender = "femn" if "femn" in grams else "masc" if "masc" in grams else None
    return Verb(token, gender, "plur" in grams, False)


_RELATIVE = frozenset({"где", "который", "которая", "которое", "которые", "кто", "куда", "когда"})


def _relative(toks: list[Token]) -> bool:
    """Whether the verb's own clause (after the last comma) opens with a relative word."""
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    tail = toks[commas[-1] + 1 :] if commas else []
    return bool(tail) and (tail[0].lower in _RELATIVE or lemma(tail[0].lower) in _RELATIVE)


def _they(toks: list[Token], i: int) -> bool:
    """ "они заявили", "по их словам": a group speaks; "их назвали" is an object, not them."""
    word = toks[i].lower
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    return word == "они" or (word == "их" and nxt in ("словам", "мнению", "оценке"))


def _unresolved_subject(toks: list[Token], verb: Verb) -> bool:
    """Whether the clause names the verb's subject with a capitalised noun nothing resolved
    ("Макрон ранее заявил", a surname the dictionary holds as a common word): then the
    speaker is that unknown someone, never the last person of the verb's gender."""
    if verb.gender not in ("masc", "femn"):
        return False
    before = [t for t in toks if t.end <= verb.token.start]
    commas = [k for k, t in enumerate(before) if not t.text[:1].isalpha()]
    clause = before[commas[-1] + 1 :] if commas else before
    whose = any(  # "Его коллега заявил": someone beside the one named before
        t.lower in _POSSESSIVES and n.text[:1].islower() and lemma(n.lower) not in _SPEAKER_NOUNS
        for t, n in pairwise(clause)
    )
    return whose or any(
        t.text[:1].isupper()
        and t.lower not in _PRONOUNS
        and any(p.pos == "NOUN" and p.has("nomn") for p in parses(t.lower)[:1])
        for t in clause
    )


def _native_name(name: str) -> bool:
    """Whether every word of a name is a first name, patronymic or surname the dictionary
    itself holds ("Сергей Лавров"), as Russian names are and foreign ones mostly are not."""
    return all(
        any(p.grams & _PERSON_GRAMS and _dictionary(p) for p in parses(w.lower()))
        for w in name.split()
    )


def _plural(word: str) -> bool:
    """A plural group in a speaking position: "эксперты", "по словам дипломатов"."""
    found = parses(word)
    return bool(found) and found[0].has("plur") and any(found[0].has(c) for c in _GROUP_CASES)


_GROUP_CASES = ("nomn", "gent", "accs")
_ONE_OF = re.compile(r"[ \t]+из[ \t]")


def _name_like(token: Token) -> bool:
    """A capitalised word that may be part of a name the dictionary does not know."""
    text = token.text
    if not text[:1].isupper() or text.isupper() or text.lower() in _NOT_NAME_WORDS:
        return False
    if role_of(text) is not None or common_noun(text):
        return False
    found = parses(text.lower())
    return not any(p.has("Geox") or p.pos in _NOT_NAME_POS for p in found[:1])


@lru_cache(maxsize=16384)
def _person_noun(word: str) -> bool:
    """Whether the best reading of `word` is an animate common noun in the nominative
    singular ("судья", "житель", "собеседник"), no name."""
    found = parses(word)
    if not found:
        return False
    best = found[0]
    return (
        best.pos == "NOUN"
        and best.has("anim", "nomn", "sing")
        and not best.grams & _PERSON_GRAMS
        and _dictionary(best)
    )


def _institution(token: Token) -> bool:
    """A dictionary noun in the genitive singular right after a role is what the role heads
    («глава Банка России»), not a name; a surname the dictionary holds as a genitive plural
    («президент Токаев») still counts."""
    found = parses(token.lower)
    return (
        bool(found)
        and all(_dictionary(p) and not p.grams & _PERSON_GRAMS for p in found)
        and any(p.pos == "NOUN" and p.has("gent", "sing") for p in found)
    )


def _dictionary(p: Parse) -> bool:
    stack = p.raw.methods_stack
    return len(stack) == 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"


_PERSON_GRAMS = frozenset({"Name", "Surn", "Patr"})
_NOT_NAME_POS = frozenset({"ADJF", "PRTF", "VERB", "PREP", "CONJ", "PRCL", "NPRO", "ADVB"})
_NOT_NAME_WORDS = frozenset({"об", "как", "по", "в", "на", "это", "так"})


def _role(token: Token) -> str | None:
    """The role of a title word before a name; a plural ("журналистам") titles nobody."""
    found = role_of(token.text)
    if found is None:
        return None
    nouns = [p for p in parses(token.lower) if p.pos == "NOUN"]
    return None if nouns and all(p.has("plur") for p in nouns) else found


# Cases a role noun never speaks in: whom one tells ("сказал главе государства"), with whom
# ("встретился с послом"), about whom ("о министре").
_ADDRESSEE_CASES = ("datv", "ablt", "loct")


def _addressee_form(word: str) -> bool:
    """Whether an unknown name word has a man's dative or instrumental ending and every
    reading of it is a singular noun in an oblique case («Блинкену», «Боррелю», «Блинкеном»):
    someone told or met, never a subject. A word in «-е» («Рютте») is left alone: a foreign
    name that does not decline reads as a woman's dative too."""
    if not word.endswith(_MAN_OBLIQUE_ENDINGS):
        return False
    nouns = [p for p in parses(word) if p.pos == "NOUN"]
    return bool(nouns) and all(
        p.has("sing") and any(p.has(c) for c in _ADDRESSEE_CASES) for p in nouns
    )


_MAN_OBLIQUE_ENDINGS = ("у", "ю", "ом", "ем")


def _speaking_role(token: Token) -> str | None:
    """A role noun that can name who speaks: never one only in the dative, instrumental or
    prepositional ("заявил журналистам", "встретился с послом", "Песков сказал главе
    государства, что …": the addressee, never the speaker)."""
    found = role_of(token.text)
    if found is None:
        return None
    nouns = [p for p in parses(token.lower) if p.pos == "NOUN"]
    if nouns and all(any(p.has(c) for c in _ADDRESSEE_CASES) for p in nouns):
        return None
    return found


def addressed(text: str, mention: Mention) -> bool:
    """Whether a person's mention can only be whom something is told or done with: its last
    word, read as a noun of the person's gender, only in the dative or instrumental
    («Дипломат задала Боррелю вопрос», «встретился с Лавровым»). Such a person is the
    sentence's addressee, never its subject: a quotation after it is not theirs by default.
    A name that does not decline («Рубио») says nothing."""
    if mention.nominative or mention.person is None:
        return False
    words = text[mention.start : mention.end].split()
    if not words:
        return False
    gender = mention.person.gender
    readings = [
        p
        for p in parses(words[-1].lower())
        if p.pos == "NOUN" and (gender is None or not p.grams & {"masc", "femn"} or p.has(gender))
    ]
    return bool(readings) and all(p.has("datv") or p.has("ablt") for p in readings)


_NATION_ADJ = re.compile(r"(?:[сц]к|ийск)(?:ий|ая|ое|ие|ого|ому|им|ой|ом|ую|их|ими)$")
# Adjectives whose stem is not the country's: "турецкий" ↔ "Турции", "американский" ↔ "США".
_NATION_ALIASES = {
    "турец": ("турц", "турец"),
    "америк": ("америк", "сша", "вашингтон"),
    "немец": ("герман", "немец", "фрг", "берлин"),
    "британ": ("британ", "великобритан", "лондон"),
    "англий": ("британ", "великобритан", "англи", "лондон"),
    "российс": ("росси", "рф", "москв", "российс"),
    "русск": ("росси", "рф", "москв", "российс", "русск"),
    "китайс": ("кита", "кнр", "пекин"),
    "французс": ("франц", "париж"),
    "иранс": ("иран", "тегеран"),
    "японс": ("япони", "японс", "токио"),
    "польс": ("польш", "польс", "варшав"),
    "израильс": ("израил", "израильс"),
    "белорус": ("белорус", "беларус", "минск"),
    "европейс": ("европ", "евросоюз", "брюссел"),
}


_COUNTRY_ABBREVIATIONS = frozenset({"США", "КНР", "ФРГ", "КНДР", "ОАЭ", "ЮАР", "РФ", "СССР"})


def _is_country(word: str) -> bool:
    """ "США", "КНР", "Турции", "иранским": a word naming a country or its people."""
    if word.isupper():
        return word in _COUNTRY_ABBREVIATIONS
    if word[:1].islower():
        return bool(_NATION_ADJ.search(word)) and bool(nation_keys(word))
    return any(p.has("Geox") for p in parses(word.lower())[:1])


def _capitalised(key: str) -> str:
    """A country key as it opens a country's name in a text ("венг" → "Венг", "сша" → "США")."""
    return key.upper() if len(key) <= 3 else key.capitalize()


def nation_keys(adjective: str) -> tuple[str, ...]:
    """Prefixes of the words that name the country of a nationality adjective.

    "иранский" → ("иран",): a general rule (the first four letters of the stem) plus a few
    aliases where the adjective and the country differ in their stems.
    """
    word = adjective.lower()
    for stem, keys in _NATION_ALIASES.items():
        if word.startswith(stem):
            return keys
    if len(word) < 7:
        return ()
    return (word[:4],)


@cache
def _post_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (post, re.compile(rf"[ \t]+(?:[а-яё]+(?:ого|его|ой|ей)[ \t]+)?(?:{body})(?![\w-])"))
        for post, body in POST_BODIES
    )


def post_after(text: str, head: Token | None) -> tuple[str | None, int]:
    """The post a head role names with the body right after it in `text` («глава МИД»,
    «министр иностранных дел», «руководителя российского внешнеполитического ведомства»: the
    same post) and where that body ends; a role that names a post by itself («президент»,
    «премьер») names it unless a body follows («президент РСПП» heads a body, no state);
    (None, -1) for any other role or none."""
    role = role_of(head.text) if head is not None else None
    if head is None or role is None:
        return None, -1
    if role in POST_ROLES:
        own = POST_ROLES[role] if _no_body_after(text, head.end) else f"{role} of a body"
        return own, head.end
    if role not in HEAD_ROLES:
        return None, -1
    for post, pattern in _post_patterns():
        found = pattern.match(text, head.end)
        if found is not None:
            return post, found.end()
    return _named_body(text, head)


_BODY_NAME = re.compile(r"[ \t]+([А-ЯЁA-Z][\w-]*)")


def _named_body(text: str, head: Token) -> tuple[str | None, int]:
    """ "глава Минпромторга", "директором ЦРУ": a body the post table lacks, named by a
    capitalised word right after the head, is a post of its own (keyed by that word's stem),
    so «глава государства» is never the one introduced as the head of Минпромторг. A
    country is no body («министр Германии»)."""
    found = _BODY_NAME.match(text, head.end)
    if found is None or _is_country(found.group(1)):
        return None, -1
    return "body " + found.group(1).lower()[:5], found.end()


def _no_body_after(text: str, at: int) -> bool:
    """Whether the word after a role leaves it the post it names by itself: nothing, a
    country («президент России») or a person's name («Президент Владимир Путин»), never a
    body («президент РСПП», «президент компании», «премьер Минфина»)."""
    window = text[at : at + 40]
    hi = at + min((k for c in ".!?\n" if (k := window.find(c)) >= 0), default=len(window))
    after = tokens(text, at, hi)[:1]
    if not after or not after[0].text[:1].isalpha():
        return True
    word = after[0].text
    if word[:1].islower():
        if lemma(word) in COUNTRY_NOUNS:
            return True
        return not any(p.pos in ("NOUN", "ADJF") and p.has("gent") for p in parses(word)[:1])
    if _is_country(word):
        return True
    return not word.isupper() and any(p.grams & _PERSON_GRAMS for p in parses(word.lower())[:2])


Answer = tuple[bool, str | None]


def _title_words(window: str) -> list[Token]:
    """The last seven words before a name, where its title's head is; brackets and commas are
    no words («Директор Службы внешней разведки России (СВР) Сергей Нарышкин»)."""
    return [t for t in tokens(window, 0, len(window)) if t.text[:1].isalpha()][-7:]


class Resolver:
    """Resolves attribution clauses of one article, remembering the speakers found so far."""

    def __init__(self, text: str, entities: Entities) -> None:
        self.text = text
        self.entities = entities
        # (pos, rank, person name, gender): a quote's speaker counts from the quote on, but
        # ranks as of the end of its attribution sentence, so names inside that sentence
        # ("— сказал Песков, отвечая на вопрос, что Макрон …") do not take over a later "он".
        self.spoken: list[tuple[int, int, str, str | None]] = []
        self._person_starts = [m.start for m in entities.persons]
        self._org_starts = [m.start for m in entities.orgs]
        self.agents: list[tuple[int, str]] = []  # (pos, speaker) from "Об этом сообщил X."
        # Quotation interiors: a name said *inside* a quote ("«Путин говорил…», — добавил он")
        # is never what a later "он" or "министр" points at.
        self.quoted: list[tuple[int, int]] = []
        self._role_heads: list[tuple[int, int, str]] | None = None
        self._intros: dict[tuple[int, bool], str] = {}
        self._head_names: frozenset[str] | None = None

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        self.quoted = sorted(spans)
        self._quoted_starts = [a for a, _ in self.quoted]

    def _inside_quote(self, pos: int) -> bool:
        if not self.quoted:
            return False
        i = bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and self.quoted[i][0] < pos < self.quoted[i][1]

    # --- memory -----------------------------------------------------------------------------
    def remember(self, pos: int, speaker: str | None, rank: int | None = None) -> None:
        if speaker is None:
            return
        person = next(
            (m.person for m in self.entities.persons if m.person and m.person.name == speaker),
            None,
        )
        if person is not None:
            self.spoken.append((pos, max(pos, rank or pos), person.name, person.gender))

    def gender_of(self, name: str | None) -> str | None:
        """The gender of the person the article calls `name`, None when unknown."""
        return next(
            (m.person.gender for m in self.entities.persons if m.person and m.person.name == name),
            None,
        )

    def add_agent(self, pos: int, speaker: str) -> None:
        self.agents.append((pos, speaker))

    # --- references -------------------------------------------------------------------------
    def pronoun(
        self,
        gender: str | None,
        pos: int,
        skip: frozenset[str] = frozenset(),
        *,
        forward: bool = True,
        role: str | None = None,
    ) -> str | None:
        """He/she: the latest speaker or nominative mention of that gender before `pos`
        (never one of `skip`); with `forward`, a person named just after when nobody is
        before. A `role` («как отметил политик», its lemma) still fits a subject named after
        «Ранее», and falls back on a mere mention only as `_titled_mention` allows."""
        best: tuple[int, str] | None = None
        for at, rank, name, g in self.spoken:
            if at < pos and (gender is None or g in (None, gender)) and name not in skip:
                best = max(best or (rank, name), (rank, name))
        last_speaker = best
        for m in self.entities.persons:
            if (
                m.person
                and m.person.name not in skip
                and m.start < pos
                and (m.nominative or self._acting_for(m))
                and (gender is None or m.person.gender in (None, gender))
                and not self._inside_quote(m.start)
            ):
                best = max(best or (m.start, m.person.name), (m.start, m.person.name))
        if best is not None and best != last_speaker:
            reporter = self._reporter(best[0], gender) or self._relative_owner(best[0], gender)
            if reporter is not None:
                best = max(last_speaker or reporter, reporter)
            elif role and self._coordinated(best[0], gender, skip):
                return None  # "Лавров и Рубио провели переговоры. По словам дипломата, …"
        if best is not None:
            # The speaker of the quotation before carries on; a mere mention may be displaced.
            displaced = best != last_speaker and (
                self._displaced(best[1], gender, pos, skip)
                or (not role and self._background(best, gender))
            )
            return None if displaced else best[1]
        if role:
            return self._titled_mention(role, gender, pos, skip)
        found = self._last_person(gender, pos, skip)
        return found or (self._next_subject(gender, pos, skip) if forward else None)

    def _acting_for(self, mention: Mention) -> bool:
        """ "Россия, в лице постпреда при ООН Василия Небензи, отреагировала": the person «в
        лице» names (after his title, within the clause) is who acts for the subject, as a
        subject would; a later «он» may stand for him — when the text also names him in the
        nominative, so his name's form is settled (never «Василий Небензи»)."""
        window = self.text[max(0, mention.start - 60) : mention.start]
        window = window[max(window.rfind(c) for c in '.,;:!?«»"\n') + 1 :]
        if _ACTING_FOR.search(window) is None:
            return False
        person = mention.person
        return person is not None and any(
            m.person == person
            and m.nominative
            and self.text[m.start : m.end].split()[-1] == person.surname
            for m in self.entities.persons
        )

    def _reporter(self, at: int, gender: str | None) -> tuple[int, str] | None:
        """ "Моди заявил, что президент РФ Владимир Путин является его другом. … он отметил":
        a person named in the «что» clause of a speech verb (or in the question it answers:
        «Рябков не стал отвечать на вопрос, обсуждали ли Лавров и Рубио …») is what its
        subject said; a later «он» stands for that subject, a person of the same gender named
        in the nominative before the verb (its (position, name)); None when the mention at
        `at` is no such."""
        lo = self._sentence_start(at)
        lo = max(lo, self.text.rfind("\n", lo, at) + 1)
        toks = tokens(self.text, lo, at)
        that = next((k for k in range(len(toks) - 1, 0, -1) if _reported_opening(toks, k)), None)
        if that is None:
            return None
        verb = next((v for t in reversed(toks[: that - 1]) if (v := speech_verb(t))), None)
        if verb is None or verb.plural or verb.impersonal:
            return None
        subject = [
            m
            for m in self.entities.persons
            if lo <= m.start < verb.token.start and m.nominative and m.person is not None
        ]
        if len({m.person.name for m in subject if m.person}) != 1 or subject[0].person is None:
            return None
        person = subject[0].person
        if gender is not None and person.gender not in (None, gender):
            return None
        return subject[0].start, person.name

    def _relative_owner(self, at: int, gender: str | None) -> tuple[int, str] | None:
        """ "Пушков встретился с делегацией, которую возглавлял конгрессмен Смит. По словам
        политика, …": a person named in a relative clause describes a thing of the main
        clause; the text is about that clause's subject, the one person of the same gender
        named in the nominative before it (its (position, name)); None otherwise."""
        lo = self._sentence_start(at)
        lo = max(lo, self.text.rfind("\n", lo, at) + 1)
        toks = tokens(self.text, lo, at)
        opening = next((k for k in range(len(toks) - 1, 0, -1) if _relative_opening(toks, k)), None)
        if opening is None:
            return None
        subject = [
            m
            for m in self.entities.persons
            if lo <= m.start < toks[opening].start and m.nominative and m.person is not None
        ]
        names = {m.person.name for m in subject if m.person}
        person = subject[0].person if len(names) == 1 else None
        if person is None or (gender is not None and person.gender not in (None, gender)):
            return None
        return subject[0].start, person.name

    def _coordinated(self, at: int, gender: str | None, skip: frozenset[str]) -> bool:
        """Whether the person named at `at` shares the subject of their clause with another
        one of the same gender joined by «и» («Лавров и госсекретарь США Марко Рубио
        провели переговоры»): a role may be either of them."""
        own = next((m for m in self.entities.persons if m.start == at), None)
        if own is None:
            return False
        for m in self.entities.persons:
            if m is own or not m.nominative or m.person is None or m.person.name in skip:
                continue
            if gender and m.person.gender not in (None, gender):
                continue
            between = self.text[min(own.end, m.end) : max(own.start, m.start)]
            if len(between) < 80 and _JOINED.fullmatch(between):
                return True
        return False

    def _sentence_start(self, pos: int, *, anchor: int | None = None) -> int:
        """Start of the sentence holding `pos`, looked for at most _SENTENCE_REACH characters
        before `anchor` (default `pos`): every look back at a sentence goes through here."""
        lo = max(0, (pos if anchor is None else anchor) - _SENTENCE_REACH)
        return sentence_start(self.text, lo, pos)

    def _displaced(
        self, name: str, gender: str | None, pos: int, skip: frozenset[str] = frozenset()
    ) -> bool:
        """ "Кац объявил Гутерриша персоной нон грата. Россия, в лице постпреда Василия
        Небензи, отреагировала. Он призвал …": the sentence just before names another person
        of that gender and not the candidate — "он" may be either of them, so nobody. A
        candidate named in the pronoun's own sentence, before it, is never displaced ("Об
        этом сообщил глава пресс-службы Нед Прайс."Посол вернется …", - сказал он")."""
        own = self._sentence_start(pos)
        if own == 0 or self._named_between(name, own, pos):
            return False
        lo = self._sentence_start(own - 1, anchor=own)
        there = {
            m.person.name
            for m in self.entities.persons
            if lo <= m.start < own
            and m.person
            and m.person.name not in skip  # "советник офиса премьер-министра": no «глава»
            and (gender is None or m.person.gender in (None, gender))
            and not self._inside_quote(m.start)
        }
        return bool(there) and name not in there

    def _named_between(self, name: str, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] names the person `name` outside quotations."""
        return any(
            lo <= m.start < hi
            and m.person is not None
            and m.person.name == name
            and not self._inside_quote(m.start)
            for m in self.entities.persons
        )

    def _background(self, best: tuple[int, str], gender: str | None) -> bool:
        """ "Об этом заявил Андрей Руденко. Ранее Владимир Зеленский заявил, что … «…», — сказал
        он": a man last named in a sentence stepping back to earlier news («Ранее …») while
        another man was named before it — "он" may be either of them, so nobody."""
        at, name = best
        opening = self._sentence_start(at)
        if not self.text[opening : opening + 20].lower().startswith(BACKGROUND_OPENERS):
            return False
        return any(
            m.person
            and m.person.name != name
            and m.start < opening
            and m.nominative
            and (gender is None or m.person.gender in (None, gender))
            and not self._inside_quote(m.start)
            for m in self.entities.persons
        )

    def _next_subject(
        self, gender: str | None, pos: int, skip: frozenset[str] = frozenset()
    ) -> str | None:
        """ "«…», — приводит РИА Новости его слова. Гутерреш выразил опасение…": a pronoun
        nobody before it can answer (the headline that named him was cut) points at the
        person the next lines name as a subject, close by — only while nobody has spoken
        yet ("Источник рассказал … «…», — заявил он" is the source's, not a later name's)."""
        own_sentence = self._sentence_start(pos)
        if any(speech_verb(t) for t in tokens(self.text, 0, own_sentence)):
            return None
        for m in self.entities.persons:
            if m.start <= pos or m.start - pos > _CATAPHORA_REACH:
                continue
            if m.person is None or m.person.name in skip or not m.nominative:
                continue
            fits = gender is None or m.person.gender in (None, gender)
            if fits and not self._inside_quote(m.start):
                return None if self._turns_away(m) else m.person.name
        return None

    def _turns_away(self, mention: Mention) -> bool:
        """Whether the sentence of `mention` opens by turning to another matter or time
        («Ранее Лавров заявил …»): a person named there is not who a word before stood for."""
        opening = self._sentence_start(mention.start)
        return self.text[opening : opening + 20].lower().startswith(SHIFT_OPENERS)

    def _last_person(
        self, gender: str | None, pos: int, skip: frozenset[str] = frozenset()
    ) -> str | None:
        for m in reversed(self.entities.persons):
            if (
                m.person
                and m.person.name not in skip
                and m.start < pos
                and (gender is None or m.person.gender in (None, gender))
                and not self._inside_quote(m.start)
            ):
                return m.person.name
        return None

    def role(
        self,
        lemma: str,
        gender: str | None,
        pos: int,
        detail: tuple[str, ...] = (),
        nations: tuple[str, ...] = (),
        *,
        body_nations: tuple[str, ...] = (),
        at: Token | None = None,
    ) -> str | None:
        """ "министр", "пресс-секретарь …": the person the article introduced with that role.

        `detail` are the words after the role in the attribution ("Белого дома"); when several
        people share the role, the one introduced with those words wins. `body_nations`
        ("глава венгерского МИД") only rule out people introduced with another country. `at`,
        the role's own word, says the post it heads («глава МИД РФ»: whoever the text
        introduced as Russia's foreign minister, never Britain's) and whose it is
        («пресс-секретарь Токаева» is never Токаев).
        """
        owners = self._owners(at) if at is not None else frozenset()
        by_nation, foreign = self._by_nation(lemma, nations, gender, pos)
        if by_nation is not None and by_nation not in owners:
            return by_nation
        if body_nations:
            foreign |= self._by_nation(lemma, body_nations, gender, pos)[1]
        post = post_after(self.text, at)[0] if at is not None else None
        keys = self._role_countries(at, nations) if at is not None else frozenset()
        foreign |= self._foreign_to(keys) | self._other_post_holders(post)
        subjects, obliques = self._tied_first(
            self._candidates(lemma, gender, foreign | owners, post), keys
        )
        stems = frozenset(w.lower()[:5] for w in detail if len(w) >= 4)
        linked = self._latest(subjects, stems, pos)
        if linked is not None:
            return linked
        fallback = None
        if role_kind(lemma) is not RoleKind.OFFICE:
            others = self._other_roles(lemma, pos) | foreign | owners
            if lemma in SPOKESMAN_ROLES and at is not None and self._owned(at):
                others |= self._heads()
            fallback = self._generic(lemma, gender, pos, nations, others)
        if obliques and not (fallback is not None and self._fits(fallback, lemma)):
            # "задержание депутата Инги Юмашевой … Депутат считает": one named only as an
            # object is the role's holder only when no subject of that role speaks
            return self._latest(obliques, stems, pos)
        return fallback

    def _generic(
        self,
        lemma: str,
        gender: str | None,
        pos: int,
        nations: tuple[str, ...],
        others: frozenset[str],
    ) -> str | None:
        """A generic role nobody was introduced with: the one person of its country, else
        the last subject of its gender (never one of `others`), else the text's one person."""
        if self._cited_unnamed(lemma, pos):
            return None
        if any(nation_keys(n) for n in nations):
            found = self._only_person(nations, gender, pos, others)
        else:
            found = self.pronoun(gender, pos, others, forward=False, role=lemma)
        return found or self._sole_person(lemma, gender, pos, nations, others)

    def _role_words(self) -> list[tuple[int, int, str]]:
        """Every role noun of the text, found once (`lexicon.title_heads`)."""
        if self._role_heads is None:
            self._role_heads = title_heads(self.text)
        return self._role_heads

    def _cited_unnamed(self, lemma: str, pos: int) -> bool:
        """Whether the text cited someone in that role without a name before `pos` («сообщает
        ТАСС со ссылкой на представителя Госдепа», «сообщил представитель дворца, пожелавший
        остаться неназванным»): the role speaks as that official, never as a person the text
        names elsewhere («гибель генерала …»)."""
        for start, end, word in self._role_words():
            if start >= pos:
                break
            if role_of(word) != lemma or self._inside_quote(start):
                continue
            before = self.text[max(0, start - 30) : start].lower().rstrip()
            clause = re.split(r"[.;:!?«»\n]", self.text[end : end + 80], maxsplit=1)[0]
            after = re.split(r"[,]", clause, maxsplit=1)
            if any(m.person for m in self.entities.persons if end <= m.start < end + len(after[0])):
                continue  # «со ссылкой на представителя МИД Марию Захарову»: named
            tail = clause[len(after[0]) :].lower().lstrip(" ,")
            if before.endswith(ANONYMITY_BEFORE) or tail.startswith(ANONYMITY_AFTER):
                return True
        return False

    def _candidates(
        self, lemma: str, gender: str | None, skip: frozenset[str], post: str | None
    ) -> tuple[list[Mention], list[Mention]]:
        """The mentions of people introduced with the role (or with the same post: «министр
        иностранных дел» for «глава МИД»), split into the text's subjects and those it names
        only as an object or owner («задержание депутата Инги Юмашевой»)."""
        subjects: list[Mention] = []
        obliques: list[Mention] = []
        for m in self.entities.persons:
            if m.person is None or (gender and m.person.gender not in (None, gender)):
                continue
            if self._inside_quote(m.start) or m.person.name in skip or self.complement(m):
                continue  # "российский министр" is never the one introduced as China's
            own = self._post_of(m)
            if post is not None and own is not None and own != post:
                continue  # "глава Минобороны" is never the one introduced as foreign minister
            if self._introduced_as(m, lemma) or (post is not None and own == post):
                (subjects if self._subject(m.person.name) else obliques).append(m)
        return subjects, obliques

    def _tied_first(
        self, found: tuple[list[Mention], list[Mention]], keys: frozenset[str]
    ) -> tuple[list[Mention], list[Mention]]:
        """Of the candidates, those whose title names the role's country («министр
        иностранных дел КНР» is the one introduced with «МИД Китая», not a subject whose title
        names no country), when there are any."""
        tied = tuple(
            [m for m in group if _overlap(self._title_countries(m), keys)] for group in found
        )
        return (tied[0], tied[1]) if keys and any(tied) else found

    def _latest(self, mentions: list[Mention], stems: frozenset[str], pos: int) -> str | None:
        """Of people introduced with a role, the one whose introduction shares words with the
        attribution's (`stems`), else the latest before `pos`, else the first after it."""
        linked: str | None = None
        best_match = False
        for m in mentions:
            if m.person is None:
                continue
            window = self._intro_window(m)
            words = {w.lower()[:5] for w in re.findall(r"[А-ЯЁа-яё]{4,}", window)}
            match = bool(stems & words)
            if best_match and not match:
                continue
            if (match and not best_match) or linked is None or m.start < pos:
                linked = m.person.name
                best_match = best_match or match
        return linked

    def _subject(self, name: str) -> bool:
        """Whether the text makes `name` a subject: names them in the nominative outside a
        quotation, or has them speak."""
        return any(spoken == name for _at, _rank, spoken, _g in self.spoken) or any(
            m.person is not None
            and m.person.name == name
            and m.nominative
            and not self._inside_quote(m.start)
            for m in self.entities.persons
        )

    def _fits(self, name: str, lemma: str) -> bool:
        """Whether some introduction of `name` holds a role of the same post as `lemma`
        («заместитель председателя Комитета» fits «депутат»)."""
        return any(
            same_role(found, lemma)
            for m in self.entities.persons
            if m.person is not None and m.person.name == name
            for t in _title_words(self._intro_window(m))
            if (found := _role(t)) is not None
        )

    def _post_of(self, mention: Mention) -> str | None:
        """The post a person's title names («Министр иностранных дел РФ» → foreign affairs),
        None when the title's head heads no body the lexicon knows."""
        window = self._intro_window(mention)
        head = next((t for t in _title_words(window) if _role(t) is not None), None)
        return post_after(window, head)[0] if head is not None else None

    def _owners(self, at: Token) -> frozenset[str]:
        """Whose the role is, named right after it in the genitive: a person («пресс-секретарь
        Токаева») or everyone introduced with a role («помощник президента»). They hold
        another post; the role's holder is never one of them."""
        after = tokens(self.text, at.end, min(len(self.text), at.end + 40))[:1]
        if not after or not after[0].text[:1].isalpha():
            return frozenset()
        hit = self._at(after[0])
        if hit is not None and hit.person is not None:
            return frozenset({hit.person.name}) if self.complement(hit) else frozenset()
        owner = role_of(after[0].text)
        if owner is None or not all(p.has("gent") for p in parses(after[0].lower)[:1]):
            return frozenset()
        return frozenset(
            m.person.name
            for m in self.entities.persons
            if m.person is not None and self._introduced_as(m, owner)
        )

    def _other_post_holders(self, post: str | None) -> frozenset[str]:
        """People introduced with another post than `post` («министр обороны» for «глава
        МИД»): the role never stands for them, introduced or as a fallback."""
        if post is None:
            return frozenset()
        return frozenset(
            m.person.name
            for m in self.entities.persons
            if m.person is not None and self._post_of(m) not in (None, post)
        )

    def _owned(self, at: Token) -> bool:
        """Whether whose the role is follows it in the genitive: a body («представитель МИД»,
        «пресс-секретарь главы государства», «представитель российского МИД») or a person."""
        after = tokens(self.text, at.end, min(len(self.text), at.end + 40))[:1]
        if not after or not after[0].text[:1].isalpha():
            return False
        hit = self._at(after[0])
        if hit is not None:
            return hit.org is not None or self.complement(hit)
        found = parses(after[0].lower)[:1]
        return any(p.pos in ("NOUN", "ADJF") and p.has("gent") for p in found)

    def _heads(self) -> frozenset[str]:
        """People the text introduced as the head of a state or body («Президент Владимир
        Путин», «Министр иностранных дел Сергей Лавров»): never who speaks for a head."""
        if self._head_names is None:
            self._head_names = self._find_heads()
        return self._head_names

    def _find_heads(self) -> frozenset[str]:
        heads: set[str] = set()
        for m in self.entities.persons:
            title = _title_words(self._intro_window(m))
            head = next((r for t in title if (r := _role(t)) is not None), None)
            if m.person is not None and head in HEADS:
                heads.add(m.person.name)
        return frozenset(heads)

    def _role_countries(self, at: Token, nations: tuple[str, ...]) -> frozenset[str]:
        """The country keys a role names: a nationality before it («российский министр») or
        the first country after it, before any preposition («глава МИД РФ», «посол России в
        США» is Russia's)."""
        keys = {key for word in nations for key in nation_keys(word)}
        window = self.text[at.end : at.end + 60]
        hi = at.end + min((k for c in ".!?\n" if (k := window.find(c)) >= 0), default=len(window))
        for tok in tokens(self.text, at.end, hi)[:5]:
            if not tok.text[:1].isalpha() or tok.lower in PREPOSITIONS or speech_verb(tok):
                break
            found = self._country_keys(tok.text)
            if found:
                keys.update(found)
                break
        return frozenset(keys)

    def _country_keys(self, word: str) -> tuple[str, ...]:
        """The keys of the country a word names («РФ», «Великобритании», «российского» when
        the text names Russia), () when it names none."""
        low = word.lower()
        if word[:1].islower():
            if not _NATION_ADJ.search(low):
                return ()
            keys = nation_keys(word)
            known = any(low.startswith(stem) for stem in _NATION_ALIASES)
            return keys if known or any(_capitalised(k) in self.text for k in keys) else ()
        if not _is_country(word):
            return ()
        for keys in _NATION_ALIASES.values():
            if any(low.startswith(key) for key in keys):
                return keys
        return (low[:4],)

    def _title_countries(self, mention: Mention) -> set[str]:
        """The country keys of a person's title: the words before the name in its clause,
        never one after a preposition («с главой МИД Великобритании» in «в Москве»)."""
        lo = max(0, mention.start - 60)
        for m in self.entities.persons:
            if lo < m.end <= mention.start:
                lo = m.end
        window = self.text[lo : mention.start]
        cut = max(window.rfind(c) for c in '.;:!?«»"\n')
        words = re.findall(r"[А-ЯЁа-яёA-Za-z]+", window[cut + 1 :])
        keys: set[str] = set()
        for prev, word in zip(["", *words], words, strict=False):
            if prev.lower() not in PREPOSITIONS:
                keys.update(self._country_keys(word))
        return keys

    def _foreign_to(self, keys: frozenset[str]) -> frozenset[str]:
        """People whose title names a country and none of `keys`: a role of another country
        never stands for them («глава МИД РФ» is never «глава МИД Великобритании»)."""
        if not keys:
            return frozenset()
        foreign: set[str] = set()
        for m in self.entities.persons:
            if m.person is None:
                continue
            own = self._title_countries(m)
            if own and not _overlap(own, keys):
                foreign.add(m.person.name)
        return frozenset(foreign)

    def _titled_mention(
        self, lemma: str, gender: str | None, pos: int, skip: frozenset[str]
    ) -> str | None:
        """When nobody has spoken or been a subject yet, a generic role («— сказал дипломат»)
        stands for the last person named in an oblique case only if that person was given
        that post («вызвало российского посла Алексея Федотова») or cited as speaking («По
        словам Рубио»): never someone merely mentioned («гибель генерала Валерия Асапова … —
        сказал представитель ведомства» is an anonymous official, not the dead general)."""
        for m in reversed(self.entities.persons):
            if m.start >= pos or m.person is None or m.person.name in skip:
                continue
            if (gender and m.person.gender not in (None, gender)) or self._inside_quote(m.start):
                continue
            head = next((r for t in _title_words(self._intro_window(m)) if (r := _role(t))), None)
            if (head is not None and same_role(head, lemma)) or self._cited(m):
                return m.person.name
            return None
        return None

    def _cited(self, mention: Mention) -> bool:
        """ "По словам Рубио", "Статья посла Анатолия Антонова": a person whose words or
        writing the text names (before the name or its title) is one who speaks."""
        window = self._intro_window(mention)  # a suffix of the text before the name
        titled = any(_role(t) for t in _title_words(window)[:1])
        at = mention.start - len(window) if titled else mention.start
        before = self.text[max(0, at - 20) : at].lower().rstrip()
        if before.endswith(PERSON_AFTER):
            return True
        last = _LAST_WORD.search(before + " ")
        return last is not None and lemma(last.group(1)) in _CITED_NOUNS

    def _sole_person(
        self,
        lemma: str,
        gender: str | None,
        pos: int,
        nations: tuple[str, ...],
        skip: frozenset[str] = frozenset(),
    ) -> str | None:
        """ "Китайский министр пообещал «…». По словам Ван И, …": a generic role said before
        anyone is named stands for the one person the whole text names (outside quotations),
        when their gender, their title and their country (if the role says one) fit, and the
        sentence naming them first does not turn to another matter («Ранее Лавров заявил»)."""
        if role_kind(lemma) is not RoleKind.GENERIC:
            return None
        outside = [m for m in self.entities.persons if m.person and not self._inside_quote(m.start)]
        if len({m.person.name for m in outside if m.person}) != 1 or outside[0].start < pos:
            return None
        first, person = outside[0], outside[0].person
        if person is None or person.name in skip:
            return None
        if gender and person.gender not in (None, gender):
            return None
        intro = self._intro_window(first)
        head = next((r for t in _title_words(intro) if (r := _role(t))), None)
        if head is not None and not same_role(head, lemma):
            return None
        keys = {key for word in nations for key in nation_keys(word)}
        words = re.findall(r"[А-ЯЁа-яё]+", intro)
        if keys and any(_is_country(w) and not w.lower().startswith(tuple(keys)) for w in words):
            return None
        return None if self._turns_away(first) else person.name

    def _only_person(
        self, nations: tuple[str, ...], gender: str | None, pos: int, skip: frozenset[str]
    ) -> str | None:
        """ "китайский эксперт" when nobody was introduced with that role and country: the
        one person tied to the country in another role ("профессор Пекинского университета
        Ван Вэнь"), else the one person of that gender named before (not one of `skip`:
        foreigners, scholars for an office), else unknown — with two people ("Эрдоган и
        Путин провели переговоры") the nationality decides, and the text did not say whose."""
        keys = {key for word in nations for key in nation_keys(word)}
        people = [
            m
            for m in self.entities.persons
            if m.person is not None
            and m.start < pos
            and m.person.name not in skip
            and (gender is None or m.person.gender in (None, gender))
            and not self._inside_quote(m.start)
        ]
        tied = {m.person.name for m in people if m.person is not None and self._tied_to(m, keys)}
        names = tied or {m.person.name for m in people if m.person is not None}
        if not tied and not keys & set(nation_keys("российский")):
            # "китайский министр": never a Russian name ("Лавров провел переговоры с Ван И",
            # where «Ван И» went unrecognised)
            names = {name for name in names if not _native_name(name)}
        return names.pop() if len(names) == 1 else None

    def _tied_to(self, mention: Mention, keys: set[str]) -> bool:
        """Whether the few words before a name (its title) name one of the country `keys`."""
        return any(w.lower().startswith(key) for w in self._title_words(mention) for key in keys)

    def _title_words(self, mention: Mention) -> list[str]:
        """The few words before a name, within its clause and after any other person named
        there: "Министр … Турции Хакан Фидан встретился с Сергеем Лавровым" gives Лавров
        "Фидан встретился с", never Фидан's "Турции"."""
        lo = max(0, mention.start - 60)
        for m in self.entities.persons:
            if lo < m.end <= mention.start:
                lo = m.end
        window = self.text[lo : mention.start]
        cut = max(window.rfind(c) for c in '.;:!?«»"\n')
        return re.findall(r"[А-ЯЁа-яёA-Za-z]+", window[cut + 1 :])[-5:]

    def _other_roles(self, lemma: str, pos: int) -> frozenset[str]:
        """People introduced as scholars or commentators ("историка Мэри Саротт") when the
        role is an office ("дипломат"), and people introduced with another office when the
        role is generic and their title names it only as whose aide they are ("советник офиса
        премьер-министра Дмитрий Гендельман" is no «глава
        правительства»): a generic role never falls back on them."""
        other: set[str] = set()
        for m in self.entities.persons:
            if m.person is None or m.start >= pos:
                continue
            intro = self._intro_window(m)  # a long title too: "старший журналист по Белому
            # дому от телеканала Fox News Питер Дуси" is no «президент США»
            roles = [r for t in tokens(intro, 0, len(intro)) if (r := _role(t))]
            if roles and _another_post(roles, lemma):
                other.add(m.person.name)
        return frozenset(other)

    def _by_nation(
        self, lemma: str, nations: tuple[str, ...], gender: str | None, pos: int
    ) -> tuple[str | None, frozenset[str]]:
        """ "иранский министр": the latest person before `pos` whose introduction (the few
        words before the name) names that country ("иранским коллегой", "МИД Ирана"), and
        the people introduced with another country ("госсекретарь США" is no "российский
        дипломат")."""
        keys = {key for word in nations for key in nation_keys(word)}
        if not keys:
            return None, frozenset()
        found: str | None = None
        foreign: set[str] = set()
        for m in self.entities.persons:
            if m.start >= pos or m.person is None or self._inside_quote(m.start):
                continue
            if gender and m.person.gender not in (None, gender):
                continue
            words = self._title_words(m)
            if not any(w.lower().startswith(key) for w in words for key in keys):
                if any(_is_country(w) for w in words):
                    foreign.add(m.person.name)
                continue
            intro = self._intro_window(m)
            head = next((r for t in _title_words(intro) if (r := _role(t))), None)
            if head is None or same_role(head, lemma):
                found = m.person.name
        return found, frozenset(foreign - {found} if found else foreign)

    def _intro_window(self, mention: Mention) -> str:
        """The words right before a name, within its clause: where its title is (looked up
        once per mention: every role resolution asks it of every person)."""
        key = (mention.start, mention.nominative)
        found = self._intros.get(key)
        if found is None:
            found = self._intros[key] = self._find_intro_window(mention)
        return found

    def _find_intro_window(self, mention: Mention) -> str:
        lo = max(0, mention.start - 90)
        for m in self.entities.persons:  # "… Юрий Ушаков журналисту Павлу Зарубину": not his
            if lo < m.end <= mention.start and m.nominative and self._words_between(m, mention):
                lo = m.end
        window = self.text[lo : mention.start]
        cut = max(window.rfind(c) for c in '.,;:!?«»"\n')
        joint = window.rfind(" и ")  # "Песков и пресс-секретарь Белого дома Карин Жан-Пьер"
        window = window[max(cut + 1, joint + 3 if joint >= 0 else 0) :]
        words = _title_words(window)
        for k, tok in enumerate(words):  # from the title's head on
            if _role(tok) is not None:
                if mention.nominative and k > 0 and words[k - 1].lower in _STOP_PREPOSITIONS:
                    # "с послом отказывается разговаривать даже Владимир Путин": a role
                    # after a preposition is no title of a subject
                    return window[tok.end :]
                return window[tok.start :]
        return window

    def _words_between(self, before: Mention, mention: Mention) -> bool:
        """Whether a common word stands between two names ("Юрий Ушаков журналисту Павлу
        Зарубину"), not only particles of one name ("Луис Инасиу Лула да Силва")."""
        return bool(_COMMON_WORD.search(self.text, before.end, mention.start))

    def _introduced_as(self, mention: Mention, lemma: str) -> bool:
        window = self._intro_window(mention)
        for tok in _title_words(window):  # the head of the title: "спецпредставитель министра …"
            found = _role(tok)
            if found is not None:
                return found == lemma
        return False

    def previous_subject(self, pronoun: Token, gender: str) -> Answer:
        """ "Песков сообщил, что Патрушев освобожден … Он добавил, что «…»": a pronoun that
        opens its sentence as the subject of a speech verb carries on the speaker of the
        sentence before, when that sentence names who spoke (a person of the same gender,
        or an anonymous source: then nobody); a name that sentence mentions only as its
        topic never takes over. (False, None) when the sentence before says nothing."""
        start = self._sentence_start(pronoun.start)
        if start != pronoun.start or start == 0:
            return False, None
        prev_lo = self._sentence_start(start - 1, anchor=start)
        toks = tokens(self.text, prev_lo, start)
        verb = next((v for t in toks if (v := speech_verb(t)) and not v.impersonal), None)
        opening = _PO_SLOVAM_OPENING.match(self.text, prev_lo)
        if opening is not None:  # "По мнению сенатора Алексея Пушкова, Трамп … . Он указал…"
            found, who = self.scan(
                tokens(self.text, opening.end(), self.text.find(",", opening.end(), start)),
                None,
                pronoun.start,
                stop_early=True,
            )
        elif verb is None or verb.plural:
            return False, None
        else:
            found, who = self._in_clause(toks, verb, pronoun.start)
        if found and who is None:
            return True, None  # "Источник рассказал, … «…», — заявил он."
        person = next(
            (m.person for m in self.entities.persons if m.person and m.person.name == who),
            None,
        )
        if not found or person is None or person.gender not in (None, gender):
            return False, None
        return True, person.name

    def interviewee(self, agent: Token) -> str | None:
        """ "Рябков рассказал РИА Новости … «…», — сказал собеседник агентства": the one person
        the text has speaking in a sentence naming an outlet, when the agent is «собеседник» of
        an outlet («агентства», «издания», «ТАСС») and nothing before cites an unnamed source
        («источник», «собеседник», «со ссылкой на представителя …»); else nobody."""
        if lemma(agent.lower) not in INTERLOCUTORS or not self._of_outlet(agent):
            return None
        before = tokens(self.text, 0, agent.start)
        if any(
            lemma(t.lower) in UNKNOWN_AGENTS and not self._inside_quote(t.start) for t in before
        ):
            return None
        earlier = self.text[: agent.start].lower()
        if any(cue in earlier for cue in ANONYMITY_BEFORE + ANONYMITY_AFTER):
            return None
        found: set[str] = set()
        for m in self.entities.orgs:
            if m.start >= agent.start or not m.org or not MEDIA.fullmatch(m.org):
                continue
            if not self._inside_quote(m.start):
                found |= self._speaking_in(m.start)
        return found.pop() if len(found) == 1 else None

    def _of_outlet(self, agent: Token) -> bool:
        """Whether the word after the agent is an outlet or a media kind («агентства»)."""
        nxt = tokens(self.text, agent.end, min(len(self.text), agent.end + 40))[:1]
        if not nxt:
            return False
        hit = self._at(nxt[0])
        outlet = hit is not None and bool(hit.org) and bool(MEDIA.fullmatch(hit.org or ""))
        return outlet or lemma(nxt[0].lower) in MEDIA_KINDS | PUBLICATIONS

    def _speaking_in(self, at: int) -> set[str]:
        """The people named in the nominative as the subject of a singular speech verb in the
        sentence holding `at` («Рябков рассказал РИА Новости, что …»)."""
        lo = self._sentence_start(at)
        hi = sentence_end(self.text, at, min(len(self.text), at + _SENTENCE_REACH))
        verbs = [v for t in tokens(self.text, lo, hi) if (v := speech_verb(t))]
        if not any(not v.plural and not v.impersonal for v in verbs):
            return set()
        return {
            m.person.name
            for m in self.entities.persons
            if lo <= m.start < hi and m.nominative and m.person and not self._inside_quote(m.start)
        }

    def organisation(self, pos: int) -> str | None:
        """ "говорится в сообщении": the organisation the article attributed things to last:
        one said to speak ("В МИД заявили, что …") before one merely mentioned, and a body
        before a media outlet, which only relays («В Минобороны назвали …, передает
        «Интерфакс». «…», — говорится в сообщении» is the ministry's); an outlet only when
        the text names no other body."""
        named = [m for m in self.entities.orgs if m.start < pos and m.org is not None]
        before = [m for m in named if not MEDIA.fullmatch(m.org or "")] or named
        for at, speaker in reversed(self.agents):
            if at < pos and not (MEDIA.fullmatch(speaker) and before is not named):
                return speaker
        spoke = next((m for m in reversed(before) if self._spoke_in(m)), None)
        body = spoke or (before[-1] if before else None)
        return (body.org or None) if body is not None else None  # UNKNOWN_BODY: nobody known

    def _spoke_in(self, org: Mention) -> bool:
        """ "В российском МИД … заявили": the body, after "в", is where a plural speech verb
        of its sentence was said."""
        ahead = [t.lower for t in tokens(self.text, max(0, org.start - 30), org.start)][-2:]
        if not {"в", "во"} & set(ahead):  # "в МИД", "в российском МИД"
            return False
        lo = self._sentence_start(org.start)
        hi = sentence_end(self.text, org.end, min(len(self.text), org.end + 400))
        return any(
            (verb := speech_verb(t)) is not None and verb.plural and not verb.impersonal
            for t in tokens(self.text, lo, hi)
        )

    def outlet(self, pos: int) -> str | None:
        """ "— отмечает агентство": the media outlet the text named last before `pos`; never
        a person (None when the text names no outlet)."""
        for m in reversed(self.entities.orgs):
            if m.start < pos and m.org and MEDIA.fullmatch(m.org):
                return m.org
        return None

    # --- clauses ----------------------------------------------------------------------------
    def _at(self, tok: Token) -> Mention | None:
        """The person (preferred) or organisation mention covering `tok`."""
        for starts, marks in (
            (self._person_starts, self.entities.persons),
            (self._org_starts, self.entities.orgs),
        ):
            i = bisect_right(starts, tok.start) - 1
            while i >= 0 and i >= len(starts) - len(starts) and marks[i].start <= tok.start:
                if tok.start < marks[i].end:
                    return marks[i]
                if tok.start - marks[i].start > 200:
                    break
                i -= 1
        return None

    def _nation_before(self, role: Token) -> list[str]:
        """Nationality adjectives right before a role noun ("иранский министр"), in text order;
        never those after it ("пресс-секретарь российского лидера" describes the leader)."""
        prefix = tokens(self.text, self._sentence_lo(role.start, 40), role.start)[-2:]
        return [t.lower for t in prefix if _NATION_ADJ.search(t.lower)]

    def _sentence_lo(self, pos: int, reach: int) -> int:
        """Where the few words before `pos` start: `reach` characters back, never before its
        sentence ("… с другими государствами.\nЗамминистра подчеркнул" has no "другой"
        before the role)."""
        lo = max(0, pos - reach)
        window = self.text[lo:pos]
        cut = max(window.rfind(c) for c in ".!?\n")
        return lo + cut + 1 if cut >= 0 else lo

    def complement(self, mention: Mention) -> bool:
        """Whether a person named in an oblique case right after a nominative role noun is
        that role's complement ("спецпосланник Трампа", "пресс-секретарь Путина"): whose
        envoy or spokesman, never the one who holds the role and speaks. A role in an
        oblique case ("министра Лаврова") is in apposition and stays his, unless it speaks
        for someone the text introduced as a head («По словам пресс-секретаря Токаева» after
        «Президент … Токаев»). A name the text writes otherwise than its nominative
        («пресс-секретарь Токаева» for Токаев) is oblique, whatever a woman's reading of the
        word would say."""
        if mention.nominative and not self._inflected(mention):
            return False
        prev = tokens(self.text, max(0, mention.start - 40), mention.start)[-1:]
        if not prev or prev[0].end + 1 < mention.start or role_of(prev[0].text) is None:
            return False
        nouns = [p for p in parses(prev[0].lower) if p.pos == "NOUN"]
        if any(p.has("nomn") for p in nouns) and not any(p.has("gent") for p in nouns):
            return True
        person = mention.person
        spokesman = role_of(prev[0].text) in SPOKESMAN_ROLES
        return spokesman and person is not None and person.name in self._heads()

    def _inflected(self, mention: Mention) -> bool:
        """Whether the mention's last word is not the person's nominative surname."""
        words = self.text[mention.start : mention.end].split()
        person = mention.person
        return bool(words) and person is not None and words[-1] != person.name.split()[-1]

    def _anonymous_before(self, role: Token) -> bool:
        """Whether the role noun is qualified as nobody in particular ("неназванный
        европейский дипломат", "другой дипломат", "его коллега"): a few words before it, in
        its clause."""
        prefix = tokens(self.text, self._sentence_lo(role.start, 40), role.start)[-3:]
        cut = max((k for k, t in enumerate(prefix) if not t.text[:1].isalpha()), default=-1)
        if prefix and cut < len(prefix) - 1 and prefix[-1].lower in _POSSESSIVES | {"их"}:
            return True  # "его коллега", "ее заместитель": someone beside the one named before
        return any(lemma(t.lower) in ANONYMOUS_MARKS for t in prefix[cut + 1 :])

    def _after_media_kind(self, tok: Token) -> bool:
        """Whether the word before `tok` in the text is "агентство", "газета", "телеканал"…"""
        before = _LAST_WORD.search(self.text, max(0, tok.start - 40), tok.start)
        return before is not None and lemma(before.group(1).lower()) in MEDIA_KINDS

    def outlet_named(self, tok: Token) -> str | None:
        """The outlet's whole name when `tok` is one of the capitalised words right after a
        media kind ("газета Times Of India", "агентство Синьхуа"); None otherwise. No word
        of it is ever a person ("Of India"), whichever way a scan reads the clause."""
        if not tok.text[:1].isupper():
            return None
        before = _WORD_BEFORE.search(self.text, max(0, tok.start - 40), tok.start)
        if before is None or (before.group(1)[:1].islower() and not self._after_media_kind(tok)):
            return None  # neither a media kind nor a capitalised word right before it
        window = tokens(self.text, max(0, tok.start - 80), min(len(self.text), tok.end + 80))
        k = next((j for j, t in enumerate(window) if t.start == tok.start), None)
        if k is None:
            return None
        first, last = k, k
        while first > 0 and k - first < _OUTLET_WORDS and self._joined(window, first - 1):
            first -= 1
        while (
            last + 1 < len(window) and last - first < _OUTLET_WORDS and self._joined(window, last)
        ):
            last += 1
        if not self._after_media_kind(window[first]):
            return None
        return self.text[window[first].start : window[last].end]

    def _joined(self, window: list[Token], j: int) -> bool:
        """Whether window[j] and window[j + 1] are capitalised words one space apart."""
        a, b = window[j], window[j + 1]
        return (
            a.text[:1].isupper() and b.text[:1].isupper() and not self.text[a.end : b.start].strip()
        )

    def scan(
        self, toks: list[Token], verb: Verb | None, pos: int, *, stop_early: bool
    ) -> tuple[bool, str | None]:
        """Look through `toks` (in the given order) for who speaks; (found, speaker)."""
        return _ClauseScan(self, toks, verb, pos, stop_early).run()

    def resolve(
        self, start: int, end: int, verb: Verb | None, pos: int, *, context: bool = True
    ) -> str | None:
        """Speaker of the clause text[start:end] around `verb`; falls back on the context
        (the last organisation or person of the verb's gender) unless `context` is False."""
        toks = tokens(self.text, start, end)
        if verb is None:
            found, who = self.scan(list(reversed(toks)), None, pos, stop_early=False)
            return who if found else None
        found, who = self._in_clause(toks, verb, pos)
        if found or not context:
            return who
        if verb.impersonal or verb.plural:
            return self.organisation(pos)
        if _unresolved_subject(toks, verb):
            return None  # "Макрон ранее заявил": a subject the text names, just not known
        return self.pronoun(verb.gender, pos)

    def _in_clause(self, toks: list[Token], verb: Verb, pos: int) -> Answer:
        """Who the clause itself names as the verb's subject; (False, None) when nobody."""
        idx = next((i for i, t in enumerate(toks) if t.start == verb.token.start), 0)
        after = toks[idx + 1 :]
        # "— сказано в заявлении Назарбаева", "В заявлении Лаврова говорится, что …"
        owner = self._text_owner(after, pos) or self._text_owner(toks[:idx], pos)
        owner = owner if verb.impersonal else None
        if owner is not None:
            return True, owner
        found, who = self._subject_after(after, verb, pos, stop_early=True)
        if found and who is not None and MEDIA.fullmatch(who) and not verb.plural:
            # "заявил РИА Новости первый зампостпреда … Дмитрий Полянский": the outlet is
            # whom he told; the speaker is the person the clause names in the nominative.
            told = self._nominative_person(after)
            if told is not None:
                return True, told
        if found and who is not None and idx > 0 and self._is_org(who):
            # "Он призвал Совбез ООН отреагировать на «…»": with its subject right before the
            # verb, the body after it is the object.
            is_subject, named = self._subject_before(toks[idx - 1], verb, pos)
            if is_subject:
                return True, named
        if not found:
            before = drop_asides(toks[:idx])
            found, who = self.scan(list(reversed(before)), verb, pos, stop_early=False)
        if not found and idx > 0 and toks[0].text[:1].isupper() and not _relative(toks[:idx]):
            # "Ван И, в свою очередь, подчеркнул": the subject opens the sentence, cut off
            # from the verb by a parenthetical (never by a relative clause: "X привел
            # выступление представителей США, где говорили, что …" is not X speaking).
            found, who = self.scan(toks[:idx], verb, pos, stop_early=True)
        if found:
            return found, who
        if not (verb.impersonal or verb.plural):
            # "— сказал в ходе встречи с Блинкеном Лавров": the subject is nominative.
            subject = self._nominative_person(after)
            if subject is not None:
                return True, subject
        return self._subject_after(after, verb, pos, stop_early=False)

    def _text_owner(self, words: list[Token], pos: int) -> str | None:
        """ "— сказано в заявлении Назарбаева", "В заявлении госсекретаря США Марко Рубио
        отмечается": the person whose statement, address or letter an impersonal verb cites,
        named (or given by a role) in the genitive right after "в <text>"; else None (a body
        there is left to the clause: "говорится в заявлении МИД")."""
        if len(words) < 3 or words[0].lower not in ("в", "во"):
            return None
        if lemma(words[1].lower) not in OWNED_TEXTS:
            return None
        found, who = self.scan(words[2:], None, pos, stop_early=True)
        persons = {m.person.name for m in self.entities.persons if m.person is not None}
        return who if found and who in persons else None

    def _is_org(self, name: str) -> bool:
        return any(m.org == name for m in self.entities.orgs)

    def _subject_before(self, tok: Token, verb: Verb, pos: int) -> Answer:
        """Whether `tok`, right before the verb, is a person as its subject ("он"/"она" of the
        verb's gender, or a nominative name), and who (a pronoun may stay unresolved)."""
        if tok.lower in ("он", "она") and _PRONOUNS[tok.lower] in (None, verb.gender):
            return True, self.pronoun(_PRONOUNS[tok.lower], pos)
        hit = self._at(tok)
        if hit is not None and hit.person is not None and hit.nominative:
            return True, hit.person.name
        return False, None

    def _subject_after(
        self, after: list[Token], verb: Verb, pos: int, *, stop_early: bool
    ) -> Answer:
        """Who the words after the verb name as its subject: a person there only in an oblique
        case is its object ("Трамп назвал Путина «…»", "ответил на критику Зеленского")."""
        if lemma(verb.token.lower) in NAMING_VERBS:
            return False, None  # "назвал Путина «…»": the person after a naming verb is named
        found, who = self.scan(after, verb, pos, stop_early=stop_early)
        if found and after and lemma(after[0].lower) in WORDS_NOUNS:
            # "Захарова прокомментировала слова американского госсекретаря: «…»": whose
            # words the verb takes as its object never speaks; only a nominative after
            # them may ("… слова украинского чиновника … депутат Алексей Журавлев").
            subject = self._nominative_person(after[1:])
            return (True, subject) if subject is not None else (False, None)
        if not found or who is None or not after:
            return found, who
        named = [
            m
            for m in self.entities.persons
            if after[0].start <= m.start < after[-1].end and m.person and m.person.name == who
        ]
        if named and not any(m.nominative for m in named):
            return False, None
        return found, who

    def _nominative_person(self, toks: list[Token]) -> str | None:
        """The first person named in the nominative within `toks`."""
        if not toks:
            return None
        for m in self.entities.persons:
            if toks[0].start <= m.start < toks[-1].end and m.nominative and m.person:
                return m.person.name
        return None


def _reported_opening(toks: list[Token], k: int) -> bool:
    """Whether a reported clause opens at toks[k] after a comma: «, что …» or an indirect
    question «, обсуждали ли …»."""
    if toks[k - 1].text != ",":
        return False
    if toks[k].lower == "что":
        return True
    return k + 1 < len(toks) and toks[k + 1].lower == "ли"


# What may stand between two subjects joined by «и»: the other one's title, no clause break.
_JOINED = re.compile(r"[^,;:.!?«»\n]*(?<![\w-])и(?![\w-])[^,;:.!?«»\n]*")


# Words opening a clause about a place or time of the main one («…, где выступил Рубио»).
_RELATIVE_ADVERBS = frozenset({"где", "куда", "откуда", "когда"})


def _relative_opening(toks: list[Token], k: int) -> bool:
    """Whether a relative clause opens at toks[k] after a comma: «, которую …», «, с
    которым …», «, заседание которого …», «, где …»."""
    if toks[k - 1].text != ",":
        return False
    if toks[k].lower in _RELATIVE_ADVERBS:
        return True
    return any(lemma(t.lower) in ("который", "чей") for t in toks[k : k + 3])


_ASIDE_WORDS = frozenset(tuple(a.split()) for a in ASIDES)
_ASIDE_POS = frozenset({"GRND", "PRTF"})


def drop_asides(toks: list[Token]) -> list[Token]:
    """The words before a verb without the asides set off by commas right before it:
    «Кирилл Дмитриев, комментируя беседу лидеров, отметил», «Дмитриев, выступая на форуме,
    заявил», «Дмитриев, в свою очередь, отметил» — the subject stands before the aside."""
    out = toks
    while len(out) > 2 and out[-1].text == ",":
        opening = max((k for k, t in enumerate(out[:-1]) if t.text in ",;:()«»"), default=-1)
        if opening < 0 or out[opening].text != "," or not _aside(out[opening + 1 : -1]):
            break
        out = out[:opening]
    return out


def _aside(words: list[Token]) -> bool:
    """A gerund or participle clause («комментируя беседу», «находясь в Москве»), or a
    parenthetical phrase of the lexicon («в свою очередь»)."""
    if not words:
        return False
    if tuple(t.lower for t in words) in _ASIDE_WORDS:
        return True
    return any(p.pos in _ASIDE_POS for p in parses(words[0].lower)[:1])


def _genitive_noun(word: str) -> bool:
    """ "пресс-служба ведомства": a noun in the genitive names whose unit it is."""
    return any(p.pos == "NOUN" and p.has("gent") for p in parses(word)[:1])


@dataclass(slots=True)
class _ClauseScan:
    """One pass over an attribution clause: a person named outright wins at once; otherwise
    what the clause holds (a role, an organisation, an outlet, an unknown name) decides at the
    end, in that order of trust."""

    resolver: Resolver
    toks: list[Token]
    verb: Verb | None
    pos: int
    stop_early: bool
    role: str | None = None
    org: str | None = None
    media: str | None = None
    detail: list[str] = field(default_factory=list)  # after the role: "… Белого дома"
    nations: list[str] = field(default_factory=list)  # "иранский министр"
    body_nations: list[str] = field(default_factory=list)  # "глава венгерского МИД"
    run_words: list[str] = field(default_factory=list)  # unknown capitalised: "Си Цзиньпин"
    role_at: int = -1  # index of the role token
    unnamed: bool = False  # a common noun for a person: "— сказал судья"
    name: str | None = None
    anonymous: bool = False
    outlet: bool = False  # a media kind ("агентство", "издание") was named without its name

    @property
    def prefer_org(self) -> bool:
        return bool(self.verb and (self.verb.impersonal or self.verb.plural))

    def run(self) -> Answer:
        for i, tok in enumerate(self.toks):
            if self._stops(i, tok):
                break
            answer = self._step(i, tok)
            if answer is not None:
                return answer
        return self._verdict()

    def _stops(self, i: int, tok: Token) -> bool:
        if tok.text in ",;:()":
            return True
        if self.run_words and not _name_like(tok):
            self.name = self.name or " ".join(self.run_words)
            self.run_words = []
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        # "в интервью", "в Twitter": a preposition before a common or a Latin-script word
        # opens where it was said, never who said it
        where = nxt is not None and (nxt.text[:1].islower() or _LATIN.fullmatch(nxt.text))
        return (
            self.stop_early
            and tok.lower in _STOP_PREPOSITIONS
            and bool(where)
            and not self.prefer_org
        )

    def _step(self, i: int, tok: Token) -> Answer | None:
        if self.role is not None:
            self.detail.append(tok.text)
            if i == self.role_at + 1 and self._heads_national_body(i, tok):
                self.body_nations.append(tok.lower)  # "глава венгерского МИД": a Hungarian
        hit = self.resolver._at(tok)
        if hit is not None and hit.person is not None:
            if self.resolver.complement(hit):
                return None  # "спецпосланник Трампа сообщил": Трамп is whose envoy, not him
            if self._before_subject_role(hit):
                return self._verdict()
            return True, hit.person.name
        if hit is not None and hit.org is not None:
            return self._organisation(hit.org)
        outlet = self.resolver.outlet_named(tok)
        if outlet is not None:
            self.media = self.media or outlet  # "газета Times Of India": an outlet, no person
            return None
        return self._reference(i, tok) or self._word(i, tok)

    def _before_subject_role(self, hit: Mention) -> bool:
        """ "После выступления руководителя Минсельхоза Дмитрия Патрушева президент объявил",
        "В ответ на слова Лаврова госсекретарь заявил": read backwards from the verb, a role
        in the nominative came first; a person named before it in an oblique case sits in an
        opening adverbial and is never the subject — the role is."""
        if self.role is None or hit.nominative or self.role_at < 0:
            return False
        role_tok = self.toks[self.role_at]
        if hit.start >= role_tok.start:
            return False
        return any(p.has("nomn") for p in parses(role_tok.lower)[:1])

    def _organisation(self, org: str) -> Answer | None:
        if org == UNKNOWN_BODY and self.prefer_org and self.role is None:
            return True, None  # "— отметили в МИД" beside two ministries: which, unknown
        if MEDIA.fullmatch(org):  # "сообщили ТАСС в посольстве": the outlet relays
            self.media = self.media or org
        elif self.prefer_org and self.role is None:
            return True, org
        else:
            self.org = self.org or org
        return None

    def _reference(self, i: int, tok: Token) -> Answer | None:
        """Pronouns, "они", anonymous sources: who they point at, or (True, None)."""
        if tok.lower in _PRONOUNS and not self._possessive(tok) and not self._object(tok):
            gender = _PRONOUNS[tok.lower]
            found, carried = self.resolver.previous_subject(tok, gender)
            return True, carried if found else self.resolver.pronoun(gender, self.pos)
        if _they(self.toks, i) and not self.role:
            return True, self.resolver.organisation(self.pos)
        if tok.lower in UNKNOWN_AGENTS or (
            tok.text[:1].islower() and lemma(tok.lower) in UNKNOWN_AGENTS
        ):
            return True, self.resolver.interviewee(tok)
        if tok.lower in ("один", "одна") and _ONE_OF.match(self.resolver.text, tok.end):
            return True, None  # "один из экспертов": one of a group, nobody in particular
        return None

    def _object(self, tok: Token) -> bool:
        """ "В ведомстве её назвали «…»": an oblique pronoun right next to a naming verb is
        what is named, never who speaks (unlike a relay's object: "цитирует ее ТАСС")."""
        if self.verb is None or tok.lower not in _OBLIQUE_PRONOUNS:
            return False
        if lemma(self.verb.token.lower) not in NAMING_VERBS:
            return False
        between = self.resolver.text[
            min(tok.end, self.verb.token.end) : max(tok.start, self.verb.token.start)
        ]
        return not between.strip()

    def _possessive(self, tok: Token) -> bool:
        """ "Его коллега заявил": "его" before a noun is whose, not who speaks (except
        before words of speech: "по его словам", "приводит ТАСС его слова")."""
        if tok.lower not in _POSSESSIVES:
            return False
        nxt = tokens(self.resolver.text, tok.end, min(len(self.resolver.text), tok.end + 30))
        if not nxt or not nxt[0].text[:1].islower() or lemma(nxt[0].lower) in _SPEAKER_NOUNS:
            return False  # "цитирует ее ТАСС": an object pronoun before the subject
        return any(p.pos in ("NOUN", "ADJF") for p in parses(nxt[0].lower)[:1])

    def _word(self, i: int, tok: Token) -> Answer | None:
        if lemma(tok.lower) in ORG_UNITS:
            return self._unit_spoke(i, tok)
        if tok.text[:1].islower() and lemma(tok.lower) in MEDIA_KINDS | PUBLICATIONS:
            self.outlet = True  # "— отмечает агентство": the outlet named before speaks
            return None
        found_role = _speaking_role(tok)
        if found_role and _plural(tok.lower):
            if self._plural_object(tok):
                return None  # "— призвал генералов Хегсет": whom he urged, no speaker
            return True, None  # "эксперты", "дипломаты": a group, nobody in particular
        if found_role and (self.role is None or self._heads_role(i, tok)):
            self.role = found_role
            self.role_at = i
            self.nations = self.resolver._nation_before(tok)
            self.anonymous = self.resolver._anonymous_before(tok)
        elif self._may_name(i, tok):
            self.run_words.append(tok.text)
        elif self._unnamed_subject(tok):
            self.unnamed = True  # "— сказал судья", "рассказал местный житель"
        return None

    def _plural_object(self, tok: Token) -> bool:
        """A plural role right after the verb that cannot read as its nominative subject
        («— призвал генералов Хегсет») is the verb's object."""
        verb = self.verb
        if verb is None or tok.start < verb.token.end or verb.plural or verb.impersonal:
            return False
        if self.resolver.text[verb.token.end : tok.start].strip():
            return False
        return not any(p.has("nomn") for p in parses(tok.lower) if p.has("plur"))

    def _heads_role(self, i: int, tok: Token) -> bool:
        """Whether `tok`, read after the role on a scan backwards, stands right before it in
        the text and so heads it: «Заместитель министра заявил», «Пресс-секретарь президента
        заявил», «Генеральный секретарь сказал» are the deputy, the spokesman, the secretary
        general — never the minister or the president they serve."""
        if i != self.role_at + 1 or self.role_at < 0:
            return False
        role_tok = self.toks[self.role_at]
        between = self.resolver.text[tok.end : role_tok.start]
        return tok.end <= role_tok.start and not between.strip()

    def _unit_spoke(self, i: int, tok: Token) -> Answer | None:
        """ "Российский МИД отреагировал. В ведомстве её назвали «…»": a plural verb said
        "in the office", or an impersonal one citing its text ("говорится в сообщении
        ведомства"), points back at the body the text named last (never an outlet);
        "пресс-служба ведомства" is left to the name that follows it."""
        text = self.resolver.text
        if self._unit_of_person(tok):
            return True, None
        before = _LAST_WORD.search(text, max(0, tok.start - 20), tok.start)
        # "говорится в сообщении ведомства": the unit's text, as if said in the unit
        owned = before is not None and lemma(before.group(1).lower()) in OWNED_TEXTS
        if not self.prefer_org or before is None:
            return None
        if before.group(1).lower() not in ("в", "во") and not owned:
            return None
        after = tokens(text, tok.end, min(len(text), tok.end + 40))[:1]
        if after and (after[0].text[:1].isupper() or _genitive_noun(after[0].lower)):
            return None
        body = self.resolver.organisation(self.pos)
        if body is not None and not MEDIA.fullmatch(body):
            return True, body
        return (True, None) if owned else None  # a body's text, never an outlet's

    def _unit_of_person(self, tok: Token) -> bool:
        """ "Об этом сообщает аппарат президента Турции": a unit that works for a person
        (a role in the genitive right after it) speaks for itself, not as that person; who
        exactly wrote the words the text does not say, so nobody."""
        text = self.resolver.text
        after = tokens(text, tok.end, min(len(text), tok.end + 40))[:1]
        if not after or role_of(after[0].text) is None:
            return False
        return all(p.has("gent") for p in parses(after[0].lower)[:1])

    def _heads_national_body(self, i: int, tok: Token) -> bool:
        """ "глава венгерского МИД", "руководитель турецкой дипломатии": a nationality
        adjective right after the role, before the body the role heads, says the person's
        country (unlike "пресс-секретарь российского лидера", where it describes a person)."""
        if not _NATION_ADJ.search(tok.lower) or i + 1 >= len(self.toks):
            return False
        body = self.toks[i + 1]
        if not (body.text in NATIONAL_BODIES or lemma(body.lower) in NATIONAL_BODIES):
            return False
        # A real nationality: the text names its country ("венгерского" → "Венгрии"), so
        # "главы внешнеполитического ведомства" is no nation.
        text = self.resolver.text
        return any(_capitalised(key) in text for key in nation_keys(tok.lower))

    def _unnamed_subject(self, tok: Token) -> bool:
        """A common noun for a person in the nominative singular that is no role the lexicon
        knows, before any role or name: unless a name follows («куратор ДКП Алексей
        Заботкин»), the clause's subject is someone the text does not name, never the last
        person named."""
        if self.verb is None or self.role is not None or self.name or self.run_words:
            return False
        return tok.text[:1].islower() and _person_noun(tok.lower)

    def _may_name(self, i: int, tok: Token) -> bool:
        """An unknown capitalised word may be the speaker's name, unless it is the body the
        role just before it heads («глава Банка России») or reads only as whom one tells
        («Лавров ответил Блинкену: …»: a dative is never the speaker, nor a name we give)."""
        if self.prefer_org or self.name is not None or not _name_like(tok):
            return False
        if tok.start > 0 and self.resolver.text[tok.start - 1] in _OPENING_MARKS:
            return False  # "наводчицы батальона «Айдар»": a quoted name is a thing's
        if _addressee_form(tok.lower):
            return False
        return not (self.role_at == i - 1 and _institution(tok))

    def _verdict(self) -> Answer:
        if self.run_words and self.name is None:
            self.name = " ".join(self.run_words)
        if self.name is not None and not self.prefer_org:
            return True, self.name
        if self.role is not None and self.anonymous:
            return True, None  # "неназванный дипломат": someone, never the last person named
        if self.role is not None:
            gender = self.verb.gender if self.verb else None
            found = self.resolver.role(
                self.role,
                gender,
                self.pos,
                tuple(self.detail),
                tuple(self.nations),
                body_nations=tuple(self.body_nations),
                at=self.toks[self.role_at],
            )
            return True, found
        for fallback in (self.org, self.media):
            if fallback is not None:
                return True, fallback or None  # UNKNOWN_BODY: a body, nobody known
        if self.unnamed:
            return True, None
        if self.outlet:
            return True, self.resolver.outlet(self.pos)
        return False, None


_OPENING_MARKS = frozenset('«"„“')


def _overlap(keys: set[str] | frozenset[str], others: frozenset[str]) -> bool:
    """Whether two sets of country keys name one country («рф» and «росси»'s group)."""
    return any(a.startswith(b) or b.startswith(a) for a in keys for b in others)


def _another_post(roles: list[str], lemma: str) -> bool:
    """Whether someone introduced with `roles` (head first) is surely not the one a later
    `lemma` names: a scholar is no office, and one whose title names a leader's post only as
    whose aide they are ("советник офиса премьер-министра") is not the «глава правительства»
    (a «дипломат» may still be a «замостпреда»)."""
    head, attributes = roles[0], roles[1:]
    if role_kind(head) is RoleKind.EXPERT:
        return role_kind(lemma) is not RoleKind.EXPERT
    if same_role(head, lemma) or lemma not in LEADER_ROLES:
        return False
    return any(same_role(r, lemma) for r in attributes)
