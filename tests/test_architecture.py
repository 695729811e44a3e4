"""The floors of docs/architecture.md hold: import-linter's contracts (pyproject.toml) are
kept, and the README and the architecture document name every package."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "migdesk"


def _packages() -> list[str]:
    """Top-level packages and modules of migdesk, as «migdesk/name/» or «migdesk/name.py»."""
    names = []
    for path in sorted(PACKAGE.iterdir()):
        if path.is_dir() and (path / "__init__.py").exists():
            names.append(f"migdesk/{path.name}/")
        elif path.suffix == ".py" and path.name != "__init__.py":
            names.append(f"migdesk/{path.name}")
    return names


def test_import_contracts_are_kept() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    lint = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert re.search(r"Contracts: (\d+) kept, 0 broken", proc.stdout)


def test_readme_layout_names_every_package() -> None:
    layout = (ROOT / "README.md").read_text(encoding="utf-8").split("## Layout", 1)[1]
    layout = layout.split("\n## ", 1)[0]
    missing = [name for name in _packages() if f"`{name}`" not in layout]
    assert not missing, f"README's layout section does not name: {missing}"


def test_architecture_document_names_every_package() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = [name for name in _packages() if f"`{name}`" not in text]
    assert not missing, f"docs/architecture.md does not name: {missing}"


def _imported_modules(path: Path) -> set[str]:
    """Every module a file names in an import, wherever it stands (TYPE_CHECKING too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_person_cards_parts_do_not_import_the_card_back() -> None:
    """They take a Protocol of what they use (``SavingCard``, ``FilledCard``): no circle."""
    for part in ("person_card_save.py", "person_card_fill.py"):
        assert "migdesk.ui.person_form" not in _imported_modules(PACKAGE / "ui" / part), part
