"""What the letters say, checked in the PDF text (issue 13, items 2, 6–8, 21, 23, 24): only
the chosen refusal grounds, no dashes in place of known requisites, each letter its own
number, the executor and letterhead as the administrator entered them, typography."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from migdesk.atomic import write_atomic
from migdesk.models import User
from migdesk.office.retention import RetentionService
from migdesk.office.users import UserService
from migdesk.persons.service import PersonService
from migdesk.reports.doc_model import Document
from migdesk.reports.documents.common import our_incoming
from migdesk.reports.documents.consent_letter import ConsentTerms
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.documents.transmittal import BundleLine
from migdesk.reports.fonts import register_fonts
from migdesk.reports.gost_layout import render
from migdesk.requests.letterhead import Letterhead, LetterheadService
from migdesk.requests.service import RequestService
from tests.conftest import sample_person
from tests.reports.doc_world import World, pdf_text
from tests.requests.request_helpers import as_user, draft, incoming


def _text(document: Document, tmp_path: Path, mode: str = "-raw") -> str:
    path = tmp_path / f"{document.kind}.pdf"
    write_atomic(path, render(document).pdf)
    return pdf_text(path, mode=mode)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_refusal_names_only_the_chosen_grounds_in_the_words_of_the_article(
    world: World, tmp_path: Path
) -> None:
    document = DocumentService(world.vault).build("refusal", world.refused, BuildOptions())
    text = _flat(_text(document, tmp_path))
    # Chosen: security and national law (doc_world), in Art. 10.4's words, once each.
    assert "может нанести ущерб безопасности" in text
    assert "противоречит законодательству Республики Казахстан" in text
    for other in (
        "суверенитету",
        "общественному порядку",
        "существенным интересам",
        "международным обязательствам",
    ):
        assert other not in text, other
    assert text.count("безопасности") == 1


def test_confirmation_leaves_out_requisites_it_does_not_know(world: World, tmp_path: Path) -> None:
    officer = RequestService(as_user(world.vault, "officer1"))
    received = officer.receive(incoming(date(2025, 4, 2), their_number=None, their_date=None))
    asked = officer.create_draft(
        draft(kind="confirmation", related=received.id, substance="Печать не читается.")
    )
    document = DocumentService(world.vault).build("confirmation", asked.id, BuildOptions())
    text = _flat(_text(document, tmp_path))
    assert "№ —" not in text and "от —" not in text and "На №" not in text
    assert received.number and received.number.endswith("-вх")  # the default pattern
    assert f"Вашего документа (наш № {received.number} от 02.04.2025)" in text


def test_an_incoming_number_with_its_index_is_not_called_incoming_twice(
    world: World, tmp_path: Path
) -> None:
    """The default pattern ``{seq}-вх`` gave «наш вх. № 3-вх»: the index says it already."""
    service = DocumentService(world.vault)
    view = RequestService(world.vault).get(world.incoming)
    assert view.number and view.number.endswith("-вх")
    for kind, record in (
        ("answer", world.incoming),
        ("refusal", world.refused),
        ("confidentiality", world.confidential),
    ):
        text = _flat(_text(service.build(kind, record, BuildOptions()), tmp_path))
        assert "вх. №" not in text, kind
        assert "(наш № " in text and "-вх от " in text, kind


def test_an_incoming_number_without_an_index_keeps_the_word() -> None:
    assert our_incoming("12-3/45", date(2025, 4, 2)) == "наш вх. № 12-3/45 от 02.04.2025"
    assert our_incoming("7-вх", date(2025, 4, 2)) == "наш № 7-вх от 02.04.2025"
    assert our_incoming("7-ВХ", None) == "наш № 7-ВХ"


def test_cover_letter_reads_once_and_correctly(world: World, tmp_path: Path) -> None:
    document = DocumentService(world.vault).build("cover-letter", world.information, BuildOptions())
    text = _flat(_text(document, tmp_path)).lower()
    assert "для которой она направлена" not in text
    # The officer's own text says «Направляем…»: the letter's opening does not say it too.
    assert text.count("направляем") == 1


def test_consent_letter_has_its_own_number_and_not_the_answers_text(
    world: World, tmp_path: Path
) -> None:
    service = DocumentService(world.vault)
    terms = ConsentTerms("сведения, направленные письмом № 1 от 05.03.2025", "Интерпол", "розыск")
    consent = service.build("consent", world.consent, BuildOptions(consent=terms))
    step = consent.record.split("#")[1]
    answer = RequestService(world.vault).get(world.consent).steps[int(step) - 1]
    assert answer.action == "answer" and consent.number and consent.number != answer.number
    # Printed again: the same number; other terms: another letter, another number.
    assert service.build("consent", world.consent, BuildOptions(consent=terms)).number == (
        consent.number
    )
    other = ConsentTerms("иные сведения", None, "статистика")
    assert service.build("consent", world.consent, BuildOptions(consent=other)).number not in (
        consent.number,
        answer.number,
    )
    text = _flat(_text(consent, tmp_path))
    assert "Согласие дано." not in text  # the answer step's text
    assert f"№ {consent.number}" in text


def test_person_sheet_names_the_number_kind_and_the_authority_plainly(
    world: World, tmp_path: Path
) -> None:
    person = (
        PersonService(world.officer)
        .add(
            sample_person(
                personal_number="850412300017",
                personal_number_kind="KZ_IIN",
                administrative_liability=[
                    {"country": "ARM", "authority": "Полиция (тест)", "decided_on": "2024-01-02"}
                ],
            )
        )
        .id
    )
    document = DocumentService(world.vault).build("person-sheet", person, BuildOptions())
    text = _flat(_text(document, tmp_path))
    assert "(ИИН (Казахстан))" not in text
    assert "850412300017, ИИН (Казахстан)" in text
    assert "Армения, Полиция (тест)" in text


def test_transmittal_register_names_authorities_has_a_number_and_a_signature(
    world: World, tmp_path: Path
) -> None:
    lines = [BundleLine("KZ-MVD", "AM-POLICE", 5, "ab" * 32, "bundle-t-5")]
    service = DocumentService(world.vault)
    document = service.build("transmittal", None, BuildOptions(bundles=lines))
    assert document.number and document.number.endswith("-исх")
    assert service.build("transmittal", None, BuildOptions(bundles=lines)).number == (
        document.number
    )
    text = _flat(_text(document, tmp_path))
    assert f"№ {document.number}" in text
    assert "Министерство внутренних дел" in text and "Полиция Республики Армения" in text
    assert "AM-POLICE" not in text and "KZ-MVD" not in text
    assert "журнала аудита" not in text
    # Signed by who prepared it: position and name from the user's profile.
    assert "Начальник управления" in text and "Б.О. Руководителев" in text.replace("\xa0", " ")


def test_destruction_act_names_members_and_has_an_approval_block(
    world: World, tmp_path: Path
) -> None:
    act = RetentionService(world.vault).act(world.act)
    document = DocumentService(world.vault).build("destruction-act", act.id, BuildOptions())
    text = _flat(_text(document, tmp_path))
    assert "УТВЕРЖДАЮ" in text
    assert "Начальник управления, Руководителев Борис Олегович" in text
    assert " boss" not in text


def test_executor_and_letterhead_come_from_the_administrators_entries(
    world: World, tmp_path: Path
) -> None:
    root = as_user(world.vault, "root")
    LetterheadService(root).set(
        "KZ-MVD",
        Letterhead(
            name_lines=(
                "Министерство внутренних дел Республики Казахстан",
                "Департамент миграционной службы",
            ),
            address="010000, г. Астана, пр. Тәуелсіздік, 1",
            phone="+7 (7172) 71-20-00",
            email="migration@example.kz",
            website="www.example.kz",
        ),
    )
    UserService(root).set_profile(
        "officer1", full_name="Исполнителева Ольга Ивановна", phone="+7 (7172) 71-20-15"
    )
    try:
        officer = as_user(world.vault, "officer1")
        document = DocumentService(officer).build("request", world.outgoing, BuildOptions())
        text = _flat(_text(document, tmp_path)).replace("\xa0", " ")
        assert "ДЕПАРТАМЕНТ МИГРАЦИОННОЙ СЛУЖБЫ" in text
        assert "г. Астана, пр. Тәуелсіздік, 1" in text
        assert "тел. +7 (7172) 71-20-00" in text and "e-mail: migration@example.kz" in text
        assert "Исполнителева Ольга Ивановна" in text and "+7 (7172) 71-20-15" in text
        assert "officer1" not in text
    finally:
        LetterheadService(root).set("KZ-MVD", Letterhead())
        UserService(root).set_profile("officer1", full_name="", phone="")
    # A user without a full name: no executor mark rather than a login.
    with world.vault.session() as session:
        row = session.get(User, "officer1")
        assert row is not None and row.full_name is None
    plain = DocumentService(officer).build("request", world.outgoing, BuildOptions())
    assert plain.executor is None
    assert "officer1" not in _flat(_text(plain, tmp_path))


def test_typography_keeps_number_sign_with_number_and_labels_unjustified(
    world: World, tmp_path: Path
) -> None:
    from migdesk.reports.doc_settings import LayoutSettings
    from migdesk.reports.gost_layout import Styles, _p

    register_fonts()
    styles = Styles(LayoutSettings())
    # «№» at what would be the end of a line goes over with its number.
    paragraph = _p("Просим сообщить сведения по письму № 12-3/45 от 05.03.2025", styles.plain)
    for width in range(120, 420, 4):
        for line in paragraph.breakLines(width).lines:
            words = line[1]
            assert words[-1] != "№" and words[-1] != "от", (width, words)
    document = DocumentService(world.vault).build("request", world.outgoing, BuildOptions())
    layout = _text(document, tmp_path, mode="-layout")
    # Ragged right: the run-in label's words are one space apart, not stretched.
    for label in ("Запрашивающий орган:", "Существо запроса:", "Запрашиваемые сведения"):
        line = next(x for x in layout.splitlines() if label.split()[0] in x)
        assert label in line, line


def test_an_article_reference_never_parts_from_its_number(world: World, tmp_path: Path) -> None:
    """«ст. 10», «статьи 10», «пункта 4» are held to their number by a no-break space (GOST
    typography): written out, «статьи» ended a line with «10» on the next."""
    from migdesk.reports.doc_settings import LayoutSettings
    from migdesk.reports.gost_layout import Styles, _p

    register_fonts()
    styles = Styles(LayoutSettings())
    words = {"ст.", "п.", "подп.", "ч.", "статьи", "пункта", "подпункт", "статья", "части"}
    paragraph = _p(
        "Отказано на основании пункта 4 статьи 10 Соглашения (подпункт 1 пункта 1 статьи 3, "
        "п. 3 ст. 9, ч. 2, статья 5 Соглашения и части 2 той же статьи)",
        styles.plain,
    )
    for width in range(80, 420, 3):
        for line in paragraph.breakLines(width).lines:
            assert line[1][-1] not in words, (width, line[1])
    # In the PDF (pdftotext shows U+00A0 as a space): no line of a letter ends with one.
    document = DocumentService(world.vault).build("refusal", world.refused, BuildOptions())
    text = _text(document, tmp_path, mode="-layout")
    assert "пункта 4 статьи 10 Соглашения" in _flat(text)
    for line in text.splitlines():
        assert not line.split() or line.split()[-1] not in words, line


def test_letters_use_a_times_metric_font_with_dejavu_only_for_missing_glyphs(
    world: World, tmp_path: Path
) -> None:
    from tests.reports.doc_world import fonts_embedded

    person = (
        PersonService(world.officer)
        .add(
            sample_person(
                surname_ru="Әбдіғалиқызы",  # Kazakh letters: in Liberation Serif
                given_name_ru="Айгүл",
                patronymic_ru=None,
                birth_place="Երևան",  # Armenian: only in DejaVu
            )
        )
        .id
    )
    document = DocumentService(world.vault).build("person-sheet", person, BuildOptions())
    path = tmp_path / "sheet.pdf"
    write_atomic(path, render(document).pdf)
    text = pdf_text(path)
    assert "Әбдіғалиқызы Айгүл" in text and "Երևան" in text
    fonts = fonts_embedded(path)
    names = {name.split("+")[-1] for name, _ in fonts}
    assert all(emb == "yes" for _, emb in fonts), fonts
    assert {"LiberationSerif", "LiberationSerif-Bold", "DejaVuSerif"} <= names, names


def test_a_long_signer_position_does_not_wrap_into_a_narrow_column(
    world: World, tmp_path: Path
) -> None:
    from dataclasses import replace

    from migdesk.reports.doc_model import Signer

    position = (
        "Первый заместитель министра внутренних дел Республики Казахстан — председатель "
        "Комитета миграционной службы"
    )
    document = DocumentService(world.vault).build("answer", world.incoming, BuildOptions())
    for stamp in (False, True):
        signed = replace(document, signer=Signer(position, "Сертификатов Ключ Подписович"))
        path = tmp_path / f"long-{stamp}.pdf"
        write_atomic(path, render(signed, stamp=stamp).pdf)
        layout = pdf_text(path, mode="-layout").splitlines()
        lines = [x for x in layout if any(w in x for w in ("Первый", "Комитета", "министра"))]
        assert len(lines) <= 2, lines


def test_the_enclosure_mark_names_the_document_not_its_file(world: World) -> None:
    """«Приложение: копия паспорта.png на 1 л.» read as a file listing, not a letter."""
    from migdesk.reports.documents.sources import enclosure_name

    document = DocumentService(world.vault).build("request", world.outgoing, BuildOptions())
    assert [a.name for a in document.attachments] == ["копия паспорта"]
    assert enclosure_name("Анкета.PDF") == "Анкета"
    assert enclosure_name("Письмо № 5.1") == "Письмо № 5.1"  # not a file ending: kept
    assert enclosure_name(".pdf") == ".pdf"  # nothing would be left


def test_the_requested_categories_are_cited_in_full_words(world: World, tmp_path: Path) -> None:
    """The request letter cites «пункт 3 статьи 10 Соглашения» in words; its categories
    said «(жительства) (подп. 1 п. 1 ст. 5)», two brackets in a row, abbreviated."""
    from migdesk.reports.documents.request_letter import LETTER_CATEGORIES
    from migdesk.requests.vocab import INFO_CATEGORIES

    assert set(LETTER_CATEGORIES) == set(INFO_CATEGORIES)
    document = DocumentService(world.vault).build("request", world.outgoing, BuildOptions())
    text = _flat(_text(document, tmp_path))
    assert "по месту пребывания (жительства) — подпункт 1 пункта 1" in text, text
    assert "подп." not in text and "ст. 5" not in text and ") (" not in text, text


def test_a_person_sheet_without_a_fingerprint_card_says_no_information(
    world: World, tmp_path: Path
) -> None:
    """«Дактилоскопическая карта: нет» asserted the person has none; the sheet only knows
    that the vault holds none, as it says of photos: «сведений нет»."""
    document = DocumentService(world.vault).build("person-sheet", world.person, BuildOptions())
    text = _flat(_text(document, tmp_path))
    assert "Дактилоскопическая карта сведений нет" in text, text


def test_an_outgoing_number_with_its_index_is_not_called_outgoing_twice(
    world: World, tmp_path: Path
) -> None:
    """The decision on the partner's confidentiality notice said «наш исх. № 5-исх»."""
    from migdesk.reports.documents.common import our_outgoing

    service = DocumentService(world.vault)
    text = _flat(_text(service.build("confidentiality-decision", world.withdrawn, BuildOptions()),
                       tmp_path))  # fmt: skip
    assert "исх. №" not in text, text
    assert "(наш № " in text and "-исх от " in text, text
    assert our_outgoing("12-3/45", date(2025, 4, 2)) == "наш исх. № 12-3/45 от 02.04.2025"


SHORT_WORDS = {"в", "во", "с", "со", "к", "о", "об", "у", "и", "а", "но", "по", "на", "за", "из",
               "до", "от", "не"}  # fmt: skip


def test_a_short_preposition_never_ends_a_line(world: World, tmp_path: Path) -> None:
    """GOST typography: «по», «в», «и» go over with the next word; the answer letter ended a
    line with «с 01.02.2024 по» and put the date on the next."""
    from migdesk.reports.doc_settings import LayoutSettings
    from migdesk.reports.gost_layout import Styles, _p

    register_fonts()
    styles = Styles(LayoutSettings())
    paragraph = _p(
        "Лицо состояло на учёте с 01.02.2024 по 01.08.2024 и в период из-за болезни не "
        "выезжало за пределы страны, а о смене адреса сообщило в орган к сроку у нас.",
        styles.body,
    )
    for width in range(80, 420, 3):
        for line in paragraph.breakLines(width).lines:
            words = line[1] if isinstance(line, tuple) else line.words
            last = words[-1] if isinstance(words[-1], str) else words[-1].text
            assert last.lower() not in SHORT_WORDS, (width, words)
    document = DocumentService(world.vault).build("answer", world.incoming, BuildOptions())
    for line in _text(document, tmp_path, mode="-layout").splitlines():
        assert not line.split() or line.split()[-1].lower() not in SHORT_WORDS, line
