"""Fixtures for the request tests: one real vault, several users looking at it."""

from __future__ import annotations

import pytest

from migdesk.vault import Vault
from tests.requests.request_helpers import Desk, make_desk


@pytest.fixture
def desk(vault: Vault) -> Desk:
    return make_desk(vault)
