"""Runs ``release/frozen_main.py`` as the PyInstaller executable runs it, without PyInstaller.

``python frozen_launcher.py PROGRAM ARGS…``, started by a shell script named ``migdesk`` or
``migdesk-cli`` that passes its own path as PROGRAM (tests/release/test_frozen_start.py).
What the bootloader does and matters here: ``sys.frozen`` is set, ``sys.executable`` and
``sys.argv[0]`` are the program itself (so ``multiprocessing`` spawns a child as
``PROGRAM --multiprocessing-fork …``), PyInstaller's runtime hook for ``multiprocessing``
replaces ``freeze_support`` (on Linux the standard one does nothing), and the entry script
runs as ``__main__`` with a fixed ``__file__`` (a child finds the same one and does not run
it again as ``__mp_main__``).

``migdesk.entry.gui`` and ``cli`` are replaced by stand-ins that note which program started
in which process (``MIGDESK_FROZEN_MARKS``); the first GUI stand-in does what the GUI does
with a PKCS#12 file (``MIGDESK_FROZEN_P12``: path, then password file) and prints the
certificate's SHA-256. Test support only: never shipped.
"""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path

PROGRAM, *ARGS = sys.argv[1:]
sys.argv = [PROGRAM, *ARGS]
sys.executable = PROGRAM  # before multiprocessing is imported: spawn reads it once
sys.frozen = True  # type: ignore[attr-defined]
ENTRY_SCRIPT = Path(__file__).resolve().parents[2] / "release" / "frozen_main.py"


def _runtime_hook() -> None:
    """PyInstaller's own hook when it is installed; else the part of it this path needs."""
    import importlib.util

    spec = importlib.util.find_spec("PyInstaller")  # found, not imported
    if spec is not None and spec.origin is not None:
        hook = Path(spec.origin).parent / "hooks" / "rthooks" / "pyi_rth_multiprocessing.py"
        exec(compile(hook.read_text(encoding="utf-8"), str(hook), "exec"), {})
        return
    import multiprocessing
    import multiprocessing.spawn
    from subprocess import _args_from_interpreter_flags  # type: ignore[attr-defined]

    multiprocessing.process.ORIGINAL_DIR = None  # type: ignore[attr-defined]

    def freeze_support() -> None:
        if "-c" in sys.argv:  # the resource tracker, started as PROGRAM FLAGS -c CODE
            at = sys.argv.index("-c")
            if set(sys.argv[1:at]) == set(_args_from_interpreter_flags()) and sys.argv[
                at + 1
            ].startswith("from multiprocessing.resource_tracker import main"):
                exec(sys.argv[at + 1])
                sys.exit()
        if multiprocessing.spawn.is_forking(sys.argv):
            kwds = {}
            for arg in sys.argv[2:]:
                name, value = arg.split("=")
                kwds[name] = None if value == "None" else int(value)
            multiprocessing.spawn.spawn_main(**kwds)  # type: ignore[arg-type]
            sys.exit()

    multiprocessing.freeze_support = multiprocessing.spawn.freeze_support = freeze_support


def _mark(kind: str) -> None:
    with open(os.environ["MIGDESK_FROZEN_MARKS"], "a", encoding="utf-8") as marks:
        marks.write(f"{kind} {os.getpid()}\n")


def _gui() -> int:
    _mark("gui")
    job = os.environ.pop("MIGDESK_FROZEN_P12", None)  # only the first process has it
    if job is None:
        return 0
    import hashlib

    from cryptography.hazmat.primitives.serialization import Encoding

    from migdesk.pki.p12_apart import load_pkcs12_apart

    p12, password = job.split(os.pathsep)
    pair = load_pkcs12_apart(Path(p12), Path(password).read_bytes())
    print(hashlib.sha256(pair.certificate.public_bytes(Encoding.DER)).hexdigest())
    return 0


def _cli() -> int:
    _mark("cli")
    return 0


def main() -> None:
    _runtime_hook()
    from migdesk import entry

    entry.gui, entry.cli = _gui, _cli
    # The bootloader runs the entry script as __main__, its __file__ a fixed path.
    module = types.ModuleType("__main__")
    module.__file__ = str(ENTRY_SCRIPT)
    sys.modules["__main__"] = module
    code = compile(ENTRY_SCRIPT.read_text(encoding="utf-8"), str(ENTRY_SCRIPT), "exec")
    exec(code, module.__dict__)


main()
