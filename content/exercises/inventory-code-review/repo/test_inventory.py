import sqlite3
import unittest

import db
from utils import dedupe_by_sku, total_stock


class UtilsTest(unittest.TestCase):
    def test_dedupe(self):
        items = [{"sku": "A"}, {"sku": "A"}, {"sku": "B"}]
        self.assertEqual(len(dedupe_by_sku(items)), 2)

    def test_total_stock(self):
        self.assertEqual(total_stock({"north": 2, "south": 3}), 5)


class DbTest(unittest.TestCase):
    def test_reserve(self):
        conn = sqlite3.connect(":memory:")
        conn.row_factory = sqlite3.Row
        db.init_db(conn)
        conn.execute("INSERT INTO items (id, sku, name, category) VALUES (1, 'A', 'Anvil', 'tools')")
        conn.execute("INSERT INTO stock VALUES (1, 'north', 5)")
        self.assertTrue(db.reserve(conn, 1, "north", 2))


if __name__ == "__main__":
    unittest.main()
