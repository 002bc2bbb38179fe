"""The editor's side: ``corpuslint lsp``, a language server over the run library."""
