"""The invitation flow: invite by e-mail, accept with the token from the link.

The service holds the rules (who may invite, who may accept, expiry, single use). Storage,
e-mail and the clock are passed in, so the rules can be tested without a database, a mail
server or waiting 72 hours. Untrusted input enters in two places: the e-mail address an admin
types, and the token from the link, which anyone can edit.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from invitations.models import (
    AlreadyUsed,
    Invitation,
    InvitationExpired,
    InvalidEmail,
    InvitationNotFound,
    NotAllowed,
    User,
    WrongRecipient,
    normalise_email,
)
from invitations.ports import Clock, InvitationStore, Mailer

EXPIRY = timedelta(hours=72)
ACCEPT_URL = "https://app.example.com/invitations/accept?token={token}"
MEMBER = "member"


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def hash_token(token: str) -> str:
    """Tokens are random and long, so a fast hash is enough; it keeps a database leak harmless."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class InvitationService:
    def __init__(self, store: InvitationStore, mailer: Mailer, clock: Clock = utc_now) -> None:
        self.store = store
        self.mailer = mailer
        self.clock = clock

    def invite(self, actor: User, workspace_id: str, email: str) -> Invitation:
        if not actor.is_admin_of(workspace_id):
            raise NotAllowed("only admins of this workspace can invite people")
        address = normalise_email(email)
        if address.count("@") != 1 or address.startswith("@") or address.endswith("@"):
            raise InvalidEmail("not an e-mail address")
        token = secrets.token_urlsafe(32)
        invitation = Invitation(
            workspace_id=workspace_id,
            email=address,
            token_hash=hash_token(token),
            invited_by=actor.user_id,
            created_at=self.clock(),
        )
        # Store first: a mail for an invitation that was never saved is a dead link. If the mail
        # fails after this, the admin sees the error and can send the invitation again.
        self.store.add(invitation)
        link = ACCEPT_URL.format(token=token)
        self.mailer.send(address, "You are invited", f"Join the workspace: {link}")
        return invitation

    def accept(self, actor: User, token: str) -> None:
        invitation = self.store.find_by_token_hash(hash_token(token))
        if invitation is None:
            raise InvitationNotFound("this invitation link is not valid")
        if invitation.accepted_at is not None:
            raise AlreadyUsed("this invitation has already been used")
        now = self.clock()
        if now - invitation.created_at > EXPIRY:
            raise InvitationExpired("this invitation has expired; ask for a new one")
        if normalise_email(actor.email) != invitation.email:
            raise WrongRecipient("this invitation was sent to a different e-mail address")
        if not self.store.accept(invitation.token_hash, actor.user_id, now, MEMBER):
            raise AlreadyUsed("this invitation has already been used")
