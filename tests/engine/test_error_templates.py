"""Error messages are English templates with their values apart: ``str()`` stays English, ``message(tr)``
translates the templates (and the clauses put into them) before filling them in."""

from pixelwise.engine.errors import Cancelled, InvalidInput, Phrase, PixelwiseError, Problem

FRENCH = {
    "must be at least 1 (got {value})": "doit valoir au moins 1 (reçu {value})",
    "Use {{\"padding\": {size}}}": "Écrivez {{\"padding\": {size}}}",
    "{package} was refused: its member {name!r} {reason}":
        "{package} a été refusé : son membre {name!r} {reason}",
    "is encrypted": "est chiffré",
    "{reason} in field '{field}'": "{reason} dans le champ '{field}'",
    "class value {value!r} is negative": "la valeur de classe {value!r} est négative",
    "Cancelled by the user; the output was left as it was before the run.": "Annulé.",
}


def french(text):
    return FRENCH.get(text, text)


def test_english_message_is_unchanged():
    err = InvalidInput("TILE_SIZE_X", "must be at least 1 (got {value})", "Use   256", value=0)
    assert str(err) == "TILE_SIZE_X: must be at least 1 (got 0). Use 256."
    assert err.message() == str(err)
    assert (err.parameter, err.problem, err.fix) == ("TILE_SIZE_X", "must be at least 1 (got 0)", "Use   256")
    assert (err.problem_template, err.fix_template, err.values) == \
        ("must be at least 1 (got {value})", "Use   256", {"value": 0})


def test_message_translates_templates_and_keeps_the_layout():
    err = InvalidInput("TILE_SIZE_X", "must be at least 1 (got {value})", "Use {{\"padding\": {size}}}",
                       value=0, size=64)
    assert str(err) == 'TILE_SIZE_X: must be at least 1 (got 0). Use {"padding": 64}.'
    assert err.message(french) == 'TILE_SIZE_X: doit valoir au moins 1 (reçu 0). Écrivez {"padding": 64}.'
    # No fix: no trailing full stop; a fix ending in "." gets none added.
    assert InvalidInput("A", "must be at least 1 (got {value})", value=2).message(french) == \
        "A: doit valoir au moins 1 (reçu 2)"
    assert InvalidInput("A", "x", "Done.").message() == "A: x. Done."


def test_phrases_and_problems_put_into_a_template_are_translated_too():
    err = InvalidInput("IN_MODEL_DEFINITION", "{package} was refused: its member {name!r} {reason}",
                       package="m.dlpk", name="a.onnx", reason=Phrase("is encrypted"))
    assert str(err) == "IN_MODEL_DEFINITION: m.dlpk was refused: its member 'a.onnx' is encrypted"
    assert err.message(french) == "IN_MODEL_DEFINITION: m.dlpk a été refusé : son membre 'a.onnx' est chiffré"
    problem = Problem("class value {value!r} is negative", value=-1)
    assert isinstance(problem, ValueError) and str(problem) == "class value -1 is negative"
    err = InvalidInput("CLASS_VALUE_FIELD", "{reason} in field '{field}'", reason=problem, field="cls")
    assert str(err) == "CLASS_VALUE_FIELD: class value -1 is negative in field 'cls'"
    assert err.message(french) == "CLASS_VALUE_FIELD: la valeur de classe -1 est négative dans le champ 'cls'"


def test_a_translation_that_does_not_fit_falls_back_to_english():
    err = InvalidInput("A", "must be at least 1 (got {value})", value=0)
    assert err.message(lambda text: "reçu {other}") == "A: must be at least 1 (got 0)"


def test_cancelled_and_other_errors_translate_their_template():
    assert str(Cancelled()) == "Cancelled by the user; the output was left as it was before the run."
    assert Cancelled().message(french) == "Annulé."
    err = PixelwiseError("differs by up to {difference:.3g}", difference=0.12345)
    assert str(err) == "differs by up to 0.123"
    assert err.message(lambda text: text.replace("differs", "diffère")) == "diffère by up to 0.123"
