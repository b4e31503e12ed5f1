"""Merging duplicate actors and events, through the admin and directly."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from statements.merging import MergeError, merge_actors, merge_events
from statements.models import Actor, ActorAlias, Event, EventAlias, Statement
from statements.text import fold
from tests.admin_client import submit
from tests.factories import make_actor, make_event, make_source, make_statement


@pytest.fixture
def duplicates(db):
    """One person loaded as three actors, each with something attached."""
    ministry = make_actor("Ministry of Ports", kind="ministry", country="NL")
    keep = make_actor("Ode Varga", country="NL", parent=ministry)
    dup = make_actor("Commissioner Varga", kind="other", role="Port Commissioner")
    dup.add_alias("O. Varga")
    third = make_actor("Odé Varga Jr", kind="person")
    deputy = make_actor("Ana Deputy", parent=dup)
    source = make_source()
    said_keep = make_statement(source, "the port will open", speaker=keep)
    said_dup = make_statement(source, "the ferry will run", speaker=dup, about=[third, keep])
    said_third = make_statement(source, "tolls will fall", speaker=third)
    about_dup = make_statement(source, "Varga is right", speaker=ministry, about=[dup])
    event = make_event("Port talks", participants=[dup, third], sources=[source])
    return {
        "keep": keep,
        "dup": dup,
        "third": third,
        "deputy": deputy,
        "ministry": ministry,
        "said": [said_keep, said_dup, said_third],
        "about_dup": about_dup,
        "event": event,
    }


def merge_through_admin(client, model, objects, keep):
    url = reverse(f"admin:statements_{model}_changelist")
    selected = [o.pk for o in objects]
    page = client.post(url, {"action": "merge_selected", "_selected_action": selected})
    assert page.status_code == 200
    assert "Choose the" in page.content.decode()
    response = client.post(
        url,
        {
            "action": "merge_selected",
            "_selected_action": selected,
            "post": "yes",
            "keep": keep.pk,
        },
        follow=True,
    )
    assert response.status_code == 200
    return response


@pytest.mark.django_db
class TestMergingActors:
    def test_the_admin_merges_everything_into_the_actor_kept(self, editor_client, duplicates):
        d = duplicates
        keep = d["keep"]
        response = merge_through_admin(editor_client, "actor", [keep, d["dup"], d["third"]], keep)
        assert "Merged" in response.content.decode()
        assert not Actor.objects.filter(pk__in=[d["dup"].pk, d["third"].pk]).exists()
        for statement in d["said"]:
            statement.refresh_from_db()
            assert statement.speaker == keep
        assert list(d["said"][1].about.all()) == [keep]
        assert list(d["about_dup"].about.all()) == [keep]
        assert list(d["event"].participants.all()) == [keep]
        d["deputy"].refresh_from_db()
        assert d["deputy"].parent == keep
        keys = set(keep.aliases.values_list("key", flat=True))
        assert {"ode varga", "commissioner varga", "o varga", "ode varga jr"} <= keys
        keep.refresh_from_db()
        assert keep.role == "Port Commissioner", "blanks are filled from the merged actors"
        assert keep.kind == "person" and keep.country == "NL" and keep.parent == d["ministry"]

    def test_the_merge_is_in_the_history_and_the_admin_log(self, editor_client, editor, duplicates):
        d = duplicates
        merge_through_admin(editor_client, "actor", [d["keep"], d["dup"]], d["keep"])
        record = d["keep"].history.latest()
        assert record.history_user == editor
        assert "Commissioner Varga" in record.history_change_reason
        moved = Statement.history.filter(id=d["said"][1].pk).latest()
        assert moved.history_user == editor and "merged into Ode Varga" in (
            moved.history_change_reason
        )
        removed = Actor.history.filter(id=d["dup"].pk).latest()
        assert removed.history_type == "-"
        response = editor_client.get(reverse("admin:statements_actor_history", args=[d["keep"].pk]))
        assert "Commissioner Varga" in response.content.decode()

    def test_the_page_asks_which_actor_to_keep(self, editor_client, duplicates):
        d = duplicates
        make_statement(make_source(), "the tolls stay", speaker=d["keep"])
        make_statement(make_source(), "Varga is wise", about=[d["keep"]])
        url = reverse("admin:statements_actor_changelist")
        selected = [d["keep"].pk, d["dup"].pk]
        page = editor_client.post(url, {"action": "merge_selected", "_selected_action": selected})
        html = page.content.decode()
        assert "O. Varga" in html and "Commissioner Varga" in html
        counts = {o.name: (o.n_statements, o.n_about, o.n_events) for o in page.context["objects"]}
        assert counts == {"Ode Varga": (2, 2, 0), "Commissioner Varga": (1, 1, 1)}
        response = editor_client.post(
            url, {"action": "merge_selected", "_selected_action": selected, "post": "yes"}
        )
        assert "Choose the actor to keep" in response.content.decode()
        assert Actor.objects.filter(pk=d["dup"].pk).exists()

    def test_one_actor_is_not_enough(self, editor_client, duplicates):
        url = reverse("admin:statements_actor_changelist")
        response = editor_client.post(
            url,
            {"action": "merge_selected", "_selected_action": [duplicates["keep"].pk]},
            follow=True,
        )
        assert "Select at least two actors" in response.content.decode()

    def test_users_who_may_not_delete_actors_cannot_merge_them(self, client, duplicates):
        user = get_user_model().objects.create_user("fixer", password="x", is_staff=True)
        user.user_permissions.set(
            Permission.objects.filter(
                codename__in=["view_actor", "change_actor", "view_actoralias", "change_actoralias"]
            )
        )
        client.force_login(user)
        url = reverse("admin:statements_actor_changelist")
        d = duplicates
        response = client.post(
            url,
            {
                "action": "merge_selected",
                "_selected_action": [d["keep"].pk, d["dup"].pk],
                "post": "yes",
                "keep": d["keep"].pk,
            },
            follow=True,
        )
        assert "merge_selected" not in response.content.decode()
        assert Actor.objects.filter(pk=d["dup"].pk).exists()

    def test_keeping_a_child_of_a_merged_actor_clears_the_loop(self, db):
        parent = make_actor("Port Office", kind="organisation")
        child = make_actor("Port Office Press Desk", kind="organisation", parent=parent)
        merge_actors(child, [parent])
        child.refresh_from_db()
        assert child.parent is None

    def test_an_actor_cannot_be_merged_into_itself(self, db):
        actor = make_actor("Alone")
        with pytest.raises(MergeError):
            merge_actors(actor, [actor])

    def test_duplicate_alias_keys_are_dropped_not_duplicated(self, db):
        keep = make_actor("Ode Varga")
        dup = make_actor("ODE VARGA")
        merge_actors(keep, [dup])
        assert ActorAlias.objects.filter(key=fold("Ode Varga")).count() == 1


@pytest.mark.django_db
class TestMergingEvents:
    def test_the_admin_merges_events_and_remembers_their_identities(
        self, editor_client, duplicates
    ):
        d = duplicates
        keep = d["event"]
        keep.places = ["Eastport"]
        keep.save()
        other_source = make_source()
        dup = make_event(
            "Harbour meeting",
            date=dt.date(2026, 1, 4),
            places=["Eastport", "Westhaven"],
            participants=[d["keep"]],
            sources=[other_source],
        )
        EventAlias.remember(dup, "diplomatic_meeting", dt.date(2026, 1, 5), "Port summit")
        moved = make_statement(other_source, "the talks went well", event=dup)
        merge_through_admin(editor_client, "event", [keep, dup], keep)
        assert not Event.objects.filter(pk=dup.pk).exists()
        keep.refresh_from_db()
        moved.refresh_from_db()
        assert moved.event == keep
        assert set(keep.sources.all()) == {d["said"][0].source, other_source}
        assert set(keep.participants.all()) == {d["dup"], d["third"], d["keep"]}
        assert keep.places == ["Eastport", "Westhaven"]
        identities = set(keep.aliases.values_list("title", "date"))
        assert identities == {
            ("Harbour meeting", dt.date(2026, 1, 4)),
            ("Port summit", dt.date(2026, 1, 5)),
        }
        assert "Harbour meeting" in keep.history.latest().history_change_reason

    def test_merge_events_fills_a_missing_date(self, db):
        keep = make_event("Port talks", date=None)
        dup = make_event("Port talks again", date=dt.date(2026, 2, 1))
        counts = merge_events(keep, [dup])
        keep.refresh_from_db()
        assert keep.date == dt.date(2026, 2, 1) and counts["removed"] == 1

    def test_editing_an_events_identity_keeps_the_old_one_for_loads(self, editor_client):
        event = make_event("Port talks", date=dt.date(2026, 1, 3))
        url = reverse("admin:statements_event_change", args=[event.pk])
        response = submit(
            editor_client, url, {"title": "Eastport port talks", "date": "2026-01-02"}
        )
        assert response.status_code == 302
        event.refresh_from_db()
        assert event.edited and event.title == "Eastport port talks"
        alias = event.aliases.get()
        assert (alias.title, alias.date, alias.kind) == (
            "Port talks",
            dt.date(2026, 1, 3),
            "diplomatic_meeting",
        )


@pytest.mark.django_db
class TestRevertingActorsAndEvents:
    def test_reverting_an_events_title_keeps_the_changed_identity_for_loads(self, editor_client):
        event = make_event("Port talks", date=dt.date(2026, 1, 3))
        url = reverse("admin:statements_event_change", args=[event.pk])
        submit(editor_client, url, {"title": "Wrong title"})
        first = event.history.earliest()
        revert = reverse("admin:statements_event_simple_history", args=[event.pk, first.pk])
        assert submit(editor_client, revert).status_code == 302
        event.refresh_from_db()
        assert event.title == "Port talks" and event.edited
        assert set(event.aliases.values_list("title", flat=True)) == {"Port talks", "Wrong title"}

    def test_reverting_an_actors_country(self, editor_client):
        actor = make_actor("Ode Varga", country="NL")
        url = reverse("admin:statements_actor_change", args=[actor.pk])
        submit(editor_client, url, {"country": "BE"})
        actor.refresh_from_db()
        assert actor.country == "BE"
        first = actor.history.earliest()
        revert = reverse("admin:statements_actor_simple_history", args=[actor.pk, first.pk])
        assert submit(editor_client, revert).status_code == 302
        actor.refresh_from_db()
        assert actor.country == "NL"
        assert actor.history.count() == 3
