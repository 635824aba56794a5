"""Tests for the fixed invitation service. Run from the fixed folder:

    python3 -m unittest discover -s tests -v

They run against the real SQLite store in memory rather than a hand-written fake: a fake that
hands back the same object it was given hid the missing save in the submission. Time comes from
a clock the test controls.
"""

import unittest
from datetime import datetime, timedelta, timezone

from invitations import (
    AlreadyUsed,
    InvalidEmail,
    InvitationExpired,
    InvitationNotFound,
    InvitationService,
    NotAllowed,
    SqliteStore,
    User,
    WrongRecipient,
)
from invitations.service import hash_token

ADMIN = User("u-1", "lead@example.com", {"ws-a": "admin", "ws-b": "member"})
ANA = User("u-2", "ana@example.com")
START = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


class Mailer:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def send(self, to: str, subject: str, body: str) -> None:
        self.sent.append((to, body))

    def token(self) -> str:
        return self.sent[-1][1].rsplit("token=", 1)[1]


class InvitationServiceTest(unittest.TestCase):
    def setUp(self) -> None:
        self.store = SqliteStore(":memory:")
        self.addCleanup(self.store.close)
        self.mailer = Mailer()
        self.clock = Clock()
        self.service = InvitationService(self.store, self.mailer, self.clock)

    def invite(self, email: str = "ana@example.com") -> str:
        self.service.invite(ADMIN, "ws-a", email)
        return self.mailer.token()

    def test_invitee_becomes_member(self) -> None:
        self.service.accept(ANA, self.invite())
        self.assertTrue(self.store.is_member("ws-a", ANA.user_id))

    def test_mail_goes_to_the_normalised_address(self) -> None:
        self.invite("  Ana@Example.COM ")
        self.assertEqual(self.mailer.sent[-1][0], "ana@example.com")

    def test_only_admins_of_that_workspace_invite(self) -> None:
        for workspace in ("ws-b", "ws-c"):  # member there; not a member at all
            with self.subTest(workspace=workspace), self.assertRaises(NotAllowed):
                self.service.invite(ADMIN, workspace, "ana@example.com")
        self.assertEqual(self.mailer.sent, [])

    def test_malformed_address_is_refused(self) -> None:
        for email in ("", "ana", "@example.com", "ana@", "a@b@c"):
            with self.subTest(email=email), self.assertRaises(InvalidEmail):
                self.service.invite(ADMIN, "ws-a", email)

    def test_someone_else_with_the_link_cannot_accept(self) -> None:
        token = self.invite()
        with self.assertRaises(WrongRecipient):
            self.service.accept(User("u-3", "bo@example.com"), token)
        self.service.accept(ANA, token)  # the invitation is still usable by Ana

    def test_works_once(self) -> None:
        token = self.invite()
        self.service.accept(ANA, token)
        with self.assertRaises(AlreadyUsed):
            self.service.accept(ANA, token)

    def test_second_acceptance_loses_even_after_both_passed_the_checks(self) -> None:
        token = self.invite()
        self.assertTrue(self.store.accept(hash_token(token), ANA.user_id, START, "member"))
        self.assertFalse(self.store.accept(hash_token(token), "u-9", START, "member"))
        self.assertFalse(self.store.is_member("ws-a", "u-9"))

    def test_expires_after_72_hours(self) -> None:
        token = self.invite()
        self.clock.now = START + timedelta(hours=72)
        self.service.accept(ANA, token)  # exactly 72 hours is still valid
        other = self.invite("bo@example.com")
        self.clock.now += timedelta(hours=72, seconds=1)
        with self.assertRaises(InvitationExpired):
            self.service.accept(User("u-3", "bo@example.com"), other)

    def test_unknown_and_hostile_tokens_are_not_found_and_not_echoed(self) -> None:
        self.invite()
        for token in ("", "nope", "' OR '1'='1"):
            with self.subTest(token=token), self.assertRaises(InvitationNotFound) as caught:
                self.service.accept(ANA, token)
            if token:
                self.assertNotIn(token, str(caught.exception))


if __name__ == "__main__":
    unittest.main()
