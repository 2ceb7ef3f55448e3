"""Where every stored item goes next, whoever brought it: the feed poller or `python -m bot ingest`.

Why one path: the README promises that a posted article which changes is edited in the channel,
and that a new one is proposed to the admins (or posted, with AUTO_POST). Those promises hold
only if the feed and the command line store an item the same way; before, the CLI stored a
changed article and queued no edit.
"""

from __future__ import annotations

import asyncio
import logging
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from storage.models import Article, ArticleDraft, UpsertResult

if TYPE_CHECKING:
    from bot.config import Settings
    from storage import Store

log = logging.getLogger(__name__)


class ItemSink(Protocol):
    """Where stored articles go: the delivery layer's Publisher satisfies this."""

    async def publish(self, article: Article, *, repost: bool = False) -> object: ...

    async def propose(self, article: Article) -> int: ...

    async def refresh(self, article: Article) -> bool: ...


class Handover(StrEnum):
    """What delivery is asked to do with a stored article."""

    PUBLISH = "publish"  # new, AUTO_POST: post it
    PROPOSE = "propose"  # new: a preview to every admin
    REFRESH = "refresh"  # changed: edit its channel post, if it has one


def publisher_for(settings: Settings, store: Store) -> ItemSink:
    """The delivery layer's Publisher: it only enqueues, the running bot's worker sends."""
    from bot.delivery.publisher import Publisher

    return Publisher(settings, store)


async def store_item(
    store: Store, sink: ItemSink | None, draft: ArticleDraft, *, auto_post: bool
) -> UpsertResult:
    """Store one analysed item and hand it to delivery: new → propose (or publish), changed →
    refresh. A delivery failure is logged in one line; the stored article stays."""
    result = await store.articles.upsert(draft)
    article = result.article
    if result.created:
        log.info("new article %d: %s", article.id, article.url)
        await _hand_over(sink, article, Handover.PUBLISH if auto_post else Handover.PROPOSE)
    elif result.changed:
        log.info("article %d changed (revision %d)", article.id, article.revision)
        await _hand_over(sink, article, Handover.REFRESH)
    return result


async def _hand_over(sink: ItemSink | None, article: Article, how: Handover) -> None:
    if sink is None:
        return
    try:
        if how is Handover.PUBLISH:
            await sink.publish(article)
        elif how is Handover.PROPOSE:
            await sink.propose(article)
        else:
            await sink.refresh(article)
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        reason = " ".join(str(exc).split())[:300]
        log.error("delivery %s of article %d failed: %s", how.value, article.id, reason)
