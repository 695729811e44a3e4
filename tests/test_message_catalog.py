"""The gettext catalog of domain and CLI messages (``migdesk/messages.py``).

* every Russian string literal in ``migdesk/`` outside the GUI is wrapped in ``_()``/``N_()``
  unless its file is Russian data (allow-list below), so a new unwrapped message fails;
* ``messages.pot`` holds exactly what the code marks, every msgid has a finished translation
  in each checked ``.po`` and keeps its ``{placeholders}``;
* the compiled ``.mo`` (package data) says what its ``.po`` says.
"""

from __future__ import annotations

import ast
import gettext
import re
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "migdesk"
CATALOGS = ROOT / "translations" / "messages"
CYRILLIC = re.compile(r"[А-Яа-яЁё]")

# Languages whose .po must be complete: English by whoever adds a message, Kazakh and
# Armenian by the translators (issue 15).
CHECKED = ("en", "kk", "hy")

# Files (relative to migdesk/) whose Russian literals are data or documents, not messages.
ALLOWED_FILES = {
    "identity/translit.py": "Russian-name transliteration tables",
    "identity/name_keys.py": "Russian-name matching keys",
    "identity/countries.py": "Russian country names (other languages: CLDR)",
    "signing/stamp.py": "the signature stamp drawn on a Russian document",
    "languages.py": "each language named in itself, the same in every interface language",
    "requests/demo.py": "clearly synthetic demo requests (data)",
}
# Single literals that are stored data or written into documents, not messages.
ALLOWED_LITERALS = {
    ("signing/service.py", "Запрос"): "attachment names of signed copies (stored)",
    ("signing/service.py", "Запрос о подтверждении"): "attachment names of signed copies",
    ("signing/service.py", "Письмо"): "attachment names of signed copies",
    ("signing/service.py", ", подписан.pdf"): "attachment names of signed copies",
    ("signing/service.py", "Письмо № "): "attachment names of signed step letters (stored)",
    ("signing/service.py", ", подписано.pdf"): "attachment names of signed step letters",
    ("signing/service.py", ": подписание документа № "): "the reason inside the PDF signature",
    ("security/handling.py", "запрос № "): "a purpose stored in the handling marks",
    ("exchange/cover_items.py", "Информация без запроса (ст. 8): сведения о лицах — "): "stored",
    ("exchange/cover_items.py", "Сопроводительный текст не приложен."): "stored, in letters",
    ("exchange/signatory_export.py", "пакет № "): "a stored reference",
    ("exchange/signatory_export.py", " в "): "a stored reference",
    ("exchange/signatory_items.py", "пакет "): "a stored reference",
    ("exchange/signatory_items.py", ", уведомление "): "a stored reference",
    ("persons/codec.py", "[^0-9A-ZА-ЯЁ]"): "a regular expression",
    ("requests/journal.py", "{seq}-вх"): "the default number pattern, stored in the journal",
    ("requests/journal.py", "{seq}-исх"): "the default number pattern, stored in the journal",
    ("persons/search.py", "[^0-9a-zа-яё]"): "a regular expression",
    ("persons/search_index.py", "[^0-9A-Za-zА-Яа-яЁё]"): "a regular expression",
}
# Folders whose Russian literals are documents or written once into the vault.
ALLOWED_DIRS = {
    "ui": "the GUI: Qt Linguist (translations/migdesk_*.ts)",
    "reports": "documents are Russian whatever the interface language (Article 15)",
    "demo": "Russian sample persons of the demo vault",
    "migrations": "what a migration writes into the vault is stored data",
}


def _marked(call: ast.AST) -> bool:
    return (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id in ("_", "N_", "pgettext", "ngettext")
    )


def _docstrings(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def unwrapped_literals(path: Path) -> list[tuple[int, str]]:
    """Russian string literals of ``path`` outside ``_()``/``N_()`` and docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    inside: set[int] = set()
    for node in ast.walk(tree):
        if _marked(node):
            inside.update(id(n) for n in ast.walk(node))
        # a bare string statement is a comment-like docstring of an attribute
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if id(node) in inside or id(node) in skip:
            continue
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and CYRILLIC.search(node.value)
        ):
            found.append((node.lineno, node.value))
    return sorted(set(found))


# Not wrapped yet (issue 15 is under way): each leaves this list when its messages are wrapped.
PENDING: set[str] = set()


def _scanned_files() -> list[Path]:
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        top = rel.split("/")[0]
        if rel in ALLOWED_FILES or top in ALLOWED_DIRS or top in PENDING:
            continue
        files.append(path)
    return files


def test_russian_messages_outside_the_gui_are_wrapped() -> None:
    offenders = [
        f"migdesk/{path.relative_to(PACKAGE).as_posix()}:{line}: {text[:60]!r}"
        for path in _scanned_files()
        for line, text in unwrapped_literals(path)
        if (path.relative_to(PACKAGE).as_posix(), text) not in ALLOWED_LITERALS
    ]
    assert offenders == [], (
        "Wrap these in _() / N_() (see migdesk/messages.py) or, if they are data, add the "
        "file to the allow-list:\n" + "\n".join(offenders)
    )


def _format_calls(path: Path) -> list[tuple[int, str, set[str]]]:
    """``_("…").format(...)`` calls of ``path``: line, msgid, keyword names."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and _marked(node.func.value)
        ):
            inner = node.func.value
            assert isinstance(inner, ast.Call)
            if inner.args and isinstance(inner.args[0], ast.Constant):
                found.append(
                    (node.lineno, str(inner.args[0].value), {k.arg or "" for k in node.keywords})
                )
    return found


def test_each_format_call_fills_exactly_the_placeholders_of_its_message() -> None:
    """A placeholder without its argument raises at run time in every language; an argument
    without its placeholder is lost (and the translators never see it)."""
    wrong = [
        f"migdesk/{path.relative_to(PACKAGE).as_posix()}:{line}: {msgid[:50]!r}"
        for path in _scanned_files()
        for line, msgid, names in _format_calls(path)
        if _placeholders(msgid) != names
    ]
    assert wrong == []


def _extracted() -> set[str]:
    found = set()
    for _file, _line, msgid, _comments, _context in extract_from_dir(
        str(PACKAGE),
        method_map=[("ui/**.py", "ignore"), ("**.py", "python")],
    ):
        if isinstance(msgid, tuple):  # ngettext: singular and plural
            msgid = msgid[0]
        if isinstance(msgid, str) and msgid:
            found.add(msgid)
    return found


def _read(name: str) -> Catalog:
    with (CATALOGS / name).open("rb") as stream:
        return read_po(stream)


def _msgid(message: Message) -> str:
    """The msgid; of a plural message (``ngettext``), its singular."""
    return str(message.id[0] if isinstance(message.id, tuple | list) else message.id)


def _forms(message: Message) -> list[str]:
    """The translation; of a plural message, each of its forms."""
    if isinstance(message.string, tuple | list):
        return [str(form) for form in message.string]
    return [str(message.string)]


def _ids(catalog: Catalog) -> set[str]:
    return {_msgid(m) for m in catalog if m.id}


def test_the_template_holds_what_the_code_marks() -> None:
    code, template = _extracted(), _ids(_read("messages.pot"))
    assert sorted(code - template) == [], "run `make messages`"
    assert sorted(template - code) == [], "run `make messages`"


def _placeholders(text: str) -> set[str]:
    try:
        return {name for _t, name, _s, _c in string.Formatter().parse(text) if name is not None}
    except ValueError:  # literal braces that are not a format string
        return {"<unparsable>"}


@pytest.mark.parametrize("lang", CHECKED)
def test_every_message_is_translated_with_its_placeholders(lang: str) -> None:
    template = _ids(_read("messages.pot"))
    catalog = _read(f"{lang}.po")
    translated = {_msgid(m): m for m in catalog if m.id}
    missing = sorted(template - translated.keys())
    unfinished = sorted(
        msgid
        for msgid in template & translated.keys()
        if not all(_forms(translated[msgid])) or translated[msgid].fuzzy
    )
    assert missing == [], f"{lang}.po lacks {len(missing)}: run `make messages`"
    assert unfinished == [], f"{lang}.po: {len(unfinished)} unfinished: {unfinished[:10]}"
    broken = [
        msgid
        for msgid in template
        if any(_placeholders(msgid) != _placeholders(f) for f in _forms(translated[msgid]))
    ]
    assert broken == [], f"{lang}.po drops or renames placeholders: {broken[:10]}"


@pytest.mark.parametrize("lang", ("en", "kk", "hy"))
def test_the_compiled_catalog_says_what_the_po_says(lang: str) -> None:
    mo = PACKAGE / "locale" / lang / "LC_MESSAGES" / "migdesk.mo"
    with mo.open("rb") as stream:
        compiled = gettext.GNUTranslations(stream)
    for message in _read(f"{lang}.po"):
        if isinstance(message.id, tuple | list) and all(_forms(message)):
            # A plural message: each of the language's forms, asked by a number taking it.
            forms = _forms(message)
            numbers = {compiled.plural(n): n for n in range(200, -1, -1)}  # type: ignore[attr-defined]
            for index, form in enumerate(forms):
                found = compiled.ngettext(str(message.id[0]), str(message.id[1]), numbers[index])
                assert found == form, "run `make messages`"
            continue
        if message.id and message.string and not message.fuzzy:
            found = (
                compiled.pgettext(message.context, str(message.id))
                if message.context
                else compiled.gettext(str(message.id))
            )
            assert found == message.string, "run `make messages`"
