"""StatementFilter and search: every filter, combinations, full-text search on PostgreSQL
and the plain fallback on SQLite."""

import datetime as dt

import pytest
from django.db import connection
from django.http import QueryDict

from statements.filters import ActorFilter, StatementFilter
from statements.models import Statement, _search_terms
from tests.factories import make_source, make_statement
from tests.test_pages_sample import build_newsroom

_skip_unless_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL full-text search: run with DATABASE_URL=postgres://...",
)


def on_postgres(test):
    return pytest.mark.postgres(_skip_unless_postgres(test))


on_sqlite = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="tests the SQLite fallback of search()"
)


@pytest.fixture
def news(db):
    return build_newsroom()


def results(query: str) -> set[str]:
    """Contents of the public statements a query string selects (filters must be valid)."""
    filterset = StatementFilter(QueryDict(query), queryset=Statement.objects.public())
    assert filterset.is_valid(), filterset.errors
    return {s.content for s in filterset.qs}


def contents(*statements) -> set[str]:
    return {s.content for s in statements}


# --- Each filter -----------------------------------------------------------------------


def test_speaker_by_slug(news):
    assert results("speaker=maria-zakharova") == contents(news.blockade)


def test_speaker_kind(news):
    assert results("speaker_kind=person") == results("")  # every speaker here is a person
    assert results("speaker_kind=ministry") == set()


def test_speaker_country_any_case(news):
    expected = contents(news.pressure, news.hostage, news.interference)
    assert results("country=US") == expected
    assert results("country=us") == expected


def test_about_is_distinct_across_the_many_to_many(news):
    got = StatementFilter(QueryDict("about=venezuela"), queryset=Statement.objects.public()).qs
    assert got.count() == 6
    assert len(list(got)) == 6


def test_event(news):
    assert results(f"event={news.talks.slug}") == contents(news.cooperation, news.coincide)


def test_publisher_ignores_case(news):
    assert results("publisher=telesur") == contents(news.empire, news.solidarity)


def test_dates_from_and_to_are_inclusive(news):
    assert results("date_from=2026-01-20&date_to=2026-01-20") == contents(
        news.empire, news.solidarity
    )
    assert results("date_from=2026-02-01") == contents(
        news.pressure, news.hostage, news.interference
    )


def test_month(news):
    assert results("month=2026-02") == contents(news.pressure, news.hostage, news.interference)
    assert len(results("month=2026-1")) == 7


def test_kind_and_category(news):
    assert results("kind=direct") == contents(
        news.dictate, news.empire, news.hostage, news.coincide
    )
    assert results("category=cooperate") == contents(news.cooperation, news.coincide)


def test_filters_combine(news):
    # "What did Russia's officials say about the United States in January 2026?"
    assert results("country=RU&about=united-states&month=2026-01") == contents(
        news.dictate, news.blockade
    )
    assert results("country=RU&about=united-states&month=2026-01&publisher=RT&kind=direct") == (
        contents(news.dictate)
    )


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("speaker=nobody", "speaker"),
        ("about=nobody", "about"),
        ("event=nothing", "event"),
        ("country=RUS", "country"),
        ("month=13-2026", "month"),
        ("date_from=2026-13-45", "date_from"),
        ("kind=loud", "kind"),
    ],
)
def test_invalid_values_are_errors_not_silently_dropped(news, query, field):
    filterset = StatementFilter(QueryDict(query), queryset=Statement.objects.public())
    assert not filterset.is_valid()
    assert field in filterset.errors


def test_actor_filter_matches_aliases_without_accents(news):
    qs = ActorFilter(QueryDict("q=maduro"), queryset=news.maduro.__class__.objects.all()).qs
    assert [a.name for a in qs] == ["Nicolás Maduro"]
    qs = ActorFilter(QueryDict("q=Nicolas"), queryset=news.maduro.__class__.objects.all()).qs
    assert [a.name for a in qs] == ["Nicolás Maduro"]


# --- Search: both databases ------------------------------------------------------------


def test_search_finds_words_anywhere_in_the_content(news):
    assert results("q=blockade") == contents(news.blockade)
    assert results("q=Blockade ports") == contents(news.blockade)


def test_search_phrases_exclusions_and_or(news):
    assert results('q="legitimate government"') == contents(news.support)
    assert results('q="government legitimate"') == set()
    assert news.dictate.content not in results("q=caracas -washington")
    assert results("q=caracas -washington") == contents(news.pressure)
    assert results("q=blockade or hostage") == contents(news.blockade, news.hostage)


def test_search_combines_with_filters(news):
    assert results("q=venezuela&speaker=marco-rubio") == contents(news.hostage)


def test_an_empty_search_selects_everything(news):
    assert len(results("q=")) == 10
    assert Statement.objects.public().search("").count() == 10


def test_search_never_shows_rejected_statements(news):
    assert results("q=wednesday") == set()


def make_ranked_pair():
    """(query, strong, weak): two matches of the query, the better one older."""
    source = make_source()
    if connection.vendor == "postgresql":  # ts_rank: more occurrences rank higher
        query = "sanctions"
        strong_text = "Sanctions, sanctions and more sanctions: sanctions everywhere"
        weak_text = "Sanctions were mentioned once"
    else:  # the fallback: the whole query, as written, ranks first
        query = "new sanctions"
        strong_text = "new sanctions everywhere"
        weak_text = "sanctions that were new"
    strong = make_statement(source=source, content=strong_text, date=dt.date(2025, 3, 1))
    weak = make_statement(source=source, content=weak_text, date=dt.date(2026, 3, 1))
    return query, strong, weak


def test_search_ranks_better_matches_first(client, db):
    """Relevance is the default sort when searching: the better match comes first even when
    it is older; the date sorts still work."""
    query, strong, weak = make_ranked_pair()
    response = client.get("/statements/", {"q": query})
    assert response.context["sort"] == "relevance"
    assert list(response.context["page"]) == [strong, weak]
    newest = client.get("/statements/", {"q": query, "sort": "newest"}).context["page"]
    assert list(newest) == [weak, strong]


def test_search_terms_parse_web_search_syntax():
    assert _search_terms('lavrov "peace talks" -drill') == [
        [(False, "lavrov"), (False, "peace talks"), (True, "drill")]
    ]
    assert _search_terms("blockade or hostage") == [[(False, "blockade")], [(False, "hostage")]]
    assert _search_terms("-only -exclusions") == []
    assert _search_terms('"unclosed phrase') == [[(False, "unclosed phrase")]]


@pytest.mark.parametrize("query", ['"', "-", "or", ")(*&^%", "'; drop table x; --", "a" * 500])
def test_odd_queries_never_fail(client, news, query):
    response = client.get("/statements/", {"q": query})
    assert response.status_code == 200


# --- Search: PostgreSQL ----------------------------------------------------------------


@on_postgres
def test_postgres_search_stems_words(news):
    # "port" finds "ports" but, unlike a substring match, not "support".
    assert results("q=port") == contents(news.blockade)
    assert results("q=dictating") == contents(news.dictate)


@on_postgres
def test_postgres_search_ignores_stop_words_and_punctuation(news):
    assert results("q=the blockade!") == contents(news.blockade)


@on_postgres
def test_postgres_search_uses_the_gin_index(news):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'statement_content_fts'")
        (definition,) = cursor.fetchone()
        assert "gin" in definition.lower() and "to_tsvector" in definition
        cursor.execute("SET LOCAL enable_seqscan = off")
    plan = Statement.objects.search("blockade").explain()
    assert "statement_content_fts" in plan


@on_postgres
def test_postgres_search_ranks_with_ts_rank(news):
    ranked = list(Statement.objects.public().search("venezuela").order_by("-rank"))
    assert ranked and all(s.rank > 0 for s in ranked)


# --- Search: SQLite fallback -----------------------------------------------------------


@on_sqlite
def test_sqlite_search_is_a_case_insensitive_substring_match(news):
    # No stemming: "port" is a substring of "support" and of "ports".
    assert results("q=PORT") == contents(news.blockade, news.support)


@on_sqlite
def test_sqlite_search_ranks_whole_query_matches_first(news):
    ranked = list(Statement.objects.public().search("legitimate government").order_by("-rank"))
    assert ranked[0] == news.support and ranked[0].rank == 1.0
