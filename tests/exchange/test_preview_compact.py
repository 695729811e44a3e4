"""The preview's person lists are compact (issue #14): a bundle of 430,000 persons is listed
in the preview the window shows and again in the apply's, so each list is packed in
compressed blocks, and still reads like a list."""

from __future__ import annotations

import tracemalloc
import uuid

from migdesk.exchange.packed import BLOCK
from migdesk.exchange.preview import PersonChange, PersonChanges, PersonMatch, PersonMatches

SURNAMES = ("Абдрахманов", "Жұмабекова", "Арутюнян", "Петросян", "Сейткали", "Ким")


def _changes(count: int) -> list[PersonChange]:
    return [
        PersonChange(
            str(uuid.UUID(int=i * 7919)),
            f"{SURNAMES[i % 6]} Ерлан Серікұлы",
            ("surname_ru", "documents") if i % 5 == 0 else (),
        )
        for i in range(count)
    ]


def test_reads_like_the_list_it_was_given_across_blocks() -> None:
    given = _changes(3 * BLOCK + 7)
    compact = PersonChanges(given)
    assert len(compact) == len(given)
    assert list(compact) == given and compact == given
    assert compact[0] == given[0] and compact[-1] == given[-1]
    assert compact[BLOCK] == given[BLOCK]
    assert compact[5:1100:7] == given[5:1100:7]
    assert [compact[i] for i in (900, 3, 1500, 2)] == [given[i] for i in (900, 3, 1500, 2)]
    assert PersonChanges() == [] and len(PersonChanges()) == 0


def test_a_long_list_takes_a_fraction_of_its_text() -> None:
    """20,000 changes are ~1.7 MB of UTF-8 text (the list held ~2 MB before); packed, a
    few hundred KB."""
    given = _changes(20_000)
    text = sum(len("\x1f".join((c.id, c.name, *c.fields)).encode()) for c in given)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        compact = PersonChanges(given)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(compact) == 20_000
    assert held < text / 3, (held, text)


def test_matches_are_packed_and_read_back_as_they_were() -> None:
    """Imported into a large registry, most new persons have a probable match."""
    given = [
        PersonMatch(
            str(uuid.UUID(int=i)),
            f"{SURNAMES[i % 6]} Ерлан\x1e «в кавычках»",  # no text breaks the packing
            str(uuid.UUID(int=i + 10**6)),
            SURNAMES[(i + 1) % 6],
            0.1 + i / 3,
            "probable" if i % 2 else "possible",
            ("фамилия", "дата рождения") if i % 3 else (),
            linked=i % 4 == 0,
        )
        for i in range(BLOCK + 3)
    ]
    packed = PersonMatches(given)
    assert list(packed) == given and packed[-1] == given[-1] and len(packed) == BLOCK + 3
    assert {m.id: m for m in packed}[given[7].id].score == given[7].score
