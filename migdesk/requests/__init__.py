"""Requests, registries and deadlines (Articles 2–5, 8–10, 17): Qt-free services.

Services take dataclasses and return dataclasses; every refusal is a ``migdesk.errors``
exception with a Russian message (``ValidationFailed`` carries field paths named as in the
JSON interchange: ``from``, ``to``, ``substance``…).
"""
