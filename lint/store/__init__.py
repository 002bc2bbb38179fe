"""What corpuslint keeps on disk between runs: cached results, the last run, parsed YAML."""
