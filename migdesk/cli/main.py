"""Entry point of ``migdesk-cli``. Exit codes: 0 ok, 1 refused or invalid input,
2 usage, 3 vault cannot be opened, 130 interrupted (Ctrl-C, ``interrupt``). Messages go to
stderr, never a traceback."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from migdesk.buildinfo import VersionAction
from migdesk.cli import argparse_texts, interrupt
from migdesk.cli.commands import COMMAND_MODULES, COMMANDS, command_word, find_command
from migdesk.cli.context import EXIT_OK, EXIT_REFUSED, Context, common_options
from migdesk.diagnostics.errorlog import record_internal_error
from migdesk.errors import MigDeskError
from migdesk.messages import _
from migdesk.paths import restrict_umask
from migdesk.startup import loading_modules


def command_module(name: str) -> ModuleType:
    return importlib.import_module(f"migdesk.cli.{name}")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv``: only the module of the command it names is imported (the
    others stand as help lines from ``commands.COMMANDS``); with no ``argv``, every module."""
    argparse_texts.install()  # before any parser is made: its «options» title is fixed then
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="migdesk-cli",
        description=_("MigDesk: командная строка над теми же службами, что и окно программы."),
        parents=[common],
    )
    parser.add_argument("--version", action=VersionAction)
    commands = parser.add_subparsers(dest="command", required=True, metavar=_("КОМАНДА"))
    if argv is None:
        for module in COMMAND_MODULES:
            command_module(module).register(commands, common)
        return parser
    word = command_word(argv)
    wanted = find_command(word)
    if word is not None and wanted is None:
        return build_parser()  # an unknown command: argparse answers with every one known
    for command in COMMANDS:
        if wanted is not None and command.module == wanted.module:
            if command.name == wanted.name:  # registers the module's other commands too
                command_module(command.module).register(commands, common)
        else:
            commands.add_parser(command.name, help=_(command.help))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    restrict_umask()
    if argv is None:
        argv = sys.argv[1:]
    with interrupt.installed():
        try:
            with loading_modules():  # the command's modules
                args = build_parser(argv).parse_args(argv)
        except KeyboardInterrupt:  # before any work: nothing to undo
            return Context(argparse.Namespace(json="--json" in argv)).interrupted()
        return _run(Context(args))


def _run(ctx: Context) -> int:
    args = ctx.args
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
    except KeyboardInterrupt:  # the work unwound on its way here: rolled back, files removed
        return ctx.interrupted()
    except Exception as exc:  # noqa: BLE001 — a traceback could carry personal data
        from migdesk.vault.busy import busy_text, is_busy  # the error path only

        if is_busy(exc):  # another writer held the lock past busy_timeout: rolled back
            print(busy_text(), file=sys.stderr)
            return EXIT_REFUSED
        record_internal_error(exc, "cli")  # types and code locations only
        print(
            _(
                "Внутренняя ошибка MigDesk ({error_type}); данные не изменены. "
                "Сведения для поддержки: migdesk-cli diagnostics --out ФАЙЛ"
            ).format(error_type=type(exc).__name__),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    finally:
        with interrupt.holding():  # closing is cleanup too
            ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
