"""Where a message links to: the article (or the site), the Дзен channel, the Telegram channel.

A small value built once from Settings, so renderers stay pure and tests pass plain strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storage.models import Article

if TYPE_CHECKING:
    from bot.config import Settings


@dataclass(frozen=True, slots=True)
class Links:
    site: str
    dzen: str
    telegram: str

    @classmethod
    def from_settings(cls, settings: Settings) -> Links:
        return cls(site=settings.site, dzen=settings.dzen, telegram=settings.telegram_channel)

    def article(self, article: Article) -> str:
        """The article's own URL, or the site when the journal's id for it is unknown."""
        return article.url or self.site
