"""Turn an orders CSV into a JSON report of net revenue per customer, day and currency."""

__version__ = "0.1.0"
