"""``retention due|set-default|rules|propose|proposals`` and ``destroy`` (Art. 11.5): persons,
requests with their letters and files, single attachments, thematic items and consents."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from migdesk.cli.context import EXIT_OK, Context, UsageError
from migdesk.errors import InvalidInput, MigDeskError
from migdesk.office.retention import KINDS, ProposalInfo, RetentionService
from migdesk.office.retention_rules import KIND_LABELS, RULES
from migdesk.reports.destruction_act import write_destruction_act

DEFAULT_GROUNDS = "истечение срока хранения (п. 5 ст. 11 Соглашения)"


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("retention", parents=[common], help="сроки хранения")
    sub = group.add_subparsers(dest="retention_command", required=True, metavar="ДЕЙСТВИЕ")
    due = sub.add_parser("due", parents=[common], help="записи, подлежащие уничтожению")
    due.add_argument("--as-of", help="на дату ГГГГ-ММ-ДД (по умолчанию сегодня)")
    due.set_defaults(handler=run_due)
    default = sub.add_parser("set-default", parents=[common], help="срок хранения по умолчанию")
    default.add_argument("years", type=int)
    default.add_argument("--kind", choices=KINDS, help="срок для одного вида записей")
    default.set_defaults(handler=run_set_default)
    rules = sub.add_parser("rules", parents=[common], help="сроки хранения по видам записей")
    rules.set_defaults(handler=run_rules)
    propose = sub.add_parser(
        "propose", parents=[common], help="предложить уничтожение (утверждает другой руководитель)"
    )
    propose.add_argument("id")
    propose.add_argument("--grounds", default=DEFAULT_GROUNDS)
    propose.add_argument("--early", action="store_true", help="до истечения срока хранения")
    propose.add_argument("--kind", choices=KINDS, help="вид записи (по умолчанию — по id)")
    propose.set_defaults(handler=run_propose)
    proposals = sub.add_parser(
        "proposals", parents=[common], help="уничтожения, ждущие утверждения"
    )
    proposals.set_defaults(handler=run_proposals)

    destroy = commands.add_parser(
        "destroy", parents=[common], help="уничтожить запись и составить акт (руководитель)"
    )
    destroy.add_argument("id")
    destroy.add_argument("--act-out", type=Path, required=True, metavar="FILE.pdf")
    destroy.add_argument("--grounds", default=DEFAULT_GROUNDS)
    destroy.add_argument(
        "--early", action="store_true", help="уничтожить до истечения срока хранения"
    )
    destroy.add_argument("--kind", choices=KINDS, help="вид записи (по умолчанию — по id)")
    destroy.set_defaults(handler=run_destroy)


def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError("--as-of: ожидается дата ГГГГ-ММ-ДД.") from exc


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
            + (f"\tнужна запросу № {', '.join(r.held_by)}" if r.held_by else "")
            for r in records
        )
        or "Записей с истёкшим сроком хранения нет.",
    )
    return EXIT_OK


def run_set_default(ctx: Context) -> int:
    kind: str | None = ctx.args.kind
    RetentionService(ctx.vault()).set_default_years(ctx.args.years, kind)
    data: dict[str, Any] = {"retention_years": ctx.args.years}
    if kind is not None:
        data["record_kind"] = kind
    what = f" ({KIND_LABELS[kind]})" if kind else " по умолчанию"
    ctx.emit(data, f"Срок хранения{what}: {ctx.args.years} лет.")
    return EXIT_OK


def run_rules(ctx: Context) -> int:
    years = RetentionService(ctx.vault()).all_years()
    ctx.emit(
        [
            {"record_kind": k, "label": KIND_LABELS[k], "years": years[k], "counts_from": RULES[k]}
            for k in KINDS
        ],
        "\n".join(f"{KIND_LABELS[k]}: {years[k]} лет, {RULES[k]}" for k in KINDS),
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
    proposal = RetentionService(ctx.vault()).propose(
        ctx.args.id, ctx.args.grounds, early=ctx.args.early, kind=ctx.args.kind
    )
    ctx.emit(
        _proposal_json(proposal),
        f"Уничтожение записи {proposal.record_id} предложено; утверждает другой руководитель "
        f"(destroy {proposal.record_id} --act-out FILE.pdf).",
    )
    return EXIT_OK


def run_proposals(ctx: Context) -> int:
    rows = RetentionService(ctx.vault()).proposals()
    ctx.emit(
        [_proposal_json(p) for p in rows],
        "\n".join(f"{p.record_id}\t{p.proposed_by}\t{p.grounds}" for p in rows)
        or "Предложений уничтожения нет.",
    )
    return EXIT_OK


def run_destroy(ctx: Context) -> int:
    out: Path = ctx.args.act_out
    if not out.parent.is_dir():
        raise UsageError(f"Каталог «{out.parent}» не существует.")
    vault = ctx.vault()
    act = RetentionService(vault).destroy(
        ctx.args.id, ctx.args.grounds, early=ctx.args.early, kind=ctx.args.kind
    )
    # The record is gone whatever happens next; a failed write leaves no partial act file
    # and the act stays in the vault to be printed again.
    try:
        write_destruction_act(vault, act, out)
    except (OSError, MigDeskError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise InvalidInput(
            f"Запись {act.record_id} уничтожена (акт № {act.number}), но файл акта не "
            f"записан: {reason}. Напечатать акт повторно: doc render {act.id} "
            "--kind destruction-act --out FILE.pdf"
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
        f"Запись {act.record_id} уничтожена; акт № {act.number}: {out}",
    )
    return EXIT_OK
