"""``--version``: version, commit and build date, computed only when asked for."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any, NoReturn


class VersionAction(argparse.Action):
    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "версия программы")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> NoReturn:
        from migdesk.buildinfo import version_line

        print(version_line(parser.prog))
        parser.exit()
