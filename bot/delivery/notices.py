"""Messages the delivery itself sends to admins: "published" confirmations and alerts.

Built with aiogram.utils.formatting like every other message, as RenderedMessage payloads, so
they travel through the outbox (rate-limited, crash-safe) like everything else.
"""

from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.formatting import Bold, Text, TextLink

from bot.delivery.preview import PublishAction, button
from bot.render.message import RenderedMessage
from bot.texts import Lang, t
from storage.outbox import Kind

_WHAT = {
    Kind.POST: "delivery.what.post",
    Kind.EDIT: "delivery.what.edit",
    Kind.CARD: "delivery.what.card",
    Kind.PREVIEW: "delivery.what.preview",
}


def _message(node: Text, markup: InlineKeyboardMarkup | None = None) -> RenderedMessage:
    kwargs = node.as_kwargs()
    return RenderedMessage(
        text=kwargs["text"], entities=tuple(kwargs["entities"]), reply_markup=markup
    )


def what(kind: Kind, lang: Lang = Lang.RU) -> str:
    return t(_WHAT.get(kind, "delivery.what.other"), lang)


def published(
    article_id: int, title: str, link: str | None, by: str | None = None
) -> RenderedMessage:
    """To the admin who asked: the post is in the channel, here is its link, and who
    published it (a scheduled post goes out long after the tap, maybe another editor's)."""
    parts: list[str | Text] = [t("delivery.published", Lang.RU, id=article_id), " ", Bold(title)]
    if link:
        parts += ["\n", TextLink(link, url=link)]
    if by:
        parts += ["\n", t("desk.published_by", Lang.RU, who=by)]
    return _message(Text(*parts))


def failed(kind: Kind, article_id: int, reason: str) -> RenderedMessage:
    """Telegram refused a delivery (400, 403 on the channel…); said once per article and kind."""
    return _message(
        Text(
            Bold(t("delivery.alert_failed", Lang.RU, what=what(kind), id=article_id)),
            "\n",
            reason,
        )
    )


def photo_refused(article_id: int, reason: str) -> RenderedMessage:
    """Telegram refused the lead image: the post went out as text; said once per post."""
    return _message(Text(Bold(t("delivery.photo_refused", Lang.RU, id=article_id)), "\n", reason))


def unknown(kind: Kind, article_id: int, reason: str) -> RenderedMessage:
    """A delivery may or may not have reached Telegram; it is not resent automatically."""
    return _message(
        Text(
            Bold(t("delivery.alert_unknown", Lang.RU, what=what(kind), id=article_id)),
            "\n",
            reason,
            "\n",
            t("delivery.alert_unknown_hint", Lang.RU, id=article_id),
        )
    )


def post_unknown(article_id: int, title: str, channel: str, reason: str) -> RenderedMessage:
    """A channel post that may or may not be in the channel, settled in one tap: the article,
    a link to the channel to look, and «Опубликовать ещё раз» / «Всё в порядке»."""
    headline = t("delivery.post_unknown", Lang.RU, id=article_id)
    parts: list[str | Text] = [Bold(headline)]
    if title:
        parts += ["\n", Bold(f"«{title}»")]
    parts += ["\n", reason, "\n", t("delivery.post_unknown_check", Lang.RU), " "]
    parts += [TextLink(channel, url=channel), "\n", t("delivery.post_unknown_hint", Lang.RU)]
    markup = InlineKeyboardMarkup(
        inline_keyboard=[
            [
                button(PublishAction.REPOST, article_id, Lang.RU),
                button(PublishAction.SETTLED, article_id, Lang.RU),
            ]
        ]
    )
    return _message(Text(*parts), markup)
