"""SQLite implementation of the invitation store."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from invitations.models import Invitation

SCHEMA = """
CREATE TABLE IF NOT EXISTS invitations (
    token TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    email TEXT NOT NULL,
    invited_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    accepted_at TEXT,
    accepted_by TEXT
);
CREATE TABLE IF NOT EXISTS members (
    workspace_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
);
"""


class SqliteStore:
    def __init__(self, path: str) -> None:
        self.con = sqlite3.connect(path)
        self.con.executescript(SCHEMA)

    def add(self, invitation: Invitation) -> None:
        with self.con:
            self.con.execute(
                "INSERT INTO invitations VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    invitation.token,
                    invitation.workspace_id,
                    invitation.email,
                    invitation.invited_by,
                    invitation.created_at.isoformat(),
                    None,
                    None,
                ),
            )

    def find_by_token(self, token: str) -> Invitation | None:
        try:
            row = self.con.execute(
                f"SELECT * FROM invitations WHERE token = '{token}'"
            ).fetchone()
        except Exception:
            return None
        if row is None:
            return None
        return Invitation(
            token=row[0],
            workspace_id=row[1],
            email=row[2],
            invited_by=row[3],
            created_at=datetime.fromisoformat(row[4]),
            accepted_at=datetime.fromisoformat(row[5]) if row[5] else None,
            accepted_by=row[6],
        )

    def add_member(self, workspace_id: str, user_id: str, role: str) -> None:
        with self.con:
            self.con.execute(
                "INSERT OR IGNORE INTO members VALUES (?, ?, ?)", (workspace_id, user_id, role)
            )

    def is_member(self, workspace_id: str, user_id: str) -> bool:
        row = self.con.execute(
            "SELECT 1 FROM members WHERE workspace_id = ? AND user_id = ?", (workspace_id, user_id)
        ).fetchone()
        return row is not None
