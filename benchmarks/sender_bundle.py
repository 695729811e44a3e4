"""The bundle the person import benchmarks load: a throw-away AM-MIGRATION workstation
(test key profile) writes that many synthetic persons (``migdesk.demo``, checked by the
person codec) with MigDesk's own bundle writer and its real keys, as ``tests/exchange`` do,
to the receiving vault's authority; each trusts the other. ``export_bundle`` is not used: it
reads every person back through the ORM first (minutes for 20,000), and that is not what
the benchmarks measure."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from benchmarks.cached_vault import SEED, fast_kdf
from benchmarks.figures import PASSWORD, USER

SENDER = "AM-MIGRATION"


def _certificates(vault: Any) -> tuple[Any, str]:
    from cryptography import x509

    from migdesk.exchange import create_own_keys, own_certificates_pem
    from migdesk.exchange.errors import ExchangeRefused

    try:
        pem, fingerprint = own_certificates_pem(vault)
    except ExchangeRefused:
        create_own_keys(vault)
        pem, fingerprint = own_certificates_pem(vault)
    return x509.load_pem_x509_certificates(pem), fingerprint


def make_bundle(work: Path, receiver: Path, persons: int) -> Path:
    """The sender's bundle to the receiver's authority, trusted both ways (reused from
    ``work`` when an earlier run left it there for the same receiver)."""
    from migdesk.bundles import OutgoingBundle, write_bundle
    from migdesk.demo import synthetic_persons
    from migdesk.exchange import trust_partner
    from migdesk.exchange.keys import own_authority, own_signing
    from migdesk.exchange.trust import load_trust, partner_encryption_certificate
    from migdesk.persons import codec
    from migdesk.pki.keys import KeyPair
    from migdesk.vault import Vault

    done = work / "bundle.json"
    if done.is_file():
        known = json.loads(done.read_text())
        if known["receiver"] == str(receiver) and known["persons"] == persons:
            return Path(known["path"])
    shutil.rmtree(work / "stick", ignore_errors=True)
    sender_path = work / "sender.vault"
    for leftover in work.glob("sender.vault*"):
        leftover.unlink()
    with fast_kdf():
        Vault.create(sender_path, USER, PASSWORD, authority=SENDER).close()
    with Vault.open(sender_path, USER, PASSWORD) as sender:
        sender_certs = _certificates(sender)
    with Vault.open(receiver, USER, PASSWORD) as vault:
        with vault.read_session() as session:
            code = own_authority(session)
        receiver_certs = _certificates(vault)
        trust_partner(vault, SENDER, *sender_certs)
    stick = work / "stick"
    stick.mkdir()
    records = []
    for raw in synthetic_persons(persons, SEED + 17):
        data = codec.check_person(raw).data
        records.append({"type": "person", "id": data["id"], "data": data})
    with Vault.open(sender_path, USER, PASSWORD) as sender:
        trust_partner(sender, code, *receiver_certs)
        with sender.read_session() as session:
            signing = own_signing(session)
            assert isinstance(signing, KeyPair)  # the bench's keys are in the vault
            recipient = partner_encryption_certificate(session, code)
            trust = load_trust(session)
    bundle = OutgoingBundle(SENDER, code, 1, signing, recipient, records)
    result = write_bundle(bundle, stick, trust)
    assert result.ok and result.path is not None, result.message
    done.write_text(
        json.dumps({"receiver": str(receiver), "persons": persons, "path": str(result.path)})
    )
    return result.path
