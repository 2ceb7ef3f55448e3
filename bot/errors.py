"""Every exception the bot raises on purpose, in one module.

    BotError                  base of everything raised on purpose in `bot/`
    ├── UsageError            a CLI user gave bad input: one line on stderr, exit code 2
    ├── ConfigError           a setting has a wrong value: one line naming it, exit code 2
    ├── ContentError          a text cannot be analysed (empty, binary, not UTF-8)
    ├── InputError            what a reader or an editor typed names nothing usable;
    │   │                     `key` is the catalogue text (bot/texts.py) to answer with
    │   ├── ArticleLookupError   a command's argument names no article
    │   └── ScheduleTimeError    a typed time for a scheduled post cannot be used
    ├── BadUpdate             a webhook request (right secret) whose body is not an Update
    └── IngestError           a site page or the feed cannot be used (ingest)
        ├── BadUrlError       the text is not an http(s) URL
        ├── DownloadError     the HTTP request failed; `transient`: a later retry can help
        ├── FeedParseError    the body is not a feed the bot can read
        ├── ExtractError      the page has no article the bot can use
        └── BackfillStopped   the site kept answering 429/5xx: the backfill stopped there

    storage.errors.StorageError   the store's own tree (storage never imports bot/):
    ├── MigrationError            the schema could not be brought up to date
    └── NotFound                  a row asked for by id does not exist

Why one module: whoever catches an error (the CLI's one-line exit, the poller's skip-or-retry,
the handlers' polite answers) finds every kind and its meaning here, by a name that says it.
"""

from __future__ import annotations


class BotError(Exception):
    """Base of every error the bot raises on purpose."""


class UsageError(BotError):
    """Bad command-line input; the message is shown as one line and the exit code is 2."""


class ConfigError(BotError):
    """A setting has a wrong value; the message is one line naming it and what is expected."""


class ContentError(BotError):
    """The item's text cannot be analysed; the message says why in one line."""


class InputError(BotError):
    """A reader's or an editor's input names nothing usable; `key` is the catalogue text to
    answer with, so the handler's reply is one polite line, never a traceback."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class ArticleLookupError(InputError):
    """A command's argument names no article ("no_articles", "not_found", "bad_id")."""


class ScheduleTimeError(InputError):
    """A typed time for a scheduled post cannot be used (malformed, or already past)."""


class BadUpdate(BotError):
    """A webhook request with the right secret whose body is not a Telegram Update."""


class IngestError(BotError):
    """A page or the feed cannot be used; the message says which and why."""


class BadUrlError(IngestError):
    """The text is not an http(s) URL (or has a bad port)."""


class DownloadError(IngestError):
    """An HTTP request that failed; `transient` says whether a later retry can help (5xx,
    timeouts), `status` is the HTTP status when there was one."""

    def __init__(self, url: str, reason: str, *, transient: bool, status: int | None = None):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.transient = transient
        self.status = status


class FeedParseError(IngestError):
    """The body is not a feed the bot can read (malformed XML, an HTML error page…)."""


class ExtractError(IngestError):
    """The page has no article the bot can use (no body text)."""


class BackfillStopped(IngestError):
    """The site kept answering 429/5xx: the backfill stopped; the next run continues there."""
