"""The output table and the only way this program writes to it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS daily_revenue (
    day TEXT NOT NULL,          -- UTC calendar day, YYYY-MM-DD
    country TEXT NOT NULL,      -- as given in the orders file
    revenue_eur TEXT NOT NULL,  -- exact decimal with two places, e.g. 1234.50
    orders INTEGER NOT NULL,    -- paid orders counted in revenue_eur
    PRIMARY KEY (day, country)
)
"""

Row = tuple[str, str, str, int]


def connect(path: Path | str) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    con.execute(SCHEMA)
    return con


def replace_days(con: sqlite3.Connection, days: Iterable[str], rows: Iterable[Row]) -> None:
    """Replace everything stored for ``days`` with ``rows``, in one transaction.

    Deleting by day rather than upserting by key matters when a corrected file is rerun: a
    day and country that no longer has any paid order must disappear, not keep its old total.
    Days the input does not cover are left as they are.
    """
    with con:  # commits on success, rolls back on any exception
        con.executemany("DELETE FROM daily_revenue WHERE day = ?", [(d,) for d in sorted(days)])
        con.executemany(
            "INSERT INTO daily_revenue (day, country, revenue_eur, orders) VALUES (?, ?, ?, ?)",
            rows,
        )
