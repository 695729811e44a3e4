"""Support diagnostics without personal data: the internal-error log and the support report."""
