"""The feed-poll service: every FEED_POLL_SECONDS, read the journal's feed and hand new or
changed articles to the delivery layer.

Why it is built this way:
- Conditional GET (ETag / Last-Modified kept in the database) so an unchanged feed costs one
  304 and a restart does not re-download it.
- Capped exponential backoff while the feed fails, so an outage of the site is not hammered.
- Every item is remembered (`feed_seen`): handled items are not announced twice, a page that
  failed with a 5xx or a timeout is retried later with its own backoff, a 404 or an empty page
  is left alone until the feed entry itself changes.
- One bad item is logged in one line and skipped; it never stops the cycle or the service.
- Delivery goes through an `ItemSink` (the delivery layer's Publisher has these methods), so
  the poller is tested with a recording fake and wired to the real Publisher in the app. What
  is handed over (propose / publish / refresh) is decided in `bot.ingest.intake`, the one path
  the command line's `ingest` takes too.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from bot.clock import MOSCOW, Clock, SystemClock, backoff_delay, utc_now
from bot.config import Settings
from bot.content.pipeline import build_draft
from bot.errors import BotError, DownloadError
from bot.ingest.feed import FeedItem, parse_feed
from bot.ingest.fetch import Fetcher, decode_text, user_agent
from bot.ingest.intake import ItemSink, store_item
from bot.ingest.page import PageData, extract_page
from bot.tasks import cancel_and_wait
from storage import Store
from storage.feed_state import FeedState, SeenItem, SeenStatus
from storage.models import Article, ArticleDraft

if TYPE_CHECKING:
    from bot.metrics import Metrics

log = logging.getLogger(__name__)

MAX_ITEMS_PER_CYCLE = 20
MAX_BACKOFF_SECONDS = 3600.0
MAX_ITEM_ATTEMPTS = 6
RETRY_BASE_SECONDS = 300.0  # a failed page is tried again after 5 min, 10, 20… up to 6 h
RETRY_CAP_SECONDS = 6 * 3600.0
STOP_GRACE_SECONDS = 10.0
MIN_FEED_TEXT = 200
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
)

ItemAction = Literal["created", "changed", "unchanged", "retry", "skipped"]


@dataclass(frozen=True, slots=True)
class ItemOutcome:
    """What one feed item came to in a cycle."""

    key: str
    action: ItemAction
    article: Article | None = None
    reason: str | None = None


@dataclass(slots=True)
class CycleReport:
    """One poll: "ok", "not_modified" (304) or "failed" (with the one-line reason)."""

    status: Literal["ok", "not_modified", "failed"]
    outcomes: list[ItemOutcome] = field(default_factory=list)
    error: str | None = None

    def articles(self, *actions: ItemAction) -> list[Article]:
        return [o.article for o in self.outcomes if o.action in actions and o.article]


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]


_EPOCH = datetime.min.replace(tzinfo=UTC)


def _oldest_first(
    chosen: list[tuple[FeedItem, SeenItem | None]],
) -> list[tuple[FeedItem, SeenItem | None]]:
    """The newest items are chosen, but handled in publication order, so the channel and the
    admins' previews read chronologically; undated items keep their feed order, last."""
    return sorted(chosen, key=lambda pair: (pair[0].published is None, pair[0].published or _EPOCH))


class FeedPoller:
    """Polls `settings.feed_url`; `run_once()` for one cycle, `start()`/`stop()` as a service."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        sink: ItemSink | None,
        *,
        fetcher: Fetcher | None = None,
        metrics: Metrics | None = None,
        clock: Clock | None = None,
        max_items: int = MAX_ITEMS_PER_CYCLE,
        max_backoff: float = MAX_BACKOFF_SECONDS,
    ) -> None:
        self._settings = settings
        self._store = store
        self._sink = sink
        self._owns_fetcher = fetcher is None
        self._fetcher = fetcher or Fetcher(user_agent(settings.site))
        self._metrics = metrics
        self._clock = clock or SystemClock()
        self._max_items = max_items
        self._max_backoff = max_backoff
        self._feed_url = str(settings.feed_url)
        self._failures = 0
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.errors = 0
        self.last_success: datetime | None = None
        self.last_error: str | None = None

    # --- the service -------------------------------------------------------------------------

    @property
    def base_interval(self) -> float:
        """Seconds between polls; 300 when polling is off (used for retry spacing only)."""
        return float(self._settings.feed_poll_seconds or 300)

    def next_delay(self) -> float:
        """How long to wait before the next poll, given the consecutive failures so far."""
        return backoff_delay(self._failures + 1, base=self.base_interval, cap=self._max_backoff)

    async def start(self) -> None:
        """Start polling in the background (first poll at once)."""
        if self._task is not None:
            return
        self._stop.clear()
        self._task = asyncio.create_task(self._loop(), name="feed-poller")

    async def stop(self) -> None:
        """Stop after the item in hand (so nothing is left stored but unannounced), waiting at
        most STOP_GRACE_SECONDS; then close the HTTP session the poller opened."""
        self._stop.set()
        task, self._task = self._task, None
        if task is not None:
            done, _ = await asyncio.wait({task}, timeout=STOP_GRACE_SECONDS)
            if not done:
                await cancel_and_wait(task)
        if self._owns_fetcher:
            await self._fetcher.close()

    async def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception:  # a bug must not end the service; the next cycle tries again
                log.exception("feed poll crashed")
                self._failures += 1
            if not self._stop.is_set():
                await self._wait(self.next_delay())

    async def _wait(self, delay: float) -> None:
        """Sleep `delay` seconds on the clock, cut short by stop()."""
        sleeper = asyncio.ensure_future(self._clock.sleep(delay))
        stopper = asyncio.ensure_future(self._stop.wait())
        try:
            await asyncio.wait({sleeper, stopper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in (sleeper, stopper):
                waiter.cancel()
            await asyncio.gather(sleeper, stopper, return_exceptions=True)

    # --- one cycle ---------------------------------------------------------------------------

    async def run_once(self) -> CycleReport:
        """Fetch the feed (conditionally), then handle at most `max_items` items."""
        state = await self._store.feed.get(self._feed_url)
        now = utc_now(self._clock)
        try:
            fetched = await self._fetcher.get(
                self._feed_url,
                accept=FEED_ACCEPT,
                etag=state.etag,
                last_modified=state.last_modified,
            )
            items = (
                []
                if fetched.not_modified
                else parse_feed(
                    fetched.body, base_url=fetched.url, content_type=fetched.content_type
                )
            )
        except BotError as exc:
            return await self._feed_failed(state, now, _one_line(str(exc)))
        self._failures = 0
        self.last_success = now
        if self._metrics is not None:
            self._metrics.feed_fetch_succeeded(now)
        await self._store.feed.save(
            state.succeeded(
                now,
                etag=fetched.etag or (state.etag if fetched.not_modified else None),
                last_modified=fetched.last_modified
                or (state.last_modified if fetched.not_modified else None),
            )
        )
        first_run = state.last_success is None
        report = CycleReport("not_modified" if fetched.not_modified else "ok")
        for item, previous in _oldest_first(await self._select(items, now, first_run=first_run)):
            if self._stop.is_set():
                break  # shutting down: the rest stays unseen and is handled next start
            report.outcomes.append(await self._handle(item, previous, now))
        if report.outcomes:
            counts = Counter(o.action for o in report.outcomes)
            log.info(
                "feed poll: %s", ", ".join(f"{n} {action}" for action, n in sorted(counts.items()))
            )
        return report

    async def _feed_failed(self, state: FeedState, now: datetime, error: str) -> CycleReport:
        self._failures = state.failures + 1  # from the database: backoff survives a restart
        self.errors += 1
        self.last_error = error
        if self._metrics is not None:
            self._metrics.feed_fetch_failed()
        await self._store.feed.save(state.failed(now, error))
        log.warning(
            "feed poll failed (%d in a row, next in %.0fs): %s",
            self._failures,
            self.next_delay(),
            error,
        )
        return CycleReport("failed", error=error)

    async def _select(
        self, items: list[FeedItem], now: datetime, *, first_run: bool
    ) -> list[tuple[FeedItem, SeenItem | None]]:
        """New, changed and due items, newest first, capped; the backlog at first run is
        remembered as skipped so a fresh install does not announce the feed's whole history."""
        seen = await self._store.feed.seen(item.key for item in items)
        chosen: list[tuple[FeedItem, SeenItem | None]] = []
        backlog: list[FeedItem] = []
        for item in items:
            previous = seen.get(item.key)
            wanted = (
                previous is None
                or previous.fingerprint != item.fingerprint()
                or _due(previous, now)
            )
            if not wanted:
                continue
            if len(chosen) < self._max_items:
                chosen.append((item, previous))
            elif first_run and previous is None:
                backlog.append(item)
        if backlog:
            await self._store.feed.mark_many(
                [
                    _seen(item, None, now, "skipped", reason="backlog at first poll")
                    for item in backlog
                ]
            )
            log.info("first feed poll: %d older items remembered, not announced", len(backlog))
        keys = {item.key for item, _ in chosen}
        room = self._max_items - len(chosen)
        if room > 0:
            for retry in await self._store.feed.due_retries(now, room + len(keys)):
                if retry.item_key not in keys and len(chosen) < self._max_items:
                    chosen.append((FeedItem.from_json(retry.item), retry))
        return chosen

    async def _handle(
        self, item: FeedItem, previous: SeenItem | None, now: datetime
    ) -> ItemOutcome:
        try:
            return await self._process(item, previous, now)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # one item must never stop the cycle
            log.exception("feed item %s failed unexpectedly", item.link)
            return await self._mark(item, previous, now, "retry", reason=type(exc).__name__)

    async def _process(
        self, item: FeedItem, previous: SeenItem | None, now: datetime
    ) -> ItemOutcome:
        try:
            page = await fetch_page(self._fetcher, item.link)
        except DownloadError as exc:
            attempts = _attempts(previous, item) + 1
            if exc.transient and attempts < MAX_ITEM_ATTEMPTS:
                return await self._mark(item, previous, now, "retry", reason=exc.reason)
            return await self._from_feed_or_skip(item, previous, now, exc.reason)
        except BotError as exc:  # no article on the page
            return await self._from_feed_or_skip(item, previous, now, _reason(exc, item.link))
        try:
            draft = draft_from_page(page, item)
        except BotError as exc:  # the content pipeline refused the text
            return await self._from_feed_or_skip(item, previous, now, _reason(exc, item.link))
        return await self._store_draft(item, previous, now, draft)

    async def _from_feed_or_skip(
        self, item: FeedItem, previous: SeenItem | None, now: datetime, reason: str
    ) -> ItemOutcome:
        """The page is gone for good: store the feed's own full text when it has one."""
        if len(item.content) >= MIN_FEED_TEXT:
            try:
                draft = build_draft(
                    item.content,
                    url=item.key,
                    title=item.title or None,
                    published_at=item.published.astimezone(MOSCOW) if item.published else None,
                    image_url=item.image_url,
                )
            except BotError as exc:
                reason = f"{reason}; feed text refused: {_one_line(str(exc))}"
            else:
                log.info("page %s unusable (%s); storing the feed's full text", item.link, reason)
                return await self._store_draft(item, previous, now, draft)
        return await self._mark(item, previous, now, "skipped", reason=reason)

    async def _store_draft(
        self, item: FeedItem, previous: SeenItem | None, now: datetime, draft: ArticleDraft
    ) -> ItemOutcome:
        result = await store_item(
            self._store, self._sink, draft, auto_post=self._settings.auto_post
        )
        article = result.article
        await self._mark(item, previous, now, "stored", article_id=article.id)
        if result.created:
            return ItemOutcome(item.key, "created", article)
        if result.changed:
            return ItemOutcome(item.key, "changed", article)
        return ItemOutcome(item.key, "unchanged", article)

    async def _mark(
        self,
        item: FeedItem,
        previous: SeenItem | None,
        now: datetime,
        status: Literal["stored", "retry", "skipped"],
        *,
        article_id: int | None = None,
        reason: str | None = None,
    ) -> ItemOutcome:
        seen = _seen(item, previous, now, status, article_id=article_id, reason=reason)
        status, reason = seen.status, seen.last_error
        await self._store.feed.mark(seen)
        if status != "stored":
            log.warning(
                "feed item %s %s: %s",
                item.link,
                "will be retried" if status == "retry" else "skipped",
                reason,
            )
        action: ItemAction = "retry" if status == "retry" else "skipped"
        return ItemOutcome(item.key, action, None, reason)


def _seen(
    item: FeedItem,
    previous: SeenItem | None,
    now: datetime,
    status: SeenStatus,
    *,
    article_id: int | None = None,
    reason: str | None = None,
) -> SeenItem:
    """The record of handling `item` now; a retry past MAX_ITEM_ATTEMPTS becomes a skip."""
    attempts = 0 if status == "stored" else _attempts(previous, item) + 1
    if status == "retry" and attempts >= MAX_ITEM_ATTEMPTS:
        status, reason = "skipped", f"gave up after {attempts} attempts: {reason}"
    next_at = None
    if status == "retry":
        base = backoff_delay(attempts, base=RETRY_BASE_SECONDS, cap=RETRY_CAP_SECONDS)
        next_at = now + timedelta(seconds=base)
    return SeenItem(
        item_key=item.key,
        fingerprint=item.fingerprint(),
        status=status,
        item=item.to_json(),
        first_seen_at=previous.first_seen_at if previous else now,
        updated_at=now,
        article_id=article_id or (previous.article_id if previous else None),
        attempts=attempts,
        next_attempt_at=next_at,
        last_error=reason,
    )


def _due(previous: SeenItem, now: datetime) -> bool:
    return (
        previous.status == "retry"
        and previous.next_attempt_at is not None
        and previous.next_attempt_at <= now
    )


def _attempts(previous: SeenItem | None, item: FeedItem) -> int:
    """Failed attempts so far; a changed feed entry starts the count again."""
    if previous is None or previous.fingerprint != item.fingerprint():
        return 0
    return previous.attempts


def _reason(exc: BaseException, url: str) -> str:
    return _one_line(str(exc).removeprefix(f"{url}: "))


async def fetch_page(fetcher: Fetcher, url: str) -> PageData:
    """Fetch one article page and extract it (DownloadError / ExtractError on bad input)."""
    fetched = await fetcher.get(url, html_only=True)
    html = await asyncio.to_thread(decode_text, fetched.body, fetched.charset)
    return await asyncio.to_thread(extract_page, html, fetched.url)


def draft_from_page(page: PageData, item: FeedItem | None = None) -> ArticleDraft:
    """The page's article through the content pipeline; feed data fills what the page lacks."""
    published = page.published_at
    if published is None and item is not None and item.published is not None:
        published = item.published.astimezone(MOSCOW)
    return build_draft(
        page.text,
        url=page.url,
        title=page.title or (item.title if item else None),
        published_at=published,
        rubric=page.rubric,
        author=page.author,
        image_url=page.image_url or (item.image_url if item else None),
    )
