import pytest
from django.db import IntegrityError

from statements.models import Actor, ActorAlias, Statement
from statements.text import fold

from .factories import make_actor, make_event, make_source, make_statement

pytestmark = pytest.mark.django_db


def test_fold_ignores_accents_case_dots_and_spacing():
    assert fold("Nicolás  MADURO") == "nicolas maduro"
    assert fold("U.S.") == "us"


def test_an_actor_gets_a_slug_and_its_name_as_an_alias():
    actor = make_actor("Nicolás Maduro", country="ve")
    assert actor.slug == "nicolas-maduro"
    assert actor.country == "VE"
    assert list(actor.aliases.values_list("key", flat=True)) == ["nicolas maduro"]
    assert actor.get_absolute_url() == "/actors/nicolas-maduro/"


def test_slugs_stay_unique():
    first = make_actor("Ana Silva")
    second = make_actor("Ana  Silva")
    assert first.slug != second.slug


def test_aliases_are_unique_per_actor_and_accent_insensitive():
    actor = make_actor("Sergey Lavrov")
    actor.add_alias("Lavrov")
    actor.add_alias("LAVROV")
    assert actor.aliases.count() == 2
    with pytest.raises(IntegrityError):
        ActorAlias.objects.create(actor=actor, name="lavrov")


def test_statement_str_url_and_public_manager():
    speaker = make_actor("Ana Silva", role="Foreign Minister")
    shown = make_statement(speaker=speaker, content="the border would reopen")
    hidden = make_statement(content="something wrong", status=Statement.Status.REJECTED)
    assert str(shown) == "Ana Silva: the border would reopen"
    assert shown.get_absolute_url() == f"/statements/{shown.pk}/"
    assert list(Statement.objects.public()) == [shown]
    assert hidden.is_editorial and not shown.is_editorial


def test_a_statement_span_indexes_its_source():
    statement = make_statement(content="the talks would resume soon")
    text = statement.source.text
    assert text[statement.content_start : statement.content_end] == statement.content


def test_the_same_statement_cannot_be_stored_twice_for_a_source():
    source = make_source()
    make_statement(source=source, content="the talks would resume soon")
    with pytest.raises(IntegrityError):
        make_statement(source=source, content="the talks would resume soon")


def test_deleting_a_statement_leaves_a_tombstone_but_deleting_the_source_does_not():
    statement = make_statement()
    source = statement.source
    statement.delete()
    assert source.tombstones.filter(fingerprint=statement.fingerprint).exists()
    source.delete()
    assert not Actor.objects.exists()


def test_event_slug_and_url():
    event = make_event("Talks in Geneva")
    assert event.slug == "talks-in-geneva-2026-01-03"
    assert event.get_absolute_url() == f"/events/{event.slug}/"
    assert str(event) == "Talks in Geneva"
