"""Python packages the algorithms need at run time: which are missing, what to tell the user, and the
folder of Pixelwise's own that the plugin's dependency dialog (plugin/dependency_dialog.py) installs them
into with the user's consent.

Nothing here starts a process: this module builds the pip command, the dialog runs it.

The folder is ``<plugin folder>/deps``, used as pip's *user base* (``PYTHONUSERBASE``, ``pip install
--user``): pip then installs only what QGIS's Python lacks (numpy, GDAL and the other packages QGIS
ships stay QGIS's own; a constraint keeps numpy at QGIS's version) and nothing outside that folder
changes. :func:`activate` puts its site-packages on ``sys.path``, ahead of the system's as Python does
for a user site, when the plugin loads (QGIS Desktop and ``qgis_process`` alike) and right after an
install, so a tool runs without restarting QGIS. Uninstalling or upgrading the plugin removes it.
"""

import importlib
import os
import shlex
import site
import sys
import sysconfig

from qgis.PyQt.QtCore import QCoreApplication

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEPENDENCIES_DIR = os.path.join(PLUGIN_DIR, "deps")

# Python module -> (pip package, Debian/Ubuntu package) for the manual install hint.
_INSTALL_NAMES = {
    "numpy": ("numpy", "python3-numpy"),
    "rasterio": ("rasterio", "python3-rasterio"),
    "lxml": ("lxml", "python3-lxml"),
    # No Debian/Ubuntu package; onnxruntime-gpu (NVIDIA CUDA) is the same module with GPU providers.
    "onnxruntime": ("onnxruntime", None),
    # Train Pixel Classifier: PyPI's Linux build bundles CUDA (GBs); PyTorch's CPU index has a small one.
    # An extra (not a replacing) index, so that packages named beside it (onnx) still come from PyPI.
    "torch": ("torch --extra-index-url https://download.pytorch.org/whl/cpu", None),
    # DASK_SCHEDULER (optional): Dask's scheduler client and workers; dask comes with it.
    "distributed": ("dask distributed", "python3-distributed"),
}
# Module -> another pip package providing it, named in the install hint as an alternative.
_ALTERNATIVES = {"onnxruntime": "onnxruntime-gpu"}

PYPI = "https://pypi.org/simple"
TORCH_CPU_INDEX = "https://download.pytorch.org/whl/cpu"
# PyPI's Windows torch is the CPU build; PyTorch's CUDA builds for Windows come from its own index.
TORCH_CUDA_INDEX_WINDOWS = "https://download.pytorch.org/whl/cu128"


def tr(text):
    return QCoreApplication.translate("Pixelwise", text)


class Build:
    """One way to install a module: ``requirements`` for pip, from ``index`` (PyPI when None, and
    PyPI also as an extra index otherwise), with a short label and a size for the dialog."""

    def __init__(self, key, label, requirements, size_mb, index=None):
        self.key, self.label, self.requirements = key, label, requirements
        self.size_mb, self.index = size_mb, index


def builds(module, platform=None):
    """The builds the dependency dialog offers for ``module`` on ``platform`` (``sys.platform``), GPU
    first; an empty list for a module it does not install (numpy, rasterio, lxml come with QGIS)."""
    platform = platform or sys.platform
    if module == "onnxruntime":
        cpu = Build("CPU", tr("CPU build (onnxruntime)"), ["onnxruntime>=1.17,<2"], 20)
        if platform == "darwin":  # no CUDA build for macOS
            return [cpu]
        gpu = Build("GPU", tr("NVIDIA GPU build (onnxruntime-gpu; also runs on the CPU)"),
                    ["onnxruntime-gpu>=1.17,<2"], 300)
        return [gpu, cpu]
    if module == "torch":
        if platform == "darwin":
            return [Build("CPU", tr("PyTorch for macOS (CPU and Apple GPU)"), ["torch>=2.1"], 250)]
        if platform == "win32":
            return [Build("GPU", tr("NVIDIA GPU build (CUDA)"), ["torch>=2.1"], 2800,
                          TORCH_CUDA_INDEX_WINDOWS),
                    Build("CPU", tr("CPU build"), ["torch>=2.1"], 250)]
        return [Build("GPU", tr("NVIDIA GPU build (CUDA, from PyPI)"), ["torch>=2.1"], 3500),
                Build("CPU", tr("CPU build (PyTorch's CPU index)"), ["torch>=2.1"], 250, TORCH_CPU_INDEX)]
    if module == "onnx":
        return [Build("ANY", tr("onnx"), ["onnx>=1.16"], 20)]
    if module == "distributed":
        return [Build("ANY", tr("Dask (dask and distributed), for DASK_SCHEDULER"),
                      ["dask>=2024.1", "distributed>=2024.1"], 30)]
    return []


def has_nvidia_gpu():
    """Whether an NVIDIA driver is visible (the dialog then suggests the GPU builds)."""
    if sys.platform.startswith("linux"):
        return os.path.exists("/proc/driver/nvidia/version")
    if sys.platform == "win32":
        system = os.environ.get("SystemRoot", r"C:\Windows")
        return os.path.isfile(os.path.join(system, "System32", "nvcuda.dll"))
    return False


def missing_modules(names):
    """The names in ``names`` that this Python cannot import, in the given order."""
    missing = []
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    return missing


def installable(names):
    """The modules of ``names`` the dependency dialog can install."""
    return [name for name in names if builds(name)]


def qgis_python_path():
    """Path of the Python QGIS embeds, or None when none is found.

    Inside QGIS ``sys.executable`` is the qgis binary, so the interpreter is looked up under
    ``sys.exec_prefix``: ``bin/python3.X`` on Linux and macOS; on Windows the ``python-qgis*.bat`` that
    OSGeo4W and the standalone installer put in ``<root>/bin`` (it sets QGIS's environment up), else
    ``python3.exe`` / ``python.exe``.
    """
    if sys.platform == "win32":
        root = os.path.dirname(os.path.dirname(sys.exec_prefix))  # <root>/apps/Python3X
        candidates = [os.path.join(root, "bin", name) for name in ("python-qgis-ltr.bat", "python-qgis.bat")]
        candidates += [os.path.join(sys.exec_prefix, name) for name in ("python3.exe", "python.exe")]
    else:
        version = f"{sys.version_info.major}.{sys.version_info.minor}"
        candidates = [os.path.join(sys.exec_prefix, "bin", name) for name in (f"python{version}", "python3")]
    return next((path for path in candidates if os.path.isfile(path)), None)


def qgis_python():
    """The command that starts the Python QGIS embeds, quoted for the shell, for the pip hint; a plain
    name when none is found."""
    found = qgis_python_path()
    if sys.platform == "win32":
        return (f'"{found}"' if " " in found else found) if found else "python"
    return shlex.quote(found) if found else "python3"


def _externally_managed():
    """Whether pip refuses to install for this Python without ``--break-system-packages`` (PEP 668)."""
    return os.path.isfile(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED"))


def pip_install_command(packages):
    """The pip command line that installs ``packages`` (a string) for this QGIS's Python by hand.

    ``--user`` outside a virtual environment (pip refuses it inside one), so nothing needs root; on a
    system Python marked externally managed (Debian 12, Ubuntu 23.04 and later) pip also needs
    ``--break-system-packages`` for a ``--user`` install.
    """
    options = ""
    if sys.prefix == sys.base_prefix:
        options = " --user --break-system-packages" if _externally_managed() else " --user"
    return f"{qgis_python()} -m pip install{options} {packages}"


def missing_dependencies_message(names):
    """One line saying that the modules ``names`` are missing and how to install them, or ``""``."""
    missing = missing_modules(names)
    if not missing:
        return ""
    install = [_INSTALL_NAMES.get(name, (name, f"python3-{name}")) for name in missing]
    pip_names = " ".join(pip for pip, _apt in install)
    apt_names = " ".join(apt for _pip, apt in install if apt)
    command = pip_install_command(pip_names)
    if installable(missing) == missing:
        hint = tr("In QGIS Desktop, Raster ▸ Pixelwise ▸ Install Python packages… installs them into "
                  "Pixelwise's own folder when you agree; or install them with '{command}'").format(
                      command=command)
    else:
        hint = tr("Install them with '{command}'").format(command=command)
    if apt_names:
        hint += tr(" (Debian/Ubuntu: 'sudo apt install {apt}')").format(apt=apt_names)
    for name in missing:
        if name in _ALTERNATIVES:
            hint += tr(" ('{alternative}' instead of '{pip}' for an NVIDIA GPU)").format(
                alternative=_ALTERNATIVES[name], pip=_INSTALL_NAMES[name][0])
    return tr("Pixelwise needs the Python packages {missing}, which QGIS's Python cannot import. "
              "{hint} and restart QGIS.").format(missing=", ".join(missing), hint=hint)


# --- Pixelwise's own folder -------------------------------------------------------------------------------

def _user_scheme():
    try:
        return sysconfig.get_preferred_scheme("user")
    except AttributeError:  # Python < 3.10 (QGIS 3.22 on Windows ships 3.9)
        if os.name == "nt":
            return "nt_user"
        return "osx_framework_user" if sys.platform == "darwin" and sys._framework else "posix_user"


def dependencies_site(base=DEPENDENCIES_DIR):
    """The site-packages folder pip's ``--user`` install writes under the user base ``base``."""
    return sysconfig.get_path("purelib", _user_scheme(), vars={"userbase": base})


def activate(base=DEPENDENCIES_DIR):
    """Put the packages installed under ``base`` on ``sys.path`` (its ``.pth`` files too), ahead of the
    system's site-packages as for a user site. Returns whether anything was added."""
    path = dependencies_site(base)
    if not os.path.isdir(path) or path in sys.path:
        return False
    before = set(sys.path)
    site.addsitedir(path)
    added = [entry for entry in sys.path if entry not in before]
    for entry in reversed(added):
        sys.path.remove(entry)
        sys.path.insert(0, entry)
    importlib.invalidate_caches()
    return True


def install_arguments(chosen, constraints_file, base=DEPENDENCIES_DIR):
    """``(program, arguments, environment)`` that install the ``chosen`` builds (a list of
    :class:`Build`) into ``base`` with this QGIS's Python, for a process the caller starts.

    ``constraints_file`` pins what QGIS's Python already has and must keep (numpy); ``environment`` holds
    the variables to set (``PYTHONUSERBASE``) and, as None, those to unset (``PYTHONNOUSERSITE``: pip
    refuses a user install without a user site)."""
    program = qgis_python_path() or sys.executable
    arguments = ["-m", "pip", "install", "--user", "--upgrade-strategy", "only-if-needed",
                 "--disable-pip-version-check", "--no-input", "--no-warn-script-location",
                 "--progress-bar", "off", "--constraint", constraints_file]
    if _externally_managed():
        # The user base is Pixelwise's own folder: nothing of the system's Python changes.
        arguments.append("--break-system-packages")
    index = next((build.index for build in chosen if build.index), None)
    if index:
        arguments += ["--index-url", index, "--extra-index-url", PYPI]
    for build in chosen:
        arguments += build.requirements
    return program, arguments, {"PYTHONUSERBASE": base, "PYTHONNOUSERSITE": None}


def constraints_text():
    """What the install must not change in QGIS's Python: the numpy it has (GDAL and rasterio are
    built against it)."""
    lines = []
    try:
        import numpy

        lines.append(f"numpy=={numpy.__version__}")
    except ImportError:
        pass
    return "".join(line + "\n" for line in lines)
