"""Tests for the invitation service. Run from the submission folder:

    python3 -m unittest discover -s tests -v
"""

import unittest
from unittest.mock import Mock

from invitations import AlreadyUsed, InvitationService, NotAllowed, User
from fakes import MemoryStore

ADMIN = User("u-1", "lead@example.com", {"ws-1": "admin"})
ANA = User("u-2", "ana@example.com")


class InvitationServiceTest(unittest.TestCase):
    def setUp(self) -> None:
        self.store = MemoryStore()
        self.mailer = Mock()
        self.service = InvitationService(self.store, self.mailer)

    def test_admin_can_invite(self) -> None:
        invitation = self.service.invite(ADMIN, "ws-1", "ana@example.com")
        self.assertEqual(invitation.email, "ana@example.com")
        self.mailer.send.assert_called_once()

    def test_member_cannot_invite(self) -> None:
        member = User("u-3", "bo@example.com", {"ws-1": "member"})
        with self.assertRaises(NotAllowed):
            self.service.invite(member, "ws-1", "ana@example.com")

    def test_invitee_becomes_member(self) -> None:
        invitation = self.service.invite(ADMIN, "ws-1", "ana@example.com")
        self.service.accept(ANA, invitation.token)
        self.assertTrue(self.store.is_member("ws-1", "u-2"))

    def test_invitation_works_once(self) -> None:
        invitation = self.service.invite(ADMIN, "ws-1", "ana@example.com")
        self.service.accept(ANA, invitation.token)
        with self.assertRaises(AlreadyUsed):
            self.service.accept(ANA, invitation.token)


if __name__ == "__main__":
    unittest.main()
