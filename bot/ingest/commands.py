"""`python -m bot ingest URL` and `python -m bot poll [--once]`: the ingest path by hand.

Why: an editor checks what the bot makes of one page before it reaches anyone, and an operator
runs one feed cycle to see that the feed is reachable — both without the Telegram token.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from bot.config import Settings
from bot.errors import UsageError
from bot.ingest.fetch import Fetcher, user_agent
from bot.ingest.intake import publisher_for
from bot.ingest.poller import CycleReport, FeedPoller, draft_from_page, fetch_page
from bot.offline import parse_published, store_and_print_id
from bot.seed import open_store

log = logging.getLogger(__name__)


def is_web_url(target: str) -> bool:
    return target.strip().lower().startswith(("http://", "https://"))


async def ingest_url_command(
    settings: Settings, url: str, *, title: str | None, published: str | None
) -> int:
    """Fetch, analyse and store one page as the feed would (bot.ingest.intake); prints its id."""
    when = parse_published(published)
    async with Fetcher(user_agent(settings.site)) as fetcher:
        page = await fetch_page(fetcher, url.strip())
    page = replace(page, title=title or page.title, published_at=when or page.published_at)
    draft = draft_from_page(page)
    return await store_and_print_id(settings, draft)


def format_report(report: CycleReport) -> list[str]:
    lines = [f"{a.id}\t{a.title}" for a in report.articles("created")]
    lines += [f"{a.id}\t{a.title} (обновлено)" for a in report.articles("changed")]
    return lines or ["no new items"]


async def poll_command(settings: Settings, *, once: bool) -> int:
    """One feed cycle (`--once`), or poll until interrupted; prints what was added."""
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
