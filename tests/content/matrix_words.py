"""The word forms the construction matrices build their rows with (test_construction_matrix*.py).

One definition for the matrices: a verb agreeing with its speaker, the pronoun that stands for
them, a sentence's first letter raised or lowered where a row splices phrases, and how a row's
text is scored against its expected quotations.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

import pytest

from bench.quality import MATCH_JACCARD, jaccard, same_speaker
from bot.content.pipeline import analyze

Expected = tuple[tuple[str, str | None], ...]  # (gold quotation, gold speaker) in order
Row = tuple[str, str, Expected]


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


def possessive(p: Gendered) -> str:
    """«его» or «ее»: p's words."""
    return "ее" if p.fem else "его"


def param(row: Row, gaps: Mapping[str, str]) -> Any:
    """The row as a parameter set, a strict expected failure where its matrix's GAPS lists it."""
    why = gaps.get(row[0])
    marks = [] if why is None else [pytest.mark.xfail(strict=True, reason=why)]
    return pytest.param(*row, marks=marks)


def cap(s: str) -> str:
    """s with its first letter upper-case (a phrase that now opens a sentence)."""
    return s[0].upper() + s[1:]


def low(s: str) -> str:
    """s with its first letter lower-case (a phrase that now follows other words)."""
    return s[0].lower() + s[1:]


def outcome(text: str, expected: Expected) -> list[str]:
    """Per expected quotation: right, WRONG (another name), NONE (nobody), MISSED — scored as
    bench.quality scores the corpus, so a matrix row and a labelled text agree on "right"."""
    found = analyze(text).quotes
    out = []
    for gold, speaker in expected:
        best = max(found, key=lambda q: jaccard(q.text, gold), default=None)
        if best is None or jaccard(best.text, gold) < MATCH_JACCARD:
            out.append("MISSED")
        elif best.speaker == speaker or same_speaker(best.speaker, speaker):
            out.append("right")
        else:
            out.append("NONE" if best.speaker is None else f"WRONG {best.speaker!r}")
    return out


TestFn = Callable[..., None]


def matrix_tests(
    raw: list[Row], gaps: Mapping[str, str], least: int
) -> tuple[TestFn, TestFn, TestFn]:
    """The three tests every matrix runs, bound as module names by each matrix file.

    Why: the matrices differ in their rows only; one definition keeps their scoring, their
    size check and their stale-GAPS check from drifting apart between copies.
    """

    @pytest.mark.parametrize(
        ("construction", "text", "expected"),
        [param(r, gaps) for r in raw],
        ids=[f"{k}-{r[0]}" for k, r in enumerate(raw)],
    )
    def rows_right(construction: str, text: str, expected: Expected) -> None:
        result = outcome(text, expected)
        assert all(o == "right" for o in result), (result, expected, text)

    def matrix_is_wide() -> None:
        """Enough rows and constructions to mean something beyond the corpus; names unique."""
        assert len(raw) >= least
        assert len({r[0] for r in raw}) == len(raw)

    def gaps_name_rows() -> None:
        """Every GAPS entry marks a row, so a stale entry cannot linger."""
        assert set(gaps) <= {r[0] for r in raw}

    return rows_right, matrix_is_wide, gaps_name_rows
