"""Command-line entry point: parses arguments, runs the pipeline, maps failures to exit codes."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from revenue.pipeline import InputError, run


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
    try:
        summary = run(args.orders, args.rates, args.db, args.rejects)
    except InputError as exc:
        print(f"revenue: {exc}", file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as exc:
        print(f"revenue: could not write the output: {exc}", file=sys.stderr)
        return 1
    print(f"revenue: {summary}", file=sys.stderr)
    return 0
