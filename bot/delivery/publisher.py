"""The Publisher: what handlers and ingest call to put an article in front of people.

It only ever enqueues (the worker sends), and it decides the one question that matters for
duplicates: is this article already in the channel? A post that was sent (or whose outcome is
unknown) is not posted again unless the admin explicitly asks for a repost, which takes the
next generation of the (article, channel, "post") key.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from bot.clock import Clock, SystemClock
from bot.delivery.links import post_link
from bot.delivery.preview import render_preview
from bot.render.card import render_card
from bot.render.links import Links
from bot.render.message import RenderedMessage
from bot.render.post import render_channel_post
from bot.texts import Lang
from storage import outbox
from storage.editorial import Editor, EditorAction
from storage.models import Article
from storage.outbox import NewMessage

if TYPE_CHECKING:
    from bot.config import Settings
    from storage import Store

log = logging.getLogger(__name__)


class PublishStatus(StrEnum):
    ENQUEUED = "enqueued"  # the post (and its cards) are in the outbox now
    ALREADY_POSTED = "already_posted"  # in the channel already: message_id/link tell where
    IN_PROGRESS = "in_progress"  # an earlier request is still waiting in the outbox
    UNKNOWN = "unknown"  # sent once, but whether it arrived is unknown (not resent)
    NO_CHANNEL = "no_channel"  # CHANNEL_ID is not configured


@dataclass(frozen=True, slots=True)
class PublishResult:
    status: PublishStatus
    outbox_id: int | None = None
    message_id: int | None = None
    link: str | None = None
    generation: int = 0

    @property
    def enqueued(self) -> bool:
        return self.status is PublishStatus.ENQUEUED

    @property
    def already_posted(self) -> bool:
        return self.status is PublishStatus.ALREADY_POSTED


class Publisher:
    """Enqueues channel posts, broadcasts, edits and admin previews. Built from (settings, store).

    `on_enqueue` (the worker's `wake`) is called after anything is enqueued, so the worker
    starts at once instead of at its next poll.
    """

    def __init__(
        self,
        settings: Settings,
        store: Store,
        *,
        links: Links | None = None,
        on_enqueue: Callable[[], None] | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._settings = settings
        self._store = store
        self._links = links or Links.from_settings(settings)
        self.on_enqueue = on_enqueue
        self._clock = clock or SystemClock()
        self._lock = asyncio.Lock()

    def render_post(self, article: Article) -> RenderedMessage:
        """The channel post as this deployment renders it (POST_FORMAT), silent if asked."""
        post = render_channel_post(article, self._links, self._settings.post_format)
        return replace(post, silent=article.edits.silent)

    def _enqueued(self) -> None:
        if self.on_enqueue is not None:
            self.on_enqueue()

    async def _current(self, article: Article) -> PublishResult:
        """Where the post stands; ENQUEUED here means "publishing would enqueue"."""
        channel = self._settings.channel_chat_id
        if channel is None:
            return PublishResult(PublishStatus.NO_CHANNEL)
        sent = await self._store.outbox.latest_sent(article.id, channel, outbox.POST)
        latest = await self._store.outbox.latest(article.id, channel, outbox.POST)
        if latest is None:
            return PublishResult(PublishStatus.ENQUEUED)  # nothing yet: publishing would enqueue
        if latest.state in (outbox.PENDING, outbox.SENDING):
            status = PublishStatus.IN_PROGRESS
        elif sent is not None:
            status = PublishStatus.ALREADY_POSTED
        elif latest.state == outbox.UNKNOWN:
            status = PublishStatus.UNKNOWN
        else:  # failed or cancelled: nothing is in the channel, a new attempt is fine
            status = PublishStatus.ENQUEUED
        message_id = sent.message_id if sent is not None else None
        return PublishResult(
            status,
            outbox_id=latest.id,
            message_id=message_id,
            link=post_link(self._settings, message_id),
            generation=latest.generation,
        )

    async def publish(
        self,
        article: Article,
        *,
        repost: bool = False,
        notify_chat_id: int | None = None,
        by: Editor | None = None,
    ) -> PublishResult:
        """Enqueue the channel post and the cards to active subscribers.

        Already in the channel (or outcome unknown) and not `repost`: nothing is enqueued and
        the existing post is returned. `notify_chat_id` gets "published: <link>" once sent.
        Publishing takes the article off the schedule and logs `by` as who published it; one
        publish at a time, so a second editor pressing at the same moment is told by whom.
        """
        async with self._lock:
            result = await self._publish(article, repost=repost, notify_chat_id=notify_chat_id)
            if result.enqueued:
                await self._store.editorial.unschedule(article.id)
                if by is not None:
                    await self._store.editorial.log(
                        article.id, EditorAction.PUBLISHED, by_id=by.id, by_name=by.name
                    )
                # Only now: the worker's "published: <link>" names who published it.
                self._enqueued()
        return result

    async def _publish(
        self, article: Article, *, repost: bool, notify_chat_id: int | None
    ) -> PublishResult:
        channel = self._settings.channel_chat_id
        if channel is None:
            return PublishResult(PublishStatus.NO_CHANNEL)
        current = await self._current(article)
        if current.status is PublishStatus.IN_PROGRESS:
            return current
        if not repost and current.status in (PublishStatus.ALREADY_POSTED, PublishStatus.UNKNOWN):
            return current
        generation = 0 if current.outbox_id is None else current.generation + 1
        post = NewMessage(
            chat_id=channel,
            kind=outbox.POST,
            payload=self.render_post(article).to_json(),
            article_id=article.id,
            generation=generation,
            notify_chat_id=notify_chat_id,
        )
        cards = {lang.value: render_card(article, self._links, lang).to_json() for lang in Lang}
        # Readers who follow everything or a matching topic get a card now; daily readers
        # find the article in their digest (built from published_articles).
        terms = self._store.topics.article_terms(article)
        await self._store.topics.record_published(article.id, terms, self._clock.now())
        post_id = await self._store.outbox.enqueue_publication(
            post,
            card_kind=outbox.CARD,
            cards=cards,
            audience=await self._store.topics.audience(terms),
        )
        if post_id is None:  # another request enqueued this generation a moment ago
            return await self._current(article)
        log.info(
            "article %d: channel post enqueued (outbox #%d, generation %d%s)",
            article.id,
            post_id,
            generation,
            ", repost" if repost else "",
        )
        return PublishResult(PublishStatus.ENQUEUED, outbox_id=post_id, generation=generation)

    async def settle(self, article_id: int, admin_id: int) -> bool:
        """An admin looked: the post whose outcome was unknown is in the channel. It then counts
        as posted (no repost is offered). False when there was nothing to settle."""
        channel = self._settings.channel_chat_id
        if channel is None:
            return False
        settled = await self._store.outbox.settle_unknown(
            article_id, channel, outbox.POST, note=f"settled by admin {admin_id}: in the channel"
        )
        if settled:
            log.info("article %d: admin %d says its post is in the channel", article_id, admin_id)
        return settled

    async def propose(self, article: Article) -> int:
        """Enqueue a preview with Опубликовать / Отмена to every admin; returns how many.

        One preview per admin per article revision: proposing the same text twice is a no-op.
        """
        payload = render_preview(article, self._links, form=self._settings.post_format).to_json()
        ids = await self._store.outbox.enqueue_many(
            NewMessage(
                chat_id=admin,
                kind=outbox.PREVIEW,
                payload=payload,
                article_id=article.id,
                generation=article.revision,
            )
            for admin in sorted(self._settings.admin_ids)
        )
        count = sum(1 for item_id in ids if item_id is not None)
        if count:
            self._enqueued()
        return count

    async def refresh(self, article: Article) -> bool:
        """The article changed: enqueue an edit of its channel post, if it has one (or will).

        One edit per revision; an older revision's edit still waiting is cancelled. The worker
        applies the edit to the latest sent post (waiting if the post is still on its way).
        """
        channel = self._settings.channel_chat_id
        if channel is None:
            return False
        post = await self._store.outbox.latest(article.id, channel, outbox.POST)
        sent = await self._store.outbox.latest_sent(article.id, channel, outbox.POST)
        if sent is None and (post is None or post.state not in (outbox.PENDING, outbox.SENDING)):
            return False
        await self._store.outbox.cancel_pending(
            article_id=article.id,
            chat_id=channel,
            kind=outbox.EDIT,
            below_generation=article.revision,
        )
        edit_id = await self._store.outbox.enqueue(
            NewMessage(
                chat_id=channel,
                kind=outbox.EDIT,
                payload=self.render_post(article).to_json(),
                article_id=article.id,
                generation=article.revision,
            )
        )
        if edit_id is None:
            return False
        log.info(
            "article %d: edit of its channel post enqueued (revision %d)",
            article.id,
            article.revision,
        )
        self._enqueued()
        return True
