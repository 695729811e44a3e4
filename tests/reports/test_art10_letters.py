"""The requested side's letters as a supervisor about to sign them reads them (Art. 10):
the executor mark names the officer who prepared the letter, not the supervisor who prints
or signs it, and the request for additional information asserts nothing about the 30 days
that nobody has decided."""

from __future__ import annotations

from pathlib import Path

from migdesk.atomic import write_atomic
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.gost_layout import render
from tests.reports.doc_world import World, pdf_text

OFFICER = "Исполнителев Илья Петрович"  # officer1, doc_world
SUPERVISOR = "Руководителев Борис Олегович"  # world.vault's user, doc_world


def _text(world: World, kind: str, record: str, tmp_path: Path) -> str:
    document = DocumentService(world.vault).build(kind, record, BuildOptions())
    path = tmp_path / f"{kind}.pdf"
    write_atomic(path, render(document).pdf)
    return " ".join(pdf_text(path).split())


def test_executor_mark_names_who_prepared_the_letter_not_who_prints_it(
    world: World, tmp_path: Path
) -> None:
    # officer1 drafted the request and recorded every step; the supervisor prints and signs.
    for kind, record in (
        ("request", world.outgoing),
        ("answer", world.incoming),
        ("more-info", world.incoming),
        ("obstacle", world.incoming),
        ("postponement", world.incoming),
        ("refusal", world.refused),
        ("confidentiality", world.confidential),
    ):
        document = DocumentService(world.vault).build(kind, record, BuildOptions())
        assert document.executor is not None, kind
        assert document.executor.name == OFFICER, kind
        text = _text(world, kind, record, tmp_path)
        assert OFFICER in text and SUPERVISOR not in text, kind


def test_more_info_letter_says_nothing_about_the_deadline_running_or_stopping(
    world: World, tmp_path: Path
) -> None:
    text = _text(world, "more-info", world.incoming, tmp_path)
    assert "Укажите дату въезда и номер миграционной карты." in text
    for claim in ("Срок исполнения", "исчисляется", "приостанавлива", "продлева"):
        assert claim not in text, claim
