"""Four eyes (issue 13, item 5): nobody both writes and signs a request, a signature is
given only by the user bound to the signatory on the Art. 9.3 list, and a destruction is
approved by a second user. On by default; an administrator may turn it off for a
one-person office (vault setting, audited: ``office.four_eyes``). The signing rule itself is
``requests.access.may_sign_as``; destruction checks it in ``office.retention``."""

from __future__ import annotations

from sqlalchemy.orm import Session

from migdesk.models import VaultSetting

SETTING = "security.four_eyes"


def enabled(session: Session) -> bool:
    """On unless an administrator turned it off (anything but "off" keeps it on)."""
    row = session.get(VaultSetting, SETTING)
    return row is None or row.value != "off"
