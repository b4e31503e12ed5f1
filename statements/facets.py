"""Facet counts over a filtered list, computed in SQL.

Each facet is one ``values().annotate(Count)`` query over the rows of the current view,
capped (top 20 on the list, one page at a time on the statements' facet pages). Counting
runs on ``Model.objects.filter(pk__in=<the filtered ids>)`` so that the joins a filter made
(``about`` is many-to-many) never multiply a count.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from django.db.models import Count, F
from django.db.models.functions import TruncMonth
from django.http import QueryDict
from django.utils.text import capfirst

from .models import Actor, Statement

TOP = 20

_COUNTRIES_TSV = Path(__file__).parent / "extraction" / "data" / "countries.tsv"


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    try:
        with _COUNTRIES_TSV.open(encoding="utf-8") as handle:
            rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
            return {row[0].strip().upper(): row[1].strip() for row in rows if len(row) > 1}
    except OSError:
        return {}


def country_name(code: str) -> str:
    """ "RU" -> "Russia"; an unknown code is returned as it is."""
    if not code:
        return ""
    return _country_names().get(code.upper(), code.upper())


KIND_LABELS = dict(Statement.Kind.choices)
CATEGORY_LABELS = dict(Statement.Category.choices)
ACTOR_KIND_LABELS = dict(Actor.Kind.choices)


@dataclass
class FacetSpec:
    """How to count one facet: ``value`` is the URL parameter's value, ``label`` is shown."""

    name: str  # URL parameter it sets, e.g. "speaker"
    title: str
    value: str  # field path of the parameter value
    label: str | None = None  # field path of the label, if not the value
    labels: dict | None = None  # value -> label for choice fields
    chronological: bool = False  # months: newest first rather than largest first

    def rows(self, statements):
        """All (value, label, count) rows for ``statements``, ordered, as a queryset."""
        if self.chronological:
            return (
                statements.exclude(date=None)
                .annotate(value=TruncMonth("date"))
                .values("value")
                .annotate(n=Count("pk"))
                .order_by("-value")
            )
        exprs = {"value": F(self.value)}
        if self.label:
            exprs["label"] = F(self.label)
        statements = statements.filter(**{f"{self.value}__isnull": False})
        if not self.label and self.labels is None:  # free text: blanks are not a value
            statements = statements.exclude(**{self.value: ""})
        return (
            statements.values(**exprs)
            .annotate(n=Count("pk"))
            .order_by("-n", "label" if self.label else "value")
        )

    def display(self, row) -> tuple[str, str]:
        """(URL value, label) of one row."""
        if self.chronological:
            month = row["value"]
            return month.strftime("%Y-%m"), month.strftime("%B %Y")
        value = row["value"]
        if self.label:
            return value, row["label"]
        if self.labels is not None:
            return value, capfirst(str(self.labels.get(value, value)))
        if self.name == "country":
            return value, country_name(value)
        return value, value


FACETS: dict[str, FacetSpec] = {
    spec.name: spec
    for spec in [
        FacetSpec("speaker", "Speaker", "speaker__slug", label="speaker__name"),
        FacetSpec("country", "Speaker country", "speaker__country"),
        FacetSpec("speaker_kind", "Speaker kind", "speaker__kind", labels=ACTOR_KIND_LABELS),
        FacetSpec("about", "About", "about__slug", label="about__name"),
        FacetSpec("publisher", "Publisher", "source__publisher"),
        FacetSpec("kind", "Kind", "kind", labels=KIND_LABELS),
        FacetSpec("category", "Category", "category", labels=CATEGORY_LABELS),
        FacetSpec("month", "Month", "date", chronological=True),
    ]
}


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    url: str  # adds this value (or removes it, when selected)
    selected: bool = False


@dataclass
class Facet:
    name: str
    title: str
    values: list[FacetValue] = field(default_factory=list)
    more: bool = False  # more values than shown


def url_with(params: QueryDict, **changes) -> str:
    """``?query`` from ``params`` with ``changes`` applied (None removes) and no page."""
    query = params.copy()
    query.pop("page", None)
    for key, value in changes.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def facet_base(filtered):
    """The rows of a filtered queryset, with no joins or ordering of its own."""
    return filtered.model.objects.filter(pk__in=filtered.order_by().values("pk"))


def facet_values(spec: FacetSpec, rows, params: QueryDict, selected: str = "") -> list[FacetValue]:
    values = []
    for row in rows:
        value, label = spec.display(row)
        if value is None:
            continue
        value = str(value)
        is_selected = bool(selected) and value.lower() == str(selected).lower()
        values.append(
            FacetValue(
                value=value,
                label=label or value,
                count=row["n"],
                url=url_with(params, **{spec.name: None if is_selected else value}),
                selected=is_selected,
            )
        )
    return values


def compute_facets(filtered, params: QueryDict, selected: dict[str, str]) -> list[Facet]:
    """The top values of every facet for ``filtered``: one query per facet."""
    base = facet_base(filtered)
    facets = []
    for spec in FACETS.values():
        rows = list(spec.rows(base)[: TOP + 1])
        facet = Facet(spec.name, spec.title, more=len(rows) > TOP)
        facet.values = facet_values(spec, rows[:TOP], params, selected.get(spec.name, ""))
        facets.append(facet)
    return facets


# --- Actor, event and source lists -------------------------------------------------------


@dataclass(frozen=True)
class ListFacet:
    """A facet of the actor, event or source list: a field of the listed model, which is
    also the name of its filter. A choice field lists every value; free text its top values,
    blanks left out. Its values link to the list filtered by them."""

    field: str
    title: str
    choices: dict | None = None  # value -> label, for a choice field
    label: Callable[[str], str] = str  # value -> label, for free text

    def label_of(self, value: str) -> str:
        if self.choices is None:
            return self.label(value)
        return capfirst(self.choices.get(value, value))

    def build(self, base, params: QueryDict, selected: str) -> dict:
        """``{"title", "values": [{"label", "count", "url", "selected"}]}`` for ``base``, the
        listed rows from ``facet_base()``; ``selected`` is the filter's current value."""
        rows = base.values(self.field).annotate(n=Count("pk")).order_by("-n", self.field)
        if self.choices is None:
            rows = rows.exclude(**{self.field: ""})[:TOP]
        selected = (selected or "").lower()
        return {
            "title": self.title,
            "values": [
                {
                    "label": self.label_of(row[self.field]),
                    "count": row["n"],
                    "url": url_with(params, **{self.field: row[self.field]}),
                    "selected": bool(selected) and selected == row[self.field].lower(),
                }
                for row in rows
            ],
        }
