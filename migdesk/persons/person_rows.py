"""Validated person data ⇄ database rows: the stored side of the person codec."""

from __future__ import annotations

import base64
import hashlib
from datetime import date
from typing import Any

from migdesk.identity.translit import fold
from migdesk.models import (
    Citizenship,
    CitizenshipAct,
    IdentityDocument,
    Liability,
    MovementRestriction,
    Person,
    PersonMedia,
    Registration,
    ResidencePermit,
)
from migdesk.persons.codec import (
    EMPLOYER_FIELDS,
    NAME_FIELDS,
    SCALAR_FIELDS,
    _clean,
    normalise_document_number,
)
from migdesk.persons.schema import SCHEMA_VERSION


def sort_key(data: dict[str, Any]) -> str:
    parts = [data.get(f"{n}_ru") or data.get(f"{n}_lat") or "" for n in NAME_FIELDS]
    return fold(" ".join(p for p in parts if p))


def apply_to_model(person: Person, data: dict[str, Any]) -> None:
    """Overwrite every field of ``person`` (sub-records replaced as whole lists)."""
    for name in SCALAR_FIELDS:
        setattr(person, name, data[name])
    keep = data.get("keep_until")
    person.keep_until = date.fromisoformat(keep) if keep else None
    person.sort_key = sort_key(data)
    person.citizenships = [
        Citizenship(country=c, position=i) for i, c in enumerate(data["citizenship"])
    ]
    person.documents = [
        IdentityDocument(
            position=i,
            kind=d["kind"],
            series=d.get("series"),
            number=d["number"],
            number_norm=normalise_document_number(d.get("series"), d["number"]),
            issuing_country=d.get("issuing_country"),
            issued_on=d.get("issued_on"),
            issued_by=d.get("issued_by"),
            valid_until=d.get("valid_until"),
        )
        for i, d in enumerate(data["documents"])
    ]
    liabilities = [("administrative", x) for x in data["administrative_liability"]]
    liabilities += [("criminal", x) for x in data["criminal_liability"]]
    person.liabilities = [
        Liability(position=i, kind=kind, **_pick(x, Liability))
        for i, (kind, x) in enumerate(liabilities)
    ]
    person.registrations = [
        Registration(position=i, **_pick(x, Registration))
        for i, x in enumerate(data["registrations"])
    ]
    person.residence_permits = [
        ResidencePermit(position=i, **_pick(x, ResidencePermit))
        for i, x in enumerate(data["residence_permits"])
    ]
    person.citizenship_acts = [
        CitizenshipAct(position=i, **_pick(x, CitizenshipAct))
        for i, x in enumerate(data["citizenship_acts"])
    ]
    person.restrictions = [
        MovementRestriction(position=i, **_pick(x, MovementRestriction))
        for i, x in enumerate(data["restrictions"])
    ]
    media = [("photo", m) for m in data["photos"]]
    if data["fingerprint_card"] is not None:
        media.append(("fingerprint_card", data["fingerprint_card"]))
    person.media = [_media_row(i, kind, m) for i, (kind, m) in enumerate(media)]


def _pick(item: dict[str, Any], model: type[Any]) -> dict[str, Any]:
    columns = set(model.__table__.columns.keys()) - {"id", "person_pk", "position"}
    return {k: _clean(v) for k, v in item.items() if k in columns}


def _media_row(position: int, kind: str, media: dict[str, Any]) -> PersonMedia:
    blob = base64.b64decode(media["data_base64"])
    return PersonMedia(
        position=position,
        kind=kind,
        mime=media["mime"],
        sha256=hashlib.sha256(blob).hexdigest(),
        size=len(blob),
        captured_on=media.get("captured_on"),
        description=media.get("description"),
        data=blob,
    )


def _row_dict(row: Any, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    hidden = {"id", "person_pk", "position", "number_norm", "kind", *skip}
    return {name: getattr(row, name) for name in row.__table__.columns.keys() if name not in hidden}


def model_to_json(person: Person, *, include_media: bool = True) -> dict[str, Any]:
    """The interchange JSON of a stored person; without media data for history snapshots."""
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "id": person.id,
        "revision": person.revision,
    }
    for name in SCALAR_FIELDS:
        data[name] = getattr(person, name)
    data["citizenship"] = [c.country for c in person.citizenships]
    data["documents"] = [{"kind": d.kind, **_row_dict(d)} for d in person.documents]
    data["administrative_liability"] = [
        _row_dict(x) for x in person.liabilities if x.kind == "administrative"
    ]
    data["criminal_liability"] = [_row_dict(x) for x in person.liabilities if x.kind == "criminal"]
    for name in ("registrations", "residence_permits", "citizenship_acts", "restrictions"):
        data[name] = [{"kind": x.kind, **_row_dict(x)} for x in getattr(person, name)]
    for permit in data["residence_permits"]:  # only a work permit with an employer has them
        for key in EMPLOYER_FIELDS:
            if permit.get(key) is None:
                permit.pop(key, None)

    def media_json(m: PersonMedia) -> dict[str, Any]:
        out: dict[str, Any] = {
            "mime": m.mime,
            "sha256": m.sha256,
            "captured_on": m.captured_on,
            "description": m.description,
        }
        if include_media:
            out["data_base64"] = base64.b64encode(m.data).decode("ascii")
        else:
            out["size"] = m.size
        return out

    data["photos"] = [media_json(m) for m in person.media if m.kind == "photo"]
    cards = [media_json(m) for m in person.media if m.kind == "fingerprint_card"]
    data["fingerprint_card"] = cards[0] if cards else None
    data["keep_until"] = person.keep_until.isoformat() if person.keep_until else None
    return data
