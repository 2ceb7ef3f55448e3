"""Topic matching and daily digests at scale: 100,000 readers holding 300,000 topics.

    .venv/bin/python -m bench.topics [--readers 100000] [--topics 300000] [--articles 30]

Why synthetic: what matching costs depends on how many readers share an article's stems, not
on meaning. Topics are drawn, Zipf-distributed, from real foreign-affairs topics (countries,
people, organisations: the popular ones) and a long tail of made-up Russian-looking surnames;
one topic in ten has two words. Articles are a few hundred words of ordinary news vocabulary
with a dozen topic words drawn from the same distribution, speakers and tags, stored through
the real ArticleStore.

`match` is what deciding who gets one article costs: its stems (`article_terms`) and every
reader with a matching topic (`matching_readers`, the in-memory topic index; its one-off load
is reported apart); the median is reported with how many readers matched. For information,
the audience condition the broadcast's INSERT … SELECT uses is also timed in SQLite. The same
articles are matched again after adding as many readers again whose topics match nothing:
the same-run ratio shows the cost does not grow with readers who do not match.

`digest` builds and enqueues the daily digest of every reader (all in daily mode, one in ten
following everything) for the day's articles with the real DigestService; wall and process CPU
seconds are reported (aiosqlite's thread included). The last line is
`match_ms <median> digest_s <cpu seconds>`.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bot.clock import MOSCOW
from bot.delivery.digest import DigestService
from storage import Quote, Store
from storage.models import Article, ArticleDraft

POPULAR = [
    "Лавров", "Сирия", "#СНВ", "Китай", "США", "НАТО", "Захарова", "Путин", "Украина",
    "Иран", "Турция", "Индия", "ООН", "БРИКС", "ШОС", "Евросоюз", "Германия", "Франция",
    "Израиль", "Палестина", "Афганистан", "Япония", "Корея", "Бразилия", "Африка", "Арктика",
    "санкции", "энергетика", "ядерное оружие", "стратегическая стабильность", "Ближний Восток",
    "Венесуэла", "Куба", "Сербия", "Белоруссия", "Казахстан", "Армения", "Азербайджан",
    "Грузия", "Молдавия", "Пекин", "Вашингтон", "Блинкен", "Ван И", "Гутерриш", "Эрдоган",
]  # fmt: skip
FILLER = [
    "заявил", "министр", "переговоры", "стороны", "обсудили", "вопросы", "сотрудничества",
    "отметил", "также", "ситуации", "развитие", "отношений", "встреча", "рамках", "году",
    "международной", "безопасности", "политики", "региона", "глава", "ведомства", "визит",
]  # fmt: skip
SYLLABLES = ["ко", "ва", "ли", "ре", "ма", "то", "ни", "ска", "лев", "дор", "мир", "гал", "зен"]


def tail_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize() + "ов"


def vocabulary(rng: random.Random, size: int) -> list[str]:
    words = list(POPULAR)
    while len(words) < size:
        words.append(tail_word(rng))
    return words


def zipf_pick(rng: random.Random, words: list[str], weights: list[float]) -> str:
    return rng.choices(words, weights)[0]


async def fill_readers(
    store: Store, rng: random.Random, readers: int, topics: int, words: list[str]
) -> None:
    weights = [1.0 / (rank + 1) for rank in range(len(words))]
    subscribers = []
    topic_rows: list[tuple[Any, ...]] = []
    term_rows: list[tuple[Any, ...]] = []
    topic_id = 0
    per_reader = topics / readers
    for user_id in range(1, readers + 1):
        everything = int(user_id % 10 == 0)
        subscribers.append((user_id, everything))
        count = max(1, round(rng.gauss(per_reader, 1.0)))
        seen: set[str] = set()
        for _ in range(count):
            label = zipf_pick(rng, words, weights)
            if rng.random() < 0.1:
                label += " " + zipf_pick(rng, words, weights)
            terms = store.topics.topic_terms(label)
            key = " ".join(terms)
            if key in seen or not terms:
                continue
            seen.add(key)
            topic_id += 1
            topic_rows.append((topic_id, user_id, key, label))
            term_rows += [(term, topic_id, user_id, len(terms)) for term in terms]
    async with store.db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO subscribers (user_id, status, language, everything, delivery, "
            "created_at, updated_at) VALUES (?, 'active', 'ru', ?, 'instant', '', '')",
            subscribers,
        )
        await conn.executemany(
            "INSERT INTO reader_topics (id, user_id, key, label, created_at) "
            "VALUES (?, ?, ?, ?, '')",
            topic_rows,
        )
        await conn.executemany(
            "INSERT INTO topic_terms (term, topic_id, user_id, size) VALUES (?, ?, ?, ?)",
            term_rows,
        )
    print(f"readers {readers}, topics {len(topic_rows)}, index rows {len(term_rows)}")


def draft(rng: random.Random, number: int, words: list[str], moment: datetime) -> ArticleDraft:
    weights = [1.0 / (rank + 1) for rank in range(len(words))]
    topical = [zipf_pick(rng, words, weights).lstrip("#") for _ in range(12)]
    paragraphs = []
    for _ in range(8):
        sentence = [rng.choice(FILLER) for _ in range(45)] + rng.sample(topical, 3)
        rng.shuffle(sentence)
        paragraphs.append(" ".join(sentence) + ".")
    speaker = f"Иван {topical[0]}"
    return ArticleDraft(
        title=f"{topical[1]} и {topical[2]}: {' '.join(rng.sample(FILLER, 5))}",
        paragraphs=tuple(paragraphs),
        summary=paragraphs[0][:200],
        quotes=(Quote(paragraphs[1][:150], speaker, 1),),
        tags=tuple(topical[3:6]),
        url=f"https://interaffairs.ru/news/show/{number}",
        published_at=moment,
    )


async def time_matching(
    store: Store, articles: list[Article]
) -> tuple[list[float], list[int], list[float]]:
    """Per article: its stems and its matching readers (the decision: who gets it), then, for
    information, the broadcast's audience condition run in SQLite (counted, not written)."""
    times, matched, sql_times = [], [], []
    for article in articles:
        start = time.perf_counter()
        found = await store.topics.matching_readers(store.topics.article_terms(article))
        times.append((time.perf_counter() - start) * 1000)
        matched.append(len(found))
        start = time.perf_counter()
        audience = await store.topics.audience(store.topics.article_terms(article))
        await store.db.scalar(
            f"SELECT count(*) FROM subscribers WHERE {audience.where}", audience.params
        )
        sql_times.append((time.perf_counter() - start) * 1000)
    return times, matched, sql_times


async def add_strangers(store: Store, first: int, count: int) -> None:
    """Readers whose topics no article mentions: matching must not notice them."""
    rows = [(first + n, f"Незнакомец{n % 997}ский") for n in range(count)]
    async with store.db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO subscribers (user_id, status, language, everything, created_at, "
            "updated_at) VALUES (?, 'active', 'ru', 0, '', '')",
            [(user_id,) for user_id, _ in rows],
        )
        await conn.executemany(
            "INSERT INTO topic_terms (term, topic_id, user_id, size) VALUES (?, ?, ?, 1)",
            [(store.topics.topic_terms(label)[0], user_id, user_id) for user_id, label in rows],
        )


class _Me:
    username = "bench_bot"


class _Bot:
    """Only what DigestService asks of a Bot: its username."""

    async def me(self) -> _Me:
        return _Me()


class _Clock:
    def __init__(self, moment: float) -> None:
        self.moment = moment

    def now(self) -> float:
        return self.moment

    async def sleep(self, seconds: float) -> None:
        self.moment += seconds


async def build(
    folder: Path, readers: int, topics: int, count: int, seed: int
) -> tuple[Store, list[Article], datetime]:
    rng = random.Random(seed)
    store = await Store.open(folder / f"topics-{readers}.sqlite3")
    words = vocabulary(rng, 5000)
    await fill_readers(store, rng, readers, topics, words)
    day = datetime(2026, 11, 30, 9, 0, tzinfo=MOSCOW)
    articles = []
    for number in range(1, count + 1):
        moment = day - timedelta(hours=23) + timedelta(minutes=40 * number)
        article = (await store.articles.upsert(draft(rng, number, words, moment))).article
        terms = store.topics.article_terms(article)
        await store.topics.record_published(article.id, terms, moment.timestamp())
        articles.append(article)
    return store, articles, day


async def run(readers: int, topics: int, count: int) -> int:
    with tempfile.TemporaryDirectory() as folder:
        store, articles, day = await build(Path(folder), readers, topics, count, 7)
        start = time.perf_counter()
        await store.topics.matching_readers(())
        print(f"index loaded in {time.perf_counter() - start:.2f} s (once per process/change)")
        times, matched, sql_times = await time_matching(store, articles)
        median = statistics.median(times)
        print(
            f"match: median {median:.1f} ms, max {max(times):.1f} ms over {len(times)} "
            f"articles; readers matched: median {statistics.median(matched):.0f} "
            f"of {readers}, max {max(matched)}"
        )
        print(
            "the broadcast's audience query in SQLite (stems, match, then the condition): "
            f"median {statistics.median(sql_times):.1f} ms"
        )
        await add_strangers(store, 10 * readers, readers)
        await store.topics.matching_readers(())  # the index changed: load it again
        again, _, _ = await time_matching(store, articles)
        print(
            f"match with {readers} more readers whose topics match nothing: median "
            f"{statistics.median(again):.1f} ms (ratio {statistics.median(again) / median:.2f})"
        )
        async with store.db.transaction() as conn:
            await conn.execute(
                "UPDATE subscribers SET delivery = 'daily' WHERE user_id <= ?", (readers,)
            )
            await conn.execute("DELETE FROM subscribers WHERE user_id > ?", (readers,))
        service = DigestService(_Bot(), store, clock=_Clock(day.timestamp()))  # type: ignore[arg-type]
        wall, cpu = time.perf_counter(), time.process_time()
        enqueued = await service.run_due()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        payloads = await store.db.scalar("SELECT count(*) FROM outbox_payloads")
        print(
            f"digest: {enqueued} digests ({payloads} distinct messages) for {readers} readers "
            f"in {wall:.1f} s wall, {cpu:.1f} s CPU"
        )
        await store.close()
    print(f"match_ms {median:.1f} digest_s {cpu:.1f}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readers", type=int, default=100_000)
    parser.add_argument("--topics", type=int, default=300_000)
    parser.add_argument("--articles", type=int, default=30)
    args = parser.parse_args()
    return asyncio.run(run(args.readers, args.topics, args.articles))


if __name__ == "__main__":
    raise SystemExit(main())
