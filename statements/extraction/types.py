"""Dataclasses that the extraction pipeline produces.

Plain Python only (no Django): the pipeline turns text into these records, the
Django side (`statements.loading`) turns them into rows, and `to_dict()` gives the
JSON shape of ``EXTRACT-CONTRACT.md``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

Span = tuple[int, int]

ACTOR_KINDS = (
    "person",
    "government",
    "ministry",
    "organisation",
    "country",
    "media",
    "armed_group",
    "other",
)
STATEMENT_KINDS = ("direct", "indirect")
CATEGORIES = (
    "appeal",
    "demand",
    "criticise",
    "support",
    "reject",
    "threaten",
    "cooperate",
    "deny",
    "other",
)
EVENT_KINDS = (
    "military_action",
    "diplomatic_meeting",
    "phone_call",
    "statement",
    "sanction",
    "agreement",
    "election",
    "protest",
    "arrest",
    "humanitarian",
    "other",
)


@dataclass
class SourceMeta:
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    credits: list[str] = field(default_factory=list)
    byline: str | None = None
    dateline_place: str | None = None
    language: str = "en"
    url: str | None = None


@dataclass
class ActorRecord:
    name: str
    kind: str = "other"
    country: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    parent: str | None = None  # canonical name of the parent actor, when known


@dataclass
class StatementRecord:
    speaker: str | None
    speaker_span: Span | None
    cue: str | None
    cue_span: Span | None
    content: str
    content_span: Span
    kind: str  # "direct" | "indirect"
    date: dt.date | None = None
    about: list[str] = field(default_factory=list)
    category: str = "other"
    paragraph_span: Span | None = None  # the paragraph the statement came from
    event: str | None = None  # title of the event it reacts to, when linked


@dataclass
class EventRecord:
    title: str
    kind: str
    date: dt.date | None = None
    places: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    span: Span | None = None


@dataclass
class Extraction:
    """Everything extracted from one article. Offsets index ``text`` (the raw text)."""

    text: str
    source: SourceMeta
    actors: list[ActorRecord] = field(default_factory=list)
    statements: list[StatementRecord] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    path: str | None = None

    def to_dict(self) -> dict:
        """The JSON object of EXTRACT-CONTRACT.md (dates as ISO strings, spans as lists)."""

        def plain(value):
            if isinstance(value, dt.date):
                return value.isoformat()
            if isinstance(value, tuple):
                return [plain(v) for v in value]
            if isinstance(value, list):
                return [plain(v) for v in value]
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            return value

        out = {"path": self.path, "source": plain(asdict(self.source))}
        out["actors"] = [plain(asdict(a)) for a in self.actors]
        out["statements"] = [plain(asdict(s)) for s in self.statements]
        out["events"] = [plain(asdict(e)) for e in self.events]
        return out
