"""Person search as one plain SQL statement, the way ``search_pks`` was written before it was
tuned. The benchmark uses it as the raw-sqlcipher3 baseline; the tests use it as the oracle
that every evaluation plan of ``search_pks`` must agree with."""

from __future__ import annotations

from typing import Any

from migdesk.persons import search
from migdesk.persons.search import SearchFilters


def reference_sql(
    query: str, limit: int | None, filters: SearchFilters | None = None
) -> tuple[str, dict[str, Any]]:
    parsed = search.parse_query(query)
    filters = filters or SearchFilters()
    where: list[str] = []
    params: dict[str, Any] = {}
    source = "persons p"
    if parsed.fts:
        source = (
            "person_fts f JOIN person_fts_order o ON o.pos = f.rowid JOIN persons p ON p.pk = o.pk"
        )
        where.append("person_fts MATCH :fts")
        params["fts"] = parsed.fts
    for i, word in enumerate(parsed.short_words):
        if not parsed.fts and i == 0:
            where.append(f"p.sort_key >= :s{i} AND p.sort_key < :s{i}_end")
            params[f"s{i}_end"] = word + "\uffff"
        else:
            where.append(f"instr(p.sort_key, :s{i}) > 0")
        params[f"s{i}"] = word
    for i, (prefix, *coarser) in enumerate(parsed.birth_dates):
        condition = f"(p.birth_date >= :d{i} AND p.birth_date < :d{i}_end"
        params[f"d{i}"], params[f"d{i}_end"] = prefix, prefix + "\uffff"
        for j, value in enumerate(coarser):
            condition += f" OR p.birth_date = :d{i}_{j}"
            params[f"d{i}_{j}"] = value
        where.append(condition + ")")
    if filters.sex:
        where.append("p.sex = :sex")
        params["sex"] = filters.sex
    if filters.citizenship:
        where.append(
            "EXISTS (SELECT 1 FROM person_citizenships c WHERE c.person_pk = p.pk "
            "AND c.country = :cit)"
        )
        params["cit"] = filters.citizenship
    sql = f"SELECT p.pk FROM {source}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY p.sort_key, p.pk"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return sql, params
