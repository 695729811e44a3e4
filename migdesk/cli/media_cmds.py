"""``person clean-media``: camera metadata (GPS position, camera serial, time taken) removed
from the images of our own records stored before entry stripped it (``persons.media_cleanup``);
``--dry-run`` only counts."""

from __future__ import annotations

import argparse
from typing import Any

from migdesk.cli import progress_line
from migdesk.cli.context import EXIT_OK, Context
from migdesk.messages import _


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    clean = sub.add_parser(
        "clean-media",
        parents=[common],
        help=_(
            "удалить метаданные камеры (GPS, серийный номер) из ранее сохранённых "
            "изображений своих записей"
        ),
    )
    clean.add_argument(
        "--dry-run", action="store_true", help=_("только подсчитать, ничего не изменять")
    )
    clean.set_defaults(handler=run_clean_media)


def run_clean_media(ctx: Context) -> int:
    from migdesk.persons.media_cleanup import clean_stored_media

    progress = progress_line.shown(_("проверка изображений"))
    try:
        result = clean_stored_media(ctx.vault(), dry_run=ctx.args.dry_run, progress=progress)
    finally:
        progress_line.wiped(progress)
    if result.dry_run:
        text = _(
            "Изображений своих записей проверено: {checked}; с метаданными камеры: {cleaned} "
            "(записей: {persons}). Ничего не изменено."
        )
    else:
        text = _(
            "Изображений своих записей проверено: {checked}; очищено от метаданных камеры: "
            "{cleaned} (записей: {persons})."
        )
    lines = [text.format(checked=result.checked, cleaned=result.cleaned, persons=result.persons)]
    if result.received_left:
        lines.append(
            _(
                "Изображения записей, полученных от другой Стороны ({count}), оставлены "
                "такими, как их передала предоставившая Сторона."
            ).format(count=result.received_left)
        )
    ctx.emit(result.summary(), "\n".join(lines))
    return EXIT_OK
