"""One lexicon of `addressing` function words per language, in a module named by its ISO 639-1 code."""
