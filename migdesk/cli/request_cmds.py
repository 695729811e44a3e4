"""``authority list``, ``signatory add|list``, ``request new|receive|show|step|list``:
registries and requests (Art. 2, 8–10). The JSON names here are a contract."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from migdesk.cli import attachment_cmds, form_draft_cmds
from migdesk.cli.context import EXIT_OK, Context, UsageError
from migdesk.cli.key_options import add_key_options, credentials_from, has_key_options
from migdesk.cli.keys_cmds import register_authority_trust
from migdesk.cli.registry_cmds import register_more
from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.office import four_eyes
from migdesk.requests import codec, letterhead
from migdesk.requests.authorities import AuthorityRegistry
from migdesk.requests.deadline_note import deadline_note
from migdesk.requests.letterhead import LetterheadService
from migdesk.requests.records import RequestRow, StepResult
from migdesk.requests.service import RequestService
from migdesk.requests.signatories import SignatoryService
from migdesk.requests.workflow import Action, StepInput
from migdesk.signing.message_signing import sign_message

STEP_ACTIONS = [a.value for a in Action if a not in (Action.CREATE, Action.REGISTER)]


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    authority = commands.add_parser(
        "authority", parents=[common], help=_("компетентные органы (ст.\u00a02)")
    )
    auth_sub = authority.add_subparsers(
        dest="authority_command", required=True, metavar=_("ДЕЙСТВИЕ")
    )
    listing = auth_sub.add_parser("list", parents=[common], help=_("коды, наименования, история"))
    listing.add_argument("--as-of", help=_("наименования на дату ГГГГ-ММ-ДД"))
    listing.set_defaults(handler=run_authority_list)
    register_authority_trust(auth_sub, common)  # export-cert, trust (migdesk/cli/keys_cmds.py)
    head = auth_sub.add_parser(
        "letterhead", parents=[common], help=_("реквизиты бланка: наименование, адрес, связь")
    )
    head.add_argument("code")
    head.add_argument(
        "--set",
        metavar="FILE|-",
        dest="source",
        help=_("JSON: name_lines, short_name, address, phone, email, website (администратор)"),
    )
    head.set_defaults(handler=run_authority_letterhead)

    signatory = commands.add_parser(
        "signatory", parents=[common], help=_("уполномоченные подписанты (п.\u00a03, 4 ст.\u00a09)")
    )
    sig_sub = signatory.add_subparsers(
        dest="signatory_command", required=True, metavar=_("ДЕЙСТВИЕ")
    )
    add = sig_sub.add_parser("add", parents=[common], help=_("добавить подписанта из JSON"))
    add.add_argument("source", metavar="FILE|-")
    add.set_defaults(handler=run_signatory_add)
    sig_list = sig_sub.add_parser("list", parents=[common], help=_("перечень подписантов"))
    sig_list.add_argument("--authority", help=_("только этого органа"))
    sig_list.set_defaults(handler=run_signatory_list)
    eyes = sig_sub.add_parser(
        "four-eyes",
        parents=[common],
        help=_("правило «четырёх глаз»: подписывает не автор, а закреплённый пользователь"),
    )
    eyes.add_argument("state", nargs="?", choices=["on", "off"], help=_("включить или выключить"))
    eyes.set_defaults(handler=run_four_eyes)

    request = commands.add_parser("request", parents=[common], help=_("запросы (ст.\u00a08–10)"))
    req_sub = request.add_subparsers(dest="request_command", required=True, metavar=_("ДЕЙСТВИЕ"))
    new = req_sub.add_parser("new", parents=[common], help=_("проект исходящего запроса из JSON"))
    new.add_argument("source", metavar="FILE|-")
    new.set_defaults(handler=run_new)
    receive = req_sub.add_parser("receive", parents=[common], help=_("зарегистрировать входящий"))
    receive.add_argument("source", metavar="FILE|-")
    receive.set_defaults(handler=run_receive)
    show = req_sub.add_parser("show", parents=[common], help=_("запрос с историей шагов"))
    show.add_argument("id")
    show.add_argument("--as-of", help=_("срок и просрочка на дату ГГГГ-ММ-ДД"))
    show.set_defaults(handler=run_show)
    step = req_sub.add_parser("step", parents=[common], help=_("шаг исполнения (ст.\u00a010)"))
    step.add_argument("id")
    step.add_argument("action", choices=STEP_ACTIONS, metavar="ACTION")
    step.add_argument("source", metavar="FILE|-", nargs="?")
    # «sign» is the signatory's digital signature on the message (issue 13, item 4).
    add_key_options(step, _("sign: подписать"))
    step.set_defaults(handler=run_step)
    req_list = req_sub.add_parser("list", parents=[common], help=_("запросы, видимые пользователю"))
    req_list.add_argument("--overdue", action="store_true", help=_("только просроченные"))
    req_list.add_argument("--as-of", help=_("состояние на дату ГГГГ-ММ-ДД"))
    req_list.add_argument("--direction", choices=["incoming", "outgoing"])
    req_list.set_defaults(handler=run_list)
    register_more(auth_sub, sig_sub, req_sub, common)  # rename, replace, end, blank, update…
    attachment_cmds.register(req_sub, common)  # attachments, attachment N --out FILE
    form_draft_cmds.register(req_sub, common, "request")  # drafts list|discard


def _as_of(ctx: Context) -> date | None:
    text = getattr(ctx.args, "as_of", None)
    if not text:
        return None
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise UsageError(_("--as-of: нужна дата ГГГГ-ММ-ДД."))


def run_authority_list(ctx: Context) -> int:
    views = AuthorityRegistry(ctx.vault()).list(_as_of(ctx))
    human = "\n".join(
        f"{v.code}\t{v.name.nominative}"
        + (_(" (заменён: {successor})").format(successor=v.successor) if v.successor else "")
        for v in views
    )
    ctx.emit([codec.authority_json(v) for v in views], human)
    return EXIT_OK


def run_authority_letterhead(ctx: Context) -> int:
    service = LetterheadService(ctx.vault())
    if ctx.args.source:
        head = service.set(ctx.args.code, letterhead.parse(ctx.read_json(ctx.args.source)))
    else:
        head = service.get(ctx.args.code)
    lines = [*head.name_lines, *head.reference_lines()]
    ctx.emit(head.to_json(), "\n".join(lines) or _("Реквизиты бланка не заданы."))
    return EXIT_OK


def run_signatory_add(ctx: Context) -> int:
    data = codec.signatory_from_json(ctx.read_json(ctx.args.source))
    added = SignatoryService(ctx.vault()).add(data)
    ctx.emit(
        {"id": added.id, "notification_id": added.notification_id},
        _("Подписант № {id} добавлен; уведомление № {notification_id}.").format(
            id=added.id, notification_id=added.notification_id
        ),
    )
    return EXIT_OK


def run_four_eyes(ctx: Context) -> int:
    vault = ctx.vault()
    if ctx.args.state is not None:
        four_eyes.set_enabled(vault, ctx.args.state == "on")
    on = four_eyes.is_enabled(vault)
    ctx.emit(
        {"four_eyes": on},
        _("Правило «четырёх глаз» действует.")
        if on
        else _("Правило «четырёх глаз» выключено (один сотрудник)."),
    )
    return EXIT_OK


def run_signatory_list(ctx: Context) -> int:
    views = SignatoryService(ctx.vault()).list(ctx.args.authority)
    human = "\n".join(
        f"{v.id}\t{v.authority}\t{v.position}\t{v.full_name}\t{v.valid_from}–{v.valid_until or ''}"
        for v in views
    )
    ctx.emit([codec.signatory_json(v) for v in views], human or _("Подписантов нет."))
    return EXIT_OK


def run_new(ctx: Context) -> int:
    draft = codec.draft_from_json(ctx.read_json(ctx.args.source))
    created = RequestService(ctx.vault()).create_draft(draft)
    ctx.emit({"id": created.id, "number": created.number}, f"{created.number}\t{created.id}")
    return EXIT_OK


def run_receive(ctx: Context) -> int:
    incoming = codec.incoming_from_json(ctx.read_json(ctx.args.source))
    created = RequestService(ctx.vault()).receive(incoming)
    ctx.emit({"id": created.id, "number": created.number}, f"{created.number}\t{created.id}")
    return EXIT_OK


def run_show(ctx: Context) -> int:
    view = RequestService(ctx.vault()).get(ctx.args.id, as_of=_as_of(ctx))
    lines = [
        f"№ {view.number} ({view.kind}, {view.direction}): {view.state_label}",
        _("от: {from_name}").format(from_name=view.from_name),
        _("кому: {to_name}").format(to_name=view.to_name),
    ]
    note = deadline_note(view)
    if view.due_on:
        lines.append(
            _("поступил: {received_on}, срок: {due_on}").format(
                received_on=view.received_on, due_on=view.due_on
            )
            + (f"; {note}" if note else "")
        )
    lines += [
        f"{s.seq}. {s.on} {s.user} {s.action} → {s.to_state}"
        + (f" № {s.number}" if s.number else "")
        for s in view.steps
    ]
    data = codec.request_json(view)
    data["deadline_note"] = note  # added in session 18: what the wait is, beside due_on
    ctx.emit(data, "\n".join(lines))
    return EXIT_OK


def run_step(ctx: Context) -> int:
    if ctx.args.action != Action.SIGN.value and has_key_options(ctx.args):
        raise UsageError(_("Ключ подписи указывается только для шага sign."))
    raw = ctx.read_json(ctx.args.source) if ctx.args.source else {}
    step = codec.step_from_json(ctx.args.action, raw)
    if ctx.args.action == Action.SIGN.value:
        result = _sign(ctx, step)
    else:
        result = RequestService(ctx.vault()).step(ctx.args.id, step)
    ctx.emit(
        {"id": result.id, "state": result.state, "seq": result.seq, "number": result.number},
        _("Шаг {seq} записан; состояние: {state}").format(seq=result.seq, state=result.state)
        + (f"; № {result.number}" if result.number else ""),
    )
    return EXIT_OK


def _sign(ctx: Context, step: StepInput) -> StepResult:
    """The sign step is made by signing: without the signatory's key it is refused."""
    if step.on is not None and step.on != date.today():
        raise InvalidInput(_("Запрос подписывается сегодняшней датой: уберите «on»."), "on")
    credentials = credentials_from(ctx.args)
    if credentials is None:
        raise InvalidInput(
            _(
                "Подписание запроса — это электронная подпись подписанта (п.\u00a03 "
                "ст.\u00a09): укажите его ключ: --sign-p12 ФАЙЛ (пароль в "
                "--p12-password-file или с терминала) или --sign-pkcs11 МОДУЛЬ "
                "--token-label МЕТКА."
            )
        )
    with credentials:  # a token's session ends as soon as the signature is made
        return sign_message(ctx.vault(), ctx.args.id, credentials, step.signatory)


def _human_row(row: RequestRow) -> str:
    deadline = ""
    if row.days_left is not None:
        deadline = (
            _("ПРОСРОЧЕН на {days} дн.").format(days=-row.days_left)
            if row.overdue
            else _("{days_left} дн.").format(days_left=row.days_left)
        )
    elif row.waiting_days is not None:
        deadline = _("ждём {waiting_days} дн.").format(waiting_days=row.waiting_days)
    return f"{row.number}\t{row.direction}\t{row.state}\t{deadline}\t{row.id}"


def run_list(ctx: Context) -> int:
    rows = RequestService(ctx.vault()).list(
        overdue=True if ctx.args.overdue else None,
        as_of=_as_of(ctx),
        direction=ctx.args.direction,
    )
    ctx.emit(
        [codec.row_json(r) for r in rows], "\n".join(map(_human_row, rows)) or _("Запросов нет.")
    )
    return EXIT_OK
