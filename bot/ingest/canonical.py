"""The canonical form of an article URL: the key that keeps one row per article.

Why so strict: the same article reaches the bot as a feed link, a link with utm_* tags from a
newsletter, a `www.` link, an `http://` link or a link with a `#comments` fragment. All of them
must land on one row, or the channel gets the same article twice.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from bot.errors import BadUrlError

SITE_HOST = "interaffairs.ru"
_TRACKING = re.compile(r"^(utm_\w*|fbclid|gclid|yclid|_openstat|ysclid)$", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def bare_host(host: str) -> str:
    """Host lowercased, without a trailing dot and without a leading `www.`."""
    host = host.lower().rstrip(".")
    return host.removeprefix("www.")


def is_site_host(host: str) -> bool:
    """True for interaffairs.ru and its subdomains (the journal's own pages)."""
    bare = bare_host(host)
    return bare == SITE_HOST or bare.endswith("." + SITE_HOST)


def canonical_url(url: str, base: str | None = None) -> str:
    """Normalise `url` (resolved against `base` when relative) into the dedupe key.

    https for the journal's host (it serves nothing else), host lowercased and without `www.`,
    no default port, no fragment, no tracking parameters, no trailing slash except the root,
    dot segments and doubled slashes collapsed. Other hosts keep their scheme: the bot cannot
    know that they serve https (tests serve pages from http://127.0.0.1).
    """
    text = url.strip()
    if base:
        text = urljoin(base, text)
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise BadUrlError(f"{url!r} is not an http(s) URL")
    host = bare_host(parts.hostname)
    if is_site_host(host):
        scheme = "https"
    try:
        port = parts.port
    except ValueError:
        raise BadUrlError(f"{url!r} has a bad port") from None
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    path = posixpath.normpath(path) if path != "/" else "/"
    if path in ("", "."):
        path = "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING.match(k)
        ]
    )
    return urlunsplit((scheme, netloc, path, query, ""))


def same_site(a: str, b: str) -> bool:
    """Both URLs on one site (ignoring `www.` and scheme), e.g. to trust a rel=canonical."""
    host_a = urlsplit(a).hostname or ""
    host_b = urlsplit(b).hostname or ""
    return bool(host_a) and bare_host(host_a) == bare_host(host_b)
