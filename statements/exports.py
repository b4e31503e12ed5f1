"""CSV and JSON downloads of a filtered statement list, streamed row by row.

Rows come from ``queryset.iterator(chunk_size=...)`` (with ``about`` prefetched one chunk at
a time), so a large export never holds every statement in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator

from django.http import StreamingHttpResponse

CHUNK_SIZE = 1000

COLUMNS = [
    "id",
    "url",
    "date",
    "kind",
    "category",
    "status",
    "content",
    "cue",
    "speaker",
    "speaker_slug",
    "speaker_kind",
    "speaker_role",
    "speaker_country",
    "about",
    "about_slugs",
    "event",
    "event_slug",
    "publisher",
    "source_title",
    "source_url",
    "source_page",
    "content_start",
    "content_end",
]


def statement_record(statement, base_url: str) -> dict:
    speaker, event, source = statement.speaker, statement.event, statement.source
    about = list(statement.about.all())
    return {
        "id": statement.pk,
        "url": base_url + statement.get_absolute_url(),
        "date": statement.date.isoformat() if statement.date else None,
        "kind": statement.kind,
        "category": statement.category,
        "status": statement.status,
        "content": statement.content,
        "cue": statement.cue,
        "speaker": speaker.name if speaker else None,
        "speaker_slug": speaker.slug if speaker else None,
        "speaker_kind": speaker.kind if speaker else None,
        "speaker_role": speaker.role if speaker else None,
        "speaker_country": (speaker.country or None) if speaker else None,
        "about": [actor.name for actor in about],
        "about_slugs": [actor.slug for actor in about],
        "event": event.title if event else None,
        "event_slug": event.slug if event else None,
        "publisher": source.publisher,
        "source_title": source.title,
        "source_url": source.url or None,
        "source_page": f"{base_url}{source.get_absolute_url()}#statement-{statement.pk}",
        "content_start": statement.content_start,
        "content_end": statement.content_end,
    }


def _rows(queryset) -> Iterator:
    return queryset.iterator(chunk_size=CHUNK_SIZE)


class _Echo:
    """A file-like object whose write() returns what it was given (for csv.writer)."""

    def write(self, value):
        return value


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    """A CSV cell: lists joined with "; ", and text that a spreadsheet would run as a
    formula prefixed with an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(value)
    value = str(value)
    if value.startswith(_FORMULA_START):
        value = "'" + value
    return value


def stream_csv(queryset, base_url: str) -> Iterable[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(COLUMNS)  # BOM: spreadsheets then read UTF-8
    for statement in _rows(queryset):
        record = statement_record(statement, base_url)
        yield writer.writerow([_cell(record[column]) for column in COLUMNS])


def stream_json(queryset, base_url: str, meta: dict) -> Iterable[str]:
    head = json.dumps(meta, ensure_ascii=False)[:-1]  # the object, left open
    yield head + ', "statements": ['
    first = True
    for statement in _rows(queryset):
        record = json.dumps(statement_record(statement, base_url), ensure_ascii=False)
        yield ("\n" if first else ",\n") + record
        first = False
    yield "\n]}\n"


def export_response(queryset, fmt: str, base_url: str, filename: str, meta: dict):
    if fmt == "csv":
        content, content_type = stream_csv(queryset, base_url), "text/csv; charset=utf-8"
    else:
        content, content_type = stream_json(queryset, base_url, meta), "application/json"
    response = StreamingHttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response
