"""Regression tests for the orders-api deployment change under review.

Interviewer material. The first class tests the health and shutdown module; the second checks
the deployment files as a policy tool would (hadolint, kube-linter or conftest in a real
pipeline; plain text checks here, to stay within the standard library). Run from the exercise
folder:

    PYTHONPATH=submission python3 -m unittest -v test_deploy_review.py   # 11 failures
    PYTHONPATH=fixed python3 -m unittest -v test_deploy_review.py        # all pass

Point PYTHONPATH at a candidate's copy to see which defects they fixed. The file checks look
for the files next to the ``orders_health`` package that is imported.
"""

from __future__ import annotations

import re
import unittest
from pathlib import Path

import orders_health
from orders_health import Lifecycle

ROOT = Path(orders_health.__file__).resolve().parent.parent


class FakeTime:
    """A clock that only moves when the code under test sleeps; refuses to sleep forever."""

    def __init__(self, limit: float = 600.0) -> None:
        self.now = 0.0
        self.limit = limit

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        if self.now > self.limit:
            raise AssertionError(f"still waiting after {self.limit:.0f} simulated seconds")


def database_down() -> None:
    raise ConnectionError("could not connect to postgresql://orders:Winter2026!@orders-db:5432/orders")


class HealthAndShutdown(unittest.TestCase):
    def test_ready_when_every_check_passes(self) -> None:
        self.assertEqual(Lifecycle({"database": lambda: None}).readiness()[0], 200)

    def test_liveness_does_not_depend_on_the_database(self) -> None:
        # A database outage must take pods out of the Service, not restart every one of them.
        self.assertEqual(Lifecycle({"database": database_down}).liveness()[0], 200)

    def test_failed_check_gives_503_without_the_error_text(self) -> None:
        status, body = Lifecycle({"database": database_down}).readiness()
        self.assertEqual(status, 503)
        self.assertNotIn("Winter2026", str(body), "the probe endpoint has no authentication")

    def test_sigterm_fails_readiness_instead_of_exiting(self) -> None:
        lifecycle = Lifecycle({"database": lambda: None})
        try:
            lifecycle.handle_sigterm(15, None)
        except SystemExit:
            self.fail("the SIGTERM handler exits at once: requests in progress are cut off")
        self.assertEqual(lifecycle.readiness()[0], 503)

    def test_drain_waits_for_requests_in_progress(self) -> None:
        time = FakeTime()
        lifecycle = Lifecycle(drain_seconds=20, clock=time.clock, sleep=time.sleep)
        request = lifecycle.request()
        request.__enter__()

        def sleep(seconds: float) -> None:
            time.sleep(seconds)
            if time.now >= 2 and lifecycle.in_flight:
                request.__exit__(None, None, None)

        lifecycle.sleep = sleep
        self.assertTrue(lifecycle.drain())

    def test_drain_gives_up_after_its_timeout(self) -> None:
        time = FakeTime()
        lifecycle = Lifecycle(drain_seconds=20, clock=time.clock, sleep=time.sleep)
        with lifecycle.request():
            self.assertFalse(lifecycle.drain())
        self.assertLess(time.now, 21)


def read(relative: str) -> str:
    path = ROOT / relative
    if not path.exists():
        raise AssertionError(f"{relative} not found next to orders_health/")
    return path.read_text(encoding="utf-8")


def dockerfile_instructions() -> list[str]:
    """Dockerfile instructions with continuation lines joined and comments dropped."""
    text = re.sub(r"\\\n", " ", read("Dockerfile"))
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


class DeploymentFiles(unittest.TestCase):
    def test_grace_period_covers_the_drain(self) -> None:
        manifest = read("deploy/deployment.yaml")
        grace = re.search(r"terminationGracePeriodSeconds:\s*(\d+)", manifest)
        grace_seconds = int(grace.group(1)) if grace else 30  # the Kubernetes default
        waits = [float(v) for v in re.findall(
            r"name:\s*(?:DRAIN_SECONDS|STOP_DELAY_SECONDS)\s*\n\s*value:\s*\"?([\d.]+)", manifest)]  # fmt: skip
        self.assertGreater(grace_seconds, sum(waits), "SIGKILL arrives before the drain can finish")

    def test_rollout_keeps_pods_serving(self) -> None:
        self.assertNotRegex(read("deploy/deployment.yaml"), r"type:\s*Recreate", "Recreate stops every pod first")

    def test_image_names_one_build(self) -> None:
        images = re.findall(r"image:\s*(\S+)", read("deploy/deployment.yaml"))
        self.assertTrue(images)
        for image in images:
            with self.subTest(image=image):
                self.assertRegex(image, r"(:[\w.-]+|@sha256:[0-9a-f]{64})$", "no tag means latest")
                self.assertNotRegex(image, r":latest$")

    def test_no_credentials_in_the_manifest(self) -> None:
        self.assertNotRegex(read("deploy/deployment.yaml"), r"://[^\s:/@]+:[^\s@]+@", "a password in plain text")

    def test_python_receives_sigterm(self) -> None:
        # The process the container starts must be Python itself, or a script that execs it.
        entry = next(i for i in reversed(dockerfile_instructions()) if re.match(r"(ENTRYPOINT|CMD)\b", i))
        if "entrypoint.sh" in entry:
            commands = [line.strip() for line in read("entrypoint.sh").splitlines()
                        if line.strip() and not line.strip().startswith(("#", "set "))]  # fmt: skip
            self.assertTrue(commands[-1].startswith("exec "), "the shell stays PID 1 and ignores SIGTERM")
        else:
            self.assertRegex(entry, r'^(ENTRYPOINT|CMD)\s*\[\s*"python', "use the exec form")

    def test_image_runs_as_a_non_root_user(self) -> None:
        users = [i.split(None, 1)[1] for i in dockerfile_instructions() if i.upper().startswith("USER ")]
        self.assertTrue(users, "no USER instruction: the container runs as root")
        self.assertNotIn(users[-1].split(":")[0], ("root", "0"))

    def test_no_secret_in_build_arguments(self) -> None:
        for instruction in dockerfile_instructions():
            with self.subTest(instruction=instruction[:60]):
                self.assertNotRegex(instruction, r"^(ARG|ENV)\s+\w*(TOKEN|PASSWORD|SECRET|KEY)\w*",
                                    "build arguments are kept in the image history")  # fmt: skip


if __name__ == "__main__":
    unittest.main()
