"""Yes/no values as users and files spell them: one reading for ARGUMENTS (``predict_background=yes``),
model definitions (``"SupportsVariableTileSize": "true"``) and the Processing yes/no parameters."""

YES_TEXTS = ("true", "yes", "1", "on")
NO_TEXTS = ("false", "no", "0", "off")


def parse_yes_no(value, keywords=()):
    """True or False for ``value``, None when it is neither: a bool; the number 0 or 1; a text of
    :data:`YES_TEXTS` / :data:`NO_TEXTS` in any case, surrounding spaces ignored; or one of
    ``keywords`` = ``(no_keyword, yes_keyword)`` in any case (ArcGIS's ``ALL_TILES`` and the like)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return bool(value) if value in (0, 1) else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    for index, keyword in enumerate(keywords):
        if text.upper() == keyword.upper():
            return bool(index)
    if text.lower() in YES_TEXTS:
        return True
    if text.lower() in NO_TEXTS:
        return False
    return None
