"""More registry and request actions, under the ``authority``, ``signatory`` and ``request``
commands of ``request_cmds``: ``authority rename|replace`` (Art. 2, history kept),
``signatory end|blank`` (Art. 9.3, 9.4), ``signatory notifications|notified`` (the notices of
those changes our side owes the partner), ``request update|assign|dashboard``. JSON names are
a contract."""

from __future__ import annotations

import argparse
import mimetypes
from dataclasses import MISSING, fields
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from migdesk.cli.context import EXIT_OK, Context, UsageError, option_day
from migdesk.errors import InvalidInput, ValidationFailed
from migdesk.messages import _

if TYPE_CHECKING:
    from migdesk.requests.signatories import NotificationView


def register_more(
    auth_sub: Any, sig_sub: Any, req_sub: Any, common: argparse.ArgumentParser
) -> None:
    rename = auth_sub.add_parser(
        "rename",
        parents=[common],
        help=_(
            "переименование органа по ноте (JSON: code, effective_on, "
            "nominative, dative, short_name, notification, notified_on, "
            "notes)"
        ),
    )
    rename.add_argument("source", metavar="FILE|-")
    rename.set_defaults(handler=run_rename)
    replace = auth_sub.add_parser(
        "replace",
        parents=[common],
        help=_("замена органа другим (JSON: code, successor_code, effective_on, notification, …)"),
    )
    replace.add_argument("source", metavar="FILE|-")
    replace.set_defaults(handler=run_replace)

    end = sig_sub.add_parser("end", parents=[common], help=_("окончание полномочий подписанта"))
    end.add_argument("id", type=int)
    end.add_argument("--until", required=True, metavar=_("ГГГГ-ММ-ДД"), help=_("последний день"))
    end.add_argument("--notified-on", metavar=_("ГГГГ-ММ-ДД"))
    end.set_defaults(handler=run_signatory_end)
    blank = sig_sub.add_parser(
        "blank", parents=[common], help=_("образец бланка (п.\u00a03 ст.\u00a09)")
    )
    blank.add_argument("file", type=Path, metavar="FILE")
    blank.add_argument("--authority", required=True, metavar="CODE")
    blank.add_argument("--name", required=True, metavar="TEXT")
    blank.add_argument("--valid-from", required=True, metavar=_("ГГГГ-ММ-ДД"))
    blank.add_argument("--valid-until", metavar=_("ГГГГ-ММ-ДД"))
    blank.set_defaults(handler=run_signatory_blank)
    notes = sig_sub.add_parser(
        "notifications",
        parents=[common],
        help=_("уведомления другой Стороны о подписантах и бланках (п.\u00a03, 4 ст.\u00a09)"),
    )
    notes.add_argument("--pending", action="store_true", help=_("только ожидающие отправки"))
    notes.set_defaults(handler=run_notifications)
    notified = sig_sub.add_parser(
        "notified",
        parents=[common],
        help=_("отметить уведомления направленными (без ID — все ожидающие, как в окне)"),
    )
    notified.add_argument("ids", type=int, nargs="*", metavar="ID")
    notified.add_argument("--on", metavar=_("ГГГГ-ММ-ДД"), help=_("дата направления (сегодня)"))
    notified.add_argument("--reference", required=True, metavar="TEXT", help=_("номер ноты"))
    notified.set_defaults(handler=run_notified)

    update = req_sub.add_parser(
        "update", parents=[common], help=_("изменить проект (JSON как new)")
    )
    update.add_argument("id")
    update.add_argument("source", metavar="FILE|-")
    update.set_defaults(handler=run_update)
    assign = req_sub.add_parser("assign", parents=[common], help=_("назначить исполнителя"))
    assign.add_argument("id")
    assign.add_argument("assignee", metavar="USER")  # not "user": that is --user
    assign.set_defaults(handler=run_assign)
    board = req_sub.add_parser(
        "dashboard",
        parents=[common],
        help=_("сроки, как на главном экране: входящие в работе, исходящие без ответа"),
    )
    board.add_argument("--as-of", metavar=_("ГГГГ-ММ-ДД"), help=_("(сегодня)"))
    board.set_defaults(handler=run_dashboard)


def _dataclass_from_json(kind: Any, raw: Any, days: tuple[str, ...]) -> Any:
    """``kind``'s fields from a JSON object; dates as ГГГГ-ММ-ДД; every problem named."""
    if not isinstance(raw, dict):
        raise ValidationFailed({"": _("ожидается объект JSON")})
    names = {f.name for f in fields(kind)}
    problems = {str(k)[:40]: _("неизвестное поле") for k in raw if k not in names}
    values: dict[str, Any] = {}
    for name in names & set(raw):
        value = raw[name]
        if value is not None and not isinstance(value, str):
            problems[name] = _("строка")
        elif name in days and value is not None:
            try:
                values[name] = date.fromisoformat(value) if len(value) == 10 else None
            except ValueError:
                values[name] = None
            if values[name] is None:
                problems[name] = _("дата ГГГГ-ММ-ДД")
        else:
            values[name] = value
    required = {
        f.name for f in fields(kind) if f.default is MISSING and f.default_factory is MISSING
    }
    for name in sorted(required - set(values)):
        problems.setdefault(name, _("обязательно"))
    if problems:
        raise ValidationFailed(problems)
    return kind(**values)


def run_rename(ctx: Context) -> int:
    from migdesk.requests.authorities import AuthorityRegistry, Rename

    change = _dataclass_from_json(
        Rename, ctx.read_json(ctx.args.source), ("effective_on", "notified_on")
    )
    AuthorityRegistry(ctx.vault()).rename(change)
    ctx.emit({"code": change.code}, _("Наименование {code} изменено.").format(code=change.code))
    return EXIT_OK


def run_replace(ctx: Context) -> int:
    from migdesk.requests.authorities import AuthorityRegistry, Replacement

    change = _dataclass_from_json(
        Replacement, ctx.read_json(ctx.args.source), ("effective_on", "notified_on")
    )
    AuthorityRegistry(ctx.vault()).replace(change)
    ctx.emit(
        {"code": change.code, "successor_code": change.successor_code},
        _("{code} заменён органом {successor_code}.").format(
            code=change.code, successor_code=change.successor_code
        ),
    )
    return EXIT_OK


def run_signatory_end(ctx: Context) -> int:
    from migdesk.requests.signatories import SignatoryService

    until = option_day(ctx.args.until, "--until")
    assert until is not None
    notification = SignatoryService(ctx.vault()).end(
        ctx.args.id, until, option_day(ctx.args.notified_on, "--notified-on")
    )
    ctx.emit(
        {"id": ctx.args.id, "notification_id": notification},
        _(
            "Полномочия подписанта № {id} оканчиваются {until}; уведомление № {notification}."
        ).format(id=ctx.args.id, until=until, notification=notification),
    )
    return EXIT_OK


def run_signatory_blank(ctx: Context) -> int:
    from migdesk.requests.signatories import FormBlankInput, SignatoryService

    path: Path = ctx.args.file
    try:
        data = path.read_bytes()
    except OSError:
        raise UsageError(_("Не удалось прочитать файл «{path}».").format(path=path)) from None
    valid_from = option_day(ctx.args.valid_from, "--valid-from")
    assert valid_from is not None
    added = SignatoryService(ctx.vault()).add_form_blank(
        FormBlankInput(
            ctx.args.authority,
            ctx.args.name,
            valid_from,
            mimetypes.guess_type(path.name)[0] or "application/octet-stream",
            data,
            option_day(ctx.args.valid_until, "--valid-until"),
        )
    )
    ctx.emit(
        {"id": added.id, "notification_id": added.notification_id},
        _("Образец бланка № {id} добавлен; уведомление № {notification_id}.").format(
            id=added.id, notification_id=added.notification_id
        ),
    )
    return EXIT_OK


def _notification_json(note: NotificationView) -> dict[str, Any]:
    return {
        "id": note.id,
        "authority": note.authority,
        "change": note.change,
        "signatory_id": note.signatory_id,
        "form_blank_id": note.form_blank_id,
        "direction": note.direction,
        "state": note.state,
        "notified_on": note.notified_on.isoformat() if note.notified_on else None,
        "reference": note.reference,
    }


def run_notifications(ctx: Context) -> int:
    from migdesk.requests.signatories import SignatoryService

    notes = SignatoryService(ctx.vault()).notifications(pending_only=ctx.args.pending)
    ctx.emit(
        [_notification_json(n) for n in notes],
        "\n".join(
            f"{n.id}\t{n.authority}\t{n.change}\t{n.direction}\t{n.state}\t"
            f"{n.notified_on or ''}\t{n.reference or ''}"
            for n in notes
        )
        or _("Уведомлений нет."),
    )
    return EXIT_OK


def run_notified(ctx: Context) -> int:
    from migdesk.requests.signatories import SignatoryService

    on = option_day(ctx.args.on, "--on") or date.today()
    service = SignatoryService(ctx.vault())
    # Without ids: every pending notice, as the window's «Отметить направленными…» does.
    ids: list[int] = ctx.args.ids or [n.id for n in service.notifications(pending_only=True)]
    if not ids:
        raise InvalidInput(_("Уведомлений, ожидающих отправки, нет."))
    service.mark_notified(ids, on, ctx.args.reference)
    reference = ctx.args.reference.strip()  # as the service stores it
    ctx.emit(
        {"notifications": ids, "notified_on": on.isoformat(), "reference": reference},
        _("Уведомления № {ids} направлены {on}.").format(
            ids=", ".join(map(str, ids)), on=on.isoformat()
        ),
    )
    return EXIT_OK


def run_update(ctx: Context) -> int:
    from migdesk.requests import codec
    from migdesk.requests.service import RequestService

    draft = codec.draft_from_json(ctx.read_json(ctx.args.source))
    RequestService(ctx.vault()).update_draft(ctx.args.id, draft)
    ctx.emit({"id": ctx.args.id}, _("Проект {id} изменён.").format(id=ctx.args.id))
    return EXIT_OK


def run_assign(ctx: Context) -> int:
    from migdesk.requests.service import RequestService

    RequestService(ctx.vault()).assign(ctx.args.id, ctx.args.assignee)
    ctx.emit(
        {"id": ctx.args.id, "user": ctx.args.assignee},
        _("{assignee} назначен.").format(assignee=ctx.args.assignee),
    )
    return EXIT_OK


def run_dashboard(ctx: Context) -> int:
    from migdesk.requests import codec
    from migdesk.requests.service import RequestService

    as_of = option_day(ctx.args.as_of, "--as-of")  # a usage error before the vault opens
    board = RequestService(ctx.vault()).dashboard(as_of)
    lines: list[str] = [_("Входящие в работе:")]
    lines += [
        f"{r.number}\t{r.state}\t{r.due_on or ''}\t{r.days_left}\t{r.id}" for r in board.incoming
    ]
    lines.append(_("Исходящие без ответа:"))
    lines += [f"{r.number}\t{r.state}\t{r.waiting_days}\t{r.id}" for r in board.outgoing]
    ctx.emit(
        {
            "as_of": board.as_of.isoformat(),
            "incoming": [codec.row_json(r) for r in board.incoming],
            "outgoing": [codec.row_json(r) for r in board.outgoing],
        },
        "\n".join(lines),
    )
    return EXIT_OK
