"""Photo posts: sending with a text fallback, and choosing how a live post is edited.

Why here and not in the worker: the worker has one dispatch point (`send` / `edit_request`)
and stays about rows, limits and retries. A post with a lead image goes as sendPhoto; when
Telegram refuses the photo (a bad URL, too big, not an image: 400) the same message goes out
at once as text with the article's large preview, so nothing is lost, and the worker tells the
admins once. The sent row records that refusal (`PHOTO_REFUSED` in its `error`), which is how a
later edit knows the live post is text (editMessageText) rather than a photo (editMessageCaption).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import EditMessageCaption, EditMessageText
from aiogram.types import Message

from bot.render.message import RenderedMessage
from storage import outbox

if TYPE_CHECKING:
    from storage import Store
    from storage.outbox import OutboxItem

log = logging.getLogger(__name__)

PHOTO_REFUSED = "photo refused, sent as text: "


async def send(
    bot: Bot, message: RenderedMessage, chat_id: int | str, **extra: Any
) -> tuple[Message, str | None]:
    """Send `message`; a refused photo goes again as text. Returns (sent, refusal or None)."""
    try:
        return await bot(message.send_method(chat_id, **extra)), None
    except TelegramBadRequest as exc:
        if message.photo is None:
            raise
        log.warning("photo %s refused for %s (%s); sending as text", message.photo, chat_id, exc)
        sent = await bot(message.without_photo().send_method(chat_id, **extra))
        return sent, exc.message


async def live_post_is_photo(store: Store, item: OutboxItem) -> bool:
    """Whether the channel post an edit applies to went out as a photo."""
    sent = await store.outbox.latest_sent(item.article_id, item.chat_id, outbox.POST)
    if sent is None or (sent.error or "").startswith(PHOTO_REFUSED):
        return False
    posted = RenderedMessage.from_json(await store.outbox.payload(sent.payload_id))
    return posted.photo is not None


async def edit_request(
    store: Store, item: OutboxItem, message: RenderedMessage, message_id: int
) -> EditMessageText | EditMessageCaption:
    """The edit of a live channel post: its caption when it is a photo, else its text."""
    caption = await live_post_is_photo(store, item)
    return message.edit_method(item.chat, message_id, caption=caption)
