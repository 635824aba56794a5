"""Daily order revenue per UTC day and country, in euros, from order events and exchange rates."""

__version__ = "1.0.0"
