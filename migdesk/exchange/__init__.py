"""Bundles wired to the vault: own keys, partner trust, export and import of items.

``migdesk.bundles`` knows the file format and nothing of the vault; this package decides
what goes into a bundle (Art. 11 limits, acknowledgements), numbers it per channel, logs
it, and imports what arrives in one transaction. Item types are registered (``items``), so
requests and answers can be added without touching export or import.
"""

from migdesk.exchange.errors import ExchangeReason, ExchangeRefused
from migdesk.exchange.export import ExportResult, export_bundle
from migdesk.exchange.importing import (
    StagedImport,
    apply_staged,
    import_bundle,
    release_staged,
    stage_import,
)
from migdesk.exchange.items import (
    ART8_PURPOSE,
    ItemImporter,
    ItemSource,
    OutgoingItems,
    Resolution,
    register_importer,
    register_pending_source,
)
from migdesk.exchange.keys import create_own_keys, import_pkcs12, own_certificates_pem
from migdesk.exchange.preview import ImportPreview, ImportResult
from migdesk.exchange.trust import import_crl, trust_partner

__all__ = [
    "ART8_PURPOSE",
    "ExchangeReason",
    "ExchangeRefused",
    "ExportResult",
    "ImportPreview",
    "ImportResult",
    "ItemImporter",
    "ItemSource",
    "OutgoingItems",
    "Resolution",
    "StagedImport",
    "apply_staged",
    "create_own_keys",
    "export_bundle",
    "import_bundle",
    "import_crl",
    "import_pkcs12",
    "own_certificates_pem",
    "register_importer",
    "register_pending_source",
    "release_staged",
    "stage_import",
    "trust_partner",
]
