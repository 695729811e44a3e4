"""Exchange bundles: the folder a courier carries from one authority to the other.

See ``docs/bundle-format.md``. Nothing here needs the vault: writing takes the records and
attachments to send, opening returns them, inspecting needs no key at all.
"""

from migdesk.bundles.content import Attachment
from migdesk.bundles.courier import BundleInfo, Problem, SignatureStatus, inspect
from migdesk.bundles.errors import BundleRejected, Reason
from migdesk.bundles.label import Kind, Label, bundle_dir_name
from migdesk.bundles.manifest import Manifest, ManifestEntry
from migdesk.bundles.media import EXPORT_MESSAGES, ExportStatus
from migdesk.bundles.payload import AttachmentSink, AttachmentWriter, Limits
from migdesk.bundles.reader import MemorySink, OpenedBundle, open_bundle
from migdesk.bundles.writer import ExportResult, OutgoingBundle, write_bundle
from migdesk.progress import Cancelled

__all__ = [
    "EXPORT_MESSAGES",
    "Attachment",
    "AttachmentSink",
    "AttachmentWriter",
    "BundleInfo",
    "BundleRejected",
    "Cancelled",
    "ExportResult",
    "ExportStatus",
    "Kind",
    "Label",
    "Limits",
    "Manifest",
    "ManifestEntry",
    "MemorySink",
    "OpenedBundle",
    "OutgoingBundle",
    "Problem",
    "Reason",
    "SignatureStatus",
    "bundle_dir_name",
    "inspect",
    "open_bundle",
    "write_bundle",
]
