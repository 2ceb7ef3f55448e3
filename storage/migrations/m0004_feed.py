"""Feed: conditional-GET state and seen items (filled in by the ingestion work)."""

STEPS: tuple[str, ...] = ()
