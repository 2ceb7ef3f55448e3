"""The offline CLI (`analyze`, `ingest PATH`, `show`) through `bot.cli.main`, on a real SQLite file.

Bad input of every kind ends as one line on stderr and exit code 2, and stores nothing.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import pytest

from bot.cli import main
from bot.seed import seed_text

SEED = Path(__file__).resolve().parents[1] / "bot" / "data" / "seed-lavrov-pompeo.txt"
ARTICLE = (
    "Министр иностранных дел России Сергей Лавров провел переговоры в Анкаре.\n"
    "«Мы договорились продолжить консультации», — заявил Лавров.\n"
    "Подписывайтесь на наш Telegram – канал: https://t.me/interaffairs\n"
)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """DATABASE_PATH in tmp_path; cwd moved there so no real .env is read."""
    path = tmp_path / "cli.sqlite3"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_PATH", str(path))
    for name in ("BOT_TOKEN", "ADMIN_IDS", "CHANNEL_ID", "WEBHOOK_URL"):
        monkeypatch.delenv(name, raising=False)
    return path


def _rows(path: Path) -> list[tuple[int, str]]:
    if not path.exists():
        return []
    with sqlite3.connect(path) as conn:
        return list(conn.execute("SELECT id, title FROM articles ORDER BY id"))


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    target = tmp_path / name
    target.write_bytes(data)
    return str(target)


def test_analyze_seed_json(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(SEED), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"title", "summary", "quotes", "paragraphs", "sources", "tags"}
    assert [q["speaker"] for q in out["quotes"]] == ["МИД России", "Сергей Лавров", "Сергей Лавров"]
    assert "Об этом сообщается" not in out["summary"]
    assert "t.me" not in json.dumps(out, ensure_ascii=False)
    assert out["sources"] == ["МИД России"]
    assert not db.exists()  # analyze never touches the database


def test_analyze_plain_text(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE.encode())
    assert main(["analyze", path]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Сергей Лавров провел переговоры в Анкаре"
    assert "Сергей Лавров:\n  «Мы договорились продолжить консультации»" in out
    assert "Подписывайтесь" not in out


def test_ingest_stores_and_prints_id_then_show(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE.encode())
    assert (
        main(["ingest", path, "--title", "Лавров в Анкаре", "--published", "2024-05-01T12:00"]) == 0
    )
    article_id = int(capsys.readouterr().out.strip())
    rows = _rows(db)
    assert rows[-1] == (article_id, "Лавров в Анкаре")
    assert rows[0][1] == "Сергей Лавров и Майк Помпео провели телефонный разговор"  # the seed

    assert main(["show", str(article_id)]) == 0
    shown = capsys.readouterr().out
    # The readers' own messages (card, summary, quotations, source), as the console prints them.
    assert shown.splitlines()[:2] == ["*Лавров в Анкаре*", "1 мая 2024, 12:00"]
    assert "\n\n*Кратко* — Лавров в Анкаре\n\n" in shown
    assert "*Сергей Лавров*\n│ Мы договорились продолжить консультации" in shown
    assert "Оригинал: сайт журнала (адрес статьи неизвестен) (https://interaffairs.ru)" in shown

    assert main(["show", str(article_id), "--lang", "en"]) == 0
    english = capsys.readouterr().out
    assert "\n\n*Summary* — Лавров в Анкаре\n\n" in english


def test_ingest_twice_keeps_one_row(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE.encode())
    assert main(["ingest", path]) == 0
    assert main(["ingest", path]) == 0
    first, second = capsys.readouterr().out.split()
    assert first == second
    assert len(_rows(db)) == 2  # the seed and this article


def test_ingest_with_url_canonicalises_it(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE.encode())
    assert main(["ingest", path, "--url", "http://www.interaffairs.ru/news/show/123/"]) == 0
    article_id = int(capsys.readouterr().out)
    with sqlite3.connect(db) as conn:
        (url,) = conn.execute("SELECT url FROM articles WHERE id = ?", (article_id,)).fetchone()
    assert url == "https://interaffairs.ru/news/show/123"


@pytest.mark.parametrize(
    ("command", "data", "message"),
    [
        ("analyze", None, "no such file"),
        ("analyze", b"", "the file is empty"),
        ("analyze", b"  \n\t\n", "the file is empty"),
        ("analyze", "Привет".encode("cp1251"), "not UTF-8"),
        ("analyze", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        ("analyze", "Подписывайтесь на наш Telegram\nhttps://t.me/x\n".encode(), "nothing left"),
        ("ingest", None, "no such file"),
        ("ingest", b"", "the file is empty"),
        ("ingest", "Привет".encode("cp1251"), "not UTF-8"),
        ("ingest", b"\x00\x01\x02", "binary data"),
        ("ingest", "Читайте другие материалы журнала на канале Дзен.\n".encode(), "empty after"),
    ],
)
def test_bad_files_are_one_line_exit_2_and_store_nothing(
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    data: bytes | None,
    message: str,
) -> None:
    path = str(tmp_path / "missing.txt") if data is None else _write(tmp_path, "x.txt", data)
    assert main([command, path]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("error: ")
    assert message in captured.err
    assert _rows(db) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--published", "вчера"], "--published"),
        (["--url", "ftp://example.com/x"], "--url"),
    ],
)
def test_bad_ingest_options(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE.encode())
    assert main(["ingest", path, *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert message in err
    assert _rows(db) == []


@pytest.mark.parametrize("raw_id", ["abc", "0", "-1", "1.5", "99999999999999999999", ""])
def test_show_junk_id(db: Path, capsys: pytest.CaptureFixture[str], raw_id: str) -> None:
    assert main(["show", raw_id]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "not an article id" in err
    assert _rows(db) == []


def test_show_unknown_id(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE.encode())
    assert main(["ingest", path]) == 0
    before = _rows(db)
    capsys.readouterr()
    assert main(["show", "999"]) == 2
    captured = capsys.readouterr()
    assert captured.err == "error: no article with id 999\n"
    assert captured.out == ""
    assert _rows(db) == before


def test_show_the_seed_on_a_fresh_database(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "1"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "*Сергей Лавров и Майк Помпео провели телефонный разговор*"
    assert out.count("*Сергей Лавров*\n│ ") == 2
    assert "*МИД России*\n│ В развитие беседы" in out
    assert "Подписывайтесь" not in out
    assert seed_text().startswith("По инициативе")


async def _post_to_the_channel(path: Path, article_id: int, message_id: int) -> None:
    """As if the running bot had posted the article: its post row is `sent` with a message id."""
    from bot.config import load_settings
    from bot.delivery.publisher import Publisher
    from storage import Store, outbox
    from storage.outbox import Completion

    store = await Store.open(path)
    try:
        article = await store.articles.get(article_id)
        assert article is not None
        await Publisher(load_settings(), store).publish(article)
        (post,) = await store.outbox.items(kind=outbox.POST)
        await store.outbox.claim([post.id])
        await store.outbox.complete([Completion(post.id, outbox.SENT, message_id=message_id)])
    finally:
        await store.close()


def _queued(path: Path, kind: str) -> list[tuple[str, int, str, str]]:
    with sqlite3.connect(path) as conn:
        return list(
            conn.execute(
                "SELECT o.chat_id, o.generation, o.state, p.body FROM outbox o "
                "JOIN outbox_payloads p ON p.id = o.payload_id WHERE o.kind = ? ORDER BY o.id",
                (kind,),
            )
        )


def test_ingest_goes_the_feeds_way_new_is_proposed_changed_posted_article_is_edited(
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ADMIN_IDS", "42")
    monkeypatch.setenv("CHANNEL_ID", "@interaffairs_test")
    url = "https://interaffairs.ru/news/show/777"
    first = _write(tmp_path, "a.txt", ARTICLE.encode())
    assert main(["ingest", first, "--url", url]) == 0
    article_id = int(capsys.readouterr().out)
    # New: proposed to the admin, exactly as a new feed item is.
    assert [(chat, state) for chat, _, state, _ in _queued(db, "preview")] == [("42", "pending")]

    asyncio.run(_post_to_the_channel(db, article_id, message_id=7))
    changed = ARTICLE.replace("в Анкаре", "в Анкаре и Стамбуле")
    second = _write(tmp_path, "b.txt", changed.encode())
    assert main(["ingest", second, "--url", url]) == 0
    assert int(capsys.readouterr().out) == article_id
    ((chat, generation, state, body),) = _queued(db, "edit")
    assert (chat, generation, state) == ("@interaffairs_test", 2, "pending")
    assert "в Анкаре и Стамбуле" in json.loads(body)["text"]
    assert len(_queued(db, "post")) == 1  # edited, never posted again
