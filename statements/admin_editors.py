"""The "Editors" group: exactly the permissions the editorial workflow in the admin needs.

Created after every ``migrate`` (a ``post_migrate`` handler in ``signals.py``) and by the
``create_editors_group`` command, which can also make editor accounts.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.db import DEFAULT_DB_ALIAS, transaction

EDITORS = "Editors"

# model name -> actions. Editors fix, merge, verify, reject and delete statements, actors
# and events; they correct a source's metadata but never add or delete sources (only
# loads do); they may delete a tombstone so that a statement, actor, alias or event they
# deleted can be loaded again.
EDITOR_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "statement": ("view", "add", "change", "delete"),
    "actor": ("view", "add", "change", "delete"),
    "actoralias": ("view", "add", "change", "delete"),
    "event": ("view", "add", "change", "delete"),
    "eventalias": ("view", "add", "change", "delete"),
    "source": ("view", "change"),
    "statementtombstone": ("view", "delete"),
    "actortombstone": ("view", "delete"),
    "actoraliastombstone": ("view", "delete"),
    "eventtombstone": ("view", "delete"),
}


def editor_codenames() -> set[str]:
    return {
        f"{action}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for action in actions
    }


def ensure_editors_group(using: str = DEFAULT_DB_ALIAS, strict: bool = True) -> Group:
    """Create the Editors group, or reset its permissions to exactly the editors' ones.

    A permission that does not exist yet raises when ``strict``; otherwise the group gets
    the ones that do (after ``migrate`` they all do)."""
    codenames = editor_codenames()
    with transaction.atomic(using=using):
        group, _ = Group.objects.using(using).get_or_create(name=EDITORS)
        permissions = list(
            Permission.objects.using(using).filter(
                content_type__app_label="statements", codename__in=codenames
            )
        )
        missing = codenames - {p.codename for p in permissions}
        if missing and strict:
            raise RuntimeError(
                f"Permissions missing: {', '.join(sorted(missing))}. Run `manage.py migrate`."
            )
        group.permissions.set(permissions)
    return group
