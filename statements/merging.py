"""Merging duplicate actors and events, so that they stay merged on later loads.

Merging actors moves every statement they made, every "about" link, every event
participation, every child (``parent``) and every alias (their canonical names included)
to the actor kept, then deletes the others. Later loads find actors through their aliases,
so the names of the removed actors lead to the kept one. Aliases an editor had deleted
from a removed actor (``ActorAliasTombstone``) stay deleted for the kept one, unless it has
them.

Merging events moves statements, sources, participants, places and identities to the event
kept: each removed event's (kind, day, title) becomes an ``EventAlias`` of the kept one,
which is how later loads find it again.

Every change is recorded in the history (django-simple-history) with a change reason.
The records merged away leave no tombstone: they live on in the one kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from .models import Actor, ActorAliasTombstone, Event, EventAlias, Statement


def no_tombstones():
    # Imported when used: importing ``signals`` with the admin (before django.contrib.auth
    # is ready) would run its post_migrate handler before the permissions exist.
    from .signals import no_tombstones

    return no_tombstones()


class MergeError(ValueError):
    pass


def _others(keep, others: Iterable) -> list:
    others = [o for o in others if o.pk != keep.pk]
    if not others:
        raise MergeError("Choose at least one other record to merge into the one kept.")
    return others


def _mark(obj, reason: str, user):
    """Give ``obj``'s next history row a reason (and a user, outside a request)."""
    obj._change_reason = reason
    if user is not None:
        obj._history_user = user
    return obj


def _bulk_set(objs: list, model, field: str, value, user, reason: str) -> int:
    """Set ``field`` on ``objs`` and save them in bulk, with one history row each."""
    if not objs:
        return 0
    now = timezone.now()
    for obj in objs:
        setattr(obj, field, value)
        obj.updated_at = now
    bulk_update_with_history(
        objs, model, [field, "updated_at"], default_user=user, default_change_reason=reason
    )
    return len(objs)


def merge_actors(keep: Actor, others: Iterable[Actor], user=None) -> Counter:
    """Merge ``others`` into ``keep``; returns counts of what moved."""
    others = _others(keep, others)
    ids = [a.pk for a in others]
    names = ", ".join(f"{a.name} (#{a.pk})" for a in others)
    reason = f"actors merged into {keep.name} (#{keep.pk})"
    counts = Counter()
    with transaction.atomic(), no_tombstones():
        keep = Actor.objects.select_for_update().get(pk=keep.pk)
        said = list(Statement.objects.filter(speaker_id__in=ids))
        counts["statements"] = _bulk_set(said, Statement, "speaker", keep, user, reason)

        mentioning = Statement.objects.filter(about__in=ids).distinct().prefetch_related("about")
        for statement in mentioning:
            _mark(statement, reason, user)
            about = {a for a in statement.about.all() if a.pk not in ids} | {keep}
            statement.about.set(about)
            counts["about_links"] += 1

        for event in Event.objects.filter(participants__in=ids).distinct():
            _mark(event, reason, user)
            event.participants.remove(*ids)
            event.participants.add(keep)
            counts["events"] += 1

        children = list(Actor.objects.filter(parent_id__in=ids).exclude(pk=keep.pk))
        counts["children"] = _bulk_set(children, Actor, "parent", keep, user, reason)

        keys = set(keep.aliases.values_list("key", flat=True))
        for other in others:
            for alias in other.aliases.all():
                _mark(alias, reason, user)
                if alias.key in keys:
                    alias.delete()
                    continue
                alias.actor = keep
                alias.save()
                keys.add(alias.key)
                counts["aliases"] += 1
        removed = set(keep.alias_tombstones.values_list("key", flat=True))
        for tombstone in ActorAliasTombstone.objects.filter(actor_id__in=ids).order_by("pk"):
            if tombstone.key in keys | removed:
                continue  # the kept actor has that name, or has it deleted already
            tombstone.actor = keep
            tombstone.save(update_fields=["actor"])
            removed.add(tombstone.key)

        # Blanks of the kept actor are filled from the others; its own values win.
        for other in others:
            if keep.kind == Actor.Kind.OTHER and other.kind != Actor.Kind.OTHER:
                keep.kind = other.kind
            keep.country = keep.country or other.country
            keep.role = keep.role or other.role
            if keep.parent_id is None and other.parent_id not in (*ids, keep.pk, None):
                keep.parent_id = other.parent_id
        if keep.parent_id in ids:
            keep.parent_id = None
        for other in others:
            _mark(other, reason, user)
            other.delete()
        _mark(keep, f"merged in {names}", user)
        keep.save()
        for other in others:
            keep.add_alias(other.name)
    counts["removed"] = len(others)
    return counts


def merge_events(keep: Event, others: Iterable[Event], user=None) -> Counter:
    """Merge ``others`` into ``keep``; returns counts of what moved."""
    others = _others(keep, others)
    ids = [e.pk for e in others]
    names = ", ".join(f"{e.title} (#{e.pk})" for e in others)
    reason = f"events merged into {keep.title} (#{keep.pk})"
    counts = Counter()
    with transaction.atomic(), no_tombstones():
        keep = Event.objects.select_for_update().get(pk=keep.pk)
        statements = list(Statement.objects.filter(event_id__in=ids))
        counts["statements"] = _bulk_set(statements, Statement, "event", keep, user, reason)

        participants = {a.pk for a in keep.participants.all()}
        new_participants = set()
        sources = {s.pk for s in keep.sources.all()}
        new_sources = set()
        places = list(keep.places)
        for other in others:
            new_participants |= {a.pk for a in other.participants.all()} - participants
            new_sources |= {s.pk for s in other.sources.all()} - sources
            places += [p for p in other.places if p not in places]
            if keep.date is None:
                keep.date = other.date
            EventAlias.remember(keep, other.kind, other.date, other.title)
            for alias in other.aliases.all():
                EventAlias.remember(keep, alias.kind, alias.date, alias.title)
        counts["participants"] = len(new_participants)
        counts["sources"] = len(new_sources)
        _mark(keep, f"merged in {names}", user)
        if new_participants:
            keep.participants.add(*new_participants)
        if new_sources:
            keep.sources.add(*new_sources)
        keep.places = places
        for other in others:
            _mark(other, reason, user)
            other.delete()
        keep.save()
    counts["removed"] = len(others)
    return counts
