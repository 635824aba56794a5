"""Smoke tests that pass on the untouched starter. Add your own tests beside this file.

Run from the starter folder:  PYTHONPATH=src python3 -m unittest discover -s tests -v
(or ``pytest`` once the development tools are installed).
"""

import contextlib
import io
import unittest
from pathlib import Path

import revenue
from revenue import db
from revenue.cli import build_parser, main
from revenue.pipeline import read_rows

DATA = Path(__file__).resolve().parent.parent / "data"


class Smoke(unittest.TestCase):
    def test_package_has_a_version(self) -> None:
        self.assertEqual(revenue.__version__, "0.1.0")

    def test_help_exits_cleanly(self) -> None:
        out = io.StringIO()
        with contextlib.redirect_stdout(out), self.assertRaises(SystemExit) as exit_info:
            main(["--help"])
        self.assertEqual(exit_info.exception.code, 0)
        self.assertIn("--rejects", out.getvalue())

    def test_inputs_and_database_are_required(self) -> None:
        with contextlib.redirect_stderr(io.StringIO()), self.assertRaises(SystemExit) as exit_info:
            build_parser().parse_args(["--orders", "orders.csv"])
        self.assertEqual(exit_info.exception.code, 2)

    def test_connect_creates_the_table(self) -> None:
        con = db.connect(":memory:")
        try:
            columns = [row[1] for row in con.execute("PRAGMA table_info(daily_revenue)")]
        finally:
            con.close()
        self.assertEqual(columns, ["day", "country", "revenue_eur", "orders"])

    def test_sample_rows_are_numbered_from_line_2(self) -> None:
        line, row = next(read_rows(DATA / "orders.csv"))
        self.assertEqual(line, 2)
        self.assertEqual(row["order_id"], "A-1001")


if __name__ == "__main__":
    unittest.main()
