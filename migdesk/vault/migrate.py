"""Schema migrations with Alembic, run when a vault is opened.

Opening a vault at the current schema only compares its revision with the newest one. That
answer comes from the ``revision``/``down_revision`` lines of the scripts (``_chain``), so an
open does not import Alembic (a third of a CLI command's start-up); Alembic is loaded when a
migration actually runs. ``tests/migrations`` checks the two agree.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import Connection

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# Package resource notation: Alembic finds the scripts through importlib.resources.
SCRIPT_LOCATION = "migdesk:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def script_directory() -> ScriptDirectory:
    """The migration scripts, read once per process (a migration asks for them)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


# «revision = "0019"», also with a type annotation or single quotes (Alembic's newer template).
_REVISION_LINE = re.compile(
    r"""^(revision|down_revision)(?:\s*:[^=\n]*)?\s*=\s*(?:["']([^"'\n]+)["']|None)\s*$""",
    re.MULTILINE,
)


@lru_cache(maxsize=1)
def _chain() -> dict[str, str | None]:
    """revision → down_revision of every script, from the scripts' own lines."""
    chain: dict[str, str | None] = {}
    versions = resources.files("migdesk.migrations").joinpath("versions")
    for script in versions.iterdir():
        if not script.name.endswith(".py") or script.name.startswith("__"):
            continue
        found = {m.group(1): m.group(2) for m in _REVISION_LINE.finditer(script.read_text("utf-8"))}
        revision = found.get("revision")
        if revision is not None:
            chain[revision] = found.get("down_revision")
    return chain


def head_revision() -> str:
    chain = _chain()
    [head] = set(chain) - set(chain.values())  # one head: nothing revises it
    return head


def known_revisions() -> set[str]:
    return set(_chain())


def revisions_after(revision: str | None) -> list[str]:
    """The revisions an upgrade from ``revision`` runs, oldest first."""
    chain = _chain()
    ahead: list[str] = []
    current: str | None = head_revision()
    while current is not None and current != revision:
        ahead.append(current)
        current = chain[current]
    return ahead[::-1]


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), target)


def downgrade(connection: Connection, target: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(connection), target)
