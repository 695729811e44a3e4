"""One Russian term, one Kazakh and one Armenian term: a string of the interface that occurs in
several windows is translated the same way in each, so the officer never wonders whether
«Қолданылады» in the card and «Қолданылу басы» in the registries are the same date."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import pytest
from babel.messages.pofile import read_po

from tests.ui.test_translations_complete import TRANSLATIONS, _entries

# (language, Russian source, context): a translation that differs on purpose, and why.
ON_PURPOSE = {
    # «Отчёт за месяцы с [01.2026] по [12.2026]»: Kazakh puts the range as «01.2026 — 12.2026».
    ("kk", "по", "ReportPanel"),
}


@pytest.mark.parametrize("lang", ["kk", "hy"])
def test_a_string_in_several_windows_is_translated_alike(lang: str) -> None:
    seen: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for entry in _entries(TRANSLATIONS / f"migdesk_{lang}.ts"):
        if entry.kind is None and (lang, entry.source, entry.context) not in ON_PURPOSE:
            seen[entry.source][" / ".join(entry.texts)].append(entry.context)
    differing = {source: dict(texts) for source, texts in seen.items() if len(texts) > 1}
    assert not differing, differing


# (language, context, translation): different strings of one window that may read alike.
ALIKE_ON_PURPOSE = {
    # «Отказать» (the button) and «отказ» (the answer's kind): Kazakh's verbal noun is both.
    ("kk", "AnswerDialog", "бас тарту"),
    # «Прекратить полномочия…» (the button) and «Прекращение полномочий» (its dialog's title).
    ("kk", "SignatoriesTab", "өкілеттіктерді тоқтату"),
}
UNIT_TAIL = re.compile(r",\s*\w+\s*:?$")  # «Срок хранения, лет:» is the term «Срок хранения»


def _term(text: str) -> str:
    return UNIT_TAIL.sub("", text.strip()).rstrip(":…").strip().lower()


@pytest.mark.parametrize("lang", ["kk", "hy"])
def test_two_strings_of_one_window_never_read_alike(lang: str) -> None:
    """In the Kazakh retention list «Хранить до» (a date) read «Сақтау мерзімі», the words
    the same window uses for «Срок хранения, лет» (a number of years)."""
    sources: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry in _entries(TRANSLATIONS / f"migdesk_{lang}.ts"):
        if entry.kind is None and len(entry.texts) == 1:
            sources[(entry.context, _term(entry.texts[0]))].add(_term(entry.source))
    alike = {
        key: names
        for key, names in sources.items()
        if len(names) > 1 and (lang, *key) not in ALIKE_ON_PURPOSE
    }
    assert not alike, alike


def test_english_quotes_in_english() -> None:
    """«ёлочки» are Russian (and Kazakh, Armenian) quotes; English uses “…” (the deadline
    banner said «Signatories and blanks»)."""
    texts = [t for e in _entries(TRANSLATIONS / "migdesk_en.ts") for t in e.texts]
    po = (TRANSLATIONS / "messages" / "en.po").read_text(encoding="utf-8").splitlines()
    texts += [line for line in po if line.startswith("msgstr")]
    assert not [t for t in texts if "«" in t or "»" in t]


# ---- one notion, one term: the windows (.ts) and the messages (.po) together -----------------


@dataclass(frozen=True)
class Text:
    where: str  # the .ts context, or MESSAGES for the domain's and CLI's gettext catalog
    source: str  # the Russian
    english: str  # the English translation: one meaning, when two sources read alike
    text: str  # the translation


MESSAGES = "messages"


def _po(name: str) -> dict[str, str]:
    with (TRANSLATIONS / "messages" / name).open("rb") as stream:
        return {str(m.id): str(m.string or "") for m in read_po(stream) if isinstance(m.id, str)}


def catalog_texts(lang: str) -> list[Text]:
    """Every finished translation of ``lang``: the windows' and the messages'."""
    english = {(e.context, e.source): e.texts[0] for e in _entries(TRANSLATIONS / "migdesk_en.ts")}
    texts = [
        Text(entry.context, entry.source, english.get((entry.context, entry.source), ""), text)
        for entry in _entries(TRANSLATIONS / f"migdesk_{lang}.ts")
        if entry.kind is None
        for text in entry.texts
    ]
    english_po = _po("en.po")
    texts += [
        Text(MESSAGES, source, english_po.get(source, ""), text)
        for source, text in _po(f"{lang}.po").items()
        if source and text
    ]
    return texts


# Where a word is meant otherwise than as the same word elsewhere.
EVENTS = {"RequestSteps", "RequestActions"}  # a step happened («Қол қойылды», «Ստորագրվել է»)…
SLUGS = {"DocumentFile"}  # …and file names («сұрау-салу»), not a state or a label
NOTION_ON_PURPOSE = {
    # «Согласие», a kind of audit record: «Келісім» alone, capitalised, is the Agreement.
    ("kk", "Согласие", MESSAGES),
    # The person card's tab bar holds eleven tabs at 1366 px: the short form of the term.
    ("hy", "Учёт (регистрация)", "PersonForm"),
    # Columns of dates, «Ստացվել է» (was received on), not the state «ստացված» (received).
    ("hy", "Получено", "AgreementTab"),
    ("hy", "Получено", "AuthoritiesTab"),
    ("hy", "Получено", "ReceivedPanel"),
}


def _notion(text: str) -> str:
    return text.strip().rstrip(":").strip().lower()


@pytest.mark.parametrize("lang", ["kk", "hy"])
def test_one_notion_reads_alike_in_the_windows_and_the_messages(lang: str) -> None:
    """The retention list said «Сақтау соңы» (keep until) and a card's history, whose field
    names come from the messages, «Сақтау мерзімі» (the retention period) for the same date;
    the family tab «баласы» and the bundle preview «… тұлғасының бала» (no possessive)."""
    seen: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for t in catalog_texts(lang):
        exempt = t.where in EVENTS | SLUGS or (lang, t.source, t.where) in ON_PURPOSE
        if not exempt and (lang, t.source, t.where) not in NOTION_ON_PURPOSE:
            seen[(_notion(t.source), _notion(t.english))][_notion(t.text)].append(t.where)
    differing = {notion: dict(texts) for notion, texts in seen.items() if len(texts) > 1}
    assert not differing, differing


# ---- the glossary (translations/glossary.csv) pinned ---------------------------------------

# (Russian, Kazakh, Armenian) stems: every translation of a text with the Russian term uses the
# glossary's term, in whatever case or number. Verbs are left out on purpose («запросите» is
# «сұратыңыз», «պահանջեք»): the pins are the product's nouns.
GLOSSARY = [
    (r"хранилищ", r"қойма", r"պահոց"),
    (r"(?<![а-яё])пакет", r"пакет", r"փաթեթ"),
    (r"курьер", r"курьер", r"սուրհանդակ"),
    (r"(?<![а-яё])запрос(?!и)", r"сұра[ултс]", r"հարց|հայց"),
    (r"(?<![а-яё])ответ", r"жауа[пб]", r"պատասխան"),
    (r"подпис(?!ант)", r"қол", r"ստորագր"),
    (r"подписант", r"қол қоюшы", r"ստորագրող"),
    (r"уполномоченн", r"уәкілетті", r"լիազոր"),
    (r"компетентн", r"құзыретті", r"իրավասու"),
    (r"гражданств", r"азаматт", r"քաղաքացի"),
    (r"въезд", r"келу|келг", r"մուտք"),
    (r"выезд", r"кету|шығу", r"ելք"),
    (r"дубликат", r"телнұсқа", r"կրկնօրինակ"),
    (r"срок[а-яё]* хранени", r"сақтау мерзім", r"պահպանման (?:լռելյայն )?ժամկետ"),
    (r"(?<![а-яё])хранить до(?!\s*\{)", r"сақтау соңы", r"պահել մինչև"),  # a date's label
    (r"уничтож", r"жою|жой", r"ոչնչաց"),
    (r"журнал", r"журнал", r"մատյան"),
    (r"вложени", r"тіркеме", r"կցորդ"),
    (r"резервн[а-яё]* коп", r"сақтық көшірме", r"պահուստային պատճեն"),
    (r"сертификат", r"сертификат", r"վկայագ"),
    (r"парол", r"құпиясөз", r"գաղտնաբառ"),
    (r"(?<![а-яё])соглашени", r"келісім", r"համաձայնագ"),
    (r"(?<![а-яё])согласи[еяюй]", r"келісім", r"համաձայնությ"),
    (r"шифр", r"шифр", r"գաղտնագր|վերծան"),
    (r"носител", r"тасығыш", r"կրիչ"),
    (r"отпечат", r"саусақ із", r"մատնահետք"),
    (r"руководител", r"басшы", r"ղեկավար"),
    (r"администратор", r"әкімші", r"ադմինիստրատոր"),
    (r"сотрудник", r"қызметкер", r"աշխատակ[ից]"),
    (r"отказ", r"бас тарт", r"մերժ"),
    (r"уведомлени", r"хабарлам|хабарла", r"ծանուց"),
    (r"тематическ", r"тақырыптық", r"թեմատիկ"),
    (r"сопроводительн", r"ілеспе", r"ուղեկց"),
    (r"конфиденциальн", r"құпия", r"գաղտնի"),
    (r"отправител", r"жіберуш", r"ուղարկող"),
    (r"(?<![а-яё])реестр(?! передачи)", r"тізілім", r"ռեեստր|ցանկ"),
    (r"исходящ", r"шығыс", r"ելքային|ելից"),
    (r"входящ", r"кіріс", r"մուտքային"),
    (r"ИИН", r"ЖСН", r"ИИН"),
    (r"БИН", r"БСН", r"БИН"),  # the Kazakh designations stay Cyrillic in Armenian (not ԲԻՆ)
    (r"работодател", r"жұмыс беруші", r"գործատու"),
    # «from» kept: the Armenian column «Получено от» read «Ստացվել է» (received), now «Ումից…»
    (r"получено от(?![а-яё])", r"[нд][ае]н|т[ае]н|[нд]ен|тен", r"ից"),
]


def glossary_misses(lang: str, texts: list[Text]) -> list[tuple[str, str, str]]:
    column = {"kk": 1, "hy": 2}[lang]
    misses = []
    for pin in GLOSSARY:
        russian, term = re.compile(pin[0], re.IGNORECASE), re.compile(pin[column], re.IGNORECASE)
        misses += [
            (pin[column], t.source, t.text)
            for t in texts
            if russian.search(t.source) and not term.search(t.text)
        ]
    return misses


def test_the_glossary_check_finds_a_drifted_term() -> None:
    drifted = [Text(MESSAGES, "Хранилище не открыто", "", "Дерекқор ашылмады")]
    assert glossary_misses("kk", drifted) == [("қойма", "Хранилище не открыто", drifted[0].text)]
    kept = [Text(MESSAGES, "Хранилище не открыто", "", "Қойма ашылмады")]
    assert glossary_misses("kk", kept) == []


@pytest.mark.parametrize("lang", ["kk", "hy"])
def test_the_glossary_terms_are_used_everywhere(lang: str) -> None:
    assert glossary_misses(lang, catalog_texts(lang)) == []
