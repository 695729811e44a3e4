"""A helper process for the kill tests: it imports MigDesk once, then forks one child per
request that runs one operation and exits, so a test can SIGKILL the child at any moment
of the operation itself (not of Python's start-up) for a few milliseconds per run.

Protocol, one JSON object per line: the test writes ``{"op": NAME, "args": {...}}``; the
server answers ``{"pid": N}`` as soon as the child exists, then ``{"pid": N, "status": S}``
(the raw wait status) when it has ended, killed or not. Run as
``python -m tests.killtests.forkserver``; it ends when its stdin closes.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from migdesk.exchange import export_bundle, import_bundle
from migdesk.persons.index_upkeep import merge_index
from migdesk.vault import Vault
from migdesk.vault.backup import backup
from migdesk.vault.rekey import rekey
from tests.conftest import ADMIN, PASSWORD


def _import(args: dict[str, Any]) -> None:
    with Vault.open(Path(args["vault"]), ADMIN, PASSWORD) as vault:
        import_bundle(vault, Path(args["bundle"]))


def _export(args: dict[str, Any]) -> None:
    with Vault.open(Path(args["vault"]), ADMIN, PASSWORD) as vault:
        export_bundle(vault, args["to"], Path(args["stick"]), persons=args["persons"])


def _backup(args: dict[str, Any]) -> None:
    with Vault.open(Path(args["vault"]), ADMIN, PASSWORD) as vault:
        backup(vault, Path(args["target"]))


def _upkeep(args: dict[str, Any]) -> None:
    with Vault.open(Path(args["vault"]), ADMIN, PASSWORD) as vault:
        merge_index(vault, pages_per_step=8, step_s=0, rest_s=0)


def _rekey(args: dict[str, Any]) -> None:
    vault = Vault.open(Path(args["vault"]), ADMIN, PASSWORD)
    rekey(vault, PASSWORD)  # closes the vault


OPERATIONS: dict[str, Callable[[dict[str, Any]], None]] = {
    "import": _import,
    "export": _export,
    "backup": _backup,
    "rekey": _rekey,
    "upkeep": _upkeep,
}


def _answer(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()


def main() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        operation = OPERATIONS[request["op"]]
        pid = os.fork()
        if pid == 0:  # the child: run, and leave without the parent's clean-up
            code = 0
            try:
                operation(request["args"])
            except BaseException:  # noqa: BLE001 — reported by the exit code only
                code = 1
            os._exit(code)
        _answer({"pid": pid})
        _, status = os.waitpid(pid, 0)
        _answer({"pid": pid, "status": status})


if __name__ == "__main__":
    main()
