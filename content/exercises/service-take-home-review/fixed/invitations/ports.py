"""What the service needs from the outside world, so storage, e-mail and time can be replaced."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from invitations.models import Invitation

Clock = Callable[[], datetime]


class InvitationStore(Protocol):
    def add(self, invitation: Invitation) -> None:
        """Store a new invitation; raise if its token hash already exists."""

    def find_by_token_hash(self, token_hash: str) -> Invitation | None: ...

    def accept(self, token_hash: str, user_id: str, at: datetime, role: str) -> bool:
        """Mark the invitation used and add the member, in one transaction.

        Returns False, changing nothing, if the invitation was already used: two concurrent
        acceptances cannot both succeed.
        """

    def is_member(self, workspace_id: str, user_id: str) -> bool: ...


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> None: ...
