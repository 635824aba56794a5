"""Tests for payment_retry. Run: python3 -m unittest test_payment_retry.py

They use a fake gateway and a fake sleep, so they take no real time.
"""

import logging
import unittest

from payment_retry import (
    GatewayTimeout,
    GatewayUnavailable,
    PaymentDeclined,
    RetriesExhausted,
    RetryPolicy,
    backoff_delays,
    call_with_retry,
    charge_card,
)


class FakeSleep:
    """Records the waits instead of sleeping."""

    def __init__(self):
        self.waits = []

    def __call__(self, seconds):
        self.waits.append(seconds)


class FakeGateway:
    """Behaves like a real gateway: charges are stored by idempotency key.

    ``script`` lists what each call does, in order:
      "ok"          charge (or find the existing charge) and answer
      "timeout"     charge (or find the existing charge), then lose the answer
      "unavailable" refuse the connection; nothing is charged
      "declined"    decline the card; nothing is charged
    After the script runs out, every call is "ok".
    """

    def __init__(self, *script):
        self.script = list(script)
        self.charges = {}
        self.calls = 0

    def charge(self, amount_cents, currency, idempotency_key):
        self.calls += 1
        outcome = self.script.pop(0) if self.script else "ok"
        if outcome == "unavailable":
            raise GatewayUnavailable("connection refused")
        if outcome == "declined":
            raise PaymentDeclined("insufficient funds")
        if idempotency_key not in self.charges:
            self.charges[idempotency_key] = (f"ch_{len(self.charges) + 1}", amount_cents, currency)
        if outcome == "timeout":
            raise GatewayTimeout("no answer within 10 s")
        return self.charges[idempotency_key][0]


# Keep the test output readable if the module logs its attempts.
logging.getLogger("payment_retry").addHandler(logging.NullHandler())

POLICY = RetryPolicy(max_attempts=3, base_delay=0.2, max_delay=5.0)


class HappyPathTest(unittest.TestCase):
    def test_first_attempt_succeeds_without_waiting(self):
        gateway, sleep = FakeGateway(), FakeSleep()
        self.assertEqual(charge_card(gateway, 1250, "EUR", POLICY, sleep), "ch_1")
        self.assertEqual(gateway.calls, 1)
        self.assertEqual(sleep.waits, [])

    def test_refused_connection_is_retried(self):
        gateway, sleep = FakeGateway("unavailable"), FakeSleep()
        self.assertEqual(charge_card(gateway, 1250, "EUR", POLICY, sleep), "ch_1")
        self.assertEqual(gateway.calls, 2)
        self.assertEqual(sleep.waits, [0.2])

    def test_declined_card_is_not_retried(self):
        gateway, sleep = FakeGateway("declined"), FakeSleep()
        with self.assertRaises(PaymentDeclined):
            charge_card(gateway, 1250, "EUR", POLICY, sleep)
        self.assertEqual(gateway.calls, 1)
        self.assertEqual(sleep.waits, [])


class DoubleChargeTest(unittest.TestCase):
    def test_timeout_then_retry_charges_the_card_once(self):
        # The gateway charged the card but the answer was lost; the retry must
        # be recognised as the same payment.
        gateway, sleep = FakeGateway("timeout", "ok"), FakeSleep()
        charge_id = charge_card(gateway, 1250, "EUR", POLICY, sleep)
        self.assertEqual(len(gateway.charges), 1, f"card charged {len(gateway.charges)} times")
        self.assertEqual(charge_id, "ch_1")


class AttemptLimitTest(unittest.TestCase):
    def test_gives_up_after_max_attempts(self):
        gateway, sleep = FakeGateway("unavailable", "unavailable", "unavailable", "unavailable"), FakeSleep()
        with self.assertRaises(RetriesExhausted):
            charge_card(gateway, 1250, "EUR", POLICY, sleep)
        self.assertEqual(gateway.calls, 3)

    def test_no_wait_after_the_last_attempt(self):
        gateway, sleep = FakeGateway("unavailable", "unavailable", "unavailable", "unavailable"), FakeSleep()
        with self.assertRaises(RetriesExhausted):
            charge_card(gateway, 1250, "EUR", POLICY, sleep)
        self.assertEqual(sleep.waits, [0.2, 0.4])

    def test_backoff_schedule_doubles_and_is_capped(self):
        policy = RetryPolicy(max_attempts=5, base_delay=1.0, max_delay=5.0)
        self.assertEqual(backoff_delays(policy), [1.0, 2.0, 4.0, 5.0])


class IsolationTest(unittest.TestCase):
    def test_each_call_reports_only_its_own_errors(self):
        def always_unavailable(label):
            def fn():
                raise GatewayUnavailable(label)

            return fn

        with self.assertRaises(RetriesExhausted) as first:
            call_with_retry(always_unavailable("first"), POLICY, FakeSleep())
        errors_in_first = len(first.exception.errors)

        with self.assertRaises(RetriesExhausted) as second:
            call_with_retry(always_unavailable("second"), POLICY, FakeSleep())

        self.assertEqual(len(second.exception.errors), errors_in_first)
        self.assertEqual({str(e) for e in second.exception.errors}, {"second"})


if __name__ == "__main__":
    unittest.main()
