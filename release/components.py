"""RELEASE.md: every third-party component of the frozen build, its version and licence."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

# Build tools present in the build venv but not shipped.
BUILD_ONLY = {
    "pyinstaller",
    "pyinstaller-hooks-contrib",
    "altgraph",
    "pip",
    "setuptools",
    "packaging",
    "wheel",
    "migdesk",
}

# Licence facts the package metadata leaves vague, from the projects' own licence files.
KNOWN = {
    "pyside6-essentials": "LGPL-3.0-only (Qt for Python and the Qt 6 libraries)",
    "pyside6-pdf": "LGPL-3.0-only (Qt PDF)",
    "shiboken6": "LGPL-3.0-only",
    "sqlcipher3": "Zlib (bindings); SQLCipher BSD-3-Clause, with OpenSSL (Apache-2.0)",
    "cryptography": "Apache-2.0 OR BSD-3-Clause; bundled OpenSSL Apache-2.0",
    "reportlab": "BSD-3-Clause",
    "python-pkcs11": "MIT",
}

_PROBE = """
import json
from importlib.metadata import distributions
rows = []
for d in distributions():
    m = d.metadata
    lic = m.get("License-Expression") or ""
    if not lic:
        text = (m.get("License") or "").strip()
        lic = text if text and len(text) < 80 and "\\n" not in text else ""
    if not lic:
        lic = "; ".join(c.split(" :: ")[-1] for c in m.get_all("Classifier") or []
                        if c.startswith("License ::"))
    rows.append({"name": m["Name"], "version": d.version, "license": lic or "see package"})
print(json.dumps(rows))
"""


def _canonical(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def components(python: Path) -> list[dict[str, str]]:
    out = subprocess.run(
        [str(python), "-c", _PROBE], capture_output=True, text=True, check=True
    ).stdout
    rows = [r for r in json.loads(out) if _canonical(r["name"]) not in BUILD_ONLY]
    for row in rows:
        row["license"] = KNOWN.get(_canonical(row["name"]), row["license"])
    return sorted(rows, key=lambda r: _canonical(r["name"]))


def _dpkg(path: Path) -> tuple[str, str, str] | None:
    """(package, version, licences) of the Debian package that owns ``path``."""
    owner = subprocess.run(["dpkg", "-S", str(path)], capture_output=True, text=True)
    if owner.returncode != 0:
        return None
    package = owner.stdout.split(":")[0].strip()
    version = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Version}", package], capture_output=True, text=True
    ).stdout.strip()
    copyright_file = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
    licences: list[str] = []
    if copyright_file.is_file():
        for line in copyright_file.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("License:"):
                name = line.split(":", 1)[1].strip()
                if name and name not in licences:
                    licences.append(name)
    return package, version, ", ".join(licences[:6]) or "see /usr/share/doc/" + package


def bundled_system_libraries(frozen: Path) -> list[str]:
    """Table rows for the libraries PyInstaller copied from this Debian system."""
    rows: dict[str, set[str]] = {}
    facts: dict[str, tuple[str, str]] = {}
    for lib in sorted((frozen / "_internal").glob("lib*.so*")):
        for folder in ("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu"):
            found = _dpkg(Path(folder) / lib.name) if (Path(folder) / lib.name).exists() else None
            if found is not None:
                package, version, licences = found
                rows.setdefault(package, set()).add(lib.name)
                facts[package] = (version, licences)
                break
    return [
        f"| {pkg} | {facts[pkg][0]} | {facts[pkg][1]} | {' '.join(sorted(libs))} |"
        for pkg, libs in sorted(rows.items())
    ]


def release_notes(version: str, commit: str, python: Path, frozen: Path) -> str:
    py = subprocess.run(
        [str(python), "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    lines = [
        f"# MigDesk {version} (commit {commit})",
        "",
        "Files: `migdesk-VERSION-linux-x86_64.tar.gz` (self-contained, no Python needed),",
        "`migdesk-VERSION-wheels.tar.gz` (wheelhouse for Python 3.11–3.13), the MigDesk wheel,",
        "`SHA256SUMS`, the manifest of the frozen build and `system-libraries.txt`.",
        "Installation: README, section «Установка без сети»; details in docs/install.md.",
        "",
        "## Third-party components",
        "",
        "Bundled in the frozen build and contained in the wheelhouse:",
        "",
        "| component | version | licence |",
        "|---|---|---|",
        f"| CPython (interpreter and standard library, frozen build only) | {py} | PSF-2.0 |",
        "| PyInstaller bootloader (frozen build only) | 6.22 | GPL-2.0 with the bootloader "
        "exception (distribution of the built program under any licence) |",
        "| DejaVu Serif fonts (`migdesk/resources/fonts`) | 2.37 | Bitstream Vera / "
        "Arev font licence (DejaVu-LICENSE.txt) |",
    ]
    lines += [f"| {r['name']} | {r['version']} | {r['license']} |" for r in components(python)]
    lines += [
        "",
        "## System libraries bundled in the frozen build",
        "",
        "PyInstaller copies the shared libraries Qt and the Python modules load from the build",
        "machine (Debian 12) into `_internal/`, except glibc, OpenGL/EGL, libdrm, X11 xcb core and",
        "Wayland client libraries (docs/install.md). Sources: the Debian source packages of",
        "these exact versions (https://snapshot.debian.org/).",
        "",
        "| Debian package | version | every licence its copyright file names | files |",
        "|---|---|---|---|",
        *bundled_system_libraries(frozen),
        "",
        "## Qt (LGPL-3.0) and how this release meets it",
        "",
        "- Qt 6 comes from the unmodified PySide6-Essentials/PySide6-Pdf wheels of The Qt",
        "  Company and is used under the LGPL-3.0. MigDesk does not modify Qt.",
        "- Qt is linked dynamically: in the frozen build its libraries are separate files",
        "  (`_internal/PySide6/Qt/lib/libQt6*.so.6`, plugins in `_internal/PySide6/Qt/plugins`).",
        "  A user may replace them with a compatible build of the same Qt version (relinking is",
        "  not needed); in the wheelhouse install they are ordinary files of the PySide6 wheel.",
        "- The LGPL and GPL texts are shipped with the PySide6 distribution",
        "  (`_internal/PySide6*.dist-info/`), together with this notice.",
        "- The source code of this Qt and PySide6 version is available from",
        "  https://download.qt.io/official_releases/ and https://code.qt.io/; on request the",
        "  supplier of this release provides it on the same kind of medium for three years.",
        "- Nothing in MigDesk prevents reverse engineering for debugging such modifications.",
        "",
    ]
    return "\n".join(lines)
