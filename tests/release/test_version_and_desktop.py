"""``--version`` without heavy imports, the icon set, the desktop entry and the window icon."""

from __future__ import annotations

import configparser
import subprocess
import sys
from importlib.metadata import version

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from migdesk.buildinfo import build_info
from migdesk.resources import resource
from migdesk.ui.app_icon import ICON_SIZES, app_icon

HEAVY = ("PySide6", "reportlab", "pyhanko", "alembic", "sqlalchemy", "sqlcipher3")
# Runs an entry point with --version and lists the heavy packages it imported.
PROBE = """
import sys
from migdesk import entry
program, watched = sys.argv[1], set(sys.argv[2].split(","))
sys.argv = [program, "--version"]
code = entry.cli() if program == "migdesk-cli" else entry.gui()
heavy = sorted({m.split(".")[0] for m in sys.modules} & watched)
print("heavy:", ",".join(heavy))
raise SystemExit(code)
"""


@pytest.mark.parametrize("program", ["migdesk", "migdesk-cli"])
def test_version_comes_from_metadata_without_heavy_imports(program: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, program, ",".join(HEAVY)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    first, heavy = proc.stdout.splitlines()
    assert first.startswith(f"{program} {version('migdesk')} (commit ")
    assert first.endswith(f", {build_info().build_date})")
    assert heavy.strip() == "heavy:"


def test_cli_parser_knows_version_too() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "migdesk.cli.main", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0
    assert proc.stdout.startswith(f"migdesk-cli {version('migdesk')} (commit ")


def test_icon_pngs_have_their_sizes_and_the_window_icon_holds_them() -> None:
    assert resource("icons", "migdesk.svg").read_text(encoding="utf-8").count("<svg") == 1
    for size in ICON_SIZES:
        image = QImage.fromData(resource("icons", f"migdesk-{size}.png").read_bytes())
        assert (image.width(), image.height()) == (size, size)
    assert 16 in ICON_SIZES and 256 in ICON_SIZES


def test_window_icon_is_set_by_the_app(qapp: object) -> None:
    icon = app_icon()
    assert {s.width() for s in icon.availableSizes()} == set(ICON_SIZES)
    assert not icon.pixmap(QSize(48, 48)).isNull()


def test_desktop_entry_template() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read_string(resource("migdesk.desktop").read_text(encoding="utf-8"))
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == '"@BINDIR@/migdesk"'
    assert section["Icon"] == "migdesk"
    assert section["Terminal"] == "false"
    assert section["Categories"].endswith(";")
