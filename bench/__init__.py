"""Benchmarks: `python -m bench` runs them all on a cached synthetic salon (see __main__)."""
