"""MigDesk domain and services (no Qt here: the GUI and the CLI are thin faces over this)."""

__version__ = "0.1.0"
