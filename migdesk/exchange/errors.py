"""Why the vault side of an exchange refuses: named reasons for the GUI, the CLI and tests.

Problems with the bundle file itself come from ``migdesk.bundles`` as ``BundleRejected``;
these are the ones only the vault can see (replays, conflicts, records failing the schema,
missing keys)."""

from __future__ import annotations

from enum import Enum

from migdesk.errors import MigDeskError
from migdesk.messages import _
from migdesk.progress import Cancelled


class ExchangeReason(Enum):
    NO_OWN_AUTHORITY = "no_own_authority"
    NO_KEYS = "no_keys"
    KEYS_EXIST = "keys_exist"
    NOT_TRUSTED = "not_trusted"
    FINGERPRINT_MISMATCH = "fingerprint_mismatch"
    BAD_CERTIFICATE = "bad_certificate"
    NOTHING_TO_SEND = "nothing_to_send"
    SEQUENCE_TAKEN = "sequence_taken"
    REPLAY = "replay"
    CONFLICT = "conflict"
    INVALID_RECORD = "invalid_record"
    UNKNOWN_RECORD_TYPE = "unknown_record_type"
    CANCELLED = "cancelled"
    TOO_LARGE = "too_large"
    PIN_REQUIRED = "pin_required"
    WRONG_TOKEN = "wrong_token"


class ExchangeRefused(MigDeskError):
    """Refused with nothing changed; ``reason`` names why, ``str()`` says it in Russian."""

    def __init__(self, reason: ExchangeReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.problem: str | None = None  # what is wrong with one record, without the outcome


class ImportCancelled(ExchangeRefused, Cancelled):
    """The officer stopped a bundle import: the progress protocol's cancellation (the GUI
    ends the operation as cancelled), still an ``ExchangeRefused`` with reason ``CANCELLED``
    for the CLI and the callers that name the reason; nothing was written."""

    def __init__(self) -> None:
        super().__init__(ExchangeReason.CANCELLED, _("Загрузка отменена; хранилище не изменено."))
