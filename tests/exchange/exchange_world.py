"""Two real workstations for the exchange tests: a KZ-MVD and an AM-MIGRATION vault, each
with its own keys, trusting each other after a fingerprint check; KZ also trusts a third
authority (KZ-MTSZN) that has no vault here. Built once, copied for every test.

Imported as ``tests.exchange.exchange_world`` (not a test module)."""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy import select
from sqlalchemy.orm import undefer

from migdesk.bundles import Attachment, OutgoingBundle, write_bundle
from migdesk.exchange import create_own_keys, export_bundle, own_certificates_pem, trust_partner
from migdesk.exchange.keys import own_signing
from migdesk.exchange.trust import load_trust, partner_encryption_certificate
from migdesk.models import OwnKey
from migdesk.pki import AuthorityKeys, KeyPair, create_authority, fingerprint
from migdesk.pki.authority import issue_signing_certificate
from migdesk.pki.keys import KeyAlgorithm, as_private_key
from migdesk.requests.records import AttachmentInput
from migdesk.requests.thematic import ThematicInput, ThematicService
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, Cli
from tests.signing.softhsm import SoftToken, put_key

KZ, AM, THIRD = "KZ-MVD", "AM-MIGRATION", "KZ-MTSZN"
VAULT_NAME = "test.vault"


@dataclass(frozen=True)
class Station:
    """One workstation's vault folder (copy it before changing anything)."""

    code: str
    folder: Path

    @property
    def path(self) -> Path:
        return self.folder / VAULT_NAME

    @contextmanager
    def open(self) -> Iterator[Vault]:
        vault = Vault.open(self.path, ADMIN, PASSWORD)
        try:
            yield vault
        finally:
            vault.close()

    def cli(self) -> Cli:
        return Cli(self.path)

    def copy_to(self, target: Path) -> Station:
        shutil.copytree(self.folder, target)
        return Station(self.code, target)


def _pem(keys: AuthorityKeys) -> list[x509.Certificate]:
    return [keys.ca.certificate, keys.encryption.certificate, keys.signing.certificate]


def build_world(root: Path) -> tuple[Station, Station, AuthorityKeys]:
    stations = {}
    for code in (KZ, AM):
        folder = root / code
        Vault.create(folder / VAULT_NAME, ADMIN, PASSWORD, authority=code).close()
        stations[code] = Station(code, folder)
        with stations[code].open() as vault:
            create_own_keys(vault)
    exported: dict[str, tuple[list[x509.Certificate], str]] = {}
    for code, station in stations.items():
        with station.open() as vault:
            pem, ca_sha256 = own_certificates_pem(vault)
        exported[code] = (x509.load_pem_x509_certificates(pem), ca_sha256)
    third = create_authority(THIRD)
    with stations[KZ].open() as vault:
        trust_partner(vault, AM, *exported[AM])
        trust_partner(vault, THIRD, _pem(third), fingerprint(third.ca.certificate))
    with stations[AM].open() as vault:
        trust_partner(vault, KZ, *exported[KZ])
    return stations[KZ], stations[AM], third


def state(vault: Vault) -> dict[str, Any]:
    """Everything an import may change, without timestamps of the import itself."""
    tables = {
        "persons": "SELECT id, revision, surname_ru, given_name_ru, birth_date FROM persons",
        "limits": "SELECT record_kind, record_id, provider_authority, source_bundle_id, "
        "purpose, no_onward_transfer FROM handling_limits",
        "log": "SELECT bundle_id, direction, peer, channel, sequence, kind, label_sha256, "
        "status, item_counts, missing_before, cover_text, ack_bundle_id FROM exchange_bundle_log",
        "channels": "SELECT peer, channel, last_sent, last_received FROM exchange_channels",
        "revisions": "SELECT person_id, revision, action FROM person_revisions",
        "fts": "SELECT count(*) FROM person_fts",
    }
    return {name: sorted(vault.raw_execute(sql)) for name, sql in tables.items()}


def audit_head(vault: Vault) -> tuple[int, str]:
    """The newest audit entry other than a refused import's own record (``refusals``): a
    refused import adds exactly that, which ``refused_entries`` checks."""
    row = vault.raw_execute(
        "SELECT id, hash FROM audit_log WHERE action != 'bundle.import_refused' "
        "ORDER BY id DESC LIMIT 1"
    )[0]
    return int(row[0]), str(row[1])


def refused_entries(vault: Vault) -> list[dict[str, Any]]:
    """The details of every refused-import audit entry, oldest first."""
    rows = vault.raw_execute(
        "SELECT details FROM audit_log WHERE action = 'bundle.import_refused' ORDER BY id"
    )
    return [json.loads(row[0]) for row in rows]


def write_raw(
    sender: Station,
    to: str,
    out: Path,
    records: list[dict[str, Any]],
    *,
    sequence: int = 1,
    signing: KeyPair | None = None,
    sender_code: str | None = None,
    attachments: Sequence[Attachment] = (),
) -> Path:
    """A bundle made with ``sender``'s real keys but records nobody's MigDesk would write
    (for rejections); ``signing``/``sender_code`` sign as someone else instead."""
    with sender.open() as vault, vault.read_session() as session:
        own_pair = own_signing(session)
        assert isinstance(own_pair, KeyPair)  # the test stations keep their keys in the vault
        recipient = partner_encryption_certificate(session, to)
        trust = load_trust(session)
    bundle = OutgoingBundle(
        sender=sender_code or sender.code,
        addressee=to,
        sequence=sequence,
        signing=signing or own_pair,
        recipient_certificate=recipient,
        records=records,
        attachments=attachments,
    )
    result = write_bundle(bundle, out, trust)
    assert result.ok and result.path is not None, result.message
    return result.path


def person_record(data: dict[str, Any], person_id: str | None = None) -> dict[str, Any]:
    pid = person_id or str(uuid.uuid4())
    return {"type": "person", "id": pid, "data": {**data, "id": pid}}


def own_ca(vault: Vault) -> KeyPair:
    """Our local CA with its key, as the vault holds it (it issues the token's certificate)."""
    with vault.read_session() as session:
        row = session.scalars(
            select(OwnKey)
            .where(OwnKey.role == "ca", OwnKey.active.is_(True))
            .options(undefer(OwnKey.private_key_der))
        ).one()
        assert row.private_key_der is not None
        cert = x509.load_der_x509_certificate(row.certificate_der)
        key = as_private_key(serialization.load_der_private_key(row.private_key_der, None))
    return KeyPair(cert, key, (cert,))


def token_key(vault: Vault, token: SoftToken, algorithm: KeyAlgorithm, *, chain: bool) -> KeyPair:
    """A signing certificate of our CA for a key created on the token's behalf."""
    ca = own_ca(vault)
    pair = issue_signing_certificate(ca, algorithm)
    put_key(token, pair, "bundle-signer", b"\x07", chain=(ca.certificate,) if chain else ())
    return pair


def bundle_with_attachment(kz: Station, stick: Path, mib: int) -> Path:
    """A KZ → AM bundle on ``stick`` carrying one thematic item with a ``mib`` MiB attachment
    of synthetic bytes (SHA-256 blocks: nothing compresses it away)."""
    data = b"".join(hashlib.sha256(i.to_bytes(4, "big")).digest() for i in range(mib * 32768))
    with kz.open() as vault:
        item_id = ThematicService(vault).add(
            ThematicInput(
                category="violations",
                title="Синтетические сведения",
                text="Синтетический текст.",
                attachments=[AttachmentInput("scan.bin", "application/octet-stream", data)],
            )
        )
        result = export_bundle(vault, AM, stick, thematic=[item_id])
    assert result.ok and result.path is not None, result.message
    return result.path
