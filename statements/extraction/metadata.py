"""Stage 2: source metadata and article layout.

Splits the normalised text into lines (paragraphs), recognises the furniture around the
body (title, deck, bylines, date lines, datelines, ``RELATED:`` headlines, tweet credits,
``Sources:`` credits, ``From X via Y`` trailers, tag lists) and returns the
``SourceMeta`` plus the list of body paragraphs the language stages should read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import dates as dates_mod
from .gazetteer import get as gazetteer
from .types import SourceMeta


@dataclass
class Paragraph:
    start: int  # normalised offsets of the part that is read (dateline prefix excluded)
    end: int
    kind: str  # title | header | body | related | credit | skip
    line_start: int = 0  # normalised offset of the whole line


@dataclass
class Layout:
    paragraphs: list[Paragraph] = field(default_factory=list)
    anchor: dt.date | None = None  # date that relative dates are resolved against
    is_rss: bool = False
    press_release_issuer: str | None = None
    press_release_cue: tuple[int, int] | None = None  # normalised span of the cue phrase
    press_release_subject: tuple[int, int] | None = None
    excluded_names: set[str] = field(default_factory=set)  # reporters, bylines
    dateline_span: tuple[int, int] | None = None
    # embedded posts: (start of the "— Name (@handle) date" credit line, Name)
    tweet_credits: list[tuple[int, str]] = field(default_factory=list)

    @property
    def body(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == "body"]


_STATEMENT_TITLE = re.compile(
    r"^(?P<cue>(?:Joint |Press |Official )?(?:Statement|Declaration|Communiqu[ée]) (?:by|from|of)) "
    r"(?:the )?(?P<who>[A-Z][\w.’' -]*?)"
    r"(?=\s+(?:on|following|regarding|concerning|after|at|about|in)\b|\s*[:,–—-]|$)"
)
_URL = re.compile(r"^(?:(?:URL|Source|Link)\s*:\s*)?https?://\S+$", re.I)
_BOILERPLATE = re.compile(
    r"^(?:advertisement|sponsored|read more\b.*|also read\b.*|see also\b.*|watch\b:.*|"
    r"subscribe\b.*|sign up\b.*|share this\b.*|follow us\b.*|©.*|copyright\b.*|"
    r"all rights reserved.*|\(?(?:photo|image|video|picture|file photo)\s*(?:by|:|credit).*)$",
    re.I,
)
_TWEET_CREDIT = re.compile(
    r"^\s*[—–-]{1,2}\s*(?P<name>[^()\n]+?)\s*\((?P<handle>@\w+)\)\s*(?P<date>.+?)\s*$"
)
_TRAILER = re.compile(r"^\s*From\s+(?P<pub>.+?)\s+via\s+(?P<via>.+?)\.?\s*$")
_SOURCES = re.compile(r"^\s*Sources?\s*:\s*(?P<list>.+?)\s*$", re.I)
_SHORT_BYLINE = re.compile(r"^\s*(?P<org>[\w.&-]{1,15})\s*/\s*(?P<who>[\w. &-]{1,20})\s*$")
_BY = re.compile(r"^\s*By\s+(?P<rest>.+?)\s*$")
_REPORTING = re.compile(
    r"^\s*\(?\s*(?P<b>(?:Reporting|Writing|Additional reporting|Editing|Compiled|Contributing|"
    r"Contributors?|With reporting)(?:\s+by\b|\s*:).{0,300}?)\)?\s*$",
    re.I,
)
_UPDATED = re.compile(r"^\s*(?:Updated|Published|Posted)\b", re.I)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ /-]{1,40}?[A-Z.]"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?=,[^,()]{1,30}\())"
    r"(?:\s*,\s*(?P<extra>[A-Z][A-Za-z.]*\s*\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]+\.?"
    r"(?:\s+\d{4})?|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}))?"
    r"(?:\s*\((?P<wire>[A-Za-z ]{2,40})\))?"
    r"\s*(?:[-—–]{1,2})\s+"
)
# "Tehran, Iran –" (title case, as Al Jazeera and others write it)
_DATELINE_TC = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}),\s+"
    r"(?P<country>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})\s+[–—-]{1,2}\s+"
)
_US_STATES = {
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "D.C.",
}
_WIRE_PUBLISHERS = {
    "reuters": "Reuters",
    "ap": "The Associated Press",
    "afp": "Agence France-Presse",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "efe": "EFE",
    "ians": "IANS",
    "pti": "Press Trust of India",
    "ani": "Asian News International",
    "upi": "UPI",
    "dpa": "dpa",
    "bernama": "Bernama",
}
_PRESS_RELEASE = re.compile(
    r"^(?P<who>(?:The\s+)?[A-Z][^:\n]{3,160}?)\s+(?P<cue>(?:has\s+)?(?:issued|released|made|published)"
    r"\s+the\s+following\s+(?:statement|press release|communiqu[ée]|declaration))\s*:\s*$"
)


def _is_date_line(line: str) -> dt.date | None:
    """A line that is (mostly) a date: 'March 7, 2025', 'Updated 5:12 PM GMT+2, June 5, 2025'."""
    ds = [d for d in dates_mod.find_dates(line) if d.kind == "full"]
    if not ds:
        return None
    rest = line
    for d in ds:
        rest = rest.replace(d.text, " ")
    words = re.findall(r"[A-Za-z]{3,}", rest)
    if len(words) <= 4:
        return dates_mod.resolve(ds[0], None)
    return None


def _titlecase_place(s: str) -> str:
    return " ".join(w.capitalize() if w.isupper() else w for w in s.split())


def parse(text: str) -> tuple[SourceMeta, Layout]:
    meta = SourceMeta()
    layout = Layout()
    gz = gazetteer()
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            tail = len(line.rstrip())
            lines.append((pos + lead, pos + tail))
        pos += len(line) + 1

    kinds: list[str] = ["body"] * len(lines)
    starts: list[int] = [a for a, _ in lines]
    tweet_date: dt.date | None = None
    header_date: dt.date | None = None
    publisher = None
    trailer_pub = None
    tweet_pub = None
    wire = None
    # leading URL / "Source:" lines before the title
    first = 0
    lead_date = None
    while first < len(lines) - 1:
        lead = text[lines[first][0] : lines[first][1]].strip()
        if _URL.match(lead):
            meta.url = meta.url or lead.split()[-1]
        elif _is_date_line(lead) and len(lead) < 60:
            lead_date = lead_date or _is_date_line(lead)
        elif not (" > " in lead or " › " in lead):
            break  # breadcrumbs and a bare date line are no title
        kinds[first] = "skip"
        first += 1
    if first < len(lines):
        kinds[first] = "title"
        meta.title = text[lines[first][0] : lines[first][1]].strip()
        m = re.match(r"^(?:Title|Headline)\s*:\s*(.+)$", meta.title, re.I)
        if m:
            meta.title = m.group(1).strip()

    in_tags = False
    body_seen = False
    body_lines = 0
    for i, (a, b) in enumerate(lines):
        if i == 0 and first == 0:
            continue
        line = text[a:b]
        stripped = line.strip()
        if in_tags and len(stripped.split()) <= 8:
            kinds[i] = "skip"
            continue
        in_tags = False
        if stripped.lower() in ("tags", "tags:", "related topics", "related topics:"):
            in_tags = True
            kinds[i] = "skip"
            continue
        if i <= first:
            continue
        if _URL.match(stripped):
            kinds[i] = "skip"
            meta.url = meta.url or stripped.split()[-1]
            continue
        if _BOILERPLATE.match(stripped):
            kinds[i] = "skip"
            continue
        if stripped.upper().startswith("RELATED:"):
            kinds[i] = "related"
            if stripped.upper() == "RELATED:" and i + 1 < len(lines):
                kinds[i + 1] = "related"
            continue
        if kinds[i] == "related":
            continue
        m = _TWEET_CREDIT.match(line)
        if m and dates_mod.find_dates(m.group("date")):
            kinds[i] = "credit"
            tweet_pub = m.group("name").strip()
            layout.tweet_credits.append((lines[i][0], tweet_pub))
            ds = [d for d in dates_mod.find_dates(m.group("date")) if d.kind == "full"]
            if ds:
                tweet_date = dates_mod.resolve(ds[0], None)
            continue
        m = _TRAILER.match(line)
        if m and i >= len(lines) - 3:
            kinds[i] = "credit"
            trailer_pub = m.group("pub").strip()
            if "rss" in m.group("via").lower():
                layout.is_rss = True
            continue
        m = _SOURCES.match(line)
        if m and len(stripped) < 120:
            kinds[i] = "credit"
            parts = re.split(r"\s+[–—-]\s+|\s*[,;/]\s*|\s+and\s+", m.group("list"))
            meta.credits = [p.strip(" .") for p in parts if p.strip(" .")]
            continue
        m = _REPORTING.match(line)
        if m:
            kinds[i] = "credit"
            meta.byline = m.group("b").strip()
            for nm in re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+", m.group("b")):
                layout.excluded_names.add(nm)
            continue
        m = _SHORT_BYLINE.match(line)
        if m and i >= len(lines) - 4 and not stripped.endswith("."):
            kinds[i] = "credit"
            meta.byline = m.group("who").strip()  # "teleSUR/ JF" -> "JF"
            continue
        if body_seen and body_lines < 3 and layout.dateline_span is None and kinds[i] == "body":
            body_lines += 1
            dm = _DATELINE.match(line)
            if (
                dm
                and (dm.group("wire") or dm.group("extra"))
                and dm.group("place").replace(" ", "").isupper()
            ):
                place = dm.group("place").strip()
                meta.dateline_place = _titlecase_place(place.split("/")[0].strip())
                starts[i] = a + dm.end()
                layout.dateline_span = (a, a + dm.end())
                if dm.group("wire"):
                    w = dm.group("wire").strip()
                    wire = _WIRE_PUBLISHERS.get(w.lower()) or gz.outlet_name(w)
        if not body_seen:
            # header zone: byline, date lines, pipes, all-caps labels
            m = _BY.match(line)
            if m:
                kinds[i] = "header"
                parts = [p.strip() for p in m.group("rest").split("|")]
                meta.byline = parts[0]
                layout.excluded_names.add(parts[0])
                for p in parts[1:]:
                    d = _is_date_line(p)
                    if d:
                        header_date = header_date or d
                    elif p and publisher is None:
                        publisher = p
                continue
            if "|" in stripped and len(stripped) < 120:
                kinds[i] = "header"
                for p in [p.strip() for p in stripped.split("|")]:
                    d = _is_date_line(p)
                    if d:
                        header_date = header_date or d
                    elif p and publisher is None and len(p.split()) <= 6:
                        publisher = p
                continue
            d = _is_date_line(line)
            if d and len(stripped) < 80:
                kinds[i] = "header"
                header_date = header_date or d
                continue
            if _UPDATED.match(line) and len(stripped) < 80:
                kinds[i] = "header"
                continue
            if stripped.isupper() and len(stripped.split()) <= 6:
                kinds[i] = "header"
                if "SPOKESPERSON" in stripped or stripped == "READOUT":
                    publisher = publisher or "U.S. Department of State"
                    meta.byline = meta.byline or stripped.title().replace(" Of The ", " of the ")
                continue
            if re.match(r"^(?:No|Nr|Number)\s*[:.]?\s*\d+\s*,", stripped):
                kinds[i] = "header"
                d = _is_date_line(re.sub(r"^(?:No|Nr|Number)\s*[:.]?\s*\d+\s*,", "", stripped))
                if d:
                    header_date = header_date or d
                continue
            # first body line: dateline?
            tm = _DATELINE_TC.match(line)
            if tm and not (
                gz.country_iso(tm.group("country")) or tm.group("country") in _US_STATES
            ):
                tm = None
            if tm and not tm.group("place").isupper():
                meta.dateline_place = tm.group("place").strip()
                starts[i] = a + tm.end()
                layout.dateline_span = (a, a + tm.end())
            else:
                tm = None
            dm = None if tm else _DATELINE.match(line)
            if dm and (dm.group("wire") or dm.group("place").replace(" ", "").isupper()):
                place = dm.group("place").strip()
                if (
                    len(place) >= 3
                    and place.replace(" ", "").replace(".", "").replace("/", "").isalpha()
                ):
                    meta.dateline_place = _titlecase_place(place.split("/")[0].strip())
                    starts[i] = a + dm.end()
                    layout.dateline_span = (a, a + dm.end())
                    if dm.group("extra") and re.search(r"\d{4}", dm.group("extra")):
                        # "SANTIAGO, Aug 19, 2025 (AFP) -": the wire's own date
                        lead_date = lead_date or _is_date_line(dm.group("extra"))
                    if dm.group("wire"):
                        wire = _WIRE_PUBLISHERS.get(dm.group("wire").strip().lower())
                        if wire is None:
                            wire = gz.outlet_name(dm.group("wire").strip())
                        w = dm.group("wire").strip()
                        if wire is None and len(w.split()) >= 2 and w.istitle():
                            wire = w  # an outlet the gazetteer does not know
            pm = _PRESS_RELEASE.match(stripped)
            if pm:
                layout.press_release_issuer = re.sub(r"^The\s+", "", pm.group("who")).strip()
                ca = a + pm.start("cue")
                cue_text = pm.group("cue")
                skip = cue_text.lower().startswith("has ")
                if skip:
                    ca += 4
                    cue_text = cue_text[4:]
                layout.press_release_cue = (ca, ca + len(cue_text))
                wa = a + pm.start("who")
                if pm.group("who").startswith("The "):
                    wa += 4
                layout.press_release_subject = (wa, a + pm.end("who"))
                publisher = publisher or layout.press_release_issuer
            body_seen = True
        # strip the pic.twitter.com link from captions
        if "pic.twitter.com" in line:
            cut = line.find("pic.twitter.com")
            lines[i] = (a, a + len(line[:cut].rstrip()))

    # "Statement by the Spokesperson on ...": the whole body is the issuer's statement
    if layout.press_release_issuer is None and meta.title and first < len(lines):
        tm = _STATEMENT_TITLE.match(meta.title)
        if tm:
            ta = lines[first][0] + (
                len(text[lines[first][0] : lines[first][1]])
                - len(text[lines[first][0] : lines[first][1]].lstrip())
            )
            layout.press_release_issuer = tm.group("who").strip()
            layout.press_release_cue = (ta + tm.start("cue"), ta + tm.end("cue"))
            layout.press_release_subject = (ta + tm.start("who"), ta + tm.end("who"))
    # publication date: not for RSS dumps (they carry none, only the tweet date)
    header_date = header_date or lead_date
    if layout.is_rss or (tweet_pub and header_date is None):
        meta.published = None
        layout.is_rss = True
    else:
        meta.published = header_date
    layout.anchor = meta.published or tweet_date or header_date
    if layout.anchor is None:
        for d in dates_mod.find_dates(text):
            if d.kind == "full":
                layout.anchor = dates_mod.resolve(d, None)
                break
    meta.publisher = trailer_pub or tweet_pub or publisher or wire
    if wire and wire not in meta.credits:
        meta.credits = [*meta.credits, _short_wire(wire)]
    if meta.publisher:
        known = gz.outlet_name(meta.publisher)
        if known and len(meta.publisher) <= 4:
            meta.publisher = known
    for i, (a, b) in enumerate(lines):
        layout.paragraphs.append(Paragraph(starts[i] if i else a, b, kinds[i], a))
    return meta, layout


def _short_wire(name: str) -> str:
    return {"The Associated Press": "AP", "Agence France-Presse": "AFP"}.get(name, name)
