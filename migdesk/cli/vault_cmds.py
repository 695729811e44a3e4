"""``init``: create a vault and its administrator."""

from __future__ import annotations

import argparse
from typing import Any

from migdesk.cli.context import EXIT_OK, Context, refusing_weak_password
from migdesk.demo_vault import mark_demo_vault
from migdesk.messages import _
from migdesk.vault import Vault
from migdesk.vault.remember import forget_key
from migdesk.vault.store import read_vault_id


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    init = commands.add_parser(
        "init", parents=[common], help=_("создать новое хранилище и его администратора")
    )
    init.add_argument("--authority", help=_("код своего компетентного органа, например KZ-MVD"))
    init.add_argument(
        "--demo",
        action="store_true",
        help=_("демонстрационное хранилище: в окне доступно «Заполнить демо-данными…»"),
    )
    init.set_defaults(handler=run_init)

    lock = commands.add_parser(
        "lock",
        parents=[common],
        help=_("заблокировать: забыть запомненный вход на этом компьютере"),
    )
    lock.set_defaults(handler=run_lock)


def run_init(ctx: Context) -> int:
    user = ctx.user()
    password = ctx.password(confirm=True)
    with refusing_weak_password(ctx):
        vault = Vault.create(ctx.vault_path, user, password, authority=ctx.args.authority)
    if ctx.args.demo:
        mark_demo_vault(vault)
    vault.close()
    ctx.emit(
        {
            "vault": str(ctx.vault_path),
            "vault_id": vault.vault_id,
            "administrator": user,
            "demo": bool(ctx.args.demo),
        },
        _("Хранилище создано: {vault_path} (администратор: {user})").format(
            vault_path=ctx.vault_path, user=user
        ),
    )
    return EXIT_OK


def run_lock(ctx: Context) -> int:
    """The CLI keeps no session; locking means the OS secret store no longer opens the vault
    for this user, so the next start asks for the password again."""
    user = ctx.user()
    forget_key(read_vault_id(ctx.vault_path), user)
    ctx.emit(
        {"vault": str(ctx.vault_path), "user": user, "locked": True},
        _("Хранилище заблокировано: при следующем входе потребуется пароль."),
    )
    return EXIT_OK
