"""The word forms the construction matrices build their rows with (test_construction_matrix*.py).

One definition for the three matrices: a verb agreeing with its speaker, the pronoun that
stands for them, and a sentence's first letter raised or lowered where a row splices phrases.
"""

from __future__ import annotations

from typing import Protocol


class Gendered(Protocol):
    """A matrix person: only whether the person is a woman matters here."""

    @property
    def fem(self) -> bool: ...


# Past-tense verbs whose feminine is not the masculine plus «а».
_FEMININE = {"встретился": "встретилась", "уверен": "уверена", "обратился": "обратилась"}


def agree(verb: str, p: Gendered) -> str:
    """The verb (past tense, masculine) agreeing with p."""
    if not p.fem:
        return verb
    return _FEMININE.get(verb, verb + "а")


def pronoun(p: Gendered) -> str:
    """«он» or «она», for a later sentence about p."""
    return "она" if p.fem else "он"


def cap(s: str) -> str:
    """s with its first letter upper-case (a phrase that now opens a sentence)."""
    return s[0].upper() + s[1:]


def low(s: str) -> str:
    """s with its first letter lower-case (a phrase that now follows other words)."""
    return s[0].lower() + s[1:]
