"""SQLAlchemy 2.0 typed models. Importing this package registers every table on ``Base``."""

from migdesk.models.audit import AuditEntry
from migdesk.models.authorities import (
    AgreementNotice,
    Authority,
    AuthorityChange,
    AuthorityName,
    FormBlank,
    Signatory,
    SignatoryNotification,
)
from migdesk.models.base import Base
from migdesk.models.blobs import AttachmentBlob, AttachmentChunk
from migdesk.models.consent_inbox import IncomingConsentRequest
from migdesk.models.drafts import CardDraft
from migdesk.models.exchange import (
    BundleLogEntry,
    ExchangeChannel,
    ExchangedItem,
    OwnKey,
    PartnerCertificate,
    RevocationList,
)
from migdesk.models.family import FamilyLink
from migdesk.models.linkage import PersonLink, PersonLinkFields, PersonMatchKey, PersonMerge
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
from migdesk.models.registry import RegistryListRow
from migdesk.models.requests import (
    JournalEntry,
    RegistrationJournal,
    Request,
    RequestAssignee,
    RequestAttachment,
    RequestPerson,
    RequestStep,
)
from migdesk.models.retention import DestructionAct, DestructionProposal
from migdesk.models.signatures import SignatureCheckRecord
from migdesk.models.statistics import ReceivedStatistics
from migdesk.models.thematic import (
    ThematicAttachment,
    ThematicItem,
    ThematicPerson,
    ThematicRequest,
)
from migdesk.models.vault_meta import User, VaultSetting

__all__ = [
    "AgreementNotice",
    "AttachmentBlob",
    "AttachmentChunk",
    "AuditEntry",
    "Authority",
    "AuthorityChange",
    "AuthorityName",
    "Base",
    "BundleLogEntry",
    "CardDraft",
    "Citizenship",
    "CitizenshipAct",
    "DestructionAct",
    "DestructionProposal",
    "ExchangeChannel",
    "ExchangedItem",
    "FamilyLink",
    "FormBlank",
    "HandlingLimits",
    "IdentityDocument",
    "IncomingConsentRequest",
    "JournalEntry",
    "Liability",
    "MovementRestriction",
    "OwnKey",
    "PartnerCertificate",
    "Person",
    "PersonLink",
    "PersonLinkFields",
    "PersonMatchKey",
    "PersonMedia",
    "PersonMerge",
    "PersonRevision",
    "ReceivedStatistics",
    "Registration",
    "RegistrationJournal",
    "RegistryListRow",
    "Request",
    "RequestAssignee",
    "RequestAttachment",
    "RequestPerson",
    "RequestStep",
    "ResidencePermit",
    "RevocationList",
    "Signatory",
    "SignatoryNotification",
    "SignatureCheckRecord",
    "ThematicAttachment",
    "ThematicItem",
    "ThematicPerson",
    "ThematicRequest",
    "TransferConsent",
    "User",
    "VaultSetting",
]
