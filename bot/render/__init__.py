"""Pure rendering: stored article → Telegram message kwargs (text + entities), within limits."""
