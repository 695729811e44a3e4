"""The translation build is reproducible: the same sources give byte-identical catalogs.

``make translations`` compiles the .po message catalogs with ``tools/compile_messages.py`` and
the Qt Linguist files with ``lrelease``. Its output is committed (package data), so a build
that depended on the clock or the time zone changed the .mo files at every run (``pybabel
compile`` stamped the minute it ran into their header). Each catalog compiled here must be
byte for byte the committed one: that also catches a .po or .ts edited without rebuilding.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
MESSAGES = ROOT / "translations" / "messages"
LANGS = ("en", "kk", "hy")
REBUILD = "run `make translations` (from a worktree: QTBIN=/work/main/.venv/bin)"


def _compiler() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "compile_messages", ROOT / "tools" / "compile_messages.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", LANGS)
def test_message_catalog_compiles_to_the_committed_bytes(lang: str) -> None:
    compiled = _compiler().compile_catalog(MESSAGES / f"{lang}.po", lang)
    committed = ROOT / "migdesk" / "locale" / lang / "LC_MESSAGES" / "migdesk.mo"
    assert compiled == committed.read_bytes(), f"{committed.name} ({lang}) differs: {REBUILD}"


def test_message_catalog_does_not_depend_on_the_clock_or_time_zone(tmp_path: Path) -> None:
    here = _compiler().compile_catalog(MESSAGES / "kk.po", "kk")
    out = tmp_path / "kk.mo"
    for zone in ("Asia/Almaty", "America/New_York"):  # another offset, another minute
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "tools" / "compile_messages.py"),
                "kk",
                str(MESSAGES / "kk.po"),
                str(out),
            ],
            env={**os.environ, "TZ": zone},
            check=True,
        )
        assert out.read_bytes() == here, zone


@pytest.mark.parametrize("lang", (*LANGS, "ru"))  # ru: the source's plural forms only
def test_linguist_file_releases_to_the_committed_bytes(tmp_path: Path, lang: str) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    qm = tmp_path / f"migdesk_{lang}.qm"
    ts = ROOT / "translations" / f"migdesk_{lang}.ts"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    committed = ROOT / "migdesk" / "ui" / "i18n" / f"migdesk_{lang}.qm"
    assert qm.read_bytes() == committed.read_bytes(), f"{committed.name} differs: {REBUILD}"
