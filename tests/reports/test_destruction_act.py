"""The act of destruction (Art. 11.5) is a GOST document like the letters: requisites,
number, title, the approving supervisor's signature block, no personal data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from migdesk.errors import NotFound
from migdesk.models import AuditEntry, Signatory
from migdesk.office.retention import RetentionService
from migdesk.reports.destruction_act import write_destruction_act
from migdesk.reports.doc_model import Fields, Signer
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.documents.sources import SignerChoice
from migdesk.reports.gost_layout import render
from tests.reports.doc_world import DOOMED, World, fonts_embedded, pdf_text


def test_act_carries_requisites_number_and_approver(world: World, tmp_path: Path) -> None:
    act = RetentionService(world.vault).act(world.act)
    # By number as well as by id: the number is what is on paper.
    document = DocumentService(world.vault).build("destruction-act", act.number, BuildOptions())
    path = tmp_path / "act.pdf"
    rendered = write_destruction_act(world.vault, act, path)
    assert rendered.content_sha256 == render(document).content_sha256
    text = " ".join(pdf_text(path).split()).replace("\xa0", " ")
    assert f"{act.act_date:%d.%m.%Y} № {act.number}" in text
    assert "МИНИСТЕРСТВО ВНУТРЕННИХ ДЕЛ" in text and "АКТ об уничтожении информации" in text
    assert act.record_id in text and act.id in text
    # "boss" approved it and is on the signatory list: that entry signs (position left,
    # initials and surname right), not the user printing it.
    assert document.signer is not None and document.signer.signatory_id is not None
    with world.vault.read_session() as session:
        row = session.get(Signatory, document.signer.signatory_id)
    assert row is not None and row.user == act.destroyed_by == "boss"
    assert row.position in text and document.signer.short_name() in text
    # Audit hash in four groups of sixteen, as printed.
    assert act.audit_hash[:16] + " " + act.audit_hash[16:32] in text
    for secret in (DOOMED, "Пробный", "Образцович", "N12345678", "1985", "Образцово"):
        assert secret not in text, secret
    fonts = fonts_embedded(path)
    assert fonts and all(emb == "yes" for _, emb in fonts), fonts
    with world.vault.read_session() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "document.print")
            .order_by(AuditEntry.id.desc())
        ).first()
    assert entry is not None and entry.record_id == act.id
    assert json.loads(entry.details)["kind"] == "destruction-act"


def test_unknown_act_is_not_found(world: World) -> None:
    with pytest.raises(NotFound, match="Акт об уничтожении"):
        DocumentService(world.vault).build("destruction-act", "99/1999", BuildOptions())


@pytest.mark.parametrize("signatory", [False, True])
def test_approval_stamp_names_who_approved_the_destruction(
    world: World, tmp_path: Path, signatory: bool
) -> None:
    """«УТВЕРЖДАЮ» names the user who approved the destruction in MigDesk («boss», by the
    profile the table also prints), never a signatory entry in their place; whoever signs
    this copy under another name is named in a row of their own."""
    act = RetentionService(world.vault).act(world.act)
    options = BuildOptions()
    if signatory:
        options.signer = SignerChoice(signatory=world.signatory)
    document = DocumentService(world.vault).build("destruction-act", act.id, options)
    assert document.approval == Signer("Начальник управления", "Руководителев Борис Олегович")
    assert document.signer is not None and document.signer != document.approval
    block = document.body[1]
    assert isinstance(block, Fields)
    fields = dict(block.rows)
    approved = fields["Уничтожение утвердил и выполнил"]
    assert approved == "Начальник управления, Руководителев Борис Олегович"
    signs = f"{document.signer.position}, {document.signer.full_name}"
    assert fields["Акт подписывает"] == signs
    path = tmp_path / "act.pdf"
    path.write_bytes(render(document).pdf)
    text = " ".join(pdf_text(path).split()).replace("\xa0", " ")
    assert "УТВЕРЖДАЮ Начальник управления ________ Б.О. Руководителев" in text
    assert f"УТВЕРЖДАЮ {document.signer.position}" not in text
