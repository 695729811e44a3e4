"""Write ``migdesk/resources/countries.json``: country names in English, Kazakh and Armenian
from CLDR (Babel), keyed by the ISO 3166-1 alpha-3 codes of ``migdesk/identity/countries.py``.

Run by ``make messages``. Russian names stay the project's own (Kazakh and Armenian
paperwork's usage); the alpha-2 ↔ alpha-3 table comes from Debian's ``iso-codes``.
"""

from __future__ import annotations

import json
from pathlib import Path

from babel import Locale

from migdesk.identity.countries import _ISO_COUNTRIES, ICAO_SPECIAL_CODES

ROOT = Path(__file__).resolve().parents[1]
ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")
OUT = ROOT / "migdesk" / "resources" / "countries.json"
LANGUAGES = ("en", "kk", "hy")


def main() -> None:
    alpha2 = {c["alpha_3"]: c["alpha_2"] for c in json.loads(ISO_CODES.read_text())["3166-1"]}
    names: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        territories = Locale.parse(lang).territories
        names[lang] = {
            code: territories[alpha2[code]]
            for code in sorted(_ISO_COUNTRIES)
            if code in alpha2 and alpha2[code] in territories
        }
        missing = sorted(set(_ISO_COUNTRIES) - names[lang].keys() - set(ICAO_SPECIAL_CODES))
        if missing:
            raise SystemExit(f"{lang}: no CLDR name for {missing}")
    OUT.write_text(json.dumps(names, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
