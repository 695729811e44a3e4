"""``user add|passwd|remove|clear-wait|list|profile|language``: users and their key slots,
their login wait, what letters print for them, and their interface language (administrators
only)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from migdesk.cli.context import (
    EXIT_OK,
    Context,
    common_options,
    prompt_password,
    refusing_weak_password,
)
from migdesk.cli.context import read_password_file as read_password
from migdesk.languages import NATIVE_NAMES
from migdesk.messages import _
from migdesk.office.users import UserService
from migdesk.security.roles import Role


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    # Here --password-file is the *new* password; the current user's comes from
    # $MIGDESK_PASSWORD or from --password-file placed before the command name.
    own = common_options(password_file=False)
    user = commands.add_parser("user", parents=[own], help=_("пользователи и их ключи"))
    sub = user.add_subparsers(dest="user_command", required=True, metavar=_("ДЕЙСТВИЕ"))

    add = sub.add_parser("add", parents=[own], help=_("добавить пользователя"))
    add.add_argument("name")
    add.add_argument(
        "--role",
        required=True,
        metavar="ROLE[,ROLE]",
        help=_("роли через запятую: {roles}").format(roles=", ".join(r.value for r in Role)),
    )
    add.add_argument("--full-name")
    add.add_argument(
        "--password-file",
        dest="new_password_file",
        type=Path,
        help=_("файл с паролем нового пользователя"),
    )
    add.set_defaults(handler=run_add)

    passwd = sub.add_parser("passwd", parents=[own], help=_("сменить пароль (свой или чужой)"))
    passwd.add_argument("name", nargs="?")
    passwd.add_argument("--new-password-file", type=Path)
    passwd.set_defaults(handler=run_passwd)

    remove = sub.add_parser("remove", parents=[own], help=_("удалить пользователя и его ключ"))
    remove.add_argument("name")
    remove.set_defaults(handler=run_remove)

    clear_wait = sub.add_parser(
        "clear-wait",
        parents=[own],
        help=_(
            "снять ожидание входа после неудачных попыток (сами попытки не стираются: "
            "о них сообщат пользователю при входе)"
        ),
    )
    clear_wait.add_argument("name")
    clear_wait.set_defaults(handler=run_clear_wait)

    listing = sub.add_parser("list", parents=[own], help=_("список пользователей"))
    listing.set_defaults(handler=run_list)

    profile = sub.add_parser(
        "profile",
        parents=[own],
        help=_("ФИО, должность и телефон для писем (исполнитель, подпись)"),
    )
    profile.add_argument("name")
    profile.add_argument("--full-name", help=_("фамилия, имя, отчество; пустая строка — очистить"))
    profile.add_argument("--position", help=_("должность"))
    profile.add_argument("--phone", help=_("телефон исполнителя"))
    profile.set_defaults(handler=run_profile)

    language = sub.add_parser(
        "language",
        parents=[own],
        help=_("язык интерфейса пользователя: ru, kk, hy, en (без LANG — показать)"),
    )
    language.add_argument("name")
    language.add_argument("lang", nargs="?", metavar="LANG")
    language.set_defaults(handler=run_language)


def _new_password(path: Path | None) -> str:
    if path is not None:
        return read_password(path)
    return prompt_password(_("Новый пароль: "), confirm=True)


def run_add(ctx: Context) -> int:
    args = ctx.args
    service = UserService(ctx.vault())
    password = _new_password(args.new_password_file)
    with refusing_weak_password(ctx):
        service.add(args.name, args.role, password, args.full_name)
    ctx.emit(
        {"name": args.name, "role": args.role},
        _("Пользователь {name} ({role}) добавлен.").format(name=args.name, role=args.role),
    )
    return EXIT_OK


def run_passwd(ctx: Context) -> int:
    name = ctx.args.name or ctx.user()
    service = UserService(ctx.vault())
    password = _new_password(ctx.args.new_password_file)
    with refusing_weak_password(ctx):
        service.change_password(name, password)
    ctx.emit({"name": name}, _("Пароль пользователя {name} изменён.").format(name=name))
    return EXIT_OK


def run_remove(ctx: Context) -> int:
    UserService(ctx.vault()).remove(ctx.args.name)
    ctx.emit(
        {"name": ctx.args.name, "removed": True},
        _("Пользователь {name} удалён, его ключ уничтожен.").format(name=ctx.args.name),
    )
    return EXIT_OK


def run_clear_wait(ctx: Context) -> int:
    from migdesk.office import login_waits

    done = login_waits.clear(ctx.vault(), ctx.args.name)
    wait = done.wait
    if done.cleared:
        text = _(
            "Ожидание входа пользователя {name} снято. Неудачных попыток: {count}; о них "
            "пользователю сообщат при следующем входе."
        ).format(name=wait.name, count=wait.failures)
    else:
        text = _("Пользователь {name} не ждёт входа: снимать нечего.").format(name=wait.name)
    ctx.emit(
        {
            "name": wait.name,
            "cleared": done.cleared,
            "failures": wait.failures,
            "seconds_left": wait.seconds_left() if done.cleared else 0,
        },
        text,
    )
    return EXIT_OK


def run_profile(ctx: Context) -> int:
    args = ctx.args
    info = UserService(ctx.vault()).set_profile(
        args.name, full_name=args.full_name, position=args.position, phone=args.phone
    )
    ctx.emit(
        {
            "name": info.name,
            "full_name": info.full_name,
            "position": info.position,
            "phone": info.phone,
        },
        f"{info.name}: {info.full_name or '—'}; {info.position or '—'}; {info.phone or '—'}",
    )
    return EXIT_OK


def run_language(ctx: Context) -> int:
    args = ctx.args
    service = UserService(ctx.vault())
    chosen = service.language(args.name) if args.lang is None else None
    if args.lang is not None:
        chosen = service.set_language(args.name, args.lang)
    shown = NATIVE_NAMES[chosen] if chosen else _("— (язык рабочего места)")
    ctx.emit({"name": args.name, "language": chosen}, f"{args.name}: {shown}")
    return EXIT_OK


def run_list(ctx: Context) -> int:
    users = UserService(ctx.vault()).list()
    ctx.emit(
        [
            {
                "name": u.name,
                "role": u.role,
                "full_name": u.full_name,
                "created_at": u.created_at.isoformat(),
                "position": u.position,
                "phone": u.phone,
            }
            for u in users
        ],
        "\n".join(f"{u.name}\t{u.role}\t{u.full_name or ''}" for u in users),
    )
    return EXIT_OK
