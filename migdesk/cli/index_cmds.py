"""``person compact-index``: the administrator merges the person search index into one
segment (``persons.index_upkeep``), in short steps an officer's save can slip between."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING, Any

from migdesk.cli.context import EXIT_OK, Context
from migdesk.messages import _

if TYPE_CHECKING:
    from migdesk.progress import CancelCheck
    from migdesk.vault import Vault

# The least time the upkeep after an import may take (a quick import of a large bundle into
# a fragmented index still makes headway).
UPKEEP_MIN_S = 2.0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    compact = sub.add_parser(
        "compact-index",
        parents=[common],
        help=_("объединить поисковый индекс после крупных загрузок (администратор)"),
    )
    compact.set_defaults(handler=run_compact_index)


def upkeep_after_import(
    vault: Vault, import_s: float, cancelled: CancelCheck | None = None
) -> dict[str, Any]:
    """After ``bundle import`` wrote persons: the search index merged in steps when it
    needs it, for at most as long as the import took (so a script waits at most twice the
    import; a merge left under way is continued by the next import or ``compact-index``).
    ``cancelled``: Ctrl-C stops it before its next step (``"cancelled": true``), the steps
    done kept; the import stands."""
    from migdesk.persons.index_structure import index_state
    from migdesk.persons.index_upkeep import merge_index
    from migdesk.progress import Cancelled

    started = time.perf_counter()
    try:
        result = merge_index(vault, max_seconds=max(UPKEEP_MIN_S, import_s), cancelled=cancelled)
    except Cancelled:
        return {
            "steps": None,
            "seconds": round(time.perf_counter() - started, 3),
            "finished": False,
            "segments": index_state(vault).segments,
            "cancelled": True,
        }
    return {
        "steps": result.steps,
        "seconds": round(result.seconds, 3),
        "finished": result.finished,
        "segments": result.after.segments,
        "cancelled": False,
    }


def run_compact_index(ctx: Context) -> int:
    from migdesk.persons.index_upkeep import compact_search_index

    def progress(done: int, total: int) -> None:
        if not ctx.json and sys.stderr.isatty():
            print(
                "\r" + _("объединено {percent}%").format(percent=100 * done // max(total, 1)),
                end="",
                file=sys.stderr,
            )

    result = compact_search_index(ctx.vault(), progress=progress)
    ctx.emit(
        result.summary(),
        _(
            "Поисковый индекс объединён: сегментов было {before}, стало {after} ({seconds:.1f} с)."
        ).format(
            before=result.before.segments, after=result.after.segments, seconds=result.seconds
        ),
    )
    return EXIT_OK
