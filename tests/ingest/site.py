"""A fake interaffairs.ru on 127.0.0.1: feed, article pages and every kind of bad response.

Tests script it by path (`site.route(...)`), read what it was asked (`site.requests`), and
build feeds with `rss()` / `atom()`. Nothing here leaves the loopback interface.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from aiohttp import web
from aiohttp.test_utils import TestServer

PAGES = Path(__file__).parent / "pages"


def fixture(name: str) -> bytes:
    return (PAGES / name).read_bytes()


@dataclass
class Reply:
    """One scripted answer. `stream` > 0 sends that many bytes in chunks, no Content-Length."""

    status: int = 200
    body: bytes = b""
    content_type: str = "text/html"
    charset: str | None = "utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    location: str | None = None
    stream: int = 0
    hang: bool = False
    conditional: bool = False  # answer 304 to a matching If-None-Match / If-Modified-Since


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]


class FakeSite:
    """An aiohttp app with scripted routes; unknown paths are 404."""

    def __init__(self) -> None:
        self.routes: dict[str, Reply] = {}
        self.requests: list[Seen] = []
        self.server: TestServer | None = None

    def url(self, path: str) -> str:
        assert self.server is not None
        return str(self.server.make_url(path))

    def route(self, path: str, reply: Reply) -> None:
        self.routes[path] = reply

    def page(self, path: str, body: bytes, *, charset: str | None = "utf-8") -> None:
        self.routes[path] = Reply(body=body, charset=charset)

    def feed(self, body: str, *, content_type: str = "application/rss+xml") -> None:
        """Serve `body` at /rss/ with an ETag and Last-Modified derived from its content."""
        data = body.encode("utf-8")
        tag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
        self.routes["/rss/"] = Reply(
            body=data,
            content_type=content_type,
            headers={"ETag": tag, "Last-Modified": "Tue, 24 Nov 2026 12:00:00 GMT"},
            conditional=True,
        )

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(Seen(request.path_qs, dict(request.headers)))
        reply = self.routes.get(request.path_qs) or self.routes.get(request.path)
        if reply is None:
            return web.Response(status=404, text="Страница не найдена", content_type="text/html")
        if reply.hang:
            await asyncio.Event().wait()
        if reply.conditional:
            tag = reply.headers.get("ETag")
            if tag and request.headers.get("If-None-Match") == tag:
                return web.Response(status=304, headers={"ETag": tag})
            modified = reply.headers.get("Last-Modified")  # (If-None-Match wins, as in HTTP)
            if not tag and modified and request.headers.get("If-Modified-Since") == modified:
                return web.Response(status=304)
        if reply.location is not None:
            raise web.HTTPFound(reply.location)
        if reply.stream:
            return await self._stream(request, reply)
        content_type = reply.content_type
        if reply.charset:
            content_type += f"; charset={reply.charset}"
        headers = {"Content-Type": content_type, **reply.headers}
        return web.Response(status=reply.status, body=reply.body, headers=headers)

    async def _stream(self, request: web.Request, reply: Reply) -> web.StreamResponse:
        response = web.StreamResponse(status=reply.status)
        response.content_type = reply.content_type
        response.enable_chunked_encoding()
        await response.prepare(request)
        chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
        sent = 0
        try:
            while sent < reply.stream:
                await response.write(chunk)
                sent += len(chunk)
        except (ConnectionResetError, RuntimeError):
            pass  # the client hung up at its size cap, as it should
        return response

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self.server = TestServer(app, host="127.0.0.1")
        await self.server.start_server()

    async def close(self) -> None:
        if self.server is not None:
            await self.server.close()


@dataclass(frozen=True)
class Entry:
    """One feed entry; `link` is a path on the fake site (or an absolute URL)."""

    link: str
    title: str
    published: datetime
    summary: str = ""
    full_text: str = ""


def rss(site: FakeSite, entries: list[Entry]) -> str:
    items = []
    for e in entries:
        link = e.link if "://" in e.link else site.url(e.link)
        full = f"<yandex:full-text>{escape(e.full_text)}</yandex:full-text>" if e.full_text else ""
        items.append(
            f"<item><title>{escape(e.title)}</title><link>{escape(link)}</link>"
            f"<guid>{escape(link)}</guid>"
            f"<pubDate>{e.published.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>"
            f"<description><![CDATA[{e.summary}]]></description>{full}</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:yandex="http://news.yandex.ru">'
        "<channel><title>Международная жизнь</title>"
        f"<link>{site.url('/')}</link><description>Новости</description>"
        + "".join(items)
        + "</channel></rss>"
    )


def atom(site: FakeSite, entries: list[Entry]) -> str:
    items = []
    for e in entries:
        link = e.link if "://" in e.link else site.url(e.link)
        items.append(
            f"<entry><title>{escape(e.title)}</title>"
            f'<link rel="alternate" href="{escape(link)}"/><id>{escape(link)}</id>'
            f"<published>{e.published.isoformat()}</published>"
            f"<updated>{e.published.isoformat()}</updated>"
            f"<summary>{escape(e.summary)}</summary></entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Международная жизнь</title>'
        f"<id>{site.url('/')}</id><updated>2026-11-24T12:00:00+03:00</updated>"
        + "".join(items)
        + "</feed>"
    )


def article_page(
    number: int,
    title: str,
    paragraphs: list[str],
    *,
    when: str = "12:00 24.11.2026",
    rubric: str = "Мировая политика",
    byline: str = "Редакция",
) -> bytes:
    """A page in the site's layout (header, breadcrumb, h1, date line, photo, body, chrome)."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>{escape(title)} - Международная жизнь</title>
<meta property="og:title" content="{escape(title)}"></head>
<body>
<header class="site-header"><nav class="main-menu"><ul><li><a href="/news">Новости</a></li>
<li><a href="/jauthor">Авторы</a></li></ul></nav></header>
<div class="wrapper">
<div class="breadcrumbs"><a href="/">Главная</a> &gt; <a href="/rubric">{escape(rubric)}</a></div>
<div class="news-item">
<h1>{escape(title)}</h1>
<div class="news-info">{when} • {escape(byline)}</div>
<div class="news-image"><img src="/upload/{number}.jpg" alt=""><div>Фото: МИД России</div></div>
<div class="news-text">{body}
<p>Читайте другие материалы журнала «Международная жизнь» на нашем канале Яндекс.Дзен.</p></div>
<div class="share-buttons">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a></div>
</div>
<div class="related-news"><ul><li><span>10:00 20.11.2026</span>
<a href="/news/show/1">Другая новость журнала</a></li></ul></div>
</div>
<footer class="site-footer"><p>© 2026 Журнал «Международная жизнь».</p></footer>
</body></html>""".encode()
