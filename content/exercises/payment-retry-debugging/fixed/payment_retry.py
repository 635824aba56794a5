"""Retry helper the checkout service uses when it calls the payment gateway.

The gateway client raises the exceptions defined below. ``charge_card`` is the
only function the checkout code calls directly.

Reference fix. Compared with the flawed version:
- the idempotency key is created once per charge, not once per attempt (the core defect);
- each call collects its own list of errors instead of sharing a default list (extension A);
- the backoff schedule has one wait fewer than there are attempts (extension B);
- the deadline uses an injectable monotonic clock, the policy is immutable, and
  attempts are logged through ``logging`` with the idempotency key (smells).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

T = TypeVar("T")

log = logging.getLogger(__name__)


class TransientError(Exception):
    """The gateway could not handle the request right now; another attempt may work."""


class GatewayTimeout(TransientError):
    """No answer in time. The gateway may or may not have processed the request."""


class GatewayUnavailable(TransientError):
    """The connection was refused, so the gateway never saw the request."""


class PaymentDeclined(Exception):
    """The card was declined. Trying again will not change the answer."""


class RetriesExhausted(Exception):
    """Every attempt failed with a transient error."""

    def __init__(self, errors: list[TransientError]) -> None:
        super().__init__(f"gave up after {len(errors)} attempts")
        self.errors = errors


class Gateway(Protocol):
    def charge(self, amount_cents: int, currency: str, idempotency_key: str) -> str: ...


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 3
    base_delay: float = 0.2
    max_delay: float = 5.0
    deadline_seconds: float = 30.0

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")


DEFAULT_POLICY = RetryPolicy()


def backoff_delays(policy: RetryPolicy) -> list[float]:
    """Return the waits between attempts: base, 2 x base, 4 x base ... capped at max_delay.

    There is one wait fewer than there are attempts: nobody waits after the last one.
    """
    return [min(policy.max_delay, policy.base_delay * 2**n) for n in range(policy.max_attempts - 1)]


def call_with_retry(
    fn: Callable[[], T],
    policy: RetryPolicy = DEFAULT_POLICY,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    label: str = "",
) -> T:
    """Call ``fn`` until it succeeds, retrying transient errors with exponential backoff.

    Non-transient exceptions (a declined card, a bug) propagate at once. When the
    attempts or the deadline run out, raise RetriesExhausted with every error seen.
    """
    delays = backoff_delays(policy)
    deadline = clock() + policy.deadline_seconds
    errors: list[TransientError] = []
    for attempt in range(1, policy.max_attempts + 1):
        try:
            return fn()
        except TransientError as exc:
            errors.append(exc)
            log.warning("payment attempt %d failed %s: %r", attempt, label, exc)
            if attempt == policy.max_attempts:
                break
            delay = delays[attempt - 1]
            if clock() + delay > deadline:
                break
            sleep(delay)
    raise RetriesExhausted(errors) from errors[-1]


def charge_card(
    gateway: Gateway,
    amount_cents: int,
    currency: str,
    policy: RetryPolicy = DEFAULT_POLICY,
    sleep: Callable[[float], None] = time.sleep,
    *,
    idempotency_key: str | None = None,
) -> str:
    """Charge the customer exactly once, retrying transient gateway failures.

    ``gateway.charge(amount_cents, currency, idempotency_key)`` returns a charge id.
    The gateway stores the key with the charge: a second request with the same key
    returns the first charge's id instead of charging the card again. Callers should
    pass a key derived from the order, so that a retry of the whole checkout request
    is deduplicated too; without one, a key is made once for this call.
    """
    if amount_cents <= 0:
        raise ValueError("amount_cents must be positive")
    if len(currency) != 3:
        raise ValueError("currency must be a three-letter code such as 'EUR'")
    key = idempotency_key or str(uuid.uuid4())

    def attempt() -> str:
        return gateway.charge(amount_cents, currency, idempotency_key=key)

    return call_with_retry(attempt, policy, sleep, label=f"key={key}")
