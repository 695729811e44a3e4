"""The schemas of the record types MigDesk writes today (see ``record_schema``).

Limits fit each field's purpose: a code or a number is a short line, a person's name or
a position a line of a few hundred characters, a letter's text a few pages; the texts of
requests keep the limit they had (``MAX_TEXT``). Meaning (which codes exist, which step
may follow which) stays with each importer.
"""

from __future__ import annotations

from migdesk.exchange.record_schema import (
    Boolean,
    Day,
    Integer,
    Line,
    ListOf,
    Object,
    RecordSchema,
    Sha256,
    Text,
    Uuid,
    register_schema,
)
from migdesk.exchange.request_items import MAX_TEXT
from migdesk.messages import N_

CODE = Line(32)  # an authority code: KZ-MVD
NUMBER = Line(64)  # a registration number
NAME = Line(300)  # a person's full name, a position, a file's name
PURPOSE = Line(500)
TIMESTAMP = Line(32)  # "YYYY-MM-DDTHH:MM:SSZ", parsed by the importer
LETTER = Text(20_000, required=False)  # a cover letter: about ten pages
REQUEST_TEXT = Text(MAX_TEXT, required=False)
MAX_PERSONS = 10_000  # persons named by one request or passed by one answer

ATTACHMENT = Object(
    {
        "file": Line(128),
        "name": NAME,
        "mime": Line(100),
        "sha256": Sha256(),
        # The signed PDF of the step's own letter (Art. 10), present only when true.
        "signed_letter": Boolean(required=False),
    },
    label=N_("вложение"),
)
ATTACHMENTS = ListOf(ATTACHMENT, max_items=200, required=False)
PERSON_IDS = ListOf(Uuid(), max_items=MAX_PERSONS, required=False)

SCHEMAS = (
    RecordSchema(
        "cover",
        N_("сопроводительное письмо"),
        {"id": Uuid(), "article": Line(16, required=False), "purpose": PURPOSE, "text": LETTER},
    ),
    RecordSchema(
        "person",
        N_("лицо"),
        {
            "id": Uuid(),
            "data": Object({}, open=True),  # person.v1: checked by the person codec
            "handling": Object(
                {
                    # A request's purpose when the person answers a request: its text.
                    "purpose": REQUEST_TEXT,
                    "no_onward_transfer": Boolean(required=False),
                    "keep_until": Day(required=False),
                    "source_reliability": Line(1, required=False),
                    "information_accuracy": Line(1, required=False),
                    "request_id": Uuid(required=False),
                },
                required=False,
            ),
        },
    ),
    RecordSchema(
        "request",
        N_("запрос"),
        {
            "id": Uuid(),
            "kind": Line(16),
            "from": CODE,
            "to": CODE,
            "number": NUMBER,
            "date": Day(),
            "substance": Text(MAX_TEXT),
            "purpose": REQUEST_TEXT,
            "justification": REQUEST_TEXT,
            "other_info": REQUEST_TEXT,
            "cover_text": REQUEST_TEXT,
            "categories": ListOf(Line(32), max_items=100, required=False),
            "related": Uuid(required=False),
            "persons": PERSON_IDS,
            "signatory": Object(
                {"name": Line(300, required=False), "position": Line(300, required=False)},
                required=False,
                label=N_("подписант"),
            ),
            "attachments": ATTACHMENTS,
        },
    ),
    RecordSchema(
        "request_step",
        N_("письмо по запросу"),
        {
            "id": Line(64),  # "UUID#SEQ", matched by the importer
            "request_id": Uuid(),
            "request_number": Line(64, required=False),
            "seq": Integer(1, 1_000_000),
            "action": Line(40),
            "date": Day(),
            "number": Line(64, required=False),
            "text": REQUEST_TEXT,
            "details": Object(
                {
                    "reasons": REQUEST_TEXT,
                    "grounds": ListOf(Line(500), max_items=100, required=False),
                    "answered": REQUEST_TEXT,
                    "not_answered": REQUEST_TEXT,
                    "proceedings": REQUEST_TEXT,
                    "mode": Line(40, required=False),
                    "conditions": REQUEST_TEXT,
                    "until": Day(required=False),
                    "records": PERSON_IDS,
                },
                required=False,
            ),
            "records": PERSON_IDS,
            "attachments": ATTACHMENTS,
        },
    ),
    RecordSchema(
        "acknowledgement",
        N_("подтверждение получения"),
        {
            "id": Uuid(),
            "bundle_id": Uuid(),
            "channel": Line(32),
            "sequence": Integer(1),
            "label_sha256": Sha256(),
            "imported_at": TIMESTAMP,
        },
    ),
    RecordSchema(
        "consent_request",
        N_("запрос согласия"),
        {
            "id": Uuid(),
            "record_kind": Line(32),
            "record_id": Line(64),
            "recipient": Line(32, required=False),
            "purpose": Text(4000),
            "requested_at": Line(32, required=False),
        },
    ),
    RecordSchema(
        "consent_answer",
        N_("ответ на запрос согласия"),
        {
            "id": Uuid(),
            "decision": Line(16),
            "decided_on": Day(),
            "document_ref": Text(200),
        },
    ),
    RecordSchema(
        "signatory_change",
        N_("изменение перечня подписантов"),
        {
            "id": Line(100),  # "<sender>:<notification id>"
            "change": Line(16),
            "authority": CODE,
            "signatory": Object(
                {
                    "position": NAME,
                    "full_name": NAME,
                    "valid_from": Day(required=False),
                    "valid_until": Day(required=False),
                    "certificate_pem": Text(64_000, required=False),
                    "sample": Object(
                        {"file": Line(128), "mime": Line(100), "sha256": Sha256()},
                        required=False,
                    ),
                },
                required=False,
            ),
            "blank": Object(
                {
                    "name": NAME,
                    "valid_from": Day(required=False),
                    "valid_until": Day(required=False),
                    "mime": Line(100),
                    "file": Line(128),
                    "sha256": Sha256(),
                },
                required=False,
            ),
        },
    ),
)

for _schema in SCHEMAS:
    register_schema(_schema)
