"""Named people and organisations mentioned in a text, with where they are mentioned.

Why: speakers, tags and sources all need the same answer to "who is this word?". People are
found by bot/content/persons.py; organisation aliases ("МИД РФ", "российского
внешнеполитического ведомства") are matched here to one canonical name ("МИД России") from
the lexicon.
"""

from __future__ import annotations

import re

from bot.content.apposition import mark_oblique
from bot.content.bylines import is_credit
from bot.content.lexicon import BARE_MFA as _BARE_MFA
from bot.content.lexicon import MEDIA as MEDIA  # re-exported for the title module
from bot.content.lexicon import media_name, organisations
from bot.content.mentions import Entities as Entities
from bot.content.mentions import Mention as Mention
from bot.content.mentions import Person as Person
from bot.content.morph import parses
from bot.content.persons import TITLE_HEAD as TITLE_HEAD  # re-exported for the title module
from bot.content.persons import find_persons


def _org_name(text: str) -> str:
    """Head word in the nominative: "посольстве России в …" → "Посольство России в …"."""
    head, _, rest = text.partition(" ")
    if head.isupper():
        return text
    nominative = head
    for p in parses(head.lower()):
        if p.pos == "NOUN":
            if "nomn" in p.grams:
                break
            changed = p.raw.inflect({"nomn", "sing"})
            if changed is not None:
                nominative = str(changed.word)
                break
    nominative = nominative[:1].upper() + nominative[1:]
    return f"{nominative} {rest}" if rest else nominative


def _bare_mfa(match: re.Match[str]) -> str | None:
    """ "МИД Китая" → "МИД Китая"; None for a ministry no country follows ("в МИД")."""
    country = match.group(1)
    if country:
        is_geo = any(p.has("Geox") for p in parses(country))
        if (is_geo or (country.isupper() and 2 <= len(country) <= 5)) and country not in (
            "России",
            "РФ",
        ):
            return f"МИД {country}"
        if country in ("России", "РФ"):
            return "МИД России"
    return None


# A mention standing first in its sentence (after a line break or a sentence's end).
_SENTENCE_START = re.compile(r"(?:^|[\n.!?])[ \t]*$")


def _country_of_bare(text: str, at: int, named: list[Mention]) -> str:
    """Whose ministry a bare «МИД» is: that of the last ministry with a country standing as
    its sentence's subject before it («Министерство иностранных дел Украины выразило
    протест Министерству … Российской Федерации. Об этом сообщили в пресс-службе МИД» is
    Ukraine's, not the addressee's); Russia's, as the journal writes it, when none is."""
    for m in reversed(named):
        if m.start < at and _SENTENCE_START.search(text, max(0, m.start - 3), m.start):
            return m.org or "МИД России"
    return "МИД России"


def find_orgs(text: str) -> list[Mention]:
    """Organisation mentions (canonical names), non-overlapping, in order."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    lower = text.lower()
    for pattern, canonical, literals in organisations():
        if not any(literal in lower for literal in literals):
            continue
        for m in pattern.finditer(text):
            if free(m.start(), m.end()):
                found.append(Mention(m.start(), m.end(), org=canonical or _org_name(m.group(0))))
                taken.append((m.start(), m.end()))
    bare: list[int] = []
    for m in _BARE_MFA.finditer(text):
        if free(m.start(), m.end()):
            country = _bare_mfa(m)
            # the ministry's own words, without a word after it that names no foreign country
            # ("главы внешнеполитического ведомства Сергей Лавров")
            own = country not in (None, "МИД России") or m.group(1) is None
            end = m.end() if own else m.start(1) - 1
            if country is None:
                bare.append(len(found))
            found.append(Mention(m.start(), end, org=country))
            taken.append((m.start(), end))
    _resolve_bare(text, found, bare)
    for m in MEDIA.finditer(text):
        if free(m.start(), m.end()):
            found.append(Mention(m.start(), m.end(), org=media_name(m.group(0))))
    found.sort(key=lambda m: m.start)
    return found


def _resolve_bare(text: str, found: list[Mention], bare: list[int]) -> None:
    """Gives each bare ministry (indices into `found`) the country the text tied it to."""
    named = sorted(
        (m for k, m in enumerate(found) if k not in bare and (m.org or "").startswith("МИД ")),
        key=lambda m: m.start,
    )
    dropped: list[int] = []
    for k in bare:
        m = found[k]
        adjective = _FOREIGN_BEFORE.search(text, max(0, m.start - 30), m.start)
        if adjective is None:
            found[k] = Mention(m.start, m.end, org=_country_of_bare(text, m.start, named))
            continue
        # "венгерского МИД": the ministry of the country named with the adjective's stem, or
        # nobody the text names ("турецкого внешнеполитического ведомства" is never Russia's)
        keys = _nation_keys(adjective.group(1))
        match = [n for n in named if n.org and n.org[4:].lower().startswith(keys)]
        if match and keys:
            found[k] = Mention(m.start, m.end, org=match[-1].org)
        else:
            dropped.append(k)
    found[:] = [m for k, m in enumerate(found) if k not in dropped]


# A nationality adjective right before a bare ministry, not Russia's own.
_FOREIGN_BEFORE = re.compile(r"(?<![\w-])((?!росси)[а-яё]+(?:[сц]к|ийск)(?:ого|ому|им|ом|ий))\s+$")


def _nation_keys(adjective: str) -> tuple[str, ...]:
    """The country-name prefixes of a nationality adjective (bot/content/speakers.py owns
    the table; imported here lazily, as speakers imports this module)."""
    from bot.content.speakers import nation_keys

    return nation_keys(adjective)


def find_entities(text: str) -> Entities:
    """Person and organisation mentions of `text` (an analysis view)."""
    orgs = find_orgs(text)
    blocked = tuple((o.start, o.end) for o in orgs)
    credits = _credit_lines(text)
    persons = [
        m
        for m in find_persons(text, blocked)
        if not any(o.start <= m.start < o.end for o in orgs)
        and not any(a <= m.start < b for a, b in credits)
    ]
    return Entities(persons=mark_oblique(text, persons), orgs=orgs)


def _credit_lines(text: str) -> list[tuple[int, int]]:
    """Spans of credit paragraphs («Текст: Дарья Григоренко», «Фото: …»): the people they
    name wrote or photographed the piece and never speak in it."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if is_credit(line.strip()):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans
