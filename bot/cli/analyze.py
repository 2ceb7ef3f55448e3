"""`python -m bot analyze FILE [--json]`: what the analysis makes of a text; no database."""

from __future__ import annotations

import argparse
import json

from bot.cli.common import SettingsSource, Subparsers, read_item_text
from bot.errors import UsageError
from bot.texts import t


def register(sub: Subparsers) -> None:
    parser = sub.add_parser("analyze", help="analyse a text file without touching the database")
    parser.add_argument("path")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: SettingsSource) -> int:
    from bot.content.pipeline import analyze

    path: str = args.path
    analysis = analyze(read_item_text(path))
    if not analysis.paragraphs:
        raise UsageError(f"{path}: nothing left after removing promotional lines")
    if args.json:
        payload = {
            "title": analysis.title,
            "summary": analysis.summary,
            "quotes": [{"text": q.text, "speaker": q.speaker} for q in analysis.quotes],
            "paragraphs": list(analysis.paragraphs),
            "sources": list(analysis.sources),
            "tags": list(analysis.tags),
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    print(analysis.title)
    print()
    print(analysis.summary)
    if analysis.tags:
        print("\n" + " ".join("#" + tag for tag in analysis.tags))
    for quote in analysis.quotes:
        print(f"\n{quote.speaker or t('quotes.unknown_speaker')}:\n  «{quote.text}»")
    if analysis.sources:
        print("\nИсточники: " + ", ".join(analysis.sources))
    return 0
