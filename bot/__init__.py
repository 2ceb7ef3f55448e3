"""interaffairs-bot: republishes «Международная жизнь» (interaffairs.ru) in Telegram."""

__version__ = "0.1.0"
