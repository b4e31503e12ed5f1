from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Actor, ActorAlias, Event, Source, Statement


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    extra = 1
    fields = ["name"]


@admin.register(Actor)
class ActorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "country", "role", "parent"]
    list_filter = ["kind", "country"]
    list_select_related = ["parent"]
    search_fields = ["name", "aliases__name", "role"]
    autocomplete_fields = ["parent"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ActorAliasInline]
    show_facets = admin.ShowFacets.ALWAYS


class StatementInline(admin.TabularInline):
    model = Statement
    extra = 0
    fields = ["speaker", "kind", "cue", "content", "date", "category", "status"]
    autocomplete_fields = ["speaker"]
    show_change_link = True


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["title", "publisher", "published", "file_name", "loaded_at"]
    list_filter = ["publisher", "published"]
    search_fields = ["title", "publisher", "byline", "file_name"]
    readonly_fields = ["content_hash", "loaded_at", "updated_at"]
    date_hierarchy = "published"
    inlines = [StatementInline]
    show_facets = admin.ShowFacets.ALWAYS


@admin.register(Statement)
class StatementAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "speaker", "kind", "category", "date", "status", "source"]
    list_filter = ["status", "kind", "category", "speaker__country", "source__publisher", "date"]
    list_select_related = ["speaker", "source"]
    search_fields = ["content", "speaker__name", "speaker__aliases__name", "source__title"]
    autocomplete_fields = ["speaker", "about", "event", "source"]
    readonly_fields = ["fingerprint", "verified_by", "verified_at", "created_at", "updated_at"]
    date_hierarchy = "date"
    show_facets = admin.ShowFacets.ALWAYS


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "date"]
    list_filter = ["kind", "date"]
    search_fields = ["title", "places"]
    autocomplete_fields = ["participants", "sources"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "date"
    show_facets = admin.ShowFacets.ALWAYS
