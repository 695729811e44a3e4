"""The printed statistics (Art. 3.1) as a head signs it: a total for the period under each
partner's table, what each column counts and by which month, the signature requisite and
the executor mark, the signature never alone on the last page (real vault, real PDF read
back with pdftotext)."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

from migdesk.models import User
from migdesk.reports.statistics_report import write_statistics_report
from migdesk.requests.workflow import Action, StepInput
from tests.requests.request_helpers import Desk, as_user, incoming, step_for


def _incoming(desk: Desk, received: date, closed: date | None, action: str = "answer") -> None:
    service = desk.service()
    request_id = service.receive(incoming(received)).id
    service.step(request_id, StepInput("start", on=received))
    if closed is None:
        service.step(request_id, step_for(Action.POSTPONE, on=received))
    else:
        service.step(request_id, step_for(Action(action), on=closed))


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def test_totals_notes_signature_and_executor(desk: Desk, tmp_path: Path) -> None:
    with desk.vault.session() as session:
        boss = session.get(User, "boss")
        assert boss is not None
        boss.full_name, boss.phone = "Начальников Пётр Иванович", "+7 717 000-00-00"
    _incoming(desk, date(2025, 1, 10), date(2025, 1, 20))  # on time
    _incoming(desk, date(2025, 2, 1), date(2025, 3, 20))  # late
    _incoming(desk, date(2025, 2, 10), date(2025, 2, 20), "refuse")
    _incoming(desk, date(2025, 3, 1), None)  # postponed, past its 30 days on 30.04
    pdf = tmp_path / "q1.pdf"
    write_statistics_report(
        as_user(desk.vault, "boss"), pdf, "2025-01", "2025-03", as_of=date(2025, 4, 30)
    )
    pages = _pages(pdf)
    text = " ".join(" ".join(pages).split())
    # Напр., Пост., Исп., Отказ, Частич., Отв. получ., Просроч. over the quarter
    assert re.search(r"Итого 0 4 2 1 0 0 2\b", text), text
    assert "Поступившие и просроченные запросы учтены по месяцу поступления" in text
    assert "при отложенном исполнении (пункт 2 статьи 10)" in text
    last = " ".join(pages[-1].split())
    assert "Руководитель (уполномоченное лицо)" in last
    assert "Начальников Пётр Иванович +7 717 000-00-00" in last
    assert "Лица по гражданству" in last  # the signature does not stand alone
