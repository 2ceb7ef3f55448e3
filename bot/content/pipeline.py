"""The whole analysis of one item: raw text in, everything the bot says about it out.

PLACEHOLDER (foundation skeleton): cleaning and a lead summary only; the content work replaces
this with the real pipeline behind the same `analyze` signature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from storage.models import ArticleDraft, Quote

_PROMO = re.compile(r"^(Читайте другие материалы|Подписывайтесь на наш)")


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the pipeline found in one item."""

    title: str
    paragraphs: tuple[str, ...]
    summary: str
    quotes: tuple[Quote, ...]
    sources: tuple[str, ...]
    tags: tuple[str, ...]


def analyze(raw: str, *, title: str | None = None) -> Analysis:
    paragraphs = tuple(
        line.strip() for line in raw.splitlines() if line.strip() and not _PROMO.match(line.strip())
    )
    first = paragraphs[0] if paragraphs else ""
    summary = first[:1024]
    derived = title or first[:120]
    return Analysis(derived, paragraphs, summary, (), (), ())


def build_draft(
    raw: str,
    *,
    url: str | None = None,
    title: str | None = None,
    published_at: datetime | None = None,
    rubric: str | None = None,
    author: str | None = None,
    image_url: str | None = None,
    tags: tuple[str, ...] = (),
) -> ArticleDraft:
    """Analyse `raw` and combine it with what the caller knows (URL, title, date…)."""
    analysis = analyze(raw, title=title)
    return ArticleDraft(
        title=analysis.title,
        paragraphs=analysis.paragraphs,
        summary=analysis.summary,
        quotes=analysis.quotes,
        sources=analysis.sources,
        tags=tags or analysis.tags,
        url=url,
        published_at=published_at,
        rubric=rubric,
        author=author,
        image_url=image_url,
    )
