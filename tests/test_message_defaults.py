"""A default argument is evaluated once, at import: a ``_()`` there is frozen in the language
of that moment (Russian), and the GUI kept showing it after a switch to English («not given
(обязательно)»). Defaults are ``None`` and the message is translated in the call."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "migdesk"


def _translated_defaults(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            defaults = [*node.args.defaults, *node.args.kw_defaults]
            for default in defaults:
                if (
                    isinstance(default, ast.Call)
                    and isinstance(default.func, ast.Name)
                    and default.func.id in ("_", "pgettext")
                ):
                    found.append(f"{path.relative_to(PACKAGE.parent)}:{default.lineno}")
    return found


def test_no_default_argument_is_translated_at_import() -> None:
    found = [hit for path in sorted(PACKAGE.rglob("*.py")) for hit in _translated_defaults(path)]
    assert found == []
