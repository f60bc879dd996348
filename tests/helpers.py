"""Plain helpers shared by every test tier."""

import hashlib
import os


def tree_digest(path):
    """{relative path: sha256} of every file below ``path`` (empty when it does not exist)."""
    out = {}
    for root, _dirs, files in os.walk(path):
        for name in files:
            full = os.path.join(root, name)
            with open(full, "rb") as f:
                out[os.path.relpath(full, path)] = hashlib.sha256(f.read()).hexdigest()
    return out
