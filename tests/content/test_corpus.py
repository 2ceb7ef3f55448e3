"""The project's own news corpus: quotes, promo removal and limits on realistic texts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.content.balance import balanced
from bot.content.pipeline import analyze

DATA = Path(__file__).parent / "data" / "articles.jsonl"
ITEMS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
PROMO = ("Читайте", "Подписывайтесь", "больше новостей", "t.me/", "Яндекс.Дзен")


@pytest.mark.parametrize("item", ITEMS, ids=[i["id"] for i in ITEMS])
def test_corpus_item(item: dict[str, Any]) -> None:
    analysis = analyze(item["text"])
    assert [[q.text, q.speaker] for q in analysis.quotes] == item["quotes"]
    if item["sources"] is not None:
        assert list(analysis.sources) == item["sources"]
    for word in PROMO:
        assert word not in analysis.body
    assert analysis.summary
    assert len(analysis.summary) <= 1024
    assert balanced(analysis.summary)
    assert analysis.title
    assert len(analysis.title) <= 120
    assert balanced(analysis.title)
    assert 1 <= len(analysis.tags) <= 5
    assert all(tag.isalnum() for tag in analysis.tags)


def test_corpus_is_big_enough() -> None:
    assert len(ITEMS) >= 10
