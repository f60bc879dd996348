"""Bad input into a new folder creates nothing; a cancel leaves an earlier export byte for byte as it was.
(Every bad-input case into an earlier export: tests/provider/test_catalogue.py.)"""

import pytest
from catalogue import BY_ID, EXPORT, assert_message, case_parameters
from helpers import tree_digest
from qgis.core import QgsProcessingException, QgsProcessingFeedback


@pytest.mark.parametrize("name", ["missing_class_field", "tile_size_0", "png_for_8_int16_bands"])
def test_bad_input_creates_no_folder(run_export, nb_parameters, bad_files, tmp_path, name):
    """The catalogue (tests/catalogue.py) runs every case into an earlier export; a new folder is not
    even created."""
    case = BY_ID[EXPORT, name]
    with pytest.raises(QgsProcessingException) as error:
        run_export(case_parameters(case, bad_files, nb_parameters, tmp_path / "new"))
    assert_message(str(error.value), case)
    assert list(tmp_path.iterdir()) == []


def _cancelling_feedback():
    """Feedback that cancels from its progress signal once the first chips are under way."""
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda progress: feedback.cancel() if progress > 0 else None)
    return feedback


def test_cancel_leaves_an_earlier_export_as_it_was(run_export, nb_parameters, copy_of_earlier_export):
    before = tree_digest(copy_of_earlier_export)
    neighbours = sorted(p.name for p in copy_of_earlier_export.parent.iterdir())
    feedback = _cancelling_feedback()

    with pytest.raises(QgsProcessingException) as error:
        run_export({**nb_parameters, "OUT_FOLDER": str(copy_of_earlier_export)}, feedback=feedback)

    assert feedback.isCanceled()
    assert "\n" not in str(error.value).strip() and "ancel" in str(error.value)
    assert tree_digest(copy_of_earlier_export) == before
    assert sorted(p.name for p in copy_of_earlier_export.parent.iterdir()) == neighbours


def test_cancel_creates_no_folder(run_export, nb_parameters, tmp_path):
    with pytest.raises(QgsProcessingException):
        run_export({**nb_parameters, "OUT_FOLDER": str(tmp_path / "new")}, feedback=_cancelling_feedback())
    assert list(tmp_path.iterdir()) == []
