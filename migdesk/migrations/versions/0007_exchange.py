"""bundle exchange: own keys, partner certificates, CRLs, channels, bundle log

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_bundle_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("peer", sa.String(length=40), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("label_sha256", sa.String(length=64), nullable=False),
        sa.Column("created", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("item_counts", sa.Text(), nullable=False),
        sa.Column("missing_before", sa.Text(), nullable=True),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("cover_text", sa.Text(), nullable=True),
        sa.Column("logged_at", sa.DateTime(), nullable=False),
        sa.Column("logged_by", sa.String(length=64), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
        sa.Column("ack_bundle_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_bundle_log")),
    )
    with op.batch_alter_table("exchange_bundle_log", schema=None) as batch_op:
        batch_op.create_index(
            "ix_exchange_bundle_log_bundle", ["bundle_id", "direction"], unique=True
        )
        batch_op.create_index(
            "ix_exchange_bundle_log_sequence",
            ["peer", "channel", "direction", "sequence"],
            unique=False,
        )

    op.create_table(
        "exchange_channels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("peer", sa.String(length=40), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("last_sent", sa.Integer(), nullable=False),
        sa.Column("last_received", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_channels")),
    )
    with op.batch_alter_table("exchange_channels", schema=None) as batch_op:
        batch_op.create_index("ix_exchange_channels_peer_channel", ["peer", "channel"], unique=True)

    op.create_table(
        "exchange_crls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("authority", sa.String(length=40), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("last_update", sa.DateTime(), nullable=False),
        sa.Column("next_update", sa.DateTime(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_crls")),
        sa.UniqueConstraint("sha256", name=op.f("uq_exchange_crls_sha256")),
    )
    with op.batch_alter_table("exchange_crls", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_crls_authority"), ["authority"], unique=False)

    op.create_table(
        "exchange_own_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("authority", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("certificate_der", sa.LargeBinary(), nullable=False),
        sa.Column("chain_pem", sa.Text(), nullable=False),
        sa.Column("private_key_der", sa.LargeBinary(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("not_after", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_own_keys")),
        sa.UniqueConstraint("sha256", name=op.f("uq_exchange_own_keys_sha256")),
    )

    op.create_table(
        "exchange_partner_certs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("authority", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("certificate_der", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("not_after", sa.DateTime(), nullable=False),
        sa.Column("confirmed_sha256", sa.String(length=64), nullable=False),
        sa.Column("confirmed_by", sa.String(length=64), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_partner_certs")),
        sa.UniqueConstraint("sha256", name=op.f("uq_exchange_partner_certs_sha256")),
    )
    with op.batch_alter_table("exchange_partner_certs", schema=None) as batch_op:
        batch_op.create_index(
            "ix_exchange_partner_certs_authority_role", ["authority", "role"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("exchange_partner_certs", schema=None) as batch_op:
        batch_op.drop_index("ix_exchange_partner_certs_authority_role")
    op.drop_table("exchange_partner_certs")
    op.drop_table("exchange_own_keys")
    with op.batch_alter_table("exchange_crls", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_crls_authority"))
    op.drop_table("exchange_crls")
    with op.batch_alter_table("exchange_channels", schema=None) as batch_op:
        batch_op.drop_index("ix_exchange_channels_peer_channel")
    op.drop_table("exchange_channels")
    with op.batch_alter_table("exchange_bundle_log", schema=None) as batch_op:
        batch_op.drop_index("ix_exchange_bundle_log_sequence")
        batch_op.drop_index("ix_exchange_bundle_log_bundle")
    op.drop_table("exchange_bundle_log")
