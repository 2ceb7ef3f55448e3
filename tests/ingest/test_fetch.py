"""The fetcher against a loopback server: limits, failures and what each one is classed as."""

from __future__ import annotations

import asyncio

import pytest

from bot.errors import DownloadError
from bot.ingest.fetch import Fetcher, decode_text, user_agent
from tests.ingest.site import FakeSite, Reply, fixture

AGENT = user_agent("https://interaffairs.ru")


async def test_identifies_itself_and_reads_the_body(site: FakeSite) -> None:
    site.page("/news/show/51001", fixture("world-politics.html"))
    async with Fetcher(AGENT) as fetcher:
        got = await fetcher.get(site.url("/news/show/51001"), html_only=True)

    assert got.status == 200
    assert got.body == fixture("world-politics.html")
    assert got.charset == "utf-8"
    assert (
        site.requests[0].headers["User-Agent"] == "interaffairs-bot/0.1 (+https://interaffairs.ru)"
    )


async def test_wrong_charset_header_still_decodes(site: FakeSite) -> None:
    site.page("/news/show/52001", fixture("economy-cp1251.html"), charset="utf-8")
    async with Fetcher(AGENT) as fetcher:
        got = await fetcher.get(site.url("/news/show/52001"), html_only=True)

    assert "ЕАЭС утвердил план" in decode_text(got.body, got.charset)


@pytest.mark.parametrize(
    ("reply", "reason", "transient"),
    [
        (Reply(status=404), "HTTP 404", False),
        (Reply(status=500, body=b"oops"), "HTTP 500", True),
        (Reply(status=503), "HTTP 503", True),
        (
            Reply(body=b"%PDF-1.4", content_type="application/pdf", charset=None),
            "not an HTML page (application/pdf)",
            False,
        ),
        (Reply(stream=50 * 1024 * 1024), "exceeds the 1048576 byte cap", False),
        (Reply(body=b"x" * (2 * 1024 * 1024)), "exceeds the 1048576 byte cap", False),
    ],
)
async def test_bad_responses_become_one_line_failures(
    site: FakeSite, reply: Reply, reason: str, transient: bool
) -> None:
    site.route("/bad", reply)
    async with Fetcher(AGENT, max_bytes=1024 * 1024) as fetcher:
        with pytest.raises(DownloadError) as caught:
            await fetcher.get(site.url("/bad"), html_only=True)

    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)
    assert caught.value.transient is transient


@pytest.mark.parametrize(
    ("body", "ok"), [(b"  <!DOCTYPE html><p>ok</p>", True), (b"\x89PNG\r\n", False)]
)
async def test_a_page_without_content_type_is_judged_by_its_body(body: bytes, ok: bool) -> None:
    # aiohttp's server always adds a Content-Type, so this one speaks raw HTTP/1.1.
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        writer.write(head.encode() + body)
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with Fetcher(AGENT) as fetcher:
            if ok:
                got = await fetcher.get(f"http://127.0.0.1:{port}/x", html_only=True)
                assert got.body == body
                assert got.content_type == ""
            else:
                with pytest.raises(DownloadError, match=r"not an HTML page \(no type\)"):
                    await fetcher.get(f"http://127.0.0.1:{port}/x", html_only=True)
    finally:
        server.close()
        await server.wait_closed()


async def test_redirect_loop_is_capped(site: FakeSite) -> None:
    site.route("/loop/a", Reply(location="/loop/b"))
    site.route("/loop/b", Reply(location="/loop/a"))
    async with Fetcher(AGENT) as fetcher:
        with pytest.raises(DownloadError, match="more than 5 redirects") as caught:
            await fetcher.get(site.url("/loop/a"))

    assert caught.value.transient is False
    assert len(site.requests) == 5  # never more than the cap, then it gives up


async def test_a_redirect_is_followed_to_the_final_url(site: FakeSite) -> None:
    site.route("/news/show/1", Reply(location="/news/show/2"))
    site.page("/news/show/2", b"<html><body><p>ok</p></body></html>")
    async with Fetcher(AGENT) as fetcher:
        got = await fetcher.get(site.url("/news/show/1"))

    assert got.url == site.url("/news/show/2")


async def test_a_server_that_never_answers_times_out(site: FakeSite) -> None:
    site.route("/slow", Reply(hang=True))
    async with Fetcher(AGENT, timeout=0.2) as fetcher:
        with pytest.raises(DownloadError, match="timed out") as caught:
            await fetcher.get(site.url("/slow"))

    assert caught.value.transient is True


async def test_nothing_listening_is_a_transient_failure() -> None:
    async with Fetcher(AGENT) as fetcher:
        with pytest.raises(DownloadError) as caught:
            await fetcher.get("http://127.0.0.1:9/nothing")

    assert caught.value.transient is True


@pytest.mark.parametrize("url", ["ftp://interaffairs.ru/", "file:///etc/passwd"])
async def test_only_http_urls_are_fetched(url: str) -> None:
    async with Fetcher(AGENT) as fetcher:
        with pytest.raises(DownloadError, match="not an http"):
            await fetcher.get(url)


def test_decode_prefers_bom_then_valid_utf8_then_declared_then_cp1251() -> None:
    text = "Заявление МИД России — «важно»"
    assert decode_text(b"\xef\xbb\xbf" + text.encode()) == text
    assert decode_text(text.encode("cp1251"), "utf-8") == text
    assert decode_text(text.encode("utf-8"), "windows-1251") == text
    koi = '<meta charset="koi8-r">Заявление МИД России'.encode("koi8-r")
    assert decode_text(koi).endswith("Заявление МИД России")
