"""The one exception family the library raises; the CLI turns each into one line on stderr."""

from __future__ import annotations


class QuotetoolError(Exception):
    """Base class of every error quotetool raises on purpose."""


class InputError(QuotetoolError):
    """An input could not be read or decoded (missing, a directory, not text, bad JSON line)."""


class ConfigError(QuotetoolError):
    """An option value that cannot work (unknown format, unknown quote type)."""


class OutputError(QuotetoolError):
    """The output could not be written (missing directory, disk full, a closed file)."""
