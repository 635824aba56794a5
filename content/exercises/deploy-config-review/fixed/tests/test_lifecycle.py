"""Tests for the health checks and the shutdown sequence. Run from the fixed folder:

    python3 -m unittest discover -s tests -v

Time is a fake clock and sleeping advances it, so the drain timeout is tested in microseconds.
"""

import threading
import unittest

from orders_health import Lifecycle


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def database_down() -> None:
    raise ConnectionError("connection to postgresql://orders:secret@orders-db failed")


class Probes(unittest.TestCase):
    def test_ready_when_checks_pass(self) -> None:
        self.assertEqual(Lifecycle({"database": lambda: None}).readiness()[0], 200)

    def test_dependency_down_fails_readiness_but_not_liveness(self) -> None:
        lifecycle = Lifecycle({"database": database_down})
        status, body = lifecycle.readiness()
        self.assertEqual((status, body["failed"]), (503, ["database"]))
        self.assertNotIn("secret", str(body))
        self.assertEqual(lifecycle.liveness()[0], 200)

    def test_sigterm_fails_readiness_at_once_and_does_not_exit(self) -> None:
        lifecycle = Lifecycle({"database": lambda: None})
        lifecycle.handle_sigterm(15, None)
        self.assertEqual(lifecycle.readiness(), (503, {"status": "stopping"}))
        self.assertEqual(lifecycle.liveness()[0], 200)
        self.assertTrue(lifecycle.wait_for_stop(timeout=0))


class Drain(unittest.TestCase):
    def setUp(self) -> None:
        self.time = FakeTime()
        self.lifecycle = Lifecycle(drain_seconds=20, clock=self.time.clock, sleep=self.time.sleep)

    def test_returns_at_once_when_idle(self) -> None:
        self.assertTrue(self.lifecycle.drain())
        self.assertEqual(self.time.now, 0.0)

    def test_waits_for_requests_in_progress(self) -> None:
        request = self.lifecycle.request()
        request.__enter__()
        finish_at = 3.0

        def sleep(seconds: float) -> None:
            self.time.now += seconds
            if self.time.now >= finish_at and self.lifecycle.in_flight:
                request.__exit__(None, None, None)

        self.lifecycle.sleep = sleep
        self.assertTrue(self.lifecycle.drain())
        self.assertGreaterEqual(self.time.now, finish_at)

    def test_gives_up_after_the_drain_timeout(self) -> None:
        with self.lifecycle.request():
            self.assertFalse(self.lifecycle.drain())
        self.assertGreaterEqual(self.time.now, 20)
        self.assertLess(self.time.now, 21)


class Counting(unittest.TestCase):
    def test_in_flight_count_is_exact_under_threads(self) -> None:
        lifecycle = Lifecycle()
        barrier = threading.Barrier(8)

        def work() -> None:
            barrier.wait()
            for _ in range(2000):
                with lifecycle.request():
                    pass

        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(lifecycle.in_flight, 0)


if __name__ == "__main__":
    unittest.main()
