"""Documents: render one request, sign it, render a 100-page person list.

    python -m benchmarks.documents [--repeat 20]

Goals (issue 5): one request rendered in ≤ 100 ms, signed in ≤ 300 ms. The person list is
rendered with enough persons for at least 100 pages and its time and page count printed.
Rendering works from a ``Document`` (the vault reads are not part of the layout cost);
signing uses a fresh EC P-256 key of a test CA. Medians over ``--repeat`` runs, after one
warm-up (fonts are registered and parsed once per process).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from migdesk.pki import create_authority
from migdesk.pki.files import save_pkcs12
from migdesk.reports.doc_model import Attachment, Document, Executor, Signer, Text
from migdesk.reports.doc_settings import Requisites, settings_for
from migdesk.reports.documents.common import PersonLine, persons_table
from migdesk.reports.gost_layout import render
from migdesk.signing.credentials import load_p12
from migdesk.signing.pades import sign_pdf

REQUISITES = Requisites(
    "KZ-MVD", "Министерство внутренних дел Республики Казахстан", settings_for("KZ", None)
)


def request(persons: int) -> Document:
    lines = [
        PersonLine(f"Тестов{i} Пробный Образцович", "12.04.1985", "Казахстан", f"паспорт N{i:07d}")
        for i in range(persons)
    ]
    return Document(
        kind="request",
        record="benchmark",
        requisites=REQUISITES,
        day=date(2025, 3, 5),
        number="12-3/45",
        heading="О запросе сведений",
        addressee=("Полиции Республики Армения",),
        body=(
            Text("В соответствии со статьями 8 и 9 Соглашения направляем запрос."),
            Text("Просим сообщить сведения о регистрации (синтетические данные).", "Существо"),
            Text("Проверка оснований пребывания.", "Цель запроса"),
            Text("Рассмотрение заявления о виде на жительство.", "Обоснование запроса"),
            persons_table(lines),
            Text("Просим сообщить о результатах в срок не более 30 календарных дней."),
        ),
        attachments=(Attachment("копия паспорта", 2),),
        signer=Signer("Заместитель министра", "Подписантов Тест Тестович", 1),
        executor=Executor("Исполнителев Иван Иванович", "+7 7172 00-00-01"),
    )


def median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    one = request(3)
    ms = median_ms(lambda: render(one, stamp=True), args.repeat)
    print(f"render one request: {ms:.1f} ms (goal ≤ 100 ms)")

    with tempfile.TemporaryDirectory() as tmp:
        p12 = Path(tmp) / "bench.p12"
        save_pkcs12(p12, create_authority("KZ-MVD").signing, b"bench", "bench")
        credentials = load_p12(p12, b"bench")
    rendered = render(one, stamp=True)
    ms = median_ms(
        lambda: sign_pdf(
            rendered.pdf,
            credentials,
            signer_name="Подписантов Тест Тестович",
            signed_at=datetime.now().astimezone(),
            box=rendered.stamp_box,
            reason="benchmark",
        ),
        args.repeat,
    )
    print(f"sign it (PAdES, EC P-256): {ms:.1f} ms (goal ≤ 300 ms)")

    persons = 2000
    start = time.perf_counter()
    big = render(request(persons))
    while big.pages < 100:  # grow until the list really covers 100 pages
        persons = int(persons * 100 / big.pages) + 50
        start = time.perf_counter()
        big = render(request(persons))
    seconds = time.perf_counter() - start
    print(
        f"render person list: {persons} persons, {big.pages} pages in {seconds:.2f} s "
        f"({seconds / big.pages * 1000:.1f} ms/page, {len(big.pdf) / 1e6:.1f} MB)"
    )


if __name__ == "__main__":
    main()
