"""Person records (Articles 5 and 6): validation, storage, history, search."""
