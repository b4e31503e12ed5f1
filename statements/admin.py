"""The editors' admin: find, fix, merge, verify, reject and audit records.

Whatever an editor saves here is marked as theirs (``Statement.edited``, ``status``,
``Event.edited``, aliases), and loads never overwrite it: see ``statements/loading.py``.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from simple_history.admin import SimpleHistoryAdmin
from simple_history.utils import bulk_update_with_history

from .merging import MergeError, merge_actors, merge_events
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

# Statement fields whose change by an editor makes the statement theirs (``edited``).
STATEMENT_EDIT_FIELDS = ("speaker_id", "content", "kind", "cue", "date", "category", "event_id")
SOURCE_EDIT_FIELDS = (
    "title",
    "publisher",
    "credits",
    "byline",
    "published",
    "dateline_place",
    "language",
    "url",
)
EVENT_IDENTITY_FIELDS = ("title", "kind", "date")
EVENT_EDIT_FIELDS = (*EVENT_IDENTITY_FIELDS, "places")


# Reverting to a version from the history page.


class RevertManyToManyMixin:
    """simple-history's revert form starts from the version's fields, but a many-to-many
    field (``m2m_fields``) would start from today's links, so saving it would keep them.
    Here it starts from the links the version recorded (those to records that still
    exist), and saving the revert form restores them."""

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        version = getattr(obj, "_history", None)  # set on a version's instance
        if version is None:
            return form
        initial = {}
        for field in getattr(version, "_history_m2m_fields", ()):
            if field.name not in form.base_fields:
                continue
            target = f"{field.m2m_reverse_field_name()}_id"
            ids = [getattr(row, target) for row in getattr(version, field.name).all()]
            existing = set(
                field.related_model._default_manager.filter(pk__in=ids).values_list("pk", flat=True)
            )
            initial[field.name] = [pk for pk in ids if pk in existing]

        class VersionForm(form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.initial.update(initial)

        return VersionForm


# Statements: editing, reviewing, showing the source span.


def apply_review(statement: Statement, user, previous: Statement | None) -> None:
    """Keep ``verified_by``/``verified_at`` in step with ``status``: set on verifying,
    cleared otherwise, unchanged when the status is."""
    if previous is not None and statement.status == previous.status:
        statement.verified_by_id = previous.verified_by_id
        statement.verified_at = previous.verified_at
    elif statement.status == Statement.Status.VERIFIED:
        statement.verified_by = user
        statement.verified_at = timezone.now()
    else:
        statement.verified_by = None
        statement.verified_at = None


def mark_editor_changes(statement: Statement, user, about_changed: bool = False) -> None:
    """Before saving an editor's version of ``statement``: ``edited`` once anything but the
    review changed (never cleared here), review fields in step with ``status``."""
    previous = Statement.objects.filter(pk=statement.pk).first() if statement.pk else None
    if previous is None:
        statement.edited = True
    else:
        changed = about_changed or any(
            getattr(statement, f) != getattr(previous, f) for f in STATEMENT_EDIT_FIELDS
        )
        statement.edited = previous.edited or changed
    apply_review(statement, user, previous)


def find_span(text: str, content: str, near: int | None = None) -> int:
    """Where ``content`` is in ``text`` (the occurrence nearest ``near``), or -1."""
    if not content:
        return -1
    if near is not None:
        after = text.find(content, max(0, near - len(content)))
        before = text.rfind(content, 0, near + len(content))
        found = [p for p in (after, before) if p >= 0]
        if found:
            return min(found, key=lambda p: abs(p - near))
    return text.find(content)


def review_statements(queryset, status: str, user) -> int:
    """Set ``status`` on the statements of ``queryset``, with one history row each."""
    now = timezone.now()
    statements = list(queryset.exclude(status=status).select_related(None))
    for statement in statements:
        statement.status = status
        verified = status == Statement.Status.VERIFIED
        statement.verified_by = user if verified else None
        statement.verified_at = now if verified else None
        statement.updated_at = now
    bulk_update_with_history(
        statements,
        Statement,
        ["status", "verified_by", "verified_at", "updated_at"],
        default_user=user,
        default_change_reason=status,
    )
    return len(statements)


class StatementAdminForm(forms.ModelForm):
    class Meta:
        model = Statement
        fields = [
            "source",
            "speaker",
            "kind",
            "cue",
            "content",
            "date",
            "category",
            "about",
            "event",
            "status",
        ]

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        source = cleaned.get("source") or (instance.source if instance.source_id else None)
        content, kind = cleaned.get("content"), cleaned.get("kind")
        if source is None or not content or not kind:
            return cleaned
        if instance.pk is None:
            start = find_span(source.text, content)
            if start < 0:
                self.add_error(
                    "content",
                    "Quote the statement exactly as the source text has it, so that its span "
                    "can be shown.",
                )
                return cleaned
            fingerprint = Statement.make_fingerprint(kind, content)
            if Statement.objects.filter(source=source, fingerprint=fingerprint).exists():
                self.add_error("content", "This source already has this statement.")
                return cleaned
            instance.fingerprint = fingerprint
            instance.content_start, instance.content_end = start, start + len(content)
        elif "content" in self.changed_data:
            # The fingerprint stays: it is how loads recognise the statement as this one.
            start = find_span(source.text, content, near=instance.content_start)
            if start >= 0:
                instance.content_start, instance.content_end = start, start + len(content)
        return cleaned


def highlighted_excerpt(statement: Statement) -> str:
    """The statement's paragraph with its content (and speaker, cue) spans marked.

    When the article changed since the statement was extracted and its quote moved, the
    quote is looked up again; an editor's paraphrase keeps the span first extracted."""
    text = statement.source.text
    start, end = statement.content_start, statement.content_end
    spans = [
        (statement.speaker_start, statement.speaker_end, "speaker"),
        (statement.cue_start, statement.cue_end, "cue"),
    ]
    paragraph = (statement.paragraph_start, statement.paragraph_end)
    note = ""
    if text[start:end] != statement.content:
        first = statement.history.order_by("history_date", "history_id").first()
        original = first.content if first is not None else ""
        found = find_span(text, statement.content, near=start)
        if found >= 0:
            start, end = found, found + len(statement.content)
            spans, paragraph = [], (None, None)
        elif original and text[start:end] == original:
            note = "Changed by an editor: the marked text is the one first extracted."
        elif original and (found := find_span(text, original, near=start)) >= 0:
            start, end = found, found + len(original)
            spans, paragraph = [], (None, None)
            note = "Changed by an editor: the marked text is the one first extracted."
        else:
            return format_html(
                '<p class="help">{}</p>',
                "This quote is no longer in the article's current text.",
            )
    spans.insert(0, (start, end, "content"))
    p_start, p_end = paragraph
    if p_start is None or p_end is None or not (0 <= p_start <= start <= p_end <= len(text)):
        p_start = text.rfind("\n", 0, start) + 1
        p_end = text.find("\n", end)
        p_end = len(text) if p_end < 0 else p_end
    marks = sorted(
        (a, min(b, p_end), css)
        for a, b, css in spans
        if a is not None and b is not None and p_start <= a < b and a < p_end
    )
    pieces, pos = [], p_start
    for mark_start, mark_end, css in marks:
        if mark_start < pos:
            continue
        pieces.append(format_html("{}", text[pos:mark_start]))
        pieces.append(
            format_html('<mark class="span-{}">{}</mark>', css, text[mark_start:mark_end])
        )
        pos = mark_end
    pieces.append(format_html("{}", text[pos:p_end]))
    html = format_html(
        '<div class="source-excerpt" style="white-space: pre-wrap; max-width: 60em">{}</div>',
        mark_safe("".join(pieces)),
    )
    if note:
        html = format_html('{}<p class="help">{}</p>', html, note)
    return html


def public_link(obj) -> str:
    if obj.pk is None:
        return "-"
    return format_html('<a href="{0}">{0}</a>', obj.get_absolute_url())


def titled(filter_class, title: str):
    """``filter_class`` with its own title ("speaker country" rather than "country")."""

    class Titled(filter_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.title = title

    return Titled


class EditedFilter(admin.SimpleListFilter):
    title = "changed by an editor"
    parameter_name = "edited"

    def lookups(self, request, model_admin):
        return [("yes", "Yes"), ("no", "No")]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(edited=self.value() == "yes")
        return queryset


@admin.register(Statement)
class StatementAdmin(RevertManyToManyMixin, SimpleHistoryAdmin):
    form = StatementAdminForm
    list_display = [
        "short_content",
        "speaker",
        "kind",
        "category",
        "date",
        "status",
        "edited",
        "source__publisher",
    ]
    list_filter = [
        "status",
        EditedFilter,
        "kind",
        "category",
        ("speaker__country", titled(admin.AllValuesFieldListFilter, "speaker country")),
        ("source__publisher", titled(admin.AllValuesFieldListFilter, "publisher")),
        "date",
    ]
    list_select_related = ["speaker", "source"]
    search_fields = [
        "content",
        "speaker__name",
        "speaker__aliases__name",
        "about__name",
        "source__title",
        "event__title",
    ]
    autocomplete_fields = ["speaker", "about", "event", "source"]
    readonly_fields = [
        "source_excerpt",
        "public_link",
        "verified_by",
        "verified_at",
        "edited",
        "fingerprint",
        "content_start",
        "content_end",
        "created_at",
        "updated_at",
    ]
    radio_fields = {"status": admin.HORIZONTAL}
    date_hierarchy = "date"
    show_facets = admin.ShowFacets.ALWAYS
    actions = ["verify_statements", "reject_statements", "reset_review"]
    list_per_page = 50

    def get_fieldsets(self, request, obj=None):
        statement = ["source", "speaker", "kind", "cue", "content", "date", "category"]
        statement += ["about", "event"]
        fieldsets = [
            ("Statement", {"fields": statement}),
            ("Review", {"fields": ["status", "verified_by", "verified_at", "edited"]}),
            (
                "Extraction",
                {
                    "classes": ["collapse"],
                    "fields": [
                        "fingerprint",
                        "content_start",
                        "content_end",
                        "created_at",
                        "updated_at",
                    ],
                },
            ),
        ]
        if obj is not None:
            fieldsets.insert(0, ("In the source", {"fields": ["source_excerpt", "public_link"]}))
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None:
            fields.append("source")  # its span indexes this source's text
        return fields

    def get_queryset(self, request):
        return super().get_queryset(request).defer("source__text")

    def get_object(self, request, object_id, from_field=None):
        # The change form shows the source text.
        queryset = Statement.objects.select_related("source", "speaker", "event")
        try:
            return queryset.get(**{(from_field or "pk"): object_id})
        except (Statement.DoesNotExist, ValueError, forms.ValidationError):
            return None

    @admin.display(description="statement", ordering="content")
    def short_content(self, obj):
        return obj.content if len(obj.content) <= 90 else obj.content[:87] + "…"

    @admin.display(description="paragraph")
    def source_excerpt(self, obj):
        return highlighted_excerpt(obj)

    @admin.display(description="public page")
    def public_link(self, obj):
        if obj.status == Statement.Status.REJECTED:
            return "Rejected: not shown to readers or in exports."
        return public_link(obj)

    def save_model(self, request, obj, form, change):
        about_changed = "about" in form.changed_data
        if change and "about" in form.cleaned_data:
            before = set(
                Statement.about.through.objects.filter(statement_id=obj.pk).values_list(
                    "actor_id", flat=True
                )
            )
            about_changed = before != {a.pk for a in form.cleaned_data["about"]}
        mark_editor_changes(obj, request.user, about_changed=about_changed)
        super().save_model(request, obj, form, change)
        if not change:
            # An editor adding back a statement they deleted: it is theirs now.
            StatementTombstone.objects.filter(
                source_id=obj.source_id, fingerprint=obj.fingerprint
            ).delete()

    def _review(self, request, queryset, status, verb):
        n = review_statements(queryset, status, request.user)
        self.message_user(request, f"{n} statement(s) {verb}.", messages.SUCCESS)

    @admin.action(description="Verify selected statements", permissions=["change"])
    def verify_statements(self, request, queryset):
        self._review(request, queryset, Statement.Status.VERIFIED, "verified")

    @admin.action(
        description="Reject selected statements (hidden from readers)", permissions=["change"]
    )
    def reject_statements(self, request, queryset):
        self._review(request, queryset, Statement.Status.REJECTED, "rejected")

    @admin.action(description="Set selected statements back to pending", permissions=["change"])
    def reset_review(self, request, queryset):
        self._review(request, queryset, Statement.Status.PENDING, "set back to pending")


# Merging actors and events.


class StatementCountMixin:
    """A "statements" column counting the row's statements, linking to them in the admin."""

    statement_lookup = ""  # the statement changelist filter for this row, e.g. "speaker"

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset.annotate(n_statements=Count("statements", distinct=True))

    @admin.display(description="statements", ordering="n_statements")
    def n_statements(self, obj):
        url = reverse("admin:statements_statement_changelist")
        lookup = f"{self.statement_lookup}__id__exact"
        return format_html('<a href="{}?{}={}">{}</a>', url, lookup, obj.pk, obj.n_statements)


class MergeMixin:
    def has_merge_permission(self, request):
        """Merging changes the record kept and deletes the others."""
        return self.has_change_permission(request) and self.has_delete_permission(request)


def merge_action(modeladmin, request, queryset, merge, rows):
    """Intermediate page of a merge: choose the record to keep, then merge."""
    opts = modeladmin.model._meta
    objects = list(rows(queryset))
    if len(objects) < 2:
        modeladmin.message_user(
            request, f"Select at least two {opts.verbose_name_plural} to merge.", messages.WARNING
        )
        return None
    if request.POST.get("post") == "yes":
        keep = next((o for o in objects if str(o.pk) == request.POST.get("keep")), None)
        if keep is None:
            modeladmin.message_user(
                request, f"Choose the {opts.verbose_name} to keep.", messages.ERROR
            )
        else:
            others = [o for o in objects if o.pk != keep.pk]
            try:
                counts = merge(keep, others, user=request.user)
            except MergeError as exc:
                modeladmin.message_user(request, str(exc), messages.ERROR)
                return None
            moved = ", ".join(f"{n} {what.replace('_', ' ')}" for what, n in counts.items() if n)
            summary = f"Merged {', '.join(str(o) for o in others)} into {keep}"
            modeladmin.log_change(request, keep, f"{summary} ({moved}).")
            modeladmin.message_user(request, f"{summary}: {moved}.", messages.SUCCESS)
            return None
    request.current_app = modeladmin.admin_site.name
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": f"Merge {opts.verbose_name_plural}",
        "subtitle": None,
        "opts": opts,
        "objects": objects,
        "suggested": max(objects, key=lambda o: (o.n_statements, -o.pk)),
        "action_name": request.POST.get("action"),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "media": modeladmin.media,
    }
    return TemplateResponse(request, "admin/statements/merge_selected.html", context)


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    extra = 1
    fields = ["name", "key"]
    readonly_fields = ["key"]


@admin.register(Actor)
class ActorAdmin(StatementCountMixin, MergeMixin, SimpleHistoryAdmin):
    statement_lookup = "speaker"
    list_display = ["name", "kind", "country", "role", "parent", "n_statements"]
    ordering = ["name", "pk"]
    list_filter = ["kind", ("country", admin.AllValuesFieldListFilter)]
    list_select_related = ["parent"]
    search_fields = ["name", "aliases__name", "role"]
    autocomplete_fields = ["parent"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["public_link", "deleted_aliases", "created_at", "updated_at"]
    fields = [
        "name",
        "slug",
        "kind",
        "country",
        "role",
        "parent",
        "public_link",
        "deleted_aliases",
        "created_at",
        "updated_at",
    ]
    inlines = [ActorAliasInline]
    show_facets = admin.ShowFacets.ALWAYS
    actions = ["merge_selected"]

    @admin.display(description="public page")
    def public_link(self, obj):
        return public_link(obj)

    @admin.display(description="deleted aliases")
    def deleted_aliases(self, obj):
        names = list(obj.alias_tombstones.values_list("name", flat=True)) if obj.pk else []
        if not names:
            return "-"
        url = reverse("admin:statements_actoraliastombstone_changelist")
        return format_html(
            '{} <a href="{}?actor__id__exact={}">(loads do not add them again; delete a '
            "tombstone to allow one)</a>",
            ", ".join(names),
            url,
            obj.pk,
        )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # The canonical name stays an alias even if it was removed in the inline.
        form.instance.add_alias(form.instance.name)

    @admin.action(description="Merge selected actors into one…", permissions=["merge"])
    def merge_selected(self, request, queryset):
        def rows(queryset):
            return (
                queryset.annotate(
                    n_events=Count("events", distinct=True),
                    n_about=Count("mentioned_in", distinct=True),
                )
                .prefetch_related("aliases")
                .order_by("pk")
            )

        return merge_action(self, request, queryset, merge_actors, rows)


class EventAliasInline(admin.TabularInline):
    model = EventAlias
    extra = 0
    fields = ["title", "kind", "date"]
    verbose_name_plural = "other identities (merged in or changed): loads find this event by them"


@admin.register(Event)
class EventAdmin(StatementCountMixin, RevertManyToManyMixin, MergeMixin, SimpleHistoryAdmin):
    statement_lookup = "event"
    list_display = ["title", "kind", "date", "edited", "n_statements"]
    ordering = ["-date", "-pk"]
    list_filter = ["kind", "edited", "date"]
    search_fields = ["title", "aliases__title", "participants__name"]
    autocomplete_fields = ["participants", "sources"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["public_link", "edited", "created_at", "updated_at"]
    fields = [
        "title",
        "slug",
        "kind",
        "date",
        "places",
        "participants",
        "sources",
        "public_link",
        "edited",
        "created_at",
        "updated_at",
    ]
    inlines = [EventAliasInline]
    date_hierarchy = "date"
    show_facets = admin.ShowFacets.ALWAYS
    actions = ["merge_selected"]

    @admin.display(description="public page")
    def public_link(self, obj):
        return public_link(obj)

    def save_model(self, request, obj, form, change):
        previous = Event.objects.filter(pk=obj.pk).first() if change else None
        if previous is None:
            obj.edited = True
        else:
            changed = any(getattr(obj, f) != getattr(previous, f) for f in EVENT_EDIT_FIELDS)
            obj.edited = previous.edited or changed or "participants" in form.changed_data
            if any(getattr(obj, f) != getattr(previous, f) for f in EVENT_IDENTITY_FIELDS):
                # Loads still report the event as it was: lead them here.
                EventAlias.remember(obj, previous.kind, previous.date, previous.title)
        super().save_model(request, obj, form, change)

    @admin.action(description="Merge selected events into one…", permissions=["merge"])
    def merge_selected(self, request, queryset):
        def rows(queryset):
            return queryset.annotate(
                n_sources=Count("sources", distinct=True),
                n_participants=Count("participants", distinct=True),
            ).order_by("pk")

        return merge_action(self, request, queryset, merge_events, rows)


# Sources and deleted statements.


class StatementInline(admin.TabularInline):
    model = Statement
    extra = 0
    fields = ["content", "speaker", "kind", "category", "date", "status", "edited"]
    readonly_fields = ["content", "edited"]
    autocomplete_fields = ["speaker"]
    show_change_link = True
    ordering = ["content_start"]

    def has_add_permission(self, request, obj=None):
        return False  # a statement needs its span: add it from the statements list

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker")


@admin.register(Source)
class SourceAdmin(StatementCountMixin, SimpleHistoryAdmin):
    statement_lookup = "source"
    list_display = ["__str__", "publisher", "published", "n_statements", "file_name"]
    ordering = ["-published", "-pk"]
    list_filter = [("publisher", admin.AllValuesFieldListFilter), "published", "language"]
    search_fields = ["title", "publisher", "byline", "file_name", "url"]
    readonly_fields = [
        "file_name",
        "content_hash",
        "loaded_at",
        "updated_at",
        "public_link",
        "edited",
        "text",
    ]
    fieldsets = [
        (None, {"fields": [*SOURCE_EDIT_FIELDS, "public_link", "edited"]}),
        (
            "Loaded from",
            {"fields": ["file_name", "content_hash", "loaded_at", "updated_at"]},
        ),
        ("Text", {"classes": ["collapse"], "fields": ["text"]}),
    ]
    date_hierarchy = "published"
    inlines = [StatementInline]
    show_facets = admin.ShowFacets.ALWAYS

    def get_queryset(self, request):
        return super().get_queryset(request).defer("text")  # the change form loads it

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "url":
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description="public page")
    def public_link(self, obj):
        return public_link(obj)

    def save_model(self, request, obj, form, change):
        previous = Source.objects.filter(pk=obj.pk).first() if change else None
        if previous is not None:
            changed = any(getattr(obj, f) != getattr(previous, f) for f in SOURCE_EDIT_FIELDS)
            obj.edited = previous.edited or changed
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Statement:
            return super().save_formset(request, form, formset, change)
        statements = formset.save(commit=False)
        for statement in formset.deleted_objects:
            statement.delete()
        for statement in statements:
            mark_editor_changes(statement, request.user)
            statement.save()
        formset.save_m2m()


@admin.register(StatementTombstone)
class StatementTombstoneAdmin(admin.ModelAdmin):
    """Statements editors deleted. Deleting a tombstone lets a later load bring the
    statement back (when its article changes)."""

    list_display = ["content", "source", "deleted_by", "deleted_at"]
    list_select_related = ["source", "deleted_by"]
    search_fields = ["content", "source__title"]
    list_filter = ["deleted_at"]
    fields = ["content", "source", "fingerprint", "deleted_by", "deleted_at"]
    readonly_fields = fields
    show_facets = admin.ShowFacets.ALWAYS

    def get_queryset(self, request):
        return super().get_queryset(request).defer("source__text")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class TombstoneAdmin(admin.ModelAdmin):
    """A read-only list of what editors deleted; deleting a tombstone lets later loads
    bring the record back."""

    list_filter = ["deleted_at"]
    show_facets = admin.ShowFacets.ALWAYS

    def get_readonly_fields(self, request, obj=None):
        return self.fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ActorTombstone)
class ActorTombstoneAdmin(TombstoneAdmin):
    """Actors editors deleted: loads create none of their names again."""

    list_display = ["name", "kind", "names", "deleted_by", "deleted_at"]
    list_select_related = ["deleted_by"]
    search_fields = ["name", "names"]
    list_filter = ["kind", "deleted_at"]
    fields = ["name", "kind", "names", "keys", "deleted_by", "deleted_at"]


@admin.register(ActorAliasTombstone)
class ActorAliasTombstoneAdmin(TombstoneAdmin):
    """Aliases editors deleted from an actor: loads do not add them to it again."""

    list_display = ["name", "actor", "deleted_by", "deleted_at"]
    list_select_related = ["actor", "deleted_by"]
    search_fields = ["name", "actor__name"]
    fields = ["name", "key", "actor", "deleted_by", "deleted_at"]


@admin.register(EventTombstone)
class EventTombstoneAdmin(TombstoneAdmin):
    """Events editors deleted: loads do not create them again."""

    list_display = ["title", "kind", "date", "deleted_by", "deleted_at"]
    list_select_related = ["deleted_by"]
    search_fields = ["title"]
    list_filter = ["kind", "deleted_at"]
    fields = ["title", "kind", "date", "identities", "deleted_by", "deleted_at"]


admin.site.site_header = "Newsroom editors"
admin.site.site_title = "Newsroom admin"
admin.site.index_title = "Records"
