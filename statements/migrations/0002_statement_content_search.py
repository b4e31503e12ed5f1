"""Full-text search over statements: a GIN index on PostgreSQL only.

The index expression is exactly ``ContentSearchVector`` in models.py, so
``Statement.objects.search()`` can use it. Other databases get no index (their search is a
plain ``icontains`` fallback), so this migration does nothing there.
"""

from django.db import migrations

INDEX = "statement_content_fts"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON statements_statement "
        "USING GIN (to_tsvector('english'::regconfig, content))"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("statements", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_index, drop_index, elidable=False),
    ]
