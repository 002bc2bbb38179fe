"""Rendering for people and tools: output formats, the corpus report, rule explanations."""
