"""Which kinds of records an operation changed (Anki's ``OpChanges``, simplified).

An operation's result says what it changed — a bundle import, for instance, reports persons,
requests, consents, registries and the bundle log — and the screens showing those kinds
reload themselves (``migdesk.ui.change_bus``). The services never know which screens exist.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    PERSONS = "persons"  # person records, their sub-records and photos
    REQUESTS = "requests"  # requests, their steps, thematic items
    REGISTRIES = "registries"  # authorities, signatories, blanks, journals, the agreement
    CONSENTS = "consents"  # consent requests and answers (Art. 11.2, 11.3)
    BUNDLES = "bundles"  # the bundle log, channels, partner certificates
    USERS = "users"
    SETTINGS = "settings"
    ACTS = "acts"  # acts of destruction


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[Kind] = frozenset()

    @classmethod
    def of(cls, *kinds: Kind) -> Changes:
        return cls(frozenset(kinds))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, kinds: Iterable[Kind]) -> bool:
        return not self.kinds.isdisjoint(kinds)


NOTHING = Changes()
