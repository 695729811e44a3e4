"""mypy, as `make lint` and CI run it (plain ``mypy``, settings in pyproject.toml), checks
the tests as well as the code: a conftest.py in several directories once kept tests/ out."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_checks_the_code_and_everything_beside_it_strictly() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["strict"] is True
    assert {"migdesk", "benchmarks", "tests", "release", "scripts"} <= set(config["packages"])
    # Module names from the path (tests/ui/conftest.py is tests.ui.conftest): tests/ has no
    # __init__.py, and without this the conftest.py files collide as one module "conftest".
    assert config["explicit_package_bases"] is True
