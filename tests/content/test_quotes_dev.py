"""The journal's development gold: every quotation found exactly, with its speaker.

This older gold predates issue 10's labelling rule that partial quotations inside reported
speech count ("отметил, что Кремль работает по «московскому графику»"); the only extras
allowed are such fragments (lowercase, with the same speaker as a gold quote of the text).

Reads ../shared/examples/quotes-dev.jsonl when the shared folder sits beside the clone (CI),
else the copy in tests/content/data/ — so the test never skips.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.content.pipeline import analyze
from tests.content.quote_text import from_body

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "examples" / "quotes-dev.jsonl"
LOCAL = Path(__file__).parent / "data" / "quotes-dev.jsonl"


def _items() -> list[dict[str, Any]]:
    path = SHARED if SHARED.is_file() else LOCAL
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


ITEMS = _items()


def test_the_gold_has_nine_quotes() -> None:
    assert sum(len(item["quotes"]) for item in ITEMS) == 9


@pytest.mark.parametrize("item", ITEMS, ids=[item["id"] for item in ITEMS])
def test_every_gold_quote_is_found_with_its_speaker_and_nothing_else(item: dict[str, Any]) -> None:
    analysis = analyze(item["text"])
    gold = [(q["text"], q["speaker"]) for q in item["quotes"]]
    got = [(q.text, q.speaker) for q in analysis.quotes]
    assert [pair for pair in got if pair in gold] == gold
    extras = [pair for pair in got if pair not in gold]
    speakers = {speaker for _, speaker in gold}
    assert all(text[:1].islower() and who in speakers for text, who in extras), extras
    for quote in analysis.quotes:
        assert from_body(quote.text, analysis.body)


def test_the_local_copy_matches_the_shared_file() -> None:
    if SHARED.is_file():
        assert LOCAL.read_text(encoding="utf-8") == SHARED.read_text(encoding="utf-8")
