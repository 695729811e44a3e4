"""Users, roles and the audit trail: the Article 11 rules, enforced below GUI and CLI."""
