"""Regression tests for the defects in the invitation service under review.

Interviewer material. Each test names one planted issue from answer-key.md. On the submission
as shipped, seven of the nine tests fail; on the reference fix, all pass. Run from the exercise
folder:

    PYTHONPATH=submission python3 -m unittest -v test_invitation_defects.py   # 7 failures
    PYTHONPATH=fixed python3 -m unittest -v test_invitation_defects.py        # all pass

To see which defects a candidate fixed, point PYTHONPATH at their copy of the submission. The
tests use only the public API (InvitationService, SqliteStore, User and the errors) and read
the token from the e-mail, so they work whatever the candidate changed inside.
"""

from __future__ import annotations

import random
import re
import sqlite3
import unittest

from invitations import (
    AlreadyUsed,
    InvitationNotFound,
    InvitationService,
    NotAllowed,
    SqliteStore,
    User,
    WrongRecipient,
)

ADMIN = User("u-1", "lead@example.com", {"ws-a": "admin"})
ANA = User("u-2", "ana@example.com")
BO = User("u-3", "bo@example.com")
TOKEN = re.compile(r"token=([^\s&]+)")


class RecordingMailer:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str, str]] = []

    def send(self, to: str, subject: str, body: str) -> None:
        self.sent.append((to, subject, body))

    def last_token(self) -> str:
        match = TOKEN.search(self.sent[-1][2])
        if match is None:
            raise AssertionError(f"no token= link in the e-mail: {self.sent[-1][2]!r}")
        return match.group(1)


class BrokenStore(SqliteStore):
    """A store whose disk fails when an invitation is added."""

    def add(self, invitation) -> None:  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("disk I/O error")


class InvitationDefects(unittest.TestCase):
    def setUp(self) -> None:
        self.store = SqliteStore(":memory:")
        self.mailer = RecordingMailer()
        self.service = InvitationService(store=self.store, mailer=self.mailer)

    def invite_ana(self) -> str:
        self.service.invite(ADMIN, "ws-a", "ana@example.com")
        return self.mailer.last_token()

    # Behaviour that must survive every fix.

    def test_happy_path_with_a_differently_written_address(self) -> None:
        self.service.invite(ADMIN, "ws-a", "  Ana@Example.com")
        self.assertEqual(self.mailer.sent[-1][0].strip().lower(), "ana@example.com")
        self.service.accept(ANA, self.mailer.last_token())
        self.assertTrue(self.store.is_member("ws-a", ANA.user_id))

    def test_member_of_the_workspace_cannot_invite(self) -> None:
        member = User("u-4", "cy@example.com", {"ws-a": "member"})
        with self.assertRaises(NotAllowed):
            self.service.invite(member, "ws-a", "ana@example.com")

    # The planted defects.

    def test_s1_tokens_are_long_and_not_from_the_random_module(self) -> None:
        random.seed(2026)
        first = self.invite_ana()
        elsewhere = InvitationService(store=SqliteStore(":memory:"), mailer=self.mailer)
        random.seed(2026)
        elsewhere.invite(ADMIN, "ws-a", "ana@example.com")
        second = self.mailer.last_token()
        self.assertNotEqual(first, second, "the token is predictable from random's state")
        self.assertGreaterEqual(len(first), 22, "at least 128 bits of randomness, as text")

    def test_s2_only_the_invited_address_can_accept(self) -> None:
        token = self.invite_ana()
        with self.assertRaises(WrongRecipient):
            self.service.accept(BO, token)
        self.assertFalse(self.store.is_member("ws-a", BO.user_id))

    def test_s3_admin_of_another_workspace_cannot_invite(self) -> None:
        with self.assertRaises(NotAllowed):
            self.service.invite(ADMIN, "ws-b", "ana@example.com")

    def test_s4_token_from_the_link_cannot_inject_sql(self) -> None:
        self.invite_ana()
        with self.assertRaises(InvitationNotFound):
            self.service.accept(ANA, "' OR '1'='1")
        self.assertFalse(self.store.is_member("ws-a", ANA.user_id))

    def test_s5_token_is_not_stored_in_plain_text(self) -> None:
        token = self.invite_ana()
        tables = [r[0] for r in self.store.con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in self.store.con.execute(f'SELECT * FROM "{table}"'):
                self.assertFalse(any(token in str(value) for value in row), f"token found in {table}")

    def test_s6_invitation_works_once_against_the_real_store(self) -> None:
        token = self.invite_ana()
        self.service.accept(ANA, token)
        with self.assertRaises(AlreadyUsed):
            self.service.accept(ANA, token)

    def test_s7_no_mail_for_an_invitation_that_was_not_stored(self) -> None:
        service = InvitationService(store=BrokenStore(":memory:"), mailer=self.mailer)
        with self.assertRaises(sqlite3.OperationalError):
            service.invite(ADMIN, "ws-a", "ana@example.com")
        self.assertEqual(self.mailer.sent, [], "a link was mailed for an invitation that does not exist")


if __name__ == "__main__":
    unittest.main()
