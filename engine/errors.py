"""One error root with narrow subclasses; every message is one line a user can act on.

Messages are English ``str.format`` templates whose values are kept apart, so that the Processing
provider can show them in QGIS's language (``err.message(tr)``) while the engine stays free of Qt.
``scripts/i18n.py`` collects every literal template: the problem and fix of each ``InvalidInput(...)``,
the message of ``PixelwiseError(...)``, ``Cancelled(...)`` and ``Problem(...)``, and each ``N_("...")``.
"""


def N_(template):
    """Mark ``template`` as a message to translate where no error class receives it directly (a module
    constant, a default); returns it unchanged: translation happens in the provider."""
    return template


def _same(text):
    return text


def _format(template, values, translate):
    """``template`` (translated) filled with ``values``; a value that is itself a message (a
    :class:`Problem`, a :class:`Phrase`, a :class:`PixelwiseError`) is translated too. A translation
    whose fields do not fit falls back to the English template rather than hiding the error."""
    filled = {key: value.message(translate) if isinstance(value, (Phrase, Problem, PixelwiseError)) else value
              for key, value in values.items()}
    try:
        return translate(template).format(**filled)
    except (KeyError, IndexError, ValueError):
        return template.format(**filled)


class Phrase:
    """A translatable clause chosen by code, put as a value into a template (``reason=Phrase(...)``)."""

    def __init__(self, template, **values):
        self.template, self.values = template, values

    def message(self, translate=_same):
        return _format(self.template, self.values, translate)

    def __str__(self):
        return self.message()


def _restore(cls, state, args):
    err = cls.__new__(cls)
    err.__dict__.update(state)
    err.args = args
    return err


class _Picklable:
    """Errors that survive pickling with their templates and values (a Dask worker's error reaches the
    client as the same one-line message): the default pickling calls ``cls(*args)``, which these
    constructors do not take."""

    def __reduce__(self):
        return _restore, (type(self), dict(self.__dict__), self.args)


class Problem(_Picklable, ValueError):
    """What a helper that does not know the parameter finds wrong; the caller puts it as a value into
    an ``InvalidInput`` template, where it is translated with the rest."""

    def __init__(self, template, **values):
        self.template, self.values = template, values
        super().__init__(self.message())

    def message(self, translate=_same):
        return _format(self.template, self.values, translate)


class PixelwiseError(_Picklable, Exception):
    """Root of every error the engine raises on purpose; ``str()`` is the one-line user message.

    ``template`` is an English ``str.format`` template filled with ``values``; :meth:`message` passes
    it through a translation function first."""

    def __init__(self, template="", **values):
        self.template, self.values = template, values
        super().__init__(self.message())

    def message(self, translate=_same):
        """The one-line message, its templates passed through ``translate`` before formatting."""
        return _format(self.template, self.values, translate)


class InvalidInput(PixelwiseError):
    """A parameter value the engine cannot work with.

    ``parameter`` is the public parameter key (``TILE_SIZE_X``), ``problem`` says what is wrong and
    ``fix`` what to do instead; the message reads ``TILE_SIZE_X: must be at least 1 (got 0). Use ...``.
    ``problem`` and ``fix`` are English ``str.format`` templates filled with ``values``
    (``InvalidInput("TILE_SIZE_X", "must be at least 1 (got {value})", "Use 256", value=0)``); the
    attributes ``problem`` and ``fix`` are the filled English texts, ``problem_template`` and
    ``fix_template`` the templates.
    """

    def __init__(self, parameter, problem, fix="", **values):
        self.parameter = parameter
        self.problem_template, self.fix_template = problem, fix
        self.values = values
        self.problem = _format(problem, values, _same)
        self.fix = _format(fix, values, _same) if fix else ""
        Exception.__init__(self, self.message())

    def message(self, translate=_same):
        """``PARAMETER: problem. Fix.`` on one line, its templates passed through ``translate``."""
        text = f"{self.parameter}: {_format(self.problem_template, self.values, translate)}"
        if self.fix_template:
            fix = _format(self.fix_template, self.values, translate)
            text = f"{text}. {fix}" + ("" if fix.endswith((".", "!", "?")) else ".")
        return " ".join(text.split())


_CANCELLED = N_("Cancelled by the user; the output was left as it was before the run.")


class Cancelled(PixelwiseError):
    """The caller asked to stop; outputs were left as they were before the run."""

    def __init__(self, template=_CANCELLED, **values):
        super().__init__(template, **values)
