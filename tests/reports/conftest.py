"""One world of messages per test module: building it takes a few seconds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD
from tests.reports.doc_world import World, build_world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    tmp: Path = tmp_path_factory.mktemp("docs")
    vault = Vault.create(tmp / "docs.vault", ADMIN, PASSWORD, authority="KZ-MVD")
    yield build_world(vault, tmp)
    vault.close()
