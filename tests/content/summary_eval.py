"""Lead vs TextRank on the project's own news corpus, scored against editor-written summaries.

Run: `.venv/bin/python -m tests.content.summary_eval`. Prints ROUGE-1/ROUGE-2 F1 (lower-cased
words, as bench.quality defines it) per method; `test_summary_choice.py` keeps the pipeline on
the winner.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench.quality import rouge
from bot.content import clean, sentences, summary
from bot.content.normalize import analysis_view
from bot.content.spans import find_spans

DATA = Path(__file__).parent / "data" / "articles.jsonl"
METHODS = ("lead", "textrank")


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
