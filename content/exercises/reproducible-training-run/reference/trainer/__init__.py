"""A small churn classifier: logistic regression in plain Python, reproducible run to run."""

__version__ = "1.0.0"
