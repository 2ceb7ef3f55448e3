"""A bot process reduced to its outbox worker, for the kill -9 test: `python -m
tests.delivery.kill_target <database> <api base url>` drains the outbox until it is killed."""

from __future__ import annotations

import asyncio
import sys

from bot.app import create_bot
from bot.config import Settings
from bot.delivery.worker import OutboxWorker
from storage import Store
from tests.support.recording import TEST_TOKEN
from tests.support.updates import ADMIN_ID


def settings_for(database: str, api: str) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=TEST_TOKEN,  # type: ignore[arg-type]
        bot_api_server=api,  # type: ignore[arg-type]
        database_path=database,  # type: ignore[arg-type]
        admin_ids=str(ADMIN_ID),  # type: ignore[arg-type]
        channel_id="@interaffairs_test",
        rate_global_per_second=200.0,
    )


async def main(database: str, api: str) -> None:
    settings = settings_for(database, api)
    store = await Store.open(database)
    worker = OutboxWorker(create_bot(settings), store, settings)
    await worker.start()
    print("started", flush=True)
    await asyncio.Event().wait()  # until SIGKILL


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
