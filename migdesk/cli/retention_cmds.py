"""``retention due|set-default|rules|propose|proposals|acts`` and ``destroy`` (Art. 11.5): persons,
requests with their letters and files, single attachments, thematic items and consents."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from migdesk.cli.context import EXIT_OK, Context, UsageError
from migdesk.errors import InvalidInput, MigDeskError
from migdesk.messages import _, ngettext
from migdesk.office.retention import (
    EXPIRY_GROUNDS,
    KINDS,
    ActInfo,
    ProposalInfo,
    RetentionService,
)
from migdesk.office.retention_rules import KIND_LABELS, RULES
from migdesk.reports.destruction_act import write_destruction_act


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("retention", parents=[common], help=_("сроки хранения"))
    sub = group.add_subparsers(dest="retention_command", required=True, metavar=_("ДЕЙСТВИЕ"))
    due = sub.add_parser("due", parents=[common], help=_("записи, подлежащие уничтожению"))
    due.add_argument("--as-of", help=_("на дату ГГГГ-ММ-ДД (по умолчанию сегодня)"))
    due.set_defaults(handler=run_due)
    default = sub.add_parser("set-default", parents=[common], help=_("срок хранения по умолчанию"))
    default.add_argument("years", type=int)
    default.add_argument("--kind", choices=KINDS, help=_("срок для одного вида записей"))
    default.set_defaults(handler=run_set_default)
    rules = sub.add_parser("rules", parents=[common], help=_("сроки хранения по видам записей"))
    rules.set_defaults(handler=run_rules)
    propose = sub.add_parser(
        "propose",
        parents=[common],
        help=_("предложить уничтожение (утверждает другой руководитель)"),
    )
    propose.add_argument("id")
    propose.add_argument(  # stored in the act: Russian
        "--grounds",
        metavar="TEXT",
        help=_(
            "основание уничтожения; войдёт в акт об уничтожении. Обязательно с --early; "
            "если не указано, для записи с истёкшим сроком — «{grounds}»"
        ).format(grounds=EXPIRY_GROUNDS),
    )
    propose.add_argument("--early", action="store_true", help=_("до истечения срока хранения"))
    propose.add_argument("--kind", choices=KINDS, help=_("вид записи (по умолчанию — по id)"))
    propose.set_defaults(handler=run_propose)
    proposals = sub.add_parser(
        "proposals", parents=[common], help=_("уничтожения, ждущие утверждения")
    )
    proposals.set_defaults(handler=run_proposals)
    acts = sub.add_parser("acts", parents=[common], help=_("акты об уничтожении, новые первыми"))
    acts.set_defaults(handler=run_acts)

    destroy = commands.add_parser(
        "destroy", parents=[common], help=_("уничтожить запись и составить акт (руководитель)")
    )
    destroy.add_argument("id")
    destroy.add_argument("--act-out", type=Path, required=True, metavar="FILE.pdf")
    # Stored in the act, Russian. Unset: the grounds of the proposal being approved.
    destroy.add_argument("--grounds")
    destroy.add_argument(
        "--early", action="store_true", help=_("уничтожить до истечения срока хранения")
    )
    destroy.add_argument("--kind", choices=KINDS, help=_("вид записи (по умолчанию — по id)"))
    destroy.set_defaults(handler=run_destroy)


def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(_("--as-of: ожидается дата ГГГГ-ММ-ДД.")) from exc


def run_due(ctx: Context) -> int:
    records = RetentionService(ctx.vault()).due(_day(ctx.args.as_of))
    ctx.emit(
        [
            {
                "record_kind": r.record_kind,
                "id": r.record_id,
                "keep_until": r.keep_until.isoformat(),
                "from_default": r.from_default,
                "held_by": list(r.held_by),
            }
            for r in records
        ],
        "\n".join(
            f"{r.record_kind}\t{r.record_id}\t{r.keep_until:%d.%m.%Y}"
            + (
                _("\tнужна запросу № {requests}").format(requests=", ".join(r.held_by))
                if r.held_by
                else ""
            )
            for r in records
        )
        or _("Записей с истёкшим сроком хранения нет."),
    )
    return EXIT_OK


def run_set_default(ctx: Context) -> int:
    kind: str | None = ctx.args.kind
    RetentionService(ctx.vault()).set_default_years(ctx.args.years, kind)
    data: dict[str, Any] = {"retention_years": ctx.args.years}
    if kind is not None:
        data["record_kind"] = kind
    if kind is None:
        text = ngettext(
            "Срок хранения по умолчанию: {years} год.",
            "Срок хранения по умолчанию: {years} лет.",
            ctx.args.years,
            few="Срок хранения по умолчанию: {years} года.",
        ).format(years=ctx.args.years)
    else:
        text = ngettext(
            "Срок хранения ({kind}): {years} год.",
            "Срок хранения ({kind}): {years} лет.",
            ctx.args.years,
            few="Срок хранения ({kind}): {years} года.",
        ).format(kind=KIND_LABELS[kind], years=ctx.args.years)
    ctx.emit(data, text)
    return EXIT_OK


def run_rules(ctx: Context) -> int:
    years = RetentionService(ctx.vault()).all_years()
    ctx.emit(
        [
            {"record_kind": k, "label": KIND_LABELS[k], "years": years[k], "counts_from": RULES[k]}
            for k in KINDS
        ],
        "\n".join(
            ngettext(
                "{kind}: {years} год, {counts_from}",
                "{kind}: {years} лет, {counts_from}",
                years[k],
                few="{kind}: {years} года, {counts_from}",
            ).format(kind=KIND_LABELS[k], years=years[k], counts_from=RULES[k])
            for k in KINDS
        ),
    )
    return EXIT_OK


def _proposal_json(p: ProposalInfo) -> dict[str, Any]:
    return {
        "proposal_id": p.id,
        "id": p.record_id,
        "record_kind": p.record_kind,
        "grounds": p.grounds,
        "early": p.early,
        "proposed_by": p.proposed_by,
        "proposed_at": p.proposed_at.isoformat(),
    }


def run_propose(ctx: Context) -> int:
    service = RetentionService(ctx.vault())
    try:
        proposal = service.propose(
            ctx.args.id, ctx.args.grounds, early=ctx.args.early, kind=ctx.args.kind
        )
    except InvalidInput as exc:
        if exc.field != "grounds":
            raise
        # A refused proposal says why on stderr, and with --json as an object on stdout
        # too (as ``bundle import`` does), so a script can tell it from other refusals.
        refused = InvalidInput(
            _("{message} Основание указывается в --grounds TEXT.").format(message=exc.args[0]),
            field="grounds",
        )
        if ctx.json:
            ctx.emit({"status": "refused", "reason": "grounds_required", "message": refused})
        raise refused from exc
    ctx.emit(
        _proposal_json(proposal),
        _(
            "Уничтожение записи {record_id} предложено; утверждает другой "
            "руководитель (destroy {record_id} --act-out FILE.pdf)."
        ).format(record_id=proposal.record_id),
    )
    return EXIT_OK


def run_proposals(ctx: Context) -> int:
    rows = RetentionService(ctx.vault()).proposals()
    ctx.emit(
        [_proposal_json(p) for p in rows],
        "\n".join(f"{p.record_id}\t{p.proposed_by}\t{p.grounds}" for p in rows)
        or _("Предложений уничтожения нет."),
    )
    return EXIT_OK


def _act_json(act: ActInfo) -> dict[str, Any]:
    """The names ``destroy`` prints for its act, and the rest of the stored act."""
    return {
        "act_id": act.id,
        "act_number": act.number,
        "act_date": act.act_date.isoformat(),
        "id": act.record_id,
        "record_kind": act.record_kind,
        "destroyed_by": act.destroyed_by,
        "proposed_by": act.proposed_by,
        "keep_until": act.keep_until.isoformat() if act.keep_until else None,
        "grounds": act.grounds,
        "summary": act.summary,
        "audit_hash": act.audit_hash,
    }


def run_acts(ctx: Context) -> int:
    acts = RetentionService(ctx.vault()).acts()
    ctx.emit(
        [_act_json(a) for a in acts],
        "\n".join(
            f"{a.number}\t{a.act_date:%d.%m.%Y}\t{a.record_kind}\t{a.record_id}\t{a.destroyed_by}"
            for a in acts
        )
        or _("Актов об уничтожении нет."),
    )
    return EXIT_OK


def _grounds(service: RetentionService, ctx: Context) -> str | None:
    """The act's grounds: as typed, else the approved proposal's (an early destruction
    «по просьбе предоставившей стороны» must not be printed as «истечение срока хранения»),
    else none: the service states the expiry for a due record and refuses an early one."""
    if ctx.args.grounds is not None:
        return str(ctx.args.grounds)
    return service.proposed_grounds(ctx.args.id)


def run_destroy(ctx: Context) -> int:
    out: Path = ctx.args.act_out
    if not out.parent.is_dir():
        raise UsageError(_("Каталог «{parent}» не существует.").format(parent=out.parent))
    vault = ctx.vault()
    service = RetentionService(vault)
    act = service.destroy(
        ctx.args.id, _grounds(service, ctx), early=ctx.args.early, kind=ctx.args.kind
    )
    # The record is gone whatever happens next; a failed write leaves no partial act file
    # and the act stays in the vault to be printed again.
    try:
        write_destruction_act(vault, act, out)
    except (OSError, MigDeskError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise InvalidInput(
            _(
                "Запись {record_id} уничтожена (акт № {number}), но файл акта не "
                "записан: {reason}. Напечатать акт повторно: doc render {id} "
                "--kind destruction-act --out FILE.pdf"
            ).format(record_id=act.record_id, number=act.number, reason=reason, id=act.id)
        ) from exc
    ctx.emit(
        {
            "id": act.record_id,
            "record_kind": act.record_kind,
            "act_id": act.id,
            "act_number": act.number,
            "act_path": str(out),
            "audit_hash": act.audit_hash,
        },
        _("Запись {record_id} уничтожена; акт № {number}: {out}").format(
            record_id=act.record_id, number=act.number, out=out
        ),
    )
    return EXIT_OK
