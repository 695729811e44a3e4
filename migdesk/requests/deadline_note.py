"""What the 30 days (Art. 10.3) are shown beside while an incoming request waits: for
additional information (10.1), on a postponement or conditions (10.2), or for the requesting
side's decision on confidentiality (11.1). Whether such a wait moves the deadline is not
decided, so the note only says since when the request waits, never that the days stop or
run; the date shown stays the agreement's: 30 calendar days from receipt."""

from __future__ import annotations

from datetime import date

from migdesk.messages import N_, lazy_table
from migdesk.requests.records import RequestView
from migdesk.requests.workflow import State

WAITS = lazy_table(
    {
        State.AWAITING_INFO: N_("дополнительные сведения запрошены {date}"),
        State.POSTPONED: N_("исполнение отложено или обусловлено {date} (п.\u00a02 ст.\u00a010)"),
        State.CONFIDENTIALITY_PENDING: N_(
            "с {date} ожидается решение запрашивающей Стороны о конфиденциальности "
            "(п.\u00a01 ст.\u00a011)"
        ),
    }
)


def waiting_since(view: RequestView) -> date | None:
    """The business date of the step that put the request into its present state."""
    for step in reversed(view.steps):
        if step.to_state == view.state and step.from_state != view.state:
            return step.on
    return None


def deadline_note(view: RequestView) -> str | None:
    """The note beside the deadline of an open incoming request that waits; else ``None``."""
    if view.direction != "incoming" or view.days_left is None:
        return None
    try:
        template = WAITS.get(State(view.state))
    except ValueError:
        return None
    since = waiting_since(view)
    if template is None or since is None:
        return None
    return template.format(date=since.strftime("%d.%m.%Y"))
