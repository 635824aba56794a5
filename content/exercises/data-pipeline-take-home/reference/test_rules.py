"""Unit tests of the reference solution. Run from this folder: python3 -m unittest -v

Each rule is tested as a plain function with inline values; one test runs the command line on a
temporary folder. The acceptance tests in ../acceptance/ check the whole program as a black box.
"""

from __future__ import annotations

import io
import sqlite3
import tempfile
import unittest
from contextlib import closing, redirect_stderr
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

from revenue import db
from revenue.cli import main
from revenue.pipeline import (
    Event,
    Reject,
    daily_revenue,
    latest_events,
    parse_amount,
    parse_event,
    parse_timestamp,
    process,
    read_events,
    round_cents,
)

HEADER = ["order_id", "country", "currency", "amount", "status", "updated_at"]
RATES = {("2026-11-09", "EUR"): Decimal("1"), ("2026-11-09", "USD"): Decimal("0.8620")}


def event(line: int, order_id: str, status: str, at: str, amount: str = "10.00", **extra: str) -> Event:
    values = {"order_id": order_id, "country": "DE", "currency": "EUR", "amount": amount,
              "status": status, "updated_at": at, **extra}  # fmt: skip
    return Event(line, values, parse_timestamp(at))


class ParseTimestamp(unittest.TestCase):
    def test_offset_is_converted_to_utc(self) -> None:
        self.assertEqual(
            parse_timestamp("2026-11-09T21:30:00-05:00"),
            datetime(2026, 11, 10, 2, 30, tzinfo=timezone.utc),
        )

    def test_trailing_z_is_utc(self) -> None:
        self.assertEqual(parse_timestamp("2026-11-10T00:00:00Z").date().isoformat(), "2026-11-10")

    def test_missing_offset_and_garbage_are_refused(self) -> None:
        for text in ("2026-11-09T10:00:00", "2026-11-09", "yesterday", ""):
            with self.subTest(text=text), self.assertRaises(ValueError):
                parse_timestamp(text)


class ParseAmount(unittest.TestCase):
    def test_decimal_text_is_exact(self) -> None:
        self.assertEqual(parse_amount(" 12.35 "), Decimal("12.35"))

    def test_values_decimal_accepts_but_money_cannot_be(self) -> None:
        for text in ("NaN", "Infinity", "-Infinity", "sNaN", "abc", "1,250.00", ""):
            with self.subTest(text=text), self.assertRaises(ValueError):
                parse_amount(text)


class ParseEvent(unittest.TestCase):
    def test_every_problem_in_a_row_is_reported(self) -> None:
        result = parse_event(7, HEADER, ["", "DE", "eur", "1.00", "shipped", "2026-11-09T10:00:00"])
        self.assertIsInstance(result, Reject)
        assert isinstance(result, Reject)
        self.assertIn("order_id is empty", result.reason)
        self.assertIn("currency 'eur'", result.reason)
        self.assertIn("status 'shipped'", result.reason)
        self.assertIn("no UTC offset", result.reason)

    def test_short_row_is_rejected_not_padded(self) -> None:
        result = parse_event(3, HEADER, ["H36", "IT", "EUR", "8.00", "paid"])
        self.assertEqual(result, Reject(3, dict(zip(HEADER, ["H36", "IT", "EUR", "8.00", "paid"])),
                                        "row has 5 fields, expected 6"))  # fmt: skip

    def test_amount_is_not_checked_here(self) -> None:
        # A bad amount only matters if the row ends up deciding a paid order.
        self.assertIsInstance(parse_event(2, HEADER, ["A", "DE", "EUR", "abc", "created",
                                                      "2026-11-09T10:00:00Z"]), Event)  # fmt: skip


class LatestEvents(unittest.TestCase):
    def test_latest_by_time_not_by_file_position(self) -> None:
        paid = event(2, "A", "paid", "2026-11-09T08:10:00+00:00")
        created = event(3, "A", "created", "2026-11-09T08:00:00+00:00")
        self.assertEqual(latest_events([paid, created]), [paid])

    def test_offsets_are_compared_as_instants(self) -> None:
        later = event(2, "A", "refunded", "2026-11-09T10:30:00+02:00")  # 08:30 UTC
        earlier_text_larger = event(3, "A", "paid", "2026-11-09T09:00:00+00:00")  # 09:00 UTC
        self.assertEqual(latest_events([later, earlier_text_larger]), [earlier_text_larger])

    def test_equal_timestamps_the_later_line_wins(self) -> None:
        first = event(2, "A", "paid", "2026-11-09T08:00:00Z")
        second = event(5, "A", "cancelled", "2026-11-09T08:00:00Z")
        self.assertEqual(latest_events([first, second]), [second])


class DailyRevenue(unittest.TestCase):
    def test_only_paid_orders_count_and_currencies_are_converted(self) -> None:
        rows, rejects = daily_revenue(
            [
                event(2, "A", "paid", "2026-11-09T10:00:00Z", "10.00"),
                event(3, "B", "paid", "2026-11-09T11:00:00Z", "100.00", currency="USD"),
                event(4, "C", "refunded", "2026-11-09T12:00:00Z", "50.00"),
            ],
            RATES,
        )
        self.assertEqual(rows, [("2026-11-09", "DE", "96.20", 2)])
        self.assertEqual(rejects, [])

    def test_missing_rate_and_bad_amount_are_rejected(self) -> None:
        rows, rejects = daily_revenue(
            [
                event(2, "A", "paid", "2026-11-09T10:00:00Z", "NaN"),
                event(3, "B", "paid", "2026-11-09T11:00:00Z", "5", currency="JPY"),
            ],
            RATES,
        )
        self.assertEqual(rows, [])
        self.assertEqual([r.reason for r in rejects],
                         ["amount 'NaN' is not a finite number", "no JPY rate for 2026-11-09"])  # fmt: skip

    def test_rounding_is_once_per_total_half_up(self) -> None:
        self.assertEqual(round_cents(Decimal("13.485")), "13.49")
        self.assertEqual(round_cents(Decimal("4.465") + Decimal("4.935")), "9.40")


class ReplaceDays(unittest.TestCase):
    def test_rerun_replaces_its_days_and_keeps_others(self) -> None:
        with closing(db.connect(":memory:")) as con:
            db.replace_days(con, {"2026-11-08"}, [("2026-11-08", "DE", "1.00", 1)])
            db.replace_days(con, {"2026-11-09"}, [("2026-11-09", "DE", "2.00", 1), ("2026-11-09", "NL", "3.00", 1)])
            db.replace_days(con, {"2026-11-09"}, [("2026-11-09", "DE", "2.00", 1)])
            rows = con.execute("SELECT * FROM daily_revenue ORDER BY day, country").fetchall()
        self.assertEqual(rows, [("2026-11-08", "DE", "1.00", 1), ("2026-11-09", "DE", "2.00", 1)])

    def test_a_failed_write_leaves_the_table_as_it_was(self) -> None:
        with closing(db.connect(":memory:")) as con:
            db.replace_days(con, {"2026-11-09"}, [("2026-11-09", "DE", "2.00", 1)])
            duplicate_key = [("2026-11-09", "FR", "1.00", 1), ("2026-11-09", "FR", "1.00", 1)]
            with self.assertRaises(sqlite3.IntegrityError):
                db.replace_days(con, {"2026-11-09"}, duplicate_key)
            rows = con.execute("SELECT * FROM daily_revenue").fetchall()
        self.assertEqual(rows, [("2026-11-09", "DE", "2.00", 1)])


class Files(unittest.TestCase):
    def setUp(self) -> None:
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.dir = Path(tmp.name)

    def test_byte_order_mark_column_order_and_blank_lines(self) -> None:
        path = self.dir / "orders.csv"
        path.write_text(
            "\ufeffstatus,order_id,updated_at,amount,currency,country\n\n"
            "paid,A,2026-11-09T10:00:00Z,1.00,EUR,DE\n",
            encoding="utf-8",
        )
        outcome = process(read_events(path), RATES)
        self.assertEqual(outcome.rows, [("2026-11-09", "DE", "1.00", 1)])
        self.assertEqual(outcome.rows_read, 1)

    def test_command_line_exit_codes(self) -> None:
        orders = self.dir / "orders.csv"
        rates = self.dir / "rates.csv"
        rates.write_text("date,currency,rate_to_eur\n2026-11-09,EUR,1\n", encoding="utf-8")
        args = ["--rates", str(rates), "--db", str(self.dir / "out.sqlite"),
                "--rejects", str(self.dir / "rejects.csv")]  # fmt: skip
        cases = [
            ("order_id,country\nA,DE\n", 1),  # missing columns
            (",".join(HEADER) + "\nA,DE,EUR,abc,paid,2026-11-09T10:00:00Z\n", 0),  # rejects only
        ]
        for text, status in cases:
            orders.write_text(text, encoding="utf-8")
            with self.subTest(status=status), redirect_stderr(io.StringIO()) as err:
                self.assertEqual(main(["--orders", str(orders), *args]), status)
                self.assertNotIn("Traceback", err.getvalue())
        self.assertIn("amount 'abc'", (self.dir / "rejects.csv").read_text(encoding="utf-8"))


if __name__ == "__main__":
    unittest.main()
