"""Speaker resolution by concern; bot/content/speakers.py (the Resolver) is the entry point.

Private: import from bot.content.speakers, which re-exports what other modules use.
"""
