"""Unit tests of the reference solution. Run from this folder: python3 -m unittest -v

The acceptance tests in ../acceptance/ check the same promises across processes; these check the
pieces in one process, quickly.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

from trainer.record import data_record
from trainer.train import DEFAULTS, TrainingError, in_test_set, load_config, load_data, train

DATA = Path(__file__).resolve().parent.parent / "starter" / "data"


class Split(unittest.TestCase):
    def test_split_does_not_depend_on_the_process_hash_seed(self) -> None:
        code = "from trainer.train import in_test_set; print([in_test_set(f'C{i}', 0.25) for i in range(50)])"
        outputs = {
            subprocess.run(
                [sys.executable, "-c", code],
                env={"PYTHONHASHSEED": seed, "PYTHONPATH": str(Path(__file__).resolve().parent),
                     "PYTHONDONTWRITEBYTECODE": "1"},
                capture_output=True, text=True, check=True,
            ).stdout
            for seed in ("1", "2", "3")
        }  # fmt: skip
        self.assertEqual(len(outputs), 1)

    def test_share_is_roughly_respected(self) -> None:
        in_test = sum(in_test_set(f"C{i}", 0.25) for i in range(4000))
        self.assertTrue(900 < in_test < 1100, in_test)


class Training(unittest.TestCase):
    def setUp(self) -> None:
        self.data = load_data(DATA)
        self.config = {**DEFAULTS, "seed": 13}

    def test_same_inputs_same_model_and_metrics(self) -> None:
        self.assertEqual(train(self.data, self.config), train(self.data, self.config))

    def test_the_seed_matters(self) -> None:
        model_13, _ = train(self.data, self.config)
        model_14, _ = train(self.data, {**self.config, "seed": 14})
        self.assertNotEqual(model_13["weights"], model_14["weights"])

    def test_features_are_sorted_and_files_read_in_name_order(self) -> None:
        self.assertEqual(self.data.features, sorted(self.data.features))
        self.assertEqual([p.name for p in self.data.files], sorted(p.name for p in self.data.files))

    def test_the_model_learns_something(self) -> None:
        _, metrics = train(self.data, self.config)
        self.assertGreater(metrics["accuracy"], 0.8)


class Inputs(unittest.TestCase):
    def setUp(self) -> None:
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.dir = Path(tmp.name)

    def test_a_config_without_a_seed_is_refused(self) -> None:
        path = self.dir / "config.json"
        path.write_text(json.dumps({"epochs": 3}), encoding="utf-8")
        with self.assertRaises(TrainingError):
            load_config(path)

    def test_files_with_different_columns_are_refused(self) -> None:
        (self.dir / "a.csv").write_text("customer_id,x,churned\nC1,1,yes\n", encoding="utf-8")
        (self.dir / "b.csv").write_text("customer_id,y,churned\nC2,1,no\n", encoding="utf-8")
        with self.assertRaises(TrainingError):
            load_data(self.dir)

    def test_data_hash_covers_names_and_content(self) -> None:
        a = self.dir / "a.csv"
        a.write_text("x\n1\n", encoding="utf-8")
        first = data_record([a], [1])["sha256"]
        a.write_text("x\n2\n", encoding="utf-8")
        self.assertNotEqual(data_record([a], [1])["sha256"], first)
        renamed = a.rename(self.dir / "b.csv")
        renamed.write_text("x\n1\n", encoding="utf-8")
        self.assertNotEqual(data_record([renamed], [1])["sha256"], first)


if __name__ == "__main__":
    unittest.main()
