"""Reader handler throughput: /summary, /quotes, /source vs a bare aiogram handler, same run.

    .venv/bin/python -m bench.handlers [--articles 100000] [--hot 1000] [--rounds 25] [--batch 500]

What is measured: `Dispatcher.feed_update` of a real /summary|/quotes|/source <id> Update through
the bot's full wiring (all routers and middlewares of `create_dispatcher`), over a store of
100,000 articles on a SQLite file, with a cheap session that answers every request with one
pre-built Message (no HTTP, no JSON) — so the figures are the bot's own cost per update. The
baseline is a bare aiogram Dispatcher whose only handler answers "ok" with the same session.

Requests cycle over a hot set of article ids (readers ask about recent articles); the cache is
warmed first, and the cold cost (DB read + render) of a first request is printed separately.
Rounds interleave all four workloads so machine noise hits them alike; figures are medians over
rounds. The last line is `ratio <slowest of the three / bare>` (higher is better, 1.0 = free).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import Message, Update

from bot.app import create_dispatcher
from bot.config import Settings
from bot.local_session import LocalSession
from storage import Store

TOKEN = "123456789:AAFakeTokenForBench_abcdefghijklmnopqr"
READER = 1111
PARTS = ("summary", "quotes", "source")


class CheapSession(LocalSession):
    """Answers every request with the same pre-built result: the bot's own cost only."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0
        self._message = Message.model_validate(
            {
                "message_id": 1,
                "date": 0,
                "chat": {"id": READER, "type": "private", "first_name": "R"},
                "text": "ok",
            }
        )
        self._me = {"id": 123456789, "is_bot": True, "first_name": "Bot", "username": "bench_bot"}

    async def make_request(
        self, bot: Bot, method: TelegramMethod[TelegramType], timeout: int | None = None
    ) -> TelegramType:
        self.calls += 1
        if method.__api_method__ == "getMe":
            from aiogram.types import User

            return User.model_validate(self._me)  # type: ignore[return-value]
        return self._message  # type: ignore[return-value]


async def fill(store: Store, count: int) -> None:
    """`count` realistic articles in one executemany (the bench's setup, not what is timed)."""
    paragraphs = json.dumps(
        [
            "Министр иностранных дел России провёл переговоры с коллегой. " * 3,
            "«Мы готовы к диалогу», — сказал министр журналистам. " * 3,
            "Стороны обсудили стратегическую стабильность и урегулирование. " * 3,
        ],
        ensure_ascii=False,
    )
    quotes = json.dumps(
        [
            {"text": "Мы готовы к диалогу", "speaker": "Сергей Лавров", "paragraph": 1},
            {"text": "Санкции должны быть сняты", "speaker": "Мария Захарова", "paragraph": 2},
            {"text": "Работа продолжится", "speaker": None, "paragraph": 2},
        ],
        ensure_ascii=False,
    )
    sources = json.dumps(["МИД России", "ТАСС"], ensure_ascii=False)
    tags = json.dumps(["Россия", "США"], ensure_ascii=False)
    summary = "Министры обсудили стратегическую стабильность и двусторонние отношения. " * 2

    def rows() -> Any:
        for n in range(1, count + 1):
            day = f"2020-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:00+03:00"
            yield (
                n,
                f"url:https://interaffairs.ru/news/show/{n}",
                f"https://interaffairs.ru/news/show/{n}",
                f"Новость номер {n}: министры обсудили ситуацию в мире",
                day,
                day,
                "Новости",
                paragraphs,
                summary,
                quotes,
                sources,
                tags,
                f"hash{n}",
                day,
                day,
            )

    async with store.db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO articles (id, dedupe_key, url, title, published_at, sort_at, rubric, "
            "paragraphs, summary, quotes, sources, tags, content_hash, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows(),
        )


def make_update(bot: Bot, update_id: int, text: str) -> Update:
    """A /command Update already mounted on `bot` (as polling delivers them)."""
    data = {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 0,
            "chat": {"id": READER, "type": "private", "first_name": "R"},
            "from": {"id": READER, "is_bot": False, "first_name": "R", "language_code": "ru"},
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}],
        },
    }
    return Update.model_validate(data, context={"bot": bot})


def bare_dispatcher() -> Dispatcher:
    router = Router()

    @router.message()
    async def answer_ok(message: Message) -> None:
        await message.answer("ok")

    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    return dispatcher


async def run_batch(
    dispatcher: Dispatcher, bot: Bot, updates: list[Update]
) -> tuple[float, list[int]]:
    """(seconds for the batch, per-update latencies in ns)."""
    latencies = []
    clock = time.perf_counter_ns
    start = clock()
    for update in updates:
        t0 = clock()
        await dispatcher.feed_update(bot, update)
        latencies.append(clock() - t0)
    return (clock() - start) / 1e9, latencies


async def main(articles: int, hot: int, rounds: int, batch: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        store = await Store.open(path)
        t0 = time.perf_counter()
        await fill(store, articles)
        print(f"store: {await store.articles.count()} articles in {time.perf_counter() - t0:.1f} s")
        settings = Settings(_env_file=None, bot_token=TOKEN, database_path=path)
        session = CheapSession()
        bot = Bot(TOKEN, session=session)
        await bot.me()
        ours = create_dispatcher(settings, store)
        bare = bare_dispatcher()
        rng = random.Random(7)
        hot_ids = rng.sample(range(1, articles + 1), hot)

        ids = iter(range(1, 10**9))
        workloads = {
            "bare": [make_update(bot, next(ids), "/summary 1") for _ in range(batch)],
        }
        for part in PARTS:
            workloads[part] = [
                make_update(bot, next(ids), f"/{part} {hot_ids[i % hot]}") for i in range(batch)
            ]

        # Cold: the first request for each hot id (DB read + rendering), then the cache is warm.
        cold_updates = [make_update(bot, next(ids), f"/summary {i}") for i in hot_ids]
        cold_seconds, cold_lat = await run_batch(ours, bot, cold_updates)
        for part in PARTS:
            await run_batch(ours, bot, workloads[part][:hot])
        await run_batch(bare, bot, workloads["bare"][:hot])

        rates: dict[str, list[float]] = {name: [] for name in workloads}
        latencies: dict[str, list[int]] = {name: [] for name in workloads}
        for _ in range(rounds):
            for name, updates in workloads.items():
                dispatcher = bare if name == "bare" else ours
                seconds, lat = await run_batch(dispatcher, bot, updates)
                rates[name].append(len(updates) / seconds)
                latencies[name] += lat
        await store.close()

    def p99(values: list[int]) -> float:
        return statistics.quantiles(values, n=100)[98] / 1000

    print(
        f"workload: {batch} updates x {rounds} rounds, hot set {hot} of {articles} articles, "
        "cache warmed"
    )
    print(
        f"cold /summary (DB + render): {len(cold_updates) / cold_seconds:,.0f} upd/s, "
        f"p99 {p99(cold_lat):.0f} µs"
    )
    medians = {name: statistics.median(values) for name, values in rates.items()}
    for name in ("bare", *PARTS):
        print(
            f"{name:>8}: {medians[name]:>9,.0f} upd/s (median of rounds), "
            f"median {statistics.median(latencies[name]) / 1000:.0f} µs, "
            f"p99 {p99(latencies[name]):.0f} µs, x{medians[name] / medians['bare']:.2f}"
        )
    slowest = min(medians[p] for p in PARTS)
    print(f"ratio {slowest / medians['bare']:.2f}")


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--hot", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    asyncio.run(main(args.articles, args.hot, args.rounds, args.batch))


if __name__ == "__main__":
    cli()
