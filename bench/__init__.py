"""Benchmarks: run by hand (see the README), never as timed tests."""
