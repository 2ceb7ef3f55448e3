"""The editor's preview: the exact channel post, plus the desk's buttons.

Under the post's own URL buttons: «Опубликовать» «Запланировать» / «Изменить» «Без звука» /
«Отмена». «Изменить» and «Запланировать» swap those rows for their own menus (and «← Назад»
brings them back). «Без звука» shows its state (✓ when the post will go out silently).

The callback data is typed (aiogram CallbackData), so a forged or stale payload fails to unpack;
the admin router still checks who pressed, because anyone can craft valid data.
"""

from __future__ import annotations

from enum import StrEnum

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.delivery.slots import Slot, slot_time
from bot.ids import ArticleId
from bot.render.links import Links
from bot.render.message import RenderedMessage
from bot.render.post import PostFormat, render_channel_post
from bot.texts import Lang, t
from storage.models import Article


class PublishAction(StrEnum):
    PUBLISH = "go"
    CANCEL = "no"
    REPOST = "re"
    SETTLED = "ok"  # «Всё в порядке»: the post whose outcome was unknown is in the channel


class PublishCallback(CallbackData, prefix="pub"):
    action: PublishAction
    id: ArticleId


class EditTarget(StrEnum):
    MENU = "m"
    TITLE = "t"
    LEAD = "l"
    TAGS = "h"
    PHOTO = "p"  # drop the photo, or bring it back
    BACK = "b"


class EditCallback(CallbackData, prefix="edit"):
    target: EditTarget
    id: ArticleId


class ScheduleCallback(CallbackData, prefix="plan"):
    slot: Slot
    id: ArticleId


class SilentCallback(CallbackData, prefix="mute"):
    id: ArticleId


class QueueAction(StrEnum):
    CANCEL = "c"
    NOW = "n"


class QueueCallback(CallbackData, prefix="queue"):
    action: QueueAction
    id: ArticleId


# Every button of the desk: the admin router admits only editors for these, and refuses
# anyone else who presses one (a forwarded preview, forged data).
DESK_CALLBACKS: tuple[type[CallbackData], ...] = (
    PublishCallback,
    EditCallback,
    ScheduleCallback,
    SilentCallback,
    QueueCallback,
)

_PUBLISH_KEYS = {
    PublishAction.PUBLISH: "admin.btn.publish",
    PublishAction.CANCEL: "admin.btn.cancel",
    PublishAction.REPOST: "admin.btn.repost",
    PublishAction.SETTLED: "admin.btn.settled",
}


def _button(key: str, data: CallbackData, lang: Lang, **params: object) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=t(key, lang, **params), callback_data=data.pack())


def button(action: PublishAction, article_id: int, lang: Lang) -> InlineKeyboardButton:
    return _button(_PUBLISH_KEYS[action], PublishCallback(action=action, id=article_id), lang)


def decision_rows(article: Article, lang: Lang) -> list[list[InlineKeyboardButton]]:
    """Опубликовать · Запланировать / Изменить · Без звука / Отмена."""
    silent_key = "desk.btn.silent_on" if article.edits.silent else "desk.btn.silent_off"
    return [
        [
            button(PublishAction.PUBLISH, article.id, lang),
            _button("desk.btn.schedule", ScheduleCallback(slot=Slot.MENU, id=article.id), lang),
        ],
        [
            _button("desk.btn.edit", EditCallback(target=EditTarget.MENU, id=article.id), lang),
            _button(silent_key, SilentCallback(id=article.id), lang),
        ],
        [button(PublishAction.CANCEL, article.id, lang)],
    ]


def edit_rows(article: Article, lang: Lang) -> list[list[InlineKeyboardButton]]:
    """Заголовок · Лид / Хештеги · Убрать фото (Вернуть фото) / ← Назад."""

    def edit(target: EditTarget, key: str) -> InlineKeyboardButton:
        return _button(key, EditCallback(target=target, id=article.id), lang)

    photo_key = "desk.btn.photo_back" if article.edits.no_photo else "desk.btn.photo_drop"
    return [
        [edit(EditTarget.TITLE, "desk.btn.title"), edit(EditTarget.LEAD, "desk.btn.lead")],
        [edit(EditTarget.TAGS, "desk.btn.tags"), edit(EditTarget.PHOTO, photo_key)],
        [edit(EditTarget.BACK, "desk.btn.back")],
    ]


def schedule_rows(article_id: int, now: float, lang: Lang) -> list[list[InlineKeyboardButton]]:
    """Через час · Сегодня 18:00 (while it is ahead) · Завтра 09:00 / Ввести время / ← Назад."""

    def plan(slot: Slot, key: str) -> InlineKeyboardButton:
        return _button(key, ScheduleCallback(slot=slot, id=article_id), lang)

    slots = [plan(Slot.HOUR, "desk.btn.in_hour")]
    if slot_time(Slot.EVENING, now) is not None:
        slots.append(plan(Slot.EVENING, "desk.btn.evening"))
    slots.append(plan(Slot.MORNING, "desk.btn.morning"))
    return [slots, [plan(Slot.TYPED, "desk.btn.typed")], [plan(Slot.BACK, "desk.btn.back")]]


def queue_rows(article_id: int, lang: Lang) -> list[list[InlineKeyboardButton]]:
    """Отменить · Опубликовать сейчас, for one item of /queue."""
    return [
        [
            _button(
                "desk.btn.unschedule",
                QueueCallback(action=QueueAction.CANCEL, id=article_id),
                lang,
                id=article_id,
            ),
            _button(
                "desk.btn.now",
                QueueCallback(action=QueueAction.NOW, id=article_id),
                lang,
                id=article_id,
            ),
        ]
    ]


def with_rows(
    post: RenderedMessage, rows: list[list[InlineKeyboardButton]]
) -> InlineKeyboardMarkup:
    """The post's own URL buttons followed by `rows`."""
    own = list(post.reply_markup.inline_keyboard) if post.reply_markup else []
    return InlineKeyboardMarkup(inline_keyboard=[*own, *rows])


def render_preview(
    article: Article, links: Links, lang: Lang = Lang.RU, *, form: PostFormat = PostFormat.SHORT
) -> RenderedMessage:
    """The channel post as it will appear, with the post's own buttons and the desk's rows."""
    post = render_channel_post(article, links, form)
    return post.with_markup(with_rows(post, decision_rows(article, lang)))
