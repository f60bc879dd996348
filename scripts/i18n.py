"""Extract Pixelwise's translatable strings into Qt Linguist ``.ts`` files, and check them.

Every Processing string goes through ``tr("literal")`` (``processing_provider/base.py``), which
translates under the one context ``Pixelwise``. Qt's ``lupdate`` cannot read Python and
``pylupdate5`` files strings under the class name, so this script reads the code with ``ast``.

Error messages are English ``str.format`` templates that the engine (QGIS-free) carries and the
provider translates with the same ``tr()`` (``err.message(tr)``). Under ``engine/`` and
``processing_provider/`` the script also collects the literal templates of the error calls
(``TEMPLATE_CALLS``: the problem and fix of ``InvalidInput(...)``, ``N_("...")``, ...), of helpers
that pass a parameter through as a template (their callers' literals), and their conditional
(``a if c else b``) and ``or`` alternatives; any other template argument is a problem.

    python scripts/i18n.py update [--merge translations.json]   # make transup
    python scripts/i18n.py check                                 # exit 1 if a .ts is behind the code

``update`` keeps existing translations, adds new strings as ``type="unfinished"`` and keeps the
translations of strings the code no longer has as ``type="vanished"`` (``lrelease`` leaves them out;
they help to translate an edited string). ``--merge`` takes ``{"fr": {source: translation}, "de": {...}}``.
``check`` fails when a ``tr()`` literal is missing from a ``.ts``, a translation is empty or
unfinished, or a translation's ``{placeholders}`` differ from its source's.
"""

import argparse
import ast
import json
import re
import sys
from pathlib import Path

from lxml import etree

REPO = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("processing_provider", "plugin")
TEMPLATE_DIRS = ("engine", "processing_provider")
# Callable -> (positions, keywords) of its template arguments (engine/errors.py).
TEMPLATE_CALLS = {
    "InvalidInput": ((1, 2), ("problem", "fix")),
    "PixelwiseError": ((0,), ("template",)),
    "Cancelled": ((0,), ("template",)),
    "Problem": ((0,), ("template",)),
    "Phrase": ((0,), ("template",)),
    "N_": ((0,), ()),
}
# An error's own template, passed on when an error is raised again with another problem.
_TEMPLATE_ATTRIBUTES = ("template", "problem_template", "fix_template")
I18N_DIR = REPO / "i18n"
CONTEXT = "Pixelwise"
LANGUAGES = {"fr": "fr_FR", "de": "de_DE"}
# str.format fields: {name}, {value!r}, {low:g}; "{{" and "}}" are literal braces.
_PLACEHOLDER = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")


def placeholders(text):
    """The sorted ``str.format`` fields of ``text`` (translations must keep exactly these)."""
    return sorted(_PLACEHOLDER.findall(text))


def extract(root=REPO, dirs=SOURCE_DIRS):
    """``({source: [(path, line), ...]}, [problems])`` for every ``tr(...)`` call under ``dirs``.

    Only a single string literal (implicitly concatenated literals included) is extractable;
    any other argument is reported as a problem, since it can never be translated.
    """
    messages, problems = {}, []
    for directory in dirs:
        for path in sorted((Path(root) / directory).rglob("*.py")):
            relative = path.relative_to(root).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
            calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
                     and isinstance(node.func, ast.Name) and node.func.id == "tr"]
            for node in sorted(calls, key=lambda call: (call.lineno, call.col_offset)):
                args = node.args
                if len(args) == 1 and not node.keywords and isinstance(args[0], ast.Constant) \
                        and isinstance(args[0].value, str):
                    messages.setdefault(args[0].value, []).append((relative, node.lineno))
                elif not (len(args) == 1 and isinstance(args[0], ast.Name) and args[0].id == "text"):
                    # tr(text) inside the definition of tr itself is the only allowed non-literal.
                    problems.append(f"{relative}:{node.lineno}: tr() argument is not a string literal")
    return messages, problems


def _template_arguments(call, spec):
    """The template argument nodes of ``call`` given ``(positions, keywords)``."""
    positions, keywords = spec
    nodes = [call.args[i] for i in positions if i < len(call.args)]
    return nodes + [k.value for k in call.keywords if k.arg in keywords]


def _parameter_spec(function, name):
    """``(positions, keywords)`` of the parameter ``name`` of ``function``, or None."""
    positional = [a.arg for a in function.args.posonlyargs + function.args.args]
    if name in positional:
        return (positional.index(name),), (name,)
    if name in [a.arg for a in function.args.kwonlyargs]:
        return (), (name,)
    return None


def _file_templates(tree, relative):
    """``([(template, line)], [problems])`` of the error templates of one parsed file."""
    enclosing = {}
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(function):
                enclosing[node] = function  # the innermost function wins: ast.walk goes outside in
    calls = sorted((node for node in ast.walk(tree) if isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)), key=lambda c: (c.lineno, c.col_offset))
    marked = {target.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
              and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
              and node.value.func.id == "N_" for target in node.targets if isinstance(target, ast.Name)}
    specs = dict(TEMPLATE_CALLS)
    passed = set()  # (function, parameter) passed through as a template
    changed = True
    while changed:  # helpers of helpers
        changed = False
        for call in calls:
            if call.func.id not in specs:
                continue
            for node in _template_arguments(call, specs[call.func.id]):
                function = enclosing.get(call)
                if isinstance(node, ast.Name) and node.id not in marked and function is not None \
                        and (function, node.id) not in passed:
                    spec = _parameter_spec(function, node.id)
                    if spec is not None:
                        passed.add((function, node.id))
                        old = specs.get(function.name, ((), ()))
                        specs[function.name] = (old[0] + spec[0], old[1] + spec[1])
                        changed = True
    found, problems = [], []

    def accept(node, call):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value:
                found.append((node.value, node.lineno))
        elif isinstance(node, ast.IfExp):
            accept(node.body, call)
            accept(node.orelse, call)
        elif isinstance(node, ast.BoolOp):
            for value in node.values:
                accept(value, call)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "N_":
            pass  # collected as a call of its own
        elif isinstance(node, ast.Name) and (node.id in marked or (enclosing.get(call), node.id) in passed):
            pass
        elif isinstance(node, ast.Attribute) and node.attr in _TEMPLATE_ATTRIBUTES:
            pass
        else:
            problems.append(f"{relative}:{node.lineno}: {call.func.id}() template is not a string literal")

    for call in calls:
        if call.func.id in specs:
            for node in _template_arguments(call, specs[call.func.id]):
                accept(node, call)
    return found, problems


def extract_templates(root=REPO, dirs=TEMPLATE_DIRS):
    """``({template: [(path, line), ...]}, [problems])`` for the error templates under ``dirs``."""
    messages, problems = {}, []
    for directory in dirs:
        for path in sorted((Path(root) / directory).rglob("*.py")):
            relative = path.relative_to(root).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
            found, bad = _file_templates(tree, relative)
            for template, line in found:
                messages.setdefault(template, []).append((relative, line))
            problems.extend(bad)
    return messages, problems


def extract_all(root=REPO):
    """``tr()`` literals and error templates together, as :func:`extract` returns them."""
    messages, problems = extract(root)
    templates, template_problems = extract_templates(root)
    for template, locations in templates.items():
        messages.setdefault(template, []).extend(locations)
    return messages, problems + template_problems


def ts_path(lang):
    return I18N_DIR / f"pixelwise_{lang}.ts"


def read_ts(path):
    """``{source: (translation, type or None)}`` of the ``Pixelwise`` context of a ``.ts`` file."""
    entries = {}
    if not Path(path).exists():
        return entries
    tree = etree.parse(str(path))
    for message in tree.iterfind(f"context[name='{CONTEXT}']/message"):
        translation = message.find("translation")
        text = "" if translation is None else (translation.text or "")
        kind = None if translation is None else translation.get("type")
        entries[message.findtext("source")] = (text, kind)
    return entries


def write_ts(path, language, messages, translations):
    """Write ``messages`` (in code order) with ``translations`` ({source: (text, type)}) to ``path``;
    translated strings that are no longer in ``messages`` follow as ``type="vanished"``."""
    root = etree.Element("TS", version="2.1", language=language)
    context = etree.SubElement(root, "context")
    etree.SubElement(context, "name").text = CONTEXT
    for source, locations in messages.items():
        message = etree.SubElement(context, "message")
        for filename, line in locations:
            etree.SubElement(message, "location", filename=f"../{filename}", line=str(line))
        etree.SubElement(message, "source").text = source
        text, kind = translations.get(source, ("", "unfinished"))
        element = etree.SubElement(message, "translation")
        if kind or not text:
            element.set("type", "unfinished")
        element.text = text
    for source, (text, kind) in translations.items():
        if source not in messages and text and kind in (None, "vanished"):
            message = etree.SubElement(context, "message")
            etree.SubElement(message, "source").text = source
            etree.SubElement(message, "translation", type="vanished").text = text
    etree.indent(root, space="    ")
    data = etree.tostring(root, encoding="utf-8", xml_declaration=True, doctype="<!DOCTYPE TS>")
    Path(path).write_bytes(data + b"\n")


def update(merge=None):
    """Rewrite every ``.ts`` from the code, keeping translations; ``merge`` adds finished ones."""
    messages, problems = extract_all()
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    for lang, language in LANGUAGES.items():
        path = ts_path(lang)
        existing = read_ts(path)
        for source, text in (merge or {}).get(lang, {}).items():
            if source in messages and text:
                existing[source] = (text, None)
        write_ts(path, language, messages, existing)
        done = sum(1 for source in messages if existing.get(source, ("", "x"))[0]
                   and not existing[source][1])
        vanished = sum(1 for source, (text, _kind) in existing.items() if source not in messages and text)
        print(f"{path.relative_to(REPO)}: {done}/{len(messages)} translated, {vanished} vanished")


def check_problems():
    """Every way the ``.ts`` files fall short of the code, as lines; empty when they are complete."""
    messages, problems = extract_all()
    for lang in LANGUAGES:
        path = ts_path(lang)
        name = path.relative_to(REPO)
        if not path.exists():
            problems.append(f"{name}: missing (run make transup)")
            continue
        entries = read_ts(path)
        for source in messages:
            if source not in entries:
                problems.append(f"{name}: not extracted: {source[:60]!r} (run make transup)")
                continue
            text, kind = entries[source]
            if not text or kind:
                problems.append(f"{name}: untranslated: {source[:60]!r}")
            elif placeholders(text) != placeholders(source):
                problems.append(f"{name}: placeholders {placeholders(text)} differ from "
                                f"{placeholders(source)} in {source[:60]!r}")
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="create or update the .ts files from the code")
    up.add_argument("--merge", type=Path, help='JSON {"fr": {source: translation}, "de": {...}}')
    sub.add_parser("check", help="exit 1 when a .ts file lacks or leaves untranslated a tr() string")
    args = parser.parse_args(argv)
    if args.command == "update":
        update(json.loads(args.merge.read_text(encoding="utf-8")) if args.merge else None)
        return 0
    problems = check_problems()
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
