"""Search latency over a large synthetic archive: p50 / p99 of `SearchIndex.search`.

    .venv/bin/python -m bench.search [--articles 100000] [--repeat 15]

Why synthetic: the journal's archive is not available offline, and the cost of FTS5 depends on
term frequencies, not on meaning. Articles are drawn from a vocabulary of real Russian news
words in several forms (a few of which — «россия», «заявил», «министр» — occur in most
articles, as in real news) plus a Zipf-distributed long tail of made-up Russian-looking words.
They go through the real `SearchIndex.document` (tokenise + stem) into a real SQLite file.

The query mix has very common words (the hard case for bm25), ordinary words, rare names,
several words at once, word forms («Лаврова») and nothing-matching words. The same queries are
also run with the candidate cap lifted (plain bm25 over every match) to show what the bounded
ranking buys, measured in the same run. The last line is `p99_ms <x>`.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from pathlib import Path

from storage import Quote, Store
from storage.search import SearchIndex

COMMON = [
    "россия", "России", "Россией", "заявил", "заявила", "министр", "министра", "министров",
    "глава", "страны", "президент", "президента",
]  # fmt: skip
ORDINARY = [
    "переговоры", "переговорах", "санкции", "санкций", "безопасность", "безопасности",
    "сотрудничество", "сотрудничества", "дипломатия", "дипломатов", "посол", "посла",
    "соглашение", "соглашения", "визит", "визита", "встреча", "встречи", "кризис", "кризиса",
    "экономика", "экономики", "энергетика", "энергетики", "граница", "границы", "союз", "союза",
    "НАТО", "ООН", "ЕС", "БРИКС", "ШОС", "Вашингтон", "Москва", "Москвы", "Пекин", "Берлин",
    "Париж", "Лондон", "Анкара", "Тегеран", "Дели", "саммит", "саммита", "форум", "форума",
    "делегация", "делегации", "резолюция", "резолюции", "совет", "совета", "конфликт",
    "конфликта", "урегулирование", "урегулирования", "договор", "договора", "торговля",
    "торговли", "газ", "нефть", "нефти", "оружие", "оружия", "контроль", "контроля",
    "международный", "международной", "международных", "внешней", "политики", "политика",
    "американский", "американской", "европейский", "европейских", "китайский", "китайской",
    "журнал", "журнала", "эксперт", "эксперты", "экспертов", "аналитик", "мнение", "мнению",
    "сегодня", "вчера", "неделе", "года", "году", "время", "время", "вопрос", "вопросы",
    "вопросов", "позиция", "позиции", "интересы", "интересов", "отношения", "отношений",
]  # fmt: skip
RARE = [
    "Лавров", "Лаврова", "Лаврову", "Помпео", "Захарова", "Захаровой", "Рябков", "Рябкова",
    "Небензя", "Небензи", "Шойгу", "Гутерриш", "Гутерриша", "Венесуэла", "Венесуэлы",
    "Никарагуа", "Гренландия", "Гренландии", "Антарктида", "Антарктиды",
]  # fmt: skip
SYLLABLES = [
    "ка", "ло", "ри", "ма", "то", "ве", "ни", "ста", "про", "дор", "ген", "вал", "мир", "зан",
    "бел", "кор", "лин", "пос", "тив", "нал", "ром", "сев", "ден", "гра",
]  # fmt: skip
ENDINGS = ["", "а", "у", "ом", "ы", "ов", "ая", "ой", "ые", "ых", "ий", "ого", "ение", "ости"]

QUERIES = [
    # very common: match most of the archive
    "россия",
    "заявил",
    "министр",
    "россия министр",
    "президент заявил",
    # ordinary
    "переговоры",
    "санкции против",
    "безопасность Европы",
    "саммит БРИКС",
    "газ нефть",
    "НАТО граница",
    # rare names and word forms
    "Лаврова",
    "Помпео",
    "Захаровой",
    "Гренландия",
    "Лавров Помпео переговоры",
    # nothing matches (AND and the OR fallback both run)
    "кенгуру",
    "кенгуру утконос",
]


def _tail_words(rng: random.Random, count: int) -> list[str]:
    words = set()
    while len(words) < count:
        stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        words.add(stem + rng.choice(ENDINGS))
    return sorted(words)


def _generate(rng: random.Random, total: int) -> list[tuple[str, tuple[str, ...], list[Quote]]]:
    tail = _tail_words(rng, 20_000)
    weights = [1.0 / (rank + 1) for rank in range(len(tail))]
    tail_cum = list(_cumulative(weights))

    def sentence(length: int) -> str:
        words: list[str] = []
        for _ in range(length):
            roll = rng.random()
            if roll < 0.05:
                words.append(rng.choice(COMMON))
            elif roll < 0.45:
                words.append(rng.choice(ORDINARY))
            elif roll < 0.452:
                words.append(rng.choice(RARE))
            else:
                words.append(rng.choices(tail, cum_weights=tail_cum)[0])
        return " ".join(words).capitalize() + "."

    articles = []
    for _ in range(total):
        title = sentence(rng.randint(5, 10)).rstrip(".")
        paragraphs = tuple(sentence(rng.randint(30, 50)) for _ in range(rng.randint(2, 4)))
        quotes = [Quote(sentence(12), rng.choice(RARE), 1)] if rng.random() < 0.6 else []
        articles.append((title, paragraphs, quotes))
    return articles


def _cumulative(weights: list[float]) -> list[float]:
    total = 0.0
    out = []
    for w in weights:
        total += w
        out.append(total)
    return out


async def _fill(store: Store, articles: list[tuple[str, tuple[str, ...], list[Quote]]]) -> None:
    index = store.search
    batch = 5_000
    for start in range(0, len(articles), batch):
        rows = [
            (start + n + 1, *index.document(title, paragraphs, quotes))
            for n, (title, paragraphs, quotes) in enumerate(articles[start : start + batch])
        ]
        async with store.db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO search_fts (rowid, title, body, quotes) VALUES (?, ?, ?, ?)", rows
            )
    async with store.db.transaction() as conn:
        await conn.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")


async def _measure(index: SearchIndex, repeat: int) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {q: [] for q in QUERIES}
    for _ in range(repeat):
        for query in QUERIES:
            started = time.perf_counter()
            await index.search(query)
            timings[query].append((time.perf_counter() - started) * 1000)
    return timings


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def main(total: int, repeat: int) -> None:
    rng = random.Random(20200330)
    started = time.perf_counter()
    articles = _generate(rng, total)
    print(f"generated {total} articles in {time.perf_counter() - started:.1f} s")
    with tempfile.TemporaryDirectory() as folder:
        store = await Store.open(Path(folder) / "bench.sqlite3")
        try:
            started = time.perf_counter()
            await _fill(store, articles)
            print(f"indexed in {time.perf_counter() - started:.1f} s")
            matches = await store.db.scalar(
                "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?",
                ['"' + store.search.query_terms("россия")[0] + '"'],
            )
            print(f"«россия» matches {matches} of {total} articles")

            await _measure(store.search, 2)  # warm the page cache
            bounded = await _measure(store.search, repeat)
            unbounded = await _measure(SearchIndex(store.db, candidate_cap=10**9), repeat)
        finally:
            await store.close()

    print(f"\n{'query':<28} {'bounded p50':>12} {'plain bm25 p50':>15} {'ratio':>7}")
    for query in QUERIES:
        b = statistics.median(bounded[query])
        u = statistics.median(unbounded[query])
        print(f"{query:<28} {b:>10.2f}ms {u:>13.2f}ms {u / b:>6.1f}x")
    every_b = [t for ts in bounded.values() for t in ts]
    every_u = [t for ts in unbounded.values() for t in ts]
    print(
        f"\nall queries ({len(every_b)} runs): bounded p50 {statistics.median(every_b):.2f} ms, "
        f"p99 {_percentile(every_b, 0.99):.2f} ms; plain bm25 p50 "
        f"{statistics.median(every_u):.2f} ms, p99 {_percentile(every_u, 0.99):.2f} ms"
    )
    print(f"p50_ms {statistics.median(every_b):.2f}")
    print(f"p99_ms {_percentile(every_b, 0.99):.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    asyncio.run(main(args.articles, args.repeat))
