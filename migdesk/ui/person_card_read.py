"""Everything a saved person's card shows, read in one go without touching a widget.

A card at a million persons reads the record (and writes its view to the audit trail), the
history, the users' names, the provenance banner's limits and the family links: together
too long for the GUI thread, so ``PersonForm`` runs :func:`read_card` in a background op
and shows the result when it arrives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from migdesk.errors import MigDeskError
from migdesk.office.user_names import user_names
from migdesk.persons.family import FamilyService, Relative
from migdesk.persons.service import PersonService
from migdesk.ui.person_links import CardLink, read_links
from migdesk.ui.provenance_banner import Provenance, read_provenance


@dataclass(frozen=True)
class CardRead:
    data: dict[str, Any]
    history: list[Any]
    names: dict[str, str]
    provenance: Provenance
    relatives: list[Relative] | MigDeskError  # the family tab shows its own error
    links: list[CardLink] = field(default_factory=list)  # decisions on pairs (person_links)


def read_card(service: PersonService, person_id: str) -> CardRead:
    """Raises ``MigDeskError`` when the record cannot be read (e.g. destroyed meanwhile)."""
    data = service.get(person_id)
    history = service.history(person_id)
    vault = service.vault
    relatives: list[Relative] | MigDeskError
    try:
        relatives = FamilyService(vault).relatives(person_id)
    except MigDeskError as exc:
        relatives = exc
    return CardRead(
        data,
        history,
        user_names(vault),
        read_provenance(vault, person_id),
        relatives,
        read_links(vault, person_id),
    )
