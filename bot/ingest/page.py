"""Article extraction from interaffairs.ru pages, with a general fallback.

The journal's page reads, top to bottom: a breadcrumb «ГЛАВНАЯ > <рубрика>», the title, a line
«HH:MM DD.MM.YYYY • Author, position», «Фото: …», then the body. The selectors below follow that
*textual* layout rather than class names (which a redesign renames): the breadcrumb is found by
its «Главная» link, the date line by its pattern, the body as the block of paragraphs with the
most text. Navigation, share buttons, related links and promo lines are excluded by tag, by
class/id words and by link density. A page that does not fit (no title or no body) goes to
trafilatura, a general article extractor.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from bot.clock import MOSCOW
from bot.errors import BadUrlError, ExtractError
from bot.ingest.canonical import canonical_url, same_site
from bot.ingest.text import clean_line, fragment_paragraphs, is_noise

log = logging.getLogger(__name__)

DATE_LINE = re.compile(r"(\d{2}):(\d{2})\s+(\d{2})\.(\d{2})\.(\d{4})")
_CRUMB_SPLIT = re.compile(r"\s*[>›»/|→]\s*")
_LEADING_SEPARATORS = " •·|—–-,:"
_SKIP_TAGS = (
    "script, style, noscript, template, iframe, svg, form, button, select, input, nav, "
    "footer, aside, header, figcaption"
)
_JUNK_WORDS = (
    "share",
    "social",
    "soc-",
    "related",
    "promo",
    "banner",
    "advert",
    "subscribe",
    "comment",
    "popular",
    "sidebar",
    "footer",
    "menu",
    "navbar",
    "navigation",
    "breadcrumb",
    "recommend",
    "tags",
    "cookie",
    "popup",
    "modal",
    "counter",
    "read-also",
    "readmore",
)
_JUNK_SELECTOR = ", ".join(f'[class*="{word}" i], [id*="{word}" i]' for word in _JUNK_WORDS)
_BLOCK_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "blockquote", "li", "pre"})
_IMAGE_JUNK = re.compile(r"logo|icon|sprite|counter|pixel|banner|avatar|emoji|\.svg", re.I)
_MAX_TITLE = 500
_MAX_AUTHOR = 200
_MIN_BODY_CHARS = 80


@dataclass(frozen=True, slots=True)
class PageData:
    """What one article page says about itself; `method` is "site" or "fallback"."""

    url: str
    title: str
    paragraphs: tuple[str, ...]
    published_at: datetime | None
    rubric: str | None
    author: str | None
    image_url: str | None
    method: str

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def _meta(tree: LexborHTMLParser, *names: str) -> str | None:
    for name in names:
        node = tree.css_first(f'meta[property="{name}"], meta[name="{name}"]')
        if node is not None:
            value = clean_line(node.attributes.get("content") or "")
            if value:
                return value
    return None


def moscow_time(match: re.Match[str]) -> datetime | None:
    """The journal's «HH:MM DD.MM.YYYY» (Moscow time) as an aware datetime."""
    hour, minute, day, month, year = (int(g) for g in match.groups())
    try:
        return datetime(year, month, day, hour, minute, tzinfo=MOSCOW)
    except ValueError:
        return None


class _Page:
    """One parsed page and the document order of its elements (selectolax has no positions)."""

    def __init__(self, html: str) -> None:
        self.tree = LexborHTMLParser(html)
        self.order: dict[int, int] = {}
        root = self.tree.root
        if root is not None:
            for index, node in enumerate(root.traverse(include_text=False)):
                self.order[node.mem_id] = index
        self.junk = self._junk_ids()

    def pos(self, node: LexborNode) -> int:
        return self.order.get(node.mem_id, -1)

    def _junk_ids(self) -> set[int]:
        """Elements that are never article text: chrome by tag, by class/id words."""
        found: set[int] = set()
        for selector in (_SKIP_TAGS, _JUNK_SELECTOR):
            for node in self.tree.css(selector):
                if node.tag in ("html", "body") or node.css_first("h1") is not None:
                    continue
                if selector == _JUNK_SELECTOR and _holds_body(node):
                    continue
                found.add(node.mem_id)
        return found

    def in_junk(self, node: LexborNode) -> bool:
        current: LexborNode | None = node
        while current is not None:
            if current.mem_id in self.junk:
                return True
            current = current.parent
        return False


def _holds_body(node: LexborNode) -> bool:
    """A class like "news-with-comments" may wrap the whole article: never drop such a node."""
    return sum(len(p.text()) for p in node.css("p")) > 1500


def _title(page: _Page) -> tuple[str | None, LexborNode | None]:
    for node in page.tree.css("h1"):
        text = clean_line(node.text())
        if text and not page.in_junk(node):
            return text[:_MAX_TITLE], node
    og = _meta(page.tree, "og:title", "twitter:title")
    if og:
        return og[:_MAX_TITLE], None
    head = page.tree.css_first("title")
    if head is not None:
        text = re.split(r"\s+[|—–-]\s+", clean_line(head.text()))[0]
        if text:
            return text[:_MAX_TITLE], None
    return None, None


def _rubric(page: _Page, title: str | None) -> str | None:
    """The crumb after «Главная»: found by that text, whatever the breadcrumb's markup."""
    for node in page.tree.css("a, span, li"):
        if clean_line(node.text()).casefold() != "главная":
            continue
        container: LexborNode | None = node
        while container is not None and len(clean_line(container.text())) <= len("главная") + 1:
            container = container.parent
        if container is None or len(container.text()) > 400:
            continue
        crumbs: list[str] = []
        for line in container.text(separator="\n").splitlines():
            crumbs += [clean_line(part) for part in _CRUMB_SPLIT.split(line)]
        crumbs = [c for c in crumbs if c and c.casefold() != "главная" and c != title]
        if crumbs:
            return crumbs[0][:_MAX_TITLE]
    return _meta(page.tree, "article:section")


def _date_line(page: _Page, after: int) -> tuple[datetime | None, str | None, str | None]:
    """(published, author, the line's text) from the first short «HH:MM DD.MM.YYYY» line."""
    candidates: list[tuple[int, str, re.Match[str], bool]] = []
    for node in page.tree.css("div, p, span, time, li, small, td, section"):
        text = clean_line(node.text())
        if len(text) > 300:
            continue
        match = DATE_LINE.search(text)
        if match is None:
            continue
        candidates.append((page.pos(node), text, match, page.in_junk(node)))
    candidates.sort(key=lambda c: c[0])
    # The line right after the title is the article's own, whatever its class says; without a
    # title, the first date outside the chrome (related lists carry dates too).
    chosen = next((c for c in candidates if after >= 0 and c[0] > after), None) or next(
        (c for c in candidates if not c[3]), None
    )
    if chosen is None:
        return None, None, None
    _, text, match, _junk = chosen
    author = text[match.end() :].strip(_LEADING_SEPARATORS).strip() or None
    if author is not None:
        author = author[:_MAX_AUTHOR]
    return moscow_time(match), author, text


def _meta_time(page: _Page) -> datetime | None:
    value = _meta(page.tree, "article:published_time", "pubdate", "date")
    if not value:
        node = page.tree.css_first("time[datetime]")
        value = node.attributes.get("datetime") if node is not None else None
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=MOSCOW)


def _container(page: _Page) -> LexborNode | None:
    """The element whose paragraphs carry the most text (parents score most, then ancestors)."""
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for p in page.tree.css("p"):
        if page.in_junk(p):
            continue
        length = len(clean_line(p.text()))
        if length < 20:
            continue
        ancestor = p.parent
        for weight in (1.0, 0.5, 0.25):
            if ancestor is None or ancestor.tag in ("body", "html"):
                break
            if ancestor.tag != "blockquote":
                scores[ancestor.mem_id] = scores.get(ancestor.mem_id, 0.0) + length * weight
                nodes[ancestor.mem_id] = ancestor
            ancestor = ancestor.parent
    if not scores:
        return None
    best = max(scores, key=lambda key: scores[key])
    return nodes[best]


def _link_density(node: LexborNode, text: str) -> float:
    linked = sum(len(clean_line(a.text())) for a in node.css("a"))
    return linked / max(1, len(text))


def _body(page: _Page, title: str | None, date_text: str | None) -> list[str]:
    container = _container(page)
    if container is None:
        return []
    paragraphs: list[str] = []
    for node in container.traverse(include_text=False):
        if node.tag not in _BLOCK_TAGS or page.in_junk(node):
            continue
        if any(
            child.tag in _BLOCK_TAGS
            for child in node.traverse(include_text=False)
            if child.mem_id != node.mem_id
        ):
            continue
        text = clean_line(node.text())
        if not text or text in (title, date_text):
            continue
        if _link_density(node, text) > 0.5:
            continue
        for line in fragment_paragraphs(node.html or ""):
            if DATE_LINE.match(line) and len(line) < 300:
                continue
            if line not in (title, date_text):
                paragraphs.append(line)
    return paragraphs


def _image(page: _Page, url: str, title_node: LexborNode | None) -> str | None:
    og = _meta(page.tree, "og:image", "og:image:url", "twitter:image")
    if og:
        return urljoin(url, og)
    after = page.pos(title_node) if title_node is not None else -1
    for img in page.tree.css("img"):
        src = (img.attributes.get("src") or img.attributes.get("data-src") or "").strip()
        if not src or src.startswith("data:") or _IMAGE_JUNK.search(src):
            continue
        if page.pos(img) < after or page.in_junk(img):
            continue
        return urljoin(url, src)
    return None


def _canonical(page: _Page, url: str) -> str:
    node = page.tree.css_first('link[rel="canonical"]')
    href = (node.attributes.get("href") or "").strip() if node is not None else ""
    if href:
        absolute = urljoin(url, href)
        if same_site(absolute, url):
            try:
                return canonical_url(absolute)
            except BadUrlError:
                pass
    return canonical_url(url)


def _fallback(html: str, url: str) -> tuple[list[str], str | None, datetime | None, str | None]:
    """trafilatura's general extraction: (paragraphs, title, date, author)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
        )
    except Exception as exc:  # a third-party parser on hostile input: log and give up
        log.warning("trafilatura failed on %s: %s", url, type(exc).__name__)
        return [], None, None, None
    if doc is None:
        return [], None, None, None
    text = str(getattr(doc, "text", "") or "")
    paragraphs = [clean_line(line) for line in text.splitlines()]
    paragraphs = [line for line in paragraphs if line and not is_noise(line)]
    date: datetime | None = None
    raw_date = getattr(doc, "date", None)
    if raw_date:
        try:
            date = datetime.fromisoformat(str(raw_date)).replace(tzinfo=MOSCOW)
        except ValueError:
            date = None
    title = clean_line(str(getattr(doc, "title", "") or "")) or None
    author = clean_line(str(getattr(doc, "author", "") or "")) or None
    return paragraphs, title, date, author


def extract_page(html: str, url: str) -> PageData:
    """Everything the page says about its article; raises ExtractError when it has no body."""
    page = _Page(html)
    title, title_node = _title(page)
    after = page.pos(title_node) if title_node is not None else -1
    published, author, date_text = _date_line(page, after)
    published = published or _meta_time(page)
    rubric = _rubric(page, title)
    paragraphs = _body(page, title, date_text)
    method = "site"
    if sum(len(p) for p in paragraphs) < _MIN_BODY_CHARS or title is None:
        fb_paragraphs, fb_title, fb_date, fb_author = _fallback(html, url)
        fb_paragraphs = [p for p in fb_paragraphs if p not in (title, date_text)]
        if sum(len(p) for p in fb_paragraphs) > sum(len(p) for p in paragraphs):
            paragraphs = fb_paragraphs
            method = "fallback"
        title = title or fb_title
        published = published or fb_date
        author = author or fb_author
    if not paragraphs or sum(len(p) for p in paragraphs) < _MIN_BODY_CHARS:
        raise ExtractError(f"{url}: no article text on the page")
    return PageData(
        url=_canonical(page, url),
        title=title or paragraphs[0][:120],
        paragraphs=tuple(paragraphs),
        published_at=published,
        rubric=rubric,
        author=author,
        image_url=_image(page, url, title_node),
        method=method,
    )
