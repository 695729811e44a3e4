"""What the name and date caches of an import hold: bytes per entry, bytes when full, and how
many entries and hits a real bundle import of persons leaves in them.

    python -m benchmarks.cache_sizes [--registry 50000] [--persons 20000 (0: bytes only)]

The caches (``functools.lru_cache``) of linkage, name_keys, codec, bulk_rows and search_index
fill during big imports; their ``maxsize`` should keep them within a stated budget (issue
#17 closing note: ≤ 30 MiB together) without losing their hit rate. Bytes per entry: each
cache filled alone with values of varied synthetic persons under ``tracemalloc`` (the inner
caches warmed first, so only its own entries count), plus the key strings it keeps alive.
Entries and hits: a throw-away vault of ``--registry`` varied persons imports a bundle of
``--persons`` varied persons (``import_bundle``, as ``migdesk-cli bundle import``), the caches
cleared first. A cache whose entries stay below its maxsize lost no hit to its size. Not run
by ``make test`` or ``make bench``: a sizing probe.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.cached_vault import SEED, fast_kdf, log
from benchmarks.figures import PASSWORD, USER

BUDGET = 30 * 1024 * 1024
Calls = list[tuple[Any, ...]]


def caches() -> dict[str, Any]:
    from migdesk.identity import name_keys
    from migdesk.persons import bulk_rows, codec, link_dates, linkage, search_index

    return {
        "linkage._forms": linkage._forms,
        "linkage._name_level": linkage._name_level,
        "link_dates.date_level": link_dates.date_level,
        "link_dates._date_range": link_dates._date_range,
        "name_keys._skeleton_word": name_keys._skeleton_word,
        "name_keys.skeleton": name_keys.skeleton,
        "name_keys.phonetic_key": name_keys.phonetic_key,
        "codec._parsed_date": codec._parsed_date,
        "bulk_rows._latin": bulk_rows._latin,
        "bulk_rows._folded": bulk_rows._folded,
        "search_index._name_terms": search_index._name_terms,
        "search_index._fold_name": search_index._fold_name,
        "search_index.skeleton_terms": search_index.skeleton_terms,
    }


def _calls(sample: int) -> dict[str, Calls]:
    """Arguments like those an import passes, from ``sample`` varied synthetic persons."""
    from migdesk.demo import synthetic_persons
    from migdesk.identity.translit import fold, to_latin
    from migdesk.persons import codec, linkage

    persons = [codec.check_person(p).data for p in synthetic_persons(sample, SEED + 5, varied=True)]
    fields = codec.NAME_FIELDS
    pairs = [
        (p.get(f"{n}_ru"), p.get(f"{n}_lat") or to_latin(p.get(f"{n}_ru") or ""))
        for p in persons
        for n in fields
    ]
    ru = list(dict.fromkeys(r for r, _lat in pairs if r))
    lat = list(dict.fromkeys(x for _r, x in pairs if x))
    folded = list(dict.fromkeys(fold(n) for n in ru + lat))
    words = list(dict.fromkeys(w for n in folded for w in n.replace("-", " ").split()))
    days = list(dict.fromkeys(p["birth_date"] for p in persons if p.get("birth_date")))
    forms = [linkage._forms(*pair) for pair in dict.fromkeys(pairs)]
    full = [" ".join(p.get(f"{n}_ru") or "" for n in fields) for p in persons]
    today = date.today()
    return {
        "linkage._forms": [tuple(pair) for pair in dict.fromkeys(pairs)],
        "linkage._name_level": list(zip(forms, forms[1:] + forms[:1], strict=True)),
        "link_dates.date_level": list(zip(days, days[1:] + days[:1], strict=True)),
        "link_dates._date_range": [(d,) for d in days],
        "name_keys._skeleton_word": [(w,) for w in words],
        "name_keys.skeleton": [(n,) for n in folded],
        "name_keys.phonetic_key": [(n,) for n in folded],
        "codec._parsed_date": [(d, False, today) for d in days],
        "bulk_rows._latin": [(n,) for n in ru],
        "bulk_rows._folded": [(n,) for n in dict.fromkeys(full)],
        "search_index._name_terms": [(n,) for n in ru],
        "search_index._fold_name": [(n,) for n in lat],
        "search_index.skeleton_terms": [(n,) for n in ru + lat],
    }


def entry_bytes(cached: Any, calls: Calls) -> float:
    """Bytes one entry of ``cached`` keeps: its node, dict slot, key and result (the key's
    strings counted too: once cached, the cache keeps them alive). No more calls than it holds:
    an eviction during the count would free what was counted."""
    calls = calls[: cached.cache_info().maxsize]
    for args in calls:  # inner caches warm: what follows is this cache's alone
        cached(*args)
    cached.cache_clear()
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for args in calls:
        cached(*args)
    gc.collect()
    retained = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    entries = cached.cache_info().currsize
    strings = sum(sys.getsizeof(a) for args in calls for a in args if isinstance(a, str))
    return float((retained + strings * entries / len(calls)) / max(entries, 1))


@contextlib.contextmanager
def _varied_bundles() -> Iterator[None]:
    """``sender_bundle.make_bundle`` with varied names (the skewed, larger lists)."""
    import migdesk.demo

    real = migdesk.demo.synthetic_persons
    migdesk.demo.synthetic_persons = functools.partial(real, varied=True)
    try:
        yield
    finally:
        migdesk.demo.synthetic_persons = real


def import_run(registry: int, persons: int, found: dict[str, Any]) -> tuple[float, float]:
    """A bundle of ``persons`` imported into ``registry`` persons, the caches cleared first;
    (wall s, CPU s) of the import."""
    from benchmarks.sender_bundle import make_bundle
    from migdesk.demo import synthetic_persons
    from migdesk.exchange import import_bundle
    from migdesk.persons.bulk import bulk_add
    from migdesk.vault import Vault

    with tempfile.TemporaryDirectory(prefix="migdesk-cache-sizes-") as tmp:
        path, work = Path(tmp) / "registry.vault", Path(tmp) / "work"
        work.mkdir()
        with fast_kdf():
            Vault.create(path, USER, PASSWORD, authority="KZ-MVD").close()
        log(f"cache sizes: a registry of {registry:,} varied persons…")
        with Vault.open(path, USER, PASSWORD) as vault:
            bulk_add(vault, synthetic_persons(registry, SEED, varied=True), validate=False)
        log(f"cache sizes: a bundle of {persons:,} varied persons…")
        with _varied_bundles():
            bundle = make_bundle(work, path, persons)
        for cached in found.values():
            cached.cache_clear()
        log("cache sizes: importing…")
        with Vault.open(path, USER, PASSWORD) as vault:
            started, started_cpu = time.perf_counter(), time.process_time()
            result = import_bundle(vault, bundle)
            wall, cpu = time.perf_counter() - started, time.process_time() - started_cpu
        assert result.status == "imported", result.status
    return wall, cpu


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--registry", type=int, default=50_000)
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--sample", type=int, default=20_000, help="persons for bytes/entry")
    args = parser.parse_args(argv)
    found = caches()
    calls = _calls(args.sample)
    sizes = {name: entry_bytes(cached, calls[name]) for name, cached in found.items()}
    if args.persons:  # 0: the bytes only
        wall, cpu = import_run(args.registry, args.persons, found)
        print(
            f"import of {args.persons:,} varied persons into {args.registry:,}: "
            f"{wall:.1f} s wall, {cpu:.1f} s CPU"
        )
    print(
        f"{'cache':30} {'B/entry':>8} {'maxsize':>8} {'MiB full':>8} "
        f"{'entries':>8} {'hits':>9} {'misses':>8} {'hit rate':>8}"
    )
    total = 0.0
    for name, cached in found.items():
        info = cached.cache_info()
        full = sizes[name] * (info.maxsize or 0)
        total += full
        calls_made = info.hits + info.misses
        rate = info.hits / calls_made if calls_made else 0.0
        print(
            f"{name:30} {sizes[name]:8.0f} {info.maxsize:8,} {full / 2**20:8.1f} "
            f"{info.currsize:8,} {info.hits:9,} {info.misses:8,} {rate:8.1%}"
        )
    verdict = "within" if total <= BUDGET else "OVER"
    print(f"all full: {total / 2**20:.1f} MiB, {verdict} the budget of {BUDGET / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
