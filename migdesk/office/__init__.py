"""The services floor above the vault and the domain: users and their key slots, retention and
destruction, the session policy, the consent inbox, the audit trail as officers read it, and
the registry reads the screens need. The GUI and the CLI both call these."""
