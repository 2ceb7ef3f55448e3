"""`python -m bot poll [--once]`: the feed by hand; one cycle prints "id<TAB>title" per new item.

Why: an operator sees that the feed is reachable and what it brings, without the token.
"""

from __future__ import annotations

import argparse
import asyncio
from typing import TYPE_CHECKING

from bot.cli.common import SettingsSource, Subparsers
from bot.errors import UsageError

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.ingest.poller import CycleReport


def register(sub: Subparsers) -> None:
    parser = sub.add_parser("poll", help="poll the site's feed (FEED_URL) and store new items")
    parser.add_argument("--once", action="store_true", help="one cycle, print what was added")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: SettingsSource) -> int:
    return asyncio.run(poll_command(settings(), once=args.once))


def format_report(report: CycleReport) -> list[str]:
    lines = [f"{a.id}\t{a.title}" for a in report.articles("created")]
    lines += [f"{a.id}\t{a.title} (обновлено)" for a in report.articles("changed")]
    return lines or ["no new items"]


async def poll_command(settings: Settings, *, once: bool) -> int:
    """One feed cycle (`--once`), or poll until interrupted; prints what was added."""
    from bot.ingest.intake import publisher_for
    from bot.ingest.poller import FeedPoller
    from bot.seed import open_store

    store = await open_store(settings.database_path)
    try:
        poller = FeedPoller(settings, store, publisher_for(settings, store))
        try:
            if once:
                report = await poller.run_once()
                if report.status == "failed":
                    raise UsageError(f"feed poll failed: {report.error}")
                for line in format_report(report):
                    print(line)
                return 0
            if settings.feed_poll_seconds == 0:
                raise UsageError("FEED_POLL_SECONDS is 0 (polling off); use `poll --once`")
            await poller.start()
            await asyncio.Event().wait()
        finally:
            await poller.stop()
    finally:
        await store.close()
    return 0
