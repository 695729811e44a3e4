"""Fixtures for the exchange tests: copies of two real workstations (see exchange_world)."""

from __future__ import annotations

from pathlib import Path

import pytest

from migdesk.pki import AuthorityKeys
from tests.exchange.exchange_world import Station, build_world
from tests.support import files


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Station, Station, AuthorityKeys]:
    return build_world(tmp_path_factory.mktemp("world"))


@pytest.fixture
def kz(world: tuple[Station, Station, AuthorityKeys], tmp_path: Path) -> Station:
    return world[0].copy_to(tmp_path / "kz")


@pytest.fixture
def am(world: tuple[Station, Station, AuthorityKeys], tmp_path: Path) -> Station:
    return world[1].copy_to(tmp_path / "am")


@pytest.fixture
def third(world: tuple[Station, Station, AuthorityKeys]) -> AuthorityKeys:
    return world[2]


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    return files.stick(tmp_path)
