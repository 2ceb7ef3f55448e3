"""The poller wired to the delivery layer's real Publisher: what lands in the outbox.

AUTO_POST off: a preview per admin. AUTO_POST on: the channel post. A changed article that was
never posted is not edited. (The worker that sends the outbox is delivery's and tested there.)
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.config import Settings
from bot.ingest.poller import FeedPoller
from storage import Store
from tests.ingest.conftest import FakeClock
from tests.ingest.site import Entry, FakeSite, article_page, rss
from tests.support.updates import ADMIN_ID

publisher = pytest.importorskip("bot.delivery.publisher")

T0 = datetime(2026, 11, 24, 9, tzinfo=UTC)


def serve_one(site: FakeSite) -> None:
    site.page("/news/show/5", article_page(5, "Новость дня", ["Текст новости дня. " * 8]))
    site.feed(rss(site, [Entry("/news/show/5", "Новость дня", T0)]))


@pytest.mark.parametrize(
    ("auto_post", "kind", "chat"), [(False, "preview", str(ADMIN_ID)), (True, "post", None)]
)
async def test_new_item_reaches_the_outbox(
    site: FakeSite,
    site_settings: Settings,
    store: Store,
    clock: FakeClock,
    auto_post: bool,
    kind: str,
    chat: str | None,
) -> None:
    serve_one(site)
    settings = site_settings.model_copy(update={"auto_post": auto_post})
    feed = FeedPoller(settings, store, publisher.Publisher(settings, store), clock=clock)
    try:
        report = await feed.run_once()
    finally:
        await feed.stop()

    (article,) = report.articles("created")
    rows = [row for row in await store.outbox.items() if row.article_id == article.id]
    assert {row.kind for row in rows} >= {kind}
    (row,) = [row for row in rows if row.kind == kind]
    assert row.chat_id == (chat or str(settings.channel_chat_id))
    assert row.state == "pending"
