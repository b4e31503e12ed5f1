"""Loads never undo an editor's work.

Each test loads real article files with ``load_seeds`` (the real extractor), does what an
editor does through the admin's own views (change forms, actions, the delete page), then
loads the same files again or a changed version of them (same file names, new text) and
checks that the editor's work is still there. The articles are invented for these tests.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from statements.models import (
    Actor,
    ActorAliasTombstone,
    ActorTombstone,
    Event,
    EventTombstone,
    Source,
    Statement,
    StatementTombstone,
)
from tests.admin_client import form_data, submit

HEADER_A = "Ferry service to Westhaven to resume\nBy Lena Marsh | Harbour Gazette | March 3, 2026\n"
HEADER_B = "Westhaven council backs ferry plan\nBy Piet Alder | Westhaven Courier | March 4, 2026\n"

FERRY = (
    '"The ferry will run again from Monday, and every sailing will be free for a month," '
    "Ode Varga, the harbour commissioner of Eastport, told reporters."
)
MEETING = (
    "Varga met Tilda Ruus, the mayor of Westhaven, in Westhaven on Tuesday for talks on the "
    'new timetable. "We have waited far too long for this," Ruus said.'
)
COUNCIL_TALKS = (
    "Odo Varga, the Eastport harbour commissioner, held talks with Tilda Ruus in Westhaven "
    "on Monday about the timetable."
)
FEES_QUOTE = '"Docking fees will fall by half for every fishing boat," Odo Varga said.'

ARTICLES = {
    1: {
        "eastport_ferry.txt": [
            HEADER_A,
            "EASTPORT - The ferry between Eastport and Westhaven will run again next week, "
            "officials said on Tuesday.",
            FERRY,
            "Varga said the port authority would also cut docking fees for fishing boats.",
            MEETING,
        ],
        "westhaven_council.txt": [
            HEADER_B,
            "WESTHAVEN - The town council of Westhaven voted on Wednesday to support the new "
            "ferry timetable.",
            COUNCIL_TALKS,
            FEES_QUOTE,
        ],
    },
    # The same articles, corrected and extended by their outlets.
    2: {
        "eastport_ferry.txt": [
            HEADER_A,
            "EASTPORT - The ferry between Eastport and Westhaven will run again next week, "
            "officials said on Tuesday.",
            FERRY,
            "Varga said the port authority would cut docking fees for all fishing boats.",
            MEETING,
            "Ruus said the town would add a second ferry in the summer.",
        ],
        "westhaven_council.txt": [
            HEADER_B,
            "WESTHAVEN - The town council of Westhaven voted on Wednesday to support the new "
            "ferry timetable, with eleven votes in favour.",
            COUNCIL_TALKS,
            FEES_QUOTE,
            '"The council will review the plan in June," Ruus said.',
        ],
    },
}
# The council article extended once more: Odo Varga is "Varga" there too, and is spoken of.
ARTICLES[3] = {
    **ARTICLES[2],
    "westhaven_council.txt": [
        *ARTICLES[2]["westhaven_council.txt"],
        "Varga added that the harbour would stay open at night.",
        '"We trust Odo Varga to keep the ferry running," Ruus said.',
    ],
}


@pytest.fixture
def load(tmp_path, db):
    """``load(version)`` writes that version of the articles and runs ``load_seeds``."""

    def load(version):
        folder = tmp_path / f"v{version}"
        folder.mkdir(exist_ok=True)
        for name, paragraphs in ARTICLES[version].items():
            (folder / name).write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
        out = StringIO()
        call_command("load_seeds", str(folder), stdout=out, stderr=StringIO())
        return out.getvalue()

    load(1)
    return load


def statement(text):
    """The one statement whose content contains ``text``."""
    return Statement.objects.select_related("speaker").get(content__icontains=text)


def state():
    """Everything an editor can change, to compare before and after a load."""
    statements = Statement.objects.order_by("pk").values_list(
        "pk", "content", "speaker_id", "category", "kind", "status", "edited", "event_id"
    )
    actors = Actor.objects.order_by("pk").values_list("pk", "name", "country", "parent_id")
    events = Event.objects.order_by("pk").values_list("pk", "title", "kind", "date", "edited")
    return list(statements), list(actors), list(events)


def change(client, obj, changes):
    url = reverse(f"admin:statements_{obj._meta.model_name}_change", args=[obj.pk])
    response = submit(client, url, changes)
    assert response.status_code == 302, response.context and response.context["errors"]


def action(client, model, name, objects, **extra):
    response = client.post(
        reverse(f"admin:statements_{model}_changelist"),
        {"action": name, "_selected_action": [o.pk for o in objects], **extra},
    )
    assert response.status_code == 302


def delete(client, obj):
    url = reverse(f"admin:statements_{obj._meta.model_name}_delete", args=[obj.pk])
    assert client.post(url, {"post": "yes"}).status_code == 302


def delete_alias(client, actor, name):
    """Tick *Delete* on the alias ``name`` in the actor's alias inline and save."""
    url = reverse("admin:statements_actor_change", args=[actor.pk])
    data = form_data(client.get(url))
    total = int(data["aliases-TOTAL_FORMS"])
    row = next(i for i in range(total) if data.get(f"aliases-{i}-name") == name)
    data[f"aliases-{row}-DELETE"] = "on"
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]


def no_tombstones():
    return not (
        ActorTombstone.objects.exists()
        or EventTombstone.objects.exists()
        or ActorAliasTombstone.objects.exists()
    )


@pytest.mark.django_db
class TestTheArticlesLoad:
    def test_the_first_load_gives_what_the_editors_work_on(self, load):
        assert Source.objects.count() == 2
        assert statement("every sailing will be free").speaker.name == "Ode Varga"
        assert statement("docking fees will fall").speaker.name == "Odo Varga"
        assert Event.objects.filter(kind="diplomatic_meeting").count() == 2

    def test_an_unedited_statement_follows_the_changed_article(self, load):
        old = statement("would also cut docking fees")
        load(2)
        assert not Statement.objects.filter(pk=old.pk).exists()
        assert statement("cut docking fees for all fishing boats").speaker.name == "Ode Varga"
        assert statement("second ferry in the summer")


@pytest.mark.django_db
class TestLoadingTheSameFilesAgain:
    def test_edits_reviews_deletions_and_merges_all_stay(self, load, editor_client):
        varga, odo = Actor.objects.get(name="Ode Varga"), Actor.objects.get(name="Odo Varga")
        ruus = Actor.objects.get(name="Tilda Ruus")
        change(editor_client, statement("every sailing"), {"category": "support"})
        action(
            editor_client, "statement", "reject_statements", [statement("will run again next week")]
        )
        action(
            editor_client, "statement", "verify_statements", [statement("docking fees will fall")]
        )
        delete(editor_client, statement("waited far too long"))
        action(editor_client, "actor", "merge_selected", [varga, odo], post="yes", keep=varga.pk)
        meetings = list(Event.objects.filter(kind="diplomatic_meeting").order_by("date"))
        action(editor_client, "event", "merge_selected", meetings, post="yes", keep=meetings[1].pk)
        change(editor_client, ruus, {"country": "NL"})
        before = state()
        out = load(1)
        assert "Nothing new to load" in out
        assert state() == before


@pytest.mark.django_db
class TestLoadingAChangedArticle:
    @pytest.fixture(params=[2, 1], ids=["changed", "changed-back"])
    def reload(self, request, load):
        """Load the changed version; for "changed-back", then the first version again
        (a change once more), and check the editor's work after both."""

        def reload():
            load(2)
            if request.param == 1:
                load(1)

        reload.last = request.param  # the version loaded last
        return reload

    def test_an_edited_statement_keeps_its_edits(self, load, reload, editor_client, editor):
        ruus = Actor.objects.get(name="Tilda Ruus")
        ferry = statement("every sailing will be free")
        change(
            editor_client,
            ferry,
            {
                "speaker": ruus.pk,
                "content": "The ferry will run again from Monday",
                "category": "support",
                "about": [ruus.pk],
            },
        )
        fees = statement("would also cut docking fees")  # reworded in the new version
        change(editor_client, fees, {"category": "cooperate"})
        reload()
        ferry.refresh_from_db()
        assert (ferry.speaker, ferry.content, ferry.category) == (
            ruus,
            "The ferry will run again from Monday",
            "support",
        )
        assert list(ferry.about.all()) == [ruus]
        assert ferry.edited and ferry.history.latest().history_user == editor
        assert Statement.objects.filter(content__icontains="sailing").count() == 0
        fees.refresh_from_db()
        assert fees.category == "cooperate", "kept though the article no longer says it"
        for kept in (ferry, fees):
            url = reverse("admin:statements_statement_change", args=[kept.pk])
            assert editor_client.get(url).status_code == 200

    def test_a_rejected_statement_stays_rejected_and_a_verified_one_verified(
        self, load, reload, editor_client, editor, client
    ):
        rejected, verified = (
            statement("will run again next week"),
            statement("docking fees will fall"),
        )
        action(editor_client, "statement", "reject_statements", [rejected])
        action(editor_client, "statement", "verify_statements", [verified])
        reload()
        rejected.refresh_from_db()
        verified.refresh_from_db()
        assert rejected.status == "rejected"
        assert Statement.objects.filter(content__icontains="will run again next week").count() == 1
        assert (verified.status, verified.verified_by) == ("verified", editor)
        client.logout()
        assert client.get(rejected.get_absolute_url()).status_code == 404

    def test_a_kept_statement_still_marks_its_quote_in_the_changed_text(
        self, load, reload, editor_client, client
    ):
        quote = statement("waited far too long")
        action(editor_client, "statement", "verify_statements", [quote])
        before = quote.content_start
        load(2)
        quote.refresh_from_db()
        text = quote.source.text
        assert quote.content_start != before, "the article's change moved the quote"
        assert text[quote.content_start : quote.content_end] == quote.content
        reload()
        quote.refresh_from_db()
        assert quote.source.text[quote.content_start : quote.content_end] == quote.content
        assert quote.status == "verified"
        page = client.get(quote.source.get_absolute_url()).content.decode()
        assert quote.get_absolute_url() in page

    def test_a_deleted_statement_does_not_come_back(self, load, reload, editor_client):
        gone = statement("waited far too long")
        delete(editor_client, gone)
        assert StatementTombstone.objects.filter(fingerprint=gone.fingerprint).exists()
        reload()
        assert not Statement.objects.filter(content__icontains="waited far too long").exists()
        assert statement("every sailing will be free"), "the rest of the article still loads"

    def test_merged_actors_stay_merged(self, load, reload, editor_client):
        varga, odo = Actor.objects.get(name="Ode Varga"), Actor.objects.get(name="Odo Varga")
        action(editor_client, "actor", "merge_selected", [varga, odo], post="yes", keep=varga.pk)
        assert statement("docking fees will fall").speaker == varga
        assert no_tombstones(), "what a merge removes lives on in the actor kept"
        reload()
        assert not Actor.objects.filter(name="Odo Varga").exists()
        assert Actor.objects.filter(aliases__key="odo varga").get() == varga
        assert statement("docking fees will fall").speaker == varga
        talks = Event.objects.get(participants=varga, date="2026-03-02")
        assert set(talks.participants.values_list("name", flat=True)) >= {"Ode Varga"}
        assert not talks.participants.filter(name="Odo Varga").exists()

    def test_merged_events_stay_merged(self, load, reload, editor_client):
        meetings = list(Event.objects.filter(kind="diplomatic_meeting").order_by("date"))
        assert [str(m.date) for m in meetings] == ["2026-03-02", "2026-03-03"]
        keep = meetings[1]
        action(editor_client, "event", "merge_selected", meetings, post="yes", keep=keep.pk)
        assert statement("docking fees will fall").event == keep
        assert no_tombstones(), "what a merge removes lives on in the event kept"
        reload()
        assert list(Event.objects.filter(kind="diplomatic_meeting")) == [keep]
        assert statement("docking fees will fall").event == keep
        assert keep.sources.count() == 2

    def test_an_edited_event_keeps_its_edits_and_is_not_reported_again(
        self, load, reload, editor_client
    ):
        event = Event.objects.get(kind="diplomatic_meeting", date="2026-03-03")
        change(
            editor_client,
            event,
            {"title": "Eastport and Westhaven ferry talks", "date": "2026-03-02", "places": "[]"},
        )
        reload()
        event.refresh_from_db()
        assert (event.title, str(event.date), event.places, event.edited) == (
            "Eastport and Westhaven ferry talks",
            "2026-03-02",
            [],
            True,
        )
        titles = set(Event.objects.values_list("title", flat=True))
        assert not any(t.startswith("Varga met Tilda Ruus") for t in titles)

    def test_an_edited_actor_keeps_its_edits(self, load, reload, editor_client):
        ruus = Actor.objects.get(name="Tilda Ruus")
        board = Actor.objects.create(name="Westhaven Town Council", kind="organisation")
        change(
            editor_client,
            ruus,
            {"name": "Tilda Ruus-Haan", "country": "NL", "role": "Mayor", "parent": board.pk},
        )
        reload()
        ruus.refresh_from_db()
        assert (ruus.name, ruus.country, ruus.role, ruus.parent) == (
            "Tilda Ruus-Haan",
            "NL",
            "Mayor",
            board,
        )
        assert not Actor.objects.filter(name="Tilda Ruus").exists()
        assert statement("waited far too long").speaker == ruus

    def test_a_sources_fixed_metadata_stays_and_its_text_follows_the_article(
        self, load, reload, editor_client
    ):
        source = Source.objects.get(file_name="westhaven_council.txt")
        change(editor_client, source, {"title": "Council backs ferry", "publisher": "Courier"})
        untouched = Source.objects.get(file_name="eastport_ferry.txt")
        Source.objects.filter(pk=untouched.pk).update(publisher="Wrong", title="Wrong")
        reload()
        source.refresh_from_db()
        untouched.refresh_from_db()
        assert (source.title, source.publisher, source.edited) == (
            "Council backs ferry",
            "Courier",
            True,
        )
        assert source.text == "\n".join(ARTICLES[reload.last][source.file_name]) + "\n"
        assert (untouched.title, untouched.publisher) == (
            "Ferry service to Westhaven to resume",
            "Harbour Gazette",
        ), "an unedited source takes the changed article's metadata"

    def test_a_statement_fixed_in_the_source_page_keeps_its_fix(self, load, reload, editor_client):
        ferry = statement("every sailing will be free")
        url = reverse("admin:statements_source_change", args=[ferry.source_id])
        data = form_data(editor_client.get(url))
        total = int(data["statements-TOTAL_FORMS"])
        row = next(i for i in range(total) if data[f"statements-{i}-id"] == str(ferry.pk))
        data[f"statements-{row}-category"] = "appeal"
        assert editor_client.post(url, data).status_code == 302
        reload()
        ferry.refresh_from_db()
        assert ferry.category == "appeal" and ferry.edited

    def test_an_alias_an_editor_deleted_is_not_added_again(
        self, load, reload, editor_client, editor
    ):
        varga = Actor.objects.get(name="Ode Varga")
        assert varga.aliases.filter(name="Varga").exists()
        delete_alias(editor_client, varga, "Varga")
        tombstone = ActorAliasTombstone.objects.get()
        assert (tombstone.actor, tombstone.key, tombstone.deleted_by) == (varga, "varga", editor)
        reload()
        assert not varga.aliases.filter(key="varga").exists()
        assert set(varga.aliases.values_list("name", flat=True)) == {"Ode Varga"}
        assert statement("every sailing will be free").speaker == varga

    def test_a_deleted_actor_is_not_created_again(self, load, reload, editor_client, editor):
        odo = Actor.objects.get(name="Odo Varga")
        delete(editor_client, odo)
        tombstone = ActorTombstone.objects.get()
        assert (tombstone.name, tombstone.deleted_by) == ("Odo Varga", editor)
        assert "odo varga" in tombstone.keys
        reload()
        assert not Actor.objects.filter(name="Odo Varga").exists()
        assert not Actor.objects.filter(aliases__key="odo varga").exists()
        fees = statement("docking fees will fall")
        assert fees.speaker is None, "said by the deleted actor: no speaker (unknown)"
        talks = Event.objects.get(kind="diplomatic_meeting", date="2026-03-02")
        assert set(talks.participants.values_list("name", flat=True)) == {"Tilda Ruus"}
        assert statement("every sailing will be free").speaker.name == "Ode Varga"

    def test_a_deleted_event_is_not_created_again(self, load, reload, editor_client, editor):
        meeting = Event.objects.get(kind="diplomatic_meeting", date="2026-03-03")
        assert statement("waited far too long").event == meeting
        delete(editor_client, meeting)
        tombstone = EventTombstone.objects.get()
        assert (tombstone.title, tombstone.deleted_by) == (meeting.title, editor)
        reload()
        assert not Event.objects.filter(kind="diplomatic_meeting", date="2026-03-03").exists()
        assert statement("waited far too long").event is None
        talks = Event.objects.get(kind="diplomatic_meeting", date="2026-03-02")
        assert statement("docking fees will fall").event == talks, "other events still load"


@pytest.mark.django_db
class TestEditorsDeletionsOfActorsAliasesAndEvents:
    def test_new_aliases_are_still_added_but_not_a_deleted_one(self, load, editor_client):
        ode, odo = Actor.objects.get(name="Ode Varga"), Actor.objects.get(name="Odo Varga")
        assert not odo.aliases.filter(key="varga").exists()
        delete_alias(editor_client, ode, "Varga")
        load(3)  # both articles changed; the council's now calls Odo Varga "Varga" too
        assert odo.aliases.filter(name="Varga").exists(), "a new alias is added"
        assert not ode.aliases.filter(key="varga").exists(), "the deleted one is not"
        assert statement("stay open at night").speaker == odo

    def test_about_links_and_statements_of_a_deleted_actor_load_without_it(
        self, load, editor_client
    ):
        delete(editor_client, Actor.objects.get(name="Odo Varga"))
        load(3)
        assert not Actor.objects.filter(name="Odo Varga").exists()
        trust = statement("We trust Odo Varga")
        assert trust.speaker.name == "Tilda Ruus"
        assert list(trust.about.all()) == []
        assert statement("stay open at night").speaker is None

    def test_an_actor_an_editor_adds_again_is_found_by_loads(self, load, editor_client):
        delete(editor_client, Actor.objects.get(name="Odo Varga"))
        response = submit(
            editor_client,
            reverse("admin:statements_actor_add"),
            {"name": "Odo Varga", "slug": "odo-varga", "kind": "person"},
        )
        assert response.status_code == 302
        again = Actor.objects.get(name="Odo Varga")
        load(2)
        assert statement("docking fees will fall").speaker == again
        assert Actor.objects.filter(name="Odo Varga").count() == 1

    def test_deleting_the_tombstones_in_the_admin_lets_loads_bring_them_back(
        self, load, editor_client
    ):
        ode = Actor.objects.get(name="Ode Varga")
        delete_alias(editor_client, ode, "Varga")
        delete(editor_client, Actor.objects.get(name="Odo Varga"))
        delete(editor_client, Event.objects.get(kind="diplomatic_meeting", date="2026-03-03"))
        load(2)
        assert not Actor.objects.filter(name="Odo Varga").exists()
        assert not Event.objects.filter(kind="diplomatic_meeting", date="2026-03-03").exists()
        for model in ("actortombstone", "eventtombstone", "actoraliastombstone"):
            changelist = editor_client.get(reverse(f"admin:statements_{model}_changelist"))
            assert changelist.status_code == 200 and changelist.context["cl"].result_count == 1
        for tombstone in [
            ActorAliasTombstone.objects.get(),
            ActorTombstone.objects.get(),
            EventTombstone.objects.get(),
        ]:
            delete(editor_client, tombstone)
        load(3)  # the council article changes
        odo = Actor.objects.get(name="Odo Varga")
        assert statement("docking fees will fall").speaker == odo
        assert list(statement("We trust Odo Varga").about.all()) == [odo]
        load(1)  # the ferry article changes (back)
        assert ode.aliases.filter(key="varga").exists()
        meeting = Event.objects.get(kind="diplomatic_meeting", date="2026-03-03")
        assert statement("waited far too long").event == meeting

    def test_adding_a_deleted_alias_back_in_the_admin_removes_its_tombstone(
        self, load, editor_client
    ):
        ode = Actor.objects.get(name="Ode Varga")
        delete_alias(editor_client, ode, "Varga")
        assert ActorAliasTombstone.objects.filter(actor=ode, key="varga").exists()
        url = reverse("admin:statements_actor_change", args=[ode.pk])
        data = form_data(editor_client.get(url))
        row = int(data["aliases-TOTAL_FORMS"]) - 1  # the empty extra row
        data[f"aliases-{row}-name"] = "Varga"
        assert editor_client.post(url, data).status_code == 302
        assert not ActorAliasTombstone.objects.exists()
        load(2)
        assert ode.aliases.filter(key="varga").count() == 1
