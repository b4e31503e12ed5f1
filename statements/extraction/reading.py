"""Stage 1: read a file safely and normalise its text, keeping a map back to raw offsets.

Offsets everywhere in the output index the *raw* text: the file decoded from UTF-8 (or
cp1252 as a fallback) with no newline translation. ``NormalizedText`` holds the
normalised string the later stages work on plus ``raw_offsets`` so that any normalised
span maps back to the raw text.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

__all__ = [
    "ReadError",
    "NormalizedText",
    "read_file",
    "decode_bytes",
    "normalize",
    "QUOTE_CLASSES",
]


class ReadError(Exception):
    """The file cannot be used as an article; ``str(err)`` is the reason."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# Characters that are replaced one-for-one (same length, so offsets are unchanged).
_SPACE_LIKE = {
    "\u00a0": " ",  # no-break space
    "\u2007": " ",
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",  # thin space
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u3000": " ",
    "\t": " ",
    "\u2028": "\n",  # line separator
    "\u2029": "\n",  # paragraph separator
    "\x0b": "\n",
    "\x0c": "\n",
}
# Characters that are dropped (zero width); the map skips them.
_DROPPED = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}

# Doubled single marks used as one double mark; the pair becomes one character.
_DOUBLED_MARKS = {"''": '"', "``": "\u201c", "\u2018\u2018": "\u201c", "\u2019\u2019": "\u201d"}

# Quote marks are kept as written but classified, so the quote stage can pair them.
QUOTE_CLASSES = {
    "\u201c": ("double", "open"),  # “
    "\u201d": ("double", "close"),  # ”
    "\u201e": ("double", "open"),  # „
    "\u201f": ("double", "open"),
    "\u00ab": ("double", "open"),  # «
    "\u00bb": ("double", "close"),  # »
    '"': ("double", "either"),
    "\uff02": ("double", "either"),
    "\u2018": ("single", "open"),  # ‘
    "\u2019": ("single", "close"),  # ’ (also the apostrophe)
    "\u201a": ("single", "open"),
    "\u201b": ("single", "open"),
    "\u2039": ("single", "open"),  # ‹
    "\u203a": ("single", "close"),  # ›
    "'": ("single", "either"),
}


@dataclass
class NormalizedText:
    """A normalised copy of ``raw`` with ``raw_offsets[i]`` = raw index of ``text[i]``.

    ``raw_offsets`` has ``len(text) + 1`` entries; the last one is ``len(raw)``.
    """

    raw: str
    text: str
    raw_offsets: list[int] = field(default_factory=list)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` span to the raw text."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if end == start:
            r = self.raw_offsets[start]
            return r, r
        # End: one past the raw index of the last normalised character (two past it for a
        # doubled mark that became one).
        last = self.raw_offsets[end - 1]
        width = 2 if self.raw[last : last + 2] in _DOUBLED_MARKS else 1
        return self.raw_offsets[start], last + width

    def raw_span_text(self, start: int, end: int) -> str:
        a, b = self.to_raw(start, end)
        return self.raw[a:b]


def normalize(raw: str) -> NormalizedText:
    """Normalise line ends (CRLF/CR -> LF), odd spaces, zero-width characters and doubled
    single quote marks."""
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch == "\r":
            out.append("\n")
            offsets.append(i)
            i += 2 if i + 1 < n and raw[i + 1] == "\n" else 1
            continue
        if ch in _DROPPED:
            i += 1
            continue
        pair = _DOUBLED_MARKS.get(raw[i : i + 2])
        if pair is not None:
            # ''We will not'' or ``typewriter quotes'': one double mark
            out.append(pair)
            offsets.append(i)
            i += 2
            continue
        out.append(_SPACE_LIKE.get(ch, ch))
        offsets.append(i)
        i += 1
    offsets.append(n)
    return NormalizedText(raw=raw, text="".join(out), raw_offsets=offsets)


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:8192]
    if not sample:
        return False
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control / len(sample) > 0.05


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode article bytes: UTF-8, else cp1252 with a warning; ReadError when neither fits."""
    warnings: list[str] = []
    if not data or not data.strip():
        raise ReadError("empty file")
    if _looks_binary(data):
        raise ReadError("binary file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise ReadError("undecodable text (neither UTF-8 nor cp1252)") from exc
        warnings.append("decoded as cp1252")
    if not text.strip().strip("\ufeff"):
        raise ReadError("empty file")
    return text, warnings


def read_file(path, max_bytes: int = 5_000_000) -> tuple[str, list[str]]:
    """Read an article file. Returns ``(text, warnings)``; raises ``ReadError``."""
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise ReadError(f"file too large ({size} bytes > {max_bytes})")
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise ReadError(f"file too large (> {max_bytes} bytes)")
    return decode_bytes(data)
