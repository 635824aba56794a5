"""Domain objects and errors for workspace invitations."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


def normalise_email(email: str) -> str:
    """Compare addresses the way people expect: ignore surrounding spaces and letter case."""
    return email.strip().casefold()


@dataclass
class User:
    """The signed-in user, as the web layer passes it in."""

    user_id: str
    email: str
    roles: dict[str, str] = field(default_factory=dict)  # workspace id -> "admin" or "member"

    def is_admin_of(self, workspace_id: str) -> bool:
        return self.roles.get(workspace_id) == "admin"


@dataclass
class Invitation:
    """An invitation as stored. The token itself is never stored, only its hash."""

    workspace_id: str
    email: str  # normalised
    token_hash: str
    invited_by: str
    created_at: datetime
    accepted_at: datetime | None = None
    accepted_by: str | None = None


class InvitationError(Exception):
    """Base class for errors the web layer turns into a message for the user.

    Messages never contain the token: they end up in logs and error pages.
    """


class NotAllowed(InvitationError):
    pass


class InvitationNotFound(InvitationError):
    pass


class InvitationExpired(InvitationError):
    pass


class AlreadyUsed(InvitationError):
    pass


class WrongRecipient(InvitationError):
    pass


class InvalidEmail(InvitationError):
    pass
