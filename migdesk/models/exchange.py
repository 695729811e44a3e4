"""Bundle exchange inside the vault: our own authority keys, partners' certificates
confirmed from the paper letter, CRLs, per-channel sequence numbers and the log of every
bundle sent and received (Art. 9.1, 11.4).

Private keys are stored as unencrypted PKCS#8 DER: the vault itself is the encryption
(SQLCipher), and a second password would only move the problem.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from migdesk.models.base import Base


class OwnKey(Base):
    """One of our certificates (ca | signing | encryption) and, when we hold it, its key."""

    __tablename__ = "exchange_own_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    authority: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(16))  # ca | signing | encryption
    certificate_der: Mapped[bytes] = mapped_column(LargeBinary)
    # Certificates above the leaf (intermediates, CA), PEM; empty for our own CA.
    chain_pem: Mapped[str] = mapped_column(Text, default="")
    # A national PKI may give us the CA certificate without its key: then None.
    private_key_der: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    not_after: Mapped[datetime]
    source: Mapped[str] = mapped_column(String(16))  # created | pkcs12 | pkcs11
    # A signing key on a PKCS#11 token (source pkcs11): the module, the token's label and the
    # key's label; the key is used there with the PIN and private_key_der stays None.
    token_library: Mapped[str | None] = mapped_column(Text, default=None)
    token_label: Mapped[str | None] = mapped_column(String(64), default=None)
    token_key_label: Mapped[str | None] = mapped_column(String(64), default=None)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))


class PartnerCertificate(Base):
    """A partner authority's certificate, accepted after its CA fingerprint was confirmed
    against the signed paper letter (Art. 9.3)."""

    __tablename__ = "exchange_partner_certs"
    __table_args__ = (Index("ix_exchange_partner_certs_authority_role", "authority", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    authority: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(16))  # ca | signing | encryption
    certificate_der: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    subject: Mapped[str] = mapped_column(String(300))
    not_after: Mapped[datetime]
    # The CA fingerprint the administrator typed from the letter (the same for every
    # certificate accepted with it), who did and when.
    confirmed_sha256: Mapped[str] = mapped_column(String(64))
    confirmed_by: Mapped[str] = mapped_column(String(64))
    confirmed_at: Mapped[datetime]
    active: Mapped[bool] = mapped_column(default=True)


class RevocationList(Base):
    """A CRL that verified with a trusted CA's key when it was imported."""

    __tablename__ = "exchange_crls"

    id: Mapped[int] = mapped_column(primary_key=True)
    authority: Mapped[str] = mapped_column(String(40), index=True)
    der: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    last_update: Mapped[datetime]
    next_update: Mapped[datetime | None]
    imported_at: Mapped[datetime]
    imported_by: Mapped[str] = mapped_column(String(64))


class ExchangeChannel(Base):
    """Sequence numbers with one partner on one channel (we are always the other end)."""

    __tablename__ = "exchange_channels"
    __table_args__ = (Index("ix_exchange_channels_peer_channel", "peer", "channel", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    peer: Mapped[str] = mapped_column(String(40))
    channel: Mapped[str] = mapped_column(String(32))
    last_sent: Mapped[int] = mapped_column(default=0)
    last_received: Mapped[int] = mapped_column(default=0)  # highest imported so far


class BundleLogEntry(Base):
    """Every bundle written or imported: what the transmittal register and the
    acknowledgement screen show."""

    __tablename__ = "exchange_bundle_log"
    __table_args__ = (
        Index("ix_exchange_bundle_log_bundle", "bundle_id", "direction", unique=True),
        Index("ix_exchange_bundle_log_sequence", "peer", "channel", "direction", "sequence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(36))
    direction: Mapped[str] = mapped_column(String(3))  # out | in
    peer: Mapped[str] = mapped_column(String(40))
    channel: Mapped[str] = mapped_column(String(32))
    sequence: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))  # data | acknowledgement
    label_sha256: Mapped[str] = mapped_column(String(64))
    created: Mapped[str] = mapped_column(String(20))  # the label's UTC time
    status: Mapped[str] = mapped_column(String(16))  # written | imported
    item_counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON: type → count
    # Sequence numbers below this one never seen when it was imported (a gap), JSON list.
    missing_before: Mapped[str | None] = mapped_column(Text)
    path: Mapped[str | None] = mapped_column(Text)  # out: where it was written
    cover_text: Mapped[str | None] = mapped_column(Text)  # Art. 8 cover letter, if any
    logged_at: Mapped[datetime]
    logged_by: Mapped[str] = mapped_column(String(64))
    # out: when the partner's acknowledgement arrived; in: when ours was written.
    acknowledged_at: Mapped[datetime | None]
    ack_bundle_id: Mapped[str | None] = mapped_column(String(36))


class ExchangedItem(Base):
    """A request or a step letter that went out in a bundle, or came in from one: what
    ``--all-pending`` leaves out next time, and what makes a repeated letter harmless."""

    __tablename__ = "exchange_items"
    __table_args__ = (
        Index("ix_exchange_items_key", "direction", "peer", "item_type", "item_key", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # out | in
    peer: Mapped[str] = mapped_column(String(40))
    item_type: Mapped[str] = mapped_column(String(32))  # request | request_step
    item_key: Mapped[str] = mapped_column(String(80))  # request id, or "request id#seq"
    bundle_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime]
