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


# The Qt parts the frozen build ships (PyInstaller's PySide6 hooks for the modules MigDesk
# imports); the wheel install loads the same files from the PySide6 wheel.
QT_LIBS = (
    "Core",
    "DBus",
    "EglFSDeviceIntegration",
    "EglFsKmsSupport",
    "Gui",
    "Network",
    "OpenGL",
    "Pdf",
    "PdfWidgets",
    "PrintSupport",
    "Svg",
    "WaylandClient",
    "Widgets",
    "WlShellIntegration",
    "XcbQpa",
)
QT_PLUGIN_DIRS = (
    "egldeviceintegrations",
    "generic",
    "iconengines",
    "imageformats",
    "networkinformation",
    "platforminputcontexts",
    "platforms",
    "platformthemes",
    "printsupport",
    "tls",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
    "xcbglintegrations",
)
BINARY_PACKAGES = ("shiboken6", "sqlcipher3", "cryptography", "pkcs11", "_cffi_backend")


def wheel_install_binaries(site_packages: Path) -> list[Path]:
    """The ELF files of the wheel install that correspond to the frozen build's."""
    qt = site_packages / "PySide6" / "Qt"
    files = [qt / "lib" / f"libQt6{name}.so.6" for name in QT_LIBS]
    for sub in QT_PLUGIN_DIRS:
        files += sorted((qt / "plugins" / sub).glob("*.so"))
    files += sorted((site_packages / "PySide6").glob("Qt*.abi3.so"))
    files += sorted((site_packages / "PySide6").glob("libpyside6*.so*"))
    for name in BINARY_PACKAGES:
        root = site_packages / name
        files += elf_files([root]) if root.is_dir() else sorted(site_packages.glob(f"{name}*.so"))
    return [path for path in files if path.is_file()]


def direct_needs(files: Iterable[Path]) -> set[str]:
    """DT_NEEDED entries (``readelf -d``): what the files themselves ask the loader for."""
    needed: set[str] = set()
    for path in files:
        out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
        needed.update(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))
    return needed


def wheel_install_system_libraries(site_packages: Path) -> list[str]:
    """System sonames the wheel install's binaries need directly (the distribution's packages
    bring their own dependencies)."""
    provided = {path.name for path in site_packages.rglob("*.so*")}
    return sorted(direct_needs(wheel_install_binaries(site_packages)) - provided)
