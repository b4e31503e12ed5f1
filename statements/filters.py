"""FilterSets for the public lists. Every filter names its field and lookup; values that do
not validate are reported by the views (``filterset.errors``), never silently dropped."""

import datetime as dt
import re

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q

from .models import Actor, Event, Source, Statement
from .text import fold

# --- Form fields -----------------------------------------------------------------------


class ActorField(forms.CharField):
    """An actor given by slug ("sergey-lavrov") or by a name or alias only one actor has
    ("Lavrov"). Cleans to the ``Actor``. ``datalist``: the id of a ``<datalist>`` of actors
    the box offers."""

    widget = forms.TextInput(attrs={"placeholder": "name or slug"})

    def __init__(self, *, max_length=255, datalist=None, **kwargs):
        super().__init__(max_length=max_length, **kwargs)
        if datalist:
            self.widget.attrs["list"] = datalist

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        actor = Actor.objects.filter(slug=value).first()
        if actor is not None:
            return actor
        matches = list(Actor.objects.filter(aliases__key=fold(value)).distinct()[:4])
        if len(matches) == 1:
            return matches[0]
        if matches:
            names = ", ".join(f"{a.name} ({a.slug})" for a in matches[:3])
            raise ValidationError(f"“{value}” could be any of {names}: give the slug.")
        raise ValidationError(f"There is no actor “{value}”.")


class EventField(forms.CharField):
    """An event given by slug. Cleans to the ``Event``."""

    widget = forms.TextInput(attrs={"placeholder": "event slug"})

    def __init__(self, *, max_length=200, **kwargs):
        super().__init__(max_length=max_length, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        event = Event.objects.filter(slug=value).first()
        if event is None:
            raise ValidationError(f"There is no event “{value}”.")
        return event


class CountryField(forms.CharField):
    """An ISO 3166-1 alpha-2 code, any case. Cleans to upper case."""

    widget = forms.TextInput(attrs={"placeholder": "e.g. RU", "size": 4})

    def clean(self, value):
        value = (super().clean(value) or "").strip()
        if not value:
            return ""
        if not re.fullmatch(r"[A-Za-z]{2}", value):
            raise ValidationError(f"“{value}” is not a two-letter country code such as RU.")
        return value.upper()


class MonthField(forms.CharField):
    """A month as YYYY-MM. Cleans to the first day of the month."""

    widget = forms.TextInput(attrs={"placeholder": "YYYY-MM", "size": 8})

    def clean(self, value):
        value = (super().clean(value) or "").strip()
        if not value:
            return None
        match = re.fullmatch(r"(\d{4})-(\d{1,2})", value)
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise ValidationError(f"“{value}” is not a month; write it as YYYY-MM, e.g. 2026-01.")
        return dt.date(int(match.group(1)), int(match.group(2)), 1)


def next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


class ActorChoiceFilter(django_filters.Filter):
    field_class = ActorField


class EventChoiceFilter(django_filters.Filter):
    field_class = EventField


class CountryFilter(django_filters.Filter):
    field_class = CountryField


class MonthFilter(django_filters.Filter):
    """Rows dated within one calendar month (``field_name`` from its first day to the next
    month's, exclusive)."""

    field_class = MonthField

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(
            **{f"{self.field_name}__gte": value, f"{self.field_name}__lt": next_month(value)}
        )


def _date_range(field_name):
    """``date_from`` and ``date_to`` filters: ``field_name`` on or after, on or before."""
    return tuple(
        django_filters.DateFilter(
            field_name=field_name,
            lookup_expr=lookup,
            label=label,
            widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        )
        for lookup, label in (("gte", "From"), ("lte", "To"))
    )


def _choice_filter(field_name, choices, label=None):
    """One value of a choice field, or "any"."""
    return django_filters.ChoiceFilter(
        field_name=field_name, lookup_expr="exact", choices=choices, label=label, empty_label="any"
    )


# The id of the <datalist> of actors that statement_list.html offers the speaker and about boxes.
ACTOR_DATALIST = "actor-suggestions"


# --- Statements ------------------------------------------------------------------------


class StatementFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_search",
        label="Text",
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": 'words, "a phrase", -exclude'}
        ),
    )
    speaker = ActorChoiceFilter(
        field_name="speaker", lookup_expr="exact", label="Speaker", datalist=ACTOR_DATALIST
    )
    speaker_kind = _choice_filter("speaker__kind", Actor.Kind.choices, "Speaker kind")
    country = CountryFilter(
        field_name="speaker__country", lookup_expr="exact", label="Speaker country"
    )
    about = ActorChoiceFilter(
        field_name="about",
        lookup_expr="exact",
        label="About",
        distinct=True,
        datalist=ACTOR_DATALIST,
    )
    event = EventChoiceFilter(field_name="event", lookup_expr="exact", label="Event")
    publisher = django_filters.CharFilter(
        field_name="source__publisher", lookup_expr="iexact", label="Publisher"
    )
    date_from, date_to = _date_range("date")
    month = MonthFilter(field_name="date", lookup_expr="range", label="Month")
    kind = _choice_filter("kind", Statement.Kind.choices, "Kind")
    category = _choice_filter("category", Statement.Category.choices, "Category")

    class Meta:
        model = Statement
        fields = []

    def filter_search(self, queryset, name, value):
        return queryset.search(value)


# --- Actors, events, sources -----------------------------------------------------------


class ActorFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_name", label="Name")
    kind = _choice_filter("kind", Actor.Kind.choices)
    country = CountryFilter(field_name="country", lookup_expr="exact", label="Country")

    class Meta:
        model = Actor
        fields = []

    def filter_name(self, queryset, name, value):
        """Name or any alias, accent-insensitively ("Nicolas Maduro" finds "Nicolás")."""
        key = fold(value)
        return queryset.filter(
            Q(name__icontains=value) | Q(pk__in=Actor.objects.filter(aliases__key__contains=key))
        )


class EventFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="title", lookup_expr="icontains", label="Title")
    kind = _choice_filter("kind", Event.Kind.choices)
    participant = ActorChoiceFilter(
        field_name="participants", lookup_expr="exact", label="Participant", distinct=True
    )
    date_from, date_to = _date_range("date")

    class Meta:
        model = Event
        fields = []


class SourceFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="title", lookup_expr="icontains", label="Title")
    publisher = django_filters.CharFilter(
        field_name="publisher", lookup_expr="iexact", label="Publisher"
    )
    date_from, date_to = _date_range("published")

    class Meta:
        model = Source
        fields = []
