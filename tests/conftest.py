"""Shared fixtures: a store on a real SQLite file, a recording session, a bot, settings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiogram import Bot

from bot.config import Settings
from storage import Store
from tests.support.recording import TEST_TOKEN, RecordingSession, make_bot
from tests.support.updates import ADMIN_ID


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings as a deployment would have them, isolated from any real `.env`."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=TEST_TOKEN,  # type: ignore[arg-type]
        admin_ids=str(ADMIN_ID),  # type: ignore[arg-type]
        channel_id="@interaffairs_test",
        database_path=tmp_path / "bot.sqlite3",
    )


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    """An empty store on a real SQLite file."""
    opened = await Store.open(tmp_path / "store.sqlite3")
    yield opened
    await opened.close()


@pytest.fixture
def session() -> RecordingSession:
    return RecordingSession()


@pytest.fixture
def bot(session: RecordingSession) -> Bot:
    return make_bot(session)
