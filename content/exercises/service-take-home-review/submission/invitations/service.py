"""The invitation flow: invite by e-mail, accept with the token from the link."""

from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from invitations.models import (
    AlreadyUsed,
    Invitation,
    InvitationExpired,
    InvitationNotFound,
    NotAllowed,
    User,
)
from invitations.ports import InvitationStore, Mailer
from invitations.sqlite_store import SqliteStore

EXPIRY = timedelta(hours=72)
ACCEPT_URL = "https://app.example.com/invitations/accept?token={token}"


class InvitationService:
    def __init__(self, store: InvitationStore | None = None, mailer: Mailer | None = None) -> None:
        self.store = store or SqliteStore("invitations.db")
        self.mailer = mailer

    def invite(self, actor: User, workspace_id: str, email: str) -> Invitation:
        if "admin" not in actor.roles.values():
            raise NotAllowed("only admins can invite people")
        token = "".join(random.choices(string.ascii_letters + string.digits, k=8))
        invitation = Invitation(
            workspace_id=workspace_id,
            email=email,
            token=token,
            invited_by=actor.user_id,
            created_at=datetime.now(timezone.utc),
        )
        link = ACCEPT_URL.format(token=token)
        self.mailer.send(email, "You are invited", f"Join the workspace: {link}")
        self.store.add(invitation)
        return invitation

    def accept(self, actor: User, token: str) -> None:
        invitation = self.store.find_by_token(token)
        if invitation is None:
            raise InvitationNotFound(f"no invitation with token {token}")
        if invitation.accepted_at is not None:
            raise AlreadyUsed(f"invitation {token} was already used")
        if datetime.now(timezone.utc) - invitation.created_at > EXPIRY:
            raise InvitationExpired(f"invitation {token} has expired")
        invitation.accepted_at = datetime.now(timezone.utc)
        invitation.accepted_by = actor.user_id
        self.store.add_member(invitation.workspace_id, actor.user_id, "member")
