"""End to end: the bot's real polling loop (`serve`, as `python -m bot` runs it) against a fake
Bot API server on 127.0.0.1, and the real process stopping cleanly on SIGINT/SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from bot.app import serve
from bot.errors import UsageError
from bot.seed import seed_draft
from bot.texts import Lang, t
from storage import Store
from tests.e2e.conftest import e2e_settings
from tests.support.fake_api import FakeBotApi
from tests.support.recording import TEST_TOKEN
from tests.support.updates import READER_ID, message_update


async def test_a_reader_summary_round_trip_through_the_polling_loop(
    api: FakeBotApi, tmp_path: Path
) -> None:
    stop = asyncio.Event()
    running = asyncio.create_task(serve(e2e_settings(api, tmp_path), stop=stop))

    await api.wait_for("getUpdates")
    api.push_update(message_update("/summary"))
    sent = await api.wait_for("sendMessage")
    stop.set()
    await asyncio.wait_for(running, timeout=10)

    seed = seed_draft()
    assert sent["chat_id"] == READER_ID
    assert sent["text"] == f"Кратко — {' '.join(seed.title.split())}\n\n{seed.summary}"
    assert sent["entities"] == [{"type": "bold", "offset": 0, "length": 6}]
    keyboard = sent["reply_markup"]["inline_keyboard"]
    assert [b["callback_data"] for b in keyboard[0]] == ["a:s:1", "a:q:1", "a:o:1"]
    assert [b["url"] for b in keyboard[1]] == [
        "https://interaffairs.ru",
        "https://dzen.ru/interaffairs",
    ]
    # Startup published the menu (ru + en; default, private chats, the admin) and asked
    # only for the update types the handlers use.
    assert len(api.of("setMyCommands")) == 6
    # …and described itself, in Russian and for "en" clients in English.
    assert [c.get("language_code") for c in api.of("setMyDescription")] == [None, "en"]
    assert api.of("setMyDescription")[0]["description"] == t("about.description", Lang.RU)
    assert [c.params for c in api.of("setMyShortDescription")] == [
        {"short_description": t("about.short", Lang.RU)},
        {"short_description": t("about.short", Lang.EN), "language_code": "en"},
    ]
    polled = api.of("getUpdates")[0]["allowed_updates"]
    assert {"message", "callback_query", "edited_message"} <= set(polled)
    # And the store was closed: the file opens again and holds the seed article once.
    store = await Store.open(tmp_path / "bot.sqlite3")
    try:
        assert await store.articles.count() == 1
    finally:
        await store.close()


async def test_serve_stops_cleanly_on_sigterm(api: FakeBotApi, tmp_path: Path) -> None:
    running = asyncio.create_task(serve(e2e_settings(api, tmp_path)))
    await api.wait_for("getUpdates")

    os.kill(os.getpid(), signal.SIGTERM)  # serve() installed its handler on this loop
    await asyncio.wait_for(running, timeout=10)

    assert running.exception() is None
    # Its handler is gone again: the default disposition is back.
    assert signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None)


async def test_python_m_bot_stops_cleanly_on_ctrl_c(api: FakeBotApi, tmp_path: Path) -> None:
    """The real process (one ~5 s start: imports), so `python -m bot` itself is covered."""
    sig = signal.SIGINT
    env = {
        **os.environ,
        "BOT_TOKEN": TEST_TOKEN,
        "BOT_API_SERVER": api.base_url,
        "DATABASE_PATH": str(tmp_path / "bot.sqlite3"),
        "FEED_POLL_SECONDS": "0",
        "LOG_LEVEL": "INFO",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,  # no .env here
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await api.wait_for("getUpdates", timeout=30)
        process.send_signal(sig)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=15)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()

    log = stderr.decode()
    assert process.returncode == 0, log
    assert "Traceback" not in log
    assert f"received {sig.name}, stopping" in log
    assert log.rstrip().endswith("stopped")


async def test_a_token_telegram_rejects_is_one_clear_error(tmp_path: Path) -> None:
    async with FakeBotApi(token="987654321:OtherTokenThatTheServerExpects_abcdef") as api:
        with pytest.raises(UsageError) as raised:
            await serve(e2e_settings(api, tmp_path))
    assert str(raised.value).startswith("Telegram rejected BOT_TOKEN (401 Unauthorized)")
    assert TEST_TOKEN.split(":")[1] not in str(raised.value)


async def test_an_unreachable_bot_api_server_is_one_clear_error(tmp_path: Path) -> None:
    async with FakeBotApi() as api:
        settings = e2e_settings(api, tmp_path)
    # The server is closed now: its port refuses connections.
    with pytest.raises(UsageError, match=r"cannot reach the Bot API at http://127\.0\.0\.1:"):
        await serve(settings)


async def test_a_failing_command_menu_or_description_does_not_stop_the_bot(
    api: FakeBotApi, tmp_path: Path
) -> None:
    api.fail("setMyCommands", 500, "Internal Server Error")
    api.fail("setMyDescription", 500, "Internal Server Error")
    stop = asyncio.Event()
    running = asyncio.create_task(serve(e2e_settings(api, tmp_path), stop=stop))

    await api.wait_for("getUpdates")
    stop.set()
    await asyncio.wait_for(running, timeout=10)

    assert running.exception() is None
