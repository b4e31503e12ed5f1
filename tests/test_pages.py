"""The public pages: home, lists, detail pages, provenance, bad input and query counts."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from statements import views
from tests.factories import make_source, make_statement
from tests.test_pages_sample import add_statements, build_newsroom

LIST = reverse("statements:statement_list")


@pytest.fixture
def news(db):
    return build_newsroom()


def text_of(response) -> str:
    """The page's visible text, whitespace collapsed (for plain-language assertions)."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


# --- Home ------------------------------------------------------------------------------


def test_it_shows_totals_latest_top_actors_events_and_a_search_box(client, news):
    response = client.get(reverse("statements:home"))
    assert response.status_code == 200
    text = text_of(response)
    assert "10 statements" in text  # the rejected one is not counted
    assert "Our positions on Venezuela coincide" in text
    assert "New US sanctions on Venezuela" in text
    top = [a.name for a in response.context["top_actors"]]
    assert top[:2] == ["Marco Rubio", "Sergey Lavrov"]
    assert 'role="search"' in response.content.decode()
    assert 'name="q"' in response.content.decode()


def test_home_on_an_empty_database_says_how_to_load(client, db):
    response = client.get(reverse("statements:home"))
    assert response.status_code == 200
    assert "load_seeds" in text_of(response)


# --- Statement list --------------------------------------------------------------------


def test_it_lists_public_statements_newest_first(client, news):
    response = client.get(LIST)
    rows = list(response.context["page"])
    assert len(rows) == 10
    assert news.rejected not in rows
    assert rows[0] == news.interference or rows[0].date.isoformat() == "2026-02-03"
    dates = [s.date for s in rows]
    assert dates == sorted(dates, reverse=True)
    assert "10 statements" in text_of(response)


def test_each_row_shows_quote_speaker_role_country_date_publisher_badges_and_link(client, news):
    response = client.get(LIST + "?speaker=sergey-lavrov&kind=direct&category=criticise")
    html = response.content.decode()
    assert "“Washington is trying to dictate to Caracas" in html  # direct: in quotation marks
    assert 'href="/actors/sergey-lavrov/"' in html
    assert "Foreign Minister" in html
    assert "(Russia)" in html
    assert 'datetime="2026-01-12"' in html
    assert "RT" in html
    assert 'class="badge kind-direct"' in html
    assert 'class="badge cat-criticise"' in html
    assert f'href="{news.dictate.get_absolute_url()}"' in html
    assert f'href="{news.rt.get_absolute_url()}#statement-{news.dictate.pk}"' in html


def test_indirect_statements_are_not_in_quotation_marks(client, news):
    html = client.get(LIST + "?kind=indirect&speaker=maria-zakharova").content.decode()
    assert "the United States of preparing a blockade" in html
    assert "“the United States of preparing" not in html


def test_the_summary_reads_like_a_sentence(client, news):
    response = client.get(LIST + "?speaker=sergey-lavrov&about=venezuela&month=2026-01")
    assert response.context["summary"] == (
        "3 statements by Sergey Lavrov about Venezuela, January 2026"
    )
    response = client.get(LIST + "?country=ru&about=united-states&publisher=rt")
    assert response.context["summary"] == (
        "2 statements by speakers from Russia about United States, reported by RT"
    )
    response = client.get(LIST + "?kind=direct&date_from=2026-01-13&date_to=2026-01-31")
    assert response.context["summary"] == "2 direct quotes, 13 Jan 2026 to 31 Jan 2026"


def test_every_filter_shows_as_a_chip_that_removes_only_itself(client, news):
    response = client.get(LIST + "?speaker=sergey-lavrov&about=venezuela&page=1")
    chips = {c["label"]: c for c in response.context["chips"]}
    assert set(chips) == {"Speaker", "About"}
    assert chips["Speaker"]["value"] == "Sergey Lavrov"
    assert chips["Speaker"]["remove"] == "?about=venezuela"
    assert chips["About"]["remove"] == "?speaker=sergey-lavrov"
    html = response.content.decode()
    assert 'aria-label="Remove filter Speaker: Sergey Lavrov"' in html


def test_facets_count_the_filtered_set_and_add_their_filter(client, news):
    response = client.get(LIST + "?about=venezuela")
    facets = {f.name: f for f in response.context["facets"]}
    assert set(facets) == {
        "speaker",
        "country",
        "speaker_kind",
        "about",
        "publisher",
        "kind",
        "category",
        "month",
    }
    speakers = {v.label: v.count for v in facets["speaker"].values}
    assert speakers == {"Sergey Lavrov": 3, "Marco Rubio": 2, "Maria Zakharova": 1}
    lavrov = next(v for v in facets["speaker"].values if v.label == "Sergey Lavrov")
    assert lavrov.url == "?about=venezuela&speaker=sergey-lavrov"
    countries = {v.label: v.count for v in facets["country"].values}
    assert countries == {"Russia": 4, "United States": 2}
    months = [(v.value, v.label, v.count) for v in facets["month"].values]
    assert months == [("2026-02", "February 2026", 2), ("2026-01", "January 2026", 4)]
    about = {v.label: (v.count, v.selected) for v in facets["about"].values}
    assert about["Venezuela"] == (6, True)
    assert about["United States"] == (2, False)


def test_a_selected_facet_value_links_to_its_removal(client, news):
    response = client.get(LIST + "?publisher=RT")
    facets = {f.name: f for f in response.context["facets"]}
    rt = next(v for v in facets["publisher"].values if v.value == "RT")
    assert rt.selected
    assert rt.url == "?"


def test_facets_are_capped_with_a_more_link_to_every_value(client, news):
    add_statements(22)
    response = client.get(LIST)
    speaker = next(f for f in response.context["facets"] if f.name == "speaker")
    assert len(speaker.values) == 20
    assert speaker.more
    assert 'href="/statements/facets/speaker/?"' in response.content.decode()
    full = client.get(reverse("statements:statement_facet", args=["speaker"]))
    assert full.status_code == 200
    assert len(full.context["values"]) == 22 + 5


def test_the_facet_page_keeps_the_filters(client, news):
    url = reverse("statements:statement_facet", args=["about"]) + "?speaker=marco-rubio"
    response = client.get(url)
    labels = {v.label: v.count for v in response.context["values"]}
    assert labels == {"Venezuela": 2, "Nicolás Maduro": 1, "Russia": 1}
    assert "/statements/?speaker=marco-rubio&amp;about=venezuela" in response.content.decode()
    assert client.get(reverse("statements:statement_facet", args=["nope"])).status_code == 404


def test_sorting_oldest_first_and_unknown_sorts_are_reported(client, news):
    rows = list(client.get(LIST + "?sort=oldest").context["page"])
    assert [s.date for s in rows] == sorted(s.date for s in rows)
    response = client.get(LIST + "?sort=sideways")
    assert response.status_code == 200
    assert any("Unknown sort" in m for m in messages_of(response))
    response = client.get(LIST + "?sort=relevance")
    assert any("needs a search" in m for m in messages_of(response))


def test_pagination_keeps_the_filters(client, news, settings):
    settings.NEWSROOM_PAGE_SIZE = 2
    response = client.get(LIST + "?about=venezuela&sort=oldest")
    html = response.content.decode()
    assert 'href="?about=venezuela&amp;sort=oldest&amp;page=2"' in html
    page2 = client.get(LIST + "?about=venezuela&sort=oldest&page=2")
    assert page2.context["page"].number == 2
    assert page2.context["page"].paginator.count == 6


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("date_from=2026-13-45", "From: Enter a valid date."),
        ("date_to=yesterday", "To: Enter a valid date."),
        ("speaker=nobody-at-all", "There is no actor “nobody-at-all”."),
        ("about=nobody", "There is no actor “nobody”."),
        ("event=no-such-event", "There is no event “no-such-event”."),
        ("country=Russia", "is not a two-letter country code"),
        ("month=2026-13", "is not a month"),
        ("kind=shouted", "Select a valid choice."),
        ("category=praise", "Select a valid choice."),
        ("page=999", "There is no page 999; showing page 1."),
        ("page=two", "is not a number"),
    ],
)
def test_invalid_filter_values_give_a_message_and_a_sensible_page(client, news, query, expected):
    response = client.get(f"{LIST}?{query}")
    assert response.status_code == 200
    assert any(expected in m for m in messages_of(response)), messages_of(response)
    assert expected.replace("“", "&ldquo;") in response.content.decode() or expected in (
        response.content.decode()
    )
    assert response.context["page"].paginator.count == 10  # the bad filter was ignored


@pytest.mark.parametrize("param", ["q", "speaker", "publisher", "country", "month", "page"])
def test_nul_characters_are_refused_not_a_server_error(client, news, param):
    response = client.get(LIST, {param: "abc\x00def"})
    assert response.status_code == 200
    assert messages_of(response)


def test_a_bad_filter_is_ignored_but_the_good_ones_still_apply(client, news):
    response = client.get(LIST + "?speaker=sergey-lavrov&date_from=2026-13-45")
    assert response.context["page"].paginator.count == 3
    assert [c["label"] for c in response.context["chips"]] == ["Speaker"]


def test_an_ambiguous_name_is_explained(client, news):
    news.zakharova.add_alias("Lavrov")  # pretend two actors share the alias
    response = client.get(LIST + "?speaker=Lavrov")
    assert any("could be any of" in m for m in messages_of(response))


def test_a_speaker_can_be_given_by_name_or_alias(client, news):
    for value in ("sergey-lavrov", "Sergey Lavrov", "Sergei Lavrov", "lavrov"):
        response = client.get(LIST, {"speaker": value})
        assert response.context["page"].paginator.count == 3, value


def test_a_later_from_than_to_date_warns(client, news):
    response = client.get(LIST + "?date_from=2026-02-01&date_to=2026-01-01")
    assert any("after" in m for m in messages_of(response))
    assert response.context["page"].paginator.count == 0
    assert "No statements match." in text_of(response)


def test_search_sorts_by_relevance_across_many_to_many_filters(client, news):
    response = client.get(LIST + "?q=venezuela&about=venezuela&sort=relevance")
    assert response.status_code == 200
    assert response.context["sort"] == "relevance"
    rows = list(response.context["page"])
    assert news.hostage in rows and len(rows) == len(set(rows))


def test_the_list_only_answers_get_and_head(client, news):
    assert client.head(LIST).status_code == 200
    assert client.post(LIST).status_code == 405


def _suggestions(html: str) -> list[tuple[str, str]]:
    datalist = re.search(r'<datalist id="actor-suggestions">(.*?)</datalist>', html, re.S)
    assert datalist, "the statement list offers actor suggestions"
    return re.findall(r'<option value="([^"]*)">([^<]*)</option>', datalist.group(1))


def test_speaker_and_about_boxes_suggest_the_most_mentioned_actors(client, news):
    html = client.get(LIST).content.decode()
    for name in ("speaker", "about"):
        box = re.search(rf'<input [^>]*name="{name}"[^>]*>', html).group(0)
        assert 'list="actor-suggestions"' in box
    suggestions = _suggestions(html)
    assert suggestions[0] == ("venezuela", "Venezuela")  # six statements about it
    assert ("sergey-lavrov", "Sergey Lavrov") in suggestions
    # Nothing is by or about the ministry: no suggestion that finds nothing.
    assert news.mfa.slug not in dict(suggestions)
    assert len(suggestions) == len(set(suggestions))


def test_actor_suggestions_are_bounded_and_one_query_per_request(
    client, news, monkeypatch, rf, django_assert_num_queries
):
    monkeypatch.setattr(views, "ACTOR_SUGGESTIONS", 3)
    suggestions = _suggestions(client.get(LIST).content.decode())
    assert len(suggestions) == 3
    assert suggestions[0] == ("venezuela", "Venezuela")
    request = rf.get(LIST)
    with django_assert_num_queries(1):
        first = views._actor_suggestions(request)
        assert views._actor_suggestions(request) is first


# --- Statement page --------------------------------------------------------------------


def test_statement_page_shows_everything_and_the_marked_paragraph(client, news):
    response = client.get(news.dictate.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    text = text_of(response)
    assert "Washington is trying to dictate" in text
    assert 'href="/actors/sergey-lavrov/"' in html
    assert "told" in text
    assert "12 January 2026" in text
    assert "Direct" in text and "Criticise" in text
    assert 'href="/actors/united-states/"' in html and 'href="/actors/venezuela/"' in html
    # The source paragraph, the statement and its speaker marked, linking to the source.
    assert (
        f'<mark class="statement current" id="para-statement-{news.dictate.pk}">'
        f'<a href="{news.dictate.get_absolute_url()}"'
    ) in html
    assert (
        "Washington is trying to dictate to Caracas who should govern the country, "
        "and this is unacceptable</a></mark>" in html
    )
    assert (
        '<mark class="speaker"><a href="/actors/sergey-lavrov/" title="Speaker: Sergey Lavrov">'
        "Lavrov</a></mark> told reporters" in html
    )
    assert "Lavrov said Russia would continue" not in html  # only its own paragraph
    assert f'href="/sources/{news.rt.pk}/#statement-{news.dictate.pk}"' in html
    siblings = list(response.context["siblings"])
    assert siblings == [news.support, news.blockade]


def test_statement_page_links_the_event_and_falls_back_to_the_line(client, news):
    statement = make_statement(source=news.telesur, content="rejected new sanctions")
    response = client.get(statement.get_absolute_url())
    html = response.content.decode()
    assert "Venezuelan President Nicolás Maduro" in html  # the line holding it
    assert "No empire will bend" in html  # a sibling, not the paragraph
    response = client.get(news.empire.get_absolute_url())
    assert f'href="{news.sanctions.get_absolute_url()}"' in response.content.decode()


def test_a_rejected_statement_has_no_page(client, news):
    assert client.get(news.rejected.get_absolute_url()).status_code == 404
    assert client.get(reverse("statements:statement_detail", args=[99999])).status_code == 404


# --- Source page: the provenance view --------------------------------------------------


def test_source_page_marks_and_links_every_statement_and_speaker(client, news):
    response = client.get(news.rt.get_absolute_url())
    html = response.content.decode()
    for statement in (news.dictate, news.support, news.blockade):
        assert (
            f'<mark class="statement" id="statement-{statement.pk}">'
            f'<a href="{statement.get_absolute_url()}"'
        ) in html
        assert statement.content + "</a></mark>" in html
    assert (
        '<a href="/actors/maria-zakharova/" title="Speaker: Maria Zakharova">'
        "Maria Zakharova</a></mark>" in html
    )
    body = html.split('class="source-text"', 1)[1]
    assert body.count('<mark class="speaker">') == 3
    assert "RT staff" in html and "https://example.org/rt/lavrov-venezuela" in html
    # The text around the marks is all there, in order.
    assert "MOSCOW, January 12 (RT) - Russian Foreign Minister Sergey Lavrov" in html


def test_source_page_leaves_rejected_statements_unmarked(client, news):
    html = client.get(news.xinhua.get_absolute_url()).content.decode()
    assert f"statement-{news.rejected.pk}" not in html
    body = html.split('class="source-text"', 1)[1]
    assert body.count('<mark class="statement"') == 2


def test_overlapping_spans_are_listed_not_nested(client, news):
    inner = make_statement(source=news.rt, content="dictate to Caracas")
    html = client.get(news.rt.get_absolute_url()).content.decode()
    assert f'<li id="statement-{inner.pk}">' in html  # its anchor is in the list below
    assert html.count("<mark") == html.count("</mark>")


def test_source_text_is_escaped(client, db):
    source = make_source("She said <script>alert(1)</script> loudly.\n")
    make_statement(source=source, content="<script>alert(1)</script>")
    html = client.get(source.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


# --- Actor, event pages ----------------------------------------------------------------


def test_actor_page_shows_profile_statements_links_and_timeline(client, news):
    response = client.get(news.lavrov.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    text = text_of(response)
    assert "Foreign Minister" in text and "Russia" in text
    assert "Lavrov, Sergei Lavrov" in text  # aliases, without the canonical name
    assert 'href="/actors/russian-foreign-ministry/"' in html  # parent
    assert 'href="/statements/?speaker=sergey-lavrov"' in html
    assert 'href="/statements/?about=sergey-lavrov"' not in html  # nothing about him
    assert [r["about__name"] for r in response.context["talks_about"]] == [
        "Venezuela",
        "United States",
    ]
    assert 'href="/statements/?speaker=sergey-lavrov&amp;about=venezuela"' in html
    assert news.talks.title in text
    # Timeline: server-rendered SVG, bars linking to the month's statements.
    assert "<svg" in html and 'role="img"' in html
    assert 'href="/statements/?speaker=sergey-lavrov&amp;month=2026-01"' in html


def test_actor_page_shows_children_and_who_talks_about_it(client, news):
    response = client.get(news.venezuela.get_absolute_url())
    html = response.content.decode()
    assert 'href="/actors/nicolas-maduro/"' in html  # child
    assert response.context["about_count"] == 6
    names = [r["speaker__name"] for r in response.context["talked_about_by"]]
    assert names[:2] == ["Sergey Lavrov", "Marco Rubio"]
    by_country = [(r["name"], r["n"]) for r in response.context["talked_about_by_country"]]
    assert by_country == [("Russia", 4), ("United States", 2)]
    assert 'href="/statements/?about=venezuela&amp;country=RU"' in html
    timeline = response.context["timeline"]
    assert [(m.isoformat(), by, about) for m, by, about in timeline["rows"]] == [
        ("2026-01-01", 0, 4),
        ("2026-02-01", 0, 2),
    ]


def test_timeline_fills_empty_months(client, news):
    make_statement(speaker=news.lavrov, date=news.rt.published.replace(month=4))
    timeline = client.get(news.lavrov.get_absolute_url()).context["timeline"]
    assert [by for _, by, _ in timeline["rows"]] == [3, 0, 0, 1]


def test_event_page_lists_statements_in_date_order_and_its_sources(client, news):
    response = client.get(news.talks.get_absolute_url())
    assert response.status_code == 200
    text = text_of(response)
    assert "14 January 2026" in text and "Moscow" in text
    assert "Diplomatic meeting" in text or "diplomatic meeting" in text
    assert "Wang Yi" in text and "Sergey Lavrov" in text
    statements = list(response.context["statements"])
    assert statements == [news.cooperation, news.coincide]
    sources = list(response.context["sources"])
    assert sources == [news.rt, news.xinhua]
    assert 'href="/statements/?event=' in response.content.decode()


def test_unknown_slugs_are_404(client, news):
    assert client.get("/actors/nobody/").status_code == 404
    assert client.get("/events/nothing/").status_code == 404
    assert client.get("/sources/999/").status_code == 404


# --- Actor, event, source lists --------------------------------------------------------


def test_actor_list_filters_by_kind_and_country_with_counts(client, news):
    response = client.get(reverse("statements:actor_list") + "?kind=person&country=ru")
    rows = {a.name: a.n_statements for a in response.context["page"]}
    assert rows == {"Sergey Lavrov": 3, "Maria Zakharova": 1}
    assert response.context["summary"] == "2 actors"
    kinds = response.context["facets"][0]["values"]
    assert kinds[0]["label"] == "Person" and kinds[0]["count"] == 2


def test_actor_list_counts_statements_about_each_actor_and_sorts_by_them(client, news):
    response = client.get(reverse("statements:actor_list") + "?sort=about")
    rows = [(a.name, a.n_statements, a.n_about) for a in response.context["page"]][:3]
    assert rows == [("Venezuela", 0, 6), ("Russia", 0, 3), ("United States", 0, 3)]
    assert 'href="/statements/?about=venezuela"' in response.content.decode()


def test_actor_list_finds_names_accent_insensitively_and_sorts(client, news):
    response = client.get(reverse("statements:actor_list") + "?q=nicolas")
    assert [a.name for a in response.context["page"]] == ["Nicolás Maduro"]
    response = client.get(reverse("statements:actor_list") + "?sort=name")
    names = [a.name for a in response.context["page"]]
    assert names == sorted(names)


def test_event_list_filters_by_kind_date_and_participant(client, news):
    url = reverse("statements:event_list")
    response = client.get(url + "?kind=sanction")
    assert [e.title for e in response.context["page"]] == ["New US sanctions on Venezuela"]
    response = client.get(url + "?participant=wang-yi")
    assert [e.title for e in response.context["page"]] == [news.talks.title]
    response = client.get(url + "?date_from=2026-01-15")
    assert [e.title for e in response.context["page"]] == ["New US sanctions on Venezuela"]
    response = client.get(url + "?date_from=soon")
    assert response.status_code == 200 and messages_of(response)


def test_source_list_filters_by_publisher_and_date(client, news):
    url = reverse("statements:source_list")
    response = client.get(url + "?publisher=reuters")
    assert [s.title for s in response.context["page"]] == [news.reuters.title]
    assert response.context["page"][0].n_statements == 3
    response = client.get(url + "?date_to=2026-01-13")
    assert [s.title for s in response.context["page"]] == [news.rt.title]
    publishers = [v["label"] for v in client.get(url).context["facets"][0]["values"]]
    assert set(publishers) == {"RT", "teleSUR", "Reuters", "Xinhua"}


def test_xinhua_source_counts_only_public_statements(client, news):
    response = client.get(reverse("statements:source_list") + "?publisher=xinhua")
    assert response.context["page"][0].n_statements == 2


# --- Query counts: constant in the number of rows --------------------------------------


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
        if getattr(response, "streaming", False):
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(context)


PAGES = [
    reverse("statements:home"),
    LIST,
    LIST + "?q=talks",
    LIST + "?about=filler-topic-1a",
    LIST + "?speaker=sergey-lavrov&about=venezuela&month=2026-01&sort=oldest",
    reverse("statements:statement_facet", args=["about"]),
    reverse("statements:actor_list"),
    reverse("statements:actor_list") + "?kind=person",
    reverse("statements:event_list"),
    reverse("statements:source_list"),
    "/actors/sergey-lavrov/",
    "/actors/venezuela/",
]


@pytest.mark.parametrize("url", PAGES)
def test_list_pages_use_the_same_number_of_queries_for_3_and_30_rows(
    client, news, settings, django_assert_num_queries, url
):
    settings.NEWSROOM_PAGE_SIZE = 100
    add_statements(3, prefix="Filler")
    few = _queries(client, url)
    add_statements(27, prefix="More")
    with django_assert_num_queries(few):
        response = client.get(url)
    assert response.status_code == 200


def test_detail_pages_use_the_same_number_of_queries_for_3_and_30_statements(
    client, news, django_assert_num_queries
):
    event, source = news.talks, news.xinhua

    def add(n):
        for i in range(n):
            statement = make_statement(
                source=source, content=f"extra statement {i} {n}", speaker=news.wang, event=event
            )
            statement.about.set([news.russia, news.un])

    add(3)
    counts = {
        url: _queries(client, url)
        for url in (
            event.get_absolute_url(),
            source.get_absolute_url(),
            news.cooperation.get_absolute_url(),
            news.wang.get_absolute_url(),
        )
    }
    add(27)
    for url, few in counts.items():
        with django_assert_num_queries(few):
            assert client.get(url).status_code == 200
