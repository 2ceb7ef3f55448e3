"""The parts a reader asks for: /summary, /quotes (possibly several messages), /source, /latest.

Every function is pure and returns messages already within Telegram's limits (see limits.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.formatting import BlockQuote, Bold, Text, TextLink

from bot.callbacks import ArticleCallback, Part
from bot.render.card import title_text
from bot.render.common import LINK_SEPARATOR, article_keyboard, to_message
from bot.render.dates import format_date
from bot.render.limits import (
    ELLIPSIS,
    ENTITY_LIMIT,
    TEXT_LIMIT,
    button_text,
    cut_text,
    utf16_len,
)
from bot.render.links import Links
from bot.render.message import RenderedMessage
from bot.texts import Lang, t
from storage.models import Article, Quote

SPEAKER_LIMIT = 200
HEADER_TITLE_LIMIT = 200
MAX_QUOTE_MESSAGES = 5  # more in a row would flood the chat (and hit Telegram's per-chat limit)
NOTE_RESERVE = 200  # room kept in every quotes message for the «ещё N цитат» note
SOURCES_LIMIT = 1000
LATEST_TITLE_LIMIT = 300


def render_summary(article: Article, links: Links, lang: Lang = Lang.RU) -> RenderedMessage:
    title = title_text(article)
    head = Text(Bold(t("summary.title", lang)), " — ", title)
    used = utf16_len(head.render()[0]) + 2
    summary = cut_text(article.summary.strip(), TEXT_LIMIT - used) or ELLIPSIS
    return to_message(
        Text(head, "\n\n", summary), reply_markup=article_keyboard(article, links, lang)
    )


# --- quotes ---------------------------------------------------------------------------------


def _quote_chunks(text: str, room: int) -> list[str]:
    """A quote as it will be shown: whole, or (only if it alone exceeds `room`) in pieces that
    each end at a sentence or word end with "…" and continue with "…"."""
    text = " ".join(text.split())
    if utf16_len(text) <= room:
        return [text]
    chunks: list[str] = []
    rest = text
    while rest:
        prefix = ELLIPSIS if chunks else ""
        piece = cut_text(rest, room - utf16_len(prefix))
        if piece == rest:
            chunks.append(prefix + piece)
            break
        core = piece.removesuffix(ELLIPSIS).rstrip()
        if not core:  # cannot happen with a sane room; never loop forever
            core = rest[: max(1, room // 2)]
            piece = core + ELLIPSIS
        chunks.append(prefix + piece)
        rest = rest[len(core) :].lstrip()
    return chunks


def _quote_block(speaker: str, text: str) -> Text:
    return Text(Bold(speaker), "\n", BlockQuote(text))


def render_quotes(
    article: Article, links: Links, lang: Lang = Lang.RU
) -> tuple[RenderedMessage, ...]:
    """Every quotation with its speaker; split over messages between quotes, never inside one
    unless a single quote alone is longer than a message."""
    keyboard = article_keyboard(article, links, lang)
    header = Text(Bold(t("quotes.title", lang)), " — ", title_text(article, HEADER_TITLE_LIMIT))
    quotes = [q for q in article.quotes if q.text.strip()]
    if not quotes:
        return (to_message(Text(header, "\n\n", t("quotes.none", lang)), reply_markup=keyboard),)
    header_len = utf16_len(header.render()[0]) + 2
    budget = TEXT_LIMIT - NOTE_RESERVE
    entity_budget = ENTITY_LIMIT  # the header's bold, then two per quote (bold + quote)

    messages: list[list[Text]] = [[]]
    started = [0]  # per message: quotes whose first piece it holds
    used, entities = header_len, 1
    pieces = (
        (index, speaker, piece)
        for quote in quotes
        for speaker in (_speaker(quote, lang),)
        for index, piece in enumerate(
            _quote_chunks(quote.text, budget - header_len - utf16_len(speaker) - 1)
        )
    )
    for index, speaker, piece in pieces:
        size = utf16_len(speaker) + 1 + utf16_len(piece) + 2
        if messages[-1] and (used + size > budget or entities + 2 > entity_budget):
            if len(messages) == MAX_QUOTE_MESSAGES:
                break  # the rest is announced by the «ещё N цитат» note
            messages.append([])
            started.append(0)
            used, entities = 0, 0
        messages[-1].append(_quote_block(speaker, piece))
        used += size
        entities += 2
        started[-1] += index == 0
    remaining = len(quotes) - sum(started)
    result = []
    for number, blocks in enumerate(messages):
        nodes: list[str | Text] = []
        if number == 0:
            nodes += [header, "\n\n"]
        for index, block in enumerate(blocks):
            nodes += ["\n\n" if index else "", block]
        last = number == len(messages) - 1
        if last and remaining > 0:
            nodes += ["\n\n", t("quotes.more", lang, count=remaining)]
        result.append(to_message(Text(*nodes), reply_markup=keyboard if last else None))
    return tuple(result)


def _speaker(quote: Quote, lang: Lang) -> str:
    name = " ".join((quote.speaker or "").split())
    return cut_text(name, SPEAKER_LIMIT) if name else t("quotes.unknown_speaker", lang)


# --- source ---------------------------------------------------------------------------------


def _display_url(url: str) -> str:
    shown = url.removeprefix("https://").removeprefix("http://").removeprefix("www.")
    return cut_text(shown.rstrip("/"), 80) or url[:80]


def render_source(article: Article, links: Links, lang: Lang = Lang.RU) -> RenderedMessage:
    nodes: list[str | Text] = [
        Bold(t("source.title", lang)),
        " — ",
        title_text(article, HEADER_TITLE_LIMIT),
        "\n\n",
        t("source.original", lang),
    ]
    if article.url:
        nodes.append(TextLink(_display_url(article.url), url=article.url))
    else:
        nodes.append(TextLink(t("source.site_fallback", lang), url=links.site))
    nodes += ["\n", t("source.published", lang)]
    if article.published_at is not None:
        nodes.append(format_date(article.published_at, lang))
    else:
        nodes.append(t("source.date_unknown", lang))
    if article.sources:
        cited = ", ".join(" ".join(s.split()) for s in article.sources if s.strip())
        nodes += ["\n", t("source.cites", lang), cut_text(cited, SOURCES_LIMIT)]
    nodes += [
        "\n\n",
        t("source.follow", lang),
        TextLink(t("link.site", lang), url=links.site),
        LINK_SEPARATOR,
        TextLink(t("link.dzen", lang), url=links.dzen),
        LINK_SEPARATOR,
        TextLink(t("link.telegram", lang), url=links.telegram),
    ]
    return to_message(Text(*nodes), reply_markup=article_keyboard(article, links, lang))


def numbered_title(article: Article, limit: int, lang: Lang = Lang.RU) -> str:
    """«№4 · Title» for lists: the number is the article's id, the one `/summary 4` takes,
    never a position in the list."""
    return f"{t('list.number', lang, id=article.id)} · {title_text(article, limit)}"


# --- latest ---------------------------------------------------------------------------------


def render_latest(articles: Sequence[Article], lang: Lang = Lang.RU) -> RenderedMessage:
    """A numbered list of the latest articles; each has a button opening its card."""
    if not articles:
        return to_message(Text(t("no_articles", lang)))
    return render_article_list(t("latest.title", lang), articles, lang)


def render_article_list(
    heading: str, articles: Sequence[Article], lang: Lang = Lang.RU
) -> RenderedMessage:
    """A bold heading, then titles with dates; each has a button opening its card.
    Shared by /latest and /search so both lists look and behave the same."""
    lines: list[str | Text] = [Bold(heading)]
    buttons = []
    for position, article in enumerate(articles):
        numbered = numbered_title(article, LATEST_TITLE_LIMIT, lang)
        if article.published_at is not None:
            numbered += f" — {format_date(article.published_at, lang)}"
        lines += ["\n\n" if position == 0 else "\n", numbered]
        buttons.append(
            [
                InlineKeyboardButton(
                    text=button_text(numbered_title(article, len(article.title), lang)),
                    callback_data=ArticleCallback(part=Part.CARD, id=article.id).pack(),
                )
            ]
        )
    lines += ["\n\n", t("latest.hint", lang)]
    return to_message(Text(*lines), reply_markup=InlineKeyboardMarkup(inline_keyboard=buttons))
