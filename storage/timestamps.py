"""How times are stored: ISO-8601 text, aware, written and read by these three functions only.

Why one place: queries compare stored times as text (`next_attempt_at <= ?`), which is right
only while every table writes them the same way.
"""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    """The current UTC time as stored."""
    return datetime.now(UTC).isoformat()


def to_iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def from_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
