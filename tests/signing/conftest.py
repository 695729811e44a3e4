"""The document world for the signing tests (built once per module)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD
from tests.reports.doc_world import World, build_world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    tmp: Path = tmp_path_factory.mktemp("signing")
    vault = Vault.create(tmp / "sign.vault", ADMIN, PASSWORD, authority="KZ-MVD")
    yield build_world(vault, tmp)
    vault.close()
