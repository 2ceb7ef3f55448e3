"""The Scheduler: hands scheduled posts to the publisher when their time comes.

Why a service beside the outbox worker: a scheduled post stays an editor's decision (it can be
cancelled, moved, brought forward) until its time; only then is it rendered and enqueued like
any other post, so rate limits, retries and the no-duplicate rule are the outbox's as always.
It wakes at the earliest scheduled time (looking again at least every POLL_SECONDS, which also
picks up what another process scheduled), so a post goes out within seconds of its time; after
a restart, anything overdue goes out at once.
"""

from __future__ import annotations

import asyncio
import logging

from bot.clock import Clock, SystemClock
from bot.delivery.publisher import Publisher, PublishStatus
from bot.tasks import cancel_and_wait
from storage import Store
from storage.editorial import Editor

log = logging.getLogger(__name__)

POLL_SECONDS = 5.0


class Scheduler:
    """One per process: `start()` / `stop()` with the bot; tests call `run_due()`."""

    def __init__(self, store: Store, publisher: Publisher, *, clock: Clock | None = None) -> None:
        self._store = store
        self._publisher = publisher
        self._clock = clock or SystemClock()
        self._task: asyncio.Task[None] | None = None

    async def run_due(self) -> int:
        """Publish every post whose time has come; returns how many were handed over."""
        handed = 0
        for item in await self._store.editorial.due(self._clock.now()):
            article = await self._store.articles.get(item.article_id)
            if article is not None:
                result = await self._publisher.publish(
                    article, notify_chat_id=item.by_id, by=Editor(item.by_id, item.by_name)
                )
                log.info("scheduled post of article %d → %s", article.id, result.status.value)
                handed += result.status is PublishStatus.ENQUEUED
            await self._store.editorial.unschedule(item.article_id)
        return handed

    async def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="scheduler")

    async def stop(self) -> None:
        task, self._task = self._task, None
        await cancel_and_wait(task)

    async def _loop(self) -> None:
        while True:
            try:
                await self.run_due()
                next_at = await self._store.editorial.next_at()
            except Exception:
                log.exception("scheduler: a round failed; trying again shortly")
                next_at = None
            delay = POLL_SECONDS
            if next_at is not None:
                delay = min(delay, max(next_at - self._clock.now(), 0.05))
            await self._clock.sleep(delay)
