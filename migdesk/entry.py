"""Installed entry points ``migdesk`` and ``migdesk-cli``.

``--version`` is answered here from the package metadata, before the GUI (Qt) or the CLI
(pyHanko, reportlab, Alembic) is imported, so it is instant on any workstation. One frozen
executable serves both names: ``migdesk-cli`` is a link to ``migdesk`` (see packaging/).
"""

from __future__ import annotations

import os
import sys

CLI_NAMES = ("migdesk-cli", "migdesk-cli.exe")


def _wants_version(argv: list[str]) -> bool:
    return argv[1:] == ["--version"]


def cli() -> int:
    if _wants_version(sys.argv):
        from migdesk.buildinfo import version_line

        print(version_line("migdesk-cli"))
        return 0
    from migdesk.cli.main import main

    return main()


def gui() -> int:
    if _wants_version(sys.argv):
        from migdesk.buildinfo import version_line

        print(version_line("migdesk"))
        return 0
    from migdesk.startup import loading_modules

    with loading_modules():
        from migdesk.ui.app import main

    return main()


def frozen() -> int:
    """The PyInstaller executable: the name it was started under picks GUI or CLI."""
    # A child process the GUI spawns (migdesk.pki.p12_apart) is this executable again: it
    # runs its task here and exits instead of starting the program a second time.
    import multiprocessing

    multiprocessing.freeze_support()
    return cli() if os.path.basename(sys.argv[0]) in CLI_NAMES else gui()
