"""Who may use the editor's desk: ADMIN_IDS, and the channel's administrators who may post.

Why both: the team that runs the channel changes in Telegram (an owner adds an admin), and the
bot should follow without a redeploy; ADMIN_IDS stays the explicit list and the fallback when
the bot cannot read the channel's administrators (not an admin there yet, network trouble).
The list is cached for `ttl` seconds, and read again early (at most every `retry` seconds)
when someone not on it would otherwise be refused, so a newly appointed admin is admitted at
once and a stranger pressing buttons cannot make the bot hammer the API.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from aiogram import Bot
from aiogram.exceptions import AiogramError
from aiogram.types import ChatMemberAdministrator, ChatMemberOwner

from bot.clock import Clock, SystemClock

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)

TTL_SECONDS = 300.0
RETRY_SECONDS = 30.0


class Editors:
    """One per Dispatcher (`editors` in handlers' data)."""

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock | None = None,
        ttl: float = TTL_SECONDS,
        retry: float = RETRY_SECONDS,
    ) -> None:
        self._settings = settings
        self._clock = clock or SystemClock()
        self._ttl = ttl
        self._retry = retry
        self._channel_admins: frozenset[int] = frozenset()
        self._fetched_at: float | None = None
        self._lock = asyncio.Lock()

    async def admits(self, bot: Bot, user_id: int | None) -> bool:
        if user_id is None:
            return False
        if self._settings.is_admin(user_id):
            return True
        if self._settings.channel_chat_id is None:
            return False
        age = None if self._fetched_at is None else self._clock.now() - self._fetched_at
        stale = age is None or age >= self._ttl
        if stale or (
            user_id not in self._channel_admins and age is not None and age >= self._retry
        ):
            await self._refresh(bot)
        return user_id in self._channel_admins

    async def _refresh(self, bot: Bot) -> None:
        channel = self._settings.channel_chat_id
        assert channel is not None
        async with self._lock:
            self._fetched_at = self._clock.now()
            try:
                members = await bot.get_chat_administrators(chat_id=channel)
            except AiogramError as exc:
                log.warning(
                    "cannot read the administrators of %s (%s); ADMIN_IDS only", channel, exc
                )
                return
            self._channel_admins = frozenset(
                member.user.id
                for member in members
                if isinstance(member, ChatMemberOwner)
                or (isinstance(member, ChatMemberAdministrator) and member.can_post_messages)
            )
