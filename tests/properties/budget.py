"""How hard the property tests try: 200 examples each in ``make test``; ``make fuzz`` sets
MIGDESK_FUZZ_EXAMPLES=10000 (and may be given more)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("MIGDESK_FUZZ_EXAMPLES", "200"))

PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,  # a loaded two-core machine must not turn slowness into failures
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=EXAMPLES <= 200,  # make test: the same examples every run; fuzz: new ones
)
