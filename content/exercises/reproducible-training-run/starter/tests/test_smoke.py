"""Smoke test: the trainer runs on the sample data and writes a model.

Run from the starter folder:  PYTHONPATH=src python3 -m unittest discover -s tests -v
"""

import json
import tempfile
import unittest
from pathlib import Path

from trainer.train import train

STARTER = Path(__file__).resolve().parent.parent


class Smoke(unittest.TestCase):
    def test_trains_and_writes_a_model(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "run"
            accuracy = train(STARTER / "data", STARTER / "config.json", out)
            model = json.loads((out / "model.json").read_text())
        self.assertGreaterEqual(accuracy, 0.5)
        self.assertEqual(len(model["weights"]), len(model["features"]))


if __name__ == "__main__":
    unittest.main()
