"""Fetching the journal's pages and feed: size-capped, timed out, redirect-capped, decoded.

Why not `session.get(url).text()`: a misbehaving server can send 50 MB, loop redirects, hang, or
declare the wrong charset (common on Russian sites: windows-1251 pages labelled utf-8 and the
reverse). Every failure becomes a `DownloadError` that says in one line what went wrong and
whether trying again later makes sense (`transient`).
"""

from __future__ import annotations

import asyncio
import codecs
import re
from dataclasses import dataclass
from types import TracebackType

import aiohttp

from bot.errors import DownloadError

MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_WESTERN = frozenset({"iso8859-1", "cp1252", "ascii"})
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


@dataclass(frozen=True, slots=True)
class Fetched:
    """One response: 200 with a body, or 304 (not modified) with none."""

    url: str
    status: int
    body: bytes
    content_type: str
    charset: str | None
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def user_agent(site: str) -> str:
    return f"interaffairs-bot/0.1 (+{site})"


class Fetcher:
    """An aiohttp session with the bot's limits; use as `async with Fetcher(...) as f`."""

    def __init__(
        self,
        agent: str,
        *,
        max_bytes: int = MAX_BYTES,
        max_redirects: int = MAX_REDIRECTS,
        timeout: float = 30.0,
    ) -> None:
        self._agent = agent
        self._max_bytes = max_bytes
        self._max_redirects = max_redirects
        self._timeout = aiohttp.ClientTimeout(
            total=timeout, connect=min(10.0, timeout), sock_read=min(20.0, timeout)
        )
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Fetcher:
        self.open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def open(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                headers={"User-Agent": self._agent}, timeout=self._timeout
            )

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def get(
        self,
        url: str,
        *,
        accept: str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
        html_only: bool = False,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Fetched:
        """GET `url` within the limits; raises DownloadError (one line, transient or not)."""
        if not url.lower().startswith(("http://", "https://")):
            raise DownloadError(url, "not an http(s) URL", transient=False)
        self.open()
        assert self._session is not None
        headers = {"Accept": accept, "Accept-Language": "ru,en;q=0.5"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            async with self._session.get(
                url, headers=headers, allow_redirects=True, max_redirects=self._max_redirects
            ) as resp:
                return await self._read(url, resp, html_only=html_only)
        except DownloadError:
            raise
        except aiohttp.TooManyRedirects:
            raise DownloadError(
                url, f"more than {self._max_redirects} redirects", transient=False
            ) from None
        except TimeoutError:
            raise DownloadError(url, "timed out", transient=True) from None
        except aiohttp.InvalidURL:
            raise DownloadError(url, "invalid URL", transient=False) from None
        except (aiohttp.ClientError, OSError) as exc:
            reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
            raise DownloadError(url, reason, transient=True) from None
        except asyncio.CancelledError:
            raise

    async def _read(self, url: str, resp: aiohttp.ClientResponse, *, html_only: bool) -> Fetched:
        status = resp.status
        if status == 304:
            return Fetched(str(resp.url), 304, b"", "", None, _etag(resp), _modified(resp))
        if status >= 500 or status == 429:
            raise DownloadError(url, f"HTTP {status}", transient=True, status=status)
        if status >= 400:
            raise DownloadError(url, f"HTTP {status}", transient=False, status=status)
        if status != 200:
            raise DownloadError(url, f"unexpected HTTP {status}", transient=False, status=status)
        # No Content-Type at all (aiohttp then reports octet-stream): judged by the body below.
        typed = "Content-Type" in resp.headers
        content_type = resp.content_type.lower() if typed else ""
        if html_only and typed and content_type not in HTML_TYPES:
            raise DownloadError(
                url,
                f"not an HTML page ({content_type})",
                transient=False,
                status=status,
            )
        declared = resp.content_length
        if declared is not None and declared > self._max_bytes:
            raise DownloadError(
                url,
                f"response of {declared} bytes exceeds the {self._max_bytes} byte cap",
                transient=False,
                status=status,
            )
        body = await self._body(url, resp)
        if html_only and not typed and body.lstrip()[:1] != b"<":
            raise DownloadError(url, "not an HTML page (no type)", transient=False, status=status)
        return Fetched(
            url=str(resp.url),
            status=status,
            body=body,
            content_type=content_type,
            charset=resp.charset,
            etag=_etag(resp),
            last_modified=_modified(resp),
        )

    async def _body(self, url: str, resp: aiohttp.ClientResponse) -> bytes:
        """The body read in chunks, stopped at the byte cap: a server that declares no
        length (or lies about it) cannot make us hold more than the cap in memory."""
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.content.iter_chunked(CHUNK):
            size += len(chunk)
            if size > self._max_bytes:
                raise DownloadError(
                    url,
                    f"response exceeds the {self._max_bytes} byte cap",
                    transient=False,
                    status=resp.status,
                )
            chunks.append(chunk)
        return b"".join(chunks)


def _etag(resp: aiohttp.ClientResponse) -> str | None:
    return resp.headers.get("ETag")


def _modified(resp: aiohttp.ClientResponse) -> str | None:
    return resp.headers.get("Last-Modified")


def _codec(name: str | bytes | None) -> str | None:
    """Python's codec name for a declared charset, or None when unknown."""
    if not name:
        return None
    text = name.decode("ascii", "ignore") if isinstance(name, bytes) else name
    try:
        return codecs.lookup(text.strip().lower()).name
    except LookupError:
        return None


def declared_charsets(body: bytes, header_charset: str | None) -> list[str]:
    """Charsets the response claims, most specific first: <meta>/<?xml?>, then the header."""
    head = body[:4096]
    found: list[str | None] = []
    xml = _XML_ENCODING.match(head)
    if xml:
        found.append(_codec(xml.group(1)))
    meta = _META_CHARSET.search(head)
    if meta:
        found.append(_codec(meta.group(1)))
    found.append(_codec(header_charset))
    return [name for name in dict.fromkeys(found) if name]


def decode_text(body: bytes, header_charset: str | None = None) -> str:
    """Bytes to text, robust to the wrong labels Russian sites often carry.

    A BOM wins. Then valid UTF-8 wins over any label: text that is not UTF-8 almost never
    decodes as UTF-8 by accident, while a cp1251 page labelled utf-8 (or the reverse) is common.
    Then each declared charset strictly, then windows-1251 (the usual legacy Russian encoding),
    and finally UTF-8 with replacement characters so a page never fails on one stray byte.
    """
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return body.decode(name, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = [name for name in declared_charsets(body, header_charset) if name != "utf-8"]
    # Western single-byte labels decode any byte, so on this site they are tried after cp1251:
    # they are a server default far more often than the page's real encoding.
    trusted = [name for name in declared if name not in _WESTERN]
    for name in [*trusted, "cp1251", *[n for n in declared if n in _WESTERN]]:
        try:
            return body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("utf-8", errors="replace")
