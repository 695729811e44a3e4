"""A matching thread slowed down on purpose, for the tests that cancel or fail an import
while it waits for its matches (``exchange.match_ahead``)."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from migdesk.exchange import match_ahead, person_batch
from migdesk.persons.matching import match_records


def slow_matching(monkeypatch: pytest.MonkeyPatch, seconds: float) -> threading.Event:
    """Small batches, a short wait, and each matching call sleeping ``seconds`` first: the
    event is set when the matching thread has started on a block."""
    monkeypatch.setattr(match_ahead, "WAIT", 0.01)
    monkeypatch.setattr(person_batch, "BATCH_MIN", 2)
    matching = threading.Event()
    real_match = match_records

    def slow_match(*args: Any, **kwargs: Any) -> Any:
        matching.set()
        time.sleep(seconds)
        return real_match(*args, **kwargs)

    monkeypatch.setattr(match_ahead, "match_records", slow_match)
    return matching
