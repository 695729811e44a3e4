"""The encrypted vault: one SQLCipher file, opened by a data key kept in per-user key slots."""

from migdesk.vault.store import Vault

__all__ = ["Vault"]
