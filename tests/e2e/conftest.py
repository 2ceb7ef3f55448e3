"""The e2e tests' shared parts: a fake Bot API on loopback and settings pointing at it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import Settings
from tests.support.fake_api import FakeBotApi
from tests.support.recording import TEST_TOKEN
from tests.support.updates import ADMIN_ID


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=TEST_TOKEN) as server:
        yield server


def e2e_settings(api: FakeBotApi, tmp_path: Path, *, channel_id: str | None = None) -> Settings:
    """What `python -m bot` would read from .env, aimed at the fake server; no feed polling."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=TEST_TOKEN,  # type: ignore[arg-type]
        bot_api_server=api.base_url,  # type: ignore[arg-type]
        database_path=tmp_path / "bot.sqlite3",
        admin_ids=str(ADMIN_ID),  # type: ignore[arg-type]
        channel_id=channel_id,
        feed_poll_seconds=0,
    )
