"""Tidings: read the news, emit coded political events and attributed quotes with provenance."""

__version__ = "0.1.0"
