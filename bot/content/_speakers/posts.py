"""Posts: the body a head role names («глава МИД», «директор СВР»), so two wordings are one post.

Why apart: whichever head word the text uses, a head with its body is one post, and a body the
post table lacks is a post of its own by the capitalised word after the head.
"""

from __future__ import annotations

import re
from functools import cache

from bot.content._speakers.nations import is_country_word, state_name_keys
from bot.content._speakers.tokens import Token, tokens
from bot.content.entities import country_phrase, find_orgs
from bot.content.lexicon import (
    COMMENTATORS,
    COUNTRY_NOUNS,
    HEAD_ROLES,
    LEADER_ROLES,
    NOT_HELD_BY,
    POST_BODIES,
    POST_ROLES,
    QUALIFYING_ROLES,
    STATE_OFFICES,
    RoleKind,
    role_kind,
    role_of,
    same_role,
)
from bot.content.morph import PERSON_GRAMS, lemma, parses, word_set

# Bodies whose head a role names: "глава венгерского МИД", "главы турецкой дипломатии".
NATIONAL_BODIES = frozenset(
    {"МИД", "МВД", "Минобороны", "Минфина", "Минфин", "Минэкономразвития"}
) | (word_set("дипломатия ведомство правительство министерство парламент разведка армия"))


@cache
def _post_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (post, re.compile(rf"[ \t]+(?:[а-яё]+(?:ого|его|ой|ей)[ \t]+)?(?:{body})(?![\w-])"))
        for post, body in POST_BODIES
    )


def post_after(
    text: str, head: Token | None, *, article: str | None = None
) -> tuple[str | None, int]:
    """The post a head role names with the body right after it in `text` («глава МИД»,
    «министр иностранных дел», «руководителя российского внешнеполитического ведомства»: the
    same post) and where that body ends; a role that names a post by itself («президент»,
    «премьер») names it unless a body follows («президент РСПП» heads a body, no state);
    (None, -1) for any other role or none. `article`, the whole text when `text` is a part of
    it, is where a mistyped acronym's right form is looked for (`_mistyped_acronym`)."""
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
    return _mistyped_acronym(text, head, article or text) or _named_body(text, head)


_ACRONYM_AFTER = re.compile(r"[ \t]+([А-ЯЁ]{3,5})(?![\w-])")


@cache
def _post_acronyms() -> dict[str, tuple[str, str]]:
    """The posts the table names by an acronym («МИД», «МВД», «СВР»), keyed by its letters in
    order: (the post, the acronym)."""
    found: dict[str, tuple[str, str]] = {}
    for post, body in POST_BODIES:
        for form in body.split("|"):
            word = form.removesuffix(r"\w*")
            if word.isalpha() and word.isupper():
                found["".join(sorted(word))] = (post, word)
    return found


def _mistyped_acronym(text: str, head: Token, article: str) -> tuple[str | None, int] | None:
    """ "Глава МВД потребовал … Глава МДВ Владимир Колокольцев заявил": an acronym after a
    head with the very letters of a post's acronym in another order is that acronym mistyped,
    when the `article` itself writes the right one elsewhere; None otherwise."""
    found = _ACRONYM_AFTER.match(text, head.end)
    if found is None:
        return None
    known = _post_acronyms().get("".join(sorted(found.group(1))))
    if known is None or known[1] == found.group(1):
        return None
    if re.search(rf"(?<![\w-]){known[1]}(?![\w-])", article) is None:
        return None
    return known[0], found.end()


def deputy_post(text: str, head: Token) -> str | None:
    """The post whose deputy a «заместитель» heading a title is, by the body right after it
    («замглавы МИД», «заместитель министра иностранных дел»: foreign affairs), else None."""
    at = head.end
    minister = re.match(r"[ \t]+(?:министр|руководител|глав)\w*", text[at:])
    if minister is not None:
        at += minister.end()
    for post, pattern in _post_patterns():
        if pattern.match(text, at) is not None:
            return post
    return None


# (in quotation marks too: «руководитель «Росатома»»)
_BODY_NAME = re.compile(r"[ \t]+[«\"]?([А-ЯЁA-Z][\w-]*)")


# The rest of a body's full name, then its abbreviation in brackets: «Международного агентства
# по атомной энергии (МАГАТЭ)» is the body a later «глава МАГАТЭ» heads.
_ABBREVIATION_AFTER = re.compile(r"[^.,;:!?()«»\"\n]{0,80}?\(([А-ЯЁA-Z]{2,}[а-яё]?)\)")


def _named_body(text: str, head: Token) -> tuple[str | None, int]:
    """ "глава Минпромторга", "директором ЦРУ": a body the post table lacks, named by a
    capitalised word right after the head, is a post of its own (keyed by that word's stem),
    so «глава государства» is never the one introduced as the head of Минпромторг. A
    country is no body («министр Германии», «глава Французской Республики»)."""
    found = _BODY_NAME.match(text, head.end)
    if found is None or is_country_word(found.group(1)):
        return None, -1
    after = _BODY_NAME.match(text, found.end())
    if after is not None and state_name_keys(found.group(1), after.group(1)):
        return None, -1  # «глава Французской Республики»: a state's formal name, no body
    short = _ABBREVIATION_AFTER.match(text, found.end())
    if short is not None:  # "Глава Международного агентства … (МАГАТЭ)": the body's short name
        return _body_key(text, short.start(1), short.group(1)), short.end()
    known = _known_body(text, found.start(1))
    if known is not None:
        return "body " + known[0].lower(), known[1]
    return "body " + found.group(1).lower()[:5], found.end()


_BODY_REACH = 80  # characters of a body's name after a head role


def _body_key(text: str, at: int, word: str) -> str:
    """The post of heading the body whose name opens with `word` at `at`: keyed by the
    canonical name the organisations table gives it, else by the word's stem."""
    known = _known_body(text, at)
    return "body " + (known[0] if known is not None else word[:5]).lower()


def _known_body(text: str, at: int) -> tuple[str, int] | None:
    """The canonical name of a body the organisations table knows, named from `at`
    («Европейской комиссии» and «Еврокомиссии» are one body: lexicon ORGANISATIONS through
    `find_orgs`), and where its name ends; None for any other body."""
    window = text[at : at + _BODY_REACH]
    hit = next((m for m in find_orgs(window) if m.start == 0 and m.org), None)
    if hit is None or hit.org is None:
        return None
    return hit.org, at + hit.end


def _no_body_after(text: str, at: int) -> bool:
    """Whether the word after a role leaves it the post it names by itself: nothing, a
    country («президент России», «Французской Республики», a name of several words: «Южной
    Кореи», entities `country_phrase`; an acronym only as a country word, since «ОКР» or
    «РЖД» is a body) or a person's name («Президент Владимир Путин»), never a body
    («президент РСПП», «президент компании», «премьер Минфина»)."""
    window = text[at : at + 40]
    hi = at + min((k for c in ".!?\n" if (k := window.find(c)) >= 0), default=len(window))
    after = tokens(text, at, hi)[:2]
    if not after or not after[0].text[:1].isalpha():
        return True
    word = after[0].text
    if len(after) == 2 and state_name_keys(word, after[1].text):
        return True  # «президент Французской Республики»: a state's formal name
    if not word.isupper() and country_phrase(text, after[0].start) is not None:
        return True  # «президент Южной Кореи», «Центрально-Африканской Республики»
    if word[:1].islower():
        if lemma(word) in COUNTRY_NOUNS:
            return True
        return not any(p.pos in ("NOUN", "ADJF") and p.has("gent") for p in parses(word)[:1])
    if is_country_word(word):
        return True
    return not word.isupper() and any(p.grams & PERSON_GRAMS for p in parses(word.lower())[:2])


def _overlap(keys: set[str] | frozenset[str], others: frozenset[str]) -> bool:
    """Whether two sets of country keys name one country («рф» and «росси»'s group)."""
    return any(a.startswith(b) or b.startswith(a) for a in keys for b in others)


def _another_post(roles: list[str], lemma: str) -> bool:
    """Whether someone introduced with `roles` (head first) is surely not the one a later
    `lemma` names: a scholar is no office, and one whose title names a leader's post only as
    whose aide they are ("советник офиса премьер-министра") is not the «глава правительства»
    (a «дипломат» may still be a «замостпреда»)."""
    head, attributes = roles[0], roles[1:]
    post = next((r for r in roles if r not in QUALIFYING_ROLES), head)
    if post in NOT_HELD_BY.get(lemma, frozenset()):
        return True  # «госсекретарь» is never «официальный представитель Госдепартамента»
    if role_kind(head) is RoleKind.EXPERT:
        return role_kind(lemma) is not RoleKind.EXPERT
    if lemma in COMMENTATORS:
        return head in STATE_OFFICES  # "политолог" is never the «президент Украины»
    if same_role(head, lemma) or lemma not in LEADER_ROLES:
        return False
    return any(same_role(r, lemma) for r in attributes)
