"""attachment bytes in pieces: attachment_blobs and attachment_chunks; request and thematic
attachments point at a blob, their bytes move there and the data column goes (issue #14)

Columns are added and dropped in place (SQLite ≥ 3.35): rebuilding the attachment tables
would fail on the stored signature checks that refer to them. One row's bytes at a time are
read (at most the 50 MB an attachment could have before), written in 1 MiB pieces.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06
"""

from __future__ import annotations

import hashlib
import re

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

PIECE = 1024 * 1024
TABLES = ("request_attachments", "thematic_attachments")


def release_trigger(table: str) -> str:
    """The last attachment pointing at a blob takes it along (its chunks by foreign key).

    A blob belongs to one table (``owner``), so the trigger names no other table: a trigger
    naming another table would make rebuilding that table fail. A later migration that
    rebuilds an attachment table (batch mode) drops this trigger and must create it again
    (tests/migrations check that it is there at head)."""
    return (
        f"CREATE TRIGGER {table}_release_blob AFTER DELETE ON {table} "
        f"WHEN OLD.blob_id IS NOT NULL BEGIN "
        f"DELETE FROM attachment_blobs WHERE id = OLD.blob_id "
        f"AND NOT EXISTS (SELECT 1 FROM {table} WHERE blob_id = OLD.blob_id); END"
    )


def _move_into_chunks(table: str) -> None:
    bind = op.get_bind()
    ids = [row[0] for row in bind.execute(sa.text(f"SELECT id FROM {table} ORDER BY id"))]
    for row_id in ids:
        data = bind.execute(
            sa.text(f"SELECT data FROM {table} WHERE id = :id"), {"id": row_id}
        ).scalar()
        data = bytes(data or b"")
        blob_id = bind.execute(
            sa.text(
                "INSERT INTO attachment_blobs (size, sha256, owner) "
                "VALUES (:size, :sha, :owner) RETURNING id"
            ),
            {"size": len(data), "sha": hashlib.sha256(data).hexdigest(), "owner": table},
        ).scalar_one()
        for index, start in enumerate(range(0, len(data), PIECE)):
            bind.execute(
                sa.text("INSERT INTO attachment_chunks (blob_id, idx, data) VALUES (:b, :i, :d)"),
                {"b": blob_id, "i": index, "d": data[start : start + PIECE]},
            )
        bind.execute(
            sa.text(f"UPDATE {table} SET blob_id = :b WHERE id = :id"), {"b": blob_id, "id": row_id}
        )


def upgrade() -> None:
    op.create_table(
        "attachment_blobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("owner", sa.String(length=32), nullable=True),
        sa.Column("staged", sa.String(length=36), nullable=True),
        sa.Column("staged_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment_blobs")),
    )
    op.create_index(
        op.f("ix_attachment_blobs_staged"), "attachment_blobs", ["staged"], unique=False
    )
    op.create_table(
        "attachment_chunks",
        sa.Column("blob_id", sa.Integer(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["blob_id"],
            ["attachment_blobs.id"],
            name=op.f("fk_attachment_chunks_blob_id_attachment_blobs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("blob_id", "idx", name=op.f("pk_attachment_chunks")),
    )
    for table in TABLES:
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN blob_id INTEGER "
            f"CONSTRAINT fk_{table}_blob_id_attachment_blobs REFERENCES attachment_blobs (id)"
        )
        _move_into_chunks(table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN data")
        op.create_index(f"ix_{table}_blob_id", table, ["blob_id"], unique=False)
        op.execute(release_trigger(table))


def _rebuild_with_data(table: str) -> None:
    """The table as it was before this revision (its CREATE text back, ``data`` where it
    stood), the bytes put back from the pieces. Rebuilt by hand, not in batch mode: batch
    mode writes the constraints in another order. Foreign keys are checked at commit, when
    the rebuilt table carries the name the signature checks refer to again."""
    bind = op.get_bind()
    sql = bind.execute(
        sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :t"), {"t": table}
    ).scalar_one()
    sql = re.sub(r",\s*blob_id INTEGER CONSTRAINT \S+ REFERENCES attachment_blobs \(id\)", "", sql)
    sql = re.sub(r"(size INTEGER NOT NULL,\s*)", r"\1data BLOB, \n\t", sql, count=1)
    indexes = (
        bind.execute(
            sa.text(
                "SELECT sql FROM sqlite_master "
                "WHERE type = 'index' AND tbl_name = :t AND sql IS NOT NULL"
            ),
            {"t": table},
        )
        .scalars()
        .all()
    )
    columns = [
        row[1]
        for row in bind.execute(sa.text(f"PRAGMA table_info({table})"))
        if row[1] != "blob_id"
    ]
    rebuilt = f"_0022_{table}"
    op.execute("PRAGMA defer_foreign_keys = ON")
    op.execute(re.sub(rf'^CREATE TABLE "?{table}"?', f"CREATE TABLE {rebuilt}", sql))
    listed = ", ".join(columns)
    op.execute(f"INSERT INTO {rebuilt} ({listed}) SELECT {listed} FROM {table}")
    for row_id, blob_id in bind.execute(sa.text(f"SELECT id, blob_id FROM {table}")).all():
        pieces = bind.execute(
            sa.text("SELECT data FROM attachment_chunks WHERE blob_id = :b ORDER BY idx"),
            {"b": blob_id},
        ).scalars()
        bind.execute(
            sa.text(f"UPDATE {rebuilt} SET data = :d WHERE id = :id"),
            {"d": b"".join(pieces), "id": row_id},
        )
    op.execute(f"DROP TABLE {table}")
    op.execute(f"ALTER TABLE {rebuilt} RENAME TO {table}")
    for index in indexes:
        op.execute(index)


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_release_blob")
    for table in TABLES:
        op.drop_index(f"ix_{table}_blob_id", table_name=table)
        _rebuild_with_data(table)
    op.drop_table("attachment_chunks")
    op.drop_index(op.f("ix_attachment_blobs_staged"), table_name="attachment_blobs")
    op.drop_table("attachment_blobs")
