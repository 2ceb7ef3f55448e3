"""The summary method in use is the one that wins on the project's corpus."""

from __future__ import annotations

from tests.content.summary_eval import evaluate


def test_lead_beats_textrank_on_the_corpus() -> None:
    scores = evaluate()
    assert scores["lead"][0] > scores["textrank"][0]
    assert scores["lead"][1] > scores["textrank"][1]
