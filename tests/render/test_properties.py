"""Property: ANY article text gives valid messages within Telegram's limits, every renderer.

Random titles, summaries, 10,000-character paragraphs, up to 200 quotations, markup characters
(<, >, &), emoji (2 UTF-16 units each), guillemets and stray whitespace.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.render import (
    Links,
    RenderedMessage,
    render_card,
    render_channel_post,
    render_latest,
    render_quotes,
    render_source,
    render_summary,
)
from bot.render.limits import (
    CALLBACK_DATA_LIMIT,
    ENTITY_LIMIT,
    TEXT_LIMIT,
    callback_data_fits,
    entities_within,
    utf16_len,
)
from bot.texts import Lang
from storage.models import Article, Quote

LINKS = Links(
    "https://interaffairs.ru", "https://dzen.ru/interaffairs", "https://t.me/interaffairs"
)

SPECIAL = '<>&«».!?… \u00a0\n\t😀🇷🇺—"#'  # markup, emoji (2 UTF-16 units), quotes
LETTERS = "абвгдеёжзийклмнопрстуфхцчшщьыъэюя АБВГДabcXYZ0123456789"
ALPHABET = st.sampled_from(list(LETTERS + SPECIAL))


def texts(max_size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=ALPHABET, max_size=max_size)


def long_texts() -> st.SearchStrategy[str]:
    # Either random text, or a random fragment repeated into a huge paragraph.
    return st.one_of(
        texts(300),
        st.builds(lambda s, n: (s or "слово") * n, texts(40), st.integers(1, 400)),
    )


quotes = st.builds(
    Quote,
    text=long_texts(),
    speaker=st.one_of(st.none(), texts(300)),
    paragraph=st.just(0),
)

articles = st.builds(
    lambda title, paragraphs, summary, qs, sources, tags, url, published, ident, revision: Article(
        id=ident,
        title=title,
        paragraphs=tuple(paragraphs),
        summary=summary,
        quotes=tuple(qs),
        sources=tuple(sources),
        tags=tuple(tags),
        url=url,
        published_at=published,
        rubric="Новости",
        author=None,
        image_url=None,
        content_hash="x",
        revision=revision,
        created_at=datetime(2020, 1, 1, tzinfo=UTC),
        updated_at=datetime(2020, 1, 1, tzinfo=UTC),
    ),
    title=long_texts(),
    paragraphs=st.lists(long_texts(), max_size=6),
    summary=long_texts(),
    qs=st.one_of(st.lists(quotes, max_size=8), st.lists(quotes, min_size=150, max_size=200)),
    sources=st.lists(texts(80), max_size=5),
    tags=st.lists(texts(60), max_size=30),
    url=st.one_of(st.none(), st.just("https://interaffairs.ru/news/show/25832")),
    published=st.one_of(
        st.none(),
        st.datetimes(
            min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
        ),
    ),
    ident=st.integers(1, 2**63 - 1),
    revision=st.integers(1, 2**31),
)


def check(message: RenderedMessage) -> None:
    assert message.text.strip(), "Telegram refuses an empty message"
    assert utf16_len(message.text) <= TEXT_LIMIT
    assert len(message.entities) <= ENTITY_LIMIT
    assert entities_within(message.text, message.entities)
    assert callback_data_fits(message.reply_markup)
    for row in message.reply_markup.inline_keyboard if message.reply_markup else []:
        for button in row:
            assert button.text.strip()
            assert len((button.callback_data or "").encode()) <= CALLBACK_DATA_LIMIT


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(article=articles, lang=st.sampled_from(list(Lang)))
def test_every_rendering_of_any_article_is_a_valid_message(article: Article, lang: Lang) -> None:
    check(render_card(article, LINKS, lang))
    check(render_channel_post(article, LINKS))
    check(render_summary(article, LINKS, lang))
    check(render_source(article, LINKS, lang))
    quote_messages = render_quotes(article, LINKS, lang)
    assert 1 <= len(quote_messages) <= 5
    for message in quote_messages:
        check(message)
    check(render_latest([article] * 5, lang))
