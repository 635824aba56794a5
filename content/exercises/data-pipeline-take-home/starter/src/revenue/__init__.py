"""Daily order revenue per UTC day and country, in euros, from order events and exchange rates."""

__version__ = "0.1.0"
