"""Text before meaning: decoding bytes, lines, spans, Markdown layout, quotations, sentences, YAML."""
