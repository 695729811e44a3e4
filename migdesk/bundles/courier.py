"""Courier verification: is this bundle intact, from whom, to whom — without any key.

Needs no vault and no private key and never decrypts. Reports every problem found rather
than stopping at the first, so a courier can say what is wrong with a stick.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from migdesk.bundles import layout
from migdesk.bundles.cms import CmsSigner
from migdesk.bundles.errors import BundleRejected, Reason
from migdesk.bundles.label import Label
from migdesk.bundles.reader import read_label
from migdesk.bundles.signature import embedded_trust, parse_signature, trust_signer
from migdesk.messages import N_, lazy_table
from migdesk.pki.fingerprints import fingerprint
from migdesk.pki.names import display_name
from migdesk.pki.trust import TrustStore


class SignatureStatus(Enum):
    VALID = "valid"  # verified up to a CA the caller trusts
    UNVERIFIED = "unverified"  # intact and self-consistent, but no trusted CA was given
    UNKNOWN_SIGNER = "unknown_signer"
    EXPIRED = "expired"
    REVOKED = "revoked"
    SIGNER_MISMATCH = "signer_mismatch"
    BROKEN = "broken"


STATUS_TEXT = lazy_table(
    {
        SignatureStatus.VALID: N_("подпись действительна"),
        SignatureStatus.UNVERIFIED: N_("подпись цела, но подписант не проверен (не указан УЦ)"),
        SignatureStatus.UNKNOWN_SIGNER: N_("неизвестный подписант"),
        SignatureStatus.EXPIRED: N_("сертификат подписанта просрочен"),
        SignatureStatus.REVOKED: N_("сертификат подписанта отозван"),
        SignatureStatus.SIGNER_MISMATCH: N_("подписал не указанный отправитель"),
        SignatureStatus.BROKEN: N_("подпись недействительна"),
    }
)


# A bundle label's kind (``Label.kind.value``), as the courier and the bundle log name it.
KIND_TEXT = lazy_table({"data": N_("данные"), "acknowledgement": N_("подтверждение получения")})


class Verdict(Enum):
    """The courier's headline, kept precise so each face can word it."""

    VERIFIED = "verified"  # intact, signed by a sender checked against the given CA
    SENDER_UNVERIFIED = "sender_unverified"  # intact, but no CA given: authenticity unknown
    DAMAGED = "damaged"  # something is wrong (see problems)


VERDICT_TEXT = lazy_table(
    {
        Verdict.VERIFIED: N_("Итог: пакет цел. Отправитель проверен по сертификату УЦ."),
        Verdict.SENDER_UNVERIFIED: N_(
            "Итог: отправитель НЕ проверен — файлы не повреждены, но "
            "подлинность пакета не установлена (не указан сертификат УЦ "
            "отправителя, --ca)."
        ),
        Verdict.DAMAGED: N_("Итог: пакет НЕ цел."),
    }
)

_STATUS_OF = {
    Reason.UNKNOWN_SIGNER: SignatureStatus.UNKNOWN_SIGNER,
    Reason.SIGNER_EXPIRED: SignatureStatus.EXPIRED,
    Reason.SIGNER_REVOKED: SignatureStatus.REVOKED,
    Reason.SIGNER_MISMATCH: SignatureStatus.SIGNER_MISMATCH,
}


@dataclass(frozen=True)
class Problem:
    reason: Reason
    message: str


@dataclass
class BundleInfo:
    path: Path
    label: Label | None = None
    signature: SignatureStatus = SignatureStatus.BROKEN
    signer_name: str | None = None
    signer_fingerprint: str | None = None
    signing_time: datetime | None = None
    hashes_ok: bool = False
    name_matches: bool = False
    # SHA-256 of label.json as read: the checksum the transmittal register and the
    # sender's export name, so the courier can match the paper to the stick.
    label_sha256: str | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        """Signature and every hash in order (trusted, or unverifiable for lack of a CA)."""
        good = (SignatureStatus.VALID, SignatureStatus.UNVERIFIED)
        return not self.problems and self.hashes_ok and self.signature in good

    @property
    def sender_verified(self) -> bool:
        """The signer is checked up to a CA the caller trusts. ``intact`` alone is not that:
        without a CA anyone's home-made CA makes a self-consistent bundle."""
        return self.signature is SignatureStatus.VALID

    @property
    def verdict(self) -> Verdict:
        if not self.intact:
            return Verdict.DAMAGED
        return Verdict.VERIFIED if self.sender_verified else Verdict.SENDER_UNVERIFIED

    @property
    def total_size(self) -> int | None:
        return None if self.label is None else self.label.total_size

    def to_json(self) -> dict[str, Any]:
        label = self.label
        return {
            "path": str(self.path),
            "intact": self.intact,
            "bundle_id": label.bundle_id if label else None,
            "sender": label.sender if label else None,
            "addressee": label.addressee if label else None,
            "channel": label.channel if label else None,
            "sequence": label.sequence if label else None,
            "created": label.created if label else None,
            "kind": label.kind.value if label else None,
            "addressee_cert_sha256": label.addressee_cert_sha256 if label else None,
            "total_size": self.total_size,
            "label_sha256": self.label_sha256,
            "signature": self.signature.value,
            "signer": self.signer_name,
            "signer_cert_sha256": self.signer_fingerprint,
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
            "hashes_ok": self.hashes_ok,
            "sender_verified": self.sender_verified,
            "verdict": self.verdict.value,
            "name_matches": self.name_matches,
            "problems": [
                {"reason": problem.reason.value, "message": problem.message}
                for problem in self.problems
            ],
        }


def inspect(
    path: Path, trust: TrustStore | None = None, *, at: datetime | None = None
) -> BundleInfo:
    """What a courier may know about the bundle at ``path``; never raises BundleRejected."""
    info = BundleInfo(path=path)
    try:
        label, label_bytes, signature = read_label(path)
    except BundleRejected as exc:
        info.problems.append(Problem(exc.reason, str(exc)))
        return info
    info.label = label
    info.label_sha256 = hashlib.sha256(label_bytes).hexdigest()
    info.name_matches = path.name == label.dir_name
    _check_signature(info, label, label_bytes, signature, trust, at)
    info.hashes_ok = _check_files(info, path, label)
    return info


def _check_signature(
    info: BundleInfo,
    label: Label,
    label_bytes: bytes,
    signature: bytes,
    trust: TrustStore | None,
    at: datetime | None,
) -> None:
    signer: CmsSigner
    try:
        signer = parse_signature(signature, label_bytes)
    except BundleRejected as exc:
        info.problems.append(Problem(exc.reason, str(exc)))
        return
    info.signer_name = display_name(signer.certificate)
    info.signer_fingerprint = fingerprint(signer.certificate)
    info.signing_time = signer.signing_time
    store = trust if trust is not None else embedded_trust(signer, label.sender)
    try:
        trust_signer(signer, store, label.sender, at)
    except BundleRejected as exc:
        info.signature = _STATUS_OF.get(exc.reason, SignatureStatus.BROKEN)
        info.problems.append(Problem(exc.reason, str(exc)))
        return
    info.signature = SignatureStatus.VALID if trust is not None else SignatureStatus.UNVERIFIED


def _check_files(info: BundleInfo, path: Path, label: Label) -> bool:
    try:
        layout.check_names(path, label)
    except BundleRejected as exc:
        info.problems.append(Problem(exc.reason, str(exc)))
    ok = True
    for entry in label.files:
        try:
            layout.check_size(path, entry, limit=2**63)
            layout.check_hash(path, entry)
        except BundleRejected as exc:
            info.problems.append(Problem(exc.reason, str(exc)))
            ok = False
    return ok
