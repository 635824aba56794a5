"""The run record: enough to tell, later, exactly what produced a model, and to run it again.

Two runs with the same inputs write the same model.json. Their run.json files differ only in
``started_at``, ``finished_at`` and ``command``.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import platform
import subprocess
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from trainer.train import load_config, load_data, train

PACKAGE_DIR = Path(__file__).resolve().parent


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def data_record(files: list[Path], rows_per_file: list[int]) -> dict[str, Any]:
    """One hash for the whole data set, over each file's name and content, in reading order."""
    combined = hashlib.sha256()
    entries = []
    for path, rows in zip(files, rows_per_file):
        digest = sha256_file(path)
        combined.update(f"{path.name}\0{digest}\n".encode())
        entries.append({"name": path.name, "sha256": digest, "rows": rows})
    return {"sha256": combined.hexdigest(), "files": entries}


def code_record() -> dict[str, Any]:
    """A hash of this package's source, plus the git commit and whether the tree was clean.

    The hash identifies the code even when the run happens outside a git checkout (a container,
    a copied folder); the commit says where to find it.
    """
    combined = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.glob("*.py")):
        combined.update(f"{path.name}\0{sha256_file(path)}\n".encode())

    def git(*args: str) -> str | None:
        try:
            result = subprocess.run(
                ["git", "-C", str(PACKAGE_DIR), *args], capture_output=True, text=True, timeout=10
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return result.stdout.strip() if result.returncode == 0 else None

    commit = git("rev-parse", "HEAD")
    status = git("status", "--porcelain", "--", ".") if commit else None
    return {
        "sha256": combined.hexdigest(),
        "git_commit": commit,
        "git_dirty": None if status is None else bool(status),
    }


def environment_record() -> dict[str, Any]:
    packages = {}
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"]
        if name:
            packages[name] = dist.version
    return {
        "python": {
            "implementation": platform.python_implementation(),
            "version": platform.python_version(),
        },
        "platform": platform.platform(),
        "packages": dict(sorted(packages.items(), key=lambda item: item[0].lower())),
    }


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def run_and_record(data_dir: Path, config_path: Path, out_dir: Path, command: list[str]) -> dict[str, Any]:
    started_at = now()
    config = load_config(config_path)
    data = load_data(data_dir)
    model, metrics = train(data, config)
    rows_per_file = [sum(1 for _ in path.open(encoding="utf-8")) - 1 for path in data.files]
    record = {
        "seed": config["seed"],
        "config": config,
        "data": data_record(data.files, rows_per_file),
        "code": code_record(),
        **environment_record(),
        "metrics": metrics,
        "command": command,
        "started_at": started_at,
        "finished_at": now(),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "model.json").write_text(json.dumps(model, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    (out_dir / "run.json").write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return record
