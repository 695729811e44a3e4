"""Family links (Art. 1, Art. 3.1(4)) in a bundle: a link travels when both persons it joins
are in the same bundle, and the partner records it between the same persons.

Record::

    {"type": "family_link", "id": UUID, "person": UUID, "relative": UUID,
     "relation": "spouse" | "child" | "parent" | "other"}

``id`` is derived from the pair, so the same link sent twice is one item. The receiving side
refuses a link to a person neither in the bundle nor in its vault.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.exchange.items import Apply, ImportScope, OutgoingItems, invalid, register_importer
from migdesk.exchange.preview import FamilyChange
from migdesk.exchange.record_schema import Line, RecordSchema, Uuid, register_schema
from migdesk.messages import N_, _
from migdesk.models import Person
from migdesk.persons.family import RELATIONS, link, link_state, links_among, person_name

RECORD_TYPE = "family_link"
WHAT = N_("связь с членом семьи")
_NAMESPACE = uuid.UUID("6f1f2c1e-5b0a-4c8e-9a57-0d3c1f7e2a10")


def link_id(person_id: str, relative_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{person_id}/{relative_id}"))


def family_records(session: Session, records: list[dict[str, Any]]) -> OutgoingItems:
    """The links among the persons a bundle already carries."""
    person_ids = [r["id"] for r in records if r.get("type") == "person"]
    items = OutgoingItems()
    for row in links_among(session, person_ids):
        items.records.append(
            {
                "type": RECORD_TYPE,
                "id": link_id(row.person_id, row.relative_id),
                "person": row.person_id,
                "relative": row.relative_id,
                "relation": row.relation,
            }
        )
    return items


def _person_name(scope: ImportScope, person_id: str) -> str:
    """The name the preview gives the person: as the bundle's record was planned (phase 1),
    else as it is in the vault."""
    names: dict[str, str] | None = scope.extras.get("family_names")
    if names is None:
        p = scope.preview
        names = {c.id: c.name for c in (*p.new_persons, *p.updated_persons, *p.unchanged_persons)}
        names.update((c.id, c.name) for c in p.conflicts)
        scope.extras["family_names"] = names
    name = names.get(person_id)
    if name is None:
        person = scope.session.scalar(select(Person).where(Person.id == person_id))
        name = names[person_id] = person_name(person) if person is not None else person_id
    return name


class FamilyImporter:
    record_type = RECORD_TYPE
    phase = 2  # after the persons (phase 1) it joins

    def plan(self, scope: ImportScope, number: int, record: dict[str, Any]) -> Apply | None:
        relation = record["relation"]
        if relation not in RELATIONS:
            raise invalid(
                number,
                _(WHAT),
                _("relation — одно из {relations}").format(relations=", ".join(RELATIONS)),
            )
        ends = (record["person"], record["relative"])
        if ends[0] == ends[1]:
            raise invalid(number, _(WHAT), _("лицо связано само с собой"))
        for person_id in ends:
            known = scope.carries("person", person_id) or (
                scope.session.scalar(select(Person.pk).where(Person.id == person_id)) is not None
            )
            if not known:
                raise invalid(
                    number,
                    _(WHAT),
                    _("лица {person_id} нет ни в пакете, ни в хранилище").format(
                        person_id=person_id
                    ),
                )

        scope.preview.family.append(
            FamilyChange(
                ends[0],
                _person_name(scope, ends[0]),
                ends[1],
                _person_name(scope, ends[1]),
                relation,
                link_state(scope.session, ends[0], ends[1], relation),
            )
        )

        def apply() -> None:
            link(scope.session, scope.user, ends[0], ends[1], relation)

        return apply


register_schema(
    RecordSchema(
        RECORD_TYPE,
        WHAT,
        {"id": Uuid(), "person": Uuid(), "relative": Uuid(), "relation": Line(16)},
    )
)
register_importer(FamilyImporter())
