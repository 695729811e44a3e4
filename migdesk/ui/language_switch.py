"""Changing the interface language while the program runs.

Kept apart from ``i18n`` (which loads the catalogs) and ``retranslate`` (which walks the
widgets), because it uses both: ``retranslate`` reads ``i18n``'s hub, so a switch living in
``i18n`` made the two modules import each other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from migdesk.ui import i18n, retranslate


def switch_language(lang: str) -> None:
    """Change the interface language now: every open window follows, nothing typed is lost."""
    app = QCoreApplication.instance()
    assert app is not None
    before = i18n.current_language()
    i18n.install_translators(app, lang)
    retranslate.retranslate_all(before, i18n.current_language())
    for listener in list(i18n.hub().listeners):
        listener(i18n.current_language())
