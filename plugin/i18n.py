"""Pixelwise's translation for the language of QGIS's user interface (``i18n/pixelwise_<lang>.qm``).

The ``.qm`` files are built from ``i18n/*.ts`` by ``make transcompile``. Every Processing string is
translated under the one context ``Pixelwise`` when it is asked for, so the translator must be
installed before the provider creates its algorithms (``classFactory``).
"""

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"

# QCoreApplication does not own installed translators: this reference keeps ours alive.
_translator = None


def qgis_language():
    """Two-letter language of QGIS's user interface: QGIS sets ``locale/userLocale`` at start-up
    (``--lang``, the override in Options or the system's); the system's when it is not set."""
    locale = QgsSettings().value("locale/userLocale", "") or QLocale.system().name()
    return str(locale)[:2].lower()


def install_translator(directory=I18N_DIR):
    """Install the translator for QGIS's language and return it, or None when there is no ``.qm``
    for that language (English, or ``make transcompile`` not run). Replaces an earlier one."""
    global _translator
    remove_translator()
    path = Path(directory) / f"pixelwise_{qgis_language()}.qm"
    if not path.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    _translator = translator
    return translator


def remove_translator():
    """Uninstall the translator ``install_translator`` installed (from the plugin's ``unload``)."""
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
