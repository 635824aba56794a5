"""Workspace invitations: an admin invites an e-mail address, the invitee accepts with a token."""

from invitations.models import (
    AlreadyUsed,
    InvalidEmail,
    Invitation,
    InvitationError,
    InvitationExpired,
    InvitationNotFound,
    NotAllowed,
    User,
    WrongRecipient,
)
from invitations.service import InvitationService
from invitations.sqlite_store import SqliteStore

__all__ = [
    "AlreadyUsed",
    "InvalidEmail",
    "Invitation",
    "InvitationError",
    "InvitationExpired",
    "InvitationNotFound",
    "InvitationService",
    "NotAllowed",
    "SqliteStore",
    "User",
    "WrongRecipient",
]
