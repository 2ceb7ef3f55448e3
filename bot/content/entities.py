"""Named people and organisations mentioned in a text, with where they are mentioned.

Why: speakers, tags and sources all need the same answer to "who is this word?". People are
found by bot/content/persons.py; organisation aliases ("МИД РФ", "российского
внешнеполитического ведомства") are matched here to one canonical name ("МИД России") from
the lexicon.
"""

from __future__ import annotations

import re

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


def _bare_mfa(match: re.Match[str]) -> str:
    country = match.group(1)
    if country:
        is_geo = any(p.has("Geox") for p in parses(country))
        if (is_geo or (country.isupper() and 2 <= len(country) <= 5)) and country not in (
            "России",
            "РФ",
        ):
            return f"МИД {country}"
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
    for m in _BARE_MFA.finditer(text):
        if free(m.start(), m.end()):
            canonical = _bare_mfa(m)
            head = m.group(0).split()[0] if m.group(0).startswith("МИД") else m.group(0)
            end = m.end() if canonical != "МИД России" else m.start() + len(head)
            found.append(Mention(m.start(), end, org=canonical))
            taken.append((m.start(), end))
    for m in MEDIA.finditer(text):
        if free(m.start(), m.end()):
            found.append(Mention(m.start(), m.end(), org=media_name(m.group(0))))
    found.sort(key=lambda m: m.start)
    return found


def find_entities(text: str) -> Entities:
    """Person and organisation mentions of `text` (an analysis view)."""
    orgs = find_orgs(text)
    blocked = tuple((o.start, o.end) for o in orgs)
    persons = [
        m for m in find_persons(text, blocked) if not any(o.start <= m.start < o.end for o in orgs)
    ]
    return Entities(persons=persons, orgs=orgs)
