"""SQLite implementation of the invitation store."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from invitations.models import Invitation

SCHEMA = """
CREATE TABLE IF NOT EXISTS invitations (
    token_hash TEXT PRIMARY KEY,
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
COLUMNS = "token_hash, workspace_id, email, invited_by, created_at, accepted_at, accepted_by"


class SqliteStore:
    def __init__(self, path: str) -> None:
        self.con = sqlite3.connect(path)
        self.con.executescript(SCHEMA)

    def close(self) -> None:
        self.con.close()

    def add(self, invitation: Invitation) -> None:
        with self.con:
            self.con.execute(
                f"INSERT INTO invitations ({COLUMNS}) VALUES (?, ?, ?, ?, ?, NULL, NULL)",
                (
                    invitation.token_hash,
                    invitation.workspace_id,
                    invitation.email,
                    invitation.invited_by,
                    invitation.created_at.isoformat(),
                ),
            )

    def find_by_token_hash(self, token_hash: str) -> Invitation | None:
        row = self.con.execute(
            f"SELECT {COLUMNS} FROM invitations WHERE token_hash = ?", (token_hash,)
        ).fetchone()
        if row is None:
            return None
        return Invitation(
            token_hash=row[0],
            workspace_id=row[1],
            email=row[2],
            invited_by=row[3],
            created_at=datetime.fromisoformat(row[4]),
            accepted_at=datetime.fromisoformat(row[5]) if row[5] else None,
            accepted_by=row[6],
        )

    def accept(self, token_hash: str, user_id: str, at: datetime, role: str) -> bool:
        with self.con:
            updated = self.con.execute(
                "UPDATE invitations SET accepted_at = ?, accepted_by = ?"
                " WHERE token_hash = ? AND accepted_at IS NULL",
                (at.isoformat(), user_id, token_hash),
            ).rowcount
            if updated == 0:
                return False
            self.con.execute(
                "INSERT OR IGNORE INTO members (workspace_id, user_id, role)"
                " SELECT workspace_id, ?, ? FROM invitations WHERE token_hash = ?",
                (user_id, role, token_hash),
            )
            return True

    def is_member(self, workspace_id: str, user_id: str) -> bool:
        row = self.con.execute(
            "SELECT 1 FROM members WHERE workspace_id = ? AND user_id = ?", (workspace_id, user_id)
        ).fetchone()
        return row is not None
