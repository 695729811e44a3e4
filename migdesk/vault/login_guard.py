"""Failed unlock attempts, kept beside the vault until the next successful unlock (Art. 11.4).

The vault cannot be written before it is unlocked, so each failure (the name as typed if it
is a user's, else :data:`UNKNOWN_NAMES`; when; from the window or the CLI) goes into a small
side file, ``<vault>.logins``; the next unlock of that name moves it into the audit trail
(``login_report``). Never the password, nor any
part or hash of it. The file is bounded: per name a count, the first and last time, the last
:data:`MAX_TIMES` times and the sources; at most :data:`MAX_NAMES` names.

Guessing is slowed down: after :data:`FREE_TRIES` failures in a row for one name, each further
attempt for that name must wait (30 s, doubling, at most 15 min) and is refused unchecked
until then, a right password too. There is deliberately no permanent lockout: anyone who
types a name could otherwise lock a colleague out of a day's work.

Tampering: deleting or editing the file resets the counts. On an offline workstation that
is no weaker than the vault itself: whoever can delete it can copy the vault and guess on
the copy. A damaged or unreadable file counts as empty, so it never stops an unlock, and is
written anew at the next change.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from migdesk import safe_files
from migdesk.atomic import write_atomic
from migdesk.errors import LoginThrottled, VaultError
from migdesk.messages import _
from migdesk.vault.keyslots import KeySlotFile

FORMAT_NAME = "migdesk-failed-logins"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 256 * 1024
MAX_TIMES = 20
MAX_NAMES = 64
MAX_NAME_CHARS = 64  # a name is kept as typed, but not a page of text
FREE_TRIES = 5
DELAY_BASE_SECONDS = 30
DELAY_CAP_SECONDS = 15 * 60
SOURCES = ("window", "cli")
# Failures under a name that has no key slot are kept under this mark, never as typed: people
# type their password into the name field, and the side file is not encrypted. Not a possible
# user name (users: Latin letters, digits, «.», «-», «_»).
UNKNOWN_NAMES = "*"


def utc_now() -> datetime:
    return datetime.now(UTC)


def name_key(user: str) -> str:
    return user.strip()[:MAX_NAME_CHARS]


@dataclass
class NameRecord:
    """The failures under one name since its last successful unlock."""

    count: int
    first: datetime
    last: datetime
    times: list[datetime] = field(default_factory=list)
    sources: dict[str, int] = field(default_factory=dict)
    # Failures an administrator has waived (``waive``): still reported at the next unlock,
    # no longer counted towards the wait.
    waived: int = 0

    @property
    def held(self) -> bool:
        """Whether the failures that count start a wait (one may have run out already)."""
        return self.count - self.waived >= FREE_TRIES

    def wait_until(self) -> datetime | None:
        """Until when the next attempt is refused unchecked (``None``: no wait)."""
        if not self.held:
            return None
        doublings = min(self.count - self.waived - FREE_TRIES, 10)  # 2**10 * 30 s: past the cap
        delay = min(DELAY_BASE_SECONDS * 2**doublings, DELAY_CAP_SECONDS)
        return self.last + timedelta(seconds=delay)

    def add(self, at: datetime, source: str) -> None:
        self.count += 1
        self.last = max(self.last, at)
        self.times = [*self.times, at][-MAX_TIMES:]
        self.sources[source] = self.sources.get(source, 0) + 1

    def to_json(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "first": self.first.isoformat(timespec="seconds"),
            "last": self.last.isoformat(timespec="seconds"),
            "times": [t.isoformat(timespec="seconds") for t in self.times],
            "sources": dict(self.sources),
            "waived": self.waived,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NameRecord:
        sources = {str(k): int(v) for k, v in dict(data.get("sources", {})).items()}
        return cls(
            count=int(data["count"]),
            first=_moment(data["first"]),
            last=_moment(data["last"]),
            times=[_moment(t) for t in data.get("times", [])][-MAX_TIMES:],
            sources=sources,
            waived=int(data.get("waived", 0)),  # absent before administrators could waive
        )


def _moment(text: Any) -> datetime:
    moment = datetime.fromisoformat(str(text))
    if moment.tzinfo is None:
        raise ValueError("a failure time without its zone")
    return moment


def path_for(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".logins")


class FailedLogins:
    """The side file of one vault; every change is read, changed and written under a lock."""

    def __init__(self, vault_path: Path) -> None:
        self.vault_path = vault_path
        self.path = path_for(vault_path)
        self._lock_path = vault_path.with_name(f".{vault_path.name}.logins-lock")

    # --- reading ----------------------------------------------------------------------------

    def load(self) -> tuple[dict[str, NameRecord], bool]:
        """The records, and whether the file was there but could not be used (damaged,
        unreadable, another kind of file): then it counts as empty and is written anew."""
        try:
            raw = safe_files.read_regular(self.path, MAX_FILE_BYTES)
        except FileNotFoundError:
            return {}, False
        except (OSError, safe_files.NotRegularFile):
            return {}, True
        try:
            if len(raw) > MAX_FILE_BYTES:
                raise ValueError("too long")
            body = json.loads(raw)
            if not isinstance(body, dict) or body.get("format") != FORMAT_NAME:
                raise ValueError("not ours")
            names = body["names"]
            records = {str(n): NameRecord.from_json(r) for n, r in dict(names).items()}
        except (ValueError, KeyError, TypeError, AttributeError):
            return {}, True
        return records, False

    def recorded_name(self, user: str) -> str:
        """The name ``user``'s failures are kept under: itself if it has a key slot, else
        :data:`UNKNOWN_NAMES` (all unknown names share one record, and one wait)."""
        name = name_key(user)
        try:
            known = KeySlotFile.load(self.vault_path).find(name) is not None
        except VaultError:
            known = False
        return name if known else UNKNOWN_NAMES

    def record(self, user: str) -> NameRecord | None:
        return self.load()[0].get(self.recorded_name(user))

    def check(self, user: str, now: datetime | None = None) -> None:
        """Refuse an attempt for ``user`` while its wait runs (before any password work)."""
        record = self.record(user)
        until = None if record is None else record.wait_until()
        moment = now or utc_now()
        if until is not None and until > moment:
            raise throttled(until, moment)

    # --- changing ---------------------------------------------------------------------------

    def add_failure(self, user: str, source: str, now: datetime | None = None) -> None:
        at = now or utc_now()
        key = self.recorded_name(user)
        with self._locked():
            records, _damaged = self.load()
            record = records.get(key)
            if record is None:
                record = records[key] = NameRecord(count=0, first=at, last=at)
            record.add(at, source)
            _bound(records, keep=key)
            self._save(records)

    def take(self, names: list[str]) -> dict[str, NameRecord]:
        """Remove ``names``' records and hand them over (they go to the audit trail). The
        audit write comes after: a crash between loses a report, never an unlock."""
        with self._locked():
            records, damaged = self.load()
            taken = {name: records.pop(name) for name in names if name in records}
            if taken or damaged:
                self._save(records)
        return taken

    def give_back(self, taken: dict[str, NameRecord]) -> None:
        """Put back what ``take`` handed over when it could not be audited."""
        with self._locked():
            records, _damaged = self.load()
            for name, record in taken.items():
                if name in records:  # failed again meanwhile: one record of both
                    newer = records[name]
                    record.count += newer.count
                    record.waived += newer.waived
                    record.last = max(record.last, newer.last)
                    record.times = sorted([*record.times, *newer.times])[-MAX_TIMES:]
                    for source, n in newer.sources.items():
                        record.sources[source] = record.sources.get(source, 0) + n
                records[name] = record
            _bound(records, keep="")
            self._save(records)

    def waive(self, name: str) -> NameRecord | None:
        """An administrator ends ``name``'s wait (``office.login_waits``): its failures so
        far no longer count towards a wait, but stay recorded, so the user is still told of
        them and they still reach the audit at the next unlock. ``None``: nothing held.
        Raises ``OSError`` when the file cannot be written (the caller's audit rolls back)."""
        with self._locked():
            records, _damaged = self.load()
            record = records.get(name_key(name))
            if record is None or not record.held:
                return None
            record.waived = record.count
            self._save(records, strict=True)
            return record

    def _save(self, records: dict[str, NameRecord], *, strict: bool = False) -> None:
        # An unwritable folder must not turn a wrong password into another error: the
        # failure then goes unrecorded, as on a read-only medium. An administrator's
        # ``waive`` is ``strict``: a wait reported cleared must be cleared.
        with contextlib.suppress(*(() if strict else (OSError,))):
            if not records:
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
                return
            body = {
                "format": FORMAT_NAME,
                "version": FORMAT_VERSION,
                "names": {name: r.to_json() for name, r in records.items()},
            }
            write_atomic(self.path, json.dumps(body, ensure_ascii=False, indent=1).encode())

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Two processes failing at once must not drop each other's count."""
        try:
            fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            yield  # a read-only folder: nothing will be written anyway
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # releases the lock


def _bound(records: dict[str, NameRecord], keep: str) -> None:
    """At most MAX_NAMES names: the fewest failures go first (then the oldest), so a flood
    of made-up names cannot push out, and so reset, the count of a name under attack."""
    while len(records) > MAX_NAMES:
        victim = min(
            (n for n in records if n != keep), key=lambda n: (records[n].count, records[n].last)
        )
        del records[victim]


def wait_text(seconds: int) -> str:
    minutes, rest = divmod(max(seconds, 0), 60)
    if minutes:
        return _("{minutes} мин {seconds} с").format(minutes=minutes, seconds=rest)
    return _("{seconds} с").format(seconds=rest)


def throttled(until: datetime, now: datetime) -> LoginThrottled:
    seconds = max(1, int((until - now).total_seconds() + 0.999))
    return LoginThrottled(
        _(
            "Слишком много неудачных попыток входа под этим именем: следующая попытка — "
            "через {wait}. Пароль сейчас не проверяется."
        ).format(wait=wait_text(seconds)),
        seconds=seconds,
        until=until,
    )
