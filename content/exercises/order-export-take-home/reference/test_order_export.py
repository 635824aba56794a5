"""Tests for the reference solution. Run from this folder: python3 -m unittest"""

import io
import json
import tempfile
import unittest
from contextlib import redirect_stderr
from datetime import date
from decimal import Decimal
from pathlib import Path

from order_export import InputError, Order, Rejected, build_report, main, read_orders

HEADER = "order_id,customer_id,created_at,kind,amount,currency\n"
SAMPLE = Path(__file__).resolve().parent.parent / "starter" / "data" / "orders-sample.csv"


def parse(*rows: str) -> list[Order | Rejected]:
    return list(read_orders(io.StringIO(HEADER + "".join(row + "\n" for row in rows))))


def only_rejection(*rows: str) -> Rejected:
    items = parse(*rows)
    rejected = [item for item in items if isinstance(item, Rejected)]
    assert len(rejected) == 1, items
    return rejected[0]


class ValidRowTest(unittest.TestCase):
    def test_valid_row_becomes_an_order(self) -> None:
        [order] = parse("A1,C1,2026-03-02T08:15:00+00:00,sale,49.90,EUR")
        self.assertEqual(order, Order("A1", "C1", date(2026, 3, 2), "sale", Decimal("49.90"), "EUR"))

    def test_day_is_the_utc_calendar_day(self) -> None:
        # 00:30 at UTC+2 is 22:30 UTC on the previous day.
        [order] = parse("A1,C1,2026-03-03T00:30:00+02:00,sale,1.00,EUR")
        assert isinstance(order, Order)
        self.assertEqual(order.day, date(2026, 3, 2))

    def test_z_suffix_is_accepted(self) -> None:
        [order] = parse("A1,C1,2026-03-03T02:30:00Z,sale,1.00,USD")
        self.assertIsInstance(order, Order)

    def test_whitespace_around_fields_is_trimmed(self) -> None:
        [order] = parse("A1, C1 ,2026-03-03T02:30:00Z, sale ,1.00,USD")
        assert isinstance(order, Order)
        self.assertEqual((order.customer_id, order.kind), ("C1", "sale"))

    def test_blank_lines_are_skipped(self) -> None:
        items = parse("A1,C1,2026-03-03T02:30:00Z,sale,1.00,USD", "", "A2,C1,2026-03-03T02:31:00Z,sale,1.00,USD")
        self.assertEqual(len(items), 2)


class RejectedRowTest(unittest.TestCase):
    def assert_rejected_because(self, row: str, words: str) -> Rejected:
        rejected = only_rejection(row)
        self.assertTrue(any(words in error for error in rejected.errors), rejected.errors)
        return rejected

    def test_naive_timestamp(self) -> None:
        self.assert_rejected_because("A1,C1,2026-03-03 14:20:00,sale,1.00,EUR", "no UTC offset")

    def test_unparseable_timestamp(self) -> None:
        self.assert_rejected_because("A1,C1,yesterday,sale,1.00,EUR", "not an ISO 8601")

    def test_amount_with_three_decimals(self) -> None:
        self.assert_rejected_because("A1,C1,2026-03-03T14:20:00Z,sale,12.345,EUR", "at most two decimal")

    def test_amount_not_a_number(self) -> None:
        for amount in ("NaN", "Infinity", '"1,299.00"', "1e3", "12.", ".5"):
            with self.subTest(amount=amount):
                self.assert_rejected_because(f"A1,C1,2026-03-03T14:20:00Z,sale,{amount},EUR", "not a decimal")

    def test_negative_amount(self) -> None:
        self.assert_rejected_because("A1,C1,2026-03-03T14:20:00Z,sale,-1.00,EUR", "negative")

    def test_unknown_kind(self) -> None:
        self.assert_rejected_because("A1,C1,2026-03-03T14:20:00Z,chargeback,1.00,EUR", "not one of")

    def test_lower_case_currency(self) -> None:
        self.assert_rejected_because("A1,C1,2026-03-03T14:20:00Z,sale,1.00,eur", "three-letter")

    def test_empty_field(self) -> None:
        self.assert_rejected_because("A1,,2026-03-03T14:20:00Z,sale,1.00,EUR", "customer_id is empty")

    def test_every_problem_in_a_row_is_reported(self) -> None:
        rejected = only_rejection("A1,,not-a-date,sale,abc,EUR")
        self.assertEqual(len(rejected.errors), 3, rejected.errors)

    def test_wrong_number_of_fields(self) -> None:
        rejected = self.assert_rejected_because("A1,C1,2026-03-03T14:20:00Z,sale,1.00", "expected 6 fields, found 5")
        self.assertEqual(rejected.line, 2)

    def test_duplicate_order_id_keeps_the_first_row(self) -> None:
        items = parse(
            "A1,C1,2026-03-03T14:20:00Z,sale,1.00,EUR",
            "A1,C1,2026-03-03T15:20:00Z,sale,2.00,EUR",
        )
        self.assertIsInstance(items[0], Order)
        self.assertIsInstance(items[1], Rejected)
        assert isinstance(items[1], Rejected)
        self.assertEqual(items[1].line, 3)

    def test_a_rejected_row_does_not_block_a_later_valid_row_with_its_id(self) -> None:
        items = parse(
            "A1,C1,2026-03-03T14:20:00Z,sale,oops,EUR",
            "A1,C1,2026-03-03T15:20:00Z,sale,2.00,EUR",
        )
        self.assertEqual([type(item) for item in items], [Rejected, Order])


class HeaderTest(unittest.TestCase):
    def test_missing_column_is_an_input_error(self) -> None:
        with self.assertRaisesRegex(InputError, "currency"):
            list(read_orders(io.StringIO("order_id,customer_id,created_at,kind,amount\n")))

    def test_empty_file_is_an_input_error(self) -> None:
        with self.assertRaises(InputError):
            list(read_orders(io.StringIO("")))

    def test_columns_may_come_in_any_order(self) -> None:
        text = "currency,amount,kind,created_at,customer_id,order_id\nEUR,1.00,sale,2026-03-03T14:20:00Z,C1,A1\n"
        [order] = list(read_orders(io.StringIO(text)))
        self.assertIsInstance(order, Order)


class ReportTest(unittest.TestCase):
    def test_refunds_are_subtracted_and_counted(self) -> None:
        report = build_report(
            parse(
                "A1,C1,2026-03-03T09:00:00Z,sale,10.00,EUR",
                "A2,C1,2026-03-03T10:00:00Z,sale,5.5,EUR",
                "A3,C1,2026-03-03T11:00:00Z,refund,20.00,EUR",
            )
        )
        self.assertEqual(
            report["totals"],
            [{"customer_id": "C1", "date": "2026-03-03", "currency": "EUR", "sales": 2, "refunds": 1, "net_revenue": "-4.50"}],
        )

    def test_currencies_are_never_added_together(self) -> None:
        report = build_report(
            parse(
                "A1,C1,2026-03-03T09:00:00Z,sale,10.00,EUR",
                "A2,C1,2026-03-03T10:00:00Z,sale,10.00,USD",
            )
        )
        self.assertEqual([t["currency"] for t in report["totals"]], ["EUR", "USD"])

    def test_money_is_exact(self) -> None:
        rows = [f"A{i},C1,2026-03-03T09:00:00Z,sale,0.10,EUR" for i in range(10)]
        report = build_report(parse(*rows))
        self.assertEqual(report["totals"][0]["net_revenue"], "1.00")

    def test_summary_counts(self) -> None:
        report = build_report(parse("A1,C1,2026-03-03T09:00:00Z,sale,1.00,EUR", "A2,C1,bad,sale,1.00,EUR"))
        self.assertEqual(report["summary"], {"rows_read": 2, "rows_accepted": 1, "rows_rejected": 1})


class CommandLineTest(unittest.TestCase):
    def setUp(self) -> None:
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.tmp = Path(tmp.name)

    def run_main(self, *argv: str) -> tuple[int, str]:
        err = io.StringIO()
        with redirect_stderr(err):
            code = main(list(argv))
        return code, err.getvalue()

    def test_sample_file_end_to_end(self) -> None:
        out = self.tmp / "report.json"
        code, err = self.run_main(str(SAMPLE), "--output", str(out))
        self.assertEqual(code, 0, err)
        report = json.loads(out.read_text(encoding="utf-8"))
        self.assertEqual(report["summary"], {"rows_read": 34, "rows_accepted": 25, "rows_rejected": 9})
        self.assertEqual([r["line"] for r in report["rejected"]], [12, 13, 14, 15, 16, 17, 18, 24, 29])
        totals = {(t["customer_id"], t["date"], t["currency"]): t["net_revenue"] for t in report["totals"]}
        self.assertEqual(totals[("CUST-017", "2026-03-02", "EUR")], "86.90")
        self.assertEqual(totals[("CUST-108", "2026-03-03", "USD")], "100.00")
        self.assertEqual(totals[("CUST-311", "2026-03-04", "INR")], "2320.50")
        self.assertIn("25 accepted, 9 rejected", err)

    def test_byte_order_mark_is_ignored(self) -> None:
        source = self.tmp / "bom.csv"
        source.write_bytes(("\ufeff" + HEADER + "A1,C1,2026-03-03T09:00:00Z,sale,1.00,EUR\n").encode("utf-8"))
        out = self.tmp / "report.json"
        code, err = self.run_main(str(source), "-o", str(out))
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out.read_text(encoding="utf-8"))["summary"]["rows_accepted"], 1)

    def test_missing_input_exits_1_and_writes_nothing(self) -> None:
        out = self.tmp / "report.json"
        code, err = self.run_main(str(self.tmp / "nope.csv"), "-o", str(out))
        self.assertEqual(code, 1)
        self.assertIn("error", err)
        self.assertFalse(out.exists())

    def test_missing_column_keeps_the_previous_report(self) -> None:
        source = self.tmp / "bad.csv"
        source.write_text("order_id,amount\nA1,1.00\n", encoding="utf-8")
        out = self.tmp / "report.json"
        out.write_text("previous", encoding="utf-8")
        code, err = self.run_main(str(source), "-o", str(out))
        self.assertEqual(code, 1)
        self.assertIn("missing required column", err)
        self.assertEqual(out.read_text(encoding="utf-8"), "previous")


if __name__ == "__main__":
    unittest.main()
