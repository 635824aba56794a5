"""A small churn classifier: logistic regression in plain Python."""

__version__ = "0.3.0"
