"""Every interface language is complete, current and keeps what the code relies on.

For each ``translations/migdesk_<lang>.ts`` (English, Kazakh, Armenian): no string of the code
is missing, none is unfinished, none is obsolete; every translation keeps the placeholders
(``{name}``, ``%1``, ``%n``), the accelerator (one ``&`` where the source has one), HTML tags,
the leading/trailing spaces and a closing colon or ellipsis; and the compiled ``.qm`` says the
same as the ``.ts``. The fix for a failure is `make translations` and translating what it lists.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from migdesk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("en", "kk", "hy")

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?\d|%n")
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    texts: tuple[str, ...]  # the translation, or each numerus form
    kind: str | None  # None when finished; "unfinished", "obsolete", "vanished"…


def _entries(ts: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts.name}: a message without <translation>"
            forms = [form.text or "" for form in translation.iter("numerusform")]
            entries.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    tuple(forms) if forms else (translation.text or "",),
                    translation.get("type"),
                )
            )
    return entries


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every string the code passes to tr(), as lupdate finds them now."""
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).with_name("pyside6-lupdate")
    )
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run(
        [lupdate, "-extensions", "py", str(ROOT / "migdesk" / "ui"), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    found = {(entry.context, entry.source) for entry in _entries(fresh)}
    assert len(found) > 500, "lupdate found almost nothing: is -extensions py still right?"
    return found


def _problems(source: str, text: str) -> list[str]:
    """What a translation ``text`` breaks of its ``source``; empty when it keeps everything."""
    problems = []
    if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
        problems.append("placeholders")
    if Counter(HTML_TAG.findall(source)) != Counter(HTML_TAG.findall(text)):
        problems.append("HTML tags")
    wanted = len(ACCELERATOR.findall(source))
    if len(ACCELERATOR.findall(text)) != wanted:
        problems.append(f"accelerator (want {wanted} '&')")
    if source[:1].isspace() != text[:1].isspace() or source[-1:].isspace() != text[-1:].isspace():
        problems.append("leading/trailing space")
    for ending in ("…", ":"):
        if source.rstrip().endswith(ending) != text.rstrip().endswith(ending):
            problems.append(f"closing {ending!r}")
    return problems


def test_problem_finder_catches_what_it_should() -> None:
    assert _problems("Хранилище: {name}", "Vault: {name}") == []
    assert _problems("&Файл", "&Ֆայլ") == []
    assert _problems("Записей: {count}", "Entries: {cnt}") == ["placeholders"]
    assert _problems("Записей — {count}", "Entries") == ["placeholders"]
    assert _problems("&Обмен", "Exchange") == ["accelerator (want 1 '&')"]
    assert _problems("Файл", "&File") == ["accelerator (want 0 '&')"]
    assert _problems("Отменено. ", "Cancelled.") == ["leading/trailing space"]
    assert _problems("Обзор…", "Browse") == ["closing '…'"]
    assert _problems("Пароль:", "Password") == ["closing ':'"]
    assert _problems("<b>%1</b>", "%1") == ["HTML tags"]
    assert _problems("%n записей", "%n entries") == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_linguist_file_is_complete_current_and_faithful(
    lang: str, in_code: set[tuple[str, str]]
) -> None:
    entries = _entries(TRANSLATIONS / f"migdesk_{lang}.ts")
    keys = {(entry.context, entry.source) for entry in entries}
    missing = sorted(in_code - keys)
    obsolete = sorted(
        (entry.context, entry.source)
        for entry in entries
        if (entry.context, entry.source) not in in_code or entry.kind in ("obsolete", "vanished")
    )
    unfinished = sorted(
        (entry.context, entry.source)
        for entry in entries
        if entry.kind == "unfinished" or not all(entry.texts)
    )
    broken = sorted(
        (entry.context, entry.source, text, problem)
        for entry in entries
        for text in entry.texts
        for problem in _problems(entry.source, text)
    )
    report = {"missing": missing, "obsolete": obsolete, "unfinished": unfinished, "broken": broken}
    assert not any(report.values()), f"migdesk_{lang}.ts (see translations/README.md): {report}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_qm_matches_the_linguist_file(qapp: QApplication, lang: str) -> None:
    translator = QTranslator()
    assert translator.load(str(i18n.qm_path(lang))), f"migdesk_{lang}.qm missing or unreadable"
    stale = [
        (entry.context, entry.source)
        for entry in _entries(TRANSLATIONS / f"migdesk_{lang}.ts")
        if entry.kind is None
        and len(entry.texts) == 1
        and translator.translate(entry.context, entry.source) != entry.texts[0]
    ]
    assert stale == [], f"migdesk_{lang}.qm is older than its .ts: run make translations"
