"""Screens of requests, registries, deadlines, thematic information and statistics
(Articles 2–5, 8–10, 17) over the Qt-free services of ``migdesk.requests``."""
