"""`python -m bot ingest URL` and `python -m bot poll --once` against the loopback site.

The CLI runs its own event loop (asyncio.run), so it is called in a worker thread while the
fake site keeps serving on the test's loop.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from storage import Store
from tests.ingest.site import Entry, FakeSite, article_page, fixture, rss


@pytest.fixture
def env(tmp_path: Path, site: FakeSite, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A deployment configured through the environment, pointed at the fake site."""
    monkeypatch.chdir(tmp_path)  # no stray .env
    database = tmp_path / "cli.sqlite3"
    monkeypatch.setenv("DATABASE_PATH", str(database))
    monkeypatch.setenv("FEED_URL", site.url("/rss/"))
    monkeypatch.setenv("SITE_URL", site.url("/"))
    monkeypatch.setenv("ADMIN_IDS", "9999")
    monkeypatch.setenv("CHANNEL_ID", "@interaffairs_test")
    return database


async def run(*argv: str) -> int:
    return await asyncio.to_thread(main, list(argv))


async def test_ingest_url_stores_the_page_and_prints_its_id(
    env: Path, site: FakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    site.page("/news/show/51001", fixture("world-politics.html"))

    code = await run("ingest", site.url("/news/show/51001?utm_source=tg"))

    out = capsys.readouterr()
    assert code == 0
    store = await Store.open(env)
    try:
        article = await store.articles.by_url(site.url("/news/show/51001"))
    finally:
        await store.close()
    assert article is not None
    assert out.out == f"{article.id}\n"
    assert article.rubric == "Мировая политика"
    assert len(article.paragraphs) == 4


@pytest.mark.parametrize(
    ("path", "message"),
    [("/news/show/404", "HTTP 404"), ("/news/show/empty", "no article text on the page")],
)
async def test_ingest_url_failure_is_one_line_and_exit_2(
    env: Path, site: FakeSite, capsys: pytest.CaptureFixture[str], path: str, message: str
) -> None:
    site.page("/news/show/empty", fixture("no-body.html"))

    code = await run("ingest", site.url(path))

    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith("error: ")
    assert message in err


async def test_poll_once_prints_each_new_item_then_no_new_items(
    env: Path, site: FakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    site.page("/news/show/1", article_page(1, "Первая новость", ["Текст первой новости. " * 8]))
    site.page("/news/show/2", article_page(2, "Вторая новость", ["Текст второй новости. " * 8]))
    site.feed(
        rss(
            site,
            [
                Entry("/news/show/1", "Первая", datetime(2026, 11, 24, 9, tzinfo=UTC)),
                Entry("/news/show/2", "Вторая", datetime(2026, 11, 24, 10, tzinfo=UTC)),
            ],
        )
    )

    first = await run("poll", "--once")
    first_out = capsys.readouterr().out
    second = await run("poll", "--once")
    second_out = capsys.readouterr().out

    assert first == second == 0
    lines = first_out.splitlines()
    assert [line.split("\t")[1] for line in lines] == ["Первая новость", "Вторая новость"]
    assert all(line.split("\t")[0].isdigit() for line in lines)
    assert second_out == "no new items\n"


async def test_poll_once_with_the_feed_down_is_exit_2(
    env: Path, site: FakeSite, capsys: pytest.CaptureFixture[str]
) -> None:
    code = await run("poll", "--once")  # /rss/ is not routed: 404

    err = capsys.readouterr().err
    assert code == 2
    assert err == f"error: feed poll failed: {site.url('/rss/')}: HTTP 404\n"
