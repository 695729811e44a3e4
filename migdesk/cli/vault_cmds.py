"""``init``: create a vault and its administrator."""

from __future__ import annotations

import argparse
from typing import Any

from migdesk.cli.context import EXIT_OK, Context
from migdesk.vault import Vault


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    init = commands.add_parser(
        "init", parents=[common], help="создать новое хранилище и его администратора"
    )
    init.add_argument("--authority", help="код своего компетентного органа, например KZ-MVD")
    init.set_defaults(handler=run_init)


def run_init(ctx: Context) -> int:
    user = ctx.user()
    vault = Vault.create(
        ctx.vault_path, user, ctx.password(confirm=True), authority=ctx.args.authority
    )
    vault.close()
    ctx.emit(
        {"vault": str(ctx.vault_path), "vault_id": vault.vault_id, "administrator": user},
        f"Хранилище создано: {ctx.vault_path} (администратор: {user})",
    )
    return EXIT_OK
