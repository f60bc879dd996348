#!/usr/bin/env python3
"""Build the release zip the QGIS plugin repository takes: ``<out>/pixelwise-<version>.zip``.

The zip holds the tracked files (``git ls-files``, read from the working tree) that QGIS needs, under
one top folder ``pixelwise/``, plus the compiled translations ``i18n/*.qm`` (build outputs, not
tracked). Tooling, tests, benchmarks, CI files and caches stay out. Before writing, ``metadata.txt`` is
checked for the fields the repository requires and ``icon`` for a file inside the zip. Entries are
sorted and carry a fixed date and mode, so the same tree gives the same bytes. Prints the zip's path.

Usage: scripts/package.py [--output-dir DIR]   (default: dist/ in the repository)
"""

import argparse
import configparser
import fnmatch
import subprocess
import sys
import zipfile
from pathlib import Path, PurePosixPath

REPO = Path(__file__).resolve().parent.parent
TOP = "pixelwise"
# Fields plugins.qgis.org refuses an upload without; the recommended ones get a warning.
REQUIRED_FIELDS = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
                   "repository")
RECOMMENDED_FIELDS = ("tracker", "homepage")
# What a working plugin cannot do without; checked in the zip's listing.
REQUIRED_ENTRIES = ("metadata.txt", "__init__.py", "LICENSE")
# Top-level folders and files that are tooling, not plugin.
EXCLUDED_TOP = {"tests", "bench", "scripts", ".ci", ".github", "Makefile", "pyproject.toml",
                "constraints.txt", "dist", ".build", ".venv"}
EXCLUDED_NAMES = ("requirements*.txt", ".*", "*.pyc", "*.pyo", "*~", "*.orig", "*.rej", "*.bak")
EXCLUDED_DIRS = {"__pycache__", "_build", ".pytest_cache", ".ruff_cache", "__MACOSX"}
# 1980-01-01, the earliest date a zip entry can hold: reproducible bytes.
FIXED_DATE = (1980, 1, 1, 0, 0, 0)


class PackageError(Exception):
    """The tree cannot make a release zip; the message says what to fix."""


def git_files(repo, *options):
    """``git ls-files -z *options`` in ``repo``: relative POSIX paths of the files that exist."""
    try:
        listing = subprocess.run(["git", "-C", str(repo), "ls-files", "-z", *options], check=True,
                                 capture_output=True).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        raise PackageError(f"{repo} is not a git checkout (git ls-files failed: {error})") from error
    names = (name.decode() for name in listing.split(b"\0") if name)
    return [name for name in names if (repo / name).is_file()]


def is_packaged(name):
    """Whether the tracked file ``name`` belongs in the release zip."""
    parts = PurePosixPath(name).parts
    if parts[0] in EXCLUDED_TOP or any(part in EXCLUDED_DIRS for part in parts[:-1]):
        return False
    if any(part.startswith(".") for part in parts[:-1]):
        return False
    return not any(fnmatch.fnmatch(parts[-1], pattern) for pattern in EXCLUDED_NAMES)


def untracked_files(repo):
    """Files git neither tracks nor ignores that would go into the zip if they were tracked."""
    return sorted(name for name in git_files(repo, "--others", "--exclude-standard") if is_packaged(name))


def package_files(repo):
    """Sorted relative paths that go into the zip: tracked plugin files plus built ``i18n/*.qm``."""
    names = {name for name in git_files(repo) if is_packaged(name)}
    names.update(path.relative_to(repo).as_posix() for path in (repo / "i18n").glob("*.qm"))
    return sorted(names)


def read_metadata(path):
    """The ``[general]`` section of ``metadata.txt`` as a dict (QGIS reads it with the same syntax)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are camelCase (qgisMinimumVersion)
    parser.read(path, encoding="utf-8")
    if not parser.has_section("general"):
        raise PackageError(f"{path}: no [general] section")
    return dict(parser["general"])


def check_metadata(metadata, names):
    """Raise PackageError for a missing required field or an icon outside the zip; return warnings."""
    missing = [field for field in REQUIRED_FIELDS if not metadata.get(field, "").strip()]
    if missing:
        raise PackageError(f"metadata.txt: required fields missing or empty: {', '.join(missing)}")
    icon = metadata.get("icon", "").strip()
    if not icon:
        raise PackageError("metadata.txt: no icon (the repository and Plugin Manager show it)")
    if icon not in names:
        raise PackageError(f"metadata.txt: icon={icon} is not a tracked file of the package")
    absent = [entry for entry in REQUIRED_ENTRIES if entry not in names]
    if absent:
        raise PackageError(f"the package would lack {', '.join(absent)} (tracked by git?)")
    return [f"metadata.txt: recommended field '{field}' is missing" for field in RECOMMENDED_FIELDS
            if not metadata.get(field, "").strip()]


def build(repo, output_dir):
    """Write ``output_dir/pixelwise-<version>.zip`` from ``repo`` and return its path."""
    names = package_files(repo)
    metadata = read_metadata(repo / "metadata.txt")
    for warning in check_metadata(metadata, names):
        print(f"warning: {warning}", file=sys.stderr)
    left_out = untracked_files(repo)
    if left_out:
        print(f"warning: not tracked by git, so left out: {', '.join(left_out)}", file=sys.stderr)
    if not any(name.endswith(".qm") for name in names):
        print("warning: no i18n/*.qm in the package (run make transcompile to build them)", file=sys.stderr)
    output_dir.mkdir(parents=True, exist_ok=True)
    target = output_dir / f"{TOP}-{metadata['version'].strip()}.zip"
    partial = target.with_name(f".{target.name}.partial")
    # Folder entries too, as git archive writes them: some unzip tools want them.
    folders = {f"{TOP}/"} | {f"{TOP}/{parent}/" for name in names for parent in PurePosixPath(name).parents
                             if parent.name}
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for entry in sorted(folders | {f"{TOP}/{name}" for name in names}):
            info = zipfile.ZipInfo(entry, date_time=FIXED_DATE)
            if entry.endswith("/"):
                info.external_attr = 0o40755 << 16 | 0x10  # directory, rwxr-xr-x, MS-DOS directory bit
                archive.writestr(info, b"")
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o100644 << 16  # regular file, rw-r--r--
                archive.writestr(info, (repo / entry.removeprefix(f"{TOP}/")).read_bytes())
    partial.replace(target)
    return target


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, default=REPO / "dist", help="folder for the zip")
    args = parser.parse_args(argv)
    try:
        print(build(REPO, args.output_dir.resolve()))
    except PackageError as error:
        print(f"package: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
