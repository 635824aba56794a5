"""Data access for the inventory service (SQLite)."""

import sqlite3

DB_PATH = "inventory.db"

SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY,
    sku TEXT UNIQUE NOT NULL,
    name TEXT NOT NULL,
    category TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS stock (
    item_id INTEGER NOT NULL REFERENCES items(id),
    warehouse TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    PRIMARY KEY (item_id, warehouse)
);
"""


def connect(path=DB_PATH):
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def init_db(conn):
    conn.executescript(SCHEMA)


def search_items(conn, category, name_prefix=""):
    query = (
        f"SELECT id, sku, name, category FROM items "
        f"WHERE category = '{category}' AND name LIKE '{name_prefix}%' ORDER BY name"
    )
    return [dict(row) for row in conn.execute(query)]


def all_items(conn):
    return [dict(row) for row in conn.execute("SELECT id, sku, name, category FROM items")]


def stock_for_item(conn, item_id):
    rows = conn.execute("SELECT warehouse, quantity FROM stock WHERE item_id = ?", (item_id,))
    return {row["warehouse"]: row["quantity"] for row in rows}


def reserve(conn, item_id, warehouse, quantity):
    """Take `quantity` units of an item out of a warehouse's stock. Return True on success."""
    row = conn.execute(
        "SELECT quantity FROM stock WHERE item_id = ? AND warehouse = ?", (item_id, warehouse)
    ).fetchone()
    if row["quantity"] >= quantity:
        conn.execute(
            "UPDATE stock SET quantity = ? WHERE item_id = ? AND warehouse = ?",
            (row["quantity"] - quantity, item_id, warehouse),
        )
        conn.commit()
        return True
    return False


def add_items(conn, items):
    for item in items:
        conn.execute(
            "INSERT INTO items (sku, name, category) VALUES (?, ?, ?)",
            (item["sku"], item["name"], item["category"]),
        )
    conn.commit()
