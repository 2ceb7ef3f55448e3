"""Delivery: the outbox and subscribers (filled in by the delivery work)."""

STEPS: tuple[str, ...] = ()
