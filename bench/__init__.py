"""Benchmarks; each writes JSON to bench/results/ and a table into docs/performance.md."""
