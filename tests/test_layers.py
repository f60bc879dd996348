"""Layering: engine/ runs without QGIS, processing_provider/ does not depend on plugin/ (the GUI side), and
inside the engine the tools (export, classify, train, accuracy) are siblings: each imports only the
engine's shared modules (classes, labels, geometry, normalization, session, esri_files, raster_io, …),
never another tool, and the shared modules import no tool. Only engine/distributed.py, which runs the
tools' parts on a cluster, sits above them."""

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
QT_AND_QGIS = {"qgis", "PyQt5", "PyQt6", "sip", "processing"}

# layer folder -> what it must not import (top-level modules, or plugin sub-packages by folder name)
FORBIDDEN = {
    "engine": QT_AND_QGIS | {"processing_provider", "plugin"},
    "processing_provider": {"plugin"},
}
# The engine's tool packages, and the engine modules that run them (nothing below may import these).
ENGINE_TOOLS = ("export", "classify", "train", "accuracy")
ENGINE_RUNNERS = ("distributed",)


def _imported_modules(path):
    """Yield (line, parts) for each import in ``path``: the imported module's dotted name as a list,
    relative imports resolved from the plugin's root, the ``pixelwise.`` prefix dropped."""
    package = list(path.relative_to(REPO).parent.parts)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            modules = [alias.name.split(".") for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            modules = [node.module.split(".")]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1]
            if node.module:
                modules = [base + node.module.split(".")]
            else:
                modules = [base + [alias.name] for alias in node.names]
        else:
            continue
        for parts in modules:
            if parts[0] == "pixelwise" and len(parts) > 1:
                parts = parts[1:]
            yield node.lineno, parts


def _imported_names(path):
    """Yield (line, target) for each import in ``path``; a target inside the plugin is its top folder."""
    for line, parts in _imported_modules(path):
        yield line, parts[0]


def _engine_offences(path):
    """Imports of ``path`` (a file under engine/) that cross between the engine's tools: a tool package
    importing another tool or a runner, a shared module importing a tool."""
    own = path.relative_to(REPO / "engine").parts
    own_tool = own[0] if len(own) > 1 and own[0] in ENGINE_TOOLS else None
    if own[0].removesuffix(".py") in ENGINE_RUNNERS:
        return
    for line, parts in _imported_modules(path):
        if parts[0] != "engine" or len(parts) < 2:
            continue
        target = parts[1]
        if target in ENGINE_RUNNERS or (target in ENGINE_TOOLS and target != own_tool):
            where = f"engine/{own_tool}/" if own_tool else "a shared engine module"
            yield f"{path.relative_to(REPO)}:{line} imports engine.{target} ({where} may import only the " \
                  "engine's shared modules)"


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_forbidden(layer):
    folder = REPO / layer
    if not folder.is_dir():
        pytest.skip(f"{layer}/ does not exist yet")
    offending = [
        f"{path.relative_to(REPO)}:{line} imports {target}"
        for path in sorted(folder.rglob("*.py"))
        for line, target in _imported_names(path)
        if target in FORBIDDEN[layer]
    ]
    if layer == "engine":
        offending += [o for path in sorted(folder.rglob("*.py")) for o in _engine_offences(path)]
    assert not offending, "\n".join(offending)


BLOCKED_IMPORT = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    BLOCKED = {blocked!r}

    class Blocker:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{{name}} is blocked: the engine must run without QGIS")
            return None

    sys.meta_path.insert(0, Blocker())
    sys.path.insert(0, {pythonpath!r})

    import pixelwise.engine as engine

    names = [m.name for m in pkgutil.walk_packages(engine.__path__, "pixelwise.engine.")]
    for name in names:
        importlib.import_module(name)
    loaded = sorted(n for n in sys.modules if n.split(".")[0] in BLOCKED)
    assert not loaded, loaded
    print(len(names), "engine modules imported")
    """
)


def test_engine_imports_with_qgis_blocked():
    """Import the package, ``pixelwise.engine`` and every module under it in a fresh interpreter."""
    import pixelwise  # noqa: F401  (conftest has linked the package; this checks the link works)

    code = BLOCKED_IMPORT.format(blocked=sorted(QT_AND_QGIS), pythonpath=str(REPO / ".build" / "pythonpath"))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=REPO.parent
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "engine modules imported" in result.stdout
