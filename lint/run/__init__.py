"""The lint run: discovery, the two passes, parallel executors, suppressions, fixes, baselines."""
