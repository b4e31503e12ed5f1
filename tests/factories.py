"""Small factories for tests that need records without running the extractor.

Texts here are written for the tests; every statement's span really indexes its source.
"""

import datetime as dt
import itertools

from statements.models import Actor, Event, Source, Statement

_counter = itertools.count(1)


def make_actor(name="Test Person", kind=Actor.Kind.PERSON, country="", role="", **extra):
    return Actor.objects.create(name=name, kind=kind, country=country, role=role, **extra)


def make_source(text=None, title=None, publisher="Test Wire", published=dt.date(2026, 1, 3), **kw):
    n = next(_counter)
    text = text or f"Article {n}.\nThe minister said the talks would resume soon.\n"
    return Source.objects.create(
        title=title or f"Test article {n}",
        publisher=publisher,
        published=published,
        text=text,
        content_hash=Source.hash_text(text + f"#{n}"),
        file_name=kw.pop("file_name", f"test_{n}.txt"),
        **kw,
    )


def make_statement(source=None, content=None, speaker=None, about=(), **kw):
    """A statement whose content is found in (or appended to) its source's text."""
    source = source or make_source()
    if content is None:
        content = f"the talks would resume soon ({next(_counter)})"
    start = source.text.find(content)
    if start < 0:
        source.text += f"\n{content}\n"
        source.save(update_fields=["text"])
        start = source.text.find(content)
    kw.setdefault("kind", Statement.Kind.INDIRECT)
    kw.setdefault("date", source.published)
    statement = Statement.objects.create(
        source=source,
        speaker=speaker,
        content=content,
        content_start=start,
        content_end=start + len(content),
        fingerprint=Statement.make_fingerprint(kw["kind"], content),
        **kw,
    )
    if about:
        statement.about.set(about)
    return statement


def make_event(
    title="Test talks", kind=Event.Kind.DIPLOMATIC_MEETING, date=dt.date(2026, 1, 3), **kw
):
    participants = kw.pop("participants", ())
    sources = kw.pop("sources", ())
    event = Event.objects.create(title=title, kind=kind, date=date, **kw)
    event.participants.set(participants)
    event.sources.set(sources)
    return event
