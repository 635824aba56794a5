"""Command line: python -m trainer --data DATA_DIR --config CONFIG.json --out OUT_DIR"""

from __future__ import annotations

import argparse
from pathlib import Path

from trainer.train import train


def main() -> int:
    parser = argparse.ArgumentParser(prog="trainer", description="Train the churn classifier.")
    parser.add_argument("--data", type=Path, required=True, help="folder of CSV files")
    parser.add_argument("--config", type=Path, required=True, help="JSON training settings")
    parser.add_argument("--out", type=Path, required=True, help="folder for model.json")
    args = parser.parse_args()
    accuracy = train(args.data, args.config, args.out)
    print(f"test accuracy: {accuracy:.3f}")
    return 0


raise SystemExit(main())
