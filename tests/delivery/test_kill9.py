"""kill -9 in the middle of a broadcast, then a restart on the same database file.

A real child process runs the outbox worker against a fake Bot API on 127.0.0.1 and is killed
with SIGKILL while it sends. A new worker then finishes the job. What Telegram received must
hold no duplicate, and every delivery must be either sent or, for the few that were on the
wire at the kill, marked unknown (never resent).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import create_bot
from bot.delivery.publisher import Publisher
from bot.delivery.worker import MAX_IN_FLIGHT, OutboxWorker
from storage import Store, outbox
from tests.delivery.fakes import add_article
from tests.delivery.kill_target import settings_for
from tests.support.fake_api import FakeBotApi
from tests.support.recording import TEST_TOKEN
from tests.support.updates import ADMIN_ID

SUBSCRIBERS = 400
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=TEST_TOKEN) as server:
        yield server


async def test_kill_9_mid_broadcast_then_restart_sends_nothing_twice(
    api: FakeBotApi, tmp_path: Path
) -> None:
    database = str(tmp_path / "kill.sqlite3")
    settings = settings_for(database, api.base_url)
    store = await Store.open(database)
    for user_id in range(1, SUBSCRIBERS + 1):
        await store.subscribers.subscribe(user_id, "ru")
    await Publisher(settings, store).publish(await add_article(store))
    await store.close()

    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.delivery.kill_target",
        database,
        api.base_url,
        stdout=asyncio.subprocess.PIPE,
        cwd=ROOT,
    )
    try:
        await api.wait_for("sendMessage", 120, timeout=60)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        await child.wait()
    before_restart = len(api.of("sendMessage"))
    assert before_restart < SUBSCRIBERS + 1  # killed mid-run

    store = await Store.open(database)
    try:
        bot = create_bot(settings)
        await OutboxWorker(bot, store, settings).drain()  # recovers, then sends the rest
        await bot.session.close()
        items = [i for i in await store.outbox.items() if i.kind in (outbox.POST, outbox.CARD)]
    finally:
        await store.close()

    received = Counter(
        (str(c["chat_id"]), c["text"]) for c in api.of("sendMessage") if c["chat_id"] != ADMIN_ID
    )
    assert max(received.values()) == 1  # nothing was sent twice
    states = Counter(item.state for item in items)
    assert set(states) <= {"sent", "unknown"}
    assert states["sent"] + states["unknown"] == SUBSCRIBERS + 1  # nothing lost silently
    assert states["unknown"] <= MAX_IN_FLIGHT  # only what was on the wire at the kill
    assert len(received) >= states["sent"]  # every 'sent' row reached the server
