"""Where MigDesk keeps its files, and how they are created (owner-only)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "MigDesk"
DEFAULT_VAULT_NAME = "migdesk.vault"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_vault_path() -> Path:
    """``$MIGDESK_VAULT`` if set, else the vault in the user's data directory."""
    env = os.environ.get("MIGDESK_VAULT")
    if env:
        return Path(env)
    return data_dir() / DEFAULT_VAULT_NAME


def restrict_umask() -> None:
    """Every file this process creates is readable by its owner only (vault, WAL, backups)."""
    os.umask(0o077)


def ensure_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
