"""Evaluate: the measures and benchmarks behind `make eval` and `make bench`."""
