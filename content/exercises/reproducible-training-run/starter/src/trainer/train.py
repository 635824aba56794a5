"""Train the churn classifier on every CSV file in a data folder.

Each CSV file holds one month of customers: an id, four numeric features and whether the
customer churned ("yes" or "no"). The model is a logistic regression fitted with stochastic
gradient descent, in plain Python so that it runs anywhere.
"""

from __future__ import annotations

import csv
import json
import math
import os
import random
import time
from pathlib import Path

ID = "customer_id"
LABEL = "churned"


def load_rows(data_dir: Path) -> tuple[list[dict[str, str]], list[str]]:
    rows: list[dict[str, str]] = []
    features = set()
    for name in os.listdir(data_dir):
        if not name.endswith(".csv"):
            continue
        with open(os.path.join(data_dir, name), newline="") as f:
            reader = csv.DictReader(f)
            features.update(c for c in reader.fieldnames or [] if c not in (ID, LABEL))
            rows.extend(reader)
    return rows, list(features)


def split(rows: list[dict[str, str]], test_share: float) -> tuple[list, list]:
    """Split by customer id, so a customer is always in the same set."""
    train_rows, test_rows = [], []
    for row in rows:
        if hash(row[ID]) % 100 < test_share * 100:
            test_rows.append(row)
        else:
            train_rows.append(row)
    return train_rows, test_rows


def scaler(rows: list[dict[str, str]], features: list[str]) -> tuple[list[float], list[float]]:
    means, stds = [], []
    for name in features:
        values = [float(row[name]) for row in rows]
        mean = sum(values) / len(values)
        std = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values)) or 1.0
        means.append(mean)
        stds.append(std)
    return means, stds


def vectors(rows, features, means, stds) -> list[list[float]]:
    return [
        [(float(row[name]) - m) / s for name, m, s in zip(features, means, stds)] for row in rows
    ]


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def fit(xs: list[list[float]], ys: list[int], epochs: int, lr: float) -> tuple[list[float], float]:
    weights = [random.gauss(0.0, 0.01) for _ in xs[0]]
    bias = 0.0
    order = list(range(len(xs)))
    for _ in range(epochs):
        random.shuffle(order)
        for i in order:
            g = sigmoid(bias + sum(w * x for w, x in zip(weights, xs[i]))) - ys[i]
            weights = [w - lr * g * x for w, x in zip(weights, xs[i])]
            bias -= lr * g
    return weights, bias


def train(data_dir: Path, config_path: Path, out_dir: Path) -> float:
    config = json.loads(Path(config_path).read_text())
    rows, features = load_rows(data_dir)
    classes = {label: i for i, label in enumerate({row[LABEL] for row in rows})}
    train_rows, test_rows = split(rows, config["test_share"])

    means, stds = scaler(train_rows, features)
    weights, bias = fit(
        vectors(train_rows, features, means, stds),
        [classes[row[LABEL]] for row in train_rows],
        config["epochs"],
        config["learning_rate"],
    )

    correct = 0
    for x, row in zip(vectors(test_rows, features, means, stds), test_rows):
        predicted = sigmoid(bias + sum(w * v for w, v in zip(weights, x))) >= 0.5
        correct += predicted == bool(classes[row[LABEL]])
    accuracy = correct / len(test_rows)

    out_dir.mkdir(parents=True, exist_ok=True)
    model = {
        "features": features,
        "classes": classes,
        "means": means,
        "stds": stds,
        "weights": weights,
        "bias": bias,
        "trained_at": time.time(),
    }
    (out_dir / "model.json").write_text(json.dumps(model, indent=2))
    return accuracy
