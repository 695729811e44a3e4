"""Entry point of ``migdesk-cli``. Exit codes: 0 ok, 1 refused or invalid input,
2 usage, 3 vault cannot be opened. Messages go to stderr, never a traceback."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from migdesk.cli import (
    audit_cmds,
    backup_cmds,
    bundle_cmds,
    consent_cmds,
    demo_cmd,
    doc_cmds,
    keys_cmds,
    person_cmds,
    request_cmds,
    retention_cmds,
    user_cmds,
    vault_cmds,
)
from migdesk.cli.context import EXIT_OK, EXIT_REFUSED, Context, common_options
from migdesk.errors import MigDeskError
from migdesk.paths import restrict_umask

COMMAND_MODULES = (
    vault_cmds,
    person_cmds,
    demo_cmd,
    user_cmds,
    audit_cmds,
    retention_cmds,
    backup_cmds,
    bundle_cmds,
    request_cmds,
    keys_cmds,
    doc_cmds,
    consent_cmds,
)


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="migdesk-cli",
        description="MigDesk: командная строка над теми же службами, что и окно программы.",
        parents=[common],
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="КОМАНДА")
    for module in COMMAND_MODULES:
        module.register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    restrict_umask()
    args = build_parser().parse_args(argv)
    ctx = Context(args)
    try:
        code: int = args.handler(ctx)
        return code
    except MigDeskError as exc:
        print(str(exc), file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # The reader (``| head``) went away: not an error of ours, and nothing to report.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("Прервано.", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:  # noqa: BLE001 — a traceback could carry personal data
        print(
            f"Внутренняя ошибка MigDesk ({type(exc).__name__}); данные не изменены.",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    finally:
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
