"""Command line: python -m trainer --data DATA_DIR --config CONFIG.json --out OUT_DIR"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from trainer.record import run_and_record
from trainer.train import TrainingError


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="trainer", description="Train the churn classifier.")
    parser.add_argument("--data", type=Path, required=True, help="folder of CSV files")
    parser.add_argument("--config", type=Path, required=True, help="JSON training settings")
    parser.add_argument("--out", type=Path, required=True, help="folder for model.json and run.json")
    args = parser.parse_args(argv)
    try:
        record = run_and_record(args.data, args.config, args.out, command=sys.argv)
    except TrainingError as exc:
        print(f"trainer: {exc}", file=sys.stderr)
        return 1
    print(f"test accuracy: {record['metrics']['accuracy']:.3f}")
    return 0
