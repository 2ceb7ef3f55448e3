"""A base for Bot API sessions that answer inside the process: no HTTP, nothing to download.

Why: the terminal console, the tests' recording session and the handler benchmark all replace
Telegram at aiogram's session seam; each only decides how `make_request` answers.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Any

from aiogram.client.session.base import BaseSession


class LocalSession(BaseSession):
    """BaseSession with the network-only parts filled in; subclasses write `make_request`."""

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:  # pragma: no cover - the bot downloads no files
        yield b""

    async def close(self) -> None:
        return None
