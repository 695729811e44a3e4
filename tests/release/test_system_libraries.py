"""docs/install.md names every system library MigDesk's binaries need (runs in CI too).

``make dist`` checks the frozen build with ``ldd``; here the same Qt parts, sqlcipher3,
cryptography and python-pkcs11 of the installed wheels are read with ``readelf -d``.
"""

from __future__ import annotations

import sysconfig
from pathlib import Path

from release import syslibs

SITE = Path(sysconfig.get_paths()["purelib"])


def test_the_binaries_are_found() -> None:
    files = syslibs.wheel_install_binaries(SITE)
    names = {path.name for path in files}
    assert {"libQt6Core.so.6", "libQt6Widgets.so.6", "libqxcb.so", "libqoffscreen.so"} <= names
    assert any(name.startswith("_sqlite3") or "sqlcipher" in name for name in names), names


def test_every_needed_system_library_is_documented() -> None:
    needed = {
        name
        for name in syslibs.wheel_install_system_libraries(SITE)
        if not name.startswith("libQt6")  # Qt is never a system library here (see install.md)
    }
    documented = set(syslibs.documented())
    assert "libc.so.6" in needed and "libEGL.so.1" in needed
    assert sorted(needed - documented) == []
