"""``backup DIR``, ``restore FILE`` and ``rekey`` (administrators)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from migdesk.cli.context import EXIT_OK, Context
from migdesk.messages import _
from migdesk.vault.backup import backup, restore_vault
from migdesk.vault.rekey import rekey
from migdesk.vault.restore_numbers import Carried


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    make = commands.add_parser(
        "backup", parents=[common], help=_("зашифрованная резервная копия в каталог")
    )
    make.add_argument("directory", type=Path, metavar="DIR")
    make.set_defaults(handler=run_backup)
    back = commands.add_parser(
        "restore", parents=[common], help=_("восстановить хранилище из резервной копии")
    )
    back.add_argument("file", type=Path, metavar="FILE")
    back.set_defaults(handler=run_restore)
    rotate = commands.add_parser(
        "rekey", parents=[common], help=_("сменить ключ шифрования хранилища (администратор)")
    )
    rotate.set_defaults(handler=run_rekey)


def run_backup(ctx: Context) -> int:
    ctx.on_interrupt = _("Прервано; резервная копия не создана, её неполный файл удалён.")
    result = backup(ctx.vault(), ctx.args.directory)
    ctx.emit(
        {
            "path": str(result.path),
            "keys_path": str(result.keys_path),
            "size": result.size,
            "persons": result.persons,
        },
        _("Резервная копия создана и проверена: {path}").format(path=result.path),
    )
    return EXIT_OK


def run_restore(ctx: Context) -> int:
    ctx.on_interrupt = _("Прервано; хранилище не восстановлено и осталось прежним.")
    # The backup is opened with its own key slots: the user and password valid when it was
    # made. The current vault is not opened; it is moved aside, never deleted.
    restored = restore_vault(ctx.args.file, ctx.vault_path, ctx.user(), ctx.password())
    carried = restored.carried
    if carried is None:
        ctx.warn(
            _(
                "Прежнее хранилище не прочитано тем же пользователем и паролем: номера "
                "журналов регистрации и пакетов, выданные после создания копии, могут быть "
                "выданы повторно. До регистрации новых документов сверьте последние номера "
                "с журналом на бумаге и с партнёром и продолжите журнал командой "
                "«journal continue»."
            )
        )
    lines: list[str] = [
        _("Хранилище восстановлено из «{file}»; прежнее сохранено как «{aside}».").format(
            file=ctx.args.file, aside=restored.aside
        )
    ]
    lines += [_carried_text(c) for c in carried or []]
    ctx.emit(
        {
            "vault": str(ctx.vault_path),
            "previous": str(restored.aside),
            "numbers_carried": None if carried is None else [c.to_json() for c in carried],
        },
        "\n".join(lines),
    )
    return EXIT_OK


def _carried_text(carried: Carried) -> str:
    """Numbers given after the backup, not given again (they are in the previous vault)."""
    numbers = (
        str(carried.given)
        if carried.given == carried.restored + 1
        else f"{carried.restored + 1}–{carried.given}"
    )
    if carried.kind == "journal":
        authority, direction, year = carried.scope.split("/")
        return _(
            "Журнал {journal} {authority} за {year} год: № {numbers} выданы после создания "
            "копии (записи о них — в прежнем хранилище) и повторно не выдаются; следующий "
            "№ {next}."
        ).format(
            journal=_("входящих") if direction == "incoming" else _("исходящих"),
            authority=authority,
            year=year,
            numbers=numbers,
            next=carried.given + 1,
        )
    peer, channel = carried.scope.split("/", 1)
    return _(
        "Пакеты для {peer} (канал {channel}): № {numbers} отправлены после создания копии "
        "и повторно не выдаются; следующий пакет — № {next}."
    ).format(peer=peer, channel=channel, numbers=numbers, next=carried.given + 1)


def run_rekey(ctx: Context) -> int:
    # The swap is two renames and a key slot promotion, each safe to stop between (a kill
    # test checks): the vault stays whole and opens with the same password, old key or new.
    ctx.on_interrupt = _(
        "Прервано; хранилище цело и открывается тем же паролем. Ключ шифрования мог "
        "остаться прежним: повторите команду."
    )
    vault = ctx.vault()
    result = rekey(vault, ctx.password())
    ctx.forget_vault()  # rekey closed it
    others = result.users_needing_reset
    ctx.emit(
        {"rekeyed": True, "users_needing_reset": others},
        _("Ключ шифрования заменён.")
        + (
            _(" Сбросьте пароли пользователей: {users}.").format(users=", ".join(others))
            if others
            else ""
        ),
    )
    return EXIT_OK
