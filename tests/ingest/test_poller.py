"""The feed poller end to end over loopback: what is stored, what reaches the sink, and how
it behaves when the site misbehaves (304, failures with backoff, bad items, a huge feed)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

import pytest

from bot.clock import MOSCOW, backoff_delay
from bot.config import Settings
from bot.ingest.fetch import Fetcher, user_agent
from bot.ingest.poller import FeedPoller
from bot.metrics import Metrics
from storage import Store
from tests.ingest.conftest import FakeClock, RecordingSink
from tests.ingest.site import Entry, FakeSite, Reply, article_page, atom, fixture, rss

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def three_articles(site: FakeSite) -> list[Entry]:
    """Three rubrics, a quote-heavy page and a windows-1251 page with a wrong charset header."""
    site.page("/news/show/51001", fixture("world-politics.html"))
    site.page("/news/show/26000", fixture("quotes-lavrov.html"))
    site.page("/news/show/52001", fixture("economy-cp1251.html"), charset="utf-8")
    return [
        Entry("/news/show/26000?utm_source=rss", "Лавров и Помпео", T0 - timedelta(days=3)),
        Entry("/news/show/51001", "Россия и Индия", T0 + timedelta(hours=2), "Анонс"),
        Entry("/news/show/52001#top", "ЕАЭС", T0 + timedelta(hours=1)),
    ]


def poller(
    settings: Settings,
    store: Store,
    sink: RecordingSink,
    clock: FakeClock,
    **kwargs: object,
) -> FeedPoller:
    return FeedPoller(settings, store, sink, clock=clock, **kwargs)  # type: ignore[arg-type]


async def test_new_items_are_stored_and_proposed_to_admins(
    site: FakeSite, site_settings: Settings, store: Store, sink: RecordingSink, clock: FakeClock
) -> None:
    site.feed(rss(site, three_articles(site)))
    feed = poller(site_settings, store, sink, clock)
    try:
        report = await feed.run_once()
    finally:
        await feed.stop()

    assert report.status == "ok"
    assert [o.action for o in report.outcomes] == ["created"] * 3
    india = await store.articles.by_url(site.url("/news/show/51001"))
    economy = await store.articles.by_url(site.url("/news/show/52001"))
    lavrov = await store.articles.by_url(site.url("/news/show/26000"))
    assert india is not None
    assert economy is not None
    assert lavrov is not None
    # Oldest first, each proposed to the admins (AUTO_POST is off by default).
    assert sink.calls == [
        ("propose", lavrov.id, 1),
        ("propose", economy.id, 1),
        ("propose", india.id, 1),
    ]
    assert india.title == "Россия и Индия договорились расширить расчёты в национальных валютах"
    assert india.rubric == "Мировая политика"
    assert india.author == "Пётр Иванов, обозреватель журнала «Международная жизнь»"
    assert india.published_at == datetime(2026, 11, 24, 14, 25, tzinfo=MOSCOW)
    assert india.published_at is not None
    assert india.published_at.utcoffset() == timedelta(hours=3)
    assert india.image_url == site.url("/upload/iblock/news/2026/11/india-russia.jpg")
    assert india.paragraphs[2] == (
        "«Наши страны связывают отношения особо привилегированного стратегического партнёрства, "
        "и мы намерены их укреплять», - заявил Лавров на пресс-конференции."
    )
    assert len(india.paragraphs) == 4
    assert economy.title == "ЕАЭС утвердил план по развитию единого энергетического рынка"
    assert economy.rubric == "Экономика"
    assert economy.published_at == datetime(2026, 1, 2, 9, 15, tzinfo=MOSCOW)
    assert lavrov.rubric == "ДИПЛОМАТИЯ"
    assert len(lavrov.paragraphs) == 5
    assert await store.articles.count() == 3
    assert await store.feed.count("stored") == 3
    state = await store.feed.get(str(site_settings.feed_url))
    assert state.etag is not None
    assert state.last_success == clock.moment
    assert feed.last_success == clock.moment


async def test_auto_post_publishes_to_the_channel(
    site: FakeSite, site_settings: Settings, store: Store, sink: RecordingSink, clock: FakeClock
) -> None:
    site.feed(rss(site, three_articles(site)))
    settings = site_settings.model_copy(update={"auto_post": True})
    feed = poller(settings, store, sink, clock)
    try:
        await feed.run_once()
    finally:
        await feed.stop()

    assert [method for method, _, _ in sink.calls] == ["publish"] * 3


async def test_second_poll_is_conditional_and_a_304_does_nothing(
    site: FakeSite, site_settings: Settings, store: Store, sink: RecordingSink, clock: FakeClock
) -> None:
    site.feed(rss(site, three_articles(site)))
    feed = poller(site_settings, store, sink, clock)
    try:
        await feed.run_once()
        requests_before = len(site.requests)
        clock.advance(300)
        report = await feed.run_once()
    finally:
        await feed.stop()

    second = site.requests[requests_before:]
    assert [r.path for r in second] == ["/rss/"]  # no page was fetched again
    assert second[0].headers["If-None-Match"] == site.routes["/rss/"].headers["ETag"]
    assert second[0].headers["If-Modified-Since"] == "Tue, 24 Nov 2026 12:00:00 GMT"
    assert report.status == "not_modified"
    assert report.outcomes == []
    assert len(sink.calls) == 3
    assert (await store.feed.get(str(site_settings.feed_url))).last_success == clock.moment


async def test_changed_article_is_updated_and_refreshed(
    site: FakeSite, site_settings: Settings, store: Store, sink: RecordingSink, clock: FakeClock
) -> None:
    entry = Entry("/news/show/7", "Заголовок", T0, "Первая версия")
    site.page("/news/show/7", article_page(7, "Заголовок", ["Первый абзац " * 10]))
    site.feed(rss(site, [entry]))
    feed = poller(site_settings, store, sink, clock)
    try:
        await feed.run_once()
        site.page("/news/show/7", article_page(7, "Заголовок", ["Исправленный абзац " * 10]))
        site.feed(rss(site, [Entry("/news/show/7", "Заголовок", T0, "Вторая версия")]))
        report = await feed.run_once()
        site.feed(rss(site, [Entry("/news/show/7", "Заголовок", T0, "Третья версия")]))
        unchanged = await feed.run_once()  # entry changed again, the page did not
    finally:
        await feed.stop()

    article = await store.articles.by_url(site.url("/news/show/7"))
    assert article is not None
    assert article.revision == 2
    assert article.paragraphs == (("Исправленный абзац " * 10).strip(),)
    assert [o.action for o in report.outcomes] == ["changed"]
    assert [o.action for o in unchanged.outcomes] == ["unchanged"]
    assert sink.calls == [("propose", article.id, 1), ("refresh", article.id, 2)]


async def test_atom_feed_is_followed_too(
    site: FakeSite, site_settings: Settings, store: Store, sink: RecordingSink, clock: FakeClock
) -> None:
    site.page("/news/show/51001", fixture("world-politics.html"))
    site.feed(
        atom(site, [Entry("/news/show/51001", "Россия и Индия", T0)]),
        content_type="application/atom+xml",
    )
    feed = poller(site_settings, store, sink, clock)
    try:
        report = await feed.run_once()
    finally:
        await feed.stop()

    assert [o.action for o in report.outcomes] == ["created"]
    assert report.articles("created")[0].rubric == "Мировая политика"


async def test_bad_items_are_skipped_or_retried_and_never_stop_the_cycle(
    site: FakeSite,
    site_settings: Settings,
    store: Store,
    sink: RecordingSink,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    site.page("/news/show/1", article_page(1, "Хорошая новость", ["Текст хорошей новости. " * 8]))
    site.route("/news/show/500", Reply(status=500, body=b"Internal Server Error"))
    site.route("/news/show/loop", Reply(location="/news/show/loop2"))
    site.route("/news/show/loop2", Reply(location="/news/show/loop"))
    site.route("/news/show/huge", Reply(stream=50 * 1024 * 1024))
    site.route("/news/show/pdf", Reply(body=b"%PDF-1.4", content_type="application/pdf"))
    site.page("/news/show/empty", fixture("no-body.html"))
    site.page("/news/show/broken", b"<html><head><title>\xd0\x9e\xd1\x88")
    names = ["1", "404", "500", "loop", "huge", "pdf", "empty", "broken"]
    entries = [
        Entry(f"/news/show/{name}", f"Новость {name}", T0 - timedelta(minutes=i))
        for i, name in enumerate(names)
    ]
    site.feed(rss(site, entries))
    caplog.set_level(logging.WARNING, logger="bot.ingest")
    feed = poller(site_settings, store, sink, clock)
    try:
        report = await feed.run_once()
        outcome = {o.key.rsplit("/", 1)[1]: o.action for o in report.outcomes}
        assert outcome == {
            "1": "created",
            "404": "skipped",
            "500": "retry",
            "loop": "skipped",
            "huge": "skipped",
            "pdf": "skipped",
            "empty": "skipped",
            "broken": "skipped",
        }
        assert await store.articles.count() == 1
        assert [m for m, _, _ in sink.calls] == ["propose"]
        item_lines = [r.getMessage() for r in caplog.records if "feed item" in r.getMessage()]
        assert len(item_lines) == 7
        assert all("\n" not in line for line in item_lines)
        assert any("HTTP 500" in line and "will be retried" in line for line in item_lines)
        assert any("HTTP 404" in line and "skipped" in line for line in item_lines)

        # Five minutes later: the feed is unchanged (304) and the 500 is not yet due.
        clock.advance(299)
        site.page("/news/show/500", article_page(500, "Починили", ["Текст после сбоя. " * 8]))
        again = await feed.run_once()
        assert again.status == "not_modified"
        assert again.outcomes == []

        # Once due, only the 5xx item is tried again; the 404 and the rest are left alone.
        clock.advance(2)
        hits_404 = site.hits("/news/show/404")
        retried = await feed.run_once()
    finally:
        await feed.stop()

    assert [(o.key.rsplit("/", 1)[1], o.action) for o in retried.outcomes] == [("500", "created")]
    assert site.hits("/news/show/404") == hits_404 == 1
    assert await store.articles.count() == 2
    assert await store.feed.count("skipped") == 6


async def test_a_gone_page_is_stored_from_the_feeds_full_text_only(
    site: FakeSite, site_settings: Settings, store: Store, sink: RecordingSink, clock: FakeClock
) -> None:
    full = "\n".join(["Полный текст новости в ленте, абзац первый. " * 4, "Абзац второй. " * 6])
    site.feed(
        rss(
            site,
            [
                Entry("/news/show/801", "Только в ленте", T0, "Анонс", full_text=full),
                Entry("/news/show/802", "Только анонс", T0 - timedelta(hours=1), "Короткий анонс"),
            ],
        )
    )
    feed = poller(site_settings, store, sink, clock)
    try:
        report = await feed.run_once()
    finally:
        await feed.stop()

    assert [o.action for o in report.outcomes] == ["skipped", "created"]  # oldest first
    (article,) = report.articles("created")
    assert article.title == "Только в ленте"
    assert article.url == site.url("/news/show/801")
    assert article.paragraphs == tuple(line.strip() for line in full.splitlines())
    assert article.published_at == T0


async def test_malformed_feed_is_one_failure_not_a_crash(
    site: FakeSite, site_settings: Settings, store: Store, sink: RecordingSink, clock: FakeClock
) -> None:
    site.route("/rss/", Reply(body=b"<rss><channel><item><title>Broken", content_type="text/xml"))
    metrics = Metrics()
    feed = poller(site_settings, store, sink, clock, metrics=metrics)
    try:
        report = await feed.run_once()
    finally:
        await feed.stop()

    assert report.status == "failed"
    assert report.error is not None
    assert "malformed feed" in report.error
    state = await store.feed.get(str(site_settings.feed_url))
    assert state.failures == 1
    assert state.last_error == report.error
    assert state.etag is None  # a broken body never becomes the cached version
    assert metrics.feed_fetch_errors_total == 1
    assert feed.errors == 1
    assert sink.calls == []


async def test_huge_feed_handles_the_newest_items_and_remembers_the_backlog(
    site: FakeSite,
    site_settings: Settings,
    store: Store,
    sink: RecordingSink,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="bot.ingest")
    entries = []
    for n in range(1000):
        site.page(f"/news/show/{n}", article_page(n, f"Новость {n}", [f"Текст новости {n}. " * 8]))
        entries.append(Entry(f"/news/show/{n}", f"Новость {n}", T0 + timedelta(minutes=n)))
    site.feed(rss(site, entries))
    feed = poller(site_settings, store, sink, clock, max_items=5)
    try:
        report = await feed.run_once()
        site.feed(rss(site, [*entries, Entry("/news/show/1000", "Свежая", T0 + timedelta(days=1))]))
        site.page("/news/show/1000", article_page(1000, "Свежая", ["Свежий текст. " * 8]))
        clock.advance(300)
        later = await feed.run_once()
    finally:
        await feed.stop()

    # The newest five are chosen, then handled oldest first so the channel reads in order.
    assert [a.title for a in report.articles("created")] == [
        f"Новость {n}" for n in (995, 996, 997, 998, 999)
    ]
    assert [a.title for a in sink.articles] == [
        *(f"Новость {n}" for n in (995, 996, 997, 998, 999)),
        "Свежая",
    ]
    page_hits = [r.path for r in site.requests if r.path.startswith("/news/")]
    assert len(page_hits) == 6
    assert [a.title for a in later.articles("created")] == ["Свежая"]
    assert await store.articles.count() == 6
    assert await store.feed.count("skipped") == 195  # the rest of the newest 200, not announced
    assert not [r for r in caplog.records if "feed item" in r.getMessage()]  # one line, not 195
    assert any("195 older items remembered" in r.getMessage() for r in caplog.records)


async def test_delivery_failure_is_logged_and_the_article_stays(
    site: FakeSite,
    site_settings: Settings,
    store: Store,
    sink: RecordingSink,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    site.page("/news/show/1", article_page(1, "Новость", ["Текст новости. " * 8]))
    site.feed(rss(site, [Entry("/news/show/1", "Новость", T0)]))
    sink.fail = True
    feed = poller(site_settings, store, sink, clock)
    try:
        report = await feed.run_once()
    finally:
        await feed.stop()

    assert [o.action for o in report.outcomes] == ["created"]
    assert await store.articles.count() == 1
    assert any("delivery propose of article" in r.getMessage() for r in caplog.records)


def test_backoff_doubles_and_is_capped() -> None:
    delays = [backoff_delay(n, base=300, cap=3600) for n in range(1, 7)]
    assert delays == [300, 600, 1200, 2400, 3600, 3600]
    assert backoff_delay(4, base=7200, cap=3600) == 7200  # never below the poll interval
    assert backoff_delay(10_000, base=1, cap=300) == 300  # no overflow, however many failures


async def test_service_backs_off_while_the_feed_fails_and_recovers(
    site: FakeSite, site_settings: Settings, store: Store, sink: RecordingSink, clock: FakeClock
) -> None:
    site.route("/rss/", Reply(status=503))
    metrics = Metrics()
    delays: list[float] = []
    done = asyncio.Event()

    async def fake_sleep(seconds: float) -> None:
        delays.append(seconds)
        if len(delays) == 4:  # the site comes back after four failed polls
            site.feed(rss(site, []))
        if len(delays) == 6:
            done.set()
            await asyncio.Event().wait()  # parked here until stop() cancels the service

    feed = FeedPoller(
        site_settings,
        store,
        sink,
        clock=clock,
        metrics=metrics,
        fetcher=Fetcher(user_agent(site_settings.site)),
    )
    clock.on_sleep = fake_sleep
    await feed.start()
    await done.wait()
    await feed.stop()

    assert delays == [600, 1200, 2400, 3600, 300, 300]
    assert metrics.feed_fetch_errors_total == 4
    assert metrics.feed_consecutive_failures == 0
    assert metrics.last_feed_success == clock.moment - timedelta(seconds=300)
    state = await store.feed.get(str(site_settings.feed_url))
    assert state.failures == 0
    assert state.last_error == f"{site_settings.feed_url}: HTTP 503"


async def test_a_page_that_keeps_failing_is_given_up_after_six_attempts(
    site: FakeSite, site_settings: Settings, store: Store, sink: RecordingSink, clock: FakeClock
) -> None:
    site.route("/news/show/9", Reply(status=502))
    site.feed(rss(site, [Entry("/news/show/9", "Недоступная", T0)]))
    feed = poller(site_settings, store, sink, clock)
    actions = []
    try:
        for _ in range(8):
            report = await feed.run_once()
            actions += [o.action for o in report.outcomes]
            clock.advance(7 * 3600)  # past the longest retry delay
    finally:
        await feed.stop()

    assert actions == ["retry"] * 5 + ["skipped"]
    assert site.hits("/news/show/9") == 6
    (seen,) = (await store.feed.seen([site.url("/news/show/9")])).values()
    assert seen.status == "skipped"
    assert seen.last_error == "HTTP 502"


async def test_backoff_survives_a_restart(
    site: FakeSite, site_settings: Settings, store: Store, sink: RecordingSink, clock: FakeClock
) -> None:
    site.route("/rss/", Reply(status=500))
    first = poller(site_settings, store, sink, clock)
    try:
        await first.run_once()
        await first.run_once()
    finally:
        await first.stop()
    restarted = poller(site_settings, store, sink, clock)
    try:
        await restarted.run_once()
    finally:
        await restarted.stop()

    assert restarted.next_delay() == 2400
    assert (await store.feed.get(str(site_settings.feed_url))).failures == 3
