"""What a finished send leads to: the row's new state and what it causes.

Why apart from the worker: the worker is about pages, limits and concurrency; this is about one
row's result. A failure goes through the decision table (`policy.decide`), and each `Action`
has one small handler below, so the guarantees read the same here as in the README's table.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.clock import Clock
from bot.delivery import notices, photo
from bot.delivery.limiter import RateLimiter
from bot.delivery.links import channel_url, post_link
from bot.delivery.policy import Action, Delivered, Failed, Fault, Outcome, decide, retry_delay
from bot.render.message import RenderedMessage
from storage.editorial import EditorAction
from storage.outbox import ALERTED_KINDS, Completion, Kind, NewMessage, OutboxItem, State
from storage.outbox import alert_generation as _alert_generation

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.metrics import Metrics
    from storage import Store

log = logging.getLogger("bot.delivery.worker")


@dataclass(slots=True)
class Result:
    """One row's result, recorded with others in one transaction."""

    completion: Completion
    follow_ups: list[NewMessage] = field(default_factory=list)
    blocked_user: int | None = None


def where(item: OutboxItem) -> str:
    return f"outbox #{item.id} ({item.kind} to {item.chat_id}, article {item.article_id})"


class Outcomes:
    """Turns outcomes into results; one per worker (it shares the worker's limiter)."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        limiter: RateLimiter,
        clock: Clock,
        metrics: Metrics | None = None,
    ) -> None:
        self._settings = settings
        self._store = store
        self._limiter = limiter
        self._clock = clock
        self._metrics = metrics
        self._handlers: dict[Action, Callable[[OutboxItem, Failed], Awaitable[Result]]] = {
            Action.SENT: self._not_modified,
            Action.WAIT: self._wait,
            Action.RETRY: self._retry,
            Action.RESEND: self._retry,
            Action.BLOCK: self._block,
            Action.FAIL: self._fail,
            Action.UNKNOWN: self._unknown,
        }

    async def result(
        self,
        item: OutboxItem,
        outcome: Outcome,
        target: int | None,
        *,
        photo_refused: str | None = None,
    ) -> Result:
        """`photo_refused`: Telegram refused the photo and this outcome is the text version's."""
        if isinstance(outcome, Delivered):
            result = await self._delivered(item, outcome.message_id or target)
            if photo_refused is not None:
                self._note_photo_refused(item, result, photo_refused)
            return result
        if outcome.fault is Fault.BLOCKED and self._metrics is not None:
            self._metrics.forbidden()
        action = decide(outcome.fault, item.kind, last_error=item.error)
        return await self._handlers[action](item, outcome)

    async def _delivered(self, item: OutboxItem, message_id: int | None) -> Result:
        if self._metrics is not None:
            self._metrics.message_sent()
        completion = Completion(item.id, State.SENT, message_id=message_id)
        if item.kind is not Kind.POST or item.notify_chat_id is None:
            return Result(completion)
        article = await self._store.articles.get(item.article_id)
        title = article.title if article is not None else f"№{item.article_id}"
        done = await self._store.editorial.last(item.article_id, EditorAction.PUBLISHED)
        link = post_link(self._settings, message_id)
        message = notices.published(item.article_id, title, link, done.by_name if done else None)
        confirm = NewMessage(
            chat_id=item.notify_chat_id,
            kind=Kind.CONFIRM,
            payload=message.to_json(),
            article_id=item.article_id,
            generation=item.generation,
        )
        return Result(completion, follow_ups=[confirm])

    def _note_photo_refused(self, item: OutboxItem, result: Result, reason: str) -> None:
        """Sent as text: the row says so (a later edit then edits text, not a caption) and the
        admins hear of the photo once."""
        done = result.completion
        error = photo.PHOTO_REFUSED + reason
        result.completion = Completion(done.id, done.state, message_id=done.message_id, error=error)
        result.follow_ups += self.alerts(item, notices.photo_refused(item.article_id, reason))

    async def _not_modified(self, item: OutboxItem, failed: Failed) -> Result:
        return Result(Completion(item.id, State.SENT, error=None))

    async def _wait(self, item: OutboxItem, failed: Failed) -> Result:
        if self._metrics is not None:
            self._metrics.rate_limited()
        self._limiter.pause(failed.retry_after)
        log.warning("%s: 429, waiting %.0f s (%s)", where(item), failed.retry_after, failed.reason)
        not_before = self._clock.now() + failed.retry_after
        return Result(
            Completion(item.id, State.PENDING, not_before=not_before, error=failed.reason)
        )

    async def _retry(self, item: OutboxItem, failed: Failed) -> Result:
        delay = retry_delay(item.attempts + 1)
        log.warning("%s: %s; retry in %.0f s", where(item), failed.reason, delay)
        not_before = self._clock.now() + delay
        return Result(
            Completion(item.id, State.PENDING, not_before=not_before, error=failed.reason)
        )

    async def _block(self, item: OutboxItem, failed: Failed) -> Result:
        log.info("%s: 403, subscriber %s deactivated", where(item), item.chat_id)
        return Result(
            Completion(item.id, State.FAILED, error=f"blocked: {failed.reason}"),
            blocked_user=int(item.chat_id),
        )

    async def _fail(self, item: OutboxItem, failed: Failed) -> Result:
        log.error("%s: failed: %s", where(item), failed.reason)
        notice = notices.failed(item.kind, item.article_id, failed.reason)
        return Result(
            Completion(item.id, State.FAILED, error=failed.reason),
            follow_ups=self.alerts(item, notice),
        )

    async def _unknown(self, item: OutboxItem, failed: Failed) -> Result:
        log.error("%s: %s; not resent", where(item), failed.reason)
        return Result(
            Completion(item.id, State.UNKNOWN, error=failed.reason),
            follow_ups=self.alerts(item, await self.unknown_notice(item, failed.reason)),
        )

    async def unknown_notice(self, item: OutboxItem, reason: str) -> RenderedMessage:
        """The alert for a delivery that may not have arrived. For a channel post it names the
        article, links the channel and offers «Опубликовать ещё раз» / «Всё в порядке»."""
        if item.kind is not Kind.POST:
            return notices.unknown(item.kind, item.article_id, reason)
        article = await self._store.articles.get(item.article_id)
        title = article.title if article is not None else ""
        return notices.post_unknown(item.article_id, title, channel_url(self._settings), reason)

    def alerts(self, item: OutboxItem, message: RenderedMessage) -> list[NewMessage]:
        """One alert per admin per (article, kind, generation): a broadcast's thousand 400s are
        told once. Problems with messages to admins themselves are only logged (no loops)."""
        if item.kind not in ALERTED_KINDS:
            return []
        generation = _alert_generation(item.kind, item.generation)
        payload = message.to_json()
        return [
            NewMessage(
                chat_id=admin,
                kind=Kind.ALERT,
                payload=payload,
                article_id=item.article_id,
                generation=generation,
            )
            for admin in sorted(self._settings.admin_ids)
        ]
