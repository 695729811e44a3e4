"""The provider's consent (Art. 11.2, 11.3) in the GUI: the list of consent requests both
ways, the answer to an incoming one, a new request from a received person's card.
``menu.ConsentScreens`` hooks the window into the main window; the rules are the domain's
(``migdesk.office.consent_inbox``)."""
