"""The failure policy: what each failure is (a fault), and what the table does with it per kind."""

from __future__ import annotations

import pytest
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import SendMessage
from aiohttp import ClientConnectorError, ClientOSError, ServerDisconnectedError
from aiohttp.client_reqrep import ConnectionKey

from bot.delivery.policy import (
    DECISIONS,
    DOUBT,
    Action,
    Fault,
    Guarantee,
    classify,
    decide,
    network_fault,
    never_left,
    retry_delay,
)
from bot.delivery.transport import read_reply
from storage.outbox import Kind

METHOD = SendMessage(chat_id=1, text="x")
NGINX_502 = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


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


def test_the_table_covers_every_fault_and_guarantee() -> None:
    assert set(DECISIONS) == set(Fault)
    assert all(set(row) == set(Guarantee) for row in DECISIONS.values())


def test_429_waits_retry_after() -> None:
    failed = classify(TelegramRetryAfter(METHOD, "Too Many Requests", 7))
    assert (failed.fault, failed.retry_after) == (Fault.RATE_LIMITED, 7.0)
    assert all(decide(failed.fault, kind) is Action.WAIT for kind in Kind)


def test_a_502_with_an_html_body_is_a_server_fault_retried_for_every_kind() -> None:
    failed = read_reply(502, NGINX_502)
    assert failed.fault is Fault.SERVER  # type: ignore[union-attr]
    assert all(decide(Fault.SERVER, kind) is Action.RETRY for kind in Kind)
    for status in (503, 504):
        assert read_reply(status, b"<html>busy</html>").fault is Fault.SERVER  # type: ignore[union-attr]
    # aiogram's own path cannot see the status; a body that is not JSON is a gateway's page.
    decode = ClientDecodeError("Failed to decode object", ValueError("x"), NGINX_502.decode())
    assert classify(decode).fault is Fault.SERVER


def test_a_reply_that_cannot_be_read_after_a_2xx_is_a_doubt_not_a_retry() -> None:
    assert read_reply(200, b"garbage").fault is Fault.AMBIGUOUS  # type: ignore[union-attr]


def test_could_not_connect_or_write_is_not_sent_a_reset_or_timeout_after_writing_is_a_doubt() -> (
    None
):
    refused = _connector_error()
    not_written = ClientOSError(32, "Can not write request body for http://127.0.0.1/x")
    timeout = TelegramNetworkError(METHOD, "Request timeout error")
    timeout.__cause__ = TimeoutError()
    reset = ServerDisconnectedError()
    assert never_left(refused)
    assert never_left(not_written)
    assert not never_left(timeout)
    assert not never_left(reset)
    assert classify(refused).fault is Fault.NOT_SENT
    assert network_fault(not_written).fault is Fault.NOT_SENT
    assert classify(timeout).fault is Fault.AMBIGUOUS
    assert network_fault(reset).fault is Fault.AMBIGUOUS
    assert network_fault(reset).reason.startswith(DOUBT)


def test_a_doubt_per_kind_post_unknown_edit_retried_card_resent_once_more() -> None:
    assert decide(Fault.AMBIGUOUS, Kind.POST) is Action.UNKNOWN
    assert decide(Fault.AMBIGUOUS, Kind.EDIT) is Action.RETRY
    assert decide(Fault.AMBIGUOUS, Kind.CARD) is Action.RESEND
    assert decide(Fault.AMBIGUOUS, Kind.PREVIEW) is Action.RESEND
    # A second doubt in a row: the card may have arrived twice already; stop and tell.
    assert decide(Fault.AMBIGUOUS, Kind.CARD, last_error=DOUBT + "reset") is Action.UNKNOWN
    assert decide(Fault.AMBIGUOUS, Kind.CARD, last_error="Internal Server Error") is (Action.RESEND)
    assert decide(Fault.NOT_SENT, Kind.POST) is Action.RETRY


@pytest.mark.parametrize(
    ("exc", "kind", "action"),
    [
        (TelegramServerError(METHOD, "Internal Server Error"), Kind.POST, Action.RETRY),
        (TelegramForbiddenError(METHOD, "Forbidden: bot was blocked"), Kind.CARD, Action.BLOCK),
        (TelegramForbiddenError(METHOD, "Forbidden: bot was blocked"), Kind.DIGEST, Action.BLOCK),
        (TelegramForbiddenError(METHOD, "Forbidden: not an admin"), Kind.POST, Action.FAIL),
        (TelegramForbiddenError(METHOD, "Forbidden: bot was blocked"), Kind.PREVIEW, Action.FAIL),
        (TelegramBadRequest(METHOD, "Bad Request: chat not found"), Kind.CARD, Action.FAIL),
        (
            TelegramBadRequest(METHOD, "Bad Request: message is not modified"),
            Kind.EDIT,
            Action.SENT,
        ),
        (ValueError("bug"), Kind.POST, Action.UNKNOWN),
    ],
)
def test_api_errors(exc: Exception, kind: Kind, action: Action) -> None:
    assert decide(classify(exc).fault, kind) is action
