"""SQLAlchemy 2.0 typed models. Importing this package registers every table on ``Base``."""

from migdesk.models.audit import AuditEntry
from migdesk.models.base import Base
from migdesk.models.person import (
    Citizenship,
    CitizenshipAct,
    IdentityDocument,
    Liability,
    MovementRestriction,
    Person,
    PersonMedia,
    PersonRevision,
    Registration,
    ResidencePermit,
)
from migdesk.models.provenance import HandlingLimits, TransferConsent
from migdesk.models.retention import DestructionAct
from migdesk.models.vault_meta import User, VaultSetting

__all__ = [
    "AuditEntry",
    "Base",
    "Citizenship",
    "CitizenshipAct",
    "DestructionAct",
    "HandlingLimits",
    "IdentityDocument",
    "Liability",
    "MovementRestriction",
    "Person",
    "PersonMedia",
    "PersonRevision",
    "Registration",
    "ResidencePermit",
    "TransferConsent",
    "User",
    "VaultSetting",
]
