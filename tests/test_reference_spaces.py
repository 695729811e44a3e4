"""«ст. 10», «п. 3», «Art. 9.3», «հոդված 17»: an article or point reference is held to its
number by a no-break space (U+00A0) in the interface catalogs, so a label never breaks
between «ст.» and the number.

Scanned: the Russian sources and every translation of ``translations/migdesk_*.ts`` (the
GUI's tr() strings) and of ``translations/messages`` (the domain's and CLI's ``_()``
messages). Kazakh writes the number first with a hyphen («10-бап», «9-баптың 3-тармағы»),
so it has no such space to hold. Documents get their no-break spaces when laid out
(``migdesk/reports/typography.py``), not here.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
MESSAGES = TRANSLATIONS / "messages"

_RU = (
    r"(?<!\w)(?:ст|стт|п|пп|ч|подп|абз)\."
    r"|(?<!\w)(?:[Сс]тать[а-яё]*|[Пп]ункт[а-яё]*|[Пп]одпункт[а-яё]*|[Чч]аст[ьиейюя]+)"
)
_EN = r"(?<!\w)(?:Arts?\.|Articles?|[Pp]aras?\.|[Pp]aragraphs?|[Ss]ubparagraphs?)"
_HY = r"(?<!\w)(?:հոդված[\u0561-\u0587]*|(?:ենթա)?կետ[\u0561-\u0587]*)"
# A reference, then a plain space, then its number.
PLAIN = re.compile(rf"(?:{_RU}|{_EN}|{_HY}) (?=\d)")

# Russian msgids that keep the plain space: each is also data, not only a message. Its
# Russian text is what ``--json`` carries (the JSON output is byte-identical in every
# language and across versions), what a Russian document prints and what the vault stores,
# or it refuses a received record in a bundle import, whose refusal message the import's
# ``--json`` output carries. Their en, kk and hy translations have the no-break space.
_LABEL = "a label: --json, documents and stored data carry the Russian text"
_IMPORT = "also refuses a received record in a bundle import (its --json carries the message)"
KEPT_PLAIN: dict[str, str] = {
    "Категории сведений (ст. 5)": _LABEL,
    "Категория (ст. 4)": _LABEL,
    "Основания отказа (п. 4 ст. 10)": _LABEL,
    "документы, удостоверяющие личность (подп. 4 п. 1 ст. 5)": _LABEL,
    "запрос (ст. 8, 9)": _LABEL,
    # the document kinds (`doc kinds --json` carries them, the audit PDF prints them)
    "акт об уничтожении информации (п. 5 ст. 11)": _LABEL,
    "запрос дополнительных сведений (абз. 2 п. 1 ст. 10)": _LABEL,
    "направление дополнительных сведений, запрошенных другой Стороной (абз. 2 п. 1 ст. 10)": _LABEL,
    "исходящий запрос (п. 2 ст. 9)": _LABEL,
    "ответ о результатах исполнения запроса (п. 3 ст. 10)": _LABEL,
    "решение запрашивающей Стороны: исполнять без соблюдения конф"
    "иденциальности или отозвать запрос (абз. 2 п. 1 ст. 11)": _LABEL,
    "сведения о лице (ст. 6)": _LABEL,
    "согласие или отказ в согласии на передачу третьей стороне (п. 3 ст. 11)": _LABEL,
    "сопроводительное письмо к информации без запроса (ст. 8)": _LABEL,
    "уведомление о невозможности исполнения запроса без нарушения"
    " конфиденциальности (абз. 2 п. 1 ст. 11)": _LABEL,
    "уведомление о полном или частичном отказе с причинами (п. 4 ст. 10)": _LABEL,
    "уведомление об обстоятельствах, препятствующих исполнению (абз. 3 п. 1 ст. 10)": _LABEL,
    "уведомление об отсрочке или условиях исполнения (п. 2 ст. 10)": _LABEL,
    "запрос о подтверждении (п. 5 ст. 9)": _LABEL,
    "запрос о подтверждении подлинности или содержания (п. 5 ст. 9)": _LABEL,
    "информация (ст. 8)": _LABEL,
    "информация без запроса (ст. 8)": _LABEL,
    "исполнение без нарушения конфиденциальности невозможно: ожидается решение "
    "запрашивающей Стороны (п. 1 ст. 11)": _LABEL,
    "исполнение отложено или обусловлено (п. 2 ст. 10)": _LABEL,
    "истечение срока хранения (п. 5 ст. 11 Соглашения)": _LABEL,
    "ограничения на въезд (выезд) и выдворение (п. 2 ст. 5)": _LABEL,
    "приём, восстановление в гражданстве, принадлежность к гражданству "
    "(подп. 3 п. 1 ст. 5)": _LABEL,
    "статус проживания и право на работу (подп. 2 п. 1 ст. 5)": _LABEL,
    "уведомление о выполнении внутригосударственных процедур (ст. 17)": _LABEL,
    "уведомление о прекращении действия Соглашения (ст. 17)": _LABEL,
    "учёт (регистрация) по месту пребывания (жительства) (подп. 1 п. 1 ст. 5)": _LABEL,
    "«{code}» не категория ст. 5; допустимы: ": _IMPORT,
    "«{ground}» не является основанием отказа по п. 4 ст. 10; допустимы: ": _IMPORT,
    "Не указана цель, для которой сведения предоставлены (ст. 11.2).": _IMPORT,
    "какие сведения нужны, п. 1 ст. 10": _IMPORT,
    "какому производству помешает исполнение, п. 2 ст. 10": _IMPORT,
    "компетентный орган «{code}» не найден в реестре (ст. 2)": _IMPORT,
    "не категория ст. 4; допустимы: {allowed}": _IMPORT,
    "не указано ни одного основания отказа по п. 4 ст. 10 ({allowed})": _IMPORT,
    "не указано, кто подписывает (п. 3 ст. 9)": _IMPORT,
    "обстоятельства, п. 1 ст. 10": _IMPORT,
    "п. 2 ст. 10": _IMPORT,
    "п. 2 ст. 9": _IMPORT,
    "п. 3 ст. 9": _IMPORT,
    "п. 4 ст. 10": _IMPORT,
    "п. 5 ст. 9": _IMPORT,
    "результаты исполнения, п. 3 ст. 10": _IMPORT,
    "ст. 2": _IMPORT,
    "ст. 8": _IMPORT,
    "что именно не удастся сохранить в тайне и почему, п. 1 ст. 11": _IMPORT,
}


def _ts_texts(lang: str) -> list[tuple[str, str]]:
    tree = ET.parse(TRANSLATIONS / f"migdesk_{lang}.ts")
    texts = []
    for message in tree.iter("message"):
        for tag in ("source", "translation"):
            element = message.find(tag)
            if element is not None and element.text:
                texts.append((tag, element.text))
    return texts


def _catalog(name: str) -> list[tuple[str, str]]:
    with (MESSAGES / name).open("rb") as stream:
        catalog = read_po(stream)
    return [(str(m.id), str(m.string or "")) for m in catalog if m.id]


def test_the_pattern_finds_plain_spaces_and_passes_no_break_ones() -> None:
    for text in ("ст. 10", "(п. 3 ст. 9)", "статьи 11", "Art. 9.3", "հոդված 17", "կետ 3"):
        assert PLAIN.search(text), text
    for text in ("ст.\u00a010", "п.\u00a03 ст.\u00a09", "Art.\u00a09.3", "հոդված\u00a017"):
        assert not PLAIN.search(text), text
    for text in ("10-бап", "9-баптың 3-тармағы", "пост. 5", "Part 3", "есть 5 лиц"):
        assert not PLAIN.search(text), text


@pytest.mark.parametrize("lang", ["en", "kk", "hy"])
def test_gui_strings_hold_references_to_their_numbers(lang: str) -> None:
    plain = [(tag, text) for tag, text in _ts_texts(lang) if PLAIN.search(text)]
    assert plain == []


def test_messages_hold_references_to_their_numbers_unless_they_are_data() -> None:
    msgids = [msgid for msgid, _ in _catalog("messages.pot")]
    plain = [m for m in msgids if PLAIN.search(m) and m not in KEPT_PLAIN]
    assert plain == []
    assert sorted(set(KEPT_PLAIN) - set(msgids)) == []  # no stale exception


@pytest.mark.parametrize("lang", ["en", "kk", "hy"])
def test_message_translations_hold_references_to_their_numbers(lang: str) -> None:
    plain = [text for _, text in _catalog(f"{lang}.po") if PLAIN.search(text)]
    assert plain == []
