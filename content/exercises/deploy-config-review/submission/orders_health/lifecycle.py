"""Health checks and graceful shutdown for orders-api.

The HTTP server calls ``liveness`` and ``readiness`` for the probe endpoints and wraps every
other request in ``request()``, so that shutdown can wait for requests in progress.
"""

from __future__ import annotations

import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Check = Callable[[], None]


class Lifecycle:
    def __init__(
        self,
        checks: dict[str, Check] | None = None,
        drain_seconds: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.checks = checks or {}
        self.drain_seconds = drain_seconds
        self.clock = clock
        self.sleep = sleep
        self.in_flight = 0
        self.stopping = False

    @contextmanager
    def request(self) -> Iterator[None]:
        self.in_flight += 1
        try:
            yield
        finally:
            self.in_flight -= 1

    def run_checks(self) -> dict[str, str]:
        results = {}
        for name, check in self.checks.items():
            try:
                check()
                results[name] = "ok"
            except Exception as exc:
                results[name] = f"failed: {exc}"
        return results

    def readiness(self) -> tuple[int, dict[str, str]]:
        results = self.run_checks()
        healthy = all(value == "ok" for value in results.values())
        return (200 if healthy else 503), results

    def liveness(self) -> tuple[int, dict[str, str]]:
        return self.readiness()

    def drain(self) -> bool:
        while self.in_flight > 0:
            self.sleep(0.1)
        return True

    def handle_sigterm(self, signum: int, frame: object) -> None:
        print("SIGTERM received, shutting down")
        self.stopping = True
        sys.exit(0)

    def install(self) -> None:
        signal.signal(signal.SIGTERM, self.handle_sigterm)
