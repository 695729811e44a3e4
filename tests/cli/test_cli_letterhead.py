"""``authority letterhead`` and ``user profile``: what letters print for the authority and
for a user, set by an administrator, in JSON; bad input exits 1 with a Russian message."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli
from tests.vault.vault_files import assert_russian_message

HEAD = {
    "name_lines": [
        "Министерство внутренних дел Республики Казахстан",
        "Комитет миграционной службы",
    ],
    "address": "010000, г. Астана, пр. Тәуелсіздік, 1",
    "phone": "+7 (7172) 71-20-00",
    "email": "migration@example.kz",
    "website": "www.example.kz",
}


@pytest.mark.slow
def test_letterhead_and_profile_round_trip(cli_vault: Cli) -> None:
    empty = cli_vault("authority", "letterhead", "KZ-MVD", "--json")
    assert empty.code == 0, empty.stderr
    assert empty.json()["address"] is None and empty.json()["name_lines"] == []
    stored = cli_vault(
        "authority", "letterhead", "KZ-MVD", "--set", "-", "--json", stdin=json.dumps(HEAD)
    )
    assert stored.code == 0, stored.stderr
    shown = cli_vault("authority", "letterhead", "KZ-MVD", "--json").json()
    assert shown == {**HEAD, "short_name": None}
    bad = cli_vault(
        "authority", "letterhead", "KZ-MVD", "--set", "-", stdin=json.dumps({"email": "нет"})
    )
    assert bad.code == 1 and bad.stdout == ""
    assert_russian_message(bad.stderr)

    profile = cli_vault(
        "user",
        "profile",
        "admin",
        "--full-name",
        "Администраторов Адам Адамович",
        "--position",
        "Главный специалист",
        "--phone",
        "+7 (7172) 71-20-15",
        "--json",
    )
    assert profile.code == 0, profile.stderr
    assert profile.json() == {
        "name": "admin",
        "full_name": "Администраторов Адам Адамович",
        "position": "Главный специалист",
        "phone": "+7 (7172) 71-20-15",
    }
    listed = cli_vault("user", "list", "--json").json()
    assert listed[0]["position"] == "Главный специалист"
    unknown = cli_vault("user", "profile", "nobody", "--phone", "12345")
    assert unknown.code == 1
    assert_russian_message(unknown.stderr)
