"""`python -m bot backfill --from-id N --to-id M [--rate R] [--recheck]`: fill the archive from
the site's pages SITE_URL/news/show/<id>, politely and resumably (bot.ingest.backfill).

Prints a progress bar on stderr while it runs and, at the end (also when the site made it
stop), one line of counts: stored, unchanged, skipped, failed. Nothing backfilled is posted or
sent to anyone.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import TYPE_CHECKING

from bot.cli.common import SettingsSource, Subparsers
from bot.errors import UsageError

if TYPE_CHECKING:
    from bot.config import Settings

MAX_RANGE = 1_000_000
MAX_RATE = 20.0


def register(sub: Subparsers) -> None:
    parser = sub.add_parser(
        "backfill", help="store the site's archive pages /news/show/<id> for a range of ids"
    )
    parser.add_argument("--from-id", type=int, required=True, help="first page id")
    parser.add_argument("--to-id", type=int, required=True, help="last page id (inclusive)")
    parser.add_argument(
        "--rate", type=float, default=1.0, help="requests a second (default 1, at most 20)"
    )
    parser.add_argument(
        "--recheck",
        action="store_true",
        help="ask again for pages met before, with If-Modified-Since",
    )
    parser.set_defaults(handler=handle)


def check_range(first: int, last: int, rate: float) -> None:
    if first < 1 or last < first:
        raise UsageError(f"--from-id {first} --to-id {last}: expected 1 ≤ from-id ≤ to-id")
    if last - first + 1 > MAX_RANGE:
        raise UsageError(f"at most {MAX_RANGE} pages a run; split the range")
    if not 0 < rate <= MAX_RATE:
        raise UsageError(f"--rate {rate}: expected more than 0 and at most {MAX_RATE}")


def handle(args: argparse.Namespace, settings: SettingsSource) -> int:
    check_range(args.from_id, args.to_id, args.rate)
    return asyncio.run(
        backfill_command(settings(), args.from_id, args.to_id, rate=args.rate, recheck=args.recheck)
    )


async def backfill_command(
    settings: Settings, first: int, last: int, *, rate: float, recheck: bool
) -> int:
    from tqdm import tqdm

    from bot.errors import BackfillStopped
    from bot.ingest.backfill import Backfill, BackfillCounts
    from bot.ingest.fetch import Fetcher, user_agent
    from bot.seed import open_store

    bar = tqdm(total=last - first + 1, unit="page", file=sys.stderr, dynamic_ncols=True)

    def progress(page_id: int, counts: BackfillCounts) -> None:
        bar.update(1)
        bar.set_postfix_str(counts.line(), refresh=False)

    store = await open_store(settings.database_path)
    try:
        async with Fetcher(user_agent(settings.site)) as fetcher:
            backfill = Backfill(
                store, fetcher, settings.site, rate=rate, recheck=recheck, progress=progress
            )
            try:
                await backfill.run(first, last)
            except BackfillStopped:
                bar.close()
                print(backfill.counts.line())
                raise
    finally:
        bar.close()
        await store.close()
    print(backfill.counts.line())
    return 0
