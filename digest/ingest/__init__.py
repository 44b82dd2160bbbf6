"""Ingest: the seeds read into text, and a saved page's markup read for its metadata."""
