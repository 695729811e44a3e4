"""Documents (issue 5): preview, sign, print and save a Russian document; batch signing."""
