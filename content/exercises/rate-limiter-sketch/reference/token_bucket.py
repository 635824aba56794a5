"""A small in-process token bucket rate limiter. Reference for the rate limiter sketch.

A bucket holds up to ``capacity`` tokens and gains ``rate`` tokens per second,
starting full. Each request takes ``cost`` tokens (usually 1); when there are not
enough, the request is refused and the caller learns how long to wait. Capacity
sets the largest burst; rate sets the long-run average.

This is the single-process building block only. Across several service instances
the state has to live in a shared store (see strong-design.md), but the
arithmetic stays the same.

The clock is injected so tests can control time; the default is a monotonic
clock, which never jumps when the wall clock is adjusted.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

Clock = Callable[[], float]

# Refill arithmetic is in floating point, so a whole token may land a hair below 1.0
# ((0.3 - 0.2) * 10 is 0.9999999999999998).
# Without a tolerance a request could be refused for lack of 0.0000000001 tokens.
_EPSILON = 1e-9


@dataclass(frozen=True)
class Decision:
    """The outcome of one request, with what an HTTP layer needs for its headers."""

    allowed: bool
    #: Whole tokens left after this decision (for a RateLimit-Remaining style header).
    remaining: int
    #: Seconds until a request of the same cost could succeed; 0.0 when allowed.
    retry_after: float


class TokenBucket:
    def __init__(self, capacity: float, rate: float, clock: Clock = time.monotonic) -> None:
        if not (math.isfinite(capacity) and capacity > 0):
            raise ValueError("capacity must be a positive finite number")
        if not (math.isfinite(rate) and rate > 0):
            raise ValueError("rate must be a positive finite number of tokens per second")
        self.capacity = capacity
        self.rate = rate
        self._clock = clock
        self._tokens = capacity
        self._updated = clock()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = self._clock()
        # An injected clock may go backwards; never let that remove or add tokens.
        elapsed = max(0.0, now - self._updated)
        self._tokens = min(self.capacity, self._tokens + elapsed * self.rate)
        self._updated = max(now, self._updated)

    def try_acquire(self, cost: float = 1.0) -> Decision:
        """Take ``cost`` tokens if they are available. Never blocks."""
        if not (math.isfinite(cost) and cost > 0):
            raise ValueError("cost must be a positive finite number")
        if cost > self.capacity:
            raise ValueError(f"cost {cost} can never fit in a bucket of capacity {self.capacity}")
        with self._lock:
            self._refill()
            if self._tokens + _EPSILON >= cost:
                self._tokens = max(0.0, self._tokens - cost)
                return Decision(True, self._whole_tokens(), 0.0)
            wait = (cost - self._tokens) / self.rate
            return Decision(False, self._whole_tokens(), wait)

    def is_full(self) -> bool:
        with self._lock:
            self._refill()
            return self._tokens + _EPSILON >= self.capacity

    def _whole_tokens(self) -> int:
        return math.floor(self._tokens + _EPSILON)


class KeyedRateLimiter:
    """One bucket per key (for example per API key), with a bound on how many it keeps.

    When more than ``max_keys`` keys are tracked, the least recently used bucket is
    dropped. A dropped key starts again with a full bucket, which forgives any debt
    it had: lenient, but memory stays bounded. Buckets that are already full can be
    dropped at no cost, because a new bucket would be identical.
    """

    def __init__(
        self,
        capacity: float,
        rate: float,
        clock: Clock = time.monotonic,
        max_keys: int = 100_000,
    ) -> None:
        if max_keys < 1:
            raise ValueError("max_keys must be at least 1")
        # Build one bucket now so invalid settings fail at construction time.
        TokenBucket(capacity, rate, clock)
        self.capacity = capacity
        self.rate = rate
        self.max_keys = max_keys
        self._clock = clock
        self._buckets: OrderedDict[Hashable, TokenBucket] = OrderedDict()
        self._lock = threading.Lock()

    def try_acquire(self, key: Hashable, cost: float = 1.0) -> Decision:
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = TokenBucket(self.capacity, self.rate, self._clock)
                self._buckets[key] = bucket
                while len(self._buckets) > self.max_keys:
                    self._buckets.popitem(last=False)
            else:
                self._buckets.move_to_end(key)
        return bucket.try_acquire(cost)

    def drop_full_buckets(self) -> int:
        """Forget keys whose bucket has refilled completely; return how many were dropped."""
        with self._lock:
            full = [key for key, bucket in self._buckets.items() if bucket.is_full()]
            for key in full:
                del self._buckets[key]
        return len(full)

    def __len__(self) -> int:
        with self._lock:
            return len(self._buckets)
