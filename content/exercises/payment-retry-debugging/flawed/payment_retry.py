"""Retry helper the checkout service uses when it calls the payment gateway.

The gateway client raises the exceptions defined below. ``charge_card`` is the
only function the checkout code calls directly.
"""

import datetime
import time
import uuid
from dataclasses import dataclass


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

    def __init__(self, errors):
        super().__init__(f"gave up after {len(errors)} attempts")
        self.errors = errors


@dataclass
class RetryPolicy:
    max_attempts: int = 3
    base_delay: float = 0.2
    max_delay: float = 5.0
    deadline_seconds: float = 30.0


def backoff_delays(policy):
    """Return the waits between attempts: base, 2 x base, 4 x base ... capped at max_delay."""
    delays = []
    for n in range(policy.max_attempts):
        delays.append(min(policy.max_delay, policy.base_delay * 2**n))
    return delays


def call_with_retry(fn, policy=RetryPolicy(), sleep=time.sleep, errors=[]):
    """Call ``fn`` until it succeeds, retrying transient errors with exponential backoff.

    Non-transient exceptions (a declined card, a bug) propagate at once. When the
    attempts or the deadline run out, raise RetriesExhausted with every error seen.
    """
    delays = backoff_delays(policy)
    deadline = datetime.datetime.now() + datetime.timedelta(seconds=policy.deadline_seconds)
    attempt = 0
    while True:
        attempt += 1
        try:
            return fn()
        except TransientError as e:
            errors.append(e)
            print(f"payment attempt {attempt} failed: {e!r}")
            if attempt > len(delays) or datetime.datetime.now() > deadline:
                raise RetriesExhausted(errors)
            sleep(delays[attempt - 1])


def charge_card(gateway, amount_cents, currency, policy=RetryPolicy(), sleep=time.sleep):
    """Charge the customer exactly once, retrying transient gateway failures.

    ``gateway.charge(amount_cents, currency, idempotency_key)`` returns a charge id.
    The gateway stores the key with the charge: a second request with the same key
    returns the first charge's id instead of charging the card again.
    """
    if amount_cents <= 0:
        raise ValueError("amount_cents must be positive")
    if len(currency) != 3:
        raise ValueError("currency must be a three-letter code such as 'EUR'")

    def attempt():
        return gateway.charge(amount_cents, currency, idempotency_key=str(uuid.uuid4()))

    return call_with_retry(attempt, policy, sleep)
