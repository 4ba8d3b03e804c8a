"""Runners: the local multi-process ingest (`local`) and its progress reporting (`progress`)."""
