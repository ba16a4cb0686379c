"""Tidings' exceptions: one base class and a few subclasses whose messages say what to do next."""

from __future__ import annotations


class TidingsError(Exception):
    """Base of every error Tidings raises on purpose."""


class InputError(TidingsError):
    """An input file or item cannot be read; the message names the file and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class ConfigError(TidingsError):
    """A setting is wrong or a required resource (spaCy model, dictionary file) is missing."""


class StoreError(TidingsError):
    """The store cannot be opened or written."""
