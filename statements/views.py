from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render

from .filters import ActorFilter, EventFilter, SourceFilter, StatementFilter
from .models import Actor, Event, Source, Statement


def _public_statements():
    return Statement.objects.public().select_related("speaker", "source", "event")


def _filtered(request, filterset_class, queryset):
    """Apply a FilterSet; invalid values are reported and ignored, never a 500."""
    filterset = filterset_class(request.GET or None, queryset=queryset)
    if filterset.is_bound and not filterset.is_valid():
        for field, errors in filterset.errors.items():
            label = filterset.filters[field].label or field if field in filterset.filters else field
            messages.error(request, f"{label}: {' '.join(errors)} This filter was ignored.")
        valid = {k: v for k, v in request.GET.items() if k not in filterset.errors}
        filterset = filterset_class(valid, queryset=queryset)
        filterset.is_valid()
    return filterset, filterset.qs


def _page(request, queryset):
    paginator = Paginator(queryset, settings.NEWSROOM_PAGE_SIZE)
    number = request.GET.get("page") or 1
    try:
        number = int(number)
    except ValueError:
        messages.warning(request, f"Page {number!r} is not a number; showing the first page.")
        number = 1
    if number < 1 or number > paginator.num_pages:
        messages.warning(
            request,
            f"There is no page {number}; showing page {min(max(number, 1), paginator.num_pages)}.",
        )
    return paginator.get_page(number)


def home(request):
    context = {
        "totals": {
            "statements": Statement.objects.public().count(),
            "actors": Actor.objects.count(),
            "events": Event.objects.count(),
            "sources": Source.objects.count(),
        },
        "latest": _public_statements()[:10],
        "top_actors": Actor.objects.annotate(
            n=Count("statements", filter=~Q(statements__status=Statement.Status.REJECTED))
        )
        .filter(n__gt=0)
        .order_by("-n", "name")[:10],
        "recent_events": Event.objects.order_by("-date", "-id")[:8],
    }
    return render(request, "statements/home.html", context)


def statement_list(request):
    filterset, qs = _filtered(request, StatementFilter, _public_statements())
    page = _page(request, qs.order_by("-date", "-id"))
    return render(request, "statements/statement_list.html", {"filter": filterset, "page": page})


def statement_detail(request, pk):
    statement = get_object_or_404(_public_statements().prefetch_related("about"), pk=pk)
    siblings = _public_statements().filter(source=statement.source).exclude(pk=pk)
    return render(
        request,
        "statements/statement_detail.html",
        {"statement": statement, "siblings": siblings},
    )


def actor_list(request):
    queryset = Actor.objects.annotate(
        n_statements=Count("statements", filter=~Q(statements__status="rejected"))
    ).order_by("-n_statements", "name")
    filterset, qs = _filtered(request, ActorFilter, queryset)
    return render(
        request, "statements/actor_list.html", {"filter": filterset, "page": _page(request, qs)}
    )


def actor_detail(request, slug):
    actor = get_object_or_404(Actor.objects.select_related("parent"), slug=slug)
    context = {
        "actor": actor,
        "aliases": actor.aliases.all(),
        "children": actor.children.all(),
        "said": _public_statements().filter(speaker=actor)[:50],
        "about": _public_statements().filter(about=actor)[:50],
        "events": actor.events.all()[:50],
    }
    return render(request, "statements/actor_detail.html", context)


def event_list(request):
    filterset, qs = _filtered(request, EventFilter, Event.objects.all())
    return render(
        request, "statements/event_list.html", {"filter": filterset, "page": _page(request, qs)}
    )


def event_detail(request, slug):
    event = get_object_or_404(Event, slug=slug)
    context = {
        "event": event,
        "participants": event.participants.all(),
        "statements": _public_statements().filter(event=event).order_by("date", "id"),
        "sources": event.sources.all(),
    }
    return render(request, "statements/event_detail.html", context)


def source_list(request):
    filterset, qs = _filtered(request, SourceFilter, Source.objects.defer("text"))
    return render(
        request, "statements/source_list.html", {"filter": filterset, "page": _page(request, qs)}
    )


def source_detail(request, pk):
    source = get_object_or_404(Source, pk=pk)
    statements = list(_public_statements().filter(source=source).order_by("content_start"))
    return render(
        request,
        "statements/source_detail.html",
        {
            "source": source,
            "statements": statements,
            "marked_text": mark_text(source.text, statements),
        },
    )


def mark_text(text, statements):
    """The source text as (kind, piece, statement) segments, statements' spans marked."""
    segments, pos = [], 0
    for statement in sorted(statements, key=lambda s: s.content_start):
        start, end = statement.content_start, statement.content_end
        if start < pos or end > len(text):
            continue
        segments.append(("text", text[pos:start], None))
        segments.append(("mark", text[start:end], statement))
        pos = end
    segments.append(("text", text[pos:], None))
    return segments
