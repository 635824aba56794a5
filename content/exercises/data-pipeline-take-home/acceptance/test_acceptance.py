"""Acceptance tests for the order-revenue take-home, one test per case of the graders' dataset.

They treat a submission as a black box and run it exactly as the brief defines it:

    python -m revenue --orders ORDERS.csv --rates RATES.csv --db OUT.sqlite --rejects REJECTS.csv

Run them from the exercise folder against a submission's source folder (the folder that holds
the ``revenue`` package), after installing whatever the submission's README pins:

    PYTHONPATH=path/to/submission/src python3 -m unittest -v acceptance/test_acceptance.py

Every run uses a local time zone of UTC+14 (``TZ=XST-14``), so code that reads a timestamp as
local time, or takes "today" from the machine, gets a different answer than it would on a
laptop set to UTC. Money is compared as decimals, so storing ``9.4`` instead of ``"9.40"`` is
not a failure here (the review criteria deal with the column type); the rounding is exact.
"""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
import tempfile
import unittest
from contextlib import closing
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDERS = HERE / "orders.csv"
RATES = HERE / "fx_rates.csv"
HEADER = "order_id,country,currency,amount,status,updated_at\n"
# The program runs in a temporary folder, so a relative PYTHONPATH such as "reference" must be
# resolved against the folder the tests were started from.
PYTHONPATH = os.pathsep.join(
    str(Path(entry).resolve()) for entry in os.environ.get("PYTHONPATH", "").split(os.pathsep) if entry
)

D9, D10 = "2026-11-09", "2026-11-10"
EXPECTED = {
    (D9, "DE"): ("74.35", 3),
    (D9, "FR"): ("24.00", 2),
    (D9, "IN"): ("51.50", 1),
    (D9, "IT"): ("10.00", 1),
    (D9, "NL"): ("7.25", 1),
    (D9, "PL"): ("9.40", 2),
    (D10, "BR"): ("40.50", 1),
    (D10, "GB"): ("68.70", 2),
    (D10, "SE"): ("13.49", 1),
    (D10, "US"): ("86.50", 1),
}
EXPECTED_REJECTS = {"H30", "H31", "H32", "H33", "H35", "H36", "H40"}


class Run:
    """One process running the submission, and what it left behind."""

    def __init__(self, workdir: Path, orders: Path, database: Path) -> None:
        self.rejects_path = workdir / "rejects.csv"
        self.database = database
        env = {**os.environ, "PYTHONPATH": PYTHONPATH, "TZ": "XST-14", "PYTHONDONTWRITEBYTECODE": "1"}
        command = [
            sys.executable, "-m", "revenue",
            "--orders", str(orders), "--rates", str(RATES),
            "--db", str(database), "--rejects", str(self.rejects_path),
        ]  # fmt: skip
        self.process = subprocess.run(
            command, cwd=workdir, env=env, capture_output=True, text=True, timeout=120
        )

    def describe(self) -> str:
        tail = "\n".join(self.process.stderr.strip().splitlines()[-12:])
        return f"exit status {self.process.returncode}; standard error ends with:\n{tail}"

    def table(self) -> dict[tuple[str, str], tuple[Decimal, int]]:
        with closing(sqlite3.connect(self.database)) as con:
            rows = con.execute("SELECT day, country, revenue_eur, orders FROM daily_revenue")
            return {(str(d), str(c)): (Decimal(str(r)), int(n)) for d, c, r, n in rows}

    def raw_table(self) -> list[tuple[object, ...]]:
        with closing(sqlite3.connect(self.database)) as con:
            query = "SELECT day, country, revenue_eur, orders FROM daily_revenue ORDER BY day, country"
            return con.execute(query).fetchall()

    def rejects(self) -> dict[str, str]:
        """Rejected order ids and their reasons, from the rejects file."""
        with self.rejects_path.open(newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            columns = set(reader.fieldnames or [])
            if not {"order_id", "reason"} <= columns:
                raise AssertionError(f"rejects file needs order_id and reason columns, has {columns}")
            return {row["order_id"]: row["reason"] for row in reader}


def expected_table(changes: dict | None = None) -> dict[tuple[str, str], tuple[Decimal, int]]:
    table = {key: (Decimal(amount), n) for key, (amount, n) in EXPECTED.items()}
    for key, value in (changes or {}).items():
        if value is None:
            table.pop(key, None)
        else:
            table[key] = (Decimal(value[0]), value[1])
    return table


class AcceptanceTestCase(unittest.TestCase):
    maxDiff = None

    def setUp(self) -> None:
        self._tmp = tempfile.TemporaryDirectory()
        self.workdir = Path(self._tmp.name)
        self.addCleanup(self._tmp.cleanup)

    def write(self, name: str, text: str) -> Path:
        path = self.workdir / name
        path.write_text(text, encoding="utf-8")
        return path

    def run_ok(self, orders: Path, database: Path | None = None) -> Run:
        run = Run(self.workdir, orders, database or self.workdir / "out.sqlite")
        self.assertEqual(run.process.returncode, 0, run.describe())
        return run


class TheGradersDataset(AcceptanceTestCase):
    """The dataset in acceptance/orders.csv, run once and then checked case by case."""

    result: Run
    table: dict[tuple[str, str], tuple[Decimal, int]]

    @classmethod
    def setUpClass(cls) -> None:
        cls._shared = tempfile.TemporaryDirectory()
        workdir = Path(cls._shared.name)
        cls.result = Run(workdir, ORDERS, workdir / "out.sqlite")
        cls.table = cls.result.table() if cls.result.process.returncode == 0 else {}

    @classmethod
    def tearDownClass(cls) -> None:
        cls._shared.cleanup()

    def setUp(self) -> None:
        self.assertEqual(self.result.process.returncode, 0, self.result.describe())

    def assertCell(self, day: str, country: str) -> None:
        expected = EXPECTED[(day, country)]
        self.assertEqual(
            self.table.get((day, country)),
            (Decimal(expected[0]), expected[1]),
            f"row for {day} {country} (revenue_eur, orders)",
        )

    def assertRejected(self, *order_ids: str) -> None:
        rejects = self.result.rejects()
        for order_id in order_ids:
            with self.subTest(order_id=order_id):
                self.assertIn(order_id, rejects, "expected in the rejects file")
                self.assertTrue(rejects[order_id].strip(), "a rejected row needs a reason")

    def test_latest_event_decides_amount_and_status(self) -> None:
        # H01's paid event comes first in the file and its older "created" event after it;
        # H03 was paid twice, with a corrected amount. Only each order's latest event counts.
        self.assertCell(D9, "DE")

    def test_exact_duplicate_event_is_counted_once(self) -> None:
        self.assertCell(D9, "FR")

    def test_order_refunded_after_payment_is_not_counted(self) -> None:
        # H20 was paid, then refunded; H22 was only created. Neither is a reject.
        self.assertCell(D9, "NL")
        self.assertNotIn("H20", self.result.rejects())

    def test_amounts_that_are_not_numbers_are_rejected_with_a_reason(self) -> None:
        # abc, NaN, Infinity and "1,250.00"; Decimal parses NaN and Infinity without error.
        self.assertCell(D9, "IT")
        self.assertRejected("H30", "H31", "H32", "H33")

    def test_unreadable_rows_are_rejected_with_a_reason(self) -> None:
        # H35 has the timestamp "yesterday"; H36 has five fields instead of six.
        self.assertRejected("H35", "H36")

    def test_currency_without_a_rate_for_the_day_is_rejected(self) -> None:
        self.assertNotIn((D9, "JP"), self.table)
        self.assertRejected("H40")

    def test_offsets_near_midnight_give_the_utc_day_and_that_days_rate(self) -> None:
        # US 21:30 at UTC-5 and BR 22:15 at UTC-3 are on 10 November in UTC;
        # IN 04:00 at UTC+5:30 on 10 November is 22:30 on 9 November in UTC.
        for day, country in ((D10, "US"), (D10, "BR"), (D9, "IN")):
            with self.subTest(country=country):
                self.assertCell(day, country)

    def test_timestamp_ending_in_z_is_utc(self) -> None:
        # 00:00:00Z and 23:59:59Z on 10 November, both on 10 November.
        self.assertCell(D10, "GB")

    def test_totals_are_rounded_once_to_cents_with_halves_up(self) -> None:
        # SE: 155.00 x 0.0870 = 13.485 exactly, so 13.49 (floats give 13.48).
        # PL: 4.465 + 4.935 = 9.400, so 9.40 (rounding each order first gives 9.41).
        self.assertCell(D10, "SE")
        self.assertCell(D9, "PL")

    def test_no_other_rows_and_no_other_rejects(self) -> None:
        self.assertEqual(self.table, expected_table())
        self.assertEqual(set(self.result.rejects()), EXPECTED_REJECTS)


class Reruns(AcceptanceTestCase):
    """The table collects many runs; a run replaces exactly the days its input covers."""

    def test_running_twice_on_the_same_input_leaves_the_same_table(self) -> None:
        first = self.run_ok(ORDERS).raw_table()
        second = self.run_ok(ORDERS).raw_table()
        self.assertEqual(second, first)
        self.assertEqual(len(second), len(EXPECTED))

    def test_a_run_keeps_the_days_of_other_files(self) -> None:
        other = self.write("other-day.csv", HEADER + "K01,DE,EUR,10.00,paid,2026-11-12T10:00:00+00:00\n")
        self.run_ok(ORDERS)
        self.run_ok(other)
        run = self.run_ok(ORDERS)
        self.assertEqual(run.table(), expected_table({("2026-11-12", "DE"): ("10.00", 1)}))

    def test_a_corrected_file_replaces_the_totals_of_its_days(self) -> None:
        # The corrected export adds two refunds. FR loses H11; NL loses its only counted order,
        # so its row must go: an upsert keyed on day and country leaves the old NL row behind.
        self.run_ok(ORDERS)
        corrected = self.write(
            "corrected.csv",
            ORDERS.read_text(encoding="utf-8")
            + "H11,FR,EUR,5.10,refunded,2026-11-09T20:00:00+01:00\n"
            + "H21,NL,EUR,7.25,refunded,2026-11-09T20:00:00+01:00\n",
        )
        run = self.run_ok(corrected)
        self.assertEqual(run.table(), expected_table({(D9, "FR"): ("18.90", 1), (D9, "NL"): None}))


class OpenChoices(AcceptanceTestCase):
    """Cases where the brief allows more than one answer, provided the README states it."""

    def test_timestamp_without_offset_is_rejected_or_read_as_utc(self) -> None:
        orders = self.write(
            "no-offset.csv",
            HEADER
            + "N01,ES,EUR,20.00,paid,2026-11-09T10:00:00\n"
            + "N02,ES,EUR,5.00,paid,2026-11-09T10:00:00+01:00\n",
        )
        run = self.run_ok(orders)
        rejected = "N01" in run.rejects()
        expected = {(D9, "ES"): (Decimal("5.00"), 1) if rejected else (Decimal("25.00"), 2)}
        self.assertEqual(run.table(), expected, "local time is neither of the allowed readings")


class FailureHandling(AcceptanceTestCase):
    def test_a_missing_input_file_exits_1_with_a_message_and_no_traceback(self) -> None:
        run = Run(self.workdir, self.workdir / "no-such-file.csv", self.workdir / "out.sqlite")
        self.assertEqual(run.process.returncode, 1, run.describe())
        self.assertNotIn("Traceback", run.process.stderr)
        self.assertTrue(run.process.stderr.strip(), "expected a message on standard error")


if __name__ == "__main__":
    unittest.main()
