"""Numbered schema migrations, tracked with `PRAGMA user_version`.

Each module `mNNNN_<name>.py` in this package holds one migration as a `STEPS` tuple of SQL
statements. They are discovered by name, so a feature adds its tables by adding a file, never
by editing another feature's migration. A migration runs in one transaction together with the
`user_version` bump: it lands whole or not at all.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass

_NAME = re.compile(r"^m(\d{4})_\w+$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    steps: tuple[str, ...]


def all_migrations() -> list[Migration]:
    """Every migration in version order; versions must run 1, 2, 3… without gaps."""
    found: list[Migration] = []
    for info in pkgutil.iter_modules(__path__):
        match = _NAME.match(info.name)
        if not match:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        steps = tuple(getattr(module, "STEPS"))  # noqa: B009 - module attribute by convention
        found.append(Migration(int(match.group(1)), info.name, steps))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration numbering gap: expected {expected}, got {migration}")
    return found
