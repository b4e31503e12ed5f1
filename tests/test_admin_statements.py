"""Fixing, verifying, rejecting, deleting and reverting statements through the admin."""

import pytest
from django.urls import reverse

from statements.models import Statement, StatementTombstone
from tests.admin_client import form_data, make_editor, submit
from tests.factories import make_actor, make_event, make_source, make_statement

TEXT = (
    "Ferry talks in Eastport\n\n"
    "The harbour board said the ferry would run again next week.\n\n"
    "Commissioner Ode Varga said the port would stay open to every partner.\n"
)


def change_url(statement):
    return reverse("admin:statements_statement_change", args=[statement.pk])


def changelist_action(client, action, statements):
    return client.post(
        reverse("admin:statements_statement_changelist"),
        {"action": action, "_selected_action": [s.pk for s in statements]},
        follow=True,
    )


@pytest.fixture
def statement(db):
    board = make_actor("Eastport Harbour Board", kind="organisation", country="NL")
    source = make_source(text=TEXT, title="Ferry talks in Eastport")
    return make_statement(source, "the ferry would run again next week", speaker=board)


@pytest.mark.django_db
class TestEditing:
    def test_saving_a_change_marks_the_statement_as_edited_in_its_history(
        self, editor_client, editor, statement
    ):
        varga = make_actor("Ode Varga", country="NL")
        event = make_event("Ferry talks")
        response = submit(
            editor_client,
            change_url(statement),
            {
                "speaker": varga.pk,
                "category": "support",
                "kind": "direct",
                "about": [varga.pk],
                "event": event.pk,
            },
        )
        assert response.status_code == 302, response.context and response.context["errors"]
        statement.refresh_from_db()
        assert statement.edited and statement.speaker == varga
        assert statement.category == "support" and statement.kind == "direct"
        assert list(statement.about.all()) == [varga] and statement.event == event
        assert statement.status == "pending"
        assert statement.fingerprint == Statement.make_fingerprint(
            "indirect", "the ferry would run again next week"
        ), "the fingerprint stays: loads recognise the statement by it"
        latest = statement.history.latest()
        assert latest.history_user == editor and latest.edited

    def test_saving_without_changes_leaves_the_statement_to_the_loader(
        self, editor_client, statement
    ):
        assert submit(editor_client, change_url(statement)).status_code == 302
        statement.refresh_from_db()
        assert not statement.edited

    def test_changing_only_the_about_actors_marks_it_edited(self, editor_client, statement):
        other = make_actor("Port Authority", kind="organisation")
        submit(editor_client, change_url(statement), {"about": [other.pk]})
        statement.refresh_from_db()
        assert statement.edited

    def test_a_corrected_quote_found_in_the_text_moves_the_span(self, editor_client, statement):
        new = "the port would stay open to every partner"
        submit(editor_client, change_url(statement), {"content": new})
        statement.refresh_from_db()
        assert statement.source.text[statement.content_start : statement.content_end] == new
        assert statement.edited

    def test_a_paraphrase_keeps_the_original_span(self, editor_client, statement):
        start = statement.content_start
        submit(editor_client, change_url(statement), {"content": "Ferries run again next week"})
        statement.refresh_from_db()
        assert statement.content == "Ferries run again next week"
        assert statement.content_start == start

    def test_editors_add_a_statement_quoted_from_the_source(self, editor_client, statement):
        url = reverse("admin:statements_statement_add")
        data = form_data(editor_client.get(url))
        data.update(
            source=statement.source_id,
            content="the port would stay open to every partner",
            kind="indirect",
            category="support",
            status="pending",
        )
        response = editor_client.post(url, data)
        assert response.status_code == 302, response.context["errors"]
        added = Statement.objects.get(content__startswith="the port")
        assert added.edited
        assert added.source.text[added.content_start : added.content_end] == added.content
        assert added.fingerprint == Statement.make_fingerprint("indirect", added.content)

    def test_a_statement_not_in_the_source_or_already_there_is_refused(
        self, editor_client, statement
    ):
        url = reverse("admin:statements_statement_add")
        base = form_data(editor_client.get(url))
        base.update(source=statement.source_id, kind="indirect", category="other")
        base["status"] = "pending"
        for content, error in [
            ("words nobody wrote", "Quote the statement exactly"),
            ("the ferry would run again next week", "already has this statement"),
        ]:
            response = editor_client.post(url, {**base, "content": content})
            assert response.status_code == 200
            assert error in response.content.decode()
        assert Statement.objects.count() == 1

    def test_editing_in_the_source_inline_marks_statements_edited(self, editor_client, statement):
        other = make_statement(statement.source, "the port would stay open to every partner")
        url = reverse("admin:statements_source_change", args=[statement.source_id])
        data = form_data(editor_client.get(url))
        index = next(
            i
            for i in range(int(data["statements-TOTAL_FORMS"]))
            if data[f"statements-{i}-id"] == str(statement.pk)
        )
        data[f"statements-{index}-category"] = "appeal"
        response = editor_client.post(url, data)
        assert response.status_code == 302
        statement.refresh_from_db()
        other.refresh_from_db()
        assert statement.category == "appeal" and statement.edited
        assert not other.edited


@pytest.mark.django_db
class TestReview:
    def test_the_verify_action_records_who_and_when(self, editor_client, editor, statement):
        response = changelist_action(editor_client, "verify_statements", [statement])
        assert "1 statement(s) verified" in response.content.decode()
        statement.refresh_from_db()
        assert statement.status == "verified" and statement.verified_by == editor
        assert statement.verified_at is not None
        record = statement.history.latest()
        assert record.history_user == editor and record.history_change_reason == "verified"

    def test_verifying_in_the_change_form_records_who_and_when(
        self, editor_client, editor, statement
    ):
        submit(editor_client, change_url(statement), {"status": "verified"})
        statement.refresh_from_db()
        assert statement.status == "verified" and statement.verified_by == editor
        assert not statement.edited  # verified as extracted
        submit(editor_client, change_url(statement), {"status": "pending"})
        statement.refresh_from_db()
        assert statement.verified_by is None and statement.verified_at is None

    def test_a_rejected_statement_leaves_public_pages_but_stays_in_the_admin(
        self, editor_client, client, statement
    ):
        public = statement.get_absolute_url()
        assert client.get(public).status_code == 200
        export = client.get(reverse("statements:statement_export", args=["csv"]))
        assert statement.content in b"".join(export.streaming_content).decode()
        changelist_action(editor_client, "reject_statements", [statement])
        statement.refresh_from_db()
        assert statement.status == "rejected" and statement.verified_by is None
        assert Statement.objects.public().filter(pk=statement.pk).count() == 0
        editor_client.logout()
        assert client.get(public).status_code == 404
        source_page = client.get(statement.source.get_absolute_url()).content.decode()
        assert public not in source_page  # its text stays, unmarked and unlinked
        assert (
            statement.content
            not in client.get(reverse("statements:statement_list")).content.decode()
        )
        for fmt in ("csv", "json"):
            export = client.get(reverse("statements:statement_export", args=[fmt]))
            assert export.status_code == 200
            assert statement.content not in b"".join(export.streaming_content).decode()
        editor_client.force_login(make_editor("second"))
        response = editor_client.get(change_url(statement))
        assert response.status_code == 200
        assert "Rejected: not shown to readers" in response.content.decode()
        response = editor_client.get(
            reverse("admin:statements_statement_changelist"), {"status__exact": "rejected"}
        )
        assert list(response.context["cl"].result_list) == [statement]

    def test_setting_back_to_pending_clears_the_review(self, editor_client, statement):
        changelist_action(editor_client, "verify_statements", [statement])
        changelist_action(editor_client, "reset_review", [statement])
        statement.refresh_from_db()
        assert statement.status == "pending" and statement.verified_by is None


@pytest.mark.django_db
class TestDeleteAndHistory:
    def test_deleting_leaves_a_tombstone_naming_the_editor(self, editor_client, editor, statement):
        url = reverse("admin:statements_statement_delete", args=[statement.pk])
        response = editor_client.post(url, {"post": "yes"})
        assert response.status_code == 302
        tombstone = StatementTombstone.objects.get()
        assert tombstone.fingerprint == statement.fingerprint
        assert tombstone.deleted_by == editor

    def test_reverting_a_change_from_the_history_restores_it_and_keeps_it_the_editors(
        self, editor_client, statement
    ):
        original = statement.content
        submit(editor_client, change_url(statement), {"content": "A wrong fix", "category": "deny"})
        statement.refresh_from_db()
        assert statement.content == "A wrong fix"
        first = statement.history.earliest()
        url = reverse(
            "admin:statements_statement_simple_history", args=[statement.pk, first.history_id]
        )
        history_page = editor_client.get(
            reverse("admin:statements_statement_history", args=[statement.pk])
        )
        assert history_page.status_code == 200
        response = submit(editor_client, url)
        assert response.status_code == 302
        statement.refresh_from_db()
        assert statement.content == original and statement.category == "other"
        assert statement.edited, "a reverted statement is still the editor's: loads keep it"
        assert statement.history.count() == 3

    def test_reverting_restores_the_about_actors_of_that_version(self, editor_client, statement):
        ruus = make_actor("Tilda Ruus")
        varga = make_actor("Ode Varga")
        submit(editor_client, change_url(statement), {"about": [ruus.pk, varga.pk]})
        version = statement.history.latest()
        assert {row.actor_id for row in version.about.all()} == {ruus.pk, varga.pk}
        submit(editor_client, change_url(statement), {"about": [varga.pk], "category": "deny"})
        assert set(statement.about.all()) == {varga}
        url = reverse("admin:statements_statement_simple_history", args=[statement.pk, version.pk])
        page = editor_client.get(url)
        assert page.status_code == 200
        assert set(page.context["adminform"].form.initial["about"]) == {ruus.pk, varga.pk}
        response = submit(editor_client, url)
        assert response.status_code == 302
        statement.refresh_from_db()
        assert set(statement.about.all()) == {ruus, varga}
        assert statement.category == "other" and statement.edited
        latest = statement.history.latest()
        assert {row.actor_id for row in latest.about.all()} == {ruus.pk, varga.pk}

    def test_reverting_skips_about_actors_deleted_since(self, editor_client, statement):
        ruus = make_actor("Tilda Ruus")
        varga = make_actor("Ode Varga")
        submit(editor_client, change_url(statement), {"about": [ruus.pk, varga.pk]})
        version = statement.history.latest()
        submit(editor_client, change_url(statement), {"about": []})
        varga.delete()
        url = reverse("admin:statements_statement_simple_history", args=[statement.pk, version.pk])
        assert submit(editor_client, url).status_code == 302
        assert list(statement.about.all()) == [ruus]

    def test_the_history_page_lists_who_changed_what(self, editor_client, editor, statement):
        submit(editor_client, change_url(statement), {"category": "deny"})
        response = editor_client.get(
            reverse("admin:statements_statement_history", args=[statement.pk])
        )
        html = response.content.decode()
        assert editor.username in html
        assert "Category" in html or "category" in html
