"""Identity helpers: transliteration, national ids, MRZ, countries and partial dates."""
