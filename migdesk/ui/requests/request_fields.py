"""What a message says: its kind, the parties and registration of an incoming one (with the
30-day deadline previewed as the date of receipt is typed), and its substance per Art. 9.2."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from migdesk.requests import vocab
from migdesk.requests.authorities import AuthorityRegistry
from migdesk.requests.dates import due_on
from migdesk.requests.records import RequestRow, RequestView
from migdesk.requests.service import RequestService
from migdesk.ui.authority_combo import fill_authority_combo, own_authority
from migdesk.ui.kit import (
    ProblemForm,
    compact_combo,
    date_edit,
    date_text,
    edit_date,
    select_data,
    text_edit,
    to_qdate,
)
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.widgets import READ_ONLY_LINE_STYLE

KINDS = ("request", "information", "confirmation")


class MessageFields(QWidget):
    kind_changed = Signal(str)
    related_loaded = Signal()  # the messages a confirmation can ask about are listed

    def __init__(
        self,
        service: RequestService,
        problems: ProblemForm,
        direction: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.problems = problems
        self.direction = direction
        self.kind = "request"
        self.stored_due: date | None = None  # the deadline the domain stored, once saved
        self._related_fixed = False  # the doubted message is given, or the record is stored
        self._own = own_authority(service.vault)
        registry = AuthorityRegistry(service.vault)
        self._own_country = registry.get(self._own).country if self._own else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._parties_box())
        layout.addWidget(self._substance_box())

    def _parties_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Стороны и регистрация"))
        form = QFormLayout(box)
        self.parties_form = form
        self.kind_combo = compact_combo(QComboBox())
        for kind in KINDS:
            self.kind_combo.addItem(vocab.KINDS[kind], kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.from_combo = compact_combo(QComboBox())
        self.to_combo = compact_combo(QComboBox())
        self.received_edit = date_edit(date.today())
        self.received_edit.dateChanged.connect(self.update_due_preview)
        self.due_label = QLabel()
        # Wraps: in Kazakh the deadline's explanation is wider than half the smallest screen.
        self.due_label.setWordWrap(True)
        self.their_number_edit = QLineEdit()
        self.their_number_edit.setStyleSheet(READ_ONLY_LINE_STYLE)  # once received: theirs
        self.their_date_edit = date_edit(optional=True)
        add = self.problems.add_row
        add(form, "kind", self.tr("Вид сообщения"), self.kind_combo)
        add(form, "from", self.tr("Запрашивающий орган"), self.from_combo)
        add(form, "to", self.tr("Запрашиваемый орган"), self.to_combo)
        add(form, "received_on", self.tr("Дата поступления"), self.received_edit)
        form.addRow(self.tr("Срок исполнения"), self.due_label)
        add(form, "their_number", self.tr("Номер документа другой Стороны"), self.their_number_edit)
        add(form, "their_date", self.tr("Дата документа другой Стороны"), self.their_date_edit)
        return box

    def _substance_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Содержание (п.\u00a02 ст.\u00a09)"))
        form = QFormLayout(box)
        self.substance_form = form
        self.substance_edit = text_edit(3, grow_to=12)
        self.purpose_edit = text_edit(2, grow_to=6)
        self.justification_edit = text_edit(2, grow_to=6)
        self.other_edit = text_edit(2, grow_to=6)
        self.cover_edit = text_edit(3, grow_to=8)
        self.related_combo = compact_combo(QComboBox())
        add = self.problems.add_row
        add(form, "related", self.tr("Сообщение под сомнением"), self.related_combo)
        add(form, "substance", self.tr("Существо"), self.substance_edit)
        add(form, "purpose", self.tr("Цель"), self.purpose_edit)
        add(form, "justification", self.tr("Обоснование"), self.justification_edit)
        add(form, "other_info", self.tr("Другая полезная информация"), self.other_edit)
        add(form, "cover_text", self.tr("Сопроводительный текст (ст.\u00a08)"), self.cover_edit)
        return box

    # --- new messages ----------------------------------------------------------------------

    def side_combos(self) -> None:
        """Ours on our side, theirs on the other (the domain checks it again)."""
        ours_first = self.direction == "outgoing"
        own, country = self._own_country, self._own_country
        mine, theirs = (
            (self.from_combo, self.to_combo)
            if ours_first
            else (
                self.to_combo,
                self.from_combo,
            )
        )
        fill_authority_combo(mine, self.service.vault, country=country)
        fill_authority_combo(theirs, self.service.vault, exclude=own)
        select_data(mine, self._own)

    def start_new(self, kind: str, related: str | None) -> None:
        self.kind = kind
        self.side_combos()
        select_data(self.kind_combo, kind)
        if related is not None or self.kind == "confirmation":
            self.fill_related(related)
        self._kind_changed()
        self.update_due_preview()

    def fill_related(self, related: str | None) -> None:
        """Messages received from the other side: what a 9.5 confirmation can ask about.
        Listing them is an audited read (a write), so it runs on a worker in order (#17: it
        waits for the write lock an index upkeep step may hold); until it arrives the combo
        is disabled and holds the message asked about alone (a save meanwhile keeps it)."""
        self.related_combo.clear()
        self.related_combo.addItem(self.tr("— выберите сообщение —"), None)
        if related is not None:
            self.related_combo.addItem("…", related)
            select_data(self.related_combo, related)
        self.related_combo.setEnabled(False)
        self._related_fixed = related is not None
        service = self.service
        (
            BackgroundOp(self, lambda _ctx: service.list(direction="incoming"))
            .in_order()
            .on_success(self._related_listed)
            .on_failure(lambda _exc: self._related_listed([]))  # the asked-about one stays
            .run()
        )

    def _related_listed(self, rows: list[RequestRow]) -> None:
        chosen = self.related_combo.currentData()
        if rows or chosen is None:
            self.related_combo.clear()
            self.related_combo.addItem(self.tr("— выберите сообщение —"), None)
        for row in rows:
            self.related_combo.addItem(f"№ {row.number} — {row.substance}", row.id)
        select_data(self.related_combo, chosen)
        self.related_combo.setEnabled(not self._related_fixed)
        self.related_loaded.emit()

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        if isinstance(kind, str):
            self.kind = kind
        incoming = self.direction == "incoming"
        is_request = self.kind == "request"
        show = {
            self.received_edit: incoming,
            self.due_label: incoming and is_request,
            self.their_number_edit: incoming,
            self.their_date_edit: incoming,
        }
        for widget, visible in show.items():
            target = self.problems.fields.get(self._field_name(widget), widget)
            self.parties_form.setRowVisible(target, visible)
        self.substance_form.setRowVisible(
            self.problems.fields["related"], self.kind == "confirmation"
        )
        self.substance_form.setRowVisible(
            self.problems.fields["cover_text"], self.kind == "information"
        )
        for name in ("purpose", "justification"):
            self.substance_form.setRowVisible(
                self.problems.fields[name], self.kind != "information"
            )
        if self.kind == "confirmation" and self.related_combo.count() == 0:
            self.fill_related(None)
        self.kind_changed.emit(self.kind)

    def _field_name(self, widget: QWidget) -> str:
        for name, wrapped in self.problems.fields.items():
            if wrapped.field is widget:
                return name
        return ""

    def update_due_preview(self) -> None:
        received = edit_date(self.received_edit) or date.today()
        due = self.stored_due if self.stored_due is not None else due_on(received)
        self.due_label.setText(
            self.tr("{due} (30 календарных дней с даты поступления, п.\u00a03 ст.\u00a010)").format(
                due=date_text(due)
            )
        )

    # --- a stored message ------------------------------------------------------------------

    def show_view(self, view: RequestView) -> None:
        self.kind, self.direction = view.kind, view.direction
        self.stored_due = view.due_on
        select_data(self.kind_combo, view.kind)
        self.side_combos()
        for combo, code, name in (
            (self.from_combo, view.from_code, view.from_name),
            (self.to_combo, view.to_code, view.to_name),
        ):
            if combo.findData(code) < 0:  # replaced since: still shown with its old name
                combo.addItem(f"{code} — {name}", code)
            select_data(combo, code)
        if view.received_on:
            self.received_edit.setDate(to_qdate(view.received_on))
        self.their_number_edit.setText(view.their_number or "")
        if view.their_date:
            self.their_date_edit.setDate(to_qdate(view.their_date))
        self.substance_edit.setPlainText(view.substance)
        self.purpose_edit.setPlainText(view.purpose or "")
        self.justification_edit.setPlainText(view.justification or "")
        self.other_edit.setPlainText(view.other_info or "")
        self.cover_edit.setPlainText(view.cover_text or "")
        if view.kind == "confirmation" or view.related:
            self.fill_related(view.related)
        # The rows follow the stored message even when the kind combo did not move (a
        # request opened in a window made for a request): an outgoing request shows no
        # date of receipt and no 30 days counted from today, which nobody knows.
        self._kind_changed()

    def set_editable(self, editable: bool, *, new: bool, stored: bool) -> None:
        for edit in (
            self.substance_edit,
            self.purpose_edit,
            self.justification_edit,
            self.other_edit,
            self.cover_edit,
        ):
            edit.setReadOnly(not editable)
        self.their_number_edit.setReadOnly(not (editable and new))
        for widget in (self.from_combo, self.to_combo, self.received_edit, self.their_date_edit):
            widget.setEnabled(editable and new)
        self.kind_combo.setEnabled(editable and new and self.direction == "incoming")
        if not (editable and new) and stored:
            self._related_fixed = True  # also once its list arrives
            self.related_combo.setEnabled(False)

    def texts(self) -> dict[str, object]:
        """The Art. 9.2 texts a draft or registration takes, as far as its kind has them."""

        def value(edit: QPlainTextEdit) -> str | None:
            return edit.toPlainText() or None

        related = self.related_combo.currentData()
        return {
            "substance": self.substance_edit.toPlainText(),
            "purpose": value(self.purpose_edit) if self.kind != "information" else None,
            "justification": value(self.justification_edit) if self.kind != "information" else None,
            "other_info": value(self.other_edit),
            "cover_text": value(self.cover_edit) if self.kind == "information" else None,
            "related": related
            if self.kind == "confirmation" and isinstance(related, str)
            else None,
        }
