"""Domain objects and errors for workspace invitations."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class User:
    """The signed-in user, as the web layer passes it in."""

    user_id: str
    email: str
    roles: dict[str, str] = field(default_factory=dict)  # workspace id -> "admin" or "member"


@dataclass
class Invitation:
    workspace_id: str
    email: str
    token: str
    invited_by: str
    created_at: datetime
    accepted_at: datetime | None = None
    accepted_by: str | None = None


class InvitationError(Exception):
    """Base class for errors the web layer turns into a message for the user."""


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
