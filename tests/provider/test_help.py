"""Help and icons of the four algorithms as the Toolbox, the dialogs and ``qgis_process help`` show them."""

from pathlib import Path

import pytest
from qgis.core import QgsApplication

REPO = Path(__file__).resolve().parents[2]
ALGORITHMS = {
    "pixelwise:exporttrainingdata": "export.svg",
    "pixelwise:trainpixelclassifier": "train.svg",
    "pixelwise:classifypixels": "classify.svg",
    "pixelwise:computeaccuracy": "accuracy.svg",
}


@pytest.fixture(params=list(ALGORITHMS))
def algorithm(request, pixelwise_provider):
    return QgsApplication.processingRegistry().algorithmById(request.param)


def test_every_provider_algorithm_is_covered(pixelwise_provider):
    assert sorted(a.id() for a in pixelwise_provider.algorithms()) == sorted(ALGORITHMS)


def test_short_help_says_what_inputs_outputs_and_gives_an_example(algorithm):
    text = algorithm.shortHelpString()
    paragraphs = text.split("\n\n")
    assert len(paragraphs[0]) > 100, paragraphs[0]  # what the tool does, first
    for part in ("Inputs: ", "Outputs: ", "Example: "):
        assert sum(p.startswith(part) for p in paragraphs) == 1, (algorithm.id(), part)
    example = next(p for p in paragraphs if p.startswith("Example: "))
    keys = {word.split("=")[0] for word in example[len("Example: "):].split()}
    names = {p.name() for p in algorithm.parameterDefinitions()}
    assert keys <= names, keys - names  # the example uses the real parameter keys


def test_every_parameter_and_output_is_described(algorithm):
    for parameter in algorithm.parameterDefinitions():
        assert parameter.description().strip(), parameter.name()
        assert len(parameter.help().strip()) > 20, (algorithm.id(), parameter.name(), parameter.help())
    for output in algorithm.outputDefinitions():
        assert output.description().strip(), output.name()


def test_each_algorithm_has_its_own_icon(algorithm):
    path = Path(algorithm.svgIconPath()).resolve()
    assert path == REPO / "resources" / ALGORITHMS[algorithm.id()]
    assert path.is_file()
    assert path.read_text(encoding="utf-8").lstrip().startswith("<svg")
    icon = algorithm.icon()
    assert not icon.isNull()
    assert not icon.pixmap(24, 24).isNull()


def test_the_provider_icon(pixelwise_provider):
    assert Path(pixelwise_provider.svgIconPath()).resolve() == REPO / "resources" / "icon.svg"
    assert not pixelwise_provider.icon().isNull()
