"""Every document kind renders in Russian with embedded fonts (pdftotext, pdffonts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from migdesk.atomic import write_atomic
from migdesk.reports.documents.consent_letter import ConsentTerms
from migdesk.reports.documents.kinds import KINDS
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.documents.transmittal import BundleLine
from migdesk.reports.gost_layout import render
from tests.reports.doc_world import World, fonts_embedded, pdf_text

BUNDLES = [
    BundleLine("KZ-MVD", "AM-POLICE", n, f"{n:02x}" * 32, f"bundle-{n}") for n in range(1, 4)
]


def source(world: World, kind: str) -> tuple[str | None, BuildOptions]:
    options = BuildOptions()
    ids = {
        "request": world.outgoing,
        "answer": world.incoming,
        "more-info": world.incoming,
        "obstacle": world.incoming,
        "postponement": world.incoming,
        "refusal": world.refused,
        "confirmation": world.confirmation,
        "cover-letter": world.information,
        "consent": world.consent,
        "person-sheet": world.person,
        "transmittal": "Р-7",
        "destruction-act": world.act,
        "confidentiality": world.confidential,
        "confidentiality-decision": world.withdrawn,
        "more-info-reply": world.more_info_sent,
    }
    if kind == "consent":
        options.consent = ConsentTerms(
            "сведения, направленные письмом № 1 от 05.03.2025", "Интерпол (тест)", "розыск"
        )
    if kind == "transmittal":
        options.bundles, options.number = BUNDLES, "Р-7"
        return None, options
    return ids[kind], options


# What each kind must say (pdftotext -layout keeps words, not line breaks).
EXPECTED = {
    "request": [
        "О запросе сведений",
        "Существо запроса",
        "Полиции Республики Армения",
        "Тестов Пробный Образцович",
        "Приложение: копия паспорта на 1 л. в 1 экз.",  # the document, not its file
    ],
    "answer": [
        "О результатах исполнения запроса",
        "На № ТЕСТ-17 от 01.03.2025",
        "Лицо состояло на учёте",
        "Тестов Пробный",
    ],
    "more-info": ["О представлении дополнительных сведений", "миграционной карты"],
    "more-info-reply": [
        "О направлении дополнительных сведений",
        "На Ваш запрос дополнительных сведений № АМ-7, поступивший",
        "На № АМ-7",
        "Нур Жолы",
    ],
    "obstacle": ["Об обстоятельствах, препятствующих", "до 20.03.2025"],
    "postponement": [
        "Об условиях исполнения запроса",
        "Уголовное дело № Т-1",
        "Не раскрывать сведения",
    ],
    "refusal": [
        "Об отказе в исполнении запроса",
        # Art. 10.4 in its own words, only the grounds chosen (issue 13, item 6).
        "противоречит законодательству Республики Казахстан",
        "ущерб безопасности",
    ],
    "confirmation": [
        "О подтверждении подлинности",
        "пунктом 5 статьи 9",
        "Подпись на запросе не совпадает",
    ],
    "cover-letter": [
        "О направлении информации",
        "абзацем вторым статьи 8",
        "канале незаконной миграции",
    ],
    "consent": ["О согласии на передачу сведений", "Интерпол (тест)", "розыск"],
    "confidentiality": [
        "О невозможности исполнения запроса без нарушения конфиденциальности",
        "абзац второй пункта 1 статьи 11 Соглашения",
        "запросом в банк",
    ],
    "confidentiality-decision": [
        "Об отзыве запроса",
        "Ваше уведомление № АМ-5",
        "запрос отзываем",
    ],
    "person-sheet": [
        "СВЕДЕНИЯ О ЛИЦЕ",
        "Тестов Пробный Образцович",
        "TESTOV PROBNYI",
        "заграничный паспорт",
        "Дактилоскопическая карта",
        "Казахстан",
    ],
    "transmittal": [
        "РЕЕСТР",
        "передачи пакетов обмена информацией",
        "Передал",
        "Принял",
        "0101010101010101",
        "Полиция Республики Армения",  # names, not codes (issue 13, item 23)
    ],
    "destruction-act": [
        "АКТ",
        "об уничтожении информации",
        "пунктом 5 статьи 11 Соглашения",
        "Идентификатор записи",
        "просьба предоставившей Стороны",
        "документы, удостоверяющие личность",
        "версии записи в истории изменений",
    ],
}
COMMON = ["МИНИСТЕРСТВО ВНУТРЕННИХ ДЕЛ", "Для служебного пользования", "Экз. № 1"]


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_renders_russian_with_embedded_fonts(
    world: World, kind: str, tmp_path: Path
) -> None:
    record, options = source(world, kind)
    document = DocumentService(world.vault).build(kind, record, options)
    rendered = render(document)
    path = tmp_path / f"{kind}.pdf"
    write_atomic(path, rendered.pdf)
    text = " ".join(pdf_text(path).split())
    for phrase in [*COMMON, *EXPECTED[kind]]:
        assert phrase in text, (kind, phrase)
    fonts = fonts_embedded(path)
    assert fonts and all(emb == "yes" for _, emb in fonts), fonts
    # Liberation Serif (Times New Roman metrics, issue 13 item 22); DejaVu only for glyphs
    # Liberation lacks (none in these Russian documents).
    names = {name.split("+")[-1] for name, _ in fonts}
    assert "LiberationSerif" in names and names <= {"LiberationSerif", "LiberationSerif-Bold"}


def test_letters_carry_number_date_and_signature_block(world: World, tmp_path: Path) -> None:
    document = DocumentService(world.vault).build("answer", world.incoming, BuildOptions())
    path = tmp_path / "answer.pdf"
    write_atomic(path, render(document).pdf)
    text = " ".join(pdf_text(path).split())
    assert f"10.03.2025 № {document.number}" in text
    # The answer is signed by the signatory the supervisor signs as (Art. 9.3).
    assert document.signer is not None and document.signer.signatory_id is not None
    assert document.signer.short_name() in text.replace("\xa0", " ")
    assert document.executor is not None


def test_wrong_source_is_refused(world: World) -> None:
    from migdesk.errors import InvalidInput

    service = DocumentService(world.vault)
    with pytest.raises(InvalidInput, match="исходящему сообщению"):
        service.build("request", world.incoming, BuildOptions())
    with pytest.raises(InvalidInput, match="шаг"):
        service.build("refusal", world.incoming, BuildOptions())
    with pytest.raises(InvalidInput, match="Неизвестный вид"):
        service.build("memo", world.incoming, BuildOptions())


def test_a_step_is_chosen_by_its_number(world: World) -> None:
    service = DocumentService(world.vault)
    latest = service.build("answer", world.incoming, BuildOptions())
    seq = latest.record.split("#")[1]
    assert service.build("answer", f"{world.incoming}#{seq}", BuildOptions()) == latest
