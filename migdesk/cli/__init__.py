"""``migdesk-cli``: the command-line face over the same services as the GUI."""
