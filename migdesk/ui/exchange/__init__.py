"""The exchange screens (issue 6): export and import of bundles, the bundle log, and the
courier's check that needs no vault. ``menu.ExchangeMenu`` hooks them into the main window."""
