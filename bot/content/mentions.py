"""What the analysis knows about a mention: a person or an organisation, and where.

Why a module of its own: persons, organisations, speakers, tags and sources all pass these
records around; keeping them apart from the finders avoids import cycles.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class Person:
    """A person as the article names them: nominative full name, surname, gender."""

    name: str
    surname: str
    gender: str | None  # "masc", "femn" or None when unknown
    keys: frozenset[str]


# The name of a body the text names without settling which it is («в МИД» beside two
# foreign ministries): it speaks, as nobody known; never the body named before it.
UNKNOWN_BODY = ""


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    person: Person | None = None
    org: str | None = None
    nominative: bool = False


@dataclass(slots=True)
class Entities:
    """Every person and organisation mention in a text, in order of position."""

    persons: list[Mention] = field(default_factory=list)
    orgs: list[Mention] = field(default_factory=list)


def with_persons(mentions: list[Mention], renamed: Mapping[Person, Person]) -> list[Mention]:
    """`mentions` with every mention of a person `renamed` keys naming its new form instead:
    the finders' passes settle a person once (a case, a gender, a misspelling) and every
    mention of them must follow, so that one person never splits in two."""
    if not renamed:
        return mentions
    return [
        replace(m, person=renamed[m.person]) if m.person is not None and m.person in renamed else m
        for m in mentions
    ]
