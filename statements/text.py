"""Small text helpers shared by models, loading and views."""

import unicodedata


def fold(value: str | None) -> str:
    """Accent-, case-, dot- and space-insensitive key: "Nicolás  Maduro" -> "nicolas maduro"."""
    value = unicodedata.normalize("NFKD", value or "")
    value = "".join(c for c in value if not unicodedata.combining(c))
    value = value.casefold().replace(".", "").replace("’", "'")
    return " ".join(value.split())
