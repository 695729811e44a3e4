"""Alembic environment: always driven programmatically with an open vault connection."""

from __future__ import annotations

from alembic import context

from migdesk.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
    include_object=lambda obj, name, type_, reflected, compare_to: (
        not (type_ == "table" and name is not None and name.startswith("person_fts"))
    ),
)
with context.begin_transaction():
    context.run_migrations()
