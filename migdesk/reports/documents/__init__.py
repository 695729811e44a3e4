"""One module per document kind (Art. 8–11): each turns the vault's views into a
``Document``; ``kinds`` names them for the CLI and the GUI."""
