"""The dialog that installs missing Python packages into Pixelwise's own folder, when the user agrees.

It says what is missing and for which tool, lets the user choose the GPU or CPU build, and runs pip
(``processing_provider/dependencies.py`` builds the command) in a ``QProcess``: a progress bar, pip's
output on request, cancel. Nothing is installed before the user presses Install, and nothing outside
``<plugin folder>/deps``; after a successful install the packages are importable at once.
"""

import os
import tempfile

from qgis.PyQt.QtCore import QProcess, QProcessEnvironment
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from ..processing_provider import dependencies
from ..processing_provider.dependencies import tr

# pip's output lines that move the progress bar (pip prints no overall progress): stage -> percent.
_STAGES = (("Collecting ", 10), ("Downloading ", 40), ("Installing collected packages", 80),
           ("Successfully installed", 100))


class DependencyDialog(QDialog):
    """Offers to install ``modules`` (importable names, e.g. ``["onnxruntime"]``) for ``tool``."""

    def __init__(self, modules, tool, parent=None, base=dependencies.DEPENDENCIES_DIR):
        super().__init__(parent)
        self.setObjectName("PixelwiseDependencyDialog")
        self.modules = list(modules)
        self.base = base
        self.process = None
        self.installed = False
        self._constraints = None
        self.setWindowTitle(tr("Pixelwise: install Python packages"))
        layout = QVBoxLayout(self)

        names = ", ".join(self.modules)
        intro = QLabel(tr("<b>{tool}</b> needs the Python packages <b>{names}</b>, which QGIS's Python "
                          "cannot import.<br>Pixelwise can install them from the Python Package Index "
                          "(PyPI) with pip, into its own folder:<br><tt>{folder}</tt><br>Nothing else in "
                          "QGIS or on this computer changes; removing the plugin removes them.").format(
                              tool=tool, names=names, folder=base))
        intro.setWordWrap(True)
        intro.setObjectName("intro")
        layout.addWidget(intro)

        self.choices = {}  # module -> (QButtonGroup, builds)
        gpu = dependencies.has_nvidia_gpu()
        for module in self.modules:
            builds = dependencies.builds(module)
            if len(builds) < 2:
                self.choices[module] = (None, builds)
                continue
            box = QGroupBox(module, self)
            box.setObjectName(f"build_{module}")
            group = QButtonGroup(box)
            box_layout = QVBoxLayout(box)
            for number, build in enumerate(builds):
                button = QRadioButton(tr("{label}, about {size} MB").format(label=build.label,
                                                                           size=build.size_mb), box)
                button.setObjectName(f"{module}_{build.key}")
                button.setChecked((build.key == "GPU") == gpu)
                group.addButton(button, number)
                box_layout.addWidget(button)
            layout.addWidget(box)
            self.choices[module] = (group, builds)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel("", self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.output = QPlainTextEdit(self)
        self.output.setObjectName("output")
        self.output.setReadOnly(True)
        self.output.setVisible(False)
        self.output.setMinimumHeight(160)
        layout.addWidget(self.output)

        self.buttons = QDialogButtonBox(self)
        self.install_button = self.buttons.addButton(tr("Install"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.install_button.setObjectName("install")
        self.details_button = QPushButton(tr("Show pip output"), self)
        self.details_button.setObjectName("details")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._show_output)
        self.buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setVisible(False)
        self.install_button.clicked.connect(self.install)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(self.buttons)

    def chosen_builds(self):
        """The builds selected in the dialog, one per module."""
        chosen = []
        for group, builds in self.choices.values():
            chosen.append(builds[group.checkedId()] if group is not None else builds[0])
        return chosen

    def _show_output(self, shown):
        self.output.setVisible(shown)
        self.details_button.setText(tr("Hide pip output") if shown else tr("Show pip output"))

    def install(self):
        """Start pip (the user pressed Install)."""
        if self.process is not None:
            return
        os.makedirs(self.base, exist_ok=True)
        handle, self._constraints = tempfile.mkstemp(prefix="pixelwise-constraints-", suffix=".txt")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(dependencies.constraints_text())
        program, arguments, variables = dependencies.install_arguments(
            self.chosen_builds(), self._constraints, self.base)
        environment = QProcessEnvironment.systemEnvironment()
        for name, value in variables.items():
            if value is None:
                environment.remove(name)
            else:
                environment.insert(name, value)
        self.process = QProcess(self)
        self.process.setProcessEnvironment(environment)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._read_output)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._failed_to_start)
        for group, _builds in self.choices.values():
            if group is not None:
                for button in group.buttons():
                    button.setEnabled(False)
        self.install_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setValue(2)
        self.status.setText(tr("Installing with pip…"))
        self.output.appendPlainText(" ".join([program, *arguments]))
        self.process.start(program, arguments)

    def _read_output(self):
        text = bytes(self.process.readAllStandardOutput()).decode("utf-8", "replace")
        for line in text.splitlines():
            self.output.appendPlainText(line)
            for prefix, percent in _STAGES:
                if line.lstrip().startswith(prefix):
                    self.progress.setValue(max(self.progress.value(), percent))

    def _failed_to_start(self, error):
        if error == QProcess.ProcessError.FailedToStart:
            self._done(False, tr("Python could not be started ({program}). Install the packages by hand: "
                                 "see the Pixelwise README.").format(program=self.process.program()))

    def _finished(self, exit_code, _exit_status):
        if self.process is None:
            return
        self._read_output()
        if exit_code == 0:
            dependencies.activate(self.base)
            missing = dependencies.missing_modules(self.modules)
            if not missing:
                self._done(True, tr("Installed. The tool runs now, no restart needed."))
                return
            self._done(False, tr("pip finished, but {missing} still does not import: see pip's output.")
                       .format(missing=", ".join(missing)))
            return
        last = next((line for line in reversed(self.output.toPlainText().splitlines()) if line.strip()), "")
        self._done(False, tr("pip failed (exit code {code}): {last}").format(code=exit_code, last=last))

    def _done(self, ok, message):
        self.installed = ok
        self.process = None
        if self._constraints:
            os.unlink(self._constraints)
            self._constraints = None
        self.status.setText(message)
        self.progress.setValue(100 if ok else self.progress.value())
        if ok:
            self.install_button.setVisible(False)
            self.cancel_button.setVisible(False)
            self.close_button.setVisible(True)
        else:
            self.details_button.setChecked(True)
            self.install_button.setText(tr("Try again"))
            self.install_button.setEnabled(True)

    def reject(self):
        """Cancel, Escape or the window's close button: stop pip if it runs, then close."""
        if self.process is not None:
            process, self.process = self.process, None
            process.kill()
            process.waitForFinished(5000)
            if self._constraints:
                os.unlink(self._constraints)
                self._constraints = None
        super().reject()


def offer_install(modules, tool, parent=None):
    """Open the dialog for ``modules`` (modal) and say whether they import afterwards."""
    dialog = DependencyDialog(modules, tool, parent)
    dialog.exec()
    return dialog.installed
