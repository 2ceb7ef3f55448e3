"""The attribution rules by concern; bot/content/attribution.py orders them and is the entry point.

Private: import from bot.content.attribution, which re-exports what other modules use.
"""
