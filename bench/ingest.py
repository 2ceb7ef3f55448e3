"""Ingest cost per article: analysis (pure) + upsert into a real SQLite file, same run.

    .venv/bin/python -m bench.ingest [--rounds 15]

Texts: the project's Russian news corpus (tests/content/data/articles.jsonl, the dev gold and
the seed). After a warm-up (pymorphy3 dictionaries loaded, ~0.2 s once per process), every
round analyses every text and upserts it under a fresh URL into a SQLite file in a temp dir,
so each upsert is a real insert. Two cache regimes are measured:
- warm: word-lookup caches kept across articles (a long-running bot's steady state);
- cold words: every bounded per-word cache of bot.content (pymorphy3 parses, lemmas, stems,
  name and gate classes; found by introspection, so a new one is never missed) cleared before
  each article, the worst case of an article whose words the process has never seen.
Prints medians and p90 of both, and as the LAST line `ms_per_article <median, cold words>`.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import pkgutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bot import content
from bot.content.pipeline import analyze, build_draft
from bot.seed import seed_text
from storage import Store

DATA = Path(__file__).resolve().parents[1] / "tests" / "content" / "data"


def corpus() -> list[str]:
    texts = [seed_text()]
    for name in ("articles.jsonl", "quotes-dev.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def _word_caches() -> list[Any]:
    """Every bounded per-word cache of the analysis (an `lru_cache` with a maxsize) in every
    module of bot.content; the unbounded `cache`s hold tables built once per process
    (lexicon forms), which a real bot keeps, and are left alone."""
    found: dict[int, Any] = {}
    for info in pkgutil.iter_modules(content.__path__):
        module = importlib.import_module(f"bot.content.{info.name}")
        for value in vars(module).values():
            parameters = getattr(value, "cache_parameters", None)
            maxsize = parameters()["maxsize"] if parameters is not None else None
            if maxsize is not None and maxsize > 1:  # maxsize 1: a singleton (the stemmer)
                found[id(value)] = value
    return list(found.values())


def _clear_word_caches() -> None:
    for cached in _WORD_CACHES:
        cached.cache_clear()


_WORD_CACHES = _word_caches()


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def run(rounds: int) -> None:
    texts = corpus()
    for text in texts:  # warm-up: dictionaries, regexes, caches
        analyze(text)
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(str(Path(tmp) / "bench.sqlite3"))
        try:
            results: dict[str, dict[str, list[float]]] = {
                regime: {"analysis": [], "upsert": [], "total": []} for regime in ("warm", "cold")
            }
            serial = 0
            for _ in range(rounds):
                for regime in ("warm", "cold"):
                    for text in texts:
                        serial += 1
                        if regime == "cold":
                            _clear_word_caches()
                        t0 = time.perf_counter()
                        draft = build_draft(text, url=f"https://interaffairs.ru/news/show/{serial}")
                        t1 = time.perf_counter()
                        await store.articles.upsert(draft)
                        t2 = time.perf_counter()
                        results[regime]["analysis"].append((t1 - t0) * 1000)
                        results[regime]["upsert"].append((t2 - t1) * 1000)
                        results[regime]["total"].append((t2 - t0) * 1000)
        finally:
            await store.close()
    print(f"{len(texts)} texts x {rounds} rounds per regime")
    for regime, parts in results.items():
        for part, values in parts.items():
            print(
                f"{regime:5s} {part:9s} median {statistics.median(values):7.2f} ms"
                f"   p90 {_pct(values, 0.9):7.2f} ms"
            )
    warm = statistics.median(results["warm"]["total"])
    cold = statistics.median(results["cold"]["total"])
    print(f"cold/warm ratio {cold / warm:.2f}")
    print(f"ms_per_article {cold:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    asyncio.run(run(args.rounds))


if __name__ == "__main__":
    main()
