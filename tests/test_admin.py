"""The admin renders every model with data, fast, and only for editors."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from statements.admin_editors import EDITORS, editor_codenames
from statements.models import (
    Actor,
    ActorAliasTombstone,
    ActorTombstone,
    Event,
    EventAlias,
    EventTombstone,
    Source,
    Statement,
    StatementTombstone,
)
from tests.admin_client import make_editor, submit
from tests.factories import make_actor, make_event, make_source, make_statement

TOMBSTONES = ["statementtombstone", "actortombstone", "actoraliastombstone", "eventtombstone"]
MODELS = ["statement", "actor", "event", "source", *TOMBSTONES]


def build(n=1):
    """``n`` copies of a small newsroom: a ministry and its minister (with an alias), an
    article, two statements (one about the other actor), an event, and a deleted statement,
    actor, alias and event."""
    for i in range(n):
        ministry = make_actor(f"Ministry of Harbours {i}", kind=Actor.Kind.MINISTRY, country="MT")
        minister = make_actor(
            f"Ilsa Brandt {i}", country="MT", role="Harbour Minister", parent=ministry
        )
        minister.add_alias(f"Minister Brandt {i}")
        source = make_source(
            text=(
                f"Harbour talks resume {i}\n\n"
                "The ministry said the ferry would run again next week.\n\n"
                "Brandt said the harbour would stay open to every partner.\n"
            ),
            title=f"Harbour talks resume {i}",
            publisher=f"Harbour Gazette {i % 2}",
        )
        event = make_event(
            f"Harbour talks {i}", participants=[minister, ministry], sources=[source]
        )
        make_statement(
            source,
            "the ferry would run again next week",
            speaker=ministry,
            event=event,
            about=[minister],
        )
        make_statement(
            source,
            "the harbour would stay open to every partner",
            speaker=minister,
            category=Statement.Category.SUPPORT,
        )
        gone = make_statement(source, f"a statement that was wrong {i}", speaker=minister)
        gone.delete()
        envoy = make_actor(f"Retired Envoy {i}", country="MT")
        envoy.add_alias(f"Envoy Kask {i}")
        envoy.delete()
        minister.add_alias(f"Harbour Chief {i}")
        minister.aliases.get(name=f"Harbour Chief {i}").delete()
        make_event(f"Cancelled visit {i}", participants=[minister], sources=[source]).delete()


def admin_url(model, action="changelist", *args):
    return reverse(f"admin:statements_{model}_{action}", args=args)


def first_pk(model):
    return (
        {
            "statement": Statement,
            "actor": Actor,
            "event": Event,
            "source": Source,
            "statementtombstone": StatementTombstone,
            "actortombstone": ActorTombstone,
            "actoraliastombstone": ActorAliasTombstone,
            "eventtombstone": EventTombstone,
        }[model]
        .objects.order_by("pk")[0]
        .pk
    )


@pytest.mark.django_db
class TestPages:
    @pytest.mark.parametrize("model", MODELS)
    def test_it_renders_each_changelist_with_data(self, editor_client, model):
        build(2)
        response = editor_client.get(admin_url(model))
        assert response.status_code == 200
        assert response.context["cl"].result_count >= 2

    @pytest.mark.parametrize("model", MODELS)
    def test_it_renders_each_change_form_with_data(self, editor_client, model):
        build(1)
        response = editor_client.get(admin_url(model, "change", first_pk(model)))
        assert response.status_code == 200

    @pytest.mark.parametrize("model", ["statement", "actor", "event"])
    def test_it_renders_each_add_form(self, editor_client, model):
        assert editor_client.get(admin_url(model, "add")).status_code == 200

    @pytest.mark.parametrize("model", ["statement", "actor", "event", "source"])
    def test_it_renders_each_history_page(self, editor_client, model):
        build(1)
        response = editor_client.get(admin_url(model, "history", first_pk(model)))
        assert response.status_code == 200

    @pytest.mark.parametrize("model", MODELS)
    def test_changelist_queries_do_not_grow_with_rows(self, editor_client, model):
        build(2)
        url = admin_url(model)
        editor_client.get(url)  # warm caches (content types, sessions)
        with CaptureQueriesContext(connection) as small:
            assert editor_client.get(url).status_code == 200
        build(6)
        with CaptureQueriesContext(connection) as large:
            assert editor_client.get(url).status_code == 200
        assert len(large) == len(small)
        assert len(small) <= 20

    @pytest.mark.parametrize("model", ["statement", "actor", "event", "source"])
    def test_change_form_queries_are_bounded(self, editor_client, model):
        build(3)
        url = admin_url(model, "change", first_pk(model))
        editor_client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert editor_client.get(url).status_code == 200
        assert len(queries) <= 25

    def test_the_statement_form_shows_the_paragraph_with_the_span_marked(self, editor_client):
        build(1)
        statement = Statement.objects.get(content__startswith="the ferry")
        response = editor_client.get(admin_url("statement", "change", statement.pk))
        assert "The ministry said " in response.content.decode()
        assert '<mark class="span-content">the ferry would run again next week</mark>' in (
            response.content.decode()
        )
        assert "Brandt said" not in response.content.decode()  # only its own paragraph
        assert statement.get_absolute_url() in response.content.decode()

    def test_the_statement_form_shows_the_span_even_when_the_text_has_markup(self, editor_client):
        source = make_source(text='<b>Bold</b> claim: "a < b & c" said the Ministry.\n')
        statement = make_statement(source, '"a < b & c"')
        response = editor_client.get(admin_url("statement", "change", statement.pk))
        html = response.content.decode()
        assert "&lt;b&gt;Bold&lt;/b&gt;" in html
        assert '<mark class="span-content">&quot;a &lt; b &amp; c&quot;</mark>' in html

    def test_a_quote_that_moved_in_a_changed_article_is_found_again(self, editor_client):
        source = make_source(text="First line.\nThe port said the ferry would run.\n")
        statement = make_statement(source, "the ferry would run")
        source.text = "A new first paragraph.\n\nFirst line.\nThe port said the ferry would run.\n"
        source.save()
        html = editor_client.get(admin_url("statement", "change", statement.pk)).content.decode()
        assert 'The port said <mark class="span-content">the ferry would run</mark>.' in html

    def test_a_paraphrase_marks_the_text_first_extracted_and_says_so(self, editor_client):
        source = make_source(text="The port said the ferry would run.\n")
        statement = make_statement(source, "the ferry would run")
        Statement.objects.filter(pk=statement.pk).update(content="Ferries run", edited=True)
        html = editor_client.get(admin_url("statement", "change", statement.pk)).content.decode()
        assert '<mark class="span-content">the ferry would run</mark>' in html
        assert "the marked text is the one first extracted" in html

    def test_a_quote_gone_from_a_changed_article_is_said_to_be_gone(self, editor_client):
        source = make_source(text="The port said the ferry would run.\n")
        statement = make_statement(source, "the ferry would run", status="verified")
        source.text = "The port said nothing at all today, and that was it.\n"
        source.save()
        html = editor_client.get(admin_url("statement", "change", statement.pk)).content.decode()
        assert "no longer in the article&#x27;s current text" in html
        assert '<mark class="span-content">' not in html


@pytest.mark.django_db
class TestFinding:
    def test_it_finds_actors_by_alias(self, editor_client):
        build(2)
        response = editor_client.get(admin_url("actor"), {"q": "Minister Brandt 1"})
        assert [a.name for a in response.context["cl"].result_list] == ["Ilsa Brandt 1"]

    def test_it_finds_statements_by_content_speaker_alias_and_title(self, editor_client):
        build(2)
        for q, expected in [
            ("stay open", 2),
            ("Minister Brandt 0", 1),
            ("Harbour talks resume 1", 2),
            ('"Harbour talks 0"', 1),  # the event's title
        ]:
            response = editor_client.get(admin_url("statement"), {"q": q})
            assert response.context["cl"].result_count == expected, q

    def test_it_finds_events_by_title_and_a_merged_title(self, editor_client):
        build(1)
        event = Event.objects.get()
        EventAlias.remember(event, event.kind, event.date, "Port summit in Valletta")
        response = editor_client.get(admin_url("event"), {"q": "port summit"})
        assert list(response.context["cl"].result_list) == [event]

    def test_it_filters_statements_with_facet_counts(self, editor_client):
        build(2)
        Actor.objects.filter(name="Ilsa Brandt 1").update(country="IT")
        response = editor_client.get(admin_url("statement"), {"speaker__country": "IT"})
        assert response.context["cl"].result_count == 1
        html = response.content.decode()
        assert "MT" in html and "(3)" in html  # facet counts next to each choice
        response = editor_client.get(
            admin_url("statement"), {"status__exact": "pending", "kind__exact": "indirect"}
        )
        assert response.context["cl"].result_count == 4

    def test_it_filters_by_publisher_verified_and_date(self, editor_client):
        build(2)
        Statement.objects.filter(content__startswith="the ferry").update(status="verified")
        url = admin_url("statement")
        assert editor_client.get(url, {"status__exact": "verified"}).context["cl"].result_count == 2
        assert (
            editor_client.get(url, {"source__publisher": "Harbour Gazette 1"})
            .context["cl"]
            .result_count
            == 2
        )
        response = editor_client.get(url, {"date__gte": "2026-01-03", "date__lt": "2026-01-04"})
        assert response.context["cl"].result_count == 4

    def test_the_speaker_autocomplete_finds_actors_by_alias(self, editor_client):
        build(1)
        response = editor_client.get(
            reverse("admin:autocomplete"),
            {
                "app_label": "statements",
                "model_name": "statement",
                "field_name": "speaker",
                "term": "minister brandt",
            },
        )
        assert [r["text"] for r in response.json()["results"]] == ["Ilsa Brandt 0"]

    def test_actor_statement_counts_link_to_their_statements(self, editor_client):
        build(1)
        minister = Actor.objects.get(name="Ilsa Brandt 0")
        response = editor_client.get(
            admin_url("statement"), {"speaker__id__exact": str(minister.pk)}
        )
        assert response.context["cl"].result_count == 1


@pytest.mark.django_db
class TestPermissions:
    def test_anonymous_users_are_sent_to_the_login_page(self, client):
        build(1)
        for model in MODELS:
            response = client.get(admin_url(model))
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("admin:login"))

    def test_staff_outside_the_editors_group_cannot_see_or_change_records(self, client):
        build(1)
        user = get_user_model().objects.create_user("visitor", password="x", is_staff=True)
        client.force_login(user)
        statement = Statement.objects.order_by("pk")[0]
        assert client.get(admin_url("statement")).status_code == 403
        url = admin_url("statement", "change", statement.pk)
        assert client.get(url).status_code == 403
        response = client.post(url, {"content": "Vandalised", "kind": "direct"})
        assert response.status_code == 403
        statement.refresh_from_db()
        assert statement.content != "Vandalised" and not statement.edited

    def test_non_staff_members_of_the_group_are_sent_to_the_login_page(self, client):
        user = make_editor("not-staff")
        user.is_staff = False
        user.save()
        client.force_login(user)
        response = client.get(admin_url("statement"))
        assert response.status_code == 302

    def test_editors_may_change_but_not_add_or_delete_sources(self, editor_client):
        build(1)
        source = make_source()
        assert editor_client.get(admin_url("source", "change", source.pk)).status_code == 200
        assert editor_client.get(admin_url("source", "add")).status_code == 403
        assert editor_client.get(admin_url("source", "delete", source.pk)).status_code == 403

    def test_the_editors_group_has_exactly_the_editors_permissions(self, db):
        group = Group.objects.get(name=EDITORS)  # made by the post_migrate handler
        codenames = set(group.permissions.values_list("codename", flat=True))
        assert codenames == editor_codenames()
        assert "change_statement" in codenames and "delete_source" not in codenames
        assert all(
            app == "statements"
            for app in group.permissions.values_list("content_type__app_label", flat=True)
        )

    def test_the_command_resets_the_group_and_makes_editors(self, db):
        group = Group.objects.get(name=EDITORS)
        group.permissions.clear()
        out = StringIO()
        call_command("create_editors_group", "--add", "ana", stdout=out)
        assert set(group.permissions.values_list("codename", flat=True)) == editor_codenames()
        ana = get_user_model().objects.get(username="ana")
        assert ana.is_staff and not ana.is_superuser and not ana.has_usable_password()
        assert ana.has_perm("statements.change_statement")
        assert not ana.has_perm("statements.delete_source")
        assert "changepassword ana" in out.getvalue()
        call_command("create_editors_group", "--add", "ana", stdout=StringIO())
        assert Group.objects.filter(name=EDITORS).count() == 1

    def test_the_command_says_when_permissions_are_missing(self, db):
        from django.contrib.auth.models import Permission
        from django.core.management import CommandError

        Permission.objects.get(codename="change_statement").delete()
        with pytest.raises(CommandError, match="change_statement"):
            call_command("create_editors_group", stdout=StringIO())

    @pytest.mark.parametrize("model", TOMBSTONES)
    def test_the_tombstone_lists_are_read_only(self, editor_client, model):
        build(1)
        tombstone = {
            "statementtombstone": StatementTombstone,
            "actortombstone": ActorTombstone,
            "actoraliastombstone": ActorAliasTombstone,
            "eventtombstone": EventTombstone,
        }[model].objects.get()
        assert tombstone.deleted_by is None
        before = str(tombstone)
        assert editor_client.get(admin_url(model, "add")).status_code == 403
        page = editor_client.get(admin_url(model, "change", tombstone.pk))
        assert page.status_code == 200 and not page.context["has_change_permission"]
        response = editor_client.post(
            admin_url(model, "change", tombstone.pk),
            {"content": "x", "name": "x", "title": "x", "keys": "[]", "identities": "[]"},
        )
        assert response.status_code == 403
        tombstone.refresh_from_db()
        assert str(tombstone) == before

    @pytest.mark.parametrize("model", TOMBSTONES)
    def test_editors_may_delete_a_tombstone(self, editor_client, model):
        build(1)
        pk = first_pk(model)
        url = admin_url(model, "delete", pk)
        assert editor_client.get(url).status_code == 200
        assert editor_client.post(url, {"post": "yes"}).status_code == 302
        assert editor_client.get(admin_url(model, "change", pk)).status_code == 302  # gone

    def test_deletions_leave_tombstones_with_what_loads_match(self, db):
        build(1)
        actor = ActorTombstone.objects.get()
        assert (actor.name, actor.kind) == ("Retired Envoy 0", "person")
        assert actor.names == "Retired Envoy 0; Envoy Kask 0"
        assert actor.keys == ["envoy kask 0", "retired envoy 0"]
        alias = ActorAliasTombstone.objects.get()
        assert (alias.actor.name, alias.name, alias.key) == (
            "Ilsa Brandt 0",
            "Harbour Chief 0",
            "harbour chief 0",
        )
        event = EventTombstone.objects.get()
        assert event.identities == [["diplomatic_meeting", "2026-01-03", "cancelled visit 0"]]

    def test_the_actor_form_names_its_deleted_aliases(self, editor_client):
        build(1)
        minister = Actor.objects.get(name="Ilsa Brandt 0")
        html = editor_client.get(admin_url("actor", "change", minister.pk)).content.decode()
        assert "Harbour Chief 0" in html
        assert f"actoraliastombstone/?actor__id__exact={minister.pk}" in html

    def test_reverting_an_event_restores_its_participants(self, editor_client):
        build(1)
        event = Event.objects.get()
        before = set(event.participants.all())
        version = event.history.latest()
        url = admin_url("event", "change", event.pk)
        assert submit(editor_client, url, {"participants": []}).status_code == 302
        assert not event.participants.exists()
        revert = admin_url("event", "simple_history", event.pk, version.pk)
        assert submit(editor_client, revert).status_code == 302
        assert set(event.participants.all()) == before


@pytest.mark.django_db
class TestSources:
    def test_fixing_a_sources_metadata_marks_it_edited_and_saving_as_is_does_not(
        self, editor_client
    ):
        build(1)
        source = Source.objects.get()
        url = admin_url("source", "change", source.pk)
        assert submit(editor_client, url).status_code == 302
        source.refresh_from_db()
        assert not source.edited
        assert (
            submit(editor_client, url, {"publisher": "Harbour Gazette Weekly"}).status_code == 302
        )
        source.refresh_from_db()
        assert source.edited and source.publisher == "Harbour Gazette Weekly"
        assert source.history.latest().history_user.username == "editor"


@pytest.mark.django_db
class TestTombstonesAndMerges:
    def test_a_merge_carries_deleted_aliases_over_and_leaves_no_tombstones(self, editor_client):
        keep = make_actor("Ode Varga")
        dup = make_actor("Odo Varga")
        dup.add_alias("Commissioner Varga")
        dup.add_alias("Ode Varga")
        dup.aliases.get(name="Commissioner Varga").delete()  # an editor removed them
        dup.aliases.get(name="Ode Varga").delete()
        assert ActorAliasTombstone.objects.count() == 2
        response = editor_client.post(
            admin_url("actor"),
            {
                "action": "merge_selected",
                "_selected_action": [keep.pk, dup.pk],
                "post": "yes",
                "keep": keep.pk,
            },
        )
        assert response.status_code == 302
        assert not ActorTombstone.objects.exists()
        # The kept actor has "Ode Varga": only the other deleted alias stays deleted.
        assert list(ActorAliasTombstone.objects.values_list("actor", "key")) == [
            (keep.pk, "commissioner varga")
        ]
        assert set(keep.aliases.values_list("key", flat=True)) == {"ode varga", "odo varga"}
