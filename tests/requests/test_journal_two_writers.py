"""Two CLI processes registering outgoing requests at the same instant: every number once,
none skipped, and ``journal list`` shows them in order (real processes, real vault)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.requests.test_request_cli import DRAFT

pytestmark = pytest.mark.slow  # CLI subprocesses

EACH = 5


def test_two_writers_at_once_get_distinct_numbers_without_gaps(
    cli_vault: Cli, tmp_path: Path
) -> None:
    secret = tmp_path / "boss.txt"
    secret.write_text("head of unit pass 3")
    made = cli_vault(
        "user", "add", "boss", "--role", "officer,supervisor", "--password-file", str(secret)
    )
    assert made.code == 0, made.stderr
    env = {
        **os.environ,
        "MIGDESK_VAULT": str(cli_vault.vault),
        "MIGDESK_USER": "boss",
        "MIGDESK_PASSWORD": "head of unit pass 3",
    }
    loop = (
        "import subprocess, sys\n"
        f"for _ in range({EACH}):\n"
        "    subprocess.run([sys.executable, '-m', 'migdesk.cli.main', 'request', 'new', '-',"
        " '--json'], input=sys.argv[1], text=True, check=True)\n"
    )
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", loop, json.dumps(DRAFT)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    given: list[str] = []
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        decoder, text = json.JSONDecoder(), out.strip()
        while text:
            value, end = decoder.raw_decode(text)
            given.append(value["number"])
            text = text[end:].strip()
    expected = [f"{n}-исх" for n in range(1, 2 * EACH + 1)]
    assert sorted(given, key=lambda n: int(n.split("-")[0])) == expected
    boss = Cli(cli_vault.vault, "boss", "head of unit pass 3")
    listed = boss(
        "journal", "list", "KZ-MVD", "outgoing", "--year", str(date.today().year), "--json"
    )
    assert listed.code == 0, listed.stderr
    assert [e["number"] for e in listed.json()] == expected
    assert [e["seq"] for e in listed.json()] == list(range(1, 2 * EACH + 1))
