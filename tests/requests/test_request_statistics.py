"""Statistics by month and partner authority, and the CSV export."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from migdesk.requests.statistics import StatisticsService
from migdesk.requests.workflow import StepInput
from tests.requests.request_helpers import Desk, as_user, incoming


def _answer(desk: Desk, received: date, closed: date, action: str = "answer") -> str:
    service = desk.service()
    request_id = service.receive(incoming(received)).id
    service.step(request_id, StepInput("start", on=received))
    step = StepInput(action, on=closed, text="Ответ.", reasons="П.", grounds=["security"])
    step.answered, step.not_answered = "Часть.", "Остальное."
    service.step(request_id, step)
    return request_id


def test_counts_medians_and_overdue(desk: Desk) -> None:
    _answer(desk, date(2025, 3, 1), date(2025, 3, 11))  # 10 days
    _answer(desk, date(2025, 3, 5), date(2025, 3, 25))  # 20 days
    _answer(desk, date(2025, 3, 10), date(2025, 3, 31), "refuse")  # 21 days
    _answer(desk, date(2025, 3, 1), date(2025, 4, 5), "partial-refuse")  # 35 days: late
    desk.service().receive(incoming(date(2025, 4, 2), from_authority="AM-POLICE"))  # open
    rows = StatisticsService(as_user(desk.vault, "boss")).monthly(as_of=date(2025, 5, 10))
    table = {(r.month, r.authority): r for r in rows}
    march = table[("2025-03", "AM-MIGRATION")]
    assert (march.received, march.answered, march.refused, march.overdue) == (4, 2, 1, 1)
    assert march.median_answer_days == 20.0
    april = table[("2025-04", "AM-MIGRATION")]
    assert (april.received, april.partially_refused, april.median_answer_days) == (0, 1, 35.0)
    police = table[("2025-04", "AM-POLICE")]
    assert (police.received, police.overdue) == (1, 1)  # due 2025-05-02, still open
    # As of an earlier day, later events do not count yet.
    early = StatisticsService(as_user(desk.vault, "boss")).monthly(as_of=date(2025, 3, 20))
    assert {(r.month, r.authority): r.answered for r in early} == {("2025-03", "AM-MIGRATION"): 1}


def test_counts_only_what_the_user_may_see(desk: Desk) -> None:
    _answer(desk, date(2025, 3, 1), date(2025, 3, 11))
    assert StatisticsService(as_user(desk.vault, "officer2")).monthly() == []
    assert len(StatisticsService(as_user(desk.vault, "officer1")).monthly()) == 1


def test_csv_export(desk: Desk, tmp_path: Path) -> None:
    _answer(desk, date(2025, 3, 1), date(2025, 3, 12))
    _answer(desk, date(2025, 3, 2), date(2025, 3, 14))
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "stats.csv"
    assert StatisticsService(as_user(desk.vault, "boss")).export_csv(target) == 1
    raw = target.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Месяц", "Компетентный орган другой Стороны", "Направлено запросов"]
    assert rows[1][:5] == ["2025-03", "AM-MIGRATION", "0", "2", "2"]
    assert rows[1][-2] == "11,5"  # median of 11 and 12 days, decimal comma
    assert [p.name for p in target.parent.iterdir()] == ["stats.csv"]  # no temporary left
