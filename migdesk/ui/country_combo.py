"""A country picker showing «KAZ — Казахстан», searchable by code or Russian name."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from migdesk.identity.countries import COUNTRIES, ICAO_SPECIAL_CODES, country_name
from migdesk.messages import current_language
from migdesk.ui.collation import collated
from migdesk.ui.display import country_label

# The two parties and their usual neighbours first; officers pick these most of the time.
FREQUENT = ("KAZ", "ARM", "RUS", "KGZ", "UZB", "TJK", "TKM", "AZE", "GEO", "BLR", "UKR", "CHN")


# (interface locale, language of the names) → codes in order and their labels. Collating
# the ~250 names took ~30 ms, paid by every person card (it has several of these combos).
_ORDERED: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {}


def ordered_codes() -> list[str]:
    return list(_ordered()[0])


def _ordered() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Codes in the picker's order and their labels, for the current language."""
    key = (QLocale().name(), current_language())
    cached = _ORDERED.get(key)
    if cached is None:
        rest = collated(
            (c for c in COUNTRIES if c not in FREQUENT and c not in ICAO_SPECIAL_CODES),
            key=country_name,
        )
        codes = (*FREQUENT, *ICAO_SPECIAL_CODES, *rest)
        cached = _ORDERED[key] = (codes, tuple(country_label(code) for code in codes))
    return cached


class CountryCombo(QComboBox):
    """Editable combo: type «арм» or «ARM» and pick; ``code()`` is None when nothing fits."""

    def __init__(self, parent: QWidget | None = None, *, empty_text: str | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        if empty_text is not None:
            self.addItem(empty_text, None)
        codes, labels = _ordered()
        for index, (code, label) in enumerate(zip(codes, labels, strict=True)):
            if index in (len(FREQUENT), len(FREQUENT) + len(ICAO_SPECIAL_CODES)):
                self.insertSeparator(self.count())
            self.addItem(label, code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        if line is not None:  # first of the slots: the one country is chosen before they run
            line.returnPressed.connect(self.choose_only_fit)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def retranslate(self) -> None:
        """After a language switch: country names as the catalog gives them now; what was
        typed stays."""
        typed, current = self.currentText(), self.currentIndex()
        was_item = current >= 0 and self.itemText(current) == typed
        for index in range(self.count()):
            code = self.itemData(index)
            if isinstance(code, str):
                self.setItemText(index, country_label(code))
        if not was_item:
            self.setEditText(typed)

    def code(self) -> str | None:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            data = self.itemData(index)
            return data if isinstance(data, str) else None
        upper = text.upper()
        if len(upper) == 3 and upper in COUNTRIES:
            return upper
        return None

    def choose_only_fit(self) -> None:
        """Enter after part of a name («казах», «Ղազ»): the one country whose name holds it
        is chosen. The popup showed it, but Enter without ↓ chose nothing, so a card's
        citizenship or the registry's filter took nothing. Several fit: the officer chooses."""
        typed = self.currentText().strip().casefold()
        if not typed or self.code() is not None:
            return
        fits = [
            index
            for index in range(self.count())
            if isinstance(self.itemData(index), str) and typed in self.itemText(index).casefold()
        ]
        if len(fits) == 1:
            self.setCurrentIndex(fits[0])

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else (0 if self.itemData(0) is None else -1)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code or "")
