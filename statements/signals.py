"""Keep editors' deletions permanent: a deleted statement leaves a tombstone.

The loader removes stale machine output itself inside ``loader_deletes()``; those
deletions leave no tombstone, so only an editor's deletion is remembered.
"""

import contextlib
import contextvars

from django.db.models.signals import post_delete, post_migrate
from django.dispatch import receiver

from .models import Statement, StatementTombstone

_loader_deleting = contextvars.ContextVar("loader_deleting", default=False)


@contextlib.contextmanager
def loader_deletes():
    token = _loader_deleting.set(True)
    try:
        yield
    finally:
        _loader_deleting.reset(token)


@receiver(post_delete, sender=Statement, dispatch_uid="statement_tombstone")
def remember_deleted_statement(sender, instance, **kwargs):
    if _loader_deleting.get():
        return
    # The source may be going away in the same cascade; then nothing needs remembering.
    if not type(instance.source).objects.filter(pk=instance.source_id).exists():
        return
    from simple_history.models import HistoricalRecords

    request = getattr(HistoricalRecords.context, "request", None)
    user = getattr(request, "user", None)
    StatementTombstone.objects.get_or_create(
        source_id=instance.source_id,
        fingerprint=instance.fingerprint,
        defaults={
            "content": instance.content[:2000],
            "deleted_by": user if user is not None and user.is_authenticated else None,
        },
    )


@receiver(post_migrate, dispatch_uid="editors_group")
def create_editors_group(sender, using=None, **kwargs):
    """After ``migrate`` (and test database set-up), the Editors group exists and has exactly
    the editors' permissions. Runs once this app's permissions have been created."""
    if getattr(sender, "label", None) != "statements":
        return
    from .admin_editors import ensure_editors_group

    ensure_editors_group(using=using or "default", strict=False)
