"""The PySide6 desktop face of MigDesk: a thin layer over the Qt-free services."""
