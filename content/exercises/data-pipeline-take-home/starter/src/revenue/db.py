"""The output table. How a run writes to it is part of the task."""

from __future__ import annotations

import sqlite3
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


def connect(path: Path | str) -> sqlite3.Connection:
    """Open the database and create the table if it does not exist yet."""
    con = sqlite3.connect(path)
    con.execute(SCHEMA)
    return con
