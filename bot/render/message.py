"""The one shape every rendered message takes, whether replied, posted or queued.

A `RenderedMessage` is plain data (text, entities, keyboard, preview URL, optionally a photo),
so it can be cached, compared, serialised into the outbox and sent by any path with the same
result. A message with a `photo` is a photo whose caption is `text` (the renderer keeps it
within 1024 units); `without_photo()` is the same message as text with a link preview, which
is what goes out when Telegram refuses the photo. `send_method` / `edit_method` are the one
place that turns the data into the Bot API request, photo or text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from aiogram.methods import EditMessageCaption, EditMessageText, SendMessage, SendPhoto
from aiogram.types import InlineKeyboardMarkup, LinkPreviewOptions, MessageEntity


@dataclass(frozen=True, slots=True)
class RenderedMessage:
    text: str
    entities: tuple[MessageEntity, ...] = ()
    reply_markup: InlineKeyboardMarkup | None = None
    link_preview_url: str | None = None
    photo: str | None = None  # a photo URL: `text` is then its caption
    silent: bool = False  # sent with disable_notification

    def send_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for `bot.send_message` / `message.answer` / `edit_message_text`."""
        return {
            "text": self.text,
            "entities": list(self.entities),
            "parse_mode": None,
            "reply_markup": self.reply_markup,
            "link_preview_options": self._preview_options(),
        }

    def _preview_options(self) -> LinkPreviewOptions:
        if self.link_preview_url:
            return LinkPreviewOptions(url=self.link_preview_url, prefer_large_media=True)
        return LinkPreviewOptions(is_disabled=True)

    def without_photo(self) -> RenderedMessage:
        """The same message as text (with the link preview): the fallback for a refused photo."""
        return replace(self, photo=None)

    def with_markup(self, markup: InlineKeyboardMarkup | None) -> RenderedMessage:
        return replace(self, reply_markup=markup)

    def send_method(self, chat_id: int | str, **extra: Any) -> SendMessage | SendPhoto:
        """The request that sends this message to `chat_id`: sendPhoto or sendMessage."""
        quiet: dict[str, Any] = {"disable_notification": True} if self.silent else {}
        if self.photo:
            return SendPhoto(
                chat_id=chat_id,
                photo=self.photo,
                caption=self.text,
                caption_entities=list(self.entities),
                parse_mode=None,
                reply_markup=self.reply_markup,
                **quiet,
                **extra,
            )
        return SendMessage(chat_id=chat_id, **self.send_kwargs(), **quiet, **extra)

    def edit_method(
        self, chat_id: int | str, message_id: int, *, caption: bool
    ) -> EditMessageText | EditMessageCaption:
        """The request that makes message `message_id` read like this one. `caption`: the
        message there is a photo (its caption is edited), whatever this rendering holds."""
        if caption:
            return EditMessageCaption(
                chat_id=chat_id,
                message_id=message_id,
                caption=self.text,
                caption_entities=list(self.entities),
                parse_mode=None,
                reply_markup=self.reply_markup,
            )
        return EditMessageText(chat_id=chat_id, message_id=message_id, **self.send_kwargs())

    def to_json(self) -> str:
        """Serialise for the outbox: the exact message is fixed at enqueue time."""
        data: dict[str, Any] = {
            "text": self.text,
            "entities": [e.model_dump(exclude_none=True) for e in self.entities],
            "reply_markup": self.reply_markup.model_dump(exclude_none=True)
            if self.reply_markup
            else None,
            "link_preview_url": self.link_preview_url,
        }
        if self.photo:
            data["photo"] = self.photo
        if self.silent:
            data["silent"] = True
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, blob: str) -> RenderedMessage:
        data = json.loads(blob)
        markup = data.get("reply_markup")
        return cls(
            text=data["text"],
            entities=tuple(MessageEntity.model_validate(e) for e in data.get("entities", [])),
            reply_markup=InlineKeyboardMarkup.model_validate(markup) if markup else None,
            link_preview_url=data.get("link_preview_url"),
            photo=data.get("photo"),
            silent=bool(data.get("silent", False)),
        )
