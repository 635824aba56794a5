"""Command-line entry point for the revenue pipeline.

Run it from the ``starter`` folder without installing anything::

    PYTHONPATH=src python3 -m revenue --orders data/orders.csv --rates data/fx_rates.csv \
        --db out.sqlite --rejects rejects.csv

The argument parsing is done. The pipeline itself is in ``pipeline.py`` and is yours to write.
Keep this module thin: arguments in, exit status out (0 when the table was written, even if
some rows were rejected; 1 when the input cannot be processed at all).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from revenue.pipeline import run


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="revenue",
        description="Write revenue in euros per UTC day and country into a SQLite table.",
    )
    parser.add_argument("--orders", type=Path, required=True, help="order events CSV (UTF-8)")
    parser.add_argument("--rates", type=Path, required=True, help="daily exchange rates CSV")
    parser.add_argument("--db", type=Path, required=True, help="SQLite database to write")
    parser.add_argument(
        "--rejects",
        type=Path,
        default=Path("rejects.csv"),
        help="where to write rows that could not be used (default: rejects.csv)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run(args.orders, args.rates, args.db, args.rejects)
    return 0
