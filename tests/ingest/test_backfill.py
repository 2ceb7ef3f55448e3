"""`python -m bot backfill` against the loopback site: polite, resumable, never posts."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.cli import main
from bot.errors import BackfillStopped
from bot.ingest.backfill import Backfill
from bot.ingest.fetch import Fetcher
from storage import Store
from tests.ingest.conftest import FakeClock
from tests.ingest.site import FakeSite, Reply, article_page

MODIFIED = "Tue, 24 Nov 2026 12:00:00 GMT"


def _page(site: FakeSite, number: int) -> None:
    body = article_page(
        number,
        f"Статья архива {number}",
        [
            f"Министр иностранных дел России Сергей Лавров провёл переговоры номер {number} "
            "с коллегами из нескольких стран и обсудил с ними положение в мире.",
            "«Мы готовы к диалогу на равноправной основе», — заявил Сергей Лавров журналистам "
            "после встречи, отметив, что стороны договорились продолжить контакты.",
            "Участники встречи также обсудили вопросы стратегической стабильности, "
            "энергетической безопасности и двусторонней торговли.",
        ],
    )
    site.route(
        f"/news/show/{number}",
        Reply(body=body, headers={"Last-Modified": MODIFIED}, conditional=True),
    )


async def test_polite_resumable_and_silent(site: FakeSite, store: Store, clock: FakeClock) -> None:
    for number in (1, 3, 5):
        _page(site, number)  # 2 and 4 are missing (404)
    site.route("/news/show/4", Reply(status=503))
    sleeps: list[float] = []

    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    clock.on_sleep = record
    async with Fetcher("test") as fetcher:
        first = Backfill(store, fetcher, site.url("/"), clock=clock)
        with pytest.raises(BackfillStopped, match="HTTP 503 3 times in a row at page 4"):
            await first.run(1, 5)
        assert first.counts.line() == "stored 2, unchanged 0, skipped 0, failed 2"
        assert site.hits("/news/show/4") == 3
        # One request a second; after each 503 a growing pause (2 s, then 4 s).
        assert sleeps == [1.0, 1.0, 1.0, 2.0, 4.0]

        site.route("/news/show/4", Reply(status=404))
        again = Backfill(store, fetcher, site.url("/"), clock=clock)
        assert (await again.run(1, 5)).line() == "stored 1, unchanged 0, skipped 3, failed 1"
        assert site.hits("/news/show/1") == 1  # not asked again
        assert site.hits("/news/show/2") == 1  # missing: remembered, not asked again

        recheck = Backfill(store, fetcher, site.url("/"), clock=clock, recheck=True)
        assert (await recheck.run(1, 3)).line() == "stored 0, unchanged 2, skipped 1, failed 0"
        asked = [r for r in site.requests if r.path == "/news/show/1"][-1]
        assert asked.headers["If-Modified-Since"] == MODIFIED

    titles = [a.title for a in await store.articles.latest(10)]
    assert sorted(t for t in titles if t.startswith("Статья архива")) == [
        "Статья архива 1",
        "Статья архива 3",
        "Статья архива 5",
    ]
    assert await store.outbox.items() == []  # never posted, never sent to subscribers
    assert await store.topics.published_between(0, 1e12) == []


async def test_the_command_prints_counts_and_refuses_bad_ranges(
    tmp_path: Path,
    site: FakeSite,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "cli.sqlite3"))
    monkeypatch.setenv("SITE_URL", site.url("/"))
    _page(site, 7)
    code = await asyncio.to_thread(
        main, ["backfill", "--from-id", "7", "--to-id", "8", "--rate", "20"]
    )
    out, err = capsys.readouterr()
    assert code == 0
    assert out.splitlines()[-1] == "stored 1, unchanged 0, skipped 0, failed 1"
    assert "2/2" in err  # the progress bar
    code = await asyncio.to_thread(main, ["backfill", "--from-id", "9", "--to-id", "3"])
    out, err = capsys.readouterr()
    assert code == 2
    assert err == "error: --from-id 9 --to-id 3: expected 1 ≤ from-id ≤ to-id\n"
