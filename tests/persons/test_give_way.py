"""Before each upkeep step the GUI waits for a pause in the officer's input
(``persons.give_way``): until the quiet time, bounded, and not past a cancel. A clock of
its own, so nothing here waits."""

from __future__ import annotations

from migdesk.persons.give_way import wait_for_quiet


class Officer:
    """A clock and the officer's last input on it; ``sleep`` moves the clock on."""

    def __init__(self, keys_every: float | None) -> None:
        self.now = 0.0
        self.last_input = 0.0
        self.keys_every = keys_every  # None: hands off the keyboard

    def idle(self) -> float:
        if self.keys_every is not None and self.now - self.last_input >= self.keys_every:
            self.last_input = self.now
        return self.now - self.last_input

    def sleep(self, seconds: float) -> None:
        assert seconds > 0
        self.now += seconds


def test_a_step_waits_for_the_quiet_time_after_the_last_input() -> None:
    officer = Officer(keys_every=None)
    officer.last_input = 0.0
    officer.now = 0.3
    waited = wait_for_quiet(
        officer.idle, quiet_s=1.0, max_wait_s=3.0, clock=lambda: officer.now, sleep=officer.sleep
    )
    assert abs(waited - 0.7) < 1e-9


def test_an_officer_long_idle_is_not_waited_for() -> None:
    officer = Officer(keys_every=None)
    officer.now = 5.0
    assert wait_for_quiet(officer.idle, clock=lambda: officer.now, sleep=officer.sleep) == 0.0


def test_typing_without_a_pause_postpones_a_step_only_up_to_the_bound() -> None:
    officer = Officer(keys_every=0.2)
    waited = wait_for_quiet(
        officer.idle, quiet_s=1.0, max_wait_s=3.0, clock=lambda: officer.now, sleep=officer.sleep
    )
    assert 3.0 <= waited < 3.0 + 0.06  # one poll past the bound at most


def test_a_cancel_ends_the_wait() -> None:
    officer = Officer(keys_every=0.2)
    waited = wait_for_quiet(
        officer.idle,
        lambda: officer.now >= 0.5,
        quiet_s=1.0,
        max_wait_s=60.0,
        clock=lambda: officer.now,
        sleep=officer.sleep,
    )
    assert waited < 0.6
