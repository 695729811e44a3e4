"""The wheel, installed non-editable into a fresh venv with no index, runs the whole CLI flow.

The wheelhouse is assembled once from the versions of the current environment (``pip
download``, network or pip's cache) and kept in ``$MIGDESK_WHEELHOUSE`` (default: the user
cache directory), keyed by those versions; CI can cache that directory between runs. The
install itself is ``release/scripts/wheels-install.sh`` — the script shipped in the
wheelhouse tarball — so it runs with ``pip --no-index`` exactly as on a workstation.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from release.smoke import run_flow
from release.wheelhouse import download, pinned_closure, write_constraints
from tests.release.wheel_build import REPO_ROOT, build_wheel

WHEELHOUSE_ENV = "MIGDESK_WHEELHOUSE"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_wheel(tmp_path_factory.mktemp("wheel"), "--no-build-isolation")


@pytest.fixture(scope="module")
def wheelhouse(wheel: Path) -> Path:
    pins = pinned_closure()
    root = Path(os.environ.get(WHEELHOUSE_ENV) or platformdirs.user_cache_dir("migdesk-tests"))
    house = root / ("wheelhouse-" + hashlib.sha256(json.dumps(pins).encode()).hexdigest()[:16])
    if not (house / ".complete").is_file():
        house.mkdir(parents=True, exist_ok=True)
        download(house, wheel, write_constraints(house / "constraints.txt", pins))
        (house / ".complete").write_text("", encoding="utf-8")
    return house


def _kit(folder: Path, wheel: Path, wheelhouse: Path) -> Path:
    """The wheelhouse tarball's content: install.sh, kit-prefix.sh, wheels/ with MigDesk's."""
    kit = folder / "migdesk-wheels"
    (kit / "wheels").mkdir(parents=True)
    for cached in wheelhouse.glob("*.whl"):
        os.symlink(cached, kit / "wheels" / cached.name)
    shutil.copy2(wheel, kit / "wheels" / wheel.name)
    shutil.copy2(REPO_ROOT / "release" / "scripts" / "wheels-install.sh", kit / "install.sh")
    shutil.copy2(REPO_ROOT / "release" / "scripts" / "kit-prefix.sh", kit / "kit-prefix.sh")
    return kit


def _install(kit: Path, prefix: Path, home: Path) -> subprocess.CompletedProcess[str]:
    bare = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "PYTHON": sys.executable,
        "PIP_CONFIG_FILE": os.devnull,  # no index, find-links or constraints of this machine
    }
    return subprocess.run(
        ["/bin/sh", str(kit / "install.sh"), "--prefix", str(prefix)],
        env=bare,
        capture_output=True,
        text=True,
        timeout=900,
    )


@pytest.mark.slow
def test_offline_install_from_the_wheelhouse_runs_the_cli_flow(
    tmp_path: Path, wheel: Path, wheelhouse: Path
) -> None:
    prefix = tmp_path / "opt" / "migdesk"
    bare = {"HOME": str(tmp_path / "home")}
    proc = _install(_kit(tmp_path, wheel, wheelhouse), prefix, tmp_path / "home")
    assert proc.returncode == 0, proc.stderr
    assert f"migdesk-cli {wheel.name.split('-')[1]} " in proc.stdout

    where = subprocess.run(
        [str(prefix / "bin" / "python"), "-c", "import migdesk; print(migdesk.__file__)"],
        env={"HOME": bare["HOME"]},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(str(prefix)) and "site-packages" in where
    # Compiled at install: a start reads the modules' .pyc, it does not compile them (#17).
    package = Path(where.strip()).parent
    for module in ("ui/app", "ui/main_window", "ui/registry", "vault/store", "models/person"):
        cache = (package / module).parent / "__pycache__"
        assert list(cache.glob(f"{Path(module).name}.cpython-*.pyc")), module

    done = run_flow(prefix / "bin", tmp_path / "flow", gui=True, gui_seconds=8)
    assert done[-1] == "gui running at the unlock window"
    assert any(line.startswith("signed: ") for line in done)


@pytest.mark.slow
def test_a_newer_build_installed_over_an_older_one_replaces_it(
    tmp_path: Path, wheel: Path, wheelhouse: Path
) -> None:
    """Every build is version 0.1.0: pip found MigDesk "already satisfied" and kept the old
    build, while the installer said it had installed the new one."""
    stamp = {"commit": "0ddba11", "build_date": "2026-12-08"}
    newer = build_wheel(tmp_path / "newer", "--no-build-isolation", build_info=stamp)
    prefix, home = tmp_path / "opt" / "migdesk", tmp_path / "home"
    first = _install(_kit(tmp_path / "old", wheel, wheelhouse), prefix, home)
    assert first.returncode == 0, first.stderr
    assert "commit 0ddba11" not in first.stdout

    second = _install(_kit(tmp_path / "new", newer, wheelhouse), prefix, home)
    assert second.returncode == 0, second.stderr
    assert "Заменяется установленная версия: migdesk-cli" in second.stdout
    assert "migdesk-cli 0.1.0 (commit 0ddba11, 2026-12-08)" in second.stdout
    version = subprocess.run(
        [str(prefix / "bin" / "migdesk-cli"), "--version"],
        env={"HOME": str(home)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.strip() == "migdesk-cli 0.1.0 (commit 0ddba11, 2026-12-08)"
