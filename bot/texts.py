"""Every user-facing string of the bot, in one catalogue: Russian by default, English for "en".

Why one module: the interface must read the same everywhere (typography, tone), a translation
must never be missing (a test checks every key has both languages), and a helper adding a
feature adds its strings here in one small edit. Article content is never translated — only
the interface around it.

Usage: `t("not_found", lang)` or `t("bad_id", lang, command="summary")` (str.format params).
Add new keys at the end of `CATALOGUE`, grouped under a comment naming the feature.
"""

from __future__ import annotations

from enum import StrEnum

from bot.content.lexicon import MONTHS_GENITIVE


class Lang(StrEnum):
    RU = "ru"
    EN = "en"


def lang_for(language_code: str | None) -> Lang:
    """English for Telegram language codes starting with "en" (en, en-US…), Russian otherwise."""
    if language_code and language_code[:2].lower() == "en":
        return Lang.EN
    return Lang.RU


CATALOGUE: dict[str, dict[Lang, str]] = {
    # --- commands menu (set_my_commands descriptions) ------------------------------------
    "cmd.start": {Lang.RU: "Что умеет бот и свежая статья", Lang.EN: "What the bot does"},
    "cmd.latest": {Lang.RU: "Пять последних статей", Lang.EN: "The five latest articles"},
    "cmd.summary": {Lang.RU: "Кратко о статье: /summary [номер]", Lang.EN: "Article summary"},
    "cmd.quotes": {Lang.RU: "Цитаты со спикерами", Lang.EN: "Quotations with speakers"},
    "cmd.source": {Lang.RU: "Источник и ссылки", Lang.EN: "Original source and links"},
    "cmd.help": {Lang.RU: "Список команд", Lang.EN: "List of commands"},
    "cmd.preview": {Lang.RU: "Предпросмотр поста для канала", Lang.EN: "Preview a channel post"},
    "cmd.post": {Lang.RU: "Опубликовать статью в канале", Lang.EN: "Post an article"},
    "cmd.stats": {Lang.RU: "Статистика бота", Lang.EN: "Bot statistics"},
    # --- /start, /help --------------------------------------------------------------------
    "start.title": {
        Lang.RU: "«Международная жизнь» — новости журнала",
        Lang.EN: "International Affairs journal news",
    },
    "start.body": {
        Lang.RU: (
            "Я пересказываю новости журнала «Международная жизнь»: коротко о главном, "
            "прямые цитаты с указанием, кто их произнёс, и ссылки на первоисточники."
        ),
        Lang.EN: (
            "I retell the news of the journal «Международная жизнь» (International Affairs): "
            "the gist, direct quotations with who said them, and links to the original "
            "sources. Articles are in Russian."
        ),
    },
    "start.latest_below": {
        Lang.RU: "Свежая статья — ниже.",
        Lang.EN: "The latest article is below.",
    },
    "help.title": {Lang.RU: "Команды", Lang.EN: "Commands"},
    "help.id_hint": {
        Lang.RU: (
            "Номер статьи — тот, что стоит перед заголовком в /latest и /search (/summary 4 — "
            "это №4); без номера — самая свежая."
        ),
        Lang.EN: (
            "An article's number is the one before its title in /latest and /search "
            "(/summary 4 opens No. 4); without it, the latest article."
        ),
    },
    "help.summary": {Lang.RU: "кратко о статье", Lang.EN: "the article in brief"},
    "help.quotes": {Lang.RU: "прямые цитаты и кто их произнёс", Lang.EN: "quotations and speakers"},
    "help.source": {
        Lang.RU: "оригинал на сайте, дата, первоисточники",
        Lang.EN: "the original, its date, cited sources",
    },
    "help.latest": {Lang.RU: "пять последних статей", Lang.EN: "the five latest articles"},
    "help.start": {Lang.RU: "начать сначала", Lang.EN: "start over"},
    "help.help": {Lang.RU: "эта справка", Lang.EN: "this help"},
    "help.id_placeholder": {Lang.RU: "номер", Lang.EN: "id"},
    "help.words_placeholder": {Lang.RU: "слова", Lang.EN: "words"},
    "help.search": {Lang.RU: "поиск по архиву статей", Lang.EN: "search the archive"},
    "help.subscribe": {
        Lang.RU: "все новые статьи или только тема (Лавров, Сирия, #СНВ)",
        Lang.EN: "every new article, or a topic only (Лавров, Сирия, #СНВ)",
    },
    "help.unsubscribe": {
        Lang.RU: "отписаться от всего или от одной темы",
        Lang.EN: "stop everything, or one topic",
    },
    # --- article parts --------------------------------------------------------------------
    "btn.summary": {Lang.RU: "Кратко", Lang.EN: "Summary"},
    "btn.quotes": {Lang.RU: "Цитаты", Lang.EN: "Quotes"},
    "btn.source": {Lang.RU: "Источник", Lang.EN: "Source"},
    "btn.site": {Lang.RU: "Читать на сайте", Lang.EN: "Read on the site"},
    "btn.dzen": {Lang.RU: "Дзен", Lang.EN: "Dzen"},
    "summary.title": {Lang.RU: "Кратко", Lang.EN: "Summary"},
    "quotes.title": {Lang.RU: "Цитаты", Lang.EN: "Quotations"},
    "quotes.none": {
        Lang.RU: "В этой статье нет прямых цитат.",
        Lang.EN: "This article has no direct quotations.",
    },
    "quotes.unknown_speaker": {Lang.RU: "Источник не указан", Lang.EN: "Speaker not named"},
    "quotes.more": {
        Lang.RU: "Ещё цитат: {count} — читайте в статье на сайте.",
        Lang.EN: "{count} more quotations — read them in the article on the site.",
    },
    "source.title": {Lang.RU: "Источник", Lang.EN: "Source"},
    "source.original": {Lang.RU: "Оригинал: ", Lang.EN: "Original: "},
    "source.site_fallback": {
        Lang.RU: "сайт журнала (адрес статьи неизвестен)",
        Lang.EN: "the journal's site (the article's own address is unknown)",
    },
    "source.published": {Lang.RU: "Опубликовано: ", Lang.EN: "Published: "},
    "source.date_unknown": {Lang.RU: "дата неизвестна", Lang.EN: "date unknown"},
    "source.cites": {Lang.RU: "Ссылается на: ", Lang.EN: "Cites: "},
    "source.follow": {Lang.RU: "Журнал: ", Lang.EN: "The journal: "},
    "link.site": {Lang.RU: "Сайт", Lang.EN: "Site"},
    "link.dzen": {Lang.RU: "Дзен", Lang.EN: "Dzen"},
    "link.telegram": {Lang.RU: "Telegram", Lang.EN: "Telegram"},
    "post.read_more": {Lang.RU: "Читать полностью →", Lang.EN: "Read in full →"},
    "latest.title": {Lang.RU: "Последние статьи", Lang.EN: "Latest articles"},
    "latest.hint": {
        Lang.RU: "Нажмите на кнопку, чтобы открыть карточку статьи.",
        Lang.EN: "Press a button to open the article's card.",
    },
    # --- newcomer: the bot's self-description (setMyDescription) and the console ----------
    "about.description": {
        Lang.RU: (
            "Новости журнала «Международная жизнь»: кратко о главном, прямые цитаты с "
            "указанием, кто их произнёс, и первоисточники. Нажмите «Старт» — покажу свежую статью."
        ),
        Lang.EN: (
            "News of the journal «Международная жизнь» (International Affairs): the gist, "
            "direct quotations with who said them, and the original sources. Press Start "
            "to see the latest article."
        ),
    },
    "about.short": {
        Lang.RU: "Новости «Международной жизни»: кратко, цитаты со спикерами, источники.",
        Lang.EN: "International Affairs journal news: the gist, quotations, sources.",
    },
    "list.number": {Lang.RU: "№{id}", Lang.EN: "No. {id}"},
    "console.intro": {
        Lang.RU: (
            "Консоль бота «Международная жизнь»: всё как в Telegram, но без сети.\n"
            "Пишите команды (/start, /latest, /summary, /search слова), «@ слова» — встроенный "
            "поиск,\nномер — нажать кнопку под последним сообщением; /quit или Ctrl-D — выход.\n"
            "Это репетиция: своя база {database} (копия рабочей), в Telegram ничего не уходит."
        ),
        Lang.EN: (
            "The «Международная жизнь» bot console: just like Telegram, but offline.\n"
            "Type commands (/start, /latest, /summary, /search words), «@ words» for inline "
            "search,\na number presses that button under the last message; /quit or Ctrl-D "
            "exits.\nThis is a rehearsal: its own database {database} (a copy of the real "
            "one), nothing reaches Telegram."
        ),
    },
    "console.bot": {Lang.RU: "бот ›", Lang.EN: "bot ›"},
    "console.edited": {Lang.RU: "бот (исправлено) ›", Lang.EN: "bot (edited) ›"},
    "console.buttons": {Lang.RU: "бот (кнопки изменены) ›", Lang.EN: "bot (buttons changed) ›"},
    "console.no_buttons": {Lang.RU: "  (кнопок больше нет)", Lang.EN: "  (no buttons left)"},
    "console.deleted": {Lang.RU: "  (сообщение удалено)", Lang.EN: "  (message deleted)"},
    "console.photo": {Lang.RU: "[фото: {url}]", Lang.EN: "[photo: {url}]"},
    "console.inline": {Lang.RU: "встроенный поиск › {count}", Lang.EN: "inline search › {count}"},
    "console.no_such_button": {
        Lang.RU: "  Нет кнопки с номером {number}.",
        Lang.EN: "  There is no button number {number}.",
    },
    "console.inert_button": {
        Lang.RU: "  Эта кнопка в консоли ничего не делает.",
        Lang.EN: "  This button does nothing in the console.",
    },
    "console.truncated": {
        Lang.RU: "  (строка обрезана до {limit} символов, как в Telegram)",
        Lang.EN: "  (the line was cut to {limit} characters, as Telegram does)",
    },
    "console.rehearsal": {
        Lang.RU: (
            "  ⚑ Репетиция: в канал и подписчикам ничего не уйдёт — очередь консоли "
            "({database}) никто не отправляет."
        ),
        Lang.EN: (
            "  ⚑ Rehearsal: nothing reaches the channel or subscribers — nobody sends the "
            "console's queue ({database})."
        ),
    },
    # --- problems -------------------------------------------------------------------------
    "no_articles": {
        Lang.RU: "Статей пока нет — загляните чуть позже.",
        Lang.EN: "No articles yet — please come back a little later.",
    },
    "not_found": {
        Lang.RU: "Статьи с таким номером нет. Последние статьи — /latest",
        Lang.EN: "There is no article with this number. The latest ones: /latest",
    },
    "bad_id": {
        Lang.RU: "Номер статьи — целое положительное число, например: /{command} 1",
        Lang.EN: "An article number is a positive whole number, e.g. /{command} 1",
    },
    "stale_button": {
        Lang.RU: "Эта кнопка устарела. Откройте статью заново: /latest",
        Lang.EN: "This button is out of date. Open the article again: /latest",
    },
    "gone_button": {
        Lang.RU: "Этой статьи больше нет.",
        Lang.EN: "This article no longer exists.",
    },
    "unknown_command": {
        Lang.RU: "Такой команды нет. Список команд — /help",
        Lang.EN: "There is no such command. The list of commands: /help",
    },
    "not_text": {
        Lang.RU: "Я понимаю только текстовые команды. Список команд — /help",
        Lang.EN: "I understand text commands only. The list of commands: /help",
    },
    "edited": {
        Lang.RU: "Исправленные сообщения я не читаю — отправьте команду заново.",
        Lang.EN: "I don't read edited messages — please send the command again.",
    },
    "forwarded": {
        Lang.RU: "Пересланные посты я не разбираю. Свежие статьи — /latest",
        Lang.EN: "I don't process forwarded posts. The latest articles: /latest",
    },
    "plain_text": {
        Lang.RU: "Чтобы узнать, что я умею, отправьте /help",
        Lang.EN: "Send /help to see what I can do.",
    },
    "error": {
        Lang.RU: "Что-то пошло не так, попробуйте позже.",
        Lang.EN: "Something went wrong, please try again later.",
    },
    # --- delivery: subscriptions, admin flows, delivery notices (bot/delivery, handlers) ----
    "cmd.subscribe": {Lang.RU: "Получать новые статьи", Lang.EN: "Get new articles"},
    "cmd.unsubscribe": {Lang.RU: "Отписаться от рассылки", Lang.EN: "Stop getting articles"},
    "sub.done": {
        Lang.RU: "Вы подписались: новые статьи будут приходить сюда. Отписаться — /unsubscribe",
        Lang.EN: "Subscribed: new articles will arrive here. To stop — /unsubscribe",
    },
    "sub.already": {
        Lang.RU: "Вы уже подписаны. Отписаться — /unsubscribe",
        Lang.EN: "You are already subscribed. To stop — /unsubscribe",
    },
    "sub.private_only": {
        Lang.RU: "Подписаться можно в личном чате с ботом.",
        Lang.EN: "Subscriptions work in a private chat with the bot.",
    },
    "unsub.done": {
        Lang.RU: "Вы отписались, новые статьи больше не придут. Вернуться — /subscribe",
        Lang.EN: "Unsubscribed: no more new articles. To come back — /subscribe",
    },
    "unsub.not_subscribed": {
        Lang.RU: "Вы и не были подписаны. Подписаться — /subscribe",
        Lang.EN: "You were not subscribed. To subscribe — /subscribe",
    },
    "admin.refused": {
        Lang.RU: "Эта команда доступна только администраторам канала.",
        Lang.EN: "This command is for the channel's administrators only.",
    },
    "admin.no_channel": {
        Lang.RU: "Канал не настроен: задайте CHANNEL_ID в .env.",
        Lang.EN: "No channel configured: set CHANNEL_ID in .env.",
    },
    "admin.btn.publish": {Lang.RU: "Опубликовать", Lang.EN: "Publish"},
    "admin.btn.cancel": {Lang.RU: "Отмена", Lang.EN: "Cancel"},
    "admin.btn.repost": {Lang.RU: "Опубликовать ещё раз", Lang.EN: "Publish again"},
    "admin.queued": {
        Lang.RU: "Статья №{id} в очереди на публикацию. Пришлю ссылку, когда пост выйдет.",
        Lang.EN: "Article {id} is queued for the channel. I will send the link once it is out.",
    },
    "admin.in_progress": {
        Lang.RU: "Статья №{id} уже в очереди на публикацию.",
        Lang.EN: "Article {id} is already queued for the channel.",
    },
    "admin.already_posted": {
        Lang.RU: "Статья №{id} уже опубликована в канале.",
        Lang.EN: "Article {id} is already in the channel.",
    },
    "admin.already_unknown": {
        Lang.RU: "Статья №{id} уже отправлялась в канал, но неизвестно, дошла ли. Проверьте канал.",
        Lang.EN: "Article {id} was sent to the channel, but whether it arrived is unknown.",
    },
    "admin.cancelled": {Lang.RU: "Публикация отменена.", Lang.EN: "Publication cancelled."},
    "stats.title": {Lang.RU: "Статистика", Lang.EN: "Statistics"},
    "stats.articles": {Lang.RU: "Статей: {n}", Lang.EN: "Articles: {n}"},
    "stats.subscribers": {
        Lang.RU: "Подписчики: {active} активных, {blocked} заблокировали бота, {left} отписались",
        Lang.EN: "Subscribers: {active} active, {blocked} blocked the bot, {left} unsubscribed",
    },
    "stats.outbox": {
        Lang.RU: (
            "Очередь: {pending} ждут, {sending} в пути, {sent} отправлено, {failed} с ошибкой, "
            "{unknown} с неизвестным исходом"
        ),
        Lang.EN: (
            "Outbox: {pending} pending, {sending} sending, {sent} sent, {failed} failed, "
            "{unknown} outcome unknown"
        ),
    },
    "stats.last_error": {Lang.RU: "Последняя ошибка: ", Lang.EN: "Last error: "},
    "stats.no_errors": {Lang.RU: "Ошибок доставки не было.", Lang.EN: "No delivery errors."},
    "delivery.published": {
        Lang.RU: "Опубликовано в канале, статья №{id}:",
        Lang.EN: "Posted to the channel, article {id}:",
    },
    "delivery.alert_failed": {
        Lang.RU: "Не удалось доставить: {what}, статья №{id}",
        Lang.EN: "Delivery failed: {what}, article {id}",
    },
    "delivery.alert_unknown": {
        Lang.RU: "Неизвестно, дошло ли: {what}, статья №{id}",
        Lang.EN: "Unknown whether it arrived: {what}, article {id}",
    },
    "delivery.alert_unknown_hint": {
        Lang.RU: "Повторно не отправляю. Проверьте канал; если поста нет — /post {id}",
        Lang.EN: "Not resent. Check the channel; if the post is missing — /post {id}",
    },
    # --- editor's desk: photo posts (bot/delivery/photo.py) ----------------------------------
    "delivery.photo_refused": {
        Lang.RU: "Telegram не принял фото статьи №{id}: отправлено текстом с превью ссылки.",
        Lang.EN: "Telegram refused the photo of article {id}: it went out as text instead.",
    },
    # --- delivery under faults: an unknown channel post, settled in one tap (issue 11) -------
    "delivery.post_unknown": {
        Lang.RU: "Неизвестно, дошёл ли пост в канал: статья №{id}",
        Lang.EN: "Unknown whether the channel post arrived: article {id}",
    },
    "delivery.post_unknown_check": {Lang.RU: "Проверьте канал:", Lang.EN: "Check the channel:"},
    "delivery.post_unknown_hint": {
        Lang.RU: (
            "Сам повторно не отправляю. Поста нет — «Опубликовать ещё раз»; "
            "пост на месте — «Всё в порядке»."
        ),
        Lang.EN: "Not resent. Missing: «Publish again»; there: «All is well».",
    },
    "admin.btn.settled": {Lang.RU: "Всё в порядке", Lang.EN: "All is well"},
    "admin.settled": {
        Lang.RU: "Отмечено: статья №{id} в канале.",
        Lang.EN: "Noted: article {id} is in the channel.",
    },
    "admin.settled_already": {
        Lang.RU: "Статья №{id}: решать уже нечего.",
        Lang.EN: "Article {id}: nothing left to settle.",
    },
    # --- end of issue 11 block -----------------------------------------------------------
    "delivery.what.post": {Lang.RU: "пост в канале", Lang.EN: "channel post"},
    "delivery.what.edit": {Lang.RU: "правка поста в канале", Lang.EN: "channel post edit"},
    "delivery.what.card": {Lang.RU: "карточки подписчикам", Lang.EN: "cards to subscribers"},
    "delivery.what.preview": {Lang.RU: "предпросмотр", Lang.EN: "preview"},
    "delivery.what.other": {Lang.RU: "сообщение", Lang.EN: "message"},
    # --- topics, digest, who said what, related reading (issue 13) -------------------------
    "cmd.subscriptions": {Lang.RU: "Мои подписки и темы", Lang.EN: "My subscriptions and topics"},
    "cmd.digest": {
        Lang.RU: "Сразу или одно письмо в день: /digest [ЧЧ:ММ]",
        Lang.EN: "At once or one daily message",
    },
    "help.topic_placeholder": {Lang.RU: "тема", Lang.EN: "topic"},
    "help.time_placeholder": {Lang.RU: "ЧЧ:ММ", Lang.EN: "HH:MM"},
    "help.subscriptions": {
        Lang.RU: "ваши темы, с кнопками «Отписаться»",
        Lang.EN: "your topics, each with an «Unsubscribe» button",
    },
    "help.digest": {
        Lang.RU: "каждая статья сразу или одно письмо в день",
        Lang.EN: "each article at once, or one message a day",
    },
    "help.who_said": {
        Lang.RU: "цитаты человека по всему архиву, можно со словами: /quotes Лавров СНВ",
        Lang.EN: "someone's quotations across the archive, optionally with words",
    },
    "help.name_placeholder": {Lang.RU: "имя", Lang.EN: "name"},
    "topic.added": {
        Lang.RU: "Вы следите за темой «{topic}»: новые статьи о ней будут приходить сюда. "
        "Ваши подписки — /subscriptions",
        Lang.EN: "You follow «{topic}»: new articles about it will arrive here. "
        "Your subscriptions — /subscriptions",
    },
    "topic.already": {
        Lang.RU: "Вы уже следите за темой «{topic}». Ваши подписки — /subscriptions",
        Lang.EN: "You already follow «{topic}». Your subscriptions — /subscriptions",
    },
    "topic.everything_too": {
        Lang.RU: "Вы и так получаете все новые статьи.",
        Lang.EN: "You also get every new article.",
    },
    "topic.too_long": {
        Lang.RU: "Тема слишком длинная: не больше {limit} символов.",
        Lang.EN: "The topic is too long: {limit} characters at most.",
    },
    "topic.too_many": {
        Lang.RU: "Можно следить не больше чем за {limit} темами. Лишние уберите: /subscriptions",
        Lang.EN: "You can follow {limit} topics at most. Drop some: /subscriptions",
    },
    "topic.unmatchable": {
        Lang.RU: "В «{topic}» нет слов, по которым можно найти статью (только предлоги или "
        "знаки). Например: /subscribe Лавров",
        Lang.EN: "«{topic}» has no words an article could match (only little words or "
        "punctuation). For example: /subscribe Лавров",
    },
    "topic.dropped": {
        Lang.RU: "Вы больше не следите за темой «{topic}».",
        Lang.EN: "You no longer follow «{topic}».",
    },
    "topic.not_followed": {
        Lang.RU: "Темы «{topic}» нет среди ваших. Ваши подписки — /subscriptions",
        Lang.EN: "«{topic}» is not among your topics. Your subscriptions — /subscriptions",
    },
    "topic.gone": {Lang.RU: "Этой темы уже нет в подписках.", Lang.EN: "This topic is gone."},
    "topic.unsubscribed_all": {
        Lang.RU: "Вы отписались от всего: новые статьи больше не придут. Вернуться — /subscribe",
        Lang.EN: "Unsubscribed from everything: no more new articles. To come back — /subscribe",
    },
    "subs.title": {Lang.RU: "Ваши подписки", Lang.EN: "Your subscriptions"},
    "subs.everything": {Lang.RU: "Все новые статьи", Lang.EN: "Every new article"},
    "subs.topics": {Lang.RU: "Темы:", Lang.EN: "Topics:"},
    "subs.none": {
        Lang.RU: "Вы ни на что не подписаны. Все статьи — /subscribe, тема — /subscribe Лавров",
        Lang.EN: "You follow nothing. Every article — /subscribe, a topic — /subscribe Лавров",
    },
    "subs.instant": {
        Lang.RU: "Доставка: каждая статья сразу. Изменить — /digest",
        Lang.EN: "Delivery: each article at once. To change — /digest",
    },
    "subs.daily": {
        Lang.RU: "Доставка: одно письмо в день, в {time} по Москве. Изменить — /digest",
        Lang.EN: "Delivery: one message a day, at {time} Moscow time. To change — /digest",
    },
    "btn.unfollow": {Lang.RU: "Отписаться: {topic}", Lang.EN: "Unsubscribe: {topic}"},
    "digest.daily": {
        Lang.RU: "Теперь одно письмо в день, в {time} по Москве. Каждая статья сразу — /digest",
        Lang.EN: "Now one message a day, at {time} Moscow time. Each article at once — /digest",
    },
    "digest.instant": {
        Lang.RU: "Теперь каждая статья приходит сразу. Одно письмо в день — /digest",
        Lang.EN: "Now each article arrives at once. One message a day — /digest",
    },
    "digest.bad_time": {
        Lang.RU: "Время — ЧЧ:ММ по Москве, например: /digest 08:30",
        Lang.EN: "The time is HH:MM Moscow time, e.g. /digest 08:30",
    },
    "digest.not_subscribed": {
        Lang.RU: "Вы пока ни на что не подписаны: /subscribe или /subscribe тема",
        Lang.EN: "You follow nothing yet: /subscribe or /subscribe topic",
    },
    "digest.title": {Lang.RU: "Статьи за день — {date}", Lang.EN: "The day's articles — {date}"},
    "digest.more": {Lang.RU: "…и ещё {count}", Lang.EN: "…and {count} more"},
    "who.title": {Lang.RU: "{speaker}: цитаты", Lang.EN: "{speaker}: quotations"},
    "who.article": {Lang.RU: "№{id}, {date}", Lang.EN: "No. {id}, {date}"},
    "who.nobody": {
        Lang.RU: "Цитат «{name}» в архиве нет. Поищите статьи: /search {name}",
        Lang.EN: "No quotations by «{name}» in the archive. Search the articles: /search {name}",
    },
    "who.no_words": {
        Lang.RU: "{speaker}: нет цитат со словами «{words}». Все цитаты — /quotes {name}",
        Lang.EN: "{speaker}: no quotations with «{words}». All of them — /quotes {name}",
    },
    "who.end": {Lang.RU: "Больше цитат нет.", Lang.EN: "No more quotations."},
    "btn.more": {Lang.RU: "Ещё", Lang.EN: "More"},
    "btn.related": {Lang.RU: "Ещё по теме", Lang.EN: "More on this"},
    "related.title": {Lang.RU: "Ещё по теме", Lang.EN: "More on this"},
    "related.none": {
        Lang.RU: "Других статей с теми же людьми и темами пока нет.",
        Lang.EN: "No other articles with the same people and topics yet.",
    },
    # --- editor's desk: edit, schedule, silence, queue (bot/handlers/admin, issue 12) -------
    "cmd.queue": {Lang.RU: "Очередь публикаций", Lang.EN: "Publication queue"},
    "desk.btn.schedule": {Lang.RU: "Запланировать", Lang.EN: "Schedule"},
    "desk.btn.edit": {Lang.RU: "Изменить", Lang.EN: "Edit"},
    "desk.btn.silent_off": {Lang.RU: "Без звука", Lang.EN: "Silent"},
    "desk.btn.silent_on": {Lang.RU: "✓ Без звука", Lang.EN: "✓ Silent"},
    "desk.btn.title": {Lang.RU: "Заголовок", Lang.EN: "Title"},
    "desk.btn.lead": {Lang.RU: "Лид", Lang.EN: "Lead"},
    "desk.btn.tags": {Lang.RU: "Хештеги", Lang.EN: "Hashtags"},
    "desk.btn.photo_drop": {Lang.RU: "Убрать фото", Lang.EN: "Drop the photo"},
    "desk.btn.photo_back": {Lang.RU: "Вернуть фото", Lang.EN: "Bring the photo back"},
    "desk.btn.back": {Lang.RU: "← Назад", Lang.EN: "← Back"},
    "desk.btn.in_hour": {Lang.RU: "Через час", Lang.EN: "In an hour"},
    "desk.btn.evening": {Lang.RU: "Сегодня 18:00", Lang.EN: "Today 18:00"},
    "desk.btn.morning": {Lang.RU: "Завтра 09:00", Lang.EN: "Tomorrow 09:00"},
    "desk.btn.typed": {Lang.RU: "Ввести время", Lang.EN: "Type a time"},
    "desk.btn.unschedule": {Lang.RU: "Отменить №{id}", Lang.EN: "Cancel {id}"},
    "desk.btn.now": {Lang.RU: "Опубликовать сейчас №{id}", Lang.EN: "Publish {id} now"},
    "desk.ask.title": {
        Lang.RU: "Пришлите новый заголовок статьи №{id}.",
        Lang.EN: "Send the new title of article {id}.",
    },
    "desk.ask.lead": {
        Lang.RU: "Пришлите новый лид статьи №{id}: одно-два предложения.",
        Lang.EN: "Send the new lead of article {id}: a sentence or two.",
    },
    "desk.ask.tags": {
        Lang.RU: "Пришлите хештеги статьи №{id} через пробел или запятую: #СергейЛавров #США",
        Lang.EN: "Send the hashtags of article {id}, separated by spaces or commas.",
    },
    "desk.ask.time": {
        Lang.RU: "Когда опубликовать статью №{id}? Напишите ЧЧ:ММ или ДД.ММ ЧЧ:ММ (по Москве).",
        Lang.EN: "When should article {id} go out? Write HH:MM or DD.MM HH:MM (Moscow time).",
    },
    "desk.what.title": {Lang.RU: "заголовок", Lang.EN: "title"},
    "desk.what.lead": {Lang.RU: "лид", Lang.EN: "lead"},
    "desk.what.tags": {Lang.RU: "хештеги", Lang.EN: "hashtags"},
    "desk.what.photo_drop": {Lang.RU: "фото убрано", Lang.EN: "photo dropped"},
    "desk.what.photo_back": {Lang.RU: "фото возвращено", Lang.EN: "photo restored"},
    "desk.edited": {
        Lang.RU: "Статья №{id}: {what} — изменил(а) {who}.",
        Lang.EN: "Article {id}: {what} — edited by {who}.",
    },
    "desk.edited_live": {
        Lang.RU: "Пост в канале будет исправлен.",
        Lang.EN: "The channel post will be edited.",
    },
    "desk.empty_text": {
        Lang.RU: "Нужен текст — пришлите его ещё раз.",
        Lang.EN: "Text is needed — please send it again.",
    },
    "desk.too_long": {
        Lang.RU: "Слишком длинно: не больше {n} знаков. Пришлите покороче.",
        Lang.EN: "Too long: at most {n} characters. Please send a shorter one.",
    },
    "desk.no_tags": {
        Lang.RU: "Не нашёл хештегов. Пришлите слова через пробел или запятую: #США #Лавров",
        Lang.EN: "No hashtags found. Send words separated by spaces or commas: #США #Лавров",
    },
    "desk.time_format": {
        Lang.RU: "Не понял время. Напишите ЧЧ:ММ или ДД.ММ ЧЧ:ММ, например 18:30 или 31.12 09:00.",
        Lang.EN: "I did not get the time. Write HH:MM or DD.MM HH:MM, e.g. 18:30 or 31.12 09:00.",
    },
    "desk.time_past": {
        Lang.RU: "Это время уже прошло. Укажите время в будущем (по Москве).",
        Lang.EN: "That time has passed. Give a time in the future (Moscow time).",
    },
    "desk.scheduled": {
        Lang.RU: "Статья №{id} запланирована на {at} (МСК) — {who}. Список — /queue",
        Lang.EN: "Article {id} is scheduled for {at} (Moscow) — {who}. The list: /queue",
    },
    "desk.silent_on": {Lang.RU: "Пост выйдет без звука.", Lang.EN: "The post goes out silently."},
    "desk.silent_off": {Lang.RU: "Пост выйдет со звуком.", Lang.EN: "The post will notify."},
    "desk.published_by": {Lang.RU: "Опубликовал(а): {who}", Lang.EN: "Published by {who}"},
    "desk.photo_refused": {
        Lang.RU: "Telegram не принял фото статьи: пост уйдёт текстом с превью ссылки.",
        Lang.EN: "Telegram refused the article's photo: the post will go out as text.",
    },
    "desk.queue.title": {Lang.RU: "Очередь публикаций", Lang.EN: "Publication queue"},
    "desk.queue.empty": {
        Lang.RU: "Ничего не запланировано и не ждёт отправки.",
        Lang.EN: "Nothing is scheduled or waiting to go out.",
    },
    "desk.queue.scheduled": {
        Lang.RU: "{at} (МСК) — запланировал(а) {who}",
        Lang.EN: "{at} (Moscow) — scheduled by {who}",
    },
    "desk.queue.pending": {
        Lang.RU: "отправляется сейчас — {who}",
        Lang.EN: "going out now — {who}",
    },
    "desk.queue.nobody": {Lang.RU: "лента сайта", Lang.EN: "the site's feed"},
    "desk.unscheduled": {
        Lang.RU: "Статья №{id} снята с расписания — {who}.",
        Lang.EN: "Article {id} is off the schedule — {who}.",
    },
    "desk.not_scheduled": {
        Lang.RU: "Статьи №{id} уже нет в расписании.",
        Lang.EN: "Article {id} is no longer scheduled.",
    },
    # --- search and inline mode (bot/handlers/search.py, inline.py) -------------------------
    "cmd.search": {Lang.RU: "Поиск по статьям: /search слова", Lang.EN: "Search the articles"},
    "search.hint": {
        Lang.RU: "Напишите после команды, что искать, например: /search Лавров переговоры",
        Lang.EN: "Write what to look for after the command, e.g. /search Лавров переговоры",
    },
    "search.title": {
        Lang.RU: "Найдено по запросу «{query}»",
        Lang.EN: "Found for «{query}»",
    },
    "search.nothing": {
        Lang.RU: "По запросу «{query}» ничего не нашлось. Попробуйте другие слова или /latest",
        Lang.EN: "Nothing found for «{query}». Try other words, or /latest",
    },
    "inline.open_in_bot": {Lang.RU: "Открыть в боте", Lang.EN: "Open in the bot"},
}

# Russian dates read as the analysis reads them: one table of genitive month names.
MONTHS: dict[Lang, tuple[str, ...]] = {
    Lang.RU: MONTHS_GENITIVE,
    Lang.EN: (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def t(key: str, lang: Lang = Lang.RU, /, **params: object) -> str:
    """The string `key` in `lang` (falls back to Russian), formatted with `params` if any."""
    entry = CATALOGUE[key]
    text = entry.get(lang) or entry[Lang.RU]
    return text.format(**params) if params else text
