"""The CLI's SIGINT handler (``cli.interrupt``) in this process: the first Ctrl-C stops the
work, later ones never cut its cleanup, and one that arrives while the answer is written
waits for it and is then dropped."""

from __future__ import annotations

import os
import signal

import pytest

from migdesk.cli import interrupt


def _ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)  # handled in this (the main) thread before returning


def test_the_first_ctrl_c_stops_the_work_and_later_ones_spare_the_cleanup() -> None:
    cleaned = False
    with interrupt.installed(), pytest.raises(KeyboardInterrupt):
        try:
            _ctrl_c()
        finally:
            _ctrl_c()  # the second, during cleanup: ignored
            cleaned = True
    assert cleaned


def test_a_ctrl_c_while_answering_waits_for_the_answer_and_is_dropped() -> None:
    written = []
    with interrupt.installed():
        with interrupt.holding() as asked:
            assert not asked()
            _ctrl_c()
            assert asked()  # optional work may stop early
            written.append("answer")
        _ctrl_c()  # after an answer: the command is over, nothing to stop
    assert written == ["answer"]


def test_the_previous_handler_comes_back() -> None:
    before = signal.getsignal(signal.SIGINT)
    with interrupt.installed():
        assert signal.getsignal(signal.SIGINT) is not before
    assert signal.getsignal(signal.SIGINT) is before
