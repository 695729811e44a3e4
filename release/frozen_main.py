"""PyInstaller entry script: one executable, ``migdesk`` or (by link) ``migdesk-cli``."""

from migdesk.entry import frozen

raise SystemExit(frozen())
