"""Helpers shared by several test packages (fixtures themselves live in the conftest.py files)."""
