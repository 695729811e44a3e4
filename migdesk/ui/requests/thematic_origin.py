"""Where a received thematic item came from and what the provider allowed (Art. 11.1–11.3),
and how its linked requests are named, for the thematic item window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from migdesk.requests.thematic import Provenance, RequestRef
from migdesk.ui.display import date_text


def _day(stamp: str | None) -> date | None:
    try:
        return date.fromisoformat(stamp[:10]) if stamp else None
    except ValueError:
        return None


def origin_text(provenance: Provenance) -> str:
    translate = QCoreApplication.translate
    parts = [
        translate("ThematicOrigin", "Получено от {provider}").format(provider=provenance.provider)
    ]
    if provenance.bundle_sequence is not None:
        bundle = translate("ThematicOrigin", "в пакете № {number}").format(
            number=provenance.bundle_sequence
        )
        created = _day(provenance.bundle_created)
        if created is not None:
            bundle += " " + translate("ThematicOrigin", "от {day}").format(day=date_text(created))
        parts.append(bundle)
    text = " ".join(parts) + "."
    limits = [
        translate("ThematicOrigin", "Цель использования: {purpose}").format(
            purpose=provenance.purpose
        )
    ]
    if provenance.no_onward_transfer:
        limits.append(
            translate(
                "ThematicOrigin",
                "передача третьей стороне — только с согласия (п.\u00a03 ст.\u00a011)",
            )
        )
    if provenance.keep_until is not None:
        limits.append(
            translate("ThematicOrigin", "хранить до {day}").format(
                day=date_text(provenance.keep_until)
            )
        )
    return f"{text} {'; '.join(limits)}."


def request_text(ref: RequestRef) -> str:
    translate = QCoreApplication.translate
    if ref.number is not None:
        return translate("ThematicOrigin", "Запрос № {number}").format(number=ref.number)
    if ref.destroyed_by_act is not None:
        return translate("ThematicOrigin", "Запрос уничтожен (акт № {act})").format(
            act=ref.destroyed_by_act
        )
    return translate("ThematicOrigin", "Запрос {id} (нет в хранилище)").format(id=ref.id)
