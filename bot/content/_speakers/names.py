"""Name forms: whether a word may be (part of) a person's name, a role, or whom one speaks to.

Why apart: a clause names its speaker by a name the dictionary may not know, a role noun, or a
plural group, and a name in the dative or instrumental is an addressee, never a speaker; these
word-level tests are shared by the introductions, roles and the clause scan.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from bot.content._speakers.nations import nation_keys
from bot.content._speakers.tokens import Token, word_tokens
from bot.content.entities import Mention, country_phrase
from bot.content.lexicon import (
    COMPOUND_ROLES,
    COUNTRIES_BY_ADJECTIVE,
    COUNTRY_ABBREVIATIONS,
    PREPOSITIONS,
    PRESS_VOICES,
    RUSSIAN,
    RUSSIAN_HEAD_BODIES,
    SPOKEN_FOR_ANY_MINISTRY,
    SPOKEN_FOR_BODIES,
    SPOKEN_FOR_KINDS,
    SPOKESMAN_POST,
    SPOKESMAN_WORD,
    STATE_ONLY_WITH_STATE,
    role_of,
)
from bot.content.morph import (
    PERSON_GRAMS,
    Parse,
    common_noun,
    lemma,
    parses,
    place_over_plural_name,
    word_set,
)

_LAST_WORD = re.compile(r"([А-ЯЁа-яё]+)[ \t]+$")
# Prepositions that end a name scan: the lexicon's, but «без» and «между» (they never did).
_STOP_PREPOSITIONS = PREPOSITIONS - word_set("без между")


def _native_name(name: str) -> bool:
    """Whether every word of a name is a first name, patronymic or surname the dictionary
    itself holds ("Сергей Лавров"), as Russian names are and foreign ones mostly are not."""
    return all(
        any(p.grams & PERSON_GRAMS and _dictionary(p) for p in parses(w.lower()))
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
    if _place(found):
        return False  # "сектором Газа": a place the dictionary knows is never a speaker
    return not any(p.has("Geox") or p.pos in _NOT_NAME_POS for p in found[:1])


def _place(found: Sequence[Parse]) -> bool:
    """Whether the dictionary itself reads a word as a place («Газа», «Газой») and never as
    a first name, patronymic or surname, or as one only in the plural («Ливан»)."""
    if place_over_plural_name(found):
        return True
    return any(p.has("Geox") and _dictionary(p) for p in found) and not any(
        p.grams & PERSON_GRAMS for p in found
    )


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
        and not best.grams & PERSON_GRAMS
        and _dictionary(best)
    )


def _institution(token: Token) -> bool:
    """A dictionary noun in the genitive singular right after a role is what the role heads
    («глава Банка России»), not a name; a surname the dictionary holds as a genitive plural
    («президент Токаев») still counts."""
    found = parses(token.lower)
    return (
        bool(found)
        and all(_dictionary(p) and not p.grams & PERSON_GRAMS for p in found)
        and any(p.pos == "NOUN" and p.has("gent", "sing") for p in found)
    )


def _dictionary(p: Parse) -> bool:
    stack = p.raw.methods_stack
    return len(stack) == 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"


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


def compound_role(found: str, before: Token | None) -> str:
    """The post a role makes with the adjective right before it («постоянный представитель»
    is a «постпред», lexicon COMPOUND_ROLES), else the role itself."""
    if before is None:
        return found
    adjective = next((p.normal for p in parses(before.lower) if p.pos == "ADJF"), None)
    return COMPOUND_ROLES.get((adjective or "", found), found)


_SPOKESMAN_REACH = 60  # characters after «спикер» holding its adjectives and its body


def spokesman_reading(found: str, text: str, tok: Token) -> str:
    """The role `tok` names (`found`), read as «представитель» when it is «спикер» of a body
    that has no chair to head (lexicon SPOKEN_FOR_BODIES), past the adjectives after it:
    «спикер внешнеполитического ведомства» speaks for the ministry like the «официальный
    представитель МИД» the text introduced; «спикер Госдумы» stays the parliament's chair."""
    if _spoken_for(text, tok) is None:
        return found
    return SPOKESMAN_POST


def spoken_for_introduced(
    found: str, text: str, tok: Token, person_at: Callable[[Token], bool]
) -> str:
    """`spokesman_reading` for a «спикер» that attributes words: read as «представитель» only
    when the text before it introduced a spokesman of a body of the same kind (lexicon
    SPOKEN_FOR_KINDS), or a president's spokesman a person's («пресс-секретарь Путина»,
    `person_at`), since role continuity then finds whoever holds that role: «Спикер
    правительства Японии заявил» after «Пресс-секретарь Кремля Дмитрий Песков» is not Peskov
    but a «спикер» nobody introduced (unknown)."""
    body = _spoken_for(text, tok)
    if body is None:
        return found
    kinds = _body_kinds(body)
    for earlier in word_tokens(text, 0, tok.start):
        if not _spokesman_word(earlier):
            continue
        owner = _head_after(text, earlier)
        if owner is None:
            continue
        if kinds & _owner_kinds(text, earlier, owner, body) or (
            body == "президент" and _person_word(owner, person_at)
        ):
            return SPOKESMAN_POST
    return found


def _owner_kinds(text: str, spokesman: Token, owner: Token, body: str) -> frozenset[str]:
    """The kinds of body the owner of an introduced spokesman («пресс-секретарь Кремля»:
    «Кремля») stands for, as a «спикер» of `body` may be him: none for a leader of no state
    (lexicon STATE_ONLY_WITH_STATE: «пресс-секретарь лидера ЛДПР» speaks for a party), nor
    for another state's head when `body` is Russia's own (RUSSIAN_HEAD_BODIES: the spokesman
    of «северокорейского лидера», of «президента Турции» is never «спикер Кремля»)."""
    owned = lemma(owner.lower)
    state = _state_attached(text, spokesman, owner)
    if owned in STATE_ONLY_WITH_STATE and state is None:
        return frozenset()
    if body in RUSSIAN_HEAD_BODIES and state is not None and not _russian(state):
        return frozenset()
    return _body_kinds(owned)


_NEXT_WORD = re.compile(r"[ \t]+([А-ЯЁA-Z][\w-]*)")


def _state_attached(text: str, spokesman: Token, owner: Token) -> str | None:
    """The word naming the state attached to `owner`: a nationality adjective between the
    spokesman and it (lexicon COUNTRIES_BY_ADJECTIVE, Russia's too: «российского лидера»),
    or a state's genitive right after it («лидера Китая», «президента Турции», «лидера КНДР»;
    an abbreviation only when it names a state, COUNTRY_ABBREVIATIONS: never «лидера
    ЛДПР»); None when no state is attached."""
    between = word_tokens(text, spokesman.end, owner.start)
    adjective = next(
        (t.text for t in between if t.lower.startswith(tuple(COUNTRIES_BY_ADJECTIVE))), None
    )
    if adjective is not None:
        return adjective
    after = _NEXT_WORD.match(text, owner.end)
    if after is None:
        return None
    word = after.group(1)
    if word.isupper():
        return word if word in COUNTRY_ABBREVIATIONS else None
    return word if country_phrase(text, owner.end) is not None else None


def _russian(state: str) -> bool:
    """Whether a state's adjective, genitive or abbreviation names Russia («российского»,
    «России», «Российской Федерации», «РФ»)."""
    return state.lower().startswith(nation_keys(RUSSIAN))


def _person_word(tok: Token, person_at: Callable[[Token], bool]) -> bool:
    """Whether `tok` is a person's name: part of a person's mention, or a capitalised word the
    dictionary knows as a name or surname («Путина» with no mention of its own)."""
    if person_at(tok):
        return True
    return tok.text[:1].isupper() and any(p.grams & PERSON_GRAMS for p in parses(tok.lower))


def _spokesman_word(tok: Token) -> bool:
    """Whether `tok` names a body's spokesman in an introduction (lexicon PRESS_VOICES:
    «официальный представитель МИД», «пресс-секретарь Кремля»; or «спикер» itself)."""
    return lemma(tok.lower) == SPOKESMAN_WORD or role_of(tok.text) in PRESS_VOICES


def _body_kinds(body: str) -> frozenset[str]:
    """The kinds of body a body lemma stands for (lexicon SPOKEN_FOR_KINDS): every ministry for
    a bare «ведомство», «министерство»."""
    ministries = {k for k in SPOKEN_FOR_KINDS.values() if k.endswith("ministry")}
    if body in SPOKEN_FOR_ANY_MINISTRY:
        return frozenset(ministries)
    kind = SPOKEN_FOR_KINDS.get(body)
    return frozenset() if kind is None else frozenset({kind})


def _spoken_for(text: str, tok: Token) -> str | None:
    """The body (its lemma) a «спикер» at `tok` speaks for when it is one with no chair to
    head (lexicon SPOKEN_FOR_BODIES); None for any other word or body."""
    if lemma(tok.lower) != SPOKESMAN_WORD:
        return None
    body = _body_after(text, tok)
    return body if body in SPOKEN_FOR_BODIES else None


def _body_after(text: str, tok: Token) -> str | None:
    """The lemma of the first word after `tok`, past lower-case adjectives («спикер
    внешнеполитического ведомства»: «ведомство»)."""
    head = _head_after(text, tok)
    return None if head is None else lemma(head.lower)


def _head_after(text: str, tok: Token) -> Token | None:
    """The first word after `tok`, past lower-case adjectives."""
    after = word_tokens(text, tok.end, min(len(text), tok.end + _SPOKESMAN_REACH))
    return next((t for t in after if not lowercase_adjective(t)), None)


def lowercase_adjective(tok: Token) -> bool:
    """Whether `tok` is a lower-case adjective («внешнеполитического», «нижней»)."""
    return tok.text[:1].islower() and any(p.pos == "ADJF" for p in parses(tok.lower)[:1])


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


_TITLE_WORDS = 7
_LONG_TITLE_WORDS = 10


def _title_words(window: str) -> list[Token]:
    """The last seven words before a name, where its title's head is; brackets and commas are
    no words («Директор Службы внешней разведки России (СВР) Сергей Нарышкин»). A window
    that opens with a role word (`_long_title`) keeps up to ten: the head of a long title
    («Постоянный представитель Российской Федерации при отделении ООН в Женеве»)."""
    words = word_tokens(window, 0, len(window))
    if len(words) <= _LONG_TITLE_WORDS and words and _role(words[0]) is not None:
        return words
    return words[-_TITLE_WORDS:]


def _long_title(window: str) -> str | None:
    """The part of `window` from the role word heading a title of eight to ten words, when
    none of its last seven words is a role (`_title_words` keeps them all then)."""
    words = word_tokens(window, 0, len(window))
    if any(_role(t) is not None for t in words[-_TITLE_WORDS:]):
        return None
    head = next((t for t in words[-_LONG_TITLE_WORDS:] if _role(t) is not None), None)
    return window[head.start :] if head is not None else None
