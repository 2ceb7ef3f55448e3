"""The archive backfill: walk SITE_URL/news/show/<id> for a range of ids and store the articles.

Why: who said what, search and related reading are only as good as the archive, and the feed
brings only the newest items.

Politely: one request per `1/rate` seconds (default one a second); a page met before is asked
again only with `--recheck`, and then with If-Modified-Since (304 → unchanged). A 429 or 5xx is
retried after a growing pause; `max_failures` of them in a row stop the run (the site is
struggling), and the next run continues where this one stopped, because every page's outcome is
remembered (storage.backfill). Backfilled articles are stored only: never proposed, posted or
sent to anyone (no Publisher here).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass

from bot.clock import Clock, SystemClock
from bot.errors import BackfillStopped, BotError, DownloadError, ExtractError
from bot.ingest.fetch import Fetcher, decode_text
from bot.ingest.page import extract_page
from bot.ingest.poller import draft_from_page
from storage import Store
from storage.backfill import PageOutcome, PageRecord

log = logging.getLogger(__name__)

DEFAULT_RATE = 1.0  # requests a second
MAX_FAILURES = 3  # 429/5xx in a row that stop the run
MAX_PAUSE = 60.0
PAGE_PATH = "/news/show/{id}"


@dataclass
class BackfillCounts:
    stored: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0

    def line(self) -> str:
        return (
            f"stored {self.stored}, unchanged {self.unchanged}, skipped {self.skipped}, "
            f"failed {self.failed}"
        )


Progress = Callable[[int, BackfillCounts], None]  # (page id just done, counts so far)


class Backfill:
    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        site: str,
        *,
        rate: float = DEFAULT_RATE,
        recheck: bool = False,
        max_failures: int = MAX_FAILURES,
        clock: Clock | None = None,
        progress: Progress | None = None,
    ) -> None:
        self._store = store
        self._fetcher = fetcher
        self._site = site.rstrip("/")
        self._interval = 1.0 / rate
        self._recheck = recheck
        self._max_failures = max_failures
        self._clock = clock or SystemClock()
        self._progress = progress
        self._next_request = 0.0
        self.counts = BackfillCounts()

    def url(self, page_id: int) -> str:
        return self._site + PAGE_PATH.format(id=page_id)

    async def run(self, first: int, last: int) -> BackfillCounts:
        """Walk ids first…last; raises BackfillStopped (counts so far in `.counts`)."""
        known = await self._store.backfill.records(first, last)
        for page_id in range(first, last + 1):
            try:
                outcome = await self._page(page_id, known.get(page_id))
            except BackfillStopped:
                self.counts.failed += 1
                raise
            if outcome is None:
                self.counts.skipped += 1
            elif outcome in (PageOutcome.UNUSABLE, PageOutcome.FAILED):
                self.counts.failed += 1
            elif outcome is PageOutcome.STORED:
                self.counts.stored += 1
            else:
                self.counts.unchanged += 1
            if self._progress is not None:
                self._progress(page_id, self.counts)
        return self.counts

    async def _page(self, page_id: int, known: PageRecord | None) -> PageOutcome | None:
        """Fetch and store one page; None when it is skipped without a request."""
        if known is not None and known.outcome is PageOutcome.UNUSABLE:
            return None
        done = known is not None and known.outcome is not PageOutcome.FAILED
        if done and not self._recheck:
            return None
        validator = known.last_modified if done and known is not None else None
        failures = 0
        while True:
            await self._polite_pause()
            try:
                return await self._fetch_and_store(page_id, validator)
            except DownloadError as exc:
                if not exc.transient:
                    await self._store.backfill.record(
                        page_id, PageOutcome.UNUSABLE, reason=exc.reason
                    )
                    log.info("backfill: page %d skipped: %s", page_id, exc.reason)
                    return PageOutcome.UNUSABLE
                failures += 1
                if failures >= self._max_failures:
                    await self._store.backfill.record(
                        page_id, PageOutcome.FAILED, reason=exc.reason
                    )
                    raise BackfillStopped(
                        f"the site answered {exc.reason} {failures} times in a row at page "
                        f"{page_id}; stopped, run again later to continue from there"
                    ) from None
                pause = min(self._interval * 2**failures, MAX_PAUSE)
                log.warning("backfill: page %d: %s; waiting %.0f s", page_id, exc.reason, pause)
                await self._clock.sleep(pause)

    async def _polite_pause(self) -> None:
        wait = self._next_request - self._clock.now()
        if wait > 0:
            await self._clock.sleep(wait)
        self._next_request = self._clock.now() + self._interval

    async def _fetch_and_store(self, page_id: int, validator: str | None) -> PageOutcome:
        url = self.url(page_id)
        fetched = await self._fetcher.get(url, html_only=True, last_modified=validator)
        if fetched.not_modified:
            await self._store.backfill.record(page_id, PageOutcome.UNCHANGED)
            return PageOutcome.UNCHANGED
        html = await asyncio.to_thread(decode_text, fetched.body, fetched.charset)
        try:
            page = await asyncio.to_thread(extract_page, html, fetched.url)
            result = await self._store.articles.upsert(draft_from_page(page))
        except (ExtractError, BotError) as exc:
            reason = " ".join(str(exc).split())[:200]
            await self._store.backfill.record(page_id, PageOutcome.UNUSABLE, reason=reason)
            log.info("backfill: page %d is not an article: %s", page_id, reason)
            return PageOutcome.UNUSABLE
        outcome = PageOutcome.STORED if result.created or result.changed else PageOutcome.UNCHANGED
        await self._store.backfill.record(
            page_id,
            outcome,
            article_id=result.article.id,
            last_modified=fetched.last_modified,
        )
        return outcome
