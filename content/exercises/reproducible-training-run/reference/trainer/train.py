"""Training, with every source of variation either removed or driven by the config's seed.

What used to make two runs differ, and what replaced it:

- files in directory order            -> sorted by name
- feature names collected in a set    -> sorted names (set order of strings changes per process)
- class labels numbered from a set    -> the positive label named in the config
- split by the built-in hash()        -> a SHA-256 of the customer id (hash() of a str is
                                         randomised per process unless PYTHONHASHSEED is set)
- the global random module, unseeded  -> one random.Random(seed), passed to what needs it
- a timestamp inside model.json       -> timestamps live in run.json only
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ID = "customer_id"
LABEL = "churned"
DEFAULTS: dict[str, Any] = {"epochs": 30, "learning_rate": 0.05, "test_share": 0.25, "positive_label": "yes"}


class TrainingError(Exception):
    """The inputs cannot be trained on: no data, a missing seed, mismatched columns."""


@dataclass(frozen=True)
class Dataset:
    files: list[Path]  # in the order read
    features: list[str]
    rows: list[dict[str, str]]


def load_config(path: Path) -> dict[str, Any]:
    config = {**DEFAULTS, **json.loads(path.read_text(encoding="utf-8"))}
    if not isinstance(config.get("seed"), int):
        raise TrainingError(f"{path}: 'seed' must be an integer; a run without one cannot be repeated")
    return config


def load_data(data_dir: Path) -> Dataset:
    files = sorted(data_dir.glob("*.csv"), key=lambda p: p.name)
    if not files:
        raise TrainingError(f"no CSV files in {data_dir}")
    rows: list[dict[str, str]] = []
    columns: list[str] | None = None
    for path in files:
        with path.open(newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            these = sorted(reader.fieldnames or [])
            if columns is None:
                columns = these
            elif these != columns:
                raise TrainingError(f"{path.name} has columns {these}, expected {columns}")
            rows.extend(reader)
    features = [name for name in columns or [] if name not in (ID, LABEL)]
    return Dataset(files, features, rows)


def in_test_set(customer_id: str, test_share: float) -> bool:
    """A stable split: the same customer is in the same set in every run and as data grows."""
    digest = hashlib.sha256(customer_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % 10_000 < round(test_share * 10_000)


def standardiser(rows: list[dict[str, str]], features: list[str]) -> tuple[list[float], list[float]]:
    means, stds = [], []
    for name in features:
        values = [float(row[name]) for row in rows]
        mean = math.fsum(values) / len(values)
        std = math.sqrt(math.fsum((v - mean) ** 2 for v in values) / len(values)) or 1.0
        means.append(mean)
        stds.append(std)
    return means, stds


def vectors(rows, features, means, stds) -> list[list[float]]:  # type: ignore[no-untyped-def]
    return [[(float(row[n]) - m) / s for n, m, s in zip(features, means, stds)] for row in rows]


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def fit(
    xs: list[list[float]], ys: list[int], epochs: int, lr: float, rng: random.Random
) -> tuple[list[float], float]:
    """Stochastic gradient descent; every random choice comes from ``rng``."""
    weights = [rng.gauss(0.0, 0.01) for _ in xs[0]]
    bias = 0.0
    order = list(range(len(xs)))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            g = sigmoid(bias + sum(w * x for w, x in zip(weights, xs[i]))) - ys[i]
            weights = [w - lr * g * x for w, x in zip(weights, xs[i])]
            bias -= lr * g
    return weights, bias


def train(data: Dataset, config: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return (model, metrics). Same data and config in, same model and metrics out."""
    positive = config["positive_label"]
    train_rows = [r for r in data.rows if not in_test_set(r[ID], config["test_share"])]
    test_rows = [r for r in data.rows if in_test_set(r[ID], config["test_share"])]
    if not train_rows or not test_rows:
        raise TrainingError("the split left the training or the test set empty")

    means, stds = standardiser(train_rows, data.features)
    rng = random.Random(config["seed"])
    weights, bias = fit(
        vectors(train_rows, data.features, means, stds),
        [int(r[LABEL] == positive) for r in train_rows],
        config["epochs"],
        config["learning_rate"],
        rng,
    )

    correct, losses = 0, []
    for x, row in zip(vectors(test_rows, data.features, means, stds), test_rows):
        p = sigmoid(bias + sum(w * v for w, v in zip(weights, x)))
        y = row[LABEL] == positive
        correct += (p >= 0.5) == y
        p = min(max(p, 1e-12), 1 - 1e-12)
        losses.append(-math.log(p if y else 1 - p))
    model = {
        "features": data.features,
        "positive_label": positive,
        "means": means,
        "stds": stds,
        "weights": weights,
        "bias": bias,
    }
    metrics = {
        "accuracy": correct / len(test_rows),
        "log_loss": math.fsum(losses) / len(losses),
        "train_rows": len(train_rows),
        "test_rows": len(test_rows),
    }
    return model, metrics
