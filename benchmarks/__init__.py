"""MigDesk benchmarks: ``make bench`` (``python -m benchmarks.run``), see ``run.py``.

They report and never fail on a missed goal; the tests are what asserts.
"""
