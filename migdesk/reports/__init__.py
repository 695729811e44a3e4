"""PDF documents in Russian (Art. 15), generated with reportlab."""
