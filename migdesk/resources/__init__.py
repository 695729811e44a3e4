"""Files MigDesk reads at run time (fonts, icons, the desktop entry), shipped as package data.

Read them through :func:`resource` (``importlib.resources``), never relative to the source
tree: a wheel, an editable checkout and the PyInstaller build all lay them out differently.
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

# Files extracted for APIs that want a real path live until the process ends.
_extracted = ExitStack()
atexit.register(_extracted.close)


def resource(*parts: str, package: str = __name__) -> Traversable:
    """``resource("fonts", "DejaVuSerif.ttf")``: a file in migdesk/resources (or ``package``)."""
    ref = files(package)
    for part in parts:
        ref = ref / part
    return ref


def resource_path(*parts: str, package: str = __name__) -> Path:
    """A filesystem path for APIs that cannot read a stream (Qt translators, Alembic)."""
    return _extracted.enter_context(as_file(resource(*parts, package=package)))
