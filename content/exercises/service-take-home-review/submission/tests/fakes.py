"""In-memory doubles for the service's ports."""

from __future__ import annotations

from invitations.models import Invitation


class MemoryStore:
    def __init__(self) -> None:
        self.by_token: dict[str, Invitation] = {}
        self.members: set[tuple[str, str]] = set()

    def add(self, invitation: Invitation) -> None:
        self.by_token[invitation.token] = invitation

    def find_by_token(self, token: str) -> Invitation | None:
        return self.by_token.get(token)

    def add_member(self, workspace_id: str, user_id: str, role: str) -> None:
        self.members.add((workspace_id, user_id))

    def is_member(self, workspace_id: str, user_id: str) -> bool:
        return (workspace_id, user_id) in self.members
