"""An import's memory does not grow with what it stages (issue #14): ``records.json`` and the
attachments are staged in the vault as they are decrypted and removed again after the
import (or the preview). Removing a large staged blob in one statement made SQLite copy
every page it freed into its statement journal, which lives in memory (temp_store = MEMORY,
secure_delete): the import's peak RSS grew by the size of records.json at its very end.
Measured in a process of its own (VmHWM), beside a small import of the same kind."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ADMIN, PASSWORD, sample_person
from tests.exchange.exchange_world import AM, Station, person_record, write_raw
from tests.exchange.test_attachment_streaming import MIB, _pieces, _request_bundle

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import json, sys
from pathlib import Path
from migdesk.exchange import import_bundle
from migdesk.vault import Vault
with Vault.open(Path(sys.argv[1]), sys.argv[3], sys.argv[4]) as vault:
    result = import_bundle(vault, Path(sys.argv[2]), dry_run=sys.argv[5] == "dry")
    staged = vault.raw_execute("SELECT count(*) FROM attachment_blobs WHERE staged IS NOT NULL")
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0]
print(json.dumps({"status": result.status, "new": len(result.preview.new_persons),
                  "staged": staged[0][0], "rss_mib": int(hwm.split()[1]) / 1024}))
"""


def _import(station: Station, bundle: Path, *, dry: bool = False) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [str(station.path), str(bundle), ADMIN, PASSWORD, "dry" if dry else "real"]
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, *args],
        capture_output=True, text=True, env=env, check=True, timeout=600,
    )  # fmt: skip
    run: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    assert run["staged"] == 0, run  # nothing left staged behind
    return run


def _rss(run: dict[str, object]) -> float:
    value = run["rss_mib"]
    assert isinstance(value, float)
    return value


def _photographed(count: int, photo_bytes: int) -> list[dict[str, object]]:
    """Persons whose records each carry one photo (incompressible bytes, as a JPEG is)."""
    photo = base64.b64encode(_pieces(photo_bytes)).decode("ascii")
    return [
        person_record(
            sample_person(
                surname_ru=f"Фотографов{'а' * (i % 7)}",
                documents=[],
                photos=[{"mime": "image/jpeg", "data_base64": photo}],
            )
        )
        for i in range(count)
    ]


@pytest.mark.slow  # records.json of ~144 MiB imported: ~40-80 s
def test_a_large_records_json_is_imported_with_bounded_memory(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    """48 persons with a 2.25 MiB photo each: records.json of ~144 MiB (base64). Planned in
    batches of at most 16 MiB of JSON, so the import holds about one batch (~55 MiB here);
    before, discarding the staged records.json after the commit alone took its size."""
    (tmp_path / "large").mkdir()
    (tmp_path / "small").mkdir()
    large = write_raw(kz, AM, tmp_path / "large", _photographed(48, 9 * MIB // 4))
    small = write_raw(kz, AM, tmp_path / "small", _photographed(1, 9 * MIB // 4))
    baseline = _import(am.copy_to(tmp_path / "am-small"), small)
    peak = _import(am, large)
    assert peak["status"] == "imported" and peak["new"] == 48, peak
    assert _rss(peak) - _rss(baseline) < 90, (baseline, peak)


@pytest.mark.slow  # an 80 MiB attachment through export and a dry run: ~20-60 s
def test_a_dry_run_discards_a_large_staged_attachment_with_bounded_memory(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    """A dry run (and a closed preview, swept by the next import) stages the attachment and
    removes it: before, the removal took the attachment's size in memory."""
    small, _ = _request_bundle(kz.copy_to(tmp_path / "kz-small"), tmp_path / "small")
    big, _ = _request_bundle(kz, tmp_path / "big", 80 * MIB + 12345)
    baseline = _import(am.copy_to(tmp_path / "am-small"), small, dry=True)
    peak = _import(am, big, dry=True)
    assert peak["status"] == "preview", peak
    assert _rss(peak) - _rss(baseline) < 40, (baseline, peak)
