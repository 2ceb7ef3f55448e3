"""Messages the delivery itself sends to admins: "published" confirmations and alerts.

Built with aiogram.utils.formatting like every other message, as RenderedMessage payloads, so
they travel through the outbox (rate-limited, crash-safe) like everything else.
"""

from __future__ import annotations

from aiogram.utils.formatting import Bold, Text, TextLink

from bot.render.message import RenderedMessage
from bot.texts import Lang, t
from storage import outbox

_WHAT = {
    outbox.POST: "delivery.what.post",
    outbox.EDIT: "delivery.what.edit",
    outbox.CARD: "delivery.what.card",
    outbox.PREVIEW: "delivery.what.preview",
}


def _message(node: Text) -> RenderedMessage:
    kwargs = node.as_kwargs()
    return RenderedMessage(text=kwargs["text"], entities=tuple(kwargs["entities"]))


def what(kind: str, lang: Lang = Lang.RU) -> str:
    return t(_WHAT.get(kind, "delivery.what.other"), lang)


def published(article_id: int, title: str, link: str | None) -> RenderedMessage:
    """To the admin who asked: the post is in the channel, here is its link."""
    parts: list[str | Text] = [t("delivery.published", Lang.RU, id=article_id), " ", Bold(title)]
    if link:
        parts += ["\n", TextLink(link, url=link)]
    return _message(Text(*parts))


def failed(kind: str, article_id: int, reason: str) -> RenderedMessage:
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


def unknown(kind: str, article_id: int, reason: str) -> RenderedMessage:
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
