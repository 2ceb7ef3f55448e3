"""The failure policy: which errors retry, wait, give up, or leave the outcome unknown."""

from __future__ import annotations

import pytest
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import SendMessage
from aiohttp import ClientConnectorError
from aiohttp.client_reqrep import ConnectionKey

from bot.delivery.policy import Action, classify, never_left, retry_delay

METHOD = SendMessage(chat_id=1, text="x")


def _connector_error() -> TelegramNetworkError:
    key = ConnectionKey("api.telegram.org", 443, True, True, None, None, None)
    cause = ClientConnectorError(key, ConnectionRefusedError(111, "Connection refused"))
    try:
        raise TelegramNetworkError(METHOD, f"ClientConnectorError: {cause}") from cause
    except TelegramNetworkError as exc:
        return exc


def test_backoff_schedule_doubles_to_a_five_minute_cap() -> None:
    assert [retry_delay(n) for n in range(1, 12)] == [
        1,
        2,
        4,
        8,
        16,
        32,
        64,
        128,
        256,
        300,
        300,
    ]


def test_429_waits_retry_after() -> None:
    verdict = classify(TelegramRetryAfter(METHOD, "Too Many Requests", 7), idempotent=False)
    assert (verdict.action, verdict.retry_after) == (Action.RETRY_AFTER, 7.0)


def test_could_not_connect_is_retried_but_a_timeout_after_sending_is_unknown() -> None:
    refused = _connector_error()
    timeout = TelegramNetworkError(METHOD, "Request timeout error")
    timeout.__cause__ = TimeoutError()
    assert never_left(refused)
    assert not never_left(timeout)
    assert classify(refused, idempotent=False).action is Action.BACKOFF
    assert classify(timeout, idempotent=False).action is Action.UNKNOWN
    assert classify(timeout, idempotent=True).action is Action.BACKOFF  # an edit is safe to redo
    assert classify(TimeoutError(), idempotent=False).action is Action.UNKNOWN


@pytest.mark.parametrize(
    ("exc", "action"),
    [
        (TelegramServerError(METHOD, "Internal Server Error"), Action.BACKOFF),
        (TelegramForbiddenError(METHOD, "Forbidden: bot was blocked by the user"), Action.BLOCKED),
        (TelegramBadRequest(METHOD, "Bad Request: chat not found"), Action.FAILED),
        (TelegramBadRequest(METHOD, "Bad Request: message is not modified"), Action.SUCCESS),
        (ValueError("bug"), Action.UNKNOWN),
    ],
)
def test_api_errors(exc: Exception, action: Action) -> None:
    assert classify(exc, idempotent=False).action is action
