"""Health checks and graceful shutdown for orders-api."""

from orders_health.lifecycle import Lifecycle

__all__ = ["Lifecycle"]
