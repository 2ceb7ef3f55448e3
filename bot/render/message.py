"""The one shape every rendered message takes, whether replied, posted or queued.

A `RenderedMessage` is plain data (text, entities, keyboard, preview URL), so it can be cached,
compared, serialised into the outbox and sent by any path with the same result.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiogram.types import InlineKeyboardMarkup, LinkPreviewOptions, MessageEntity


@dataclass(frozen=True, slots=True)
class RenderedMessage:
    text: str
    entities: tuple[MessageEntity, ...] = ()
    reply_markup: InlineKeyboardMarkup | None = None
    link_preview_url: str | None = None

    def send_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for `bot.send_message` / `message.answer` / `edit_message_text`."""
        kwargs: dict[str, Any] = {
            "text": self.text,
            "entities": list(self.entities),
            "parse_mode": None,
            "reply_markup": self.reply_markup,
        }
        if self.link_preview_url:
            kwargs["link_preview_options"] = LinkPreviewOptions(url=self.link_preview_url)
        else:
            kwargs["link_preview_options"] = LinkPreviewOptions(is_disabled=True)
        return kwargs

    def to_json(self) -> str:
        """Serialise for the outbox: the exact message is fixed at enqueue time."""
        return json.dumps(
            {
                "text": self.text,
                "entities": [e.model_dump(exclude_none=True) for e in self.entities],
                "reply_markup": self.reply_markup.model_dump(exclude_none=True)
                if self.reply_markup
                else None,
                "link_preview_url": self.link_preview_url,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, blob: str) -> RenderedMessage:
        data = json.loads(blob)
        markup = data.get("reply_markup")
        return cls(
            text=data["text"],
            entities=tuple(MessageEntity.model_validate(e) for e in data.get("entities", [])),
            reply_markup=InlineKeyboardMarkup.model_validate(markup) if markup else None,
            link_preview_url=data.get("link_preview_url"),
        )
