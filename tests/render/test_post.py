"""The channel post and the card: layout, links, fallbacks, cutting long bodies."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.render import Links, render_card, render_channel_post
from bot.render.dates import format_date
from bot.render.limits import TEXT_LIMIT, unbalanced_guillemets, utf16_len
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


def test_a_short_post_has_title_summary_folded_body_links_and_hashtags() -> None:
    draft = article_draft()
    post = render_channel_post(stored(draft), LINKS)

    body = "\n".join(draft.paragraphs)
    links_line = "Сайт · Дзен · Telegram"
    assert post.text == f"{TITLE}\n\n{SUMMARY}\n\n{body}\n\n{links_line}\n#Россия #США"
    body_at = len(TITLE) + 2 + len(SUMMARY) + 2
    links_at = body_at + len(body) + 2
    tags_at = links_at + len(links_line) + 1
    assert [(e.type, e.offset, e.length, e.url) for e in post.entities] == [
        ("bold", 0, len(TITLE), None),
        ("expandable_blockquote", body_at, len(body), None),
        ("text_link", links_at, 4, URL),
        ("text_link", links_at + 7, 4, DZEN),
        ("text_link", links_at + 14, 8, TELEGRAM),
        ("hashtag", tags_at, 7, None),
        ("hashtag", tags_at + 8, 4, None),
    ]
    assert post.reply_markup is not None
    assert [[(b.text, b.url) for b in row] for row in post.reply_markup.inline_keyboard] == [
        [("Читать на сайте", URL), ("Дзен", DZEN)]
    ]
    assert post.link_preview_url == URL


def test_a_long_post_is_cut_at_a_sentence_end_outside_quotations_with_read_more() -> None:
    sentence = "Министр подробно рассказал о переговорах. "
    quote = "«" + "Мы продолжим диалог. " * 30 + "»"
    paragraphs = tuple(sentence * 20 + quote + " " + sentence * 5 for _ in range(8))
    post = render_channel_post(stored(article_draft(paragraphs=paragraphs)), LINKS)

    assert utf16_len(post.text) <= TEXT_LIMIT
    (folded,) = [e for e in post.entities if e.type == "expandable_blockquote"]
    excerpt = post.text[folded.offset : folded.offset + folded.length]
    assert excerpt.endswith(("переговорах.", "».")) or excerpt.endswith("»")
    assert not unbalanced_guillemets(excerpt)
    read_more = [e for e in post.entities if e.type == "text_link" and e.url == URL]
    assert post.text[read_more[0].offset :].startswith("Читать полностью →")


def test_a_post_without_url_links_to_the_site_and_has_no_preview() -> None:
    post = render_channel_post(stored(article_draft(url=None, tags=())), LINKS)

    assert [e.url for e in post.entities if e.type == "text_link"] == [SITE, DZEN, TELEGRAM]
    assert "#" not in post.text
    assert post.link_preview_url is None


def test_tags_become_valid_unique_hashtags() -> None:
    post = render_channel_post(
        stored(article_draft(tags=("МИД России", "мид россии", "G-20", "2020", "!!!"))), LINKS
    )
    assert post.text.endswith("\n#МИД_России #G_20")


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
