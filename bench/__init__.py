"""Benchmarks: measured against a reference run in the same process, reported as ratios."""
