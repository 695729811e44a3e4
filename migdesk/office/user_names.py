"""How the workstation's users are named where their actions are shown (history, steps):
the full name an administrator entered, else the login (issue 13.15: logins read like a
machine log)."""

from __future__ import annotations

from sqlalchemy import select

from migdesk.models import User
from migdesk.vault import Vault


def user_names(vault: Vault) -> dict[str, str]:
    """Login → full name, for every user that has one (colleagues, not data subjects)."""
    with vault.read_session() as session:
        rows = session.execute(select(User.name, User.full_name)).all()
    return {name: full.strip() for name, full in rows if full and full.strip()}
