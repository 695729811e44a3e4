"""foundation: vault settings, users, persons

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=64), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("changed_fields", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_revisions")),
    )
    with op.batch_alter_table("person_revisions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_person_revisions_person_rev", ["person_id", "revision"], unique=True
        )

    op.create_table(
        "persons",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("surname_ru", sa.String(length=100), nullable=True),
        sa.Column("given_name_ru", sa.String(length=100), nullable=True),
        sa.Column("patronymic_ru", sa.String(length=100), nullable=True),
        sa.Column("surname_lat", sa.String(length=100), nullable=True),
        sa.Column("given_name_lat", sa.String(length=100), nullable=True),
        sa.Column("patronymic_lat", sa.String(length=100), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("birth_date", sa.String(length=10), nullable=True),
        sa.Column("birth_place", sa.String(length=300), nullable=True),
        sa.Column("personal_number", sa.String(length=32), nullable=True),
        sa.Column("personal_number_kind", sa.String(length=16), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("sort_key", sa.String(length=400), nullable=False),
        sa.Column("keep_until", sa.Date(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_persons")),
        sa.UniqueConstraint("id", name=op.f("uq_persons_id")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persons_birth_date"), ["birth_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_persons_personal_number"), ["personal_number"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_persons_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "users",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_users")),
    )
    op.create_table(
        "vault_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_vault_settings")),
    )
    op.create_table(
        "identity_documents",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("series", sa.String(length=16), nullable=True),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("number_norm", sa.String(length=48), nullable=False),
        sa.Column("issuing_country", sa.String(length=3), nullable=True),
        sa.Column("issued_on", sa.String(length=10), nullable=True),
        sa.Column("issued_by", sa.String(length=300), nullable=True),
        sa.Column("valid_until", sa.String(length=10), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_pk"],
            ["persons.pk"],
            name=op.f("fk_identity_documents_person_pk_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identity_documents")),
    )
    with op.batch_alter_table("identity_documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_identity_documents_number_norm"), ["number_norm"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_identity_documents_person_pk"), ["person_pk"], unique=False
        )

    op.create_table(
        "person_citizenship_acts",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.Column("decided_on", sa.String(length=10), nullable=True),
        sa.Column("decision_number", sa.String(length=64), nullable=True),
        sa.Column("authority", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_pk"],
            ["persons.pk"],
            name=op.f("fk_person_citizenship_acts_person_pk_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_citizenship_acts")),
    )
    with op.batch_alter_table("person_citizenship_acts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_citizenship_acts_person_pk"), ["person_pk"], unique=False
        )

    op.create_table(
        "person_citizenships",
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_pk"],
            ["persons.pk"],
            name=op.f("fk_person_citizenships_person_pk_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_citizenships")),
    )
    with op.batch_alter_table("person_citizenships", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_citizenships_person_pk"), ["person_pk"], unique=False
        )

    op.create_table(
        "person_liabilities",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("decided_on", sa.String(length=10), nullable=True),
        sa.Column("authority", sa.String(length=300), nullable=True),
        sa.Column("legal_basis", sa.String(length=300), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("penalty", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_pk"],
            ["persons.pk"],
            name=op.f("fk_person_liabilities_person_pk_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_liabilities")),
    )
    with op.batch_alter_table("person_liabilities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_liabilities_person_pk"), ["person_pk"], unique=False
        )

    op.create_table(
        "person_media",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("mime", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("captured_on", sa.String(length=10), nullable=True),
        sa.Column("description", sa.String(length=300), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_pk"],
            ["persons.pk"],
            name=op.f("fk_person_media_person_pk_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_media")),
    )
    with op.batch_alter_table("person_media", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_media_person_pk"), ["person_pk"], unique=False)

    op.create_table(
        "person_registrations",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column("valid_from", sa.String(length=10), nullable=True),
        sa.Column("valid_until", sa.String(length=10), nullable=True),
        sa.Column("authority", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_pk"],
            ["persons.pk"],
            name=op.f("fk_person_registrations_person_pk_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_registrations")),
    )
    with op.batch_alter_table("person_registrations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_registrations_person_pk"), ["person_pk"], unique=False
        )

    op.create_table(
        "person_residence_permits",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("number", sa.String(length=64), nullable=True),
        sa.Column("issued_on", sa.String(length=10), nullable=True),
        sa.Column("valid_from", sa.String(length=10), nullable=True),
        sa.Column("valid_until", sa.String(length=10), nullable=True),
        sa.Column("issued_by", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_pk"],
            ["persons.pk"],
            name=op.f("fk_person_residence_permits_person_pk_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_residence_permits")),
    )
    with op.batch_alter_table("person_residence_permits", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_residence_permits_person_pk"), ["person_pk"], unique=False
        )

    op.create_table(
        "person_restrictions",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("imposed_on", sa.String(length=10), nullable=True),
        sa.Column("valid_from", sa.String(length=10), nullable=True),
        sa.Column("valid_until", sa.String(length=10), nullable=True),
        sa.Column("grounds", sa.Text(), nullable=False),
        sa.Column("imposed_by", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_pk"],
            ["persons.pk"],
            name=op.f("fk_person_restrictions_person_pk_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_restrictions")),
    )
    with op.batch_alter_table("person_restrictions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_restrictions_person_pk"), ["person_pk"], unique=False
        )
    # Search index: an FTS5 virtual table, not a model. Contentless, so the folded names live
    # only in ``persons``; contentless_delete lets a row's trigrams go with the person.
    op.execute(
        "CREATE VIRTUAL TABLE person_fts USING fts5("
        "terms, content='', contentless_delete=1, tokenize='trigram')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE person_fts")
    with op.batch_alter_table("person_restrictions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_restrictions_person_pk"))

    op.drop_table("person_restrictions")
    with op.batch_alter_table("person_residence_permits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_residence_permits_person_pk"))

    op.drop_table("person_residence_permits")
    with op.batch_alter_table("person_registrations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_registrations_person_pk"))

    op.drop_table("person_registrations")
    with op.batch_alter_table("person_media", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_media_person_pk"))

    op.drop_table("person_media")
    with op.batch_alter_table("person_liabilities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_liabilities_person_pk"))

    op.drop_table("person_liabilities")
    with op.batch_alter_table("person_citizenships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_citizenships_person_pk"))

    op.drop_table("person_citizenships")
    with op.batch_alter_table("person_citizenship_acts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_citizenship_acts_person_pk"))

    op.drop_table("person_citizenship_acts")
    with op.batch_alter_table("identity_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_identity_documents_person_pk"))
        batch_op.drop_index(batch_op.f("ix_identity_documents_number_norm"))

    op.drop_table("identity_documents")
    op.drop_table("vault_settings")
    op.drop_table("users")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_sort_key"))
        batch_op.drop_index(batch_op.f("ix_persons_personal_number"))
        batch_op.drop_index(batch_op.f("ix_persons_birth_date"))

    op.drop_table("persons")
    with op.batch_alter_table("person_revisions", schema=None) as batch_op:
        batch_op.drop_index("ix_person_revisions_person_rev")

    op.drop_table("person_revisions")
