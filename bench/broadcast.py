"""Broadcast benchmark: one article to N subscribers (default 100,000) through the real outbox.

    python -m bench.broadcast [--subscribers 100000] [--scale 27] [--paid]

The real worker (OutboxWorker.start/stop, the production loop, real SQLite file, real aiohttp
session) sends to a fake Bot API server on 127.0.0.1 in a subprocess (bench/fake_limited_api.py)
that enforces Telegram's limits and answers 429 when they are broken.

Compressed clock: real time, but every limit ×`--scale` on both sides (server and bot settings),
so 100,000 messages at "30/s" (810/s) take ~2 min instead of 55 min. Why 27: it keeps the
default run below 1,000/s, so on 2 cores the share measures the limiter, not the CPU (the bot
and the fake API share them). The figures are shares of the configured (scaled) limit, which
is what the limiter controls; `cpu` is the bot process's CPU time per delivered message, the
figure that does not depend on what else the machine runs.

Prints medians and ratios measured in this run; the last line is
`share_of_limit <x> 429s <n> duplicates <n>`.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import aiohttp

from bot.app import create_bot
from bot.config import Settings
from bot.delivery.publisher import Publisher
from bot.delivery.worker import OutboxWorker
from bot.metrics import Metrics
from storage import Store, outbox
from storage.models import ArticleDraft

TOKEN = "123456789:AAFakeTokenForBenchmarks_abcdefghijk"


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _cpu_seconds() -> float:
    """User + system CPU time of this process (the bot; the fake API is another process)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def _start_server(
    rates: tuple[float, float, float],
) -> tuple[asyncio.subprocess.Process, int]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.fake_limited_api",
        "--global-rate",
        str(rates[0]),
        "--private-rate",
        str(rates[1]),
        "--group-rate",
        str(rates[2]),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    assert proc.stdout is not None
    line = (await proc.stdout.readline()).decode().strip()
    if not line.startswith("port "):
        raise RuntimeError(f"fake API did not start: {line!r}")
    return proc, int(line.split()[1])


async def _subscribe_all(store: Store, count: int) -> None:
    now = datetime.now(UTC).isoformat()
    async with store.db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO subscribers (user_id, status, language, created_at, updated_at) "
            "VALUES (?, 'active', 'ru', ?, ?)",
            ((1_000_000 + i, now, now) for i in range(count)),
        )


def _article() -> ArticleDraft:
    return ArticleDraft(
        title="Лавров и Помпео обсудили ситуацию в мире",
        paragraphs=("По инициативе американской стороны состоялся телефонный разговор.",) * 3,
        summary="Министры обсудили пандемию коронавируса и стратегическую стабильность.",
        tags=("Россия", "США"),
        url="https://interaffairs.ru/news/show/1",
    )


async def run(subscribers: int, scale: float, paid: bool) -> int:
    baseline = _rss_mb()  # the interpreter with aiogram and the bot imported, before any work
    global_rate = 30.0 * scale if not paid else 1000.0
    private_rate = 1.0 * scale
    group_per_minute = 20.0 * scale
    server, port = await _start_server((global_rate, private_rate, group_per_minute / 60))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(
                _env_file=None,  # type: ignore[call-arg]
                bot_token=TOKEN,  # type: ignore[arg-type]
                admin_ids="1",  # type: ignore[arg-type]
                channel_id="@bench_channel",
                database_path=Path(tmp) / "bench.sqlite3",
                bot_api_server=f"http://127.0.0.1:{port}",  # type: ignore[arg-type]
                rate_global_per_second=30.0 * scale,
                rate_private_per_second=private_rate,
                rate_group_per_minute=group_per_minute,
                broadcast_paid=paid,
            )
            store = await Store.open(settings.database_path)
            bot = create_bot(settings)
            try:
                print(
                    f"clock                  compressed: real time, every limit ×{scale:g} "
                    "on both sides (bot settings and fake API)"
                )
                print(
                    f"rss baseline           {baseline:.0f} MB after imports (aiogram's types "
                    "alone are most of it)"
                )
                return await _measure(settings, store, bot, subscribers, global_rate, port)
            finally:
                await bot.session.close()
                await store.close()
    finally:
        if server.stdin is not None:
            server.stdin.close()
        try:
            await asyncio.wait_for(server.wait(), 5)
        except TimeoutError:
            server.kill()


async def _measure(
    settings: Settings, store: Store, bot: object, subscribers: int, limit: float, port: int
) -> int:
    t0 = time.perf_counter()
    await _subscribe_all(store, subscribers)
    article = (await store.articles.upsert(_article())).article
    await Publisher(settings, store).publish(article)
    setup = time.perf_counter() - t0
    total = subscribers + 1
    metrics = Metrics()
    worker = OutboxWorker(bot, store, settings, metrics=metrics)  # type: ignore[arg-type]
    rss_start = _rss_mb()
    samples: list[tuple[float, int, float]] = []
    cpu_start = _cpu_seconds()
    start = time.perf_counter()
    await worker.start()
    while await store.outbox.backlog():
        await asyncio.sleep(1.0)
        samples.append((time.perf_counter(), metrics.messages_sent_total, _rss_mb()))
    elapsed = time.perf_counter() - start
    await worker.stop()
    cpu = _cpu_seconds() - cpu_start

    async with (
        aiohttp.ClientSession() as http,
        http.get(f"http://127.0.0.1:{port}/stats") as response,
    ):
        server = await response.json()
    counts = await store.outbox.counts()
    per_second = [
        (b[1] - a[1]) / (b[0] - a[0])
        for a, b in itertools.pairwise(samples)
        if b[1] < total  # full seconds of steady state, not the tail
    ]
    median_rate = statistics.median(per_second) if per_second else total / elapsed
    overall_rate = server["accepted"] / server["span_seconds"] if server["span_seconds"] else 0.0
    share = overall_rate / limit
    rss = [s[2] for s in samples] or [_rss_mb()]
    print(f"subscribers            {subscribers}")
    print(f"configured limit       {limit:.0f} msg/s (Telegram 30/s × scale; see --scale)")
    print(f"setup (enqueue)        {setup:.2f} s")
    print(
        f"delivered              {counts[outbox.SENT]} sent, {counts[outbox.FAILED]} failed, "
        f"{counts[outbox.UNKNOWN]} unknown, in {elapsed:.1f} s"
    )
    print(f"rate overall           {overall_rate:.0f} msg/s = {share:.3f} of the limit")
    print(
        f"rate median per second {median_rate:.0f} msg/s = {median_rate / limit:.3f} of the limit"
    )
    print(f"server                 {server['accepted']} accepted, {server['rate_limited']} × 429")
    sent = max(counts[outbox.SENT], 1)
    print(
        f"cpu                    {cpu:.1f} s for {counts[outbox.SENT]} sent = "
        f"{cpu / sent * 1e6:.0f} µs per delivered message (getrusage, this process)"
    )
    print(
        f"rss                    start {rss_start:.0f} MB, median {statistics.median(rss):.0f} MB, "
        f"max sampled {max(rss):.0f} MB, peak (getrusage) {_peak_rss_mb():.0f} MB"
    )
    print(
        f"server burst           max {server['max_in_100ms']} arrivals in 100 ms; "
        f"first 429s {server['first_429s']}"
    )
    print(
        f"share_of_limit {share:.3f} 429s {server['rate_limited']} "
        f"duplicates {server['duplicates']}"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="broadcast benchmark")
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument(
        "--scale", type=float, default=27.0, help="compress time: every limit × this (default 27)"
    )
    parser.add_argument("--paid", action="store_true", help="BROADCAST_PAID: 1000/s overall")
    args = parser.parse_args(argv)
    return asyncio.run(run(args.subscribers, args.scale, args.paid))


if __name__ == "__main__":
    raise SystemExit(main())
