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
from .gazetteer import fold
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
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?=,[^,()]{1,30},?\s*\())"
    r"(?:\s*,\s*(?P<extra>[A-Z][A-Za-z.]*\s*\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]+\.?"
    r"(?:\s+\d{4})?|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}))?"
    r"(?:\s*,?\s*\((?P<wire>[A-Za-z][A-Za-z .&/-]{1,40})\))?"
    r"\s*(?:[-—–]{1,2})\s+"
)
# "Tehran, Iran –" (title case, as Al Jazeera and others write it)
_DATELINE_TC = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}),\s+"
    r"(?P<country>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})\s+[–—-]{1,2}\s+"
)
# "MOSCOW, March 28. /ITAR-TASS/." (the wire between slashes, as TASS writes it)
_DATELINE_SLASH = re.compile(
    r"^(?P<place>[A-Z][\w.'’ -]{1,40}?),\s*"
    r"(?P<extra>[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
    r"\s*\.?\s*/(?P<wire>[A-Z][A-Za-z-]{1,20})/\.?\s+"
)
# "Berlin – ", "Berlin (dpa) – ": a title-case place the gazetteer knows, then a dash
_DATELINE_KNOWN = re.compile(
    r"^(?P<place>[A-Z][\w.'’]+(?:[ -][A-Z][\w.'’]+){0,2})"
    r"(?:\s*\((?P<wire>[A-Za-z][A-Za-z .&-]{1,40})\)\s*|\s+)[–—-]{1,2}\s+(?=[A-Z“\"‘'])"
)
# "TEHRAN: ", "Oslo: ", "NEW DELHI, May 15: "
_DATELINE_COLON = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,30}[A-Z.]|[A-Z][\w.'’]+(?: [A-Z][\w.'’]+){0,2})"
    r"(?:\s*,\s*(?P<extra>[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+))?\s*:\s+(?=[A-Z“\"‘'\d])"
)
# a byline without "By": two to four capitalised words ("Jane Roe", "J. Roe and K. Doe")
_BARE_BYLINE = re.compile(r"^(?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z’'-]+|[A-Z]\.|and))+$")
# "(CNN) — ", "AFP - ": a wire credit with no place
_WIRE_LEAD = re.compile(
    r"^(?:\((?P<paren>[A-Za-z][A-Za-z .&-]{1,30})\)|(?P<bare>[A-Z][A-Za-z&-]{1,15}))"
    r"(?:\s*[–—-]{1,2}\s+|(?<=\))(?=[A-Z][a-z]))(?=[A-Z“\"‘'])"
)  # also "(CNN)Hillary Clinton's aides ...", the credit glued to the first word
# words that open a line in capitals or before a colon without being a place
_LABEL_WORDS = {
    "analysis",
    "breaking",
    "comment",
    "correction",
    "editorial",
    "exclusive",
    "explainer",
    "factbox",
    "feature",
    "how",
    "interview",
    "live",
    "next",
    "note",
    "opinion",
    "photos",
    "review",
    "update",
    "updated",
    "video",
    "watch",
    "what",
    "what's",
    "when",
    "where",
    "who",
    "why",
}
# section labels of a "WORLD | 21-02-2024" header line (not the publisher)
_SECTIONS = {
    "world",
    "news",
    "politics",
    "business",
    "economy",
    "sport",
    "sports",
    "opinion",
    "culture",
    "health",
    "science",
    "technology",
    "tech",
    "local",
    "national",
    "international",
    "latest",
}
# "(Reuters circulated the following story on April 14.)"
_CIRCULATED = re.compile(
    r"^\(?\s*(?P<pub>[A-Z][\w.&'’ -]{1,40}?)\s+(?:circulated|distributed|moved|transmitted|filed)"
    r"\s+(?:the\s+following|this)\s+(?:story|report|article|dispatch)\b[^()]{0,80}\)?\s*$"
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


def _is_date_line(line: str, day_first: bool | None = None) -> dt.date | None:
    """A line that is (mostly) a date: 'March 7, 2025', 'Updated 5:12 PM GMT+2, June 5, 2025',
    '21-02-2024 22:08' (``day_first``: how the text writes its other dates)."""
    ds = [d for d in dates_mod.find_dates(line, day_first=day_first) if d.kind == "full"]
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


@dataclass
class _Dateline:
    end: int  # offset in the line where the read text starts
    place: str | None = None
    wire: str | None = None  # the outlet's name
    date_text: str | None = None


def _known_place(place: str, countries: bool = True) -> bool:
    """A capital, region or US state the gazetteer knows (or a country, if ``countries``)."""
    gz = gazetteer()
    p = _titlecase_place(place.strip())
    if countries and gz.country_iso(p):
        return True
    return bool(gz.capital_iso(p) or fold(p) in gz.regions or p in _US_STATES)


def _known_wire(w: str | None) -> str | None:
    if not w:
        return None
    w = w.strip()
    return _WIRE_PUBLISHERS.get(w.lower()) or gazetteer().outlet_name(w)


def _wire(w: str | None) -> str | None:
    """The outlet named in a dateline; an unknown one as written when it looks like a name."""
    if not w:
        return None
    w = w.strip()
    return _known_wire(w) or (w if len(w.split()) >= 2 and w.istitle() else None)


def _is_placename(place: str) -> bool:
    letters = re.sub(r"[ ./'’-]", "", place)
    first = place.split()[0].lower() if place.split() else ""
    return len(place) >= 3 and letters.isalpha() and first not in _LABEL_WORDS


def _dateline(line: str, first: bool, caps_colon: bool = False) -> _Dateline | None:
    """A dateline opening a body line ('OSLO, March 7 (Reuters) -', 'Berlin –', 'TEHRAN:',
    '(CNN) —', 'MOSCOW, March 28. /TASS/.'). ``first``: the first body line, where an
    all-caps word before a dash is enough; later lines need a wire, a date or a known place.
    ``caps_colon``: an unknown all-caps word before a colon may be a place (no transcript)."""
    tm = _DATELINE_TC.match(line)
    if tm and not tm.group("place").isupper():
        country = tm.group("country")
        if gazetteer().country_iso(country) or country in _US_STATES:
            return _Dateline(tm.end(), tm.group("place").strip())
    m = _DATELINE_SLASH.match(line)
    if m and (m.group("place").isupper() or _known_place(m.group("place"))):
        place = _titlecase_place(m.group("place").strip())
        return _Dateline(m.end(), place, _wire(m.group("wire")), m.group("extra"))
    m = _WIRE_LEAD.match(line)
    if m and _known_wire(m.group("paren") or m.group("bare")):
        return _Dateline(m.end(), None, _known_wire(m.group("paren") or m.group("bare")))
    dm = _DATELINE.match(line)
    if dm:
        place = dm.group("place").strip()
        wire, extra = dm.group("wire"), dm.group("extra")
        caps = place.replace(" ", "").isupper()
        city = place.split("/")[0].strip()
        if (
            (wire or caps)
            and _is_placename(place)
            and (first or wire or extra or _known_place(city))
        ):
            return _Dateline(dm.end(), _titlecase_place(city), _wire(wire), extra)
    m = _DATELINE_KNOWN.match(line)
    if m and not m.group("place").isupper():
        place, wire = m.group("place"), m.group("wire")
        # a city, not a country: "Norway – the largest buyer – said ..." is a sentence
        if _known_place(place, countries=False) or _known_wire(wire):
            return _Dateline(m.end(), place, _wire(wire))
    m = _DATELINE_COLON.match(line)
    if m:
        place = m.group("place").strip()
        caps_city = (
            (caps_colon or m.group("extra"))
            and first
            and place.isupper()
            and len(place.split()) <= 2
            and _is_placename(place)
            and not gazetteer().org_name(place)
        )
        if _known_place(place, countries=False) or caps_city:
            return _Dateline(m.end(), _titlecase_place(place), None, m.group("extra"))
    return None


def _split_byline(byline: str) -> tuple[str, str | None]:
    """'Jane Roe and John Doe, CNN' -> ('Jane Roe and John Doe', 'CNN')."""
    head, sep, tail = byline.rpartition(",")
    if sep and head.strip() and _known_wire(tail):
        return head.strip(), tail.strip()
    return byline, None


def _byline_names(byline: str) -> list[str]:
    return [n.strip() for n in re.split(r",|\band\b|&", byline) if n.strip()]


def parse(text: str) -> tuple[SourceMeta, Layout]:
    meta = SourceMeta()
    layout = Layout()
    gz = gazetteer()
    day_first = dates_mod.day_first_text(text)

    def is_date(line: str) -> dt.date | None:
        return _is_date_line(line, day_first)

    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            tail = len(line.rstrip())
            lines.append((pos + lead, pos + tail))
        pos += len(line) + 1

    kinds: list[str] = ["body"] * len(lines)
    # speaker labels ("POPESCU:", "QUESTION:") on several lines: a transcript, no colon datelines
    transcript = len(re.findall(r"^\s*[A-Z][A-Z.'’ -]+:\s", text, re.M)) >= 2
    starts: list[int] = [a for a, _ in lines]
    tweet_date: dt.date | None = None
    header_date: dt.date | None = None
    publisher = None
    trailer_pub = None
    tweet_pub = None
    wire = None
    byline_outlet = None
    # leading URL / "Source:" lines before the title
    first = 0
    lead_date = None
    while first < len(lines) - 1:
        lead = text[lines[first][0] : lines[first][1]].strip()
        if _URL.match(lead):
            meta.url = meta.url or lead.split()[-1]
        elif is_date(lead) and len(lead) < 60:
            lead_date = lead_date or is_date(lead)
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
        m = _CIRCULATED.match(stripped)
        if m and _known_wire(m.group("pub")):
            kinds[i] = "credit"
            wire = _known_wire(m.group("pub"))
            continue
        m = _SHORT_BYLINE.match(line)
        if m and i >= len(lines) - 4 and not stripped.endswith("."):
            kinds[i] = "credit"
            meta.byline = m.group("who").strip()  # "teleSUR/ JF" -> "JF"
            continue
        if body_seen and body_lines < 3 and layout.dateline_span is None and kinds[i] == "body":
            body_lines += 1
            dl = _dateline(line, first=False)
            if dl:
                wire = _take_dateline(dl, meta, layout, i, a, starts) or wire
        if not body_seen:
            # header zone: byline, date lines, pipes, all-caps labels
            m = _BY.match(line)
            if m:
                kinds[i] = "header"
                parts = [p.strip() for p in m.group("rest").split("|")]
                meta.byline, outlet = _split_byline(parts[0])
                byline_outlet = byline_outlet or outlet
                layout.excluded_names.add(meta.byline)
                layout.excluded_names.update(_byline_names(meta.byline))
                for p in parts[1:]:
                    d = is_date(p)
                    if d:
                        header_date = header_date or d
                    elif p and publisher is None:
                        publisher = p
                continue
            if "|" in stripped and len(stripped) < 120:
                kinds[i] = "header"
                for p in [p.strip() for p in stripped.split("|")]:
                    d = is_date(p)
                    if d:
                        header_date = header_date or d
                    elif p and publisher is None and len(p.split()) <= 6 and not _section(p):
                        publisher = p
                continue
            nxt = text[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else ""
            if (
                meta.byline is None
                and _BARE_BYLINE.match(stripped)
                and 2 <= len(stripped.split()) <= 7
                and not _known_place(stripped)
                and not gz.org_name(stripped)
                and not _known_wire(stripped)
                and not any(
                    fold(w) in _SECTIONS | gz.role_words | gz.person_role_heads
                    for w in stripped.split()
                )
                and _dateline(nxt, first=True)
            ):
                # "Jane Roe" alone on the line before "CITY, May 15:" is the reporter
                kinds[i] = "header"
                meta.byline = stripped
                layout.excluded_names.update(_byline_names(stripped))
                continue
            d = is_date(line)
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
                d = is_date(re.sub(r"^(?:No|Nr|Number)\s*[:.]?\s*\d+\s*,", "", stripped))
                if d:
                    header_date = header_date or d
                continue
            # first body line: dateline?
            dl = _dateline(line, first=True, caps_colon=not transcript)
            if dl:
                wire = _take_dateline(dl, meta, layout, i, a, starts) or wire
                if dl.date_text and re.search(r"\d{4}", dl.date_text):
                    # "SANTIAGO, Aug 19, 2025 (AFP) -": the wire's own date
                    lead_date = lead_date or is_date(dl.date_text)
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
    meta.publisher = trailer_pub or tweet_pub or publisher or byline_outlet or wire
    for credit in (byline_outlet, wire):
        if credit and _short_wire(credit) not in meta.credits:
            meta.credits = [*meta.credits, _short_wire(credit)]
    if meta.publisher:
        known = gz.outlet_name(meta.publisher)
        if known and len(meta.publisher) <= 4:
            meta.publisher = known
    for i, (a, b) in enumerate(lines):
        layout.paragraphs.append(Paragraph(starts[i] if i else a, b, kinds[i], a))
    return meta, layout


def _short_wire(name: str) -> str:
    return {"The Associated Press": "AP", "Agence France-Presse": "AFP"}.get(name, name)


def _section(part: str) -> bool:
    """A section label of a header line ('WORLD', 'Politics'), not a publisher."""
    if _known_wire(part):
        return False
    return part.lower() in _SECTIONS or (part.isupper() and len(part.split()) <= 2)


def _take_dateline(
    dl: _Dateline, meta: SourceMeta, layout: Layout, i: int, a: int, starts: list[int]
) -> str | None:
    """Record a dateline found on line ``i`` (starting at ``a``); returns its wire."""
    if dl.place:
        meta.dateline_place = dl.place
    starts[i] = a + dl.end
    layout.dateline_span = (a, a + dl.end)
    return dl.wire
