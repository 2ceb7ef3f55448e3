"""Pure text analysis: clean, sentences, quotes with speakers, summary, title, sources.

No I/O and no aiogram here; everything is a function of the text, so it is tested with plain
asserts and hypothesis, and run once per item at ingest.
"""

from bot.content.pipeline import Analysis, analyze, build_draft

__all__ = ["Analysis", "analyze", "build_draft"]
