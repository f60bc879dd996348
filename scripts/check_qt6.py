#!/usr/bin/env python3
"""Check Pixelwise's Python for what QGIS 4 (Qt6, PyQt6) no longer accepts; print one line per finding.

QGIS's own migration script (``scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py`` in qgis/QGIS) reads its enum
table from a file of QGIS 4's bindings; this check finds the same things from the QGIS it runs in:

* **unscoped enums**: ``Qt.AlignCenter``, ``QgsProcessing.TypeRaster``. Every ``Name.Attribute`` chain
  that starts at a class imported from ``qgis.*`` is evaluated; when it gives an enum member, the
  chain must be the member's own scoped name (``Qt.AlignmentFlag.AlignCenter``), and on QGIS 3.x
  releases where an enum moved to ``Qgis`` (``QgsProcessing.TypeRaster`` is
  ``Qgis.ProcessingSourceType.Raster`` since 3.36), its new name: the old ones are aliases that QGIS
  4 removes. Run under the newest QGIS for the strictest answer; names that only one QGIS version has
  belong in ``processing_provider/compat.py``, which looks them up by string;
* ``PyQt5``/``PyQt6`` imports (use ``qgis.PyQt``), ``exec_``, ``qApp``, ``QRegExp``,
  ``QDesktopWidget``, ``resources_rc``;
* ``QVariant`` types (``QVariant.String``): QGIS 3.38 and later take ``QMetaType`` types (compat.py).

Usage: check_qt6.py [PATH ...]   (default: the plugin's Python files and its tests). Exit status 1 when
something is found. Needs QGIS's Python (``qgis.core``) to evaluate the names.
"""

import ast
import enum
import importlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = ("__init__.py", "engine", "processing_provider", "plugin", "tests", "scripts", "bench")
SKIPPED_PARTS = {".venv", ".build", "dist", "__pycache__", ".git"}
REMOVED_NAMES = {
    "qApp": "QApplication.instance()",
    "QRegExp": "QRegularExpression",
    "QDesktopWidget": "QScreen (QGuiApplication.screens())",
}


def python_files(paths):
    for path in paths:
        path = Path(path)
        if path.is_file():
            yield path
        elif path.is_dir():
            for file in sorted(path.rglob("*.py")):
                if not SKIPPED_PARTS.intersection(file.parts):
                    yield file


def _is_enum_member(value):
    if isinstance(value, enum.Enum):
        return True
    # PyQt5's sip enums: int subclasses whose type is a sip.enumtype.
    return type(type(value)).__name__ == "enumtype"


def _scoped_name(value, written_member):
    """The name an enum member must be written as: its type's qualified name and its own name."""
    kind = type(value)
    member = value.name if isinstance(value, enum.Enum) else written_member
    return f"{kind.__qualname__}.{member}"


def _chain(node):
    """``['Qt', 'AlignmentFlag', 'AlignCenter']`` for ``Qt.AlignmentFlag.AlignCenter``; None otherwise."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return parts[::-1]


class _FileCheck(ast.NodeVisitor):
    def __init__(self, path):
        self.path = path
        self.imported = {}  # local name -> object imported from qgis.*
        self.findings = []

    def report(self, node, text):
        self.findings.append(f"{self.path}:{node.lineno}:{node.col_offset + 1}: {text}")

    def visit_Import(self, node):
        for alias in node.names:
            if alias.name.split(".")[0] in ("PyQt5", "PyQt6"):
                self.report(node, f"import {alias.name}: import from qgis.PyQt instead")
        self.generic_visit(node)

    def visit_ImportFrom(self, node):
        module = node.module or ""
        if module.split(".")[0] in ("PyQt5", "PyQt6"):
            self.report(node, f"from {module} import ...: import from qgis.PyQt instead")
        for alias in node.names:
            if alias.name in REMOVED_NAMES:
                self.report(node, f"{alias.name} is gone in Qt6: use {REMOVED_NAMES[alias.name]}")
            if alias.name == "resources_rc":
                self.report(node, "compiled resources are gone in Qt6: load files by path")
        if node.level == 0 and (module == "qgis" or module.startswith("qgis.")):
            try:
                imported = importlib.import_module(module)
            except ImportError:
                imported = None
            for alias in node.names:
                value = getattr(imported, alias.name, None)
                if value is not None:
                    self.imported[alias.asname or alias.name] = value
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        if node.name == "exec_":
            self.report(node, "exec_ is gone in PyQt6: define exec")
        self.generic_visit(node)

    def visit_Name(self, node):
        if node.id == "qApp":
            self.report(node, "qApp is gone in Qt6: use QApplication.instance()")

    def visit_Attribute(self, node):
        if node.attr == "exec_":
            self.report(node, "exec_() is gone in PyQt6: call exec()")
        chain = _chain(node)
        if chain is not None and chain[0] == "qApp":
            self.report(node, "qApp is gone in Qt6: use QApplication.instance()")
            return
        if chain is None or chain[0] not in self.imported:
            self.generic_visit(node)
            return
        if chain[0] == "QVariant" and len(chain) >= 2 and chain[1][0].isupper():
            self.report(node, f"{'.'.join(chain)}: field types are QMetaType types in QGIS 4 "
                              f"(processing_provider/compat.py)")
            return
        # The longest chain only: Qt.AlignmentFlag.AlignCenter, not also Qt.AlignmentFlag.
        value = self.imported[chain[0]]
        for position, name in enumerate(chain[1:], start=1):
            try:
                value = getattr(value, name)
            except AttributeError:
                self.report(node, f"{'.'.join(chain[:position + 1])} does not exist in this QGIS "
                                  f"(look it up in processing_provider/compat.py)")
                return
            if _is_enum_member(value):
                written = ".".join(chain[:position + 1])
                scoped = _scoped_name(value, name)
                if written != scoped:
                    self.report(node, f"{written}: write {scoped}")
                return


def check(paths):
    """Every finding in the Python files under ``paths``, as ``file:line:column: what to write``."""
    findings = []
    for path in python_files(paths):
        visitor = _FileCheck(path)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        findings.extend(visitor.findings)
    return findings


def main(argv):
    paths = argv or [REPO / name for name in DEFAULT_PATHS]
    findings = check(paths)
    for line in findings:
        print(line)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
