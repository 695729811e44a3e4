"""What the request services take and give: plain dataclasses, no ORM objects."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from migdesk.vault.blobs import StoredBlob


@dataclass(frozen=True)
class AttachmentInput:
    """A file to attach: ``data`` read from a local file, or, for a file received in a
    bundle, ``received`` (already stored in the vault in pieces while the bundle was read;
    ``data`` is then empty)."""

    name: str
    mime: str
    data: bytes
    received: StoredBlob | None = None
    # The signed PDF of its step's own letter (Art. 10), not an enclosure of it.
    signed_letter: bool = False

    @property
    def size(self) -> int:
        return self.received.size if self.received is not None else len(self.data)

    @property
    def sha256(self) -> str:
        if self.received is not None:
            return self.received.sha256
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class DraftInput:
    """An outgoing message. ``kind``: ``request`` (Art. 9.2 contents mandatory),
    ``information`` (Art. 8, ``cover_text`` mandatory) or ``confirmation`` (9.5,
    ``related`` = id of the doubted incoming message). ``from_authority`` defaults to the
    vault's own authority. Error paths: ``from``, ``to``, ``substance``…"""

    to_authority: str
    substance: str
    purpose: str | None = None
    justification: str | None = None
    other_info: str | None = None
    from_authority: str | None = None
    kind: str = "request"
    cover_text: str | None = None
    related: str | None = None
    persons: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    assignees: list[str] = field(default_factory=list)
    attachments: list[AttachmentInput] = field(default_factory=list)


@dataclass
class IncomingInput:
    """A message received from the other side, registered in our incoming journal.
    ``to_authority`` defaults to the vault's own authority."""

    from_authority: str
    received_on: date
    substance: str
    purpose: str | None = None
    justification: str | None = None
    other_info: str | None = None
    to_authority: str | None = None
    kind: str = "request"
    cover_text: str | None = None
    related: str | None = None
    their_number: str | None = None
    their_date: date | None = None
    persons: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    assignees: list[str] = field(default_factory=list)
    attachments: list[AttachmentInput] = field(default_factory=list)


@dataclass(frozen=True)
class Created:
    id: str
    number: str


@dataclass(frozen=True)
class StepResult:
    id: str
    state: str
    seq: int
    number: str | None  # registration number of the step's letter, if it is one


@dataclass(frozen=True)
class AttachmentMeta:
    id: int
    name: str
    mime: str
    size: int
    sha256: str
    step: int | None  # seq of the step it came with, None: with the request itself
    # When it was stored in this vault, naive UTC; None: not recorded (before migration 0030).
    added_at: datetime | None = None
    # The signed PDF of its step's own letter (Art. 10), not an enclosure of it.
    signed_letter: bool = False


@dataclass(frozen=True)
class StepView:
    seq: int
    action: str
    from_state: str | None
    to_state: str
    on: date
    at: datetime
    user: str
    text: str | None
    details: dict[str, Any]
    number: str | None
    their_number: str | None


@dataclass(frozen=True)
class RequestView:
    id: str
    kind: str
    direction: str
    state: str
    state_label: str
    number: str
    from_code: str
    from_name: str  # names valid on the request's date (Art. 2 history)
    to_code: str
    to_name: str
    to_name_dative: str
    substance: str
    purpose: str | None
    justification: str | None
    other_info: str | None
    cover_text: str | None
    categories: list[str]
    persons: list[str]
    related: str | None
    their_number: str | None
    their_date: date | None
    received_on: date | None
    due_on: date | None
    days_left: int | None
    overdue: bool
    signatory: str | None  # «position full name»
    signed_on: date | None
    sent_on: date | None
    closed_on: date | None
    created_at: datetime
    created_by: str
    assignees: list[str]
    attachments: list[AttachmentMeta]
    steps: list[StepView]
    allowed_actions: list[str]


@dataclass(frozen=True)
class RequestRow:
    """One line of a list or the dashboard, computed as of a date."""

    id: str
    kind: str
    direction: str
    state: str
    number: str
    from_code: str
    to_code: str
    substance: str
    received_on: date | None
    due_on: date | None
    sent_on: date | None
    closed_on: date | None
    days_left: int | None  # incoming: days to due_on (negative when overdue)
    overdue: bool
    waiting_days: int | None  # outgoing: days since sending while no answer


@dataclass(frozen=True)
class Dashboard:
    as_of: date
    incoming: list[RequestRow]  # open incoming, fewest days left first
    outgoing: list[RequestRow]  # sent and awaiting an answer, longest waiting first
