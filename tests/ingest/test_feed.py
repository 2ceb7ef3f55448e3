"""Feed parsing: RSS and Atom, newest first, capped, and refusing what is not a feed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.errors import FeedParseError
from bot.ingest.feed import MAX_FEED_ITEMS, parse_feed

BASE = "https://interaffairs.ru/rss/"

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:yandex="http://news.yandex.ru"><channel><title>Международная жизнь</title>
<item><title>Старая новость</title><link>https://interaffairs.ru/news/show/10?utm_source=rss</link>
<pubDate>Mon, 23 Nov 2026 10:00:00 +0300</pubDate><description>Коротко.</description></item>
<item><title>Лавров &amp; Джайшанкар</title><link>/news/show/11/</link>
<pubDate>Tue, 24 Nov 2026 14:25:00 +0300</pubDate>
<description><![CDATA[<p>Министры <b>обсудили</b> торговлю.</p>
<p>Фото: МИД России</p>]]></description>
<enclosure url="https://interaffairs.ru/upload/11.jpg" type="image/jpeg" length="1"/>
<yandex:full-text>Первый абзац.
Второй абзац.</yandex:full-text></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Международная жизнь</title><id>x</id>
<updated>2026-11-24T12:00:00Z</updated>
<entry><title>Атом</title><link rel="alternate" href="https://www.interaffairs.ru/news/show/12"/>
<id>12</id><updated>2026-11-24T09:00:00Z</updated><summary>Кратко</summary></entry></feed>"""


def test_rss_items_come_newest_first_with_clean_fields() -> None:
    items = parse_feed(RSS.encode(), base_url=BASE)

    assert [i.key for i in items] == [
        "https://interaffairs.ru/news/show/11",
        "https://interaffairs.ru/news/show/10",
    ]
    first = items[0]
    assert first.link == "https://interaffairs.ru/news/show/11/"
    assert first.title == "Лавров & Джайшанкар"
    assert first.published == datetime(2026, 11, 24, 11, 25, tzinfo=UTC)
    assert first.summary == "Министры обсудили торговлю."
    assert first.content == "Первый абзац.\nВторой абзац."
    assert first.image_url == "https://interaffairs.ru/upload/11.jpg"


def test_atom_entries_are_read() -> None:
    (item,) = parse_feed(ATOM.encode(), base_url=BASE)

    assert item.key == "https://interaffairs.ru/news/show/12"
    assert item.title == "Атом"
    assert item.published == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def test_fingerprint_follows_the_entry_and_survives_json() -> None:
    items = parse_feed(RSS.encode(), base_url=BASE)
    changed = parse_feed(RSS.replace("Коротко.", "Коротко, с уточнением.").encode(), base_url=BASE)

    assert items[0].fingerprint() == changed[0].fingerprint()
    assert items[1].fingerprint() != changed[1].fingerprint()
    assert type(items[0]).from_json(items[0].to_json()) == items[0]


def test_a_huge_feed_is_capped_to_its_newest_entries() -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    entries = "".join(
        f"<item><title>N{n}</title><link>https://interaffairs.ru/news/show/{n}</link>"
        f"<pubDate>{(start + timedelta(hours=n)).strftime('%a, %d %b %Y %H:%M:%S +0000')}"
        "</pubDate></item>"
        for n in range(1000)
    )
    body = f'<rss version="2.0"><channel><title>t</title>{entries}</channel></rss>'.encode()

    items = parse_feed(body, base_url=BASE)

    assert len(items) == MAX_FEED_ITEMS
    assert items[0].title == "N999"
    assert items[-1].title == f"N{1000 - MAX_FEED_ITEMS}"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<rss><channel><item><title>Broken", "malformed feed"),
        (b"not xml at all \x00\xff", "malformed feed"),
        (b"<html><body><h1>502 Bad Gateway</h1></body></html>", "not an RSS or Atom feed"),
    ],
)
def test_what_is_not_a_feed_is_refused_in_one_line(body: bytes, message: str) -> None:
    with pytest.raises(FeedParseError, match=message) as caught:
        parse_feed(body, base_url=BASE)

    assert "\n" not in str(caught.value)


def test_an_empty_valid_feed_is_no_items() -> None:
    assert (
        parse_feed(b'<rss version="2.0"><channel><title>t</title></channel></rss>', base_url=BASE)
        == []
    )
