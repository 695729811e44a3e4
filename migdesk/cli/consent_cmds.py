"""``consent request|list|answer``: the provider's consent to onward transfer or other use
(Art. 11.2, 11.3). Requests and answers travel in bundles (``bundle export --all-pending``);
the JSON names here are a contract."""

from __future__ import annotations

import argparse
from typing import Any

from migdesk.cli.context import EXIT_OK, Context, option_day
from migdesk.exchange import consent_items
from migdesk.messages import N_, _, lazy_table
from migdesk.office import consent_inbox
from migdesk.office.consent_inbox import ConsentView

# Importing the bundle items registers them for ``bundle export``/``bundle import``.
_REGISTERED = (consent_items,)

STATUS_TEXT = lazy_table(
    {
        "requested": N_("запрошено, ждёт отправки"),
        "sent": N_("запрос отправлен"),
        "received": N_("ждёт ответа"),
        "granted": N_("согласие"),
        "refused": N_("отказ"),
    }
)


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    consent = commands.add_parser(
        "consent", parents=[common], help=_("согласие предоставившей стороны (ст.\u00a011.2, 11.3)")
    )
    sub = consent.add_subparsers(dest="consent_command", required=True, metavar=_("ДЕЙСТВИЕ"))
    req = sub.add_parser(
        "request", parents=[common], help=_("запросить согласие (уйдёт с --all-pending)")
    )
    req.add_argument("record_id", metavar="RECORD_ID")
    target = req.add_mutually_exclusive_group(required=True)
    target.add_argument("--to-recipient", metavar="CODE", help=_("передача этому органу"))
    target.add_argument(
        "--other-use", action="store_true", help=_("использование для другой цели (ст.\u00a011.2)")
    )
    req.add_argument("--purpose", required=True, metavar="TEXT")
    req.add_argument("--record-kind", default="person", help=argparse.SUPPRESS)
    req.set_defaults(handler=run_request)
    listing = sub.add_parser("list", parents=[common], help=_("запросы согласия: свои и входящие"))
    listing.add_argument("--direction", choices=[consent_inbox.INCOMING, consent_inbox.OUTGOING])
    listing.set_defaults(handler=run_list)
    ans = sub.add_parser(
        "answer", parents=[common], help=_("ответить на входящий запрос (уйдёт с --all-pending)")
    )
    ans.add_argument("consent_id", metavar="CONSENT_ID")
    decision = ans.add_mutually_exclusive_group(required=True)
    decision.add_argument("--grant", action="store_true", help=_("дать согласие"))
    decision.add_argument("--refuse", action="store_true", help=_("отказать"))
    ans.add_argument("--document-ref", required=True, metavar="TEXT", help=_("реквизиты письма"))
    ans.add_argument("--decided-on", metavar=_("ГГГГ-ММ-ДД"), help=_("дата решения (сегодня)"))
    ans.set_defaults(handler=run_answer)


def _line(view: ConsentView) -> str:
    target = view.recipient or _("другая цель")
    status = STATUS_TEXT.get(view.status, view.status)
    if view.answer_sent is False and view.status != consent_inbox.RECEIVED:
        status += _(", ждёт отправки")
    ref = f" ({view.document_ref})" if view.document_ref else ""
    arrow = "←" if view.direction == consent_inbox.INCOMING else "→"
    return (
        f"{view.id}\t{arrow} {view.counterpart}\t{view.record_kind} {view.record_id}\t"
        f"{target}: {view.purpose}\t{status}{ref}"
    )


def run_request(ctx: Context) -> int:
    recipient = None if ctx.args.other_use else ctx.args.to_recipient
    view = consent_inbox.request(
        ctx.vault(),
        ctx.args.record_id,
        recipient,
        ctx.args.purpose,
        record_kind=ctx.args.record_kind,
    )
    ctx.emit(
        view.to_json(),
        _(
            "Запрос согласия {id} к {counterpart} записан; он уйдёт со "
            "следующим пакетом (bundle export --to {counterpart} "
            "--all-pending)."
        ).format(id=view.id, counterpart=view.counterpart),
    )
    return EXIT_OK


def run_list(ctx: Context) -> int:
    views = consent_inbox.list_consents(ctx.vault(), ctx.args.direction)
    ctx.emit([v.to_json() for v in views], "\n".join(map(_line, views)) or _("Запросов нет."))
    return EXIT_OK


def run_answer(ctx: Context) -> int:
    decided_on = option_day(ctx.args.decided_on or None, "--decided-on")
    view = consent_inbox.answer(
        ctx.vault(),
        ctx.args.consent_id,
        granted=bool(ctx.args.grant),
        document_ref=ctx.args.document_ref,
        decided_on=decided_on,
    )
    ctx.emit(
        view.to_json(),
        _(
            "Ответ на запрос {id} ({status}) записан; он уйдёт со "
            "следующим пакетом (bundle export --to {counterpart} "
            "--all-pending)."
        ).format(id=view.id, status=STATUS_TEXT[view.status], counterpart=view.counterpart),
    )
    return EXIT_OK
