"""The PySide6 desktop face of MigDesk: a thin layer over the Qt-free services."""

from migdesk.ui.none_refs import keep_none_alive

# Before any window: PySide6 6.12.0 on Python 3.11 wears None's reference count down with
# every call, and the program aborts when it reaches zero (see none_refs).
keep_none_alive()
