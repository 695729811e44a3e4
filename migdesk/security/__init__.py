"""Roles and permissions, the hash-chained audit trail and the handling rules of Article 11,
below the vault (they take a session); the services that use them are in ``migdesk.office``."""
