"""The whole analysis of one item: raw text in, everything the bot says about it out.

Order matters: promo lines go first (they must never be quoted or summarised); quotations are
found on the whole cleaned text (they cross sentence and paragraph boundaries); sentences,
summary and title come after and avoid what the quotations occupy.
Empty input is not an error here: `analyze` returns an empty Analysis (no paragraphs), and
`build_draft` — the step that would store it — raises ContentError instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.content import clean, sentences, sources, summary, tags
from bot.content import title as titles
from bot.content.answers import find_interview
from bot.content.entities import find_entities
from bot.content.layout import Layout
from bot.content.normalize import analysis_view
from bot.content.quotes import find_quotes
from bot.content.spans import find_spans
from bot.content.speaker_gate import gate_quotes
from bot.errors import ContentError
from storage.models import ArticleDraft, Quote


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the pipeline found in one item."""

    title: str
    paragraphs: tuple[str, ...]
    summary: str
    quotes: tuple[Quote, ...]
    sources: tuple[str, ...]
    tags: tuple[str, ...]

    @property
    def body(self) -> str:
        """The cleaned text; every quote's text comes from it (an interrupted quote without
        its attribution)."""
        return "\n".join(self.paragraphs)


def analyze(raw: str, *, title: str | None = None) -> Analysis:
    """Analyse a raw news text. Never raises on odd input; empty text gives an empty Analysis."""
    paragraphs = clean.paragraphs(raw)
    given = title.strip() if title and title.strip() else None
    if not paragraphs:
        return Analysis(given or "", (), "", (), (), ())
    body = "\n".join(paragraphs)
    view = analysis_view(body)
    entities = find_entities(view)
    spans = find_spans(view)
    interview = find_interview(view, Layout.of(view), entities)  # for quotes and summary alike
    found = find_quotes(body, view, entities, spans, interview)
    quotes = gate_quotes(found, view, entities)
    quote_ranges = [(s.open, s.close) for s in spans]
    split = sentences.split(paragraphs)
    text_summary = summary.summarize(
        split,
        paragraphs,
        quote_ranges,
        entities=entities,
        interview=interview,
        said=[(q.text, q.speaker) for q in quotes],
    )
    # the title needs only the first sentence a summary could take: no need to judge the rest
    usable = (s for s in split if summary.eligible(s, paragraphs, quote_ranges))
    first = next(usable, split[0] if split else None)
    first_text = analysis_view(first.text) if first else None
    derived = titles.derive(paragraphs, first_text, first.start if first else 0, entities)
    lead_end = len(paragraphs[0]) + (len(paragraphs[1]) + 1 if len(paragraphs) > 1 else 0)
    article_tags = tags.derive(view, entities, [q.speaker for q in quotes], lead_end)
    return Analysis(
        title=given or derived,
        paragraphs=paragraphs,
        summary=text_summary,
        quotes=tuple(quotes),
        sources=sources.find_sources(view, entities),
        tags=article_tags,
    )


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
    """Analyse `raw` and combine it with what the caller knows (URL, title, date…).

    Raises ContentError when nothing is left of the text after cleaning: such an item must
    not be stored.
    """
    analysis = analyze(raw, title=title)
    if not analysis.paragraphs:
        raise ContentError("the text is empty after removing promotional lines")
    return ArticleDraft(
        title=analysis.title or analysis.paragraphs[0][:120],
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
