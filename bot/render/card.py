"""The article card: title, date, summary, and the buttons that open the rest.

Cards answer /start, /latest buttons and deep links, and the delivery work broadcasts them
to subscribers, so the card is one pure function of (article, links, language).
"""

from __future__ import annotations

from aiogram.utils.formatting import Bold, Text

from bot.render.common import article_keyboard, to_message
from bot.render.dates import format_date
from bot.render.limits import TEXT_LIMIT, cut_text, utf16_len
from bot.render.links import Links
from bot.render.message import RenderedMessage
from bot.texts import Lang
from storage.models import Article

TITLE_LIMIT = 400
META_SEPARATOR = " · "


def title_text(article: Article, limit: int = TITLE_LIMIT) -> str:
    return cut_text(" ".join(article.title.split()), limit) or "…"


def meta_line(article: Article, lang: Lang) -> str:
    """«30 марта 2020 · Новости» — whatever of date and rubric is known."""
    parts = []
    if article.published_at is not None:
        parts.append(format_date(article.published_at, lang))
    if article.rubric:
        parts.append(cut_text(" ".join(article.rubric.split()), 100))
    return META_SEPARATOR.join(parts)


def render_card(article: Article, links: Links, lang: Lang = Lang.RU) -> RenderedMessage:
    title = title_text(article)
    meta = meta_line(article, lang)
    head: list[str | Text] = [Bold(title)]
    if meta:
        head += ["\n", meta]
    used = utf16_len(title) + (utf16_len(meta) + 1 if meta else 0) + 2
    summary = cut_text(article.summary.strip(), TEXT_LIMIT - used)
    body: list[str | Text] = ["\n\n", summary] if summary else []
    return to_message(Text(*head, *body), reply_markup=article_keyboard(article, links, lang))
