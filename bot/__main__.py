"""`python -m bot` runs the command line (the bot itself by default)."""

from bot.cli import main

raise SystemExit(main())
