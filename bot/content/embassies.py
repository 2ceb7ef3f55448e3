"""Embassies: named once in full, then «посольство», «посольство РФ», «дипмиссия».

Why apart: an embassy speaks in news as a body («— сообщили в посольстве», «— говорится в
публикации дипмиссии»), but a text names it in full once («Посольство Соединенных Штатов в
Москве») and then by its head noun alone, or with its country and no host. Such a reference is
the one embassy the text names in full (or, naming none, the one its ambassador's title
implies: «Посол РФ в США» → «Посольство России в США»), when its country agrees; with two
embassies, or none, it is nobody: a wrong body is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.content._speakers.nations import is_country_word, nation_keys
from bot.content.lexicon import (
    AMBASSADOR_FORMS,
    EMBASSY_HEADS,
    OWNED_TEXTS,
    PLATFORMS,
    RUSSIAN,
    STATE_HEAD_NOUNS,
    STATE_NAMES,
    country_of_adjective,
    literals,
)
from bot.content.mentions import UNKNOWN_BODY, Mention
from bot.content.morph import lemma, parses

_HEADS = "|".join(EMBASSY_HEADS)
_STATES = "|".join(sorted(map(re.escape, STATE_NAMES), key=len, reverse=True))
# A country after «посольство»: one of the names of STATE_NAMES, an abbreviation, or up to
# three capitalised words (the last one a country: «Саудовской Аравии»).
_COUNTRY = rf"(?:{_STATES}|[А-ЯЁ]{{2,4}}|[А-ЯЁ][а-яё]+(?:[ \t]+[А-ЯЁ][а-яё]+){{0,2}})"
_HOST = r"[ \t]+в[ \t]+(?P<host>[А-ЯЁ][\w-]+)"
_FULL = re.compile(rf"(?<![\w-])(?:{_HEADS})\w*[ \t]+(?P<country>{_COUNTRY}){_HOST}")
# «Посол РФ в США», «посла России в Вашингтоне»: the ambassador's embassy (never «после»).
_AMBASSADOR = re.compile(rf"(?<![\w-]){AMBASSADOR_FORMS}[ \t]+(?P<country>{_COUNTRY}){_HOST}")
_REFERENCE = re.compile(
    r"(?<![\w-])(?:(?P<adjective>[А-ЯЁа-яё][а-яё]*[сц]к(?:ий|ая|ое|ого|ой|ому|ом|ую|им))[ \t]+)?"
    rf"(?P<head>(?:{_HEADS})\w*)(?:[ \t]+(?P<country>{_STATES}|[А-ЯЁ]{{2,4}}|[А-ЯЁ][а-яё]+))?"
    r"(?![\w-])"
)
# A text holding none of the heads' letter runs names no embassy (the ambassador's title only
# tells which one a head is): it is not scanned.
_LITERALS = tuple(run for head in EMBASSY_HEADS for run in literals(head))


@dataclass(frozen=True, slots=True)
class _Embassy:
    name: str  # «Посольство России в Токио»
    state: str  # the key its country is matched by: «России», «США»


def _state(country: str) -> str:
    """The key of a country as written after «посольство»: «РФ» → «России»; a state's long
    name by its own name, in the genitive («Республики Узбекистан» → «Узбекистана», so that
    «Посольство Узбекистана» in a headline is the «Посольство Республики Узбекистан в Украине»
    of the text)."""
    if country in STATE_NAMES:
        return STATE_NAMES[country]
    words = country.split()
    if len(words) == 2 and lemma(words[0].lower()) in STATE_HEAD_NOUNS:
        return _genitive_place(words[1])
    return country


def _genitive_place(word: str) -> str:
    """A place's name in the genitive («Узбекистан» → «Узбекистана»), or as written when it
    reads as no place in the nominative."""
    geo = [p for p in parses(word) if p.has("Geox")]
    if not geo or any(p.has("gent") for p in geo) or not geo[0].has("nomn"):
        return word
    changed = geo[0].raw.inflect({"gent"})
    return word if changed is None else changed.word[:1].upper() + changed.word[1:]


def _is_state(country: str) -> bool:
    """Whether the words after «посольство» name a country: a known name, an abbreviation,
    or words ending in a country."""
    if country in STATE_NAMES or country.isupper():
        return True
    return is_country_word(country.split()[-1])


def _named(match: re.Match[str]) -> _Embassy | None:
    """An embassy named in full («дипмиссии РФ в Лондоне» → «Посольство России в Лондоне»)."""
    country = match.group("country")
    if " " in country and not _is_state(country):
        return None  # one capitalised word is a country, as the table always took it
    state = _state(country)
    name = "России" if state == "России" else country
    return _Embassy(f"Посольство {name} в {match.group('host')}", state)


def find_embassies(text: str, free: Callable[[int, int], bool]) -> list[Mention]:
    """Every embassy the text names in full, and every reference to the one it names."""
    lower = text.lower()
    if not any(literal in lower for literal in _LITERALS):
        return []
    out: list[Mention] = []
    named: list[_Embassy] = []
    for m in _FULL.finditer(text):
        embassy = _named(m)
        if embassy is not None and free(m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), org=embassy.name))
            named.append(embassy)
    if not named:  # «Посол РФ в США» implies the embassy a bare «посольство» is
        named = _ambassadors_embassy(text)
    if not named:  # «в посольстве РФ», «посольство США»: the embassy of that country
        named = [_Embassy(f"Посольство {c}", _state(c)) for c in _countries(text)]
    if not named:  # «российское посольство», «Китайское посольство»: that country's
        named = _by_adjective(text)
    taken = [(m.start, m.end) for m in out]
    for m in _REFERENCE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken) or not free(m.start(), m.end()):
            continue
        if not named or not _is_reference(text, m):
            continue
        org = _referent(m, named)
        if org != UNKNOWN_BODY or _speaks_there(text, m.start()):
            out.append(Mention(m.start(), m.end(), org=org))
    return out


_HOSTED = re.compile(r"[ \t]+в[ \t]+[А-ЯЁ]")


_SURNAME_AFTER = re.compile(r"(?:[ \t]+[А-ЯЁ][а-яё-]+){1,2}")


def _ambassadors_embassy(text: str) -> list[_Embassy]:
    """The embassies the ambassadors' titles imply; one ambassador named twice with his host
    written two ways («Посол РФ в США Антонов», «Посол РФ в Вашингтоне Анатолий Антонов»)
    heads one embassy, named by its first title."""
    found: list[tuple[_Embassy, str]] = []
    for m in _AMBASSADOR.finditer(text):
        embassy = _named(m)
        name = _SURNAME_AFTER.match(text, m.end())
        if embassy is not None:
            found.append((embassy, name.group(0).split()[-1] if name else ""))
    first = found[0] if found else None
    if first and first[1] and all(e.state == first[0].state and s == first[1] for e, s in found):
        return [first[0]]
    return [e for e, _ in found]


def _is_reference(text: str, m: re.Match[str]) -> bool:
    """Whether a match of _REFERENCE refers to one embassy: singular, with no host of its own
    («посольства в Киеве» is an embassy whose country the text may not say) and no
    capitalised word after it but a country («посольстве Польши» is Poland's, never the
    Russian one the text named)."""
    country = m.group("country")
    if country and not _is_state(country):
        return False
    return _singular(m.group("head").split()[-1]) and not _HOSTED.match(text, m.end())


def _countries(text: str) -> list[str]:
    """The countries the singular references of a text name after their head («в посольстве
    РФ», «посольство США»), as written, first first: with no embassy named in full nor
    ambassador's title, a reference with no country is the one of these, if only one."""
    found = [
        m.group("country")
        for m in _REFERENCE.finditer(text)
        if m.group("country") and _is_reference(text, m)
    ]
    return list(dict.fromkeys(found))


def _by_adjective(text: str) -> list[_Embassy]:
    """The embassies the singular references of a text name by a nationality adjective
    («российское посольство», «Китайское посольство» → «Посольство России», «Посольство
    Китая»), first first: with no embassy named in full, nor ambassador's title, nor country
    after the head, a reference is the one of these, if only one."""
    found = []
    for m in _REFERENCE.finditer(text):
        adjective = m.group("adjective")
        if adjective is None or m.group("country") or not _is_reference(text, m):
            continue
        russian = adjective.lower().startswith(RUSSIAN)
        country = "России" if russian else country_of_adjective(adjective)
        if country is not None:
            found.append(_Embassy(f"Посольство {country}", country))
    return list(dict.fromkeys(found))


_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё]+)[ \t]+$")


def _speaks_there(text: str, at: int) -> bool:
    """Whether the reference at `at` is where words were said or whose text they are («в
    посольстве», «в заявлении дипмиссии», «в твиттере посольства»): there an embassy the
    text does not settle is still an embassy speaking, nobody known; elsewhere («здания
    посольства») it is left unnamed, and so is no body a later «говорится в сообщении» may
    take for the speaker."""
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if before is None:
        return False
    word = before.group(1).lower()
    return word in ("в", "во") or lemma(word) in OWNED_TEXTS | PLATFORMS


def _referent(m: re.Match[str], named: list[_Embassy]) -> str:
    """The one embassy of `named` a reference may be: of the country it names («посольство
    РФ», «российской дипмиссии»), if any; UNKNOWN_BODY (an embassy, nobody knows which)
    when none or several fit."""
    country, adjective = m.group("country"), m.group("adjective")
    fits = list(named)
    if country:
        fits = [e for e in fits if e.state == _state(country)]
    if adjective:
        keys = nation_keys(adjective)
        fits = [e for e in fits if keys and e.state.lower().startswith(keys)]
    names = {e.name for e in fits}
    return names.pop() if len(names) == 1 else UNKNOWN_BODY


def _singular(word: str) -> bool:
    """Whether the head noun may be singular («посольства» may; «посольств» never)."""
    return any(p.has("sing") for p in parses(word.lower()) if p.pos == "NOUN")
