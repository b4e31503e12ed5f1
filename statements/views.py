"""Public pages: lists with filters and facets, detail pages, downloads. All GET."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, TruncMonth
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.text import capfirst
from django.views.decorators.http import require_safe

from . import exports
from .facets import (
    ACTOR_KIND_LABELS,
    CATEGORY_LABELS,
    FACETS,
    ListFacet,
    compute_facets,
    country_name,
    facet_base,
    facet_values,
    url_with,
)
from .filters import ActorFilter, EventFilter, SourceFilter, StatementFilter, next_month
from .models import Actor, Event, Source, Statement

# Sort keys readers may ask for (?sort=...): anything else is ignored with a message. On the
# actor, event and source lists the first key is the default.
STATEMENT_SORTS = {
    "newest": ("Newest first", ("-date", "-id")),
    "oldest": ("Oldest first", ("date", "id")),
    "relevance": ("Best match", ("-rank", "-date", "-id")),
}
ACTOR_SORTS = {
    "statements": ("Most statements", ("-n_statements", "name")),
    "about": ("Most talked about", ("-n_about", "name")),
    "name": ("Name", ("name", "id")),
}
EVENT_SORTS = {
    "newest": ("Newest first", ("-date", "-id")),
    "oldest": ("Oldest first", ("date", "id")),
}
SOURCE_SORTS = {
    "newest": ("Newest first", ("-published", "-id")),
    "oldest": ("Oldest first", ("published", "id")),
}
ACTOR_SUGGESTIONS = 200  # names offered to the speaker and about boxes


# --- Helpers ---------------------------------------------------------------------------


def _public_statements():
    return Statement.objects.public().select_related("speaker", "source", "event")


def _statement_rows():
    """Statements as list rows show them: speaker, source, event and ``about`` in a fixed
    number of queries. The source's full text is not needed for a row."""
    return _public_statements().defer("source__text").prefetch_related("about")


def _public_statement_count():
    """``Count`` of the public statements of an actor, event or source (a join)."""
    return Count("statements", filter=~Q(statements__status=Statement.Status.REJECTED))


def _count_of(queryset, field):
    """A correlated ``COUNT(*)`` of ``queryset`` rows whose ``field`` is the outer actor."""
    return Coalesce(
        Subquery(
            queryset.filter(**{field: OuterRef("pk")})
            .order_by()
            .values(field)
            .annotate(n=Count("*"))
            .values("n")
        ),
        0,
    )


def _actor_statement_counts():
    """(public statements by, public statements about) the outer actor, as expressions.
    Correlated subqueries (each one an index lookup), not joins: a join per count would
    multiply the other count and group every statement row."""
    public_about = Statement.about.through.objects.exclude(
        statement__status=Statement.Status.REJECTED
    )
    return _count_of(Statement.objects.public(), "speaker"), _count_of(public_about, "actor")


def _filtered(request, filterset_class, queryset):
    """A valid FilterSet of the request: invalid values are reported and ignored, never a
    500."""
    filterset = filterset_class(request.GET or None, queryset=queryset)
    if filterset.is_bound and not filterset.is_valid():
        for name, errors in filterset.errors.items():
            label = filterset.filters[name].label if name in filterset.filters else None
            label = label or name
            messages.error(request, f"{label}: {' '.join(errors)} This filter was ignored.")
        valid = request.GET.copy()
        for name in filterset.errors:
            valid.pop(name, None)
        filterset = filterset_class(valid, queryset=queryset)
        filterset.is_valid()
    return filterset


def _cleaned(filterset) -> dict:
    """The filters in effect: valid, non-empty values only."""
    if not filterset.is_bound:
        return {}
    return {k: v for k, v in filterset.form.cleaned_data.items() if v not in (None, "", [])}


def _sort(request, sorts: dict, default: str, searching: bool = False, report: bool = True):
    """(key, ordering) of the requested sort; an unknown key is reported (unless not
    ``report``) and the default used."""
    key = request.GET.get("sort") or default
    if key == "relevance" and not searching:
        if report and "sort" in request.GET:
            messages.info(request, "Sorting by relevance needs a search; sorted by date instead.")
        key = default
    if key not in sorts:
        if report:
            messages.warning(
                request,
                f"Unknown sort “{key}”; sorted by {sorts[default][0].lower()} instead.",
            )
        key = default
    return key, sorts[key][1]


def _sort_links(request, sorts: dict, current: str, searching: bool = True):
    return [
        {
            "key": key,
            "label": label,
            "url": url_with(request.GET, sort=key),
            "current": key == current,
        }
        for key, (label, _) in sorts.items()
        if searching or key != "relevance"
    ]


def _page(request, queryset, per_page=None):
    paginator = Paginator(queryset, per_page or settings.NEWSROOM_PAGE_SIZE)
    raw = request.GET.get("page") or "1"
    try:
        number = int(raw)
    except ValueError:
        messages.warning(request, f"Page “{raw}” is not a number; showing the first page.")
        number = 1
    if number < 1 or number > paginator.num_pages:
        shown = min(max(number, 1), paginator.num_pages)
        messages.warning(request, f"There is no page {number}; showing page {shown}.")
        number = shown
    return paginator.get_page(number)


def _chips(request, filterset, cleaned: dict, describe) -> list[dict]:
    """One removable chip per filter in effect."""
    chips = []
    for name, value in cleaned.items():
        label = filterset.filters[name].label or capfirst(name)
        chips.append(
            {
                "label": label,
                "value": describe(name, value),
                "remove": url_with(request.GET, **{name: None}),
            }
        )
    return chips


def _describe_value(name: str, value) -> str:
    if isinstance(value, Actor | Event):
        return str(value)
    if isinstance(value, dt.date):
        return value.strftime("%B %Y") if name == "month" else value.strftime("%-d %b %Y")
    if name == "country":
        return country_name(value)
    if name == "speaker_kind":
        return capfirst(str(ACTOR_KIND_LABELS.get(value, value)))
    if name == "category":
        return str(CATEGORY_LABELS.get(value, value))
    return str(value)


_KIND_PLURALS = {
    "person": "people",
    "government": "governments",
    "ministry": "ministries",
    "organisation": "organisations",
    "country": "countries",
    "media": "media outlets",
    "armed_group": "armed groups",
    "other": "other actors",
}


def describe_statements(count: int, f: dict) -> str:
    """A plain-language summary of a statement view, e.g.
    "12 statements by Sergey Lavrov about Venezuela, January 2026"."""
    noun = "statement" if count == 1 else "statements"
    if f.get("kind") == Statement.Kind.DIRECT:
        noun = "direct quote" if count == 1 else "direct quotes"
    elif f.get("kind") == Statement.Kind.INDIRECT:
        noun = "reported " + noun
    text = f"{count:,} {noun}"
    if f.get("category"):
        text += f" ({CATEGORY_LABELS[f['category']]})"
    if f.get("q"):
        text += f" matching “{f['q']}”"
    if f.get("speaker"):
        text += f" by {f['speaker']}"
    elif f.get("speaker_kind") or f.get("country"):
        text += " by " + _KIND_PLURALS.get(f.get("speaker_kind"), "speakers")
        if f.get("country"):
            text += f" from {country_name(f['country'])}"
    if f.get("speaker") and f.get("country"):
        text += f" (speaker country {country_name(f['country'])})"
    if f.get("about"):
        text += f" about {f['about']}"
    if f.get("event"):
        text += f" on {f['event']}"
    if f.get("publisher"):
        text += f", reported by {f['publisher']}"
    if f.get("month"):
        text += ", " + f["month"].strftime("%B %Y")
    if f.get("date_from") and f.get("date_to"):
        text += f", {f['date_from']:%-d %b %Y} to {f['date_to']:%-d %b %Y}"
    elif f.get("date_from"):
        text += f", since {f['date_from']:%-d %b %Y}"
    elif f.get("date_to"):
        text += f", until {f['date_to']:%-d %b %Y}"
    return text


def _list_page(request, template, filterset_class, queryset, sorts, facets, noun):
    """An actor, event or source list: filters, sort, a page of rows and ``facets``
    (``ListFacet``s) of the filtered rows."""
    filterset = _filtered(request, filterset_class, queryset)
    cleaned = _cleaned(filterset)
    sort, ordering = _sort(request, sorts, next(iter(sorts)))
    base = facet_base(filterset.qs)
    labels = {facet.field: facet.label_of for facet in facets}

    def describe(name, value):
        return labels[name](value) if name in labels else _describe_value(name, value)

    counted = [facet.build(base, request.GET, cleaned.get(facet.field)) for facet in facets]
    page = _page(request, filterset.qs.order_by(*ordering))
    count = page.paginator.count
    plural = f"{noun}s"
    context = {
        "filter": filterset,
        "page": page,
        "chips": _chips(request, filterset, cleaned, describe),
        "facets": counted,
        "summary": f"{count:,} {noun if count == 1 else plural}",
        "plural": plural,
        "sorts": _sort_links(request, sorts, sort),
        "sort": sort,
    }
    return render(request, template, context)


# --- Home ------------------------------------------------------------------------------


@require_safe
def home(request):
    context = {
        "totals": {
            "statements": Statement.objects.public().count(),
            "actors": Actor.objects.count(),
            "events": Event.objects.count(),
            "sources": Source.objects.count(),
        },
        "latest": _statement_rows()[:8],
        "top_actors": Actor.objects.annotate(n=_public_statement_count())
        .filter(n__gt=0)
        .order_by("-n", "name")[:10],
        "recent_events": Event.objects.annotate(n=_public_statement_count()).order_by(
            "-date", "-id"
        )[:8],
    }
    return render(request, "statements/home.html", context)


# --- Statements ------------------------------------------------------------------------


def _sorted_statements(request, filterset, report=True):
    """(filters in effect, sort key, statements in that order) of a valid ``filterset``."""
    cleaned = _cleaned(filterset)
    searching = bool(cleaned.get("q"))
    default = "relevance" if searching else "newest"
    sort, ordering = _sort(request, STATEMENT_SORTS, default, searching, report)
    qs = filterset.qs if searching else filterset.qs.search("")  # so every sort key exists
    return cleaned, sort, qs.order_by(*ordering)


def _selected(cleaned: dict) -> dict[str, str]:
    """Filter values as facet values (slugs, codes, YYYY-MM) to mark the selected ones."""
    selected = {}
    for name, value in cleaned.items():
        if isinstance(value, Actor | Event):
            selected[name] = value.slug
        elif isinstance(value, dt.date):
            selected[name] = value.strftime("%Y-%m")
        else:
            selected[name] = str(value)
    return selected


def _actor_suggestions(request) -> list[Actor]:
    """The actors most statements are by or about, most first, for the speaker and about
    boxes' ``<datalist>``: one query, kept on the request."""
    if not hasattr(request, "_actor_suggestions"):
        by, about = _actor_statement_counts()
        request._actor_suggestions = list(
            Actor.objects.only("slug", "name")
            .annotate(n=by + about)
            .filter(n__gt=0)
            .order_by("-n", "name")[:ACTOR_SUGGESTIONS]
        )
    return request._actor_suggestions


@require_safe
def statement_list(request):
    filterset = _filtered(request, StatementFilter, _statement_rows())
    cleaned, sort, qs = _sorted_statements(request, filterset)
    if cleaned.get("publisher"):  # as the articles spell it, for the summary
        cleaned["publisher"] = (
            Source.objects.filter(publisher__iexact=cleaned["publisher"])
            .values_list("publisher", flat=True)
            .first()
            or cleaned["publisher"]
        )
    if (
        cleaned.get("date_from")
        and cleaned.get("date_to")
        and cleaned["date_from"] > cleaned["date_to"]
    ):
        messages.warning(request, "The “From” date is after the “To” date: nothing can match.")
    page = _page(request, qs)
    count = page.paginator.count
    context = {
        "filter": filterset,
        "page": page,
        "summary": describe_statements(count, cleaned),
        "chips": _chips(request, filterset, cleaned, _describe_value),
        "facets": compute_facets(qs, request.GET, _selected(cleaned)),
        "sort": sort,
        "sorts": _sort_links(request, STATEMENT_SORTS, sort, bool(cleaned.get("q"))),
        "export_query": url_with(request.GET, sort=sort),
        "more_base": url_with(request.GET),
        "actor_suggestions": _actor_suggestions(request),
    }
    return render(request, "statements/statement_list.html", context)


@require_safe
def statement_facet(request, name):
    """Every value of one facet for the current filters, a page at a time."""
    spec = FACETS.get(name)
    if spec is None:
        raise Http404("No such facet.")
    filterset = _filtered(request, StatementFilter, _statement_rows())
    cleaned, _sort_key, qs = _sorted_statements(request, filterset)
    page = _page(request, spec.rows(facet_base(qs)), per_page=100)
    values = facet_values(spec, page.object_list, request.GET, _selected(cleaned).get(name, ""))
    context = {
        "spec": spec,
        "page": page,
        "values": values,
        "summary": describe_statements(qs.count(), cleaned),
        "back": url_with(request.GET),
    }
    return render(request, "statements/statement_facet.html", context)


@require_safe
def statement_export(request, fmt):
    """The current filtered view as CSV or JSON, streamed. Invalid filters are a 400: a
    download must never quietly hold more than was asked for."""
    if fmt not in ("csv", "json"):
        raise Http404("Downloads are .csv or .json.")
    filterset = StatementFilter(request.GET or None, queryset=_statement_rows())
    if filterset.is_bound and not filterset.is_valid():
        problems = "; ".join(
            f"{name}: {' '.join(errors)}" for name, errors in filterset.errors.items()
        )
        return HttpResponseBadRequest(
            f"Invalid filter, nothing exported. {problems}\n", content_type="text/plain"
        )
    cleaned, sort, qs = _sorted_statements(request, filterset, report=False)
    base_url = request.build_absolute_uri("/").rstrip("/")
    meta = {
        "description": describe_statements(qs.count(), cleaned),
        "filters": {k: v for k, v in request.GET.items() if k != "page"},
        "sort": sort,
        "view": base_url + reverse("statements:statement_list") + url_with(request.GET),
        "generated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    return exports.export_response(qs, fmt, base_url, "statements", meta)


def _segments(text: str, spans, offset: int = 0):
    """``text`` cut into ("text" | "statement" | "speaker", piece, statement) segments.

    ``spans`` are (start, end, kind, statement) with offsets into the full text; ``offset``
    is where ``text`` starts in it. Spans that overlap one already placed, or fall outside
    ``text``, are left out (the caller lists every statement anyway)."""
    segments, pos, placed = [], 0, set()
    for start, end, kind, statement in sorted(spans, key=lambda s: (s[0], s[2] != "statement")):
        start, end = start - offset, end - offset
        if start < pos or end > len(text) or start >= end:
            continue
        if start > pos:
            segments.append(("text", text[pos:start], None))
        segments.append((kind, text[start:end], statement))
        if kind == "statement":
            placed.add(statement.pk)
        pos = end
    if pos < len(text):
        segments.append(("text", text[pos:], None))
    return segments, placed


def _spans(statements):
    spans, seen_speakers = [], set()
    for s in statements:
        spans.append((s.content_start, s.content_end, "statement", s))
        if s.speaker_start is not None and s.speaker_end is not None and s.speaker_id:
            key = (s.speaker_start, s.speaker_end)
            if key not in seen_speakers:
                seen_speakers.add(key)
                spans.append((s.speaker_start, s.speaker_end, "speaker", s))
    return spans


def _paragraph_bounds(statement) -> tuple[int, int]:
    """The paragraph of the source holding the statement: the stored bounds when they hold
    it, else the lines around it."""
    text = statement.source.text
    start, end = statement.paragraph_start, statement.paragraph_end
    if (
        start is not None
        and end is not None
        and start <= statement.content_start
        and statement.content_end <= end <= len(text)
    ):
        return start, end
    start = text.rfind("\n", 0, statement.content_start) + 1
    end = text.find("\n", statement.content_end)
    return start, len(text) if end < 0 else end


@require_safe
def statement_detail(request, pk):
    statement = get_object_or_404(_public_statements().prefetch_related("about"), pk=pk)
    start, end = _paragraph_bounds(statement)
    paragraph, _placed = _segments(
        statement.source.text[start:end], _spans([statement]), offset=start
    )
    siblings = (
        _statement_rows()
        .filter(source_id=statement.source_id)
        .exclude(pk=pk)
        .order_by("content_start")
    )
    return render(
        request,
        "statements/statement_detail.html",
        {"statement": statement, "paragraph": paragraph, "siblings": siblings},
    )


# --- Actors ----------------------------------------------------------------------------


@require_safe
def actor_list(request):
    by, about = _actor_statement_counts()
    return _list_page(
        request,
        "statements/actor_list.html",
        ActorFilter,
        Actor.objects.annotate(n_statements=by, n_about=about),
        ACTOR_SORTS,
        [
            ListFacet("kind", "Kind", choices=ACTOR_KIND_LABELS),
            ListFacet("country", "Country", label=country_name),
        ],
        "actor",
    )


def _months(rows_by_series: dict[str, dict[dt.date, int]], limit: int = 60) -> list[dt.date]:
    """Every month from the first to the last with data (at most the last ``limit``)."""
    months = sorted({m for rows in rows_by_series.values() for m in rows})
    if not months:
        return []
    out, month = [], months[0]
    while month <= months[-1]:
        out.append(month)
        month = next_month(month)
    return out[-limit:]


def _month_counts(statements) -> dict[dt.date, int]:
    rows = (
        statements.exclude(date=None)
        .annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(n=Count("pk", distinct=True))
        .order_by("month")
    )
    result = {}
    for row in rows:
        month = row["month"]
        if isinstance(month, dt.datetime):
            month = month.date()
        result[month] = row["n"]
    return result


def timeline(actor) -> dict | None:
    """Statements by and about ``actor`` per month, laid out as an SVG bar chart."""
    by = _month_counts(Statement.objects.public().filter(speaker=actor))
    about = _month_counts(Statement.objects.public().filter(about=actor))
    months = _months({"by": by, "about": about})
    if not months:
        return None
    peak = max(max(by.get(m, 0), about.get(m, 0)) for m in months) or 1
    list_url = reverse("statements:statement_list")
    # Wider bars when there are few months, so a short history still reads as a chart.
    bar = max(8, min(28, 360 // (2 * len(months))))
    gap, height, top, left = max(4, bar // 2), 120, 16, 30
    step = 2 * bar + gap
    bars = []
    for i, month in enumerate(months):
        x = left + i * step
        key = month.strftime("%Y-%m")
        for j, (series, counts, param) in enumerate(
            (("by", by, "speaker"), ("about", about, "about"))
        ):
            n = counts.get(month, 0)
            h = round(height * n / peak)
            bars.append(
                {
                    "x": x + j * bar,
                    "y": top + height - h,
                    "width": bar - 1,
                    "height": h,
                    "n": n,
                    "series": series,
                    "month": month,
                    "url": f"{list_url}?{param}={actor.slug}&month={key}",
                }
            )
    every_month = len(months) <= 12
    labels = []
    for i, month in enumerate(months):
        if i == 0 or month.month == 1:
            labels.append({"x": left + i * step, "text": month.strftime("%b %Y")})
        elif every_month:
            labels.append({"x": left + i * step, "text": month.strftime("%b")})
    return {
        "width": left + len(months) * step + 40,
        "height": top + height + 24,
        "baseline": top + height,
        "label_y": top + height + 16,
        "peak": peak,
        "bars": bars,
        "labels": labels,
        "rows": [(m, by.get(m, 0), about.get(m, 0)) for m in months],
    }


@require_safe
def actor_detail(request, slug):
    actor = get_object_or_404(Actor.objects.select_related("parent"), slug=slug)
    said = _statement_rows().filter(speaker=actor)
    about = _statement_rows().filter(about=actor)
    public_said = Statement.objects.public().filter(speaker=actor)
    public_about = Statement.objects.public().filter(about=actor)
    talks_about = (
        public_said.filter(about__isnull=False)
        .values("about__slug", "about__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "about__name")[:10]
    )
    talked_about_by = (
        public_about.filter(speaker__isnull=False)
        .values("speaker__slug", "speaker__name")
        .annotate(n=Count("pk", distinct=True))
        .order_by("-n", "speaker__name")[:10]
    )
    talked_about_by_country = (
        public_about.exclude(speaker__country="")
        .filter(speaker__isnull=False)
        .values("speaker__country")
        .annotate(n=Count("pk", distinct=True))
        .order_by("-n", "speaker__country")[:10]
    )
    context = {
        "actor": actor,
        "talked_about_by_country": [
            {
                "code": row["speaker__country"],
                "name": country_name(row["speaker__country"]),
                "n": row["n"],
            }
            for row in talked_about_by_country
        ],
        "aliases": [a for a in actor.aliases.all() if a.name != actor.name],
        "children": actor.children.all(),
        "said": said[:10],
        "said_count": public_said.count(),
        "about": about[:10],
        "about_count": public_about.values("pk").distinct().count(),
        "events": actor.events.order_by("-date", "-id")[:20],
        "talks_about": talks_about,
        "talked_about_by": talked_about_by,
        "timeline": timeline(actor),
    }
    return render(request, "statements/actor_detail.html", context)


# --- Events ----------------------------------------------------------------------------


@require_safe
def event_list(request):
    return _list_page(
        request,
        "statements/event_list.html",
        EventFilter,
        Event.objects.annotate(n_statements=_public_statement_count()),
        EVENT_SORTS,
        [ListFacet("kind", "Kind", choices=dict(Event.Kind.choices))],
        "event",
    )


@require_safe
def event_detail(request, slug):
    event = get_object_or_404(Event, slug=slug)
    context = {
        "event": event,
        "participants": event.participants.all(),
        "statements": _statement_rows().filter(event=event).order_by("date", "content_start", "id"),
        "sources": event.sources.defer("text").order_by("published", "id"),
    }
    return render(request, "statements/event_detail.html", context)


# --- Sources ---------------------------------------------------------------------------


@require_safe
def source_list(request):
    return _list_page(
        request,
        "statements/source_list.html",
        SourceFilter,
        Source.objects.defer("text").annotate(n_statements=_public_statement_count()),
        SOURCE_SORTS,
        [ListFacet("publisher", "Publisher")],
        "source",
    )


@require_safe
def source_detail(request, pk):
    source = get_object_or_404(Source, pk=pk)
    statements = list(
        _public_statements()
        .filter(source=source)
        .prefetch_related("about")
        .order_by("content_start", "id")
    )
    segments, placed = _segments(source.text, _spans(statements))
    return render(
        request,
        "statements/source_detail.html",
        {
            "source": source,
            "statements": statements,
            "marked_text": segments,
            "unplaced": [s for s in statements if s.pk not in placed],
            "events": source.events.all(),
        },
    )
