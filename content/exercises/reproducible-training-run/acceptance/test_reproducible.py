"""Acceptance tests for the reproducible-training take-home.

They run a submission as the brief defines it, in separate processes:

    python -m trainer --data DATA_DIR --config CONFIG.json --out OUT_DIR

and check two promises: the same inputs give the same model and metrics, and ``run.json``
records everything needed to tell later what produced the model. Run them from the exercise
folder against the folder that holds the submission's ``trainer`` package:

    PYTHONPATH=path/to/submission/src python3 -m unittest -v acceptance/test_reproducible.py

The two runs that must agree differ in everything that should not matter: the process's hash
seed (PYTHONHASHSEED), the folder the data sits in, the order its files were created in, and
the output folder.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "starter" / "data"
CONFIG = {"seed": 13, "epochs": 30, "learning_rate": 0.05, "test_share": 0.25}
HEX64 = re.compile(r"[0-9a-f]{64}")
# The program runs in a temporary folder, so a relative PYTHONPATH such as "reference" must be
# resolved against the folder the tests were started from.
PYTHONPATH = os.pathsep.join(
    str(Path(entry).resolve()) for entry in os.environ.get("PYTHONPATH", "").split(os.pathsep) if entry
)


class Training:
    """One process training the submission, and the files it wrote."""

    def __init__(self, workdir: Path, data: Path, config: dict[str, Any], out: str, hash_seed: str) -> None:
        config_path = workdir / f"config-{out}.json"
        config_path.write_text(json.dumps(config), encoding="utf-8")
        self.out = workdir / out
        env = {**os.environ, "PYTHONPATH": PYTHONPATH, "PYTHONHASHSEED": hash_seed,
               "PYTHONDONTWRITEBYTECODE": "1"}  # fmt: skip
        command = [sys.executable, "-m", "trainer", "--data", str(data),
                   "--config", str(config_path), "--out", str(self.out)]  # fmt: skip
        self.process = subprocess.run(
            command, cwd=workdir, env=env, capture_output=True, text=True, timeout=300
        )

    def describe(self) -> str:
        tail = "\n".join(self.process.stderr.strip().splitlines()[-12:])
        return f"exit status {self.process.returncode}; standard error ends with:\n{tail}"

    def model(self) -> Any:
        return json.loads((self.out / "model.json").read_text(encoding="utf-8"))

    def record(self) -> dict[str, Any]:
        path = self.out / "run.json"
        if not path.exists():
            raise AssertionError(f"no run.json in {self.out}")
        return json.loads(path.read_text(encoding="utf-8"))


def copy_data(target: Path, reverse: bool) -> Path:
    """Copy the sample data, creating the files in name order or in reverse."""
    target.mkdir(parents=True)
    for source in sorted(DATA.glob("*.csv"), reverse=reverse):
        shutil.copyfile(source, target / source.name)
    return target


def stable_part(record: dict[str, Any]) -> dict[str, Any]:
    """The fields of run.json that must not change between runs with the same inputs."""
    data = record.get("data", {})
    return {
        "seed": record.get("seed"),
        "config": record.get("config"),
        "data.sha256": data.get("sha256"),
        "data.files": data.get("files"),
        "code.sha256": record.get("code", {}).get("sha256"),
        "metrics": record.get("metrics"),
    }


class ReproducibleTestCase(unittest.TestCase):
    maxDiff = None

    def setUp(self) -> None:
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.workdir = Path(tmp.name)

    def train(self, data: Path, out: str, hash_seed: str = "1", **changes: Any) -> Training:
        run = Training(self.workdir, data, {**CONFIG, **changes}, out, hash_seed)
        self.assertEqual(run.process.returncode, 0, run.describe())
        return run


class SameInputsSameResult(ReproducibleTestCase):
    def test_two_runs_give_the_same_model_and_metrics(self) -> None:
        first = self.train(copy_data(self.workdir / "a" / "data", reverse=False), "one", hash_seed="1")
        second = self.train(copy_data(self.workdir / "b" / "data", reverse=True), "two", hash_seed="2")
        self.assertEqual(second.model(), first.model(), "model.json differs between the two runs")
        self.assertEqual(stable_part(second.record()), stable_part(first.record()))

    def test_the_seed_in_the_config_drives_the_randomness(self) -> None:
        data = copy_data(self.workdir / "data", reverse=False)
        seed_13 = self.train(data, "seed-13")
        seed_14 = self.train(data, "seed-14", seed=14)
        self.assertNotEqual(seed_14.model(), seed_13.model(), "a different seed gave the same model")
        self.assertEqual(seed_14.record().get("seed"), 14)

    def test_changed_data_changes_the_recorded_data_hash(self) -> None:
        original = copy_data(self.workdir / "original", reverse=False)
        changed = copy_data(self.workdir / "changed", reverse=False)
        path = sorted(changed.glob("*.csv"))[0]
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        lines[1] = lines[1].replace(",yes", ",no") if ",yes" in lines[1] else lines[1].replace(",no", ",yes")
        path.write_text("".join(lines), encoding="utf-8")
        before = self.train(original, "before").record()
        after = self.train(changed, "after").record()
        self.assertNotEqual(after["data"]["sha256"], before["data"]["sha256"])


class RunRecordIsComplete(ReproducibleTestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls._tmp = tempfile.TemporaryDirectory()
        workdir = Path(cls._tmp.name)
        cls.training = Training(workdir, copy_data(workdir / "data", reverse=False), CONFIG, "out", "0")

    @classmethod
    def tearDownClass(cls) -> None:
        cls._tmp.cleanup()

    def setUp(self) -> None:
        self.assertEqual(self.training.process.returncode, 0, self.training.describe())
        self.record = self.training.record()

    def test_seed_and_full_config_are_recorded(self) -> None:
        self.assertEqual(self.record.get("seed"), CONFIG["seed"])
        config = self.record.get("config")
        self.assertIsInstance(config, dict)
        for key, value in CONFIG.items():
            self.assertEqual(config.get(key), value, f"config.{key}")

    def test_data_is_identified_by_content(self) -> None:
        data = self.record.get("data")
        self.assertIsInstance(data, dict)
        self.assertRegex(str(data.get("sha256")), HEX64, "data.sha256: a SHA-256 of the data, in hex")
        names = [entry.get("name") for entry in data.get("files", [])]
        self.assertCountEqual(names, [p.name for p in DATA.glob("*.csv")], "data.files: every file read")
        # os.listdir, glob and Path.iterdir return names in whatever order the file system
        # keeps them. The tests cannot make a file system reorder them, so they check instead
        # that the recorded reading order is one that cannot vary: sorted by name.
        self.assertEqual(names, sorted(names), "data.files: in the order read, sorted by name")
        for entry in data["files"]:
            self.assertRegex(str(entry.get("sha256")), HEX64, f"data.files: sha256 of {entry.get('name')}")

    def test_code_version_is_recorded(self) -> None:
        code = self.record.get("code")
        self.assertIsInstance(code, dict)
        self.assertRegex(str(code.get("sha256")), HEX64, "code.sha256: a hash of the training code")
        self.assertIn("git_commit", code, "code.git_commit: the commit, or null outside a checkout")

    def test_interpreter_platform_and_packages_are_recorded(self) -> None:
        python = self.record.get("python")
        self.assertIsInstance(python, dict)
        self.assertEqual(python.get("version"), platform.python_version())
        self.assertEqual(python.get("implementation"), platform.python_implementation())
        self.assertIsInstance(self.record.get("platform"), str)
        self.assertTrue(self.record["platform"])
        packages = self.record.get("packages")
        self.assertIsInstance(packages, dict, "packages: installed distributions and their versions")
        self.assertTrue(all(isinstance(v, str) for v in packages.values()))

    def test_metrics_are_recorded(self) -> None:
        metrics = self.record.get("metrics")
        self.assertIsInstance(metrics, dict)
        self.assertIsInstance(metrics.get("accuracy"), float)
        self.assertGreaterEqual(metrics["accuracy"], 0.5)
        self.assertLessEqual(metrics["accuracy"], 1.0)


if __name__ == "__main__":
    unittest.main()
