"""Keep editors' deletions permanent: what an editor deletes leaves a tombstone.

- a deleted statement: a ``StatementTombstone`` (its source and fingerprint);
- a deleted actor: an ``ActorTombstone`` with every name it had (folded keys);
- a deleted event: an ``EventTombstone`` with each of its identities (kind, day, title);
- an alias deleted from an actor: an ``ActorAliasTombstone`` (that actor and key).

Loads honour them (``statements/loading.py``). The loader removes stale machine output
itself, and a merge deletes the records it merged away; both do it inside
``no_tombstones()``, so only an editor's deletion is remembered.
"""

import contextlib
import contextvars

from django.db.models.signals import post_delete, post_migrate, post_save, pre_delete
from django.dispatch import receiver

from .models import (
    Actor,
    ActorAlias,
    ActorAliasTombstone,
    ActorTombstone,
    Event,
    EventTombstone,
    Statement,
    StatementTombstone,
)
from .text import fold

_no_tombstones = contextvars.ContextVar("no_tombstones", default=False)
# Actors being deleted right now: the aliases going with them leave no alias tombstone.
_deleting_actors = contextvars.ContextVar("deleting_actors", default=frozenset())


@contextlib.contextmanager
def no_tombstones():
    """Deletions inside leave no tombstone (the loader's and merges' own deletions)."""
    token = _no_tombstones.set(True)
    try:
        yield
    finally:
        _no_tombstones.reset(token)


loader_deletes = no_tombstones


def _editor():
    """The user of the current admin request, if any."""
    from simple_history.models import HistoricalRecords

    request = getattr(HistoricalRecords.context, "request", None)
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


@receiver(post_delete, sender=Statement, dispatch_uid="statement_tombstone")
def remember_deleted_statement(sender, instance, **kwargs):
    if _no_tombstones.get():
        return
    # The source may be going away in the same cascade; then nothing needs remembering.
    if not type(instance.source).objects.filter(pk=instance.source_id).exists():
        return
    StatementTombstone.objects.get_or_create(
        source_id=instance.source_id,
        fingerprint=instance.fingerprint,
        defaults={"content": instance.content[:2000], "deleted_by": _editor()},
    )


@receiver(pre_delete, sender=Actor, dispatch_uid="actor_tombstone")
def remember_deleted_actor(sender, instance, **kwargs):
    _deleting_actors.set(_deleting_actors.get() | {instance.pk})
    if _no_tombstones.get():
        return
    # Before the cascade: its aliases are still there.
    aliases = list(instance.aliases.order_by("name").values_list("name", "key"))
    names = [instance.name] + [name for name, _ in aliases if name != instance.name]
    keys = sorted({fold(instance.name)} | {key for _, key in aliases} - {""})
    ActorTombstone.objects.create(
        name=instance.name,
        kind=instance.kind,
        names="; ".join(names),
        keys=keys,
        deleted_by=_editor(),
    )


@receiver(post_delete, sender=Actor, dispatch_uid="actor_deleted")
def forget_deleting_actor(sender, instance, **kwargs):
    _deleting_actors.set(_deleting_actors.get() - {instance.pk})


@receiver(post_delete, sender=ActorAlias, dispatch_uid="alias_tombstone")
def remember_deleted_alias(sender, instance, **kwargs):
    if _no_tombstones.get() or instance.actor_id in _deleting_actors.get() or not instance.key:
        return
    ActorAliasTombstone.objects.get_or_create(
        actor_id=instance.actor_id,
        key=instance.key,
        defaults={"name": instance.name, "deleted_by": _editor()},
    )


@receiver(post_save, sender=ActorAlias, dispatch_uid="alias_back")
def forget_alias_tombstone(sender, instance, **kwargs):
    """An alias added back (by an editor: loads never add a tombstoned one) is wanted."""
    ActorAliasTombstone.objects.filter(actor_id=instance.actor_id, key=instance.key).delete()


@receiver(pre_delete, sender=Event, dispatch_uid="event_tombstone")
def remember_deleted_event(sender, instance, **kwargs):
    if _no_tombstones.get():
        return
    identities = [(instance.kind, instance.date, fold(instance.title))]
    identities += [(a.kind, a.date, a.key) for a in instance.aliases.order_by("pk")]
    unique = []
    for kind, date, key in identities:
        identity = [kind, date.isoformat() if date else None, key]
        if key and identity not in unique:
            unique.append(identity)
    EventTombstone.objects.create(
        title=instance.title,
        kind=instance.kind,
        date=instance.date,
        identities=unique,
        deleted_by=_editor(),
    )


@receiver(post_migrate, dispatch_uid="editors_group")
def create_editors_group(sender, using=None, **kwargs):
    """After ``migrate`` (and test database set-up), the Editors group exists and has exactly
    the editors' permissions. Runs once this app's permissions have been created."""
    if getattr(sender, "label", None) != "statements":
        return
    from .admin_editors import ensure_editors_group

    ensure_editors_group(using=using or "default", strict=False)
