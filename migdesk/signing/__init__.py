"""PAdES signatures on MigDesk documents (pyHanko): signing with the signatory's
certificate from a PKCS#12 file or a PKCS#11 token, the visible stamp, and verification of
incoming signed PDFs against trusted certificates. Qt-free."""
