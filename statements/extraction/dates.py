"""Date expressions: find them in text and resolve them against an anchor date.

No external date parser: a small set of regular expressions for the forms news text uses
("March 7, 2025", "16 May 2025", "Jan. 3", "on Saturday", "yesterday", "the same day",
"last week"), and a resolver that knows the weekday trap (a weekday equal to the anchor's
weekday is the anchor day itself), year boundaries ("Dec. 30" in an article of Jan. 2 is the
previous year) and future tense ("will meet on Monday" is the next Monday).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

_PATTERNS = [
    # Tuesday, August 12, 2025 / March 7, 2025 / Jan. 3 / June 24-25
    (
        "mdy",
        re.compile(
            rf"\b(?:{_WD},?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+(?P<year>\d{{4}}))?\b"
        ),
    ),
    # 16 May 2025 / Saturday 3 January 2026
    (
        "dmy",
        re.compile(
            rf"\b(?:{_WD},?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?\b"
        ),
    ),
    # ISO 2025-03-07
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b")),
    # 21-02-2024 / 21.02.2024 / 02/21/2024: day or month first, see _numeric_order
    (
        "num",
        re.compile(
            r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})"
            r"(?![\d/.-]?\d)"
        ),
    ),
    # weekday, possibly with a part of the day, possibly possessive (Monday’s collision)
    ("wd", re.compile(rf"\b(?:(?P<mod>last|next|this|on|since|by|until)\s+)?{_WD}{_PART}")),
    (
        "rel",
        re.compile(
            r"\b(?P<rel>today|tonight|yesterday|tomorrow|the same day|that same day|that day|"
            r"the previous day|the day before|the following day|the next day|the day after|"
            r"earlier today|this morning|this afternoon|this evening|overnight|last night)\b",
            re.I,
        ),
    ),
    (
        "vague",
        re.compile(
            r"\b(?:last|this|next|earlier this|later this|past|previous|coming)\s+"
            r"(?:week|weekend|month|year|decade|weeks|months|years|days)\b|"
            r"\b(?:in|since|during|until|by|from)\s+(?:early\s+|late\s+|mid-?)?"
            + _MONTH.replace("?P<month>", "?:")
            + r"(?:\s+\d{4})?\b|\bin\s+\d{4}\b|\brecent(?:ly)?\b|\bso far\b|\bfor weeks\b",
            re.I,
        ),
    ),
]


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    kind: str  # full | monthday | weekday | relative | vague
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    rel: str | None = None
    mod: str | None = None

    @property
    def precise(self) -> bool:
        return self.kind != "vague"


def day_first_text(text: str) -> bool | None:
    """Does the text write its dates day first ("16 May 2025") rather than "May 16, 2025"?"""
    dmy = sum(1 for _ in _PATTERNS[1][1].finditer(text))
    mdy = sum(1 for _ in _PATTERNS[0][1].finditer(text))
    if dmy == mdy:
        return None
    return dmy > mdy


def _numeric_order(a: int, b: int, sep: str, day_first: bool | None) -> tuple[int, int] | None:
    """(month, day) of a numeric date 'a<sep>b<sep>year'. A number above 12 is the day;
    otherwise the text's own habit decides, else the separator: US writers use slashes
    month first, dashes and dots are written day first."""
    if a > 12 and b > 12:
        return None
    if a > 12:
        return b, a
    if b > 12:
        return a, b
    if day_first is None:
        day_first = sep != "/"
    return (b, a) if day_first else (a, b)


def find_dates(text: str, offset: int = 0, day_first: bool | None = None) -> list[DateMention]:
    """Date expressions in ``text`` (spans shifted by ``offset``), left to right, no overlaps.

    ``day_first`` settles numeric dates such as 03/04/2025 (None: by their separator)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            a, b = m.span()
            if not free(a, b):
                continue
            gd = m.groupdict()
            if kind in ("mdy", "dmy"):
                mon_word = gd["month"].rstrip(".").lower()
                if mon_word == "may" and not gd.get("year") and not gd["month"][0].isupper():
                    continue  # "may 5" is no date unless capitalised
                day = int(gd["day"])
                if not 1 <= day <= 31:
                    continue
                mention = DateMention(
                    a + offset,
                    b + offset,
                    m.group(0),
                    "full" if gd.get("year") else "monthday",
                    year=int(gd["year"]) if gd.get("year") else None,
                    month=MONTHS[mon_word],
                    day=day,
                    weekday=WEEKDAYS[gd["wd"].lower()] if gd.get("wd") else None,
                )
            elif kind == "iso":
                mention = DateMention(
                    a + offset,
                    b + offset,
                    m.group(0),
                    "full",
                    year=int(gd["year"]),
                    month=int(gd["mon"]),
                    day=int(gd["day"]),
                )
            elif kind == "num":
                order = _numeric_order(int(gd["a"]), int(gd["b"]), gd["sep"], day_first)
                if order is None or not (1 <= order[0] <= 12 and 1 <= order[1] <= 31):
                    continue
                mention = DateMention(
                    a + offset,
                    b + offset,
                    m.group(0),
                    "full",
                    year=int(gd["year"]),
                    month=order[0],
                    day=order[1],
                )
            elif kind == "wd":
                mod = (gd.get("mod") or "").lower() or None
                if mod in ("on", "by", "until", "since"):
                    # keep the weekday itself as the mention
                    a = m.start("wd")
                mention = DateMention(
                    a + offset,
                    b + offset,
                    text[a:b],
                    "weekday",
                    weekday=WEEKDAYS[gd["wd"].lower()],
                    mod=mod,
                )
            elif kind == "rel":
                mention = DateMention(
                    a + offset, b + offset, m.group(0), "relative", rel=gd["rel"].lower()
                )
            else:
                mention = DateMention(a + offset, b + offset, m.group(0), "vague")
            found.append(mention)
            taken.append((a, b))
    found.sort(key=lambda d: d.start)
    return found


def _closest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - anchor).days) < abs((best - anchor).days):
            best = d
    return best


def resolve(
    mention: DateMention,
    anchor: dt.date | None,
    future: bool = False,
    context: dt.date | None = None,
    nearest: bool = False,
) -> dt.date | None:
    """The day a mention stands for, or None when it does not fix one day.

    ``anchor`` is the article's date; ``future`` says the clause is about something still
    to happen (next occurrence of a weekday); ``context`` is the most recent date in the
    text, used for "the same day"/"the next day"; ``nearest`` picks the weekday closest to
    the anchor when the anchor is not a publication date.
    """
    if mention.kind == "full":
        try:
            return dt.date(mention.year, mention.month, mention.day)
        except (TypeError, ValueError):
            return None
    if mention.kind == "monthday":
        return _closest_year(mention.month, mention.day, anchor) if anchor else None
    if anchor is None:
        return None
    if mention.kind == "weekday":
        wd = mention.weekday
        if mention.mod == "last":
            delta = (anchor.weekday() - wd) % 7 or 7
            return anchor - dt.timedelta(days=delta)
        if mention.mod == "next" or (future and mention.mod != "since"):
            delta = (wd - anchor.weekday()) % 7
            if mention.mod == "next" and delta == 0:
                delta = 7
            return anchor + dt.timedelta(days=delta)
        delta = (anchor.weekday() - wd) % 7  # same weekday -> the anchor day itself
        if nearest and delta > 3:
            # the anchor is only the nearest date in the text (RSS dumps): the closest day
            return anchor + dt.timedelta(days=7 - delta)
        return anchor - dt.timedelta(days=delta)
    if mention.kind == "relative":
        rel = mention.rel or ""
        base = context or anchor
        if rel in ("yesterday", "last night"):
            return anchor - dt.timedelta(days=1)
        if rel == "tomorrow":
            return anchor + dt.timedelta(days=1)
        if rel in ("the same day", "that same day", "that day"):
            return base
        if rel in ("the previous day", "the day before"):
            return base - dt.timedelta(days=1)
        if rel in ("the following day", "the next day", "the day after"):
            return base + dt.timedelta(days=1)
        return anchor
    return None


_FUTURE = re.compile(
    r"\b(?:will|would|shall|due to|is to|are to|was to|were to|expected to|set to|"
    r"planned|plans to|scheduled|going to|next|upcoming|coming)\b",
    re.I,
)


def is_future(clause: str) -> bool:
    return bool(_FUTURE.search(clause))


_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "would", "wo"}
_FUTURE_HEADS = {"due", "expect", "set", "schedule", "plan", "go", "intend", "prepare", "hope"}


def clause_future(doc, char: int) -> bool:
    """Is the clause that governs the date at ``char`` (doc offset) about the future?"""
    tok = None
    for t in doc:
        if t.idx >= char:
            tok = t
            break
    if tok is None:
        return False
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX"):
            kids = [c.lower_ for c in cur.children if c.dep_ in ("aux", "auxpass")]
            if any(k in _FUTURE_AUX for k in kids):
                return True
            if "to" in kids and cur.head.lemma_.lower() in _FUTURE_HEADS | {"be"}:
                return True
            if cur.lemma_.lower() in ("plan", "schedule") and "auxpass" in [
                c.dep_ for c in cur.children
            ]:
                return True
            if cur.dep_ in ("xcomp",) and cur.head.lemma_.lower() in _FUTURE_HEADS:
                return True
            if cur.dep_ not in ("xcomp", "advcl", "relcl", "acl"):
                return False
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False
