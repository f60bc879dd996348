"""The French and German translations: complete .ts files, and the plugin speaking QGIS's language."""

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

REPO = Path(__file__).resolve().parents[2]


def _load_extractor():
    """scripts/i18n.py, the extractor behind make transup (scripts/ is no package)."""
    spec = importlib.util.spec_from_file_location("pixelwise_i18n_script", REPO / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


i18n = _load_extractor()

LANGUAGES = sorted(i18n.LANGUAGES)
ALGORITHM = "pixelwise:exporttrainingdata"
PARAMETER = "TILE_SIZE_X"
# What each language must say: (displayName, TILE_SIZE_X description, group).
EXPECTED = {
    "fr": ("Exporter les données d'entraînement pour l'apprentissage profond", "Taille de tuile X",
           "Apprentissage profond"),
    "de": ("Trainingsdaten für Deep Learning exportieren", "Kachelgröße X", "Deep Learning"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_file_is_complete(lang):
    """Valid Qt Linguist XML; every message finished, non-empty, with its source's {placeholders}."""
    path = i18n.ts_path(lang)
    root = etree.parse(str(path)).getroot()
    assert root.tag == "TS" and root.get("version") == "2.1"
    assert root.get("language") == i18n.LANGUAGES[lang]
    assert [c.findtext("name") for c in root.iterfind("context")] == ["Pixelwise"]
    messages = root.findall("context/message")
    assert len(messages) > 100
    for message in messages:
        source, translation = message.findtext("source"), message.find("translation")
        if translation.get("type") == "vanished":
            continue
        assert translation.get("type") is None, f"{lang}: unfinished: {source!r}"
        assert translation.text and translation.text.strip(), f"{lang}: empty: {source!r}"
        assert i18n.placeholders(translation.text) == i18n.placeholders(source), source


def test_every_tr_literal_is_translated():
    """``scripts/i18n.py check``: each tr("...") of the code is in both .ts files, translated."""
    messages, problems = i18n.extract()
    assert not problems
    assert "Export Training Data For Deep Learning" in messages
    assert any(path.startswith("processing_provider/") for paths in messages.values() for path, _ in paths)
    assert i18n.check_problems() == []


def test_placeholders():
    assert i18n.placeholders("{value!r} from {low:g} to {high:g}, {{literal}}") == \
        ["{high:g}", "{low:g}", "{value!r}"]


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory):
    """The compiled .qm files: i18n/ after make transcompile, else compiled here with lrelease."""
    if all((i18n.I18N_DIR / f"pixelwise_{lang}.qm").is_file() and
           (i18n.I18N_DIR / f"pixelwise_{lang}.qm").stat().st_mtime >= i18n.ts_path(lang).stat().st_mtime
           for lang in LANGUAGES):
        return i18n.I18N_DIR
    lrelease = shutil.which("lrelease")
    if lrelease is None:
        pytest.skip("lrelease is absent (Debian package qttools5-dev-tools; make deps installs it)")
    folder = tmp_path_factory.mktemp("qm")
    for lang in LANGUAGES:
        qm = folder / f"pixelwise_{lang}.qm"
        subprocess.run([lrelease, "-silent", str(i18n.ts_path(lang)), "-qm", str(qm)], check=True,
                       env={**os.environ, "QT_SELECT": "qt5"})
    return folder


@pytest.fixture
def qgis_locale():
    """``set(locale)`` sets QGIS's locale/userLocale; afterwards the setting and English come back."""
    from qgis.core import QgsSettings

    from pixelwise.plugin.i18n import remove_translator

    settings = QgsSettings()
    key = "locale/userLocale"
    had, previous = settings.contains(key), settings.value(key)
    yield lambda locale: settings.setValue(key, locale)
    remove_translator()
    if had:
        settings.setValue(key, previous)
    else:
        settings.remove(key)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plugin_speaks_qgis_language(lang, qm_dir, qgis_locale, pixelwise_provider):
    from qgis.core import QgsApplication

    from pixelwise.plugin.i18n import install_translator, qgis_language, remove_translator

    english = QgsApplication.processingRegistry().algorithmById(ALGORITHM)
    assert english.displayName() == "Export Training Data For Deep Learning"

    qgis_locale(f"{lang}_{lang.upper()}")
    assert qgis_language() == lang
    assert install_translator(qm_dir) is not None
    algorithm = english.createInstance()
    algorithm.initAlgorithm()
    name, description, group = EXPECTED[lang]
    assert algorithm.displayName() == name
    assert algorithm.parameterDefinition(PARAMETER).description() == description
    assert algorithm.group() == group
    # A {placeholder} message, formatted after translation as the code does.
    from pixelwise.processing_provider.base import tr

    assert tr("{name} has no bands").format(name="x.tif").startswith("x.tif ")
    assert tr("{name} has no bands") != "{name} has no bands"

    remove_translator()
    algorithm = english.createInstance()
    algorithm.initAlgorithm()
    assert algorithm.displayName() == "Export Training Data For Deep Learning"
    assert algorithm.parameterDefinition(PARAMETER).description() == "Tile size X"


def test_no_translator_for_english(qm_dir, qgis_locale):
    from pixelwise.plugin.i18n import install_translator

    qgis_locale("en_US")
    assert install_translator(qm_dir) is None


# -- error messages ------------------------------------------------------------------------------------
def _literal_invalid_input_templates():
    """The literal problem and fix templates of every ``InvalidInput(...)`` call under engine/."""
    import ast

    templates = set()

    def add(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
            templates.add(node.value)
        elif isinstance(node, ast.IfExp):  # a template per branch
            add(node.body)
            add(node.orelse)

    for path in sorted((REPO / "engine").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == "InvalidInput":
                keywords = [k.value for k in node.keywords if k.arg in ("problem", "fix")]
                for argument in node.args[1:3] + keywords:
                    add(argument)
    return templates


def test_every_engine_error_template_is_extracted():
    """Each literal template of an InvalidInput(...) of the engine is in the .ts files; none is an f-string
    or another expression the extractor cannot read."""
    templates, problems = i18n.extract_templates()
    assert problems == []
    literal = _literal_invalid_input_templates()
    assert len(literal) > 300
    assert literal <= set(templates)
    # Templates marked with N_ (module constants, Cancelled's default) and clauses (Phrase) too.
    assert "Cancelled by the user; the output was left as it was before the run." in templates
    assert "is encrypted" in templates
    ts = i18n.read_ts(i18n.ts_path("fr"))
    assert all(template in ts for template in templates)


def test_extractor_reports_non_literal_templates(tmp_path):
    (tmp_path / "engine").mkdir()
    (tmp_path / "engine" / "bad.py").write_text(
        "def check(value, fix):\n"
        "    raise InvalidInput('A', f'got {value}', fix)\n"
        "def caller(v):\n"
        "    check(v, 'Use 1')\n"
        "    check(v, 'Use ' + str(v))\n", encoding="utf-8")
    templates, problems = i18n.extract_templates(tmp_path, dirs=("engine",))
    assert "Use 1" in templates  # a helper passing its parameter on: its callers' literals count
    assert problems == ["engine/bad.py:2: InvalidInput() template is not a string literal",
                        "engine/bad.py:5: check() template is not a string literal"]


def _run_in_french(qm_dir, qgis_locale, processing_run, algorithm, parameters):
    from qgis.core import QgsProcessingException

    from pixelwise.plugin.i18n import install_translator

    qgis_locale("fr_FR")
    assert install_translator(qm_dir) is not None
    with pytest.raises(QgsProcessingException) as error:
        processing_run(algorithm, parameters)
    return str(error.value)


@pytest.mark.parametrize("changes, expected", [
    ({"TILE_SIZE_X": 0},
     "TILE_SIZE_X: doit être un nombre entier de pixels, au moins 1 (reçu 0). Donnez-lui 1 ou plus, p. ex. "
     "256 pour les tuiles et 128 pour les pas."),
    ({"STRIDE_X": 200},
     "STRIDE_X: 200 est plus grand que TILE_SIZE_X (128), une bande de 72 pixels entre les imagettes n'irait "
     "donc dans aucune imagette. Utilisez un pas d'au plus 128 (égal : imagettes côte à côte ; inférieur : "
     "chevauchement)."),
])
def test_export_error_in_french(changes, expected, qm_dir, qgis_locale, processing_run, nb_parameters,
                                tmp_path):
    message = _run_in_french(qm_dir, qgis_locale, processing_run, ALGORITHM,
                             {**nb_parameters, **changes, "OUT_FOLDER": str(tmp_path / "out")})
    assert message == expected
    assert list(tmp_path.iterdir()) == []


def test_classify_error_in_french(qm_dir, qgis_locale, processing_run, classify_parameters, tmp_path):
    parameters = {**classify_parameters, "ARGUMENTS": "padding=128",
                  "OUT_CLASSIFIED_RASTER": str(tmp_path / "classified.tif")}
    message = _run_in_french(qm_dir, qgis_locale, processing_run, "pixelwise:classifypixels", parameters)
    assert message == ("ARGUMENTS: padding 128 ne laisse aucune place dans une fenêtre de 256×256 (il doit "
                       "être inférieur à la moitié de la fenêtre). Utilisez un padding inférieur à 128, "
                       "p. ex. 64.")
    assert not os.path.exists(parameters["OUT_CLASSIFIED_RASTER"])
