"""The outbox: every message the bot sends that is not a direct reply, as durable rows.

Why a table and not a queue in memory: a post, an edit or a broadcast card must survive a crash
(kill -9) and must never be sent twice. A row is unique on (article_id, chat_id, kind,
generation), so enqueueing the same delivery twice is a no-op; its payload is fixed when it is
enqueued; the worker moves it pending → sending → sent / failed / unknown, and the `sending`
state is what tells a restart which messages were in flight when the process died.

One key per kind: what (article_id, chat_id, generation) mean for each `Kind`.

| kind    | article_id       | chat_id        | generation                                        |
|---------|------------------|----------------|---------------------------------------------------|
| post    | the article      | the channel    | repost counter: 0, then +1 per explicit repost    |
| edit    | the article      | the channel    | the article revision the edit carries             |
| card    | the article      | a subscriber   | always 0: one card per reader per article, ever   |
| preview | the article      | an admin       | the article revision previewed                    |
| confirm | the article      | the admin      | the post generation it confirms                   |
| digest  | 0 (no article)   | a reader       | the Moscow day (days since the epoch)             |
| alert   | the article      | an admin       | `alert_generation()`: what failed, and which one  |

States (`State`): pending → sending → sent | failed | unknown | cancelled. `unknown` means the
request may or may not have reached Telegram and it is not resent automatically; `cancelled`
is an edit superseded by a newer one or left with no post to edit.

All writes are batched by the caller (claim a batch, complete a batch): one transaction per batch
keeps a 100,000-subscriber broadcast from costing 200,000 commits.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

import aiosqlite

from storage.db import Database
from storage.timestamps import now_iso
from storage.topics import EVERYONE, Audience


class Kind(StrEnum):
    """Kinds of delivery (stored as these strings). Channel work first (priority 0), broadcast
    cards after (priority 1)."""

    POST = "post"  # an article's post in the channel
    EDIT = "edit"  # editMessageText of an article's channel post
    CARD = "card"  # an article's card to one subscriber
    PREVIEW = "preview"  # a proposed post, with Опубликовать / Отмена, to one admin
    CONFIRM = "confirm"  # "published: <link>" to the admin who asked for the post
    DIGEST = "digest"  # one reader's daily digest
    ALERT = "alert"  # a delivery problem, told to each admin once per (article, problem)


class State(StrEnum):
    """Where a row is (stored as these strings; the table's CHECK lists the same)."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNKNOWN = "unknown"
    CANCELLED = "cancelled"


# Shorthands, so callers write `outbox.POST`; each is the enum member itself.
POST, EDIT, CARD, PREVIEW, CONFIRM, DIGEST, ALERT = Kind
PENDING, SENDING, SENT, FAILED, UNKNOWN, CANCELLED = State
STATES = tuple(State)

# Kinds that change nothing when repeated: resent after a crash or a timeout instead of dropped.
IDEMPOTENT_KINDS = frozenset({Kind.EDIT})
# Alerts are deduplicated per (article, kind of the failed delivery, its generation): the
# generation of an alert row encodes those, so the unique key does the deduplication.
_ALERT_CODE = {Kind.POST: 1, Kind.EDIT: 2, Kind.CARD: 3, Kind.PREVIEW: 4}
ALERTED_KINDS = frozenset(_ALERT_CODE)


def alert_generation(kind: Kind, generation: int) -> int:
    """The generation of an alert about a delivery of `kind`: its code + 10 × its generation
    (cards share generation 0, so a broadcast's thousand failures make one alert)."""
    return _ALERT_CODE[kind] + 10 * (0 if kind is Kind.CARD else generation)


@dataclass(frozen=True, slots=True)
class NewMessage:
    """One delivery to enqueue. `payload` is RenderedMessage.to_json(), fixed from now on."""

    chat_id: int | str
    kind: Kind
    payload: str
    article_id: int = 0
    generation: int = 0
    priority: int = 0
    notify_chat_id: int | None = None


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A row as the worker and the publisher see it."""

    id: int
    article_id: int
    chat_id: str
    kind: Kind
    generation: int
    payload_id: int
    notify_chat_id: int | None
    state: State
    attempts: int
    not_before: float
    message_id: int | None
    error: str | None

    @property
    def chat(self) -> int | str:
        """The chat id as the Bot API wants it: int for numeric ids, else the @username."""
        return self.chat_id if self.chat_id.startswith("@") else int(self.chat_id)


@dataclass(frozen=True, slots=True)
class Completion:
    """How one claimed row ended: sent (message_id), back to pending (not_before), or final."""

    id: int
    state: State
    message_id: int | None = None
    not_before: float = 0.0
    error: str | None = None


@dataclass(frozen=True, slots=True)
class LastError:
    kind: Kind
    chat_id: str
    error: str
    at: str


_IN_PROGRESS = (State.PENDING, State.SENDING)
_LOST_IN_FLIGHT = "outcome unknown: in flight when the bot stopped"
_ITEM_COLUMNS = (
    "id, article_id, chat_id, kind, generation, payload_id, notify_chat_id, state, attempts, "
    "not_before, message_id, error"
)


def _item(row: aiosqlite.Row) -> OutboxItem:
    return OutboxItem(
        id=int(row["id"]),
        article_id=int(row["article_id"]),
        chat_id=str(row["chat_id"]),
        kind=Kind(row["kind"]),
        generation=int(row["generation"]),
        payload_id=int(row["payload_id"]),
        notify_chat_id=row["notify_chat_id"],
        state=State(row["state"]),
        attempts=int(row["attempts"]),
        not_before=float(row["not_before"]),
        message_id=row["message_id"],
        error=row["error"],
    )


async def _payload_id(conn: aiosqlite.Connection, body: str) -> int:
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    await conn.execute(
        "INSERT OR IGNORE INTO outbox_payloads (hash, body) VALUES (?, ?)", (digest, body)
    )
    rows = list(
        await conn.execute_fetchall("SELECT id FROM outbox_payloads WHERE hash = ?", (digest,))
    )
    return int(rows[0]["id"])


async def _insert(conn: aiosqlite.Connection, message: NewMessage, now: str) -> int | None:
    payload_id = await _payload_id(conn, message.payload)
    cursor = await conn.execute(
        "INSERT OR IGNORE INTO outbox (article_id, chat_id, kind, generation, priority, "
        "payload_id, notify_chat_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            message.article_id,
            str(message.chat_id),
            message.kind,
            message.generation,
            message.priority,
            payload_id,
            message.notify_chat_id,
            now,
            now,
        ),
    )
    return cursor.lastrowid if cursor.rowcount == 1 else None


async def _broadcast(
    conn: aiosqlite.Connection,
    article_id: int,
    kind: Kind,
    payloads: Mapping[str, str],
    priority: int,
    now: str,
    audience: Audience = EVERYONE,
) -> int:
    """INSERT … SELECT one row per reader in `audience`: no Python loop over 100,000 people.

    `payloads` maps a language ("ru", "en") to a payload; subscribers whose language has none
    get the first one. Rows are generation 0 and INSERT OR IGNORE, so broadcasting an article
    again (a repost) reaches nobody twice.
    """
    if not payloads:
        return 0
    ids = {language: await _payload_id(conn, body) for language, body in payloads.items()}
    default_language = next(iter(ids))
    others = [language for language in ids if language != default_language]
    added = 0
    for language, payload_id in ids.items():
        if language == default_language and others:
            marks = ", ".join("?" for _ in others)
            condition, params = f"language NOT IN ({marks})", tuple(others)
        elif language == default_language:
            condition, params = "1", ()
        else:
            condition, params = "language = ?", (language,)
        cursor = await conn.execute(
            "INSERT OR IGNORE INTO outbox (article_id, chat_id, kind, generation, priority, "
            "payload_id, created_at, updated_at) "
            "SELECT ?, CAST(user_id AS TEXT), ?, 0, ?, ?, ?, ? FROM subscribers "
            f"WHERE {audience.where} AND {condition} ORDER BY user_id",
            (article_id, kind, priority, payload_id, now, now, *audience.params, *params),
        )
        added += max(cursor.rowcount, 0)
    return added


class OutboxStore:
    """The outbox table. Reads on the reader connection; every write is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- enqueue ---------------------------------------------------------------------------

    async def enqueue(self, message: NewMessage) -> int | None:
        """Add one delivery; None when the same (article, chat, kind, generation) exists."""
        async with self._db.transaction() as conn:
            return await _insert(conn, message, now_iso())

    async def enqueue_many(self, messages: Iterable[NewMessage]) -> list[int | None]:
        """Several deliveries in one transaction (all or none); ids, None for duplicates."""
        now = now_iso()
        async with self._db.transaction() as conn:
            return [await _insert(conn, message, now) for message in messages]

    async def enqueue_batch(self, messages: Sequence[NewMessage]) -> int:
        """Many deliveries in one transaction and few statements (each distinct payload stored
        once, the rows in one executemany): 100,000 digests cost seconds, not minutes.
        Returns how many rows are new (duplicates of existing keys are ignored)."""
        if not messages:
            return 0
        now = now_iso()
        async with self._db.transaction() as conn:
            payload_ids: dict[str, int] = {}
            for message in messages:
                if message.payload not in payload_ids:
                    payload_ids[message.payload] = await _payload_id(conn, message.payload)
            before = conn.total_changes
            await conn.executemany(
                "INSERT OR IGNORE INTO outbox (article_id, chat_id, kind, generation, priority, "
                "payload_id, notify_chat_id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        m.article_id,
                        str(m.chat_id),
                        m.kind,
                        m.generation,
                        m.priority,
                        payload_ids[m.payload],
                        m.notify_chat_id,
                        now,
                        now,
                    )
                    for m in messages
                ],
            )
            return conn.total_changes - before

    async def enqueue_broadcast(
        self, *, article_id: int, kind: Kind, payloads: Mapping[str, str], priority: int = 1
    ) -> int:
        """One row per active subscriber, the payload chosen by their language (see _broadcast)."""
        async with self._db.transaction() as conn:
            return await _broadcast(conn, article_id, kind, payloads, priority, now_iso())

    async def enqueue_publication(
        self,
        post: NewMessage,
        *,
        card_kind: Kind,
        cards: Mapping[str, str],
        priority: int = 1,
        audience: Audience = EVERYONE,
    ) -> int | None:
        """A channel post and its cards to the readers in `audience`, in one transaction.

        Returns the post's row id (None when that post generation already exists; the cards
        are then still topped up for subscribers who joined since).
        """
        now = now_iso()
        async with self._db.transaction() as conn:
            post_id = await _insert(conn, post, now)
            await _broadcast(conn, post.article_id, card_kind, cards, priority, now, audience)
            return post_id

    async def cancel_pending(
        self, *, article_id: int, chat_id: int | str, kind: Kind, below_generation: int
    ) -> int:
        """Cancel not-yet-sent rows an newer one supersedes (e.g. an edit of an older revision)."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE outbox SET state = ?, error = 'superseded', updated_at = ? "
                "WHERE article_id = ? AND chat_id = ? AND kind = ? AND generation < ? "
                "AND state = ?",
                (
                    State.CANCELLED,
                    now_iso(),
                    article_id,
                    str(chat_id),
                    kind,
                    below_generation,
                    State.PENDING,
                ),
            )
            return max(cursor.rowcount, 0)

    # --- look-ups --------------------------------------------------------------------------

    async def get(self, item_id: int) -> OutboxItem | None:
        row = await self._db.fetchone(
            f"SELECT {_ITEM_COLUMNS} FROM outbox WHERE id = ?", (item_id,)
        )
        return _item(row) if row is not None else None

    async def latest(self, article_id: int, chat_id: int | str, kind: Kind) -> OutboxItem | None:
        """The newest generation of (article, chat, kind), whatever its state."""
        row = await self._db.fetchone(
            f"SELECT {_ITEM_COLUMNS} FROM outbox WHERE article_id = ? AND chat_id = ? "
            "AND kind = ? ORDER BY generation DESC LIMIT 1",
            (article_id, str(chat_id), kind),
        )
        return _item(row) if row is not None else None

    async def latest_sent(
        self, article_id: int, chat_id: int | str, kind: Kind
    ) -> OutboxItem | None:
        """The newest generation of (article, chat, kind) that Telegram accepted."""
        row = await self._db.fetchone(
            f"SELECT {_ITEM_COLUMNS} FROM outbox WHERE article_id = ? AND chat_id = ? "
            "AND kind = ? AND state = ? ORDER BY generation DESC LIMIT 1",
            (article_id, str(chat_id), kind, State.SENT),
        )
        return _item(row) if row is not None else None

    async def items(self, *, kind: Kind | None = None) -> list[OutboxItem]:
        """Every row (of one kind), oldest first: for tests and small admin views."""
        where, params = ("WHERE kind = ?", (kind,)) if kind else ("", ())
        rows = await self._db.fetchall(
            f"SELECT {_ITEM_COLUMNS} FROM outbox {where} ORDER BY id", params
        )
        return [_item(row) for row in rows]

    async def payload(self, payload_id: int) -> str:
        value = await self._db.scalar(
            "SELECT body FROM outbox_payloads WHERE id = ?", (payload_id,)
        )
        if value is None:
            raise LookupError(f"outbox payload {payload_id} is missing")
        return str(value)

    async def due(self, now: float, limit: int) -> list[OutboxItem]:
        """Up to `limit` pending rows whose time has come, channel work first, oldest first.

        A page, never the whole backlog: the worker pages through 100,000 rows without holding
        them.
        """
        rows = await self._db.fetchall(
            f"SELECT {_ITEM_COLUMNS} FROM outbox WHERE state = ? AND not_before <= ? "
            "ORDER BY priority, id LIMIT ?",
            (State.PENDING, now, limit),
        )
        return [_item(row) for row in rows]

    async def next_due_at(self) -> float | None:
        """When the earliest pending row becomes due (None when nothing is pending)."""
        value = await self._db.scalar(
            "SELECT min(not_before) FROM outbox WHERE state = ?", (State.PENDING,)
        )
        return float(value) if value is not None else None

    async def backlog(self) -> int:
        """Rows still to send (pending or on the wire): the metrics gauge."""
        return int(
            await self._db.scalar("SELECT count(*) FROM outbox WHERE state IN (?, ?)", _IN_PROGRESS)
        )

    async def has_work(self) -> bool:
        value = await self._db.scalar(
            "SELECT EXISTS (SELECT 1 FROM outbox WHERE state IN (?, ?))", _IN_PROGRESS
        )
        return bool(value)

    async def counts(self) -> dict[str, int]:
        """Rows per state (every state present, zero when none)."""
        rows = await self._db.fetchall("SELECT state, count(*) AS n FROM outbox GROUP BY state")
        found = {row["state"]: int(row["n"]) for row in rows}
        return {state: found.get(state, 0) for state in STATES}

    async def last_error(self) -> LastError | None:
        row = await self._db.fetchone(
            "SELECT kind, chat_id, error, updated_at FROM outbox "
            "WHERE state IN (?, ?) AND error IS NOT NULL "
            "ORDER BY updated_at DESC, id DESC LIMIT 1",
            (State.FAILED, State.UNKNOWN),
        )
        if row is None:
            return None
        return LastError(Kind(row["kind"]), str(row["chat_id"]), row["error"], row["updated_at"])

    # --- the worker's transitions ------------------------------------------------------------

    async def claim(self, ids: Sequence[int]) -> None:
        """pending → sending for a batch about to be sent (attempts + 1), in one transaction."""
        if not ids:
            return
        marks = ", ".join("?" for _ in ids)
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE outbox SET state = ?, attempts = attempts + 1, updated_at = ? "
                f"WHERE id IN ({marks}) AND state = ?",
                (State.SENDING, now_iso(), *ids, State.PENDING),
            )

    async def complete(
        self,
        completions: Sequence[Completion],
        *,
        follow_ups: Sequence[NewMessage] = (),
        blocked_users: Sequence[int] = (),
    ) -> None:
        """Record how a batch ended, with what it causes, in one transaction.

        Follow-ups (the admin's "published" confirmation, alerts) and subscriber blocks land
        together with the state change, so a crash can never record one without the other.
        """
        if not completions and not follow_ups and not blocked_users:
            return
        now = now_iso()
        async with self._db.transaction() as conn:
            await conn.executemany(
                "UPDATE outbox SET state = ?, message_id = coalesce(?, message_id), "
                "not_before = ?, error = ?, updated_at = ? WHERE id = ?",
                [(c.state, c.message_id, c.not_before, c.error, now, c.id) for c in completions],
            )
            for message in follow_ups:
                await _insert(conn, message, now)
            if blocked_users:
                await conn.executemany(
                    "UPDATE subscribers SET status = 'blocked', updated_at = ? WHERE user_id = ?",
                    [(now, user_id) for user_id in blocked_users],
                )

    async def recover(self) -> tuple[list[OutboxItem], list[OutboxItem]]:
        """At start: rows left `sending` by a crash. Returns (resumed, marked unknown).

        Their outcome is unknown: the request may or may not have reached Telegram. Idempotent
        kinds (edits) go back to pending; everything else becomes `unknown` and is not resent
        (at most once: a crash takes up to a whole batch in flight, and resending it would
        duplicate hundreds of messages; an admin can redo a post in one tap).
        """
        now = now_iso()
        async with self._db.transaction() as conn:
            rows = list(
                await conn.execute_fetchall(
                    f"SELECT {_ITEM_COLUMNS} FROM outbox WHERE state = ? ORDER BY id",
                    (State.SENDING,),
                )
            )
            items = [_item(row) for row in rows]
            resumed = [item for item in items if item.kind in IDEMPOTENT_KINDS]
            lost = [item for item in items if item.kind not in IDEMPOTENT_KINDS]
            await conn.executemany(
                "UPDATE outbox SET state = ?, updated_at = ? WHERE id = ?",
                [(State.PENDING, now, item.id) for item in resumed],
            )
            await conn.executemany(
                "UPDATE outbox SET state = ?, updated_at = ?, error = ? WHERE id = ?",
                [(State.UNKNOWN, now, _LOST_IN_FLIGHT, item.id) for item in lost],
            )
        return resumed, lost

    async def settle_unknown(
        self, article_id: int, chat_id: int | str, kind: Kind, *, note: str
    ) -> bool:
        """An admin checked: the newest `unknown` delivery of (article, chat, kind) did arrive.

        It becomes `sent` (with `note` as its error text, saying who settled it), so the
        article counts as posted. False when there is no such row (settled or reposted).
        """
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE outbox SET state = ?, error = ?, updated_at = ? WHERE id = ("
                "SELECT id FROM outbox WHERE article_id = ? AND chat_id = ? AND kind = ? "
                "ORDER BY generation DESC LIMIT 1) AND state = ?",
                (State.SENT, note, now_iso(), article_id, str(chat_id), kind, State.UNKNOWN),
            )
            return cursor.rowcount == 1
