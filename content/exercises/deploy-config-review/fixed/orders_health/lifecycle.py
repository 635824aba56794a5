"""Health checks and graceful shutdown for orders-api.

Liveness answers "is this process stuck?" and never looks at dependencies: a database outage
must take pods out of the load balancer, not restart all of them. Readiness answers "should
this pod get traffic?": it fails while a dependency is down and from the moment SIGTERM
arrives. Shutdown then waits for requests in progress, up to a limit that is shorter than
the pod's grace period.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

log = logging.getLogger(__name__)

Check = Callable[[], None]


class Lifecycle:
    def __init__(
        self,
        checks: dict[str, Check] | None = None,
        drain_seconds: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.checks = dict(checks or {})
        self.drain_seconds = drain_seconds
        self.clock = clock
        self.sleep = sleep
        self._lock = threading.Lock()
        self._in_flight = 0
        self._stopping = threading.Event()

    @property
    def in_flight(self) -> int:
        with self._lock:
            return self._in_flight

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    @contextmanager
    def request(self) -> Iterator[None]:
        # The server handles each request in its own thread: "+= 1" on a shared attribute is a
        # read, an add and a write, and two threads can interleave them.
        with self._lock:
            self._in_flight += 1
        try:
            yield
        finally:
            with self._lock:
                self._in_flight -= 1

    def liveness(self) -> tuple[int, dict[str, object]]:
        return 200, {"status": "alive"}

    def readiness(self) -> tuple[int, dict[str, object]]:
        if self.stopping:
            return 503, {"status": "stopping"}
        failed = [name for name, check in self.checks.items() if not self._passes(name, check)]
        if failed:
            # Names only: exception text can carry connection strings, and the probe endpoint
            # has no authentication. The details go to the log.
            return 503, {"status": "unavailable", "failed": failed}
        return 200, {"status": "ready"}

    def _passes(self, name: str, check: Check) -> bool:
        try:
            check()
        except Exception:
            log.warning("readiness check %r failed", name, exc_info=True)
            return False
        return True

    def handle_sigterm(self, signum: int, frame: object) -> None:
        """Only record the request to stop: the main thread does the slow part."""
        log.info("SIGTERM received: readiness now fails, draining requests")
        self._stopping.set()

    def wait_for_stop(self, timeout: float | None = None) -> bool:
        return self._stopping.wait(timeout)

    def drain(self) -> bool:
        """Wait for requests in progress; give up after ``drain_seconds``. True if all finished."""
        deadline = self.clock() + self.drain_seconds
        while self.in_flight > 0:
            if self.clock() >= deadline:
                log.warning("drain timed out with %d requests in progress", self.in_flight)
                return False
            self.sleep(0.05)
        return True

    def install(self) -> None:
        signal.signal(signal.SIGTERM, self.handle_sigterm)
