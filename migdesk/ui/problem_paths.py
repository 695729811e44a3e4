"""Field paths of ``ValidationFailed.problems`` (``documents[0].number``) taken apart."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PATH = re.compile(r"^(?P<name>[a-z_]*)(?:\[(?P<index>\d+)\])?(?:\.(?P<key>[a-z_0-9]+))?$")


@dataclass(frozen=True)
class ProblemPath:
    name: str  # top-level field ("" for the whole record)
    index: int | None = None  # list position
    key: str | None = None  # key inside a list item


def parse_path(path: str) -> ProblemPath:
    found = _PATH.match(path)
    if found is None:
        return ProblemPath(name="")  # unknown shape: shown at the top of the form
    index = found.group("index")
    return ProblemPath(
        found.group("name"), None if index is None else int(index), found.group("key")
    )
