"""One error root with narrow subclasses; every message is one line a user can act on."""


class PixelwiseError(Exception):
    """Root of every error the engine raises on purpose; ``str()`` is the one-line user message."""


class InvalidInput(PixelwiseError):
    """A parameter value the engine cannot work with.

    ``parameter`` is the public parameter key (``TILE_SIZE_X``), ``problem`` says what is wrong and
    ``fix`` what to do instead; the message reads ``TILE_SIZE_X: must be at least 1 (got 0). Use ...``.
    """

    def __init__(self, parameter, problem, fix=""):
        self.parameter = parameter
        self.problem = problem
        self.fix = fix
        text = f"{parameter}: {problem}"
        if fix:
            text = f"{text}. {fix}" + ("" if fix.endswith((".", "!", "?")) else ".")
        super().__init__(" ".join(text.split()))


class Cancelled(PixelwiseError):
    """The caller asked to stop; outputs were left as they were before the run."""

    def __init__(self, message="Cancelled by the user; the output was left as it was before the run."):
        super().__init__(message)
