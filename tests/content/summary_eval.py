"""Lead vs TextRank on the project's own news corpus, scored against editor-written summaries.

Run: `.venv/bin/python -m tests.content.summary_eval`. Prints ROUGE-1/ROUGE-2 F1 (snowball
stems) per method; `test_summary_choice.py` keeps the pipeline on the winner.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from bot.content import clean, sentences, summary
from bot.content.normalize import analysis_view
from bot.content.spans import find_spans

DATA = Path(__file__).parent / "data" / "articles.jsonl"
METHODS = ("lead", "textrank")


def _grams(text: str, n: int) -> Counter[tuple[str, ...]]:
    words = [summary.stems(w).pop() for w in text.split() if summary.stems(w)]
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def rouge(candidate: str, reference: str, n: int) -> float:
    """ROUGE-n F1 over stemmed words."""
    got, ref = _grams(candidate, n), _grams(reference, n)
    overlap = sum((got & ref).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(got.values())
    recall = overlap / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def evaluate() -> dict[str, tuple[float, float]]:
    """Mean (ROUGE-1, ROUGE-2) F1 per method over the corpus."""
    items = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    totals = {m: [0.0, 0.0] for m in METHODS}
    for item in items:
        paragraphs = clean.paragraphs(item["text"])
        body = analysis_view("\n".join(paragraphs))
        ranges = [(s.open, s.close) for s in find_spans(body)]
        split = sentences.split(paragraphs)
        for method in METHODS:
            text = summary.summarize(split, paragraphs, ranges, method=method)
            totals[method][0] += rouge(text, item["summary"], 1)
            totals[method][1] += rouge(text, item["summary"], 2)
    return {m: (r1 / len(items), r2 / len(items)) for m, (r1, r2) in totals.items()}


def main() -> None:
    for method, (r1, r2) in evaluate().items():
        print(f"{method:9s} ROUGE-1 F1 {r1:.3f}  ROUGE-2 F1 {r2:.3f}")


if __name__ == "__main__":
    main()
