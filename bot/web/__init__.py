"""HTTP faces of the bot: the Telegram webhook, /healthz and /metrics (aiohttp)."""
