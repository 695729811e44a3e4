"""The PySide6 desktop face of MigDesk: a thin layer over the Qt-free services."""

from migdesk.ui.immortal_refs import keep_immortals_alive

# Before any window: PySide6 6.12.0 on Python 3.11 wears the reference counts of None and
# True down with every call and signal, and the program aborts when one reaches zero (see
# immortal_refs).
keep_immortals_alive()
