"""``agreement notice|status`` (Art. 17, 9.3), ``journal pattern`` (registration numbers),
``settings idle-lock|password-min-length`` (Art. 11.4), ``mrz parse`` (ICAO 9303): office
actions the GUI has, scriptable. The JSON names are a contract."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from typing import Any

from migdesk.cli.context import EXIT_OK, EXIT_REFUSED, Context, UsageError, option_day
from migdesk.messages import _, ngettext


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    agreement = commands.add_parser(
        "agreement", parents=[common], help=_("вступление в силу и прекращение (ст.\u00a017)")
    )
    a_sub = agreement.add_subparsers(dest="agreement_command", required=True, metavar=_("ДЕЙСТВИЕ"))
    notice = a_sub.add_parser("notice", parents=[common], help=_("записать уведомление Стороны"))
    notice.add_argument("--kind", required=True, choices=["ratification", "termination"])
    notice.add_argument("--party", required=True, choices=["KZ", "AM"])
    notice.add_argument("--received-on", required=True, metavar=_("ГГГГ-ММ-ДД"))
    notice.add_argument("--reference", required=True, metavar="TEXT", help=_("реквизиты ноты"))
    notice.add_argument("--notes", metavar="TEXT")
    notice.set_defaults(handler=run_notice)
    status = a_sub.add_parser(
        "status", parents=[common], help=_("даты вступления в силу, прекращения, обмена перечнями")
    )
    status.add_argument("--as-of", metavar=_("ГГГГ-ММ-ДД"))
    status.set_defaults(handler=run_status)

    journal = commands.add_parser("journal", parents=[common], help=_("журналы регистрации"))
    j_sub = journal.add_subparsers(dest="journal_command", required=True, metavar=_("ДЕЙСТВИЕ"))
    pattern = j_sub.add_parser("pattern", parents=[common], help=_("шаблон номера на год"))
    pattern.add_argument("authority", metavar="CODE")
    pattern.add_argument("direction", choices=["incoming", "outgoing"])
    pattern.add_argument("--year", type=int, default=date.today().year)
    pattern.add_argument("--set", dest="value", metavar="PATTERN", help=_("например «{seq}-исх»"))
    pattern.set_defaults(handler=run_pattern)
    listing = j_sub.add_parser(
        "list", parents=[common], help=_("номера журнала по порядку (руководитель)")
    )
    listing.add_argument("authority", metavar="CODE")
    listing.add_argument("direction", choices=["incoming", "outgoing"])
    listing.add_argument("--year", type=int, default=date.today().year)
    listing.set_defaults(handler=run_journal_list)
    onward = j_sub.add_parser(
        "continue",
        parents=[common],
        help=_("продолжить нумерацию после номера N (после восстановления из копии)"),
    )
    onward.add_argument("authority", metavar="CODE")
    onward.add_argument("direction", choices=["incoming", "outgoing"])
    onward.add_argument("--after", type=int, required=True, metavar="N")
    onward.add_argument("--year", type=int, default=date.today().year)
    onward.set_defaults(handler=run_journal_continue)

    settings = commands.add_parser("settings", parents=[common], help=_("настройки рабочего места"))
    s_sub = settings.add_subparsers(dest="settings_command", required=True, metavar=_("ДЕЙСТВИЕ"))
    idle = s_sub.add_parser("idle-lock", parents=[common], help=_("минут до автоблокировки"))
    idle.add_argument("--set", dest="minutes", type=int, metavar="MINUTES")
    idle.set_defaults(handler=run_idle_lock)
    rule = s_sub.add_parser(
        "password-min-length",
        parents=[common],
        help=_("наименьшая длина новых паролей (не меньше 10)"),
    )
    rule.add_argument("--set", dest="length", type=int, metavar="N")
    rule.set_defaults(handler=run_password_min_length)

    mrz = commands.add_parser("mrz", parents=[common], help=_("машиночитаемая зона документа"))
    m_sub = mrz.add_subparsers(dest="mrz_command", required=True, metavar=_("ДЕЙСТВИЕ"))
    parse = m_sub.add_parser("parse", parents=[common], help=_("разобрать MRZ (TD1, TD2, TD3)"))
    parse.add_argument("source", metavar="FILE|-")
    parse.set_defaults(handler=run_mrz)


def run_notice(ctx: Context) -> int:
    from migdesk.requests.agreement import AgreementService

    received = option_day(ctx.args.received_on, "--received-on")
    assert received is not None
    notice_id = AgreementService(ctx.vault()).record_notice(
        ctx.args.kind, ctx.args.party, received, ctx.args.reference, ctx.args.notes
    )
    ctx.emit(
        {"id": notice_id}, _("Уведомление № {notice_id} записано.").format(notice_id=notice_id)
    )
    return EXIT_OK


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def run_status(ctx: Context) -> int:
    from migdesk.requests.agreement import AgreementService

    service = AgreementService(ctx.vault())
    status = service.status()
    exchange = service.signatory_exchange(option_day(ctx.args.as_of, "--as-of"))
    data = {
        "notices": [
            {**asdict(n), "received_on": n.received_on.isoformat()} for n in status.notices
        ],
        "entry_into_force": _iso(status.entry_into_force),
        "terminates_on": _iso(status.terminates_on),
        "signatory_exchange": {
            "due_on": _iso(exchange.due_on),
            "own_sent_on": _iso(exchange.own_sent_on),
            "partner_received_on": _iso(exchange.partner_received_on),
            "days_left": exchange.days_left,
            "overdue": exchange.overdue,
        },
    }
    human = [
        _("Вступление в силу: {date}").format(date=data["entry_into_force"] or _("не вступило")),
        _("Прекращение: {date}").format(date=data["terminates_on"] or "—"),
        _("Обмен перечнями подписантов (п.\u00a03 ст.\u00a09) до: {date}").format(
            date=_iso(exchange.due_on) or "—"
        )
        + (_(" — ПРОСРОЧЕН") if exchange.overdue else ""),
    ]
    ctx.emit(data, "\n".join(human))
    return EXIT_OK


def run_pattern(ctx: Context) -> int:
    from migdesk.requests.journal import JournalService

    service = JournalService(ctx.vault())
    args = ctx.args
    if args.value is not None:
        service.set_pattern(args.authority, args.direction, args.value, args.year)
    value = service.pattern(args.authority, args.direction, args.year)
    ctx.emit(
        {
            "authority": args.authority,
            "direction": args.direction,
            "year": args.year,
            "pattern": value,
        },
        value,
    )
    return EXIT_OK


def run_journal_list(ctx: Context) -> int:
    from migdesk.exchange.channels import gaps
    from migdesk.requests.journal import JournalService

    args = ctx.args
    entries = JournalService(ctx.vault()).entries(args.authority, args.direction, args.year)
    human = [
        f"{e.seq}\t{e.number}\t{e.registered_on.isoformat()}\t{e.registered_by}\t"
        f"{e.record_kind}\t{e.record_id}"
        for e in entries
    ]
    # Numbers are never given back once committed: a hole is a restore from a backup that
    # continued the replaced vault's numbers (audit: vault.restore_numbers).
    human += [
        _("№ {numbers}: записей нет в этом хранилище (см. журнал аудита).").format(
            numbers=str(first) if first == last else f"{first}–{last}"
        )
        for first, last in gaps([e.seq for e in entries])
    ]
    ctx.emit(
        [
            {
                "seq": e.seq,
                "number": e.number,
                "registered_on": e.registered_on.isoformat(),
                "registered_by": e.registered_by,
                "record_kind": e.record_kind,
                "record_id": e.record_id,
            }
            for e in entries
        ],
        "\n".join(human) if human else _("Журнал пуст."),
    )
    return EXIT_OK


def run_journal_continue(ctx: Context) -> int:
    from migdesk.requests.journal import JournalService

    args = ctx.args
    following = JournalService(ctx.vault()).continue_after(
        args.authority, args.direction, args.year, args.after
    )
    ctx.emit(
        {
            "authority": args.authority,
            "direction": args.direction,
            "year": args.year,
            "next_seq": following,
        },
        _("Следующий номер журнала: № {seq} (по шаблону журнала).").format(seq=following),
    )
    return EXIT_OK


def run_idle_lock(ctx: Context) -> int:
    from migdesk.office.session_policy import idle_lock_minutes, set_idle_lock_minutes

    vault = ctx.vault()
    if ctx.args.minutes is not None:
        set_idle_lock_minutes(vault, ctx.args.minutes)
    minutes = idle_lock_minutes(vault)
    ctx.emit({"minutes": minutes}, _("{minutes} мин.").format(minutes=minutes))
    return EXIT_OK


def run_password_min_length(ctx: Context) -> int:
    from migdesk.office.password_rule import password_min_length, set_password_min_length

    vault = ctx.vault()
    if ctx.args.length is not None:
        set_password_min_length(vault, ctx.args.length)
    length = password_min_length(vault)
    ctx.emit(
        {"password_min_length": length},
        ngettext(
            "Новый пароль: не меньше {length} символа.",
            "Новый пароль: не меньше {length} символов.",
            length,
        ).format(length=length),
    )
    return EXIT_OK


def run_mrz(ctx: Context) -> int:
    """No vault: the MRZ is read and checked, nothing is stored."""
    import sys
    from pathlib import Path

    from migdesk.identity.mrz import MrzError, parse_mrz

    source = ctx.args.source
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise UsageError(
            _("Не удалось прочитать «{source}» (нужен текст UTF-8).").format(source=source)
        ) from None
    try:
        result = parse_mrz(text)
    except MrzError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    data = {**asdict(result), "valid": result.valid}
    ctx.emit(data, f"{result.surname} {result.given_names}\t{result.document_number}")
    if not result.valid:
        print("; ".join(result.errors), file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK
