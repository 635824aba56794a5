"""Command-line entry point for order-export.

Usage (once installed with ``pip install -e ".[dev]"``)::

    order-export data/orders-sample.csv --output report.json

or, without installing, from the ``starter`` folder::

    PYTHONPATH=src python -m order_export.cli data/orders-sample.csv --output report.json

What to implement (the full rules are in the brief you were given):

1. Read the CSV file named on the command line. It is UTF-8 and starts with a
   header row naming the columns ``order_id, customer_id, created_at, kind,
   amount, currency``.
2. Validate every data row. A row that breaks any rule is rejected, with its
   line number, its order_id (if any) and every reason it was rejected.
3. For the accepted rows, add up net revenue (sales minus refunds) per
   customer, per calendar day in UTC, and per currency.
4. Write the report as JSON to the path given with ``--output``.
5. Return the process exit status: 0 when the report was written (even if some
   rows were rejected), 1 when the input cannot be processed at all.

Feel free to add modules next to this one (for example ``parsing.py`` and
``report.py``); keep this file as the thin layer that handles arguments and
exit codes.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="order-export",
        description="Aggregate net revenue per customer, UTC day and currency from an orders CSV.",
    )
    parser.add_argument("input", type=Path, help="orders CSV file (UTF-8)")
    parser.add_argument(
        "--output", "-o", type=Path, required=True, help="where to write the JSON report"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the export and return the exit status. Replace the body with your implementation."""
    args = build_parser().parse_args(argv)
    raise NotImplementedError(f"export {args.input} to {args.output}: not written yet")


if __name__ == "__main__":
    raise SystemExit(main())
