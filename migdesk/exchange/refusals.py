"""Refused imports in the audit log (Art. 11.4): who offered what, and why it was refused.

A hostile or damaged bundle changes nothing in the vault, but that it was offered to this
workstation is recorded: sender, channel, sequence and bundle id as the label states them
(``label_verified`` says whether its signature had been checked), and the named reason.
Never the content, never the message text (it may quote a record).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from migdesk.bundles import BundleRejected
from migdesk.bundles.label import Label
from migdesk.errors import MigDeskError
from migdesk.exchange.errors import ExchangeReason, ExchangeRefused
from migdesk.security import audit
from migdesk.vault import Vault

ACTION = "bundle.import_refused"


@dataclass
class Attempt:
    """What is known about the bundle so far; filled in as the import proceeds."""

    dry_run: bool = False
    label: Label | None = None
    verified: bool = False


def details(attempt: Attempt, reason: str) -> dict[str, Any]:
    label = attempt.label
    return {
        "reason": reason,
        "from": label.sender if label else None,
        "channel": label.channel if label else None,
        "sequence": label.sequence if label else None,
        "bundle_id": label.bundle_id if label else None,
        "label_verified": attempt.verified,
        "dry_run": attempt.dry_run,
    }


def record(vault: Vault, attempt: Attempt, exc: BundleRejected | ExchangeRefused) -> None:
    """One audit entry in its own transaction; a failure to write it never hides the
    refusal itself (the caller re-raises the original error)."""
    if isinstance(exc, ExchangeRefused) and exc.reason is ExchangeReason.CANCELLED:
        return  # the officer stopped it: not a refusal of the bundle
    label = attempt.label
    with contextlib.suppress(MigDeskError, SQLAlchemyError), vault.session() as session:
        audit.append(
            session,
            vault.user,
            ACTION,
            record_kind="bundle",
            record_id=label.bundle_id if label else None,
            details=details(attempt, exc.reason.value),
        )
