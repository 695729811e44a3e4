"""Fill Qt Linguist files and gettext catalogs from a translation mapping (the top-up tool).

    python tools/ts_fill.py pending translations/migdesk_kk.ts > todo.json
    # translate: each item of todo.json gets a "translation" (or a list for numerus forms)
    python tools/ts_fill.py fill translations/migdesk_kk.ts done.json
    make translations            # normalises the .ts layout and compiles the .qm and .mo

`pending` lists the unfinished entries with their English translation (for meaning).
`fill` writes the translations of a mapping into the unfinished entries: an item with a
"context" fills only that context, one without fills the source in every context.
Existing finished translations are kept unless --overwrite is given.
The same two commands take a message catalog, ``translations/messages/<lang>.po`` (the
English for meaning comes from ``en.po``); there "unfinished" means an empty msgstr.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = ROOT / "translations" / "migdesk_en.ts"
ENGLISH_PO = ROOT / "translations" / "messages" / "en.po"


def _english() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(ENGLISH).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found[(name, message.findtext("source") or "")] = (
                " | ".join(forms) if forms else translation.text or ""
            )
    return found


def pending(ts: Path) -> list[dict[str, Any]]:
    """The unfinished entries of a .ts file, with the English translation for meaning."""
    english = _english()
    items: list[dict[str, Any]] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            item: dict[str, Any] = {
                "context": name,
                "source": source,
                "english": english.get((name, source), ""),
            }
            if message.get("numerus") == "yes":
                item["numerus"] = len(list(translation.iter("numerusform")))
            if message.findtext("comment"):
                item["comment"] = message.findtext("comment")
            items.append(item)
    return items


def fill(ts: Path, mapping: list[dict[str, Any]], overwrite: bool = False) -> tuple[int, int]:
    """Write the mapping into ``ts``; returns (entries filled, entries still unfinished)."""
    by_context: dict[tuple[str, str], Any] = {}
    by_source: dict[str, Any] = {}
    for item in mapping:
        if item.get("context"):
            by_context[(item["context"], item["source"])] = item["translation"]
        else:
            by_source[item["source"]] = item["translation"]
    tree = ET.parse(ts)
    filled = left = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            unfinished = translation.get("type") == "unfinished"
            source = message.findtext("source") or ""
            text = by_context.get((name, source), by_source.get(source))
            if text is None or not (unfinished or overwrite):
                left += unfinished
                continue
            forms = list(translation.iter("numerusform"))
            if forms:
                texts = text if isinstance(text, list) else [text]
                for index, form in enumerate(forms):
                    form.text = texts[min(index, len(texts) - 1)]
            else:
                translation.text = text if isinstance(text, str) else text[0]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    # ElementTree drops the DOCTYPE line that Qt Linguist writes; put it back.
    lines = ts.read_text(encoding="utf-8").split("\n", 1)
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + lines[1], encoding="utf-8"
    )
    return filled, left


def _read_po(path: Path) -> Any:
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        return read_po(handle)


def pending_po(po: Path) -> list[dict[str, Any]]:
    """The messages of a gettext catalog without a translation, with the English for meaning."""
    english = _read_po(ENGLISH_PO)
    items: list[dict[str, Any]] = []
    for message in _read_po(po):
        if not message.id or (
            message.string if isinstance(message.string, str) else all(message.string)
        ):
            continue
        item: dict[str, Any] = {"source": message.id}
        if message.context:
            item["context"] = message.context
        known = english.get(message.id, message.context)
        item["english"] = known.string if known is not None else ""
        items.append(item)
    return items


def fill_po(po: Path, mapping: list[dict[str, Any]], overwrite: bool = False) -> tuple[int, int]:
    """Write the mapping into the catalog ``po``; returns (filled, still untranslated)."""
    from babel.messages.pofile import write_po

    wanted = {(item.get("context") or None, _key(item["source"])): item for item in mapping}
    catalog = _read_po(po)
    filled = left = 0
    for message in catalog:
        if not message.id:
            continue
        empty = not message.string or (
            not isinstance(message.string, str) and not all(message.string)
        )
        item = wanted.get((message.context, _key(message.id))) or wanted.get(
            (None, _key(message.id))
        )
        if item is None or not (empty or overwrite):
            left += empty
            continue
        text = item["translation"]
        message.string = tuple(text) if isinstance(message.id, (list, tuple)) else text
        message.flags.discard("fuzzy")
        filled += 1
    with po.open("wb") as handle:  # the layout of `make messages` (pybabel --no-wrap)
        write_po(handle, catalog, width=0)
    return filled, left


def _key(source: str | list[str] | tuple[str, ...]) -> str | tuple[str, ...]:
    return source if isinstance(source, str) else tuple(source)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    show = commands.add_parser("pending", help="list the unfinished entries as JSON")
    show.add_argument("ts", type=Path, help="a .ts file or a .po catalog")
    put = commands.add_parser("fill", help="write translations from a JSON mapping")
    put.add_argument("ts", type=Path, help="a .ts file or a .po catalog")
    put.add_argument("mapping", type=Path)
    put.add_argument("--overwrite", action="store_true", help="replace finished entries too")
    args = parser.parse_args(argv)
    is_po = args.ts.suffix == ".po"
    if args.command == "pending":
        items = pending_po(args.ts) if is_po else pending(args.ts)
        json.dump(items, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    mapping = json.loads(args.mapping.read_text(encoding="utf-8"))
    filling = fill_po if is_po else fill
    filled, left = filling(args.ts, mapping, overwrite=args.overwrite)
    print(f"{args.ts.name}: filled {filled}, still unfinished {left}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
