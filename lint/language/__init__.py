"""Grammars and models of news language: quantities, dates, attribution, transliteration."""
