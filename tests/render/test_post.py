"""The channel post and the card: layout, links, fallbacks, cutting long bodies."""

from __future__ import annotations

from datetime import UTC, datetime

from aiogram.methods import SendMessage, SendPhoto
from aiogram.types import LinkPreviewOptions

from bot.render import Links, render_card, render_channel_post
from bot.render.dates import format_date
from bot.render.limits import CAPTION_LIMIT, TEXT_LIMIT, unbalanced_guillemets, utf16_len
from bot.render.post import PostFormat
from bot.texts import Lang
from storage.models import Article, ArticleDraft
from tests.support.readers import DZEN, SITE, SUMMARY, TELEGRAM, TITLE, URL, article_draft

LINKS = Links(site=SITE, dzen=DZEN, telegram=TELEGRAM)


def stored(draft: ArticleDraft, article_id: int = 7) -> Article:
    now = datetime(2020, 3, 30, tzinfo=UTC)
    return Article(
        id=article_id,
        title=draft.title,
        paragraphs=draft.paragraphs,
        summary=draft.summary,
        quotes=draft.quotes,
        sources=draft.sources,
        tags=draft.tags,
        url=draft.url,
        published_at=draft.published_at,
        rubric=draft.rubric,
        author=draft.author,
        image_url=draft.image_url,
        content_hash=draft.content_hash(),
        revision=1,
        created_at=now,
        updated_at=now,
    )


IMAGE = "https://interaffairs.ru/i/2020/03/lavrov.jpg"


def test_the_journal_format_is_title_lead_link_and_camelcase_hashtags_with_the_photo() -> None:
    draft = article_draft(
        image_url=IMAGE, tags=("Сергей Лавров", "США", "стратегическая стабильность")
    )
    post = render_channel_post(stored(draft), LINKS)

    tags = "#СергейЛавров #США #СтратегическаяСтабильность"
    assert post.text == f"{TITLE}\n\n{SUMMARY}\n\n{URL}\n\n{tags}"
    assert post.photo == IMAGE
    url_at = len(TITLE) + 2 + len(SUMMARY) + 2
    tags_at = url_at + len(URL) + 2
    assert [(e.type, e.offset, e.length, e.url) for e in post.entities] == [
        ("bold", 0, len(TITLE), None),
        ("url", url_at, len(URL), None),
        ("hashtag", tags_at, len("#СергейЛавров"), None),
        ("hashtag", tags_at + 14, len("#США"), None),
        ("hashtag", tags_at + 19, len("#СтратегическаяСтабильность"), None),
    ]
    assert post.reply_markup is not None
    assert [[(b.text, b.url) for b in row] for row in post.reply_markup.inline_keyboard] == [
        [("Читать на сайте", URL), ("Дзен", DZEN)]
    ]
    assert TELEGRAM not in post.text + repr(post.entities) + repr(post.reply_markup)
    # The photo's request: one sendPhoto with the caption and its entities.
    request = post.send_method("@chan")
    assert isinstance(request, SendPhoto)
    assert (request.photo, request.caption) == (IMAGE, post.text)
    assert request.caption_entities == list(post.entities)


def test_without_an_image_the_same_text_goes_with_a_large_preview_of_the_article() -> None:
    post = render_channel_post(stored(article_draft()), LINKS)

    assert post.photo is None
    assert post.text == f"{TITLE}\n\n{SUMMARY}\n\n{URL}\n\n#Россия #США"
    request = post.send_method("@chan")
    assert isinstance(request, SendMessage)
    assert request.link_preview_options == LinkPreviewOptions(url=URL, prefer_large_media=True)


def test_the_caption_fits_1024_and_the_lead_is_cut_at_a_sentence_end() -> None:
    sentence = "Министр подробно рассказал о переговорах в Москве и Вашингтоне. "
    draft = article_draft(summary=sentence * 30, image_url=IMAGE)
    post = render_channel_post(stored(draft), LINKS)

    assert utf16_len(post.text) <= CAPTION_LIMIT
    lead = post.text.split("\n\n")[1]
    assert lead.endswith("Вашингтоне.")
    assert post.text.endswith("#Россия #США")


def test_at_most_five_hashtags_most_telling_first() -> None:
    tags = ("Сергей Лавров", "США", "Россия", "Майк Помпео", "ООН", "НАТО", "Китай")
    post = render_channel_post(stored(article_draft(tags=tags)), LINKS)
    assert post.text.endswith("\n\n#СергейЛавров #США #Россия #МайкПомпео #ООН")


def test_the_long_form_folds_the_body_without_repeating_the_lead_or_linking_the_channel() -> None:
    paragraphs = (SUMMARY, "Второй абзац о переговорах.", "Третий абзац.")
    draft = article_draft(paragraphs=paragraphs, image_url=IMAGE)
    post = render_channel_post(stored(draft), LINKS, PostFormat.LONG)

    body = "Второй абзац о переговорах.\nТретий абзац."
    assert post.text == f"{TITLE}\n\n{SUMMARY}\n\n{body}\n\nСайт · Дзен\n#Россия #США"
    assert post.photo is None
    body_at = len(TITLE) + 2 + len(SUMMARY) + 2
    assert ("expandable_blockquote", body_at, len(body)) in [
        (e.type, e.offset, e.length) for e in post.entities
    ]
    assert [e.url for e in post.entities if e.type == "text_link"] == [URL, DZEN]


def test_a_long_post_is_cut_at_a_sentence_end_outside_quotations_with_read_more() -> None:
    sentence = "Министр подробно рассказал о переговорах. "
    quote = "«" + "Мы продолжим диалог. " * 30 + "»"
    paragraphs = tuple(sentence * 20 + quote + " " + sentence * 5 for _ in range(8))
    post = render_channel_post(stored(article_draft(paragraphs=paragraphs)), LINKS, PostFormat.LONG)

    assert utf16_len(post.text) <= TEXT_LIMIT
    (folded,) = [e for e in post.entities if e.type == "expandable_blockquote"]
    excerpt = post.text[folded.offset : folded.offset + folded.length]
    assert excerpt.endswith(("переговорах.", "».")) or excerpt.endswith("»")
    assert not unbalanced_guillemets(excerpt)
    read_more = [e for e in post.entities if e.type == "text_link" and e.url == URL]
    assert post.text[read_more[0].offset :].startswith("Читать полностью →")


def test_a_post_without_url_has_no_link_line_and_no_preview() -> None:
    post = render_channel_post(stored(article_draft(url=None, tags=())), LINKS)

    assert post.text == f"{TITLE}\n\n{SUMMARY}"
    assert post.link_preview_url is None
    assert post.reply_markup is not None
    assert post.reply_markup.inline_keyboard[0][0].url == SITE


def test_tags_become_valid_unique_camelcase_hashtags() -> None:
    post = render_channel_post(
        stored(article_draft(tags=("МИД России", "мид россии", "G-20", "2020", "!!!"))), LINKS
    )
    assert post.text.endswith("\n\n#МИДРоссии #G20")


def test_the_card_shows_title_date_rubric_summary_and_buttons() -> None:
    card = render_card(stored(article_draft()), LINKS, Lang.RU)

    assert card.text == f"{TITLE}\n30 марта 2020, 18:05 · Новости\n\n{SUMMARY}"
    assert card.reply_markup is not None
    assert [b.callback_data for b in card.reply_markup.inline_keyboard[0]] == [
        "a:s:7",
        "a:q:7",
        "a:o:7",
    ]


def test_dates_show_the_time_only_when_it_is_not_midnight_in_moscow() -> None:
    midnight = datetime(2020, 3, 29, 21, 0, tzinfo=UTC)  # 00:00 in Moscow
    evening = datetime(2020, 3, 30, 15, 5, tzinfo=UTC)
    assert format_date(midnight, Lang.RU) == "30 марта 2020"
    assert format_date(midnight, Lang.EN) == "30 March 2020"
    assert format_date(evening, Lang.RU) == "30 марта 2020, 18:05"
    assert format_date(datetime(2021, 1, 5, 12, 30), Lang.EN) == "5 January 2021, 12:30"
