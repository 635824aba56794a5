"""Read, validate, keep the latest event per order, aggregate, write.

Each rule is a plain function over plain values, so it can be tested without files, a clock or
a database; ``run`` is the only function that touches the file system.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from revenue import db

ORDER_COLUMNS = ("order_id", "country", "currency", "amount", "status", "updated_at")
RATE_COLUMNS = ("date", "currency", "rate_to_eur")
STATUSES = frozenset({"created", "paid", "refunded", "cancelled"})
COUNTED_STATUS = "paid"
CURRENCY = re.compile(r"[A-Z]{3}")
CENT = Decimal("0.01")
REJECT_COLUMNS = ("line", "reason", *ORDER_COLUMNS)


class InputError(Exception):
    """The input cannot be processed at all: a missing file, a missing column, a bad rate."""


@dataclass(frozen=True)
class Event:
    """One usable row of the orders file: the state of an order at a moment."""

    line: int
    values: dict[str, str]
    at: datetime  # aware, in UTC

    @property
    def order_id(self) -> str:
        return self.values["order_id"]

    @property
    def day(self) -> str:
        return self.at.date().isoformat()


@dataclass(frozen=True)
class Reject:
    line: int
    values: dict[str, str]
    reason: str


@dataclass(frozen=True)
class Outcome:
    rows: list[db.Row]  # (day, country, revenue_eur, orders), sorted by day and country
    days: set[str]  # every UTC day the usable events fall on
    rejects: list[Reject]  # in file order
    rows_read: int


# --- rules ---------------------------------------------------------------------------------


def parse_timestamp(text: str) -> datetime:
    """An ISO 8601 timestamp that carries a UTC offset, as an aware datetime in UTC.

    ``datetime.fromisoformat`` accepts a trailing ``Z`` from Python 3.11. A timestamp without
    an offset is refused: it could be any of 26 hours of UTC, and guessing moves orders
    between days.
    """
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"updated_at {text!r} is not an ISO 8601 timestamp") from None
    if value.utcoffset() is None:
        raise ValueError(f"updated_at {text!r} has no UTC offset")
    return value.astimezone(timezone.utc)


def parse_amount(text: str) -> Decimal:
    """A finite decimal amount. ``Decimal`` also parses "NaN" and "Infinity", so check."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise ValueError(f"amount {text!r} is not a number") from None
    if not value.is_finite():
        raise ValueError(f"amount {text!r} is not a finite number")
    return value


def parse_event(line: int, header: list[str], fields: list[str]) -> Event | Reject:
    """Check the fields every event needs, whatever its status."""
    values = {name: value.strip() for name, value in zip(header, fields)}
    if len(fields) != len(header):
        return Reject(line, values, f"row has {len(fields)} fields, expected {len(header)}")
    problems = [f"{name} is empty" for name in ORDER_COLUMNS if not values[name]]
    if values["currency"] and not CURRENCY.fullmatch(values["currency"]):
        problems.append(f"currency {values['currency']!r} is not a three-letter code")
    if values["status"] and values["status"] not in STATUSES:
        problems.append(f"status {values['status']!r} is not one of {', '.join(sorted(STATUSES))}")
    at = None
    if values["updated_at"]:
        try:
            at = parse_timestamp(values["updated_at"])
        except ValueError as exc:
            problems.append(str(exc))
    if problems or at is None:
        return Reject(line, values, "; ".join(problems))
    return Event(line, values, at)


def latest_events(events: Iterable[Event]) -> list[Event]:
    """The latest event of each order.

    On equal timestamps the later line in the file wins; an exact duplicate therefore changes
    nothing, and the rule is written down in the README.
    """
    latest: dict[str, Event] = {}
    for event in events:
        current = latest.get(event.order_id)
        if current is None or event.at >= current.at:
            latest[event.order_id] = event
    return sorted(latest.values(), key=lambda e: e.line)


def round_cents(value: Decimal) -> str:
    """The brief's rounding: once per total, to cents, halves away from zero."""
    return str(value.quantize(CENT, rounding=ROUND_HALF_UP))


def daily_revenue(
    latest: Iterable[Event], rates: dict[tuple[str, str], Decimal]
) -> tuple[list[db.Row], list[Reject]]:
    """Sum paid orders in euros per UTC day and country, with the rate of that day."""
    totals: dict[tuple[str, str], tuple[Decimal, int]] = {}
    rejects: list[Reject] = []
    for event in latest:
        if event.values["status"] != COUNTED_STATUS:
            continue  # a valid order that does not count, such as one refunded after payment
        try:
            amount = parse_amount(event.values["amount"])
        except ValueError as exc:
            rejects.append(Reject(event.line, event.values, str(exc)))
            continue
        currency = event.values["currency"]
        rate = rates.get((event.day, currency))
        if rate is None:
            rejects.append(Reject(event.line, event.values, f"no {currency} rate for {event.day}"))
            continue
        key = (event.day, event.values["country"])
        total, count = totals.get(key, (Decimal(0), 0))
        totals[key] = (total + amount * rate, count + 1)
    rows = [(day, country, round_cents(total), count) for (day, country), (total, count) in totals.items()]
    return sorted(rows), rejects


# --- files ---------------------------------------------------------------------------------


def _read_csv(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, list[str], list[str]]]:
    """Yield (line, header, fields) for each non-blank data row, after checking the header."""
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    with handle:
        reader = csv.reader(handle)
        header = [name.strip() for name in next(reader, [])]
        missing = [name for name in required if name not in header]
        if missing:
            raise InputError(f"{path} has no column {', '.join(missing)}")
        for fields in reader:
            if any(field.strip() for field in fields):  # skip blank lines
                yield reader.line_num, header, fields


def read_rates(path: Path) -> dict[tuple[str, str], Decimal]:
    rates: dict[tuple[str, str], Decimal] = {}
    for line, header, fields in _read_csv(path, RATE_COLUMNS):
        row = {name: value.strip() for name, value in zip(header, fields)}
        try:
            rate = parse_amount(row.get("rate_to_eur", ""))
        except ValueError as exc:
            raise InputError(f"{path}, line {line}: {exc}") from None
        if rate <= 0:
            raise InputError(f"{path}, line {line}: rate_to_eur must be positive")
        rates[(row.get("date", ""), row.get("currency", ""))] = rate
    return rates


def read_events(path: Path) -> Iterator[Event | Reject]:
    for line, header, fields in _read_csv(path, ORDER_COLUMNS):
        yield parse_event(line, header, fields)


def write_rejects(path: Path, rejects: Iterable[Reject]) -> None:
    """Write the rejects next to their destination, then rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=REJECT_COLUMNS, extrasaction="ignore")
            writer.writeheader()
            for reject in sorted(rejects, key=lambda r: r.line):
                writer.writerow({**reject.values, "line": reject.line, "reason": reject.reason})
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def process(events: Iterable[Event | Reject], rates: dict[tuple[str, str], Decimal]) -> Outcome:
    usable: list[Event] = []
    rejects: list[Reject] = []
    for item in events:
        if isinstance(item, Event):
            usable.append(item)
        else:
            rejects.append(item)
    rows, late_rejects = daily_revenue(latest_events(usable), rates)
    return Outcome(
        rows=rows,
        days={event.day for event in usable},
        rejects=rejects + late_rejects,
        rows_read=len(usable) + len(rejects),
    )


def run(orders: Path, rates: Path, database: Path, rejects: Path) -> str:
    """The whole run. Returns a one-line summary for the log."""
    outcome = process(read_events(orders), read_rates(rates))
    write_rejects(rejects, outcome.rejects)
    with closing(db.connect(database)) as con:
        db.replace_days(con, outcome.days, outcome.rows)
    return (
        f"read {outcome.rows_read} rows, rejected {len(outcome.rejects)} (see {rejects}); "
        f"wrote {len(outcome.rows)} rows for {len(outcome.days)} days to {database}"
    )
