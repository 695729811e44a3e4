"""Compile a gettext catalog (.po → .mo) reproducibly: the same .po gives the same bytes.

    python tools/compile_messages.py kk translations/messages/kk.po \
        migdesk/locale/kk/LC_MESSAGES/migdesk.mo

Why not ``pybabel compile``: it writes a «POT-Creation-Date» into the .mo header, and our
.po files carry none (``make messages`` deletes the line, which would change at every
extraction), so Babel takes the minute (and time zone) of the build — every ``make
translations`` changed the committed .mo files. Here that date is the .po's own
«PO-Revision-Date». Otherwise the same as ``pybabel compile``: fuzzy entries are left out,
a catalog marked fuzzy is refused, the problems Babel's checks find are printed.
"""

from __future__ import annotations

import argparse
import datetime
import io
import os
import sys
import tempfile
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

# When a .po has no revision date either: a fixed one, never the clock.
NO_DATE = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


class CatalogRefused(Exception):
    pass


def compile_catalog(po: Path, lang: str) -> bytes:
    """The .mo bytes of ``po``; they depend on nothing but the file (and Babel's version)."""
    with po.open("rb") as stream:
        catalog = read_po(stream, locale=lang)
    if catalog.fuzzy:
        raise CatalogRefused(f"{po}: the catalog is marked fuzzy, not compiled")
    revised = catalog.revision_date
    catalog.creation_date = revised if isinstance(revised, datetime.datetime) else NO_DATE
    for message, errors in catalog.check():
        for error in errors:
            print(f"{po}:{message.lineno}: {error}", file=sys.stderr)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def write_atomically(path: Path, data: bytes) -> None:
    """A build stopped halfway leaves the old catalog, never half a new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang")
    parser.add_argument("po", type=Path)
    parser.add_argument("mo", type=Path)
    args = parser.parse_args(argv)
    try:
        write_atomically(args.mo, compile_catalog(args.po, args.lang))
    except CatalogRefused as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
