"""Reference solution for the order export take-home. Interviewer only.

Reads an orders CSV, validates every row, and writes a JSON report with the net
revenue per customer, per UTC day and per currency, plus every rejected row and
why it was rejected.

Usage:
    python3 order_export.py INPUT.csv --output report.json

Exit status: 0 when the report was written (even if some rows were rejected),
1 when the input cannot be processed at all, 2 for a usage error.

One file on purpose, so that it can be read top to bottom in a few minutes. In
the candidate's layout it would be split into parsing, aggregation and the CLI.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

REQUIRED_COLUMNS = ("order_id", "customer_id", "created_at", "kind", "amount", "currency")
KINDS = frozenset({"sale", "refund"})
# ASCII digits only: \d would also accept digits from other scripts, which Decimal parses.
AMOUNT_PATTERN = re.compile(r"-?[0-9]+(?:\.[0-9]{1,2})?")
CURRENCY_PATTERN = re.compile(r"[A-Z]{3}")


class InputError(Exception):
    """The input as a whole cannot be processed (as opposed to one bad row)."""


@dataclass(frozen=True)
class Order:
    order_id: str
    customer_id: str
    day: date
    kind: str
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class Rejected:
    line: int
    order_id: str
    errors: tuple[str, ...]


@dataclass
class DayTotal:
    sales: int = 0
    refunds: int = 0
    net: Decimal = Decimal("0")

    def add(self, order: Order) -> None:
        if order.kind == "sale":
            self.sales += 1
            self.net += order.amount
        else:
            self.refunds += 1
            self.net -= order.amount


GroupKey = tuple[str, date, str]


def parse_created_at(value: str) -> tuple[date | None, str | None]:
    """Return the UTC calendar day of an ISO 8601 timestamp that carries an offset."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None, f"created_at {value!r} is not an ISO 8601 timestamp"
    if moment.tzinfo is None or moment.utcoffset() is None:
        return None, f"created_at {value!r} has no UTC offset"
    return moment.astimezone(timezone.utc).date(), None


def parse_fields(fields: dict[str, str]) -> tuple[Order | None, list[str]]:
    """Validate one row's fields. Return the order, or None and every problem found."""
    errors: list[str] = []
    for name in REQUIRED_COLUMNS:
        if not fields[name]:
            errors.append(f"{name} is empty")

    day: date | None = None
    if fields["created_at"]:
        day, problem = parse_created_at(fields["created_at"])
        if problem:
            errors.append(problem)

    kind = fields["kind"]
    if kind and kind not in KINDS:
        errors.append(f"kind {kind!r} is not one of: sale, refund")

    amount: Decimal | None = None
    raw_amount = fields["amount"]
    if raw_amount:
        if not AMOUNT_PATTERN.fullmatch(raw_amount):
            errors.append(f"amount {raw_amount!r} is not a decimal number with at most two decimal places")
        else:
            amount = Decimal(raw_amount)
            if amount < 0:
                errors.append(f"amount {raw_amount!r} is negative")

    currency = fields["currency"]
    if currency and not CURRENCY_PATTERN.fullmatch(currency):
        errors.append(f"currency {currency!r} is not a three-letter upper-case code")

    if errors or day is None or amount is None:
        return None, errors
    order = Order(fields["order_id"], fields["customer_id"], day, kind, amount, currency)
    return order, []


def read_orders(lines: Iterable[str]) -> Iterator[Order | Rejected]:
    """Yield an Order or a Rejected for each non-blank data row, in file order.

    Rows are processed one at a time, so memory grows with the number of distinct
    order ids (needed to spot duplicates), not with the size of each row.
    """
    reader = csv.reader(lines)
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise InputError("the file is empty") from None
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise InputError(f"missing required column(s): {', '.join(missing)}")

    seen_ids: set[str] = set()
    for record in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            order_id = record[0].strip() if record else ""
            yield Rejected(line, order_id, (f"expected {len(header)} fields, found {len(record)}",))
            continue
        fields = {name: cell.strip() for name, cell in zip(header, record)}
        order, errors = parse_fields(fields)
        if order is not None and order.order_id in seen_ids:
            errors = [f"order_id {order.order_id!r} already appeared on an earlier row"]
            order = None
        if order is None:
            yield Rejected(line, fields["order_id"], tuple(errors))
        else:
            seen_ids.add(order.order_id)
            yield order


def build_report(items: Iterable[Order | Rejected]) -> dict[str, Any]:
    """Aggregate accepted orders and collect rejected rows into the report structure."""
    totals: dict[GroupKey, DayTotal] = {}
    rejected: list[Rejected] = []
    accepted = 0
    for item in items:
        if isinstance(item, Rejected):
            rejected.append(item)
            continue
        accepted += 1
        key = (item.customer_id, item.day, item.currency)
        totals.setdefault(key, DayTotal()).add(item)

    return {
        "summary": {
            "rows_read": accepted + len(rejected),
            "rows_accepted": accepted,
            "rows_rejected": len(rejected),
        },
        "totals": [
            {
                "customer_id": customer_id,
                "date": day.isoformat(),
                "currency": currency,
                "sales": total.sales,
                "refunds": total.refunds,
                "net_revenue": format_money(total.net),
            }
            for (customer_id, day, currency), total in sorted(totals.items())
        ],
        "rejected": [
            {"line": r.line, "order_id": r.order_id, "errors": list(r.errors)} for r in rejected
        ],
    }


def format_money(amount: Decimal) -> str:
    """Two decimal places, as a string so that no float rounding can creep in."""
    return f"{amount:.2f}"


def write_json_atomically(path: Path, data: dict[str, Any]) -> None:
    """Write to a temporary file beside the target, then rename it into place.

    A reader never sees a half-written report, and a failed run leaves any
    previous report untouched.
    """
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as tmp:
            json.dump(data, tmp, indent=2)
            tmp.write("\n")
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def export(input_path: Path, output_path: Path) -> dict[str, Any]:
    # utf-8-sig: spreadsheet tools often start a CSV with a byte order mark.
    with input_path.open(encoding="utf-8-sig", newline="") as handle:
        report = build_report(read_orders(handle))
    write_json_atomically(output_path, report)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="order-export",
        description="Aggregate net revenue per customer, UTC day and currency from an orders CSV.",
    )
    parser.add_argument("input", type=Path, help="orders CSV file (UTF-8)")
    parser.add_argument("--output", "-o", type=Path, required=True, help="where to write the JSON report")
    args = parser.parse_args(argv)

    try:
        report = export(args.input, args.output)
    except (OSError, UnicodeDecodeError, csv.Error, InputError) as exc:
        print(f"order-export: error: {exc}", file=sys.stderr)
        return 1

    summary = report["summary"]
    print(
        f"order-export: read {summary['rows_read']} rows: "
        f"{summary['rows_accepted']} accepted, {summary['rows_rejected']} rejected",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
