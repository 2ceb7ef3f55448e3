"""The bot's own exceptions, all in one place.

    BotError                 base of everything raised on purpose in `bot/`
    ├── UsageError           a CLI user gave bad input: one line on stderr, exit code 2
    ├── ContentError         a text cannot be analysed (empty, binary, not UTF-8)
    └── FetchError           a site page or feed could not be fetched or read (ingest)
Settings errors are `bot.config.ConfigError`; storage errors live in `storage.errors`.
"""


class BotError(Exception):
    """Base of every error the bot raises on purpose."""


class UsageError(BotError):
    """Bad command-line input; the message is shown as one line and the exit code is 2."""


class ContentError(BotError):
    """The item's text cannot be analysed; the message says why in one line."""


class FetchError(BotError):
    """A page or feed could not be fetched or parsed; the message says which and why."""
