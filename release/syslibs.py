"""Which shared libraries of the system MigDesk's binaries still need (``ldd``).

``docs/install.md`` lists them between the ``system-libraries`` markers; ``make dist``
checks the frozen build against that list and ``tests/release`` checks the binary wheels
of the current environment, so a new dependency cannot slip in undocumented.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

DOC = Path(__file__).resolve().parents[1] / "docs" / "install.md"
BEGIN, END = "<!-- system-libraries -->", "<!-- /system-libraries -->"
_LDD_LINE = re.compile(r"^\s*(\S+)\s*(?:=>\s*(\S+(?: \S+)?))?\s*(?:\(0x[0-9a-f]+\))?\s*$")
# Supplied by the kernel or the dynamic loader itself, not by a package.
_IMPLICIT = re.compile(r"^(linux-vdso\.so\.\d+|/.*ld-linux.*)$")


def elf_files(folders: Iterable[Path]) -> list[Path]:
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink():
                with path.open("rb") as handle:
                    if handle.read(4) == b"\x7fELF":
                        found.append(path)
    return found


def needed_sonames(files: Iterable[Path], library_path: Path | None = None) -> dict[str, str]:
    """``{soname: resolved path or "not found"}`` over ``ldd`` of every file."""
    env = {**os.environ}
    if library_path is not None:
        env["LD_LIBRARY_PATH"] = str(library_path)
    needed: dict[str, str] = {}
    for path in files:
        proc = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        if proc.returncode != 0:  # static or not a dynamic object
            continue
        for line in proc.stdout.splitlines():
            match = _LDD_LINE.match(line)
            if match is None or _IMPLICIT.match(match.group(1)):
                continue
            name = match.group(1).rsplit("/", 1)[-1]
            needed.setdefault(name, match.group(2) or match.group(1))
    return needed


def system_libraries(*folders: Path, library_path: Path | None = None) -> list[str]:
    """Sonames needed by the ELF files in ``folders`` that none of the folders provides."""
    files = elf_files(folders)
    provided = {path.name for folder in folders for path in folder.rglob("*.so*")}
    inside = [str(folder.resolve()) for folder in folders]
    if library_path is None and folders and (folders[0] / "_internal").is_dir():
        library_path = folders[0] / "_internal"  # where PyInstaller's loader looks
    return sorted(
        name
        for name, where in needed_sonames(files, library_path).items()
        if name not in provided and not any(where.startswith(root) for root in inside)
    )


def documented(doc: Path = DOC) -> list[str]:
    text = doc.read_text(encoding="utf-8")
    block = text[text.index(BEGIN) : text.index(END)]
    return sorted(set(re.findall(r"`((?:lib|ld-)[^`\s]*\.so[^`\s]*)`", block)))
