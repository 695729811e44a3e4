"""Vault-level tables: settings and the users whose key slots open the vault."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from migdesk.models.base import Base


class VaultSetting(Base):
    """Key/value settings that travel with the vault (own authority, retention defaults…)."""

    __tablename__ = "vault_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    """A workstation user. The role here is authoritative; the key slot only opens the vault."""

    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(64))  # comma-separated roles
    full_name: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(300))  # printed under letters
    phone: Mapped[str | None] = mapped_column(String(64))  # the executor mark's phone
    # The interface language chosen by the user (ru, kk, hy, en); None: the workstation's.
    language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime]
    active: Mapped[bool] = mapped_column(default=True)
