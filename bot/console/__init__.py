"""`python -m bot console`: chat with the bot in a terminal: no token, no network.

Why: an editor or a developer can see exactly what readers will see (the very same Dispatcher,
routers, renderers as `python -m bot`) before a token exists, on a plane, or against a copy of
the production articles.

It is a rehearsal, never a back door to the channel: it works on its own database file
(`DATABASE_PATH` with `.console` before the suffix), a fresh copy of the real one at every
start, and no bot ever sends that file's outbox. Its log lines go to a file next to it
(`--verbose` prints them instead).

    terminal.py   entities → terminal text
    session.py    the Bot API session that shows every request and answers like Telegram
    chat.py       typed lines → Updates
    rehearsal.py  the console's own database and log file; run_console
"""

from bot.console.rehearsal import console_database_path, run_console
from bot.console.terminal import render_entities

__all__ = ["console_database_path", "render_entities", "run_console"]
