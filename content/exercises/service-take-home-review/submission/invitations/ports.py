"""What the service needs from the outside world, so storage and e-mail can be replaced."""

from __future__ import annotations

from typing import Protocol

from invitations.models import Invitation


class InvitationStore(Protocol):
    def add(self, invitation: Invitation) -> None: ...

    def find_by_token(self, token: str) -> Invitation | None: ...

    def add_member(self, workspace_id: str, user_id: str, role: str) -> None: ...

    def is_member(self, workspace_id: str, user_id: str) -> bool: ...


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> None: ...
