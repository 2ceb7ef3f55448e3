"""Re-ingest respects the editor and the channel: `python -m bot ingest FILE --url U` twice.

A re-ingest without a date keeps the stored one; a changed body of an article already in the
channel enqueues an edit of its post (the running bot's worker sends it), as the feed does.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.cli import main
from storage import Store, outbox
from storage.outbox import Completion, NewMessage

URL = "https://interaffairs.ru/news/show/51001"
BODY = (
    "Министр иностранных дел России Сергей Лавров провёл переговоры с коллегой. "
    "Стороны обсудили стратегическую стабильность и пандемию.\n\n"
    "«Мы готовы к диалогу», — заявил Сергей Лавров журналистам после встречи."
)


async def run(*argv: str) -> int:
    return await asyncio.to_thread(main, list(argv))


async def test_cli_reingest_keeps_the_date_and_edits_the_live_post(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    database = tmp_path / "cli.sqlite3"
    monkeypatch.setenv("DATABASE_PATH", str(database))
    monkeypatch.setenv("CHANNEL_ID", "@interaffairs_test")
    text = tmp_path / "item.txt"
    text.write_text(BODY, encoding="utf-8")
    assert await run("ingest", str(text), "--url", URL, "--published", "2020-03-30T18:05") == 0
    article_id = int(capsys.readouterr().out.strip())

    store = await Store.open(database)
    try:  # the article is in the channel (the worker sent its post)
        await store.outbox.enqueue(
            NewMessage(
                chat_id="@interaffairs_test",
                kind=outbox.POST,
                payload='{"text": "x"}',
                article_id=article_id,
            )
        )
        (post,) = await store.outbox.items(kind=outbox.POST)
        await store.outbox.claim([post.id])
        await store.outbox.complete([Completion(post.id, outbox.SENT, message_id=42)])
    finally:
        await store.close()

    text.write_text(BODY + "\n\nМИД России опубликовал подробности беседы.", encoding="utf-8")
    assert await run("ingest", str(text), "--url", URL) == 0  # no --published this time

    store = await Store.open(database)
    try:
        article = await store.articles.get(article_id)
        assert article is not None
        assert article.published_at is not None
        assert article.published_at.isoformat().startswith("2020-03-30T18:05")
        (edit,) = await store.outbox.items(kind=outbox.EDIT)
        assert (edit.chat_id, edit.state, edit.generation) == (
            "@interaffairs_test",
            "pending",
            article.revision,
        )
    finally:
        await store.close()
