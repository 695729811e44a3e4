"""``thematic attachment ID N --out FILE`` refuses to replace an existing file without
``--force``, as ``request attachment`` does: same message, same exit code, a JSON
``status``; nothing is written and nothing audited when refused. Real vault, real
processes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.slow  # CLI subprocesses

ITEM = {"category": "prevention", "title": "Практика (тест)", "text": "Синтетический текст."}
SCHEME = b"synthetic scheme of a test channel\n" * 10


def _ok(cli: Cli, *args: str) -> Any:
    result = cli(*args, "--json")
    assert result.code == 0, result.stderr
    return result.json()


def _item(cli: Cli, tmp_path: Path) -> tuple[str, str]:
    source = tmp_path / "схема.txt"
    source.write_bytes(SCHEME)
    added = cli("thematic", "add", "-", "--attach", str(source), "--json", stdin=json.dumps(ITEM))
    assert added.code == 0, added.stderr
    item_id = added.json()["id"]
    [meta] = _ok(cli, "thematic", "show", item_id)["attachments"]
    return item_id, str(meta["id"])


def test_an_existing_file_is_kept_unless_forced(cli_vault: Cli, tmp_path: Path) -> None:
    item_id, number = _item(cli_vault, tmp_path)
    exports = ("audit", "list", "--action", "thematic.attachment")
    out = tmp_path / "there.txt"
    out.write_bytes(b"the officer's own file")
    args = ("thematic", "attachment", item_id, number, "--out", str(out))
    refused = cli_vault(*args, "--json")
    assert refused.code == 1
    answer = refused.json()
    assert answer["status"] == "target_exists" and answer["path"] == str(out)
    assert "--force" in refused.stderr and "there.txt" in refused.stderr
    assert out.read_bytes() == b"the officer's own file"
    assert _ok(cli_vault, *exports) == []  # nothing went out, so nothing is in the trail

    plain = cli_vault(*args)  # without --json: the message alone, on stderr
    assert plain.code == 1 and plain.stdout == "" and "--force" in plain.stderr
    assert out.read_bytes() == b"the officer's own file"

    saved = _ok(cli_vault, *args, "--force")
    assert saved == {"status": "saved", "path": str(out), "size": len(SCHEME)}
    assert out.read_bytes() == SCHEME
    assert len(_ok(cli_vault, *exports)) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".there")] == []


def test_a_new_file_is_written_and_a_missing_folder_named(cli_vault: Cli, tmp_path: Path) -> None:
    item_id, number = _item(cli_vault, tmp_path)
    out = tmp_path / "new.txt"
    saved = _ok(cli_vault, "thematic", "attachment", item_id, number, "--out", str(out))
    assert saved["path"] == str(out) and saved["size"] == len(SCHEME)
    assert out.read_bytes() == SCHEME
    lost = tmp_path / "нет такой папки" / "x.txt"
    refused = cli_vault("thematic", "attachment", item_id, number, "--out", str(lost), "--json")
    assert refused.code == 1 and refused.json()["status"] == "target_missing"
    assert "Папка назначения" in refused.stderr and not lost.parent.exists()
