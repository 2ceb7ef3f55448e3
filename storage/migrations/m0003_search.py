"""Search: the full-text index (filled in by the search work)."""

STEPS: tuple[str, ...] = ()
