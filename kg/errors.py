"""The project's own exceptions. The CLI turns these into one-line errors."""


class KgError(Exception):
    """Base class: an error the user can act on (message is shown as is)."""

    exit_code = 2


class InputError(KgError):
    """Bad input: missing, empty, binary, not UTF-8, malformed JSON line ..."""

    def __init__(self, path, message, line=None):
        self.path = str(path)
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class ValidationError(KgError):
    """A graph does not conform to the SHACL shapes."""

    exit_code = 1


class UnknownFormatError(KgError):
    """A format name that no registry knows."""
