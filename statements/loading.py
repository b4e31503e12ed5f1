"""Turn extraction results into database rows: the work behind ``load_seeds``.

One transaction per file. A file whose text was loaded before is skipped; a changed
version of a file (same file name, new text) replaces what was extracted from the old
version, but never what an editor did: edited, verified or rejected statements are
kept as they are, statements an editor deleted stay deleted (tombstones), and actors
are found again through their aliases, so merged actors stay merged. Actors, events and
aliases an editor deleted leave tombstones too, and loads do not bring them back: a
statement by a deleted actor loads with no speaker, and "about" links and event
participations to it are left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from .extraction.types import ActorRecord, EventRecord, Extraction, StatementRecord
from .models import (
    Actor,
    ActorAlias,
    ActorAliasTombstone,
    ActorTombstone,
    Event,
    EventAlias,
    EventTombstone,
    Source,
    Statement,
    StatementTombstone,
)
from .signals import no_tombstones
from .text import fold


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, plus the ``*.txt`` files (sorted) of folders named. Missing paths raise."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.txt") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"{raw}: no such file or folder")
    return files


@dataclass
class FileResult:
    path: Path
    status: str  # "created", "replaced", "unchanged", "duplicate", "failed"
    message: str = ""
    warnings: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)


@dataclass
class LoadReport:
    files: list[FileResult] = field(default_factory=list)

    @property
    def totals(self) -> Counter:
        total = Counter()
        for result in self.files:
            total.update(result.counts)
        return total

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.files if r.status == "failed"]

    def summary(self) -> str:
        t = self.totals
        status = Counter(r.status for r in self.files)
        parts = [
            f"files: {len(self.files)} read, {status['created']} new, "
            f"{status['replaced']} changed, {status['unchanged'] + status['duplicate']} "
            f"unchanged, {status['failed']} failed",
            f"sources: {t['sources_created']} created, {t['sources_updated']} updated, "
            f"{t['sources_skipped']} skipped",
            f"actors: {t['actors_created']} created, {t['actors_matched']} matched existing, "
            f"{t['actors_suppressed']} left deleted",
            f"statements: {t['statements_created']} created, {t['statements_updated']} updated, "
            f"{t['statements_removed']} removed, {t['statements_kept']} kept as edited, "
            f"{t['statements_suppressed']} left deleted, {t['statements_skipped']} skipped",
            f"events: {t['events_created']} created, {t['events_linked']} linked to existing, "
            f"{t['events_suppressed']} left deleted",
        ]
        return "\n".join(parts)


class Loader:
    """Loads article files. ``nlp`` is built once, on the first file that needs it."""

    def __init__(
        self,
        model: str,
        max_bytes: int,
        dry_run: bool = False,
        progress: Callable[[str], None] | None = None,
    ):
        self.model = model
        self.max_bytes = max_bytes
        self.dry_run = dry_run
        self.progress = progress or (lambda message: None)
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            from .extraction.pipeline import load_nlp

            self._nlp = load_nlp(self.model)
        return self._nlp

    def load(self, paths: Iterable[str | Path]) -> LoadReport:
        files = collect_files(paths)
        report = LoadReport()
        for n, path in enumerate(files, start=1):
            result = self.load_file(path)
            report.files.append(result)
            for warning in result.warnings:
                self.progress(f"warning: {path}: {warning}")
            statements = report.totals["statements_created"]
            line = f"[{n}/{len(files)}] {path}: {result.status}"
            if result.message:
                line += f" ({result.message})"
            self.progress(f"{line}; statements created so far: {statements}")
        return report

    def load_file(self, path: Path) -> FileResult:
        from .extraction.pipeline import extract
        from .extraction.reading import ReadError, read_file

        try:
            text, warnings = read_file(path, max_bytes=self.max_bytes)
        except ReadError as exc:
            return FileResult(path, "failed", str(exc))
        except OSError as exc:
            return FileResult(path, "failed", exc.strerror or str(exc))
        result = FileResult(path, "created", warnings=list(warnings))
        content_hash = Source.hash_text(text)
        same = Source.objects.filter(content_hash=content_hash).only("file_name").first()
        if same is not None:
            result.counts["sources_skipped"] += 1
            if same.file_name == path.name:
                result.status, result.message = "unchanged", "already loaded"
            else:
                result.status = "duplicate"
                result.message = f"same text already loaded from {same.file_name}"
            return result
        try:
            extraction = extract(text, path=str(path), nlp=self.nlp)
        except Exception as exc:  # a bug on one article must not stop the others
            return FileResult(path, "failed", f"extraction failed: {exc!r}", warnings)
        try:
            with transaction.atomic():
                _FileWriter(extraction, path.name, content_hash, result).write()
                if self.dry_run:
                    transaction.set_rollback(True)
        except Exception as exc:
            return FileResult(path, "failed", f"could not be saved: {exc!r}", warnings)
        if self.dry_run:
            result.message = "dry run, nothing written"
        return result


class _FileWriter:
    """Writes one extraction inside the caller's transaction."""

    def __init__(self, extraction: Extraction, file_name: str, content_hash: str, result):
        self.x = extraction
        self.file_name = file_name
        self.content_hash = content_hash
        self.result = result
        self.counts = result.counts
        # None for an actor or event an editor deleted (a tombstone): left out.
        self.actors: dict[str, Actor | None] = {}
        self.events: dict[str, Event | None] = {}

    def write(self) -> None:
        self.source = self.write_source()
        deleted_actors = deleted_actor_keys()
        self.deleted_events = deleted_event_identities()
        created_now: list[tuple[Actor, ActorRecord]] = []
        for record in self.x.actors:
            actor, created = resolve_actor(record, deleted_actors)
            self.actors[record.name] = actor
            if actor is None:
                self.counts["actors_suppressed"] += 1
                continue
            self.counts["actors_created" if created else "actors_matched"] += 1
            if created:
                created_now.append((actor, record))
        for actor, record in created_now:
            parent = self.actors.get(record.parent) if record.parent else None
            if parent is not None and parent != actor:
                actor.parent = parent
                actor.save(update_fields=["parent"])
        for record in self.x.events:
            self.events[record.title] = self.write_event(record)
        self.write_statements()

    def write_source(self) -> Source:
        meta = self.x.source
        fields = {
            "title": (meta.title or "")[:500],
            "publisher": (meta.publisher or "")[:255],
            "credits": list(meta.credits),
            "byline": (meta.byline or "")[:255],
            "published": meta.published,
            "dateline_place": (meta.dateline_place or "")[:255],
            "language": meta.language or "en",
            "url": meta.url or "",
            "text": self.x.text,
            "content_hash": self.content_hash,
        }
        source = Source.objects.filter(file_name=self.file_name).first()
        if source is None:
            self.counts["sources_created"] += 1
            return Source.objects.create(file_name=self.file_name, **fields)
        if source.edited:  # an editor fixed its metadata: only the text is the new one's
            fields = {name: fields[name] for name in ("text", "content_hash")}
        for name, value in fields.items():
            setattr(source, name, value)
        source.save()
        self.result.status = "replaced"
        self.result.message = "changed since the last load; older extraction replaced"
        self.counts["sources_updated"] += 1
        return source

    def write_event(self, record: EventRecord) -> Event | None:
        participants = [a for a in map(self.actors.get, record.participants) if a is not None]
        if event_identity(record.kind, record.date, record.title) in self.deleted_events:
            # An editor deleted this event: only an event that has this very identity
            # now (one they made again, or merged it into) is linked.
            event = same_event(record)
            if event is None:
                self.counts["events_suppressed"] += 1
                return None
        else:
            event = find_event(record, participants)
        if event is None:
            event = Event.objects.create(
                title=record.title[:500],
                kind=record.kind,
                date=record.date,
                places=list(record.places),
            )
            self.counts["events_created"] += 1
        else:
            self.counts["events_linked"] += 1
            if not event.edited:
                places = list(event.places) + [p for p in record.places if p not in event.places]
                if places != event.places:
                    event.places = places
                    event.save(update_fields=["places", "updated_at"])
        if not event.edited:
            event.participants.add(*participants)
        event.sources.add(self.source)
        return event

    def write_statements(self) -> None:
        existing = {s.fingerprint: s for s in self.source.statements.all()}
        tombstones = set(
            StatementTombstone.objects.filter(source=self.source).values_list(
                "fingerprint", flat=True
            )
        )
        seen: set[str] = set()
        first_speaker: dict[str, str | None] = {}
        for record in self.x.statements:
            fingerprint = Statement.make_fingerprint(record.kind, record.content)
            if fingerprint in seen and record.speaker != first_speaker[fingerprint]:
                # "Ford and GM said ...": the same words, said by a second speaker too
                fingerprint = Statement.make_fingerprint(
                    record.kind, record.content, joint_speaker=record.speaker
                )
            else:
                first_speaker.setdefault(fingerprint, record.speaker)
            if fingerprint in seen:
                self.counts["statements_skipped"] += 1
                continue
            seen.add(fingerprint)
            if fingerprint in tombstones:
                self.counts["statements_suppressed"] += 1
                continue
            statement = existing.get(fingerprint)
            if statement is not None and statement.is_editorial:
                self.move_spans(statement, record)
                self.counts["statements_kept"] += 1
                continue
            created = statement is None
            if created:
                statement = Statement(source=self.source, fingerprint=fingerprint)
            self.fill_statement(statement, record)
            statement.save()
            statement.about.set({a for a in map(self.actors.get, record.about) if a is not None})
            self.counts["statements_created" if created else "statements_updated"] += 1
        stale = [s for f, s in existing.items() if f not in seen and not s.is_editorial]
        with no_tombstones():
            for statement in stale:
                statement.delete()
                self.counts["statements_removed"] += 1

    def move_spans(self, statement: Statement, record: StatementRecord) -> None:
        """An editor's statement keeps its fields, but its offsets follow the changed text
        (unless they still mark its content there)."""
        start, end = statement.content_start, statement.content_end
        if self.x.text[start:end] == statement.content:
            return
        spans = {}
        for name, value in [
            ("content", record.content_span),
            ("speaker", record.speaker_span),
            ("cue", record.cue_span),
            ("paragraph", record.paragraph_span),
        ]:
            spans[f"{name}_start"], spans[f"{name}_end"] = value if value else (None, None)
        Statement.objects.filter(pk=statement.pk).update(**spans)

    def fill_statement(self, statement: Statement, record: StatementRecord) -> None:
        def span(value):
            return (value[0], value[1]) if value else (None, None)

        statement.speaker = self.actors.get(record.speaker) if record.speaker else None
        statement.content = record.content
        statement.kind = record.kind
        statement.cue = (record.cue or "")[:100]
        statement.date = record.date
        statement.content_start, statement.content_end = record.content_span
        statement.speaker_start, statement.speaker_end = span(record.speaker_span)
        statement.cue_start, statement.cue_end = span(record.cue_span)
        statement.paragraph_start, statement.paragraph_end = span(record.paragraph_span)
        statement.category = record.category or Statement.Category.OTHER
        statement.event = self.events.get(record.event) if record.event else None


def deleted_actor_keys() -> dict[str, set[str]]:
    """Every name (folded) of an actor an editor deleted, with the kinds it had."""
    keys: dict[str, set[str]] = {}
    for names, kind in ActorTombstone.objects.values_list("keys", "kind"):
        for key in names or ():
            keys.setdefault(key, set()).add(kind)
    return keys


def event_identity(kind: str, date, title: str) -> tuple[str, str | None, str]:
    return (kind, date.isoformat() if date else None, fold(title))


def deleted_event_identities() -> set[tuple[str, str | None, str]]:
    """Every identity (kind, ISO day, folded title) of an event an editor deleted."""
    return {
        (kind, date, key)
        for identities in EventTombstone.objects.values_list("identities", flat=True)
        for kind, date, key in identities or ()
    }


def resolve_actor(
    record: ActorRecord, deleted: dict[str, set[str]] | None = None
) -> tuple[Actor | None, bool]:
    """The existing actor this record names, or a new one; ``(None, False)`` when it names
    an actor an editor deleted (``deleted``: ``deleted_actor_keys()``).

    Matching goes by the canonical name and by multi-word aliases only, accent- and
    case-insensitively: a bare surname ("Rodriguez") is too weak to merge two people.
    A deleted actor is matched the same way and wins only over weaker live matches, so
    a name an editor gave a live actor leads to that actor. Names of deleted actors and
    aliases an editor removed from the actor are not added to it.
    """
    deleted = deleted or {}
    name_key = fold(record.name)
    keys = [name_key] + [fold(a) for a in record.aliases if len(fold(a).split()) > 1]
    aliases = ActorAlias.objects.filter(key__in=set(keys)).select_related("actor")
    candidates = {}
    for alias in aliases:
        score = (alias.key == name_key, alias.actor.kind == record.kind)
        candidates[alias.actor] = max(score, candidates.get(alias.actor, (False, False)))
    gone = [(key == name_key, record.kind in deleted[key]) for key in keys if key in deleted]
    if gone and (not candidates or max(gone) > max(candidates.values())):
        return None, False
    if candidates:
        actor = max(candidates, key=lambda a: (candidates[a], -a.pk))
        created = False
    else:
        actor = Actor.objects.create(
            name=record.name[:255],
            kind=record.kind,
            country=(record.country or "")[:2].upper(),
            role=(record.role or "")[:255],
        )
        created = True
    removed = set(deleted)
    if not created:
        removed |= set(
            ActorAliasTombstone.objects.filter(actor=actor).values_list("key", flat=True)
        )
    for alias in [record.name, *record.aliases]:
        if fold(alias) not in removed:
            actor.add_alias(alias[:255])
    return actor, created


def event_by_alias(record: EventRecord) -> Event | None:
    """An identity an editor merged away or changed (``EventAlias``) leads to the event kept."""
    alias = (
        EventAlias.objects.filter(kind=record.kind, date=record.date, key=fold(record.title))
        .select_related("event")
        .first()
    )
    return alias.event if alias is not None else None


def same_event(record: EventRecord) -> Event | None:
    """The event that has exactly this record's identity (kind, day, title): its own, or
    one an editor merged into it or changed (``EventAlias``)."""
    if record.date is None:
        return None
    aliased = event_by_alias(record)
    if aliased is not None:
        return aliased
    for event in Event.objects.filter(kind=record.kind, date=record.date).only("title"):
        if fold(event.title) == fold(record.title):
            return Event.objects.get(pk=event.pk)
    return None


def find_event(record: EventRecord, participants: list[Actor]) -> Event | None:
    """The event another article already reported, if any: same kind and day, and a
    shared participant or place (or the same title), or an identity an editor merged into
    an event or changed (``EventAlias``)."""
    if record.date is None:
        return None
    aliased = event_by_alias(record)
    if aliased is not None:
        return aliased
    candidates = Event.objects.filter(kind=record.kind, date=record.date).prefetch_related(
        "participants"
    )
    places = {fold(p) for p in record.places}
    ids = {a.pk for a in participants}
    for event in candidates:
        if fold(event.title) == fold(record.title):
            return event
        if ids & {a.pk for a in event.participants.all()}:
            return event
        if places & {fold(p) for p in event.places}:
            return event
    return None
