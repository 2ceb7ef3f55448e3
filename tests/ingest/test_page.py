"""Extraction from pages shaped like interaffairs.ru: exact fields and paragraphs, no chrome."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.clock import MOSCOW
from bot.errors import ExtractError
from bot.ingest.fetch import decode_text
from bot.ingest.page import extract_page
from tests.ingest.site import fixture

URL = "https://interaffairs.ru/news/show/51001?utm_source=rss"


def page(name: str, header_charset: str | None = None) -> str:
    return decode_text(fixture(name), header_charset)


def test_site_layout_gives_every_field_and_only_the_body() -> None:
    data = extract_page(page("world-politics.html"), URL)

    assert data.method == "site"
    assert data.url == "https://interaffairs.ru/news/show/51001"  # from rel=canonical (www, /)
    assert data.title == "Россия и Индия договорились расширить расчёты в национальных валютах"
    assert data.rubric == "Мировая политика"
    assert data.author == "Пётр Иванов, обозреватель журнала «Международная жизнь»"
    assert data.published_at == datetime(2026, 11, 24, 14, 25, tzinfo=MOSCOW)
    assert data.published_at is not None
    assert data.published_at.tzinfo == MOSCOW
    assert data.image_url == ("https://interaffairs.ru/upload/iblock/news/2026/11/india-russia.jpg")
    assert data.paragraphs == (
        "Министр иностранных дел России Сергей Лавров провёл в Москве переговоры с министром "
        "иностранных дел Индии Субрахманьямом Джайшанкаром. Стороны обсудили торгово-"
        "экономическое сотрудничество и вопросы региональной безопасности.",
        "По итогам встречи министры подтвердили намерение довести долю расчётов в национальных "
        "валютах до девяноста процентов двустороннего товарооборота.",
        "«Наши страны связывают отношения особо привилегированного стратегического партнёрства, "
        "и мы намерены их укреплять», - заявил Лавров на пресс-конференции.",
        "Джайшанкар, в свою очередь, отметил, что Индия ценит «последовательную и взвешенную "
        "позицию» России по ключевым международным вопросам.",
    )


def test_quote_heavy_page_keeps_every_quote_and_blockquote_in_order() -> None:
    data = extract_page(page("quotes-lavrov.html"), "https://interaffairs.ru/news/show/26000")

    assert data.url == "https://interaffairs.ru/news/show/26000"  # no canonical link on it
    assert data.title == "Лавров и Помпео обсудили ситуацию в мире в связи с пандемией"
    assert data.rubric == "ДИПЛОМАТИЯ"
    assert data.author == "Анна Смирнова, редактор отдела новостей"
    assert data.published_at == datetime(2020, 3, 30, 18, 5, tzinfo=MOSCOW)
    assert data.image_url == "https://interaffairs.ru/upload/news/2020/03/lavrov-pompeo.jpg"
    assert len(data.paragraphs) == 5
    assert data.paragraphs[1].startswith("«В развитие беседы по телефону президентов России")
    assert data.paragraphs[1].endswith("», - говорится в сообщении.")
    assert '"У нас нет оснований сомневаться' in data.paragraphs[2]
    assert data.paragraphs[3].endswith(
        "«(…) От них никуда не деться. Мы понимаем специфику нынешней ситуации», - сказал министр."
    )
    text = data.text
    for chrome in ("Поделиться", "Захарова", "Группы двадцати» прошёл", "18+", "Фото", "Дзен"):
        assert chrome not in text


@pytest.mark.parametrize("header", [None, "windows-1251", "utf-8", "iso-8859-1"])
def test_windows_1251_page_decodes_whatever_the_header_claims(header: str | None) -> None:
    data = extract_page(page("economy-cp1251.html", header), URL)

    assert data.title == "ЕАЭС утвердил план по развитию единого энергетического рынка"
    assert data.rubric == "Экономика"
    assert data.author == "Мария Козлова, кандидат экономических наук"
    assert data.published_at == datetime(2026, 1, 2, 9, 15, tzinfo=MOSCOW)
    assert data.paragraphs[1] == (
        "По словам председателя коллегии Евразийской экономической комиссии, «единый рынок "
        "позволит снизить издержки предприятий и повысить надёжность энергоснабжения»."
    )
    assert len(data.paragraphs) == 3  # the Telegram promo line is gone


def test_utf8_page_labelled_windows_1251_still_decodes() -> None:
    text = decode_text(fixture("world-politics.html"), "windows-1251")
    assert "Мировая политика" in text


def test_page_without_the_site_layout_goes_to_the_general_extractor() -> None:
    data = extract_page(page("generic-article.html"), "https://interaffairs.ru/news/show/9")

    assert data.method == "fallback"
    assert data.title == "Полвека Хельсинкскому акту: уроки для Европы"
    assert data.published_at == datetime(2026, 8, 1, 12, 0, tzinfo=MOSCOW)
    assert data.paragraphs[0].startswith("Заключительный акт Совещания")
    assert data.paragraphs[-1].startswith("Участники круглого стола")
    assert "Архив" not in data.text


@pytest.mark.parametrize(
    "html",
    [
        fixture("no-body.html").decode(),
        "<html><head><title>Ошибка</title></head><body><h1>Ошибка 50",
        "",
        "\x00\x01binary",
    ],
)
def test_page_with_no_article_text_is_refused(html: str) -> None:
    with pytest.raises(ExtractError, match="no article text"):
        extract_page(html, URL)
