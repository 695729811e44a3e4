"""requests, registries and deadlines (Articles 2-5, 8-10, 17)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

Seeds the four competent authorities of Art. 2 here, so that every vault (new or upgraded)
has them before anything can refer to them; the downgrade drops them with their tables.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# (code, country, nominative, dative, short name) exactly as Art. 2 names them.
AGREEMENT_AUTHORITIES = (
    (
        "KZ-MVD",
        "KZ",
        "Министерство внутренних дел Республики Казахстан",
        "Министерству внутренних дел Республики Казахстан",
        "МВД РК",
    ),
    (
        "KZ-MTSZN",
        "KZ",
        "Министерство труда и социальной защиты населения Республики Казахстан",
        "Министерству труда и социальной защиты населения Республики Казахстан",
        "МТСЗН РК",
    ),
    (
        "AM-POLICE",
        "AM",
        "Полиция Республики Армения",
        "Полиции Республики Армения",
        "Полиция РА",
    ),
    (
        "AM-MIGRATION",
        "AM",
        "Миграционная служба Министерства территориального управления и развития "
        "Республики Армения",
        "Миграционной службе Министерства территориального управления и развития "
        "Республики Армения",
        "Миграционная служба МТУР РА",
    ),
)


def _seed(authorities: sa.Table, changes: sa.Table, names: sa.Table) -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(
        authorities,
        [{"code": code, "country": country} for code, country, *_ in AGREEMENT_AUTHORITIES],
    )
    op.bulk_insert(
        changes,
        [
            {
                "id": index,
                "authority_code": code,
                "kind": "agreement",
                "notification": "Соглашение, статья 2",
                "recorded_at": now,
                "recorded_by": "migdesk",
            }
            for index, (code, *_) in enumerate(AGREEMENT_AUTHORITIES, start=1)
        ],
    )
    op.bulk_insert(
        names,
        [
            {
                "authority_code": code,
                "nominative": nominative,
                "dative": dative,
                "short_name": short,
                "change_id": index,
            }
            for index, (code, _, nominative, dative, short) in enumerate(
                AGREEMENT_AUTHORITIES, start=1
            )
        ],
    )


def upgrade() -> None:
    op.create_table(
        "agreement_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("party", sa.String(length=2), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_notices")),
    )
    authorities = op.create_table(
        "authorities",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("established_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("successor_code", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["successor_code"],
            ["authorities.code"],
            name=op.f("fk_authorities_successor_code_authorities"),
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_authorities")),
    )
    changes = op.create_table(
        "authority_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("authority_code", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=True),
        sa.Column("notification", sa.String(length=300), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=True),
        sa.Column("successor_code", sa.String(length=32), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["authority_code"],
            ["authorities.code"],
            name=op.f("fk_authority_changes_authority_code_authorities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authority_changes")),
    )
    with op.batch_alter_table("authority_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_authority_changes_authority_code"), ["authority_code"], unique=False
        )

    op.create_table(
        "form_blanks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("authority_code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("mime", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["authority_code"],
            ["authorities.code"],
            name=op.f("fk_form_blanks_authority_code_authorities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_form_blanks")),
    )
    with op.batch_alter_table("form_blanks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_form_blanks_authority_code"), ["authority_code"], unique=False
        )

    op.create_table(
        "registration_journals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("authority_code", sa.String(length=32), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("pattern", sa.String(length=64), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["authority_code"],
            ["authorities.code"],
            name=op.f("fk_registration_journals_authority_code_authorities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration_journals")),
        sa.UniqueConstraint("authority_code", "direction", "year", name="uq_journal_book"),
    )
    op.create_table(
        "signatories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("authority_code", sa.String(length=32), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("user", sa.String(length=64), nullable=True),
        sa.Column("certificate_pem", sa.Text(), nullable=True),
        sa.Column("signature_mime", sa.String(length=64), nullable=True),
        sa.Column("signature_sample", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["authority_code"],
            ["authorities.code"],
            name=op.f("fk_signatories_authority_code_authorities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatories")),
    )
    with op.batch_alter_table("signatories", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signatories_authority_code"), ["authority_code"], unique=False
        )

    op.create_table(
        "thematic_items",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("period_from", sa.Date(), nullable=True),
        sa.Column("period_until", sa.Date(), nullable=True),
        sa.Column("source_authority", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_authority"],
            ["authorities.code"],
            name=op.f("fk_thematic_items_source_authority_authorities"),
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_thematic_items")),
        sa.UniqueConstraint("id", name=op.f("uq_thematic_items_id")),
    )
    with op.batch_alter_table("thematic_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_thematic_items_category"), ["category"], unique=False)

    names = op.create_table(
        "authority_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("authority_code", sa.String(length=32), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=True),
        sa.Column("nominative", sa.String(length=300), nullable=False),
        sa.Column("dative", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=100), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["authority_code"],
            ["authorities.code"],
            name=op.f("fk_authority_names_authority_code_authorities"),
        ),
        sa.ForeignKeyConstraint(
            ["change_id"],
            ["authority_changes.id"],
            name=op.f("fk_authority_names_change_id_authority_changes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authority_names")),
    )
    with op.batch_alter_table("authority_names", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_authority_names_authority_code"), ["authority_code"], unique=False
        )

    op.create_table(
        "journal_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("journal_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("registered_by", sa.String(length=64), nullable=False),
        sa.Column("record_kind", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["journal_id"],
            ["registration_journals.id"],
            name=op.f("fk_journal_entries_journal_id_registration_journals"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entries")),
        sa.UniqueConstraint("journal_id", "seq", name="uq_journal_entries_seq"),
    )
    op.create_table(
        "signatory_notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("authority_code", sa.String(length=32), nullable=False),
        sa.Column("change", sa.String(length=16), nullable=False),
        sa.Column("signatory_id", sa.Integer(), nullable=True),
        sa.Column("form_blank_id", sa.Integer(), nullable=True),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=True),
        sa.Column("reference", sa.String(length=300), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["authority_code"],
            ["authorities.code"],
            name=op.f("fk_signatory_notifications_authority_code_authorities"),
        ),
        sa.ForeignKeyConstraint(
            ["form_blank_id"],
            ["form_blanks.id"],
            name=op.f("fk_signatory_notifications_form_blank_id_form_blanks"),
        ),
        sa.ForeignKeyConstraint(
            ["signatory_id"],
            ["signatories.id"],
            name=op.f("fk_signatory_notifications_signatory_id_signatories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatory_notifications")),
    )
    with op.batch_alter_table("signatory_notifications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signatory_notifications_authority_code"),
            ["authority_code"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_signatory_notifications_state"), ["state"], unique=False
        )

    op.create_table(
        "thematic_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_pk", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("mime", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_pk"],
            ["thematic_items.pk"],
            name=op.f("fk_thematic_attachments_item_pk_thematic_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_thematic_attachments")),
    )
    with op.batch_alter_table("thematic_attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_thematic_attachments_item_pk"), ["item_pk"], unique=False
        )

    op.create_table(
        "thematic_persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_pk", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_pk"],
            ["thematic_items.pk"],
            name=op.f("fk_thematic_persons_item_pk_thematic_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_thematic_persons")),
    )
    with op.batch_alter_table("thematic_persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_thematic_persons_item_pk"), ["item_pk"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_thematic_persons_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "requests",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("from_code", sa.String(length=32), nullable=False),
        sa.Column("to_code", sa.String(length=32), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("substance", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("justification", sa.Text(), nullable=True),
        sa.Column("other_info", sa.Text(), nullable=True),
        sa.Column("cover_text", sa.Text(), nullable=True),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("related_pk", sa.Integer(), nullable=True),
        sa.Column("their_number", sa.String(length=64), nullable=True),
        sa.Column("their_date", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("signatory_id", sa.Integer(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["journal_entries.id"], name=op.f("fk_requests_entry_id_journal_entries")
        ),
        sa.ForeignKeyConstraint(
            ["from_code"], ["authorities.code"], name=op.f("fk_requests_from_code_authorities")
        ),
        sa.ForeignKeyConstraint(
            ["related_pk"], ["requests.pk"], name=op.f("fk_requests_related_pk_requests")
        ),
        sa.ForeignKeyConstraint(
            ["signatory_id"], ["signatories.id"], name=op.f("fk_requests_signatory_id_signatories")
        ),
        sa.ForeignKeyConstraint(
            ["to_code"], ["authorities.code"], name=op.f("fk_requests_to_code_authorities")
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_requests")),
        sa.UniqueConstraint("entry_id", name=op.f("uq_requests_entry_id")),
        sa.UniqueConstraint("id", name=op.f("uq_requests_id")),
    )
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.create_index("ix_requests_direction_state", ["direction", "state"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_number"), ["number"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_received_on"), ["received_on"], unique=False)

    op.create_table(
        "request_assignees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_pk", sa.Integer(), nullable=False),
        sa.Column("user", sa.String(length=64), nullable=False),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
        sa.Column("assigned_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_pk"],
            ["requests.pk"],
            name=op.f("fk_request_assignees_request_pk_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_assignees")),
        sa.UniqueConstraint("request_pk", "user", name="uq_request_assignees_user"),
    )
    op.create_table(
        "request_persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_pk", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_pk"],
            ["requests.pk"],
            name=op.f("fk_request_persons_request_pk_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_persons")),
    )
    with op.batch_alter_table("request_persons", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_request_persons_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_request_persons_request_pk"), ["request_pk"], unique=False
        )

    op.create_table(
        "request_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_pk", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("from_state", sa.String(length=24), nullable=True),
        sa.Column("to_state", sa.String(length=24), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(length=64), nullable=True),
        sa.Column("their_number", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["journal_entries.id"],
            name=op.f("fk_request_steps_entry_id_journal_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["request_pk"],
            ["requests.pk"],
            name=op.f("fk_request_steps_request_pk_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_steps")),
        sa.UniqueConstraint("entry_id", name=op.f("uq_request_steps_entry_id")),
        sa.UniqueConstraint("request_pk", "seq", name="uq_request_steps_seq"),
    )
    with op.batch_alter_table("request_steps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_request_steps_request_pk"), ["request_pk"], unique=False
        )

    op.create_table(
        "request_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_pk", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("mime", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_pk"],
            ["requests.pk"],
            name=op.f("fk_request_attachments_request_pk_requests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["request_steps.id"],
            name=op.f("fk_request_attachments_step_id_request_steps"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_attachments")),
    )
    with op.batch_alter_table("request_attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_request_attachments_request_pk"), ["request_pk"], unique=False
        )
    _seed(authorities, changes, names)


def downgrade() -> None:
    with op.batch_alter_table("request_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_attachments_request_pk"))

    op.drop_table("request_attachments")
    with op.batch_alter_table("request_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_steps_request_pk"))

    op.drop_table("request_steps")
    with op.batch_alter_table("request_persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_persons_request_pk"))
        batch_op.drop_index(batch_op.f("ix_request_persons_person_id"))

    op.drop_table("request_persons")
    op.drop_table("request_assignees")
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_requests_received_on"))
        batch_op.drop_index(batch_op.f("ix_requests_number"))
        batch_op.drop_index(batch_op.f("ix_requests_due_on"))
        batch_op.drop_index("ix_requests_direction_state")

    op.drop_table("requests")
    with op.batch_alter_table("thematic_persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_thematic_persons_person_id"))
        batch_op.drop_index(batch_op.f("ix_thematic_persons_item_pk"))

    op.drop_table("thematic_persons")
    with op.batch_alter_table("thematic_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_thematic_attachments_item_pk"))

    op.drop_table("thematic_attachments")
    with op.batch_alter_table("signatory_notifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signatory_notifications_state"))
        batch_op.drop_index(batch_op.f("ix_signatory_notifications_authority_code"))

    op.drop_table("signatory_notifications")
    op.drop_table("journal_entries")
    with op.batch_alter_table("authority_names", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_authority_names_authority_code"))

    op.drop_table("authority_names")
    with op.batch_alter_table("thematic_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_thematic_items_category"))

    op.drop_table("thematic_items")
    with op.batch_alter_table("signatories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signatories_authority_code"))

    op.drop_table("signatories")
    op.drop_table("registration_journals")
    with op.batch_alter_table("form_blanks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_form_blanks_authority_code"))

    op.drop_table("form_blanks")
    with op.batch_alter_table("authority_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_authority_changes_authority_code"))

    op.drop_table("authority_changes")
    op.drop_table("authorities")
    op.drop_table("agreement_notices")
