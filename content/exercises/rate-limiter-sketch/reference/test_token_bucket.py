"""Tests for token_bucket. Run from this folder: python3 -m unittest

Time is a fake clock that only moves when a test advances it, so nothing sleeps.
"""

import threading
import unittest

from token_bucket import Decision, KeyedRateLimiter, TokenBucket


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class TokenBucketTest(unittest.TestCase):
    def setUp(self) -> None:
        self.clock = FakeClock()
        # Bursts of up to 5 requests, 2 requests per second on average.
        self.bucket = TokenBucket(capacity=5, rate=2, clock=self.clock)

    def test_starts_full_and_allows_a_burst_of_capacity(self) -> None:
        decisions = [self.bucket.try_acquire() for _ in range(5)]
        self.assertTrue(all(d.allowed for d in decisions))
        self.assertEqual([d.remaining for d in decisions], [4, 3, 2, 1, 0])

    def test_refuses_when_empty_and_says_how_long_to_wait(self) -> None:
        for _ in range(5):
            self.bucket.try_acquire()
        decision = self.bucket.try_acquire()
        self.assertFalse(decision.allowed)
        self.assertEqual(decision.remaining, 0)
        self.assertAlmostEqual(decision.retry_after, 0.5)

    def test_waiting_retry_after_is_enough(self) -> None:
        for _ in range(5):
            self.bucket.try_acquire()
        refused = self.bucket.try_acquire()
        self.clock.advance(refused.retry_after)
        self.assertTrue(self.bucket.try_acquire().allowed)

    def test_refills_at_the_configured_rate(self) -> None:
        for _ in range(5):
            self.bucket.try_acquire()
        self.clock.advance(1.0)  # two tokens at 2 per second
        self.assertTrue(self.bucket.try_acquire().allowed)
        self.assertTrue(self.bucket.try_acquire().allowed)
        self.assertFalse(self.bucket.try_acquire().allowed)

    def test_never_holds_more_than_capacity(self) -> None:
        self.clock.advance(3600)
        allowed = sum(self.bucket.try_acquire().allowed for _ in range(10))
        self.assertEqual(allowed, 5)

    def test_a_refused_request_costs_nothing(self) -> None:
        for _ in range(5):
            self.bucket.try_acquire()
        for _ in range(100):
            self.bucket.try_acquire()
        self.clock.advance(0.5)
        self.assertTrue(self.bucket.try_acquire().allowed)

    def test_cost_above_one(self) -> None:
        self.assertTrue(self.bucket.try_acquire(cost=4).allowed)
        decision = self.bucket.try_acquire(cost=2)
        self.assertFalse(decision.allowed)
        self.assertAlmostEqual(decision.retry_after, 0.5)

    def test_fractional_rates_do_not_lose_tokens_to_rounding(self) -> None:
        # Ten refills of 0.1 tokens add up to 0.9999999999999999 in floating point.
        bucket = TokenBucket(capacity=1, rate=0.1, clock=self.clock)
        self.assertTrue(bucket.try_acquire().allowed)
        for _ in range(9):
            self.clock.advance(1.0)
            self.assertFalse(bucket.try_acquire().allowed)
        self.clock.advance(1.0)
        self.assertTrue(bucket.try_acquire().allowed)

    def test_clock_going_backwards_neither_adds_nor_removes_tokens(self) -> None:
        for _ in range(5):
            self.bucket.try_acquire()
        self.clock.advance(-60)
        self.assertFalse(self.bucket.try_acquire().allowed)
        self.clock.advance(60.5)  # back to where we were, plus half a second
        self.assertTrue(self.bucket.try_acquire().allowed)

    def test_invalid_settings_are_refused(self) -> None:
        for capacity, rate in [(0, 1), (-1, 1), (1, 0), (1, -2), (float("inf"), 1), (1, float("nan"))]:
            with self.subTest(capacity=capacity, rate=rate), self.assertRaises(ValueError):
                TokenBucket(capacity, rate, clock=self.clock)

    def test_invalid_costs_are_refused(self) -> None:
        for cost in (0, -1, 6, float("nan")):
            with self.subTest(cost=cost), self.assertRaises(ValueError):
                self.bucket.try_acquire(cost)

    def test_decision_is_a_plain_value(self) -> None:
        self.assertEqual(self.bucket.try_acquire(), Decision(allowed=True, remaining=4, retry_after=0.0))

    def test_concurrent_callers_never_get_more_than_capacity(self) -> None:
        bucket = TokenBucket(capacity=500, rate=0.001, clock=self.clock)
        allowed: list[bool] = []
        lock = threading.Lock()

        def worker() -> None:
            results = [bucket.try_acquire().allowed for _ in range(100)]
            with lock:
                allowed.extend(results)

        threads = [threading.Thread(target=worker) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(sum(allowed), 500)


class KeyedRateLimiterTest(unittest.TestCase):
    def setUp(self) -> None:
        self.clock = FakeClock()

    def test_keys_have_separate_buckets(self) -> None:
        limiter = KeyedRateLimiter(capacity=2, rate=1, clock=self.clock)
        self.assertTrue(limiter.try_acquire("alice").allowed)
        self.assertTrue(limiter.try_acquire("alice").allowed)
        self.assertFalse(limiter.try_acquire("alice").allowed)
        self.assertTrue(limiter.try_acquire("bob").allowed)

    def test_number_of_tracked_keys_is_bounded(self) -> None:
        limiter = KeyedRateLimiter(capacity=2, rate=1, clock=self.clock, max_keys=3)
        for key in ("a", "b", "c", "d"):
            limiter.try_acquire(key)
        self.assertEqual(len(limiter), 3)

    def test_least_recently_used_key_is_dropped_first(self) -> None:
        limiter = KeyedRateLimiter(capacity=1, rate=0.001, clock=self.clock, max_keys=2)
        limiter.try_acquire("a")
        limiter.try_acquire("b")
        self.assertFalse(limiter.try_acquire("a").allowed)  # "a" is now the most recent
        limiter.try_acquire("c")  # evicts "b"
        self.assertFalse(limiter.try_acquire("a").allowed)  # "a" kept its empty bucket
        self.assertTrue(limiter.try_acquire("b").allowed)  # "b" starts again, full

    def test_full_buckets_can_be_dropped_without_changing_behaviour(self) -> None:
        limiter = KeyedRateLimiter(capacity=2, rate=1, clock=self.clock)
        limiter.try_acquire("idle")
        limiter.try_acquire("busy")
        limiter.try_acquire("busy")
        self.clock.advance(1.0)  # "idle" is full again, "busy" has 1 of 2
        self.assertEqual(limiter.drop_full_buckets(), 1)
        self.assertEqual(len(limiter), 1)

    def test_invalid_settings_are_refused_up_front(self) -> None:
        with self.assertRaises(ValueError):
            KeyedRateLimiter(capacity=0, rate=1, clock=self.clock)
        with self.assertRaises(ValueError):
            KeyedRateLimiter(capacity=1, rate=1, clock=self.clock, max_keys=0)


if __name__ == "__main__":
    unittest.main()
