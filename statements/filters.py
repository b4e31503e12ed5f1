import django_filters
from django import forms
from django.db.models import Q

from .models import Actor, Event, Source, Statement


class StatementFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_text", label="Text")
    speaker = django_filters.ModelChoiceFilter(
        field_name="speaker",
        queryset=Actor.objects.all(),
        to_field_name="slug",
        widget=forms.TextInput(attrs={"placeholder": "actor slug"}),
    )
    country = django_filters.CharFilter(
        field_name="speaker__country", lookup_expr="iexact", label="Speaker country"
    )
    kind = django_filters.ChoiceFilter(field_name="kind", choices=Statement.Kind.choices)
    publisher = django_filters.CharFilter(
        field_name="source__publisher", lookup_expr="iexact", label="Publisher"
    )
    date_from = django_filters.DateFilter(
        field_name="date",
        lookup_expr="gte",
        label="From",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = django_filters.DateFilter(
        field_name="date",
        lookup_expr="lte",
        label="To",
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    class Meta:
        model = Statement
        fields = []

    def filter_text(self, queryset, name, value):
        return queryset.filter(Q(content__icontains=value) | Q(speaker__name__icontains=value))


class ActorFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains", label="Name")
    kind = django_filters.ChoiceFilter(field_name="kind", choices=Actor.Kind.choices)
    country = django_filters.CharFilter(field_name="country", lookup_expr="iexact")

    class Meta:
        model = Actor
        fields = []


class EventFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="title", lookup_expr="icontains", label="Title")
    kind = django_filters.ChoiceFilter(field_name="kind", choices=Event.Kind.choices)

    class Meta:
        model = Event
        fields = []


class SourceFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="title", lookup_expr="icontains", label="Title")
    publisher = django_filters.CharFilter(field_name="publisher", lookup_expr="iexact")

    class Meta:
        model = Source
        fields = []
